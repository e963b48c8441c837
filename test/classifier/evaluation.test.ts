import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseCorpus } from '../../shared/classifier/corpus.ts';
import { evaluate } from '../../shared/classifier/evaluation/evaluate.ts';
import {
  accuracy,
  harmsWanted,
  isFiltered,
  type LabelledMessage,
  mcc,
  measure,
  wilson,
} from '../../shared/classifier/evaluation/measure.ts';
import { formatReport } from '../../shared/classifier/evaluation/report.ts';
import { reportingRuleNames, ruleFrequencies } from '../../shared/classifier/evaluation/rule-frequencies.ts';
import { createClassifier } from '../../shared/classifier/index.ts';
import { type Label, parseLabel } from '../../shared/classifier/labels.ts';
import type { Action, SubAction, Verdict } from '../../shared/classifier/types.ts';

const tiny = parseCorpus(readFileSync(new URL('../fixtures/corpus/tiny.tsv', import.meta.url), 'utf8'));
const messages: LabelledMessage[] = tiny.rows.map((r) => ({ text: r.text, label: r.label }));
const label = (raw: string) => parseLabel(raw) as Label;

const RULES = [
  {
    name: 'test.yar',
    source: `
rule premium_number { meta: action = "junk" weight = 3.0 strings: $n = /\\b09[0-9]{9}\\b/ condition: $n }
rule says_free { meta: action = "junk" weight = 0.5 strings: $f = "free" nocase condition: $f }
rule coupon { meta: action = "promotion" sub_action = "promotionalCoupons" weight = 1.0 strings: $p = "pizza" nocase condition: $p }
rule no_action { strings: $a = "station" condition: $a }
private rule helper { condition: true }
rule never_fires { meta: action = "junk" strings: $z = "zzzzzz" condition: $z }
`,
  },
];

describe('mcc', () => {
  it('returns the Matthews correlation of a known confusion matrix', () => {
    // tp=90 fn=10 fp=5 tn=895: (90*895 - 5*10) / sqrt(95 * 100 * 900 * 905)
    const c = { tp: 90, fn: 10, fp: 5, tn: 895 };
    assert.ok(Math.abs(mcc(c) - 80500 / Math.sqrt(95 * 100 * 900 * 905)) < 1e-12);
    assert.ok(Math.abs(mcc(c) - 0.915142) < 1e-6);
    assert.equal(accuracy(c), 0.985);
  });

  it('returns 1 for a perfect split, -1 for an inverted one and 0 when a margin is empty', () => {
    assert.equal(mcc({ tp: 5, fn: 0, fp: 0, tn: 7 }), 1);
    assert.equal(mcc({ tp: 0, fn: 5, fp: 7, tn: 0 }), -1);
    assert.equal(mcc({ tp: 5, fn: 0, fp: 7, tn: 0 }), 0);
    assert.equal(accuracy({ tp: 0, fn: 0, fp: 0, tn: 0 }), 0);
  });
});

describe('measure', () => {
  const row = (raw: string, action: Action, subAction: SubAction = 'none'): [LabelledMessage, Verdict] => [
    { text: 'x', label: label(raw) },
    { action, subAction },
  ];
  const rows = [
    row('ham', 'none'),
    row('ham', 'transaction', 'transactionalOthers'),
    row('transaction:finance', 'transaction', 'transactionalFinance'),
    row('transaction:finance', 'transaction', 'transactionalOthers'),
    row('transaction', 'junk'),
    row('promotion', 'none'),
    row('spam', 'junk'),
    row('smishing', 'transaction', 'transactionalFinance'),
    row('scam', 'none'),
  ];
  const m = measure(
    rows.map((r) => r[0]),
    rows.map((r) => r[1]),
  );

  it('returns each rate over the labels it is about', () => {
    assert.equal(m.personalFiltered, 0.5);
    assert.equal(m.legitimateJunked, 0.25);
    assert.equal(m.folderAccuracy, 0.5);
    assert.equal(m.subActionAccuracy, 0.5);
    assert.equal(m.unwantedJunked, Math.round((1 / 3) * 1e6) / 1e6);
    assert.equal(m.unwantedAsTransaction, Math.round((1 / 3) * 1e6) / 1e6);
    assert.equal(m.unwantedCaught, Math.round((2 / 3) * 1e6) / 1e6);
  });

  it('returns wanted filtered as wanted messages harmed: a personal one filtered or a notification junked', () => {
    assert.deepEqual(m.counts, { tp: 2, fn: 1, fp: 2, tn: 4 });
    assert.equal(harmsWanted(label('ham'), 'promotion'), true);
    assert.equal(harmsWanted(label('transaction'), 'transaction'), false);
    assert.equal(harmsWanted(label('promotion'), 'none'), false);
    assert.equal(harmsWanted(label('promotion'), 'junk'), true);
  });

  it('returns the confusion per label as written, beside the wanted and unwanted rows', () => {
    assert.deepEqual(m.confusion.byLabel['transaction:finance'], {
      none: 0,
      allow: 0,
      junk: 0,
      promotion: 0,
      transaction: 2,
    });
    assert.equal(m.confusion.wanted.transaction, 3);
    assert.equal(m.confusion.unwanted.transaction, 1);
  });

  it('returns counts and a 95% Wilson interval for every rate it can measure, null for the others', () => {
    assert.deepEqual(m.intervals.personalFiltered, { k: 1, n: 2, ...wilson(1, 2) });
    const none = measure([{ text: 'x', label: label('spam') }], [{ action: 'junk', subAction: 'none' }]);
    assert.equal(none.personalFiltered, null);
    assert.equal(none.intervals.personalFiltered, undefined);
  });

  it('returns filtered = junk, promotion or transaction; not filtered = none or allow', () => {
    assert.deepEqual((['none', 'allow', 'junk', 'promotion', 'transaction'] as const).map(isFiltered), [
      false,
      false,
      true,
      true,
      true,
    ]);
  });
});

describe('wilson', () => {
  it('returns the interval of a known case', () => {
    // 7 of 10: 0.3968 .. 0.8922 (Wilson, z = 1.96)
    const w = wilson(7, 10);
    assert.ok(Math.abs(w.low - 0.3968) < 1e-4 && Math.abs(w.high - 0.8922) < 1e-4, JSON.stringify(w));
    assert.deepEqual(wilson(0, 0), { low: 0, high: 1 });
    assert.equal(wilson(0, 50).low, 0);
  });
});

describe('ruleFrequencies', () => {
  it('returns hits on wanted and unwanted messages with precision, listing rules that never fired', () => {
    const f = ruleFrequencies(['a', 'b', 'c'], [['a'], ['a', 'b'], [], ['a']], [true, false, false, true]);
    assert.deepEqual(f, [
      { name: 'a', wantedHits: 1, unwantedHits: 2, precision: 0.6667 },
      { name: 'b', wantedHits: 1, unwantedHits: 0, precision: 0 },
      { name: 'c', wantedHits: 0, unwantedHits: 0, precision: null },
    ]);
  });

  it('returns the names of rules that report hits, without private ones', () => {
    assert.deepEqual(reportingRuleNames(RULES), [
      'premium_number',
      'says_free',
      'coupon',
      'no_action',
      'never_fires',
    ]);
  });
});

describe('evaluate', () => {
  const classifier = createClassifier({ rules: RULES, model: null });

  it('returns the confusion matrix and figures of the classifier as it is', () => {
    const r = evaluate(classifier, messages);
    const premium = tiny.rows.filter((m) => /\b09\d{9}\b/.test(m.text)).length;
    const pizza = tiny.rows.filter((m) => /pizza/i.test(m.text) && !/\b09\d{9}\b/.test(m.text)).length;
    assert.equal(r.mode, 'as-is');
    assert.equal(r.messages, 60);
    assert.equal(r.unwanted, 30);
    assert.equal(r.wanted, 30);
    assert.equal(r.confusion.unwanted.junk, premium);
    assert.equal(r.confusion.unwanted.promotion, pizza);
    assert.equal(r.confusion.unwanted.none, 30 - premium - pizza);
    assert.equal(r.confusion.wanted.none, 30);
    assert.equal(r.unwantedCaught, Math.round(((premium + pizza) / 30) * 1e6) / 1e6);
    assert.equal(r.wantedFiltered, 0);
    assert.ok(r.messagesPerSecond > 0);
    const byName = Object.fromEntries(r.rules.map((x) => [x.name, x]));
    assert.equal(byName.premium_number?.unwantedHits, premium);
    assert.equal(byName.premium_number?.wantedHits, 0);
    assert.equal(byName.no_action?.wantedHits, 1);
    assert.equal(byName.never_fires?.precision, null);
    assert.deepEqual(r.junkThresholds, [2]);
    assert.equal(r.model, null);
  });

  it('tests every message exactly once under cross-validation, with one threshold per fold', () => {
    const r = evaluate(classifier, messages, { folds: 3, train: { bits: 12, innerFolds: 2 } });
    assert.equal(r.mode, 'cross-validation');
    const tested =
      Object.values(r.confusion.wanted).reduce((a, b) => a + b, 0) +
      Object.values(r.confusion.unwanted).reduce((a, b) => a + b, 0);
    assert.equal(tested, 60);
    assert.equal(r.junkThresholds.length, 3);
    assert.ok(r.unwantedCaught > 0.5, `caught ${r.unwantedCaught}`);
  });

  it('throws when there are fewer distinct messages of a class than folds', () => {
    assert.throws(
      () => evaluate(classifier, messages.slice(0, 33), { folds: 5 }),
      /5 folds need at least 5 distinct wanted and 5 distinct unwanted templates/,
    );
  });

  it('folds a corpus of wanted messages only when --train brings the unwanted ones', () => {
    const wantedOnly = messages.filter((m) => !m.label.unwanted);
    const unwantedOnly = messages.filter((m) => m.label.unwanted);
    assert.throws(() => evaluate(classifier, wantedOnly, { folds: 3 }), /or with --train 3 of either/);
    const r = evaluate(classifier, wantedOnly, {
      folds: 3,
      trainOn: unwantedOnly,
      train: { bits: 12, innerFolds: 2 },
    });
    assert.equal(r.mode, 'cross-validation');
    assert.equal(r.junkThresholds.length, 3);
    assert.equal(
      Object.values(r.confusion.wanted).reduce((a, b) => a + b, 0),
      wantedOnly.length,
    );
  });

  it('trains on other messages and tests on these in train-test mode', () => {
    const half = messages.filter((_, i) => i % 2 === 0);
    const other = messages.filter((_, i) => i % 2 === 1);
    const r = evaluate(classifier, half, { trainOn: other, train: { bits: 12, innerFolds: 2 } });
    assert.equal(r.mode, 'train-test');
    assert.equal(r.trainedOn, other.length);
    assert.equal(r.messages, half.length);
    assert.equal(r.junkThresholds.length, 1);
  });

  it('returns a report that prints the matrix and the rule table', () => {
    const text = formatReport(evaluate(classifier, messages));
    assert.match(text, /none\s+allow\s+junk\s+promotion\s+transaction/);
    assert.match(text, /^wanted\s+30\s+0\s+0\s+0\s+0$/m);
    assert.match(text, /premium_number\s+0\s+\d+\s+1\.000/);
    assert.match(text, /never_fires\s+0\s+0\s+-/);
  });
});
