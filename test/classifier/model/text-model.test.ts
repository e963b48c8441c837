import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Featurizer, NO_SIGNALS } from '../../../shared/classifier/model/features.ts';
import { TextModel } from '../../../shared/classifier/model/text-model.ts';
import { trainTextModel } from '../../../shared/classifier/model/train-text.ts';
import { input, rows, UNSEEN_UNWANTED, UNSEEN_WANTED } from './helpers.ts';

const NOTIFICATIONS = [
  'Your verification code is 482913. It expires in 10 minutes.',
  '552301 is your login code. Do not share it.',
  'Your one-time passcode is 774411, valid for 5 minutes.',
  'Use 903112 to verify your account. Never share this code.',
];

describe('trainTextModel', () => {
  const file = trainTextModel(rows, { bits: 14 });
  const model = new TextModel(file);

  it('returns junk scores positive for obvious unwanted and negative for wanted messages it never saw', () => {
    for (const t of UNSEEN_UNWANTED) {
      const s = model.score(input(t));
      assert.ok(s.logistic > 0 && s.bayes > 0, `${t}: ${JSON.stringify(s)}`);
    }
    for (const t of UNSEEN_WANTED) {
      const s = model.score(input(t));
      assert.ok(s.logistic < 0 && s.bayes < 0, `${t}: ${JSON.stringify(s)}`);
    }
  });

  it('returns a folder that had no training message as unreachable', () => {
    // tiny.tsv holds ham and spam only
    const s = model.score(input(NOTIFICATIONS[0] as string));
    assert.ok(s.transaction < -20 && s.promotion < -20, JSON.stringify(s));
  });

  it('returns high transaction odds for a notification once transactions are trained', () => {
    const withCodes = [
      ...rows,
      ...NOTIFICATIONS.slice(1).map((t) => ({ input: input(t), folder: 'transaction' as const })),
      ...['Your code: 119922', 'Code 448812 is your sign-in code'].map((t) => ({
        input: input(t),
        folder: 'transaction' as const,
      })),
    ];
    const m = new TextModel(trainTextModel(withCodes, { bits: 14 }));
    const s = m.score(input(NOTIFICATIONS[0] as string));
    assert.ok(s.transaction > 0, JSON.stringify(s));
    assert.ok(m.score(input(UNSEEN_WANTED[0] as string)).transaction < 0);
  });

  it('returns junk odds that never fall when a message hides its text, even if only wanted messages hid theirs', () => {
    // every obfuscated training message is wanted: unconstrained, the feature would read as wanted
    const hidden = { ...NO_SIGNALS, obfuscation: 5 };
    const skewed = [
      ...rows,
      ...UNSEEN_WANTED.concat(rows.filter((r) => r.folder === 'none').map((r) => r.input.text)).map((t) => ({
        input: { text: t, signals: hidden },
        folder: 'none' as const,
      })),
    ];
    const skewedFile = trainTextModel(skewed, { bits: 14 });
    const m = new TextModel(skewedFile);
    for (const t of [...UNSEEN_UNWANTED, ...UNSEEN_WANTED]) {
      const clear = m.score(input(t));
      const masked = m.score({ text: t, signals: hidden });
      assert.ok(masked.logistic >= clear.logistic - 1e-9, `${t}: ${clear.logistic} -> ${masked.logistic}`);
    }
    // naive Bayes: the feature's own log-count ratio is not below zero (its norm still counts it)
    const bucket = new Featurizer(14, [3, 5]).metaBucket('obfuscation:3');
    assert.ok(Buffer.from(skewedFile.bayes.weights, 'base64').readInt8(bucket) >= 0);
    // the control: a feature without the constraint, given to the same wanted messages only, does
    // lower the junk odds (so the set-up above would have taught the model that hiding is wanted)
    const marked = { ...NO_SIGNALS, shortCodes: 1 };
    const control = new TextModel(
      trainTextModel(
        skewed.map((r) =>
          r.input.signals === hidden ? { ...r, input: { ...r.input, signals: marked } } : r,
        ),
        { bits: 14 },
      ),
    );
    const t = UNSEEN_UNWANTED[0] as string;
    assert.ok(control.score({ text: t, signals: marked }).logistic < control.score(input(t)).logistic);
  });

  it("keeps the junk weight of an all-capitals message at least every folder's, even if only wanted messages shouted", () => {
    const shouted = rows.map((r) =>
      r.folder === 'none' ? { ...r, input: { ...r.input, text: r.input.text.toUpperCase() } } : r,
    );
    const f = trainTextModel(shouted, { bits: 14 });
    const bucket = new Featurizer(14, [3, 5]).metaBucket('caps:all');
    const weight = (t: { weights: string; scale: number }) =>
      Buffer.from(t.weights, 'base64').readInt8(bucket) * t.scale;
    // the tables are junk, promotion, transaction against none (whose weights are zero)
    const [junk, ...others] = f.softmax.map(weight);
    assert.ok((junk as number) >= 0, `junk ${junk}`);
    for (const o of others) assert.ok((junk as number) >= o, `junk ${junk} < ${o}`);
    assert.ok(Buffer.from(f.bayes.weights, 'base64').readInt8(bucket) >= 0);
    // and an all-capitals unwanted message keeps the junk odds of its own words
    const m = new TextModel(f);
    for (const t of UNSEEN_UNWANTED) {
      const upper = m.score(input(t.toUpperCase())).logistic;
      assert.ok(upper >= 0, `${t.toUpperCase()}: ${upper}`);
    }
  });

  it('returns the same weights when trained twice with the same seed', () => {
    assert.deepEqual(trainTextModel(rows, { bits: 14 }), file);
    assert.notEqual(
      trainTextModel(rows, { bits: 14, seed: 99 }).softmax[0]?.weights,
      file.softmax[0]?.weights,
    );
  });

  it('returns identical scores after a JSON round-trip of the file', () => {
    const again = new TextModel(JSON.parse(JSON.stringify(file)));
    for (const t of [...UNSEEN_UNWANTED, ...UNSEEN_WANTED])
      assert.deepEqual(again.score(input(t)), model.score(input(t)));
  });

  it('stores one signed byte per bucket, base64-encoded, for three softmax tables and the naive Bayes', () => {
    assert.equal(file.softmax.length, 3);
    for (const table of [...file.softmax, file.bayes]) {
      assert.equal(Buffer.from(table.weights, 'base64').length, 2 ** 14);
      assert.ok(table.scale > 0);
    }
  });

  it('names the features that pushed the junk score, strongest first', () => {
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

  it('throws when the weights do not fill 2^bits buckets', () => {
    assert.throws(
      () => new TextModel({ ...file, bayes: { ...file.bayes, weights: 'AAAA' } }),
      /bayes weights hold 3 bytes, expected 16384/,
    );
  });
});
