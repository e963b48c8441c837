import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseCorpus } from '../../shared/classifier/corpus.ts';
import {
  assignFolds,
  Featurizer,
  fitCombination,
  ModelFormatError,
  type ModelInput,
  NO_SIGNALS,
  parseModelFile,
  pickThreshold,
  TextModel,
  TrainingError,
  type TrainingExample,
  trainModel,
  trainTextModel,
} from '../../shared/classifier/model.ts';
import type { Vote } from '../../shared/classifier/verdict.ts';

const tiny = parseCorpus(readFileSync(new URL('../fixtures/corpus/tiny.tsv', import.meta.url), 'utf8'));
const input = (text: string): ModelInput => ({ text, signals: NO_SIGNALS });
const rows = tiny.rows.map((r) => ({ input: input(r.text), unwanted: r.unwanted }));

/** Messages the model never saw, one obvious of each kind. */
const UNSEEN_UNWANTED = [
  'You have WON a £2000 prize! Call 09061111111 now to claim, 150p/min',
  'FREE ringtones for you, txt TONE to 80808, £2 per week, stop to end',
];
const UNSEEN_WANTED = [
  'Are you still coming round for dinner tonight?',
  'Sorry, running late, see you at the cafe',
];

function vote(rule: string, action: Vote['action'], weight: number): Vote {
  return { rule, action, subAction: 'none', weight, description: '', phishing: false };
}

describe('Featurizer', () => {
  it('returns the same buckets from the named (explain) path as from the fast path', () => {
    const f = new Featurizer(16, [3, 5]);
    for (const text of [
      'WIN a £1000 prize!! Call 09061234567 now',
      'ok see u at 7.30 x',
      'Größe ÜBER alles — café naïve 😀 don’t',
      '',
      'A',
    ]) {
      const signals = { ...NO_SIGNALS, urls: 1, money: 2, maxMoney: 1000 };
      f.extract({ text, signals });
      const fast = Array.from(f.buffer.subarray(0, f.total));
      const named = f.named({ text, signals });
      assert.deepEqual(
        named.map((n) => n.bucket),
        fast,
        text,
      );
      assert.equal(named.filter((n) => n.group === 'text').length, f.textCount, text);
    }
  });

  it('folds digits so numbers of the same shape share features', () => {
    const f = new Featurizer(16, [3, 3]);
    const buckets = (text: string) => {
      f.extract(input(text));
      return Array.from(f.buffer.subarray(0, f.total));
    };
    assert.deepEqual(buckets('call 09061234567'), buckets('call 09059876543'));
    assert.notDeepEqual(buckets('call 09061234567'), buckets('call 0906123456'));
  });

  it('refuses bits and n-gram lengths outside their range', () => {
    assert.throws(() => new Featurizer(30, [3, 5]), RangeError);
    assert.throws(() => new Featurizer(16, [5, 3]), RangeError);
  });
});

describe('trainTextModel', () => {
  const file = trainTextModel(rows, { bits: 14 });
  const model = new TextModel(file);

  it('returns both scores positive for obvious unwanted and negative for wanted messages it never saw', () => {
    for (const t of UNSEEN_UNWANTED) {
      const s = model.score(input(t));
      assert.ok(s.logistic > 0 && s.bayes > 0, `${t}: ${JSON.stringify(s)}`);
    }
    for (const t of UNSEEN_WANTED) {
      const s = model.score(input(t));
      assert.ok(s.logistic < 0 && s.bayes < 0, `${t}: ${JSON.stringify(s)}`);
    }
  });

  it('returns the same weights when trained twice with the same seed', () => {
    assert.deepEqual(trainTextModel(rows, { bits: 14 }), file);
    assert.notEqual(trainTextModel(rows, { bits: 14, seed: 99 }).logistic.weights, file.logistic.weights);
  });

  it('returns identical scores after a JSON round-trip of the file', () => {
    const again = new TextModel(JSON.parse(JSON.stringify(file)));
    for (const t of [...UNSEEN_UNWANTED, ...UNSEEN_WANTED])
      assert.deepEqual(again.score(input(t)), model.score(input(t)));
  });

  it('stores one signed byte per bucket, base64-encoded', () => {
    for (const table of [file.logistic, file.bayes]) {
      assert.equal(Buffer.from(table.weights, 'base64').length, 2 ** 14);
      assert.ok(table.scale > 0);
    }
  });

  it('names the features that pushed a score, strongest first', () => {
    const top = model.contributions(input(UNSEEN_UNWANTED[0] as string), { model: 1, bayes: 0.5 }, 5);
    assert.equal(top.length, 5);
    for (let i = 1; i < top.length; i++) {
      assert.ok(
        Math.abs((top[i - 1] as { weight: number }).weight) >=
          Math.abs((top[i] as { weight: number }).weight),
      );
    }
    assert.ok(top.every((c) => /^(chars|word|pair|meta):/.test(c.feature)));
  });
});

describe('fitCombination', () => {
  it('returns a positive weight for a rule that fires on unwanted messages, pulled towards its prior', () => {
    const stack = [
      ...Array.from({ length: 40 }, (_, i) => ({
        model: { logistic: -1, bayes: 0 },
        votes: i < 20 ? [vote('premium', 'junk', 2)] : [],
        unwanted: i < 20,
      })),
      ...Array.from({ length: 60 }, () => ({
        model: { logistic: -2, bayes: 0 },
        votes: [],
        unwanted: false,
      })),
    ];
    const c = fitCombination(stack);
    const w = c.rules.premium;
    assert.ok(w, 'learned');
    assert.ok(w.weight > 2, `weight ${w.weight}`);
    assert.equal(w.prior, 2);
    assert.equal(w.hits, 20);
  });

  it('keeps a junk rule that only fires on wanted messages at 0, never negative', () => {
    const stack = [
      ...Array.from({ length: 30 }, () => ({ model: { logistic: 0, bayes: 0 }, votes: [], unwanted: true })),
      ...Array.from({ length: 30 }, () => ({
        model: { logistic: 0, bayes: 0 },
        votes: [vote('misfire', 'junk', 1)],
        unwanted: false,
      })),
    ];
    assert.equal(fitCombination(stack).rules.misfire?.weight, 0);
  });

  it('does not store rules that never fired, so they keep their meta weight', () => {
    const c = fitCombination([
      { model: { logistic: 1, bayes: 0 }, votes: [], unwanted: true },
      { model: { logistic: -1, bayes: 0 }, votes: [], unwanted: false },
    ]);
    assert.deepEqual(c.rules, {});
  });

  it('returns a positive naive-Bayes weight when the naive-Bayes score carries what the logistic one misses', () => {
    const stack = Array.from({ length: 200 }, (_, i) => ({
      model: { logistic: (i % 10) / 10 - 0.45, bayes: i % 2 ? 1 + (i % 3) : -1 - (i % 3) },
      votes: [],
      unwanted: i % 2 === 1,
    }));
    const c = fitCombination(stack);
    assert.ok(c.bayes > 0.5, `bayes weight ${c.bayes}`);
  });

  it('returns a larger model weight when the model score alone separates the classes', () => {
    const stack = Array.from({ length: 100 }, (_, i) => ({
      model: { logistic: i % 2 ? 1 + (i % 7) / 10 : -1 - (i % 5) / 10, bayes: 0 },
      votes: [],
      unwanted: i % 2 === 1,
    }));
    assert.ok(fitCombination(stack).model > 1);
  });
});

describe('pickThreshold', () => {
  const scores = [5, 4, 3, 2, 1, 0, -1, -2];
  const unwanted = [true, true, false, true, false, false, false, false];

  it('returns the lowest threshold that keeps the wanted share filtered at the target', () => {
    // wanted scores 3, 1, 0, -1, -2: none may pass at target 0 -> just above 3
    assert.equal(pickThreshold(scores, unwanted, 0, -10), 3.001);
    // one of five may pass at 0.2 -> just above 1
    assert.equal(pickThreshold(scores, unwanted, 0.2, -10), 1.001);
  });

  it('returns the mean of the wanted scores around the target rank with a window', () => {
    // wanted scores 3, 1, 0, -1, -2; target rank 1 (score 1), window 1: mean(3, 1, 0) = 1.333...
    assert.equal(pickThreshold(scores, unwanted, 0.2, -10, 1), 1.334);
  });

  it('returns the floor when the target allows a lower threshold', () => {
    assert.equal(pickThreshold(scores, unwanted, 0.2, 2), 2);
    assert.equal(pickThreshold([1, 2], [true, true], 0.001, -1), -1);
  });
});

describe('assignFolds', () => {
  const groups = ['a', 'b', 'a', 'c', 'd', 'e', 'f', 'b', 'g', 'h'];
  const unwanted = [true, true, true, false, false, false, false, true, false, true];

  it('returns the same fold for every copy of a text', () => {
    const folds = assignFolds(groups, unwanted, 3);
    assert.equal(folds[0], folds[2]);
    assert.equal(folds[1], folds[7]);
  });

  it('returns every fold used and the same assignment for the same seed', () => {
    const folds = assignFolds(groups, unwanted, 3, 5);
    assert.deepEqual(new Set(folds), new Set([0, 1, 2]));
    assert.deepEqual(assignFolds(groups, unwanted, 3, 5), folds);
  });

  it('deals unwanted groups evenly over the folds', () => {
    const g = Array.from({ length: 30 }, (_, i) => `t${i}`);
    const u = g.map((_, i) => i < 10);
    const folds = assignFolds(g, u, 5);
    for (let f = 0; f < 5; f++) assert.equal(u.filter((x, i) => x && folds[i] === f).length, 2);
  });

  it('refuses fewer than two folds', () => {
    assert.throws(() => assignFolds(groups, unwanted, 1), RangeError);
  });
});

describe('trainModel', () => {
  const examples: TrainingExample[] = tiny.rows.map((r) => ({
    input: input(r.text),
    votes: /09\d{9}/.test(r.text) ? [vote('premium_number', 'junk', 2)] : [],
    unwanted: r.unwanted,
    group: r.text.toLowerCase(),
  }));
  const file = trainModel(examples, {
    bits: 14,
    now: new Date('2026-01-01T00:00:00Z'),
    rulesVersion: 'test',
  });

  it('returns a complete model file that parses and survives a JSON round-trip', () => {
    const parsed = parseModelFile(JSON.parse(JSON.stringify(file)));
    assert.deepEqual(parsed, file);
    assert.equal(file.trainedOn.messages, 60);
    assert.equal(file.trainedOn.unwanted, 30);
    assert.equal(file.trainedOn.innerFolds, 5);
    assert.equal(file.trainedOn.date, '2026-01-01T00:00:00.000Z');
    assert.ok(Number.isFinite(file.thresholds.junk));
  });

  it('returns the model floor in the combination (default -2, or the one asked for)', () => {
    assert.equal(file.combination.floor, -2);
    assert.equal(file.trainedOn.options.modelFloor, -2);
    const other = trainModel(examples, { bits: 12, innerFolds: 2, modelFloor: -3.5 });
    assert.equal(other.combination.floor, -3.5);
  });

  it('learns a weight for the rule that fired in training', () => {
    const learned = file.combination.rules.premium_number;
    assert.ok(learned && learned.hits > 0 && learned.weight >= 0);
  });

  it('returns the default combination and threshold when there are too few messages to hold any out', () => {
    const two = trainModel(
      [
        { input: input('WIN a prize, call 09061234567'), votes: [], unwanted: true, group: 'a' },
        { input: input('see you at noon'), votes: [], unwanted: false, group: 'b' },
      ],
      { bits: 10 },
    );
    assert.equal(two.trainedOn.innerFolds, 0);
    assert.equal(two.trainedOn.heldOut, null);
    assert.deepEqual(two.combination, { bias: 0, model: 1, bayes: 0, rules: {} });
    assert.equal(two.thresholds.junk, 2);
  });

  it('throws a TrainingError when the corpus holds one class only', () => {
    assert.throws(() => trainModel(examples.filter((e) => e.unwanted)), TrainingError);
    assert.throws(() => trainModel([]), TrainingError);
  });
});

describe('parseModelFile', () => {
  const good = trainModel(
    tiny.rows.map((r) => ({ input: input(r.text), votes: [], unwanted: r.unwanted, group: r.text })),
    { bits: 12, innerFolds: 2 },
  );

  it('throws a ModelFormatError naming the problem when a field is wrong', () => {
    const cases: [unknown, RegExp][] = [
      [null, /not a smsjunk-model/],
      [{ ...good, format: 'other' }, /not a smsjunk-model/],
      [{ ...good, version: 1 }, /version 1 is not supported/],
      [{ ...good, text: { ...good.text, featureSet: 'old' } }, /feature set "old"/],
      [{ ...good, text: { ...good.text, bits: 40 } }, /bits/],
      [{ ...good, combination: { ...good.combination, bias: 'x' } }, /combination.bias/],
      [{ ...good, combination: { ...good.combination, floor: 'low' } }, /combination.floor/],
      [{ ...good, thresholds: { junk: 1 } }, /thresholds.promotion/],
    ];
    for (const [value, message] of cases) assert.throws(() => parseModelFile(value), message);
    assert.throws(() => parseModelFile(null), ModelFormatError);
  });

  it('throws when the weights do not fill 2^bits buckets', () => {
    assert.throws(
      () => new TextModel({ ...good.text, bayes: { ...good.text.bayes, weights: 'AAAA' } }),
      /bayes weights hold 3 bytes, expected 4096/,
    );
  });
});
