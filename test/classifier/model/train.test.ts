import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ModelFormatError, parseModelFile } from '../../../shared/classifier/model/model-file.ts';
import { TrainingError, type TrainingExample, trainModel } from '../../../shared/classifier/model/train.ts';
import { input, tiny, vote } from './helpers.ts';

const examples: TrainingExample[] = tiny.rows.map((r) => ({
  input: input(r.text),
  votes: /09\d{9}/.test(r.text) ? [vote('premium_number', 'junk', 2)] : [],
  folder: r.label.folder,
  group: r.text.toLowerCase(),
}));

describe('trainModel', () => {
  const file = trainModel(examples, {
    bits: 14,
    now: new Date('2026-01-01T00:00:00Z'),
    rulesVersion: 'test',
    minRuleHits: 3,
    corpora: ['tiny.tsv'],
  });

  it('returns a complete model file that parses and survives a JSON round-trip', () => {
    const parsed = parseModelFile(JSON.parse(JSON.stringify(file)));
    assert.deepEqual(parsed, file);
    assert.equal(file.trainedOn.messages, 60);
    assert.equal(file.trainedOn.unwanted, 30);
    assert.deepEqual(file.trainedOn.folders, { none: 30, junk: 30, promotion: 0, transaction: 0 });
    assert.deepEqual(file.trainedOn.corpora, ['tiny.tsv']);
    assert.equal(file.trainedOn.innerFolds, 5);
    assert.equal(file.trainedOn.date, '2026-01-01T00:00:00.000Z');
    assert.ok(Number.isFinite(file.thresholds.junk));
  });

  it('returns no model folder thresholds when no training message is in those folders', () => {
    assert.equal(file.thresholds.modelTransaction, undefined);
    assert.equal(file.thresholds.modelPromotion, undefined);
  });

  it('returns the model floor in the combination (default 0, or the one asked for)', () => {
    assert.equal(file.combination.floor, 0);
    assert.equal(file.trainedOn.options.modelFloor, 0);
    const other = trainModel(examples, { bits: 12, innerFolds: 2, modelFloor: -3.5 });
    assert.equal(other.combination.floor, -3.5);
  });

  it('learns a weight for a rule with enough training hits', () => {
    const learned = file.combination.rules.premium_number;
    assert.ok(learned && learned.hits >= 3 && learned.weight >= 0);
  });

  it('returns the default combination and threshold when there are too few messages to hold any out', () => {
    const two = trainModel(
      [
        { input: input('WIN a prize, call 09061234567'), votes: [], folder: 'junk', group: 'a' },
        { input: input('see you at noon'), votes: [], folder: 'none', group: 'b' },
      ],
      { bits: 10 },
    );
    assert.equal(two.trainedOn.innerFolds, 0);
    assert.equal(two.trainedOn.heldOut, null);
    assert.deepEqual(two.combination, { bias: 0, model: 1, bayes: 0, rules: {} });
    assert.equal(two.thresholds.junk, 2);
  });

  it('throws a TrainingError when the corpus holds no junk or only junk', () => {
    assert.throws(() => trainModel(examples.filter((e) => e.folder === 'junk')), TrainingError);
    assert.throws(() => trainModel([]), TrainingError);
  });
});

describe('parseModelFile', () => {
  const good = trainModel(
    tiny.rows.map((r) => ({ input: input(r.text), votes: [], folder: r.label.folder, group: r.text })),
    { bits: 12, innerFolds: 2 },
  );

  it('throws a ModelFormatError naming the problem when a field is wrong', () => {
    const cases: [unknown, RegExp][] = [
      [null, /not a smsjunk-model/],
      [{ ...good, format: 'other' }, /not a smsjunk-model/],
      [{ ...good, version: 2 }, /version 2 is not supported/],
      [{ ...good, text: { ...good.text, featureSet: 'old' } }, /feature set "old"/],
      [{ ...good, text: { ...good.text, bits: 40 } }, /bits/],
      [{ ...good, text: { ...good.text, classes: ['none', 'junk'] } }, /text.classes/],
      [{ ...good, text: { ...good.text, softmax: [] } }, /text.softmax must hold 3 tables/],
      [{ ...good, combination: { ...good.combination, bias: 'x' } }, /combination.bias/],
      [{ ...good, combination: { ...good.combination, floor: 'low' } }, /combination.floor/],
      [{ ...good, thresholds: { junk: 1 } }, /thresholds.promotion/],
      [{ ...good, thresholds: { ...good.thresholds, modelTransaction: 'x' } }, /thresholds.modelTransaction/],
    ];
    for (const [value, message] of cases) assert.throws(() => parseModelFile(value), message);
    assert.throws(() => parseModelFile(null), ModelFormatError);
  });
});
