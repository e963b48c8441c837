/**
 * The emergency override: a rule with `meta: force = "junk"` decides the verdict when it fires,
 * whatever the text model says, but never over an allow rule.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RuleHit } from '../../shared/classifier/engine.ts';
import { createClassifier } from '../../shared/classifier/index.ts';
import { decide } from '../../shared/classifier/verdict.ts';
import { toVote, type Vote } from '../../shared/classifier/votes.ts';

const T = { junk: 2, promotion: 1, transaction: 1 };

function hit(meta: RuleHit['meta'], tags: string[] = []): RuleHit {
  return { rule: 'r', tags, meta };
}

function vote(action: Vote['action'], extra: Partial<Vote> = {}): Vote {
  return { rule: action, action, subAction: 'none', weight: 1, description: '', phishing: false, ...extra };
}

describe('toVote force', () => {
  it('returns a forced junk vote for force = "junk", with or without an action meta', () => {
    assert.equal(toVote(hit({ action: 'junk', force: 'junk' }))?.force, 'junk');
    assert.deepEqual(
      [toVote(hit({ force: 'junk' }))?.action, toVote(hit({ force: 'junk' }))?.force],
      ['junk', 'junk'],
    );
    assert.equal(toVote(hit({ action: 'promotion', force: 'junk' }))?.action, 'junk');
  });

  it('returns an ordinary vote for any other force value', () => {
    for (const force of ['yes', 'JUNK', 'allow', 1, true]) {
      const v = toVote(hit({ action: 'junk', force }));
      assert.equal(v?.force, undefined, String(force));
      assert.equal(Object.hasOwn(v ?? {}, 'force'), false);
    }
    assert.equal(toVote(hit({ force: 'promotion' })), undefined);
  });
});

describe('decide force', () => {
  const forced = vote('junk', { force: 'junk', weight: 0.1 });

  it('returns junk for a forced vote whatever the score', () => {
    for (const score of [-50, 0, 1.99, Number.NaN]) {
      const d = decide([forced], score, T);
      assert.deepEqual(d.verdict, { action: 'junk', subAction: 'none' }, String(score));
      assert.equal(d.reason, 'forced-rule');
    }
  });

  it('returns junk over transaction and promotion votes', () => {
    const otp = vote('transaction', { weight: 5, subAction: 'transactionalOthers' });
    const sale = vote('promotion', { weight: 5, subAction: 'promotionalOffers' });
    assert.equal(decide([otp, forced], -5, T).reason, 'forced-rule');
    assert.equal(decide([sale, forced], -5, T).reason, 'forced-rule');
    assert.equal(decide([otp], -5, T).reason, 'transaction-rule', 'without force the claim wins');
  });

  it('returns allow when an allow rule fires too', () => {
    const d = decide([forced, vote('allow', { weight: 1 })], 50, T);
    assert.deepEqual(d.verdict, { action: 'allow', subAction: 'none' });
    assert.equal(d.reason, 'allow-rule');
  });
});

describe('Classifier force', () => {
  // A verification code, which the bundled transaction rules file as a transaction: no junk score
  // moves it (a verification code from a real service is never junk), only a forced rule does.
  // The operator's case: scammers copy a bank's code template and the pack still trusts it.
  const TEXT = 'Your Tangerine verification code is 482913. Do not share it with anyone.';
  const rule = (meta: string) => ({
    name: 'emergency',
    source: `rule emergency_tangerine
{
  meta:
    action = "junk"
    weight = 10.0
    ${meta}
  strings:
    $a = "tangerine" nocase
  condition:
    $a
}
`,
  });

  it('returns junk for a forced rule where the same rule unforced is outvoted by a transaction claim', () => {
    const plain = createClassifier({ extraRules: [rule('')] });
    const e = plain.explain({ text: TEXT, sender: '+14085550001' });
    assert.ok(
      e.rules.some((r) => r.rule === 'emergency_tangerine'),
      'precondition: the rule fires',
    );
    assert.ok(e.score >= e.thresholds.junk, 'precondition: the score alone says junk');
    assert.equal(e.verdict.action, 'transaction', 'precondition: the transaction claim wins unforced');
    const forced = createClassifier({ extraRules: [rule('force = "junk"')] });
    const f = forced.explain({ text: TEXT, sender: '+14085550001' });
    assert.deepEqual(f.verdict, { action: 'junk', subAction: 'none' });
    assert.equal(f.reason, 'forced-rule');
    assert.equal(f.score, e.score, 'the score is the same; only the decision changed');
  });

  it('returns allow when an allow rule fires beside a forced rule', () => {
    const allow = {
      name: 'allow',
      source: `rule allow_tangerine_bank
{
  meta:
    action = "allow"
  strings:
    $a = "do not share it" nocase
  condition:
    $a
}
`,
    };
    const c = createClassifier({ extraRules: [rule('force = "junk"'), allow] });
    assert.equal(c.classify({ text: TEXT, sender: '+14085550001' }).action, 'allow');
  });
});
