import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { bundledModel } from '../../shared/classifier/assets.ts';
import { parseCorpus } from '../../shared/classifier/corpus.ts';
import {
  type ClassifyDetail,
  createClassifier,
  ModelFormatError,
  type RuleSource,
} from '../../shared/classifier/index.ts';
import { templateKey } from '../../shared/classifier/model/folds.ts';
import { trainModel } from '../../shared/classifier/model/train.ts';

const tiny = parseCorpus(readFileSync(new URL('../fixtures/corpus/tiny.tsv', import.meta.url), 'utf8'));

const RULES: RuleSource[] = [
  {
    name: 'test.yar',
    source: `
rule premium_number { meta: action = "junk" weight = 2.0 description = "UK premium-rate number" strings: $n = /\\b09[0-9]{9}\\b/ condition: $n }
rule verification_code {
  meta: action = "transaction" sub_action = "transactionalOthers" weight = 1.5
  strings: $c = /\\b(verification|security|login) code( is)?:? [0-9]{4,8}\\b/ nocase
  condition: $c
}
rule fake_login : phishing {
  meta: action = "junk" weight = 1.0
  strings: $u = /https?:\\/\\/[a-z0-9.-]*(secure|verify|login)[a-z0-9.-]*\\.example/ nocase
  condition: $u
}
rule newsletter { meta: action = "promotion" sub_action = "promotionalOffers" weight = 1.0 strings: $s = "% off" condition: $s }
`,
  },
];

const HOT_RULE: RuleSource = {
  name: 'hot.yar',
  source:
    'rule hot_loaded_lottery { meta: action = "junk" weight = 7.5 strings: $l = "mega lottery" nocase condition: $l }',
};

const base = createClassifier({ rules: RULES, model: null });
const model = trainModel(
  tiny.rows.map((r) => {
    const a = base.analyze({ text: r.text });
    return {
      input: a.modelInput,
      votes: a.votes,
      folder: r.label.folder,
      group: templateKey(a.normalized.text),
    };
  }),
  { bits: 14, rulesVersion: base.rulesVersion, ruleCount: base.ruleCount, minRuleHits: 3 },
);
const classifier = base.withModel(model);

describe('createClassifier with a trained model', () => {
  it('returns junk for obvious unwanted messages and none for wanted ones it never saw', () => {
    assert.equal(
      classifier.classify({ text: 'You have WON £2000! Call 09061111111 now to claim' }).action,
      'junk',
    );
    assert.equal(
      classifier.classify({ text: 'FREE prize draw, txt WIN to 80999 now, £1.50/msg' }).action,
      'junk',
    );
    assert.equal(
      classifier.classify({ text: 'are you still coming round for dinner tonight?' }).action,
      'none',
    );
    assert.equal(classifier.classify({ text: 'see you at the station at 8' }).action, 'none');
  });

  it('explains a verdict with a score that adds up from bias, model and rule weights', () => {
    const e = classifier.explain({ text: 'You have WON a £2000 prize! Call 09061111111 now to claim' });
    assert.equal(e.verdict.action, 'junk');
    assert.equal(e.reason, 'junk-score');
    assert.ok(e.model);
    assert.ok(e.model.top.length > 0);
    const premium = e.rules.find((r) => r.rule === 'premium_number');
    assert.ok(premium);
    assert.equal(premium.learned, true);
    assert.equal(premium.scoreWeight, model.combination.rules.premium_number?.weight);
    const sum = e.bias + e.model.counted + e.rules.reduce((s, r) => s + r.scoreWeight, 0);
    assert.ok(Math.abs(sum - e.score) < 0.01, `${sum} vs ${e.score}`);
    assert.deepEqual(e.thresholds, model.thresholds);
    assert.ok(e.hits.includes('premium_number'));
  });

  it('returns transaction for a verification code even when the junk threshold is very low', () => {
    const strict = createClassifier({
      rules: RULES,
      model,
      thresholds: { ...model.thresholds, junk: -100 },
    });
    const text = 'Your Acme verification code is 482913. Do not share it with anyone.';
    assert.deepEqual(strict.classify({ text }), { action: 'transaction', subAction: 'transactionalOthers' });
    assert.equal(strict.classify({ text: 'see you at 8' }).action, 'junk');
  });

  it('returns none (no-words) for a bare number or emoji even when the junk threshold is very low', () => {
    const strict = createClassifier({ rules: RULES, model, thresholds: { ...model.thresholds, junk: -100 } });
    for (const text of ['645', '12:30?', '\u{1F44D}\u{1F44D}', '  ...  ']) {
      const e = strict.explain({ text });
      assert.equal(e.verdict.action, 'none', text);
      assert.equal(e.reason, 'no-words', text);
      assert.equal(strict.classify({ text }).action, 'none', text);
    }
    assert.equal(strict.classify({ text: 'ok' }).action, 'junk', 'two letters are words');
    assert.equal(
      strict.classify({ text: '09061234567' }).action,
      'junk',
      'a junk rule still filters a bare number',
    );
  });

  it('returns junk for a verification code beside a phishing link', () => {
    const e = classifier.explain({
      text: 'Your login code is 482913. Your account is locked, confirm at https://secure-verify.example now',
    });
    assert.ok(e.rules.some((r) => r.rule === 'fake_login' && r.phishing));
    assert.notEqual(e.verdict.action, 'transaction');
  });

  it('returns promotion for a retailer offer the model does not call junk', () => {
    const v = classifier.classify({ text: 'Thanks for shopping with us, members get 10% off this week' });
    assert.deepEqual(v, { action: 'promotion', subAction: 'promotionalOffers' });
  });

  it('gives a hot-loaded rule its meta weight because the model never learned it', () => {
    const hot = classifier.withExtraRules([HOT_RULE]);
    const e = hot.explain({ text: 'hello from the mega lottery team' });
    const rule = e.rules.find((r) => r.rule === 'hot_loaded_lottery');
    assert.deepEqual([rule?.scoreWeight, rule?.learned], [7.5, false]);
    const without = classifier.explain({ text: 'hello from the mega lottery team' });
    const part = without.model?.weighted as number;
    assert.ok(Math.abs(without.score - (without.bias + part)) < 0.002, 'no junk rule: bias + model');
    // with a junk vote the text model's part stops at the combination's floor
    const floor = model.combination.floor as number;
    assert.ok(part < floor, `the text model disagrees beyond the floor (${part} < ${floor})`);
    assert.ok(Math.abs(e.score - (e.bias + floor + 7.5)) < 0.002, `${e.score} = ${e.bias} + ${floor} + 7.5`);
    assert.deepEqual([e.model?.weighted, e.model?.counted], [part, floor], 'the explanation shows both');
    assert.equal(without.model?.counted, part);
    assert.deepEqual(hot.model, classifier.model);
    assert.equal(classifier.model?.trainedWithTheseRules, true);
  });

  it('returns a rules-only classifier from withModel(null), with the default thresholds', () => {
    const rulesOnly = classifier.withModel(null);
    assert.equal(rulesOnly.model, null);
    assert.equal(rulesOnly.thresholds.junk, 2);
    const e = rulesOnly.explain({ text: 'call 09061111111' });
    assert.equal(e.model, null);
    assert.equal(e.score, 2);
    assert.equal(e.verdict.action, 'junk');
    assert.equal(rulesOnly.ruleCount, classifier.ruleCount);
    assert.equal(rulesOnly.rulesVersion, classifier.rulesVersion);
    const otherPack = createClassifier({ rules: [...RULES, HOT_RULE], model });
    assert.equal(otherPack.model?.trainedWithTheseRules, false);
  });

  it('throws a ModelFormatError for a model file this build cannot read', () => {
    assert.throws(
      () => createClassifier({ rules: RULES, model: { ...model, version: 1 } as unknown as typeof model }),
      ModelFormatError,
    );
  });
});

describe('createClassifier with the bundled rules and model', () => {
  const shipped = bundledModel();

  it('loads the shipped model and filters an obvious premium-rate prize message', (t) => {
    if (!shipped) {
      t.skip('no shipped model (shared/model/model.json) yet');
      return;
    }
    const c = createClassifier();
    assert.ok(c.model);
    assert.ok(c.ruleCount > 0);
    assert.equal(c.model.trainedOn.messages, shipped.trainedOn.messages);
    const v = c.classify({
      text: 'Congratulations! You have WON a £1000 prize. Call 09061701461 to claim now',
    });
    assert.equal(v.action, 'junk');
    assert.equal(c.classify({ text: 'Are we still on for lunch tomorrow?' }).action, 'none');
  });
});

describe('a business sender (an alphanumeric id or a short code)', () => {
  // the text model's own folders off, so what files a message here is the sender's step alone
  const c = createClassifier({
    thresholds: { modelTransaction: Number.POSITIVE_INFINITY, modelPromotion: Number.POSITIVE_INFINITY },
  });
  const explain = (text: string, sender?: string) => {
    const detail: ClassifyDetail = { reason: undefined, phishing: false, hits: [], votes: [] };
    const v = c.classify({ text, ...(sender ? { sender } : {}) }, detail);
    return { action: v.action, reason: detail.reason };
  };

  it('files its notice under Transactions that the same text from no sender leaves in the inbox', (t) => {
    if (!c.model) return t.skip('no shipped model');
    const text = 'Riverside Library: the 3 items on your card are due back on Friday. Renew in the app.';
    assert.equal(explain(text).action, 'none', 'the text alone, from no sender, stays in the inbox');
    assert.deepEqual(explain(text, 'RiversideLib'), { action: 'transaction', reason: 'business-sender' });
    assert.deepEqual(explain(text, '72345'), { action: 'transaction', reason: 'business-sender' });
    // a person's number is not a business's
    assert.equal(explain(text, '+447700900123').action, 'none');
  });

  it('files an offer from one under Promotions', (t) => {
    if (!c.model) return t.skip('no shipped model');
    const v = explain(
      'Harbour Pizza: 20% off and free delivery on any large pizza this weekend, use the app',
      'HarbourPiz',
    );
    assert.equal(v.action, 'promotion');
  });

  it('counts the words of a coupon and of an offer together (one of each is an offer)', (t) => {
    if (!c.model) return t.skip('no shipped model');
    const v = explain(
      'Greengrocer: Get Rs.100 OFF on your next order. Use code FRESH100. greengrocer.in T&C',
      'AD-GRNGRC',
    );
    assert.equal(v.action, 'promotion');
  });

  it('still junks what the score junks', () => {
    const v = explain(
      'Your parcel is held at the depot, pay the £1.99 fee at https://parcel-fee.top to release it',
      'EVRI',
    );
    assert.equal(v.action, 'junk');
  });
});
