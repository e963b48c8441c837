import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fitCombination } from '../../../shared/classifier/model/combination.ts';
import { combine } from '../../../shared/classifier/score.ts';
import { scores, vote } from './helpers.ts';

describe('fitCombination', () => {
  it('returns a positive weight for a rule that fires on unwanted messages, pulled towards its prior', () => {
    const stack = [
      ...Array.from({ length: 40 }, (_, i) => ({
        model: scores(-1),
        votes: i < 20 ? [vote('premium', 'junk', 2)] : [],
        unwanted: i < 20,
      })),
      ...Array.from({ length: 60 }, () => ({ model: scores(-2), votes: [], unwanted: false })),
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
      ...Array.from({ length: 30 }, () => ({ model: scores(0), votes: [], unwanted: true })),
      ...Array.from({ length: 30 }, () => ({
        model: scores(0),
        votes: [vote('misfire', 'junk', 1)],
        unwanted: false,
      })),
    ];
    assert.equal(fitCombination(stack).rules.misfire?.weight, 0);
  });

  it('learns no weight for a rule with fewer hits than minRuleHits: it keeps its prior', () => {
    const stack = [
      ...Array.from({ length: 30 }, (_, i) => ({
        model: scores(1),
        votes: i < 4 ? [vote('rare', 'junk', 1.5)] : [],
        unwanted: true,
      })),
      ...Array.from({ length: 30 }, () => ({ model: scores(-1), votes: [], unwanted: false })),
    ];
    assert.equal(fitCombination(stack).rules.rare, undefined);
    assert.equal(fitCombination(stack, { minRuleHits: 4 }).rules.rare?.hits, 4);
  });

  it('gives transaction and promotion rules no junk weight at all', () => {
    const stack = Array.from({ length: 40 }, (_, i) => ({
      model: scores(i % 2 ? 1 : -1),
      votes: [vote('code', 'transaction', 1), vote('sale', 'promotion', 1)],
      unwanted: i % 2 === 1,
    }));
    const c = fitCombination(stack);
    assert.deepEqual(c.rules, {});
    assert.ok(Math.abs(combine(c, scores(0), [vote('code', 'transaction', 1)]) - c.bias) < 1e-12);
  });

  it('fits with the floor it stores: a junk rule over a very wanted-looking text still pushes the score up', () => {
    // unwanted rows carry the rule and a text model that calls them very wanted (-6)
    const stack = [
      ...Array.from({ length: 40 }, () => ({
        model: scores(-6),
        votes: [vote('structure', 'junk', 2)],
        unwanted: true,
      })),
      ...Array.from({ length: 40 }, () => ({ model: scores(-6), votes: [], unwanted: false })),
    ];
    const floored = fitCombination(stack, { modelFloor: -2 });
    assert.equal(floored.floor, -2);
    assert.ok(combine(floored, scores(-6), [vote('structure', 'junk', 2)]) > 0);
    assert.ok(combine(floored, scores(-6), []) < 0);
  });

  it('does not store rules that never fired, so they keep their meta weight', () => {
    const c = fitCombination([
      { model: scores(1), votes: [], unwanted: true },
      { model: scores(-1), votes: [], unwanted: false },
    ]);
    assert.deepEqual(c.rules, {});
  });

  it('returns a positive naive-Bayes weight when the naive-Bayes score carries what the logistic one misses', () => {
    const stack = Array.from({ length: 200 }, (_, i) => ({
      model: scores((i % 10) / 10 - 0.45, i % 2 ? 1 + (i % 3) : -1 - (i % 3)),
      votes: [],
      unwanted: i % 2 === 1,
    }));
    assert.ok(fitCombination(stack).bayes > 0.5);
  });

  it('returns a larger model weight when the model score alone separates the classes', () => {
    const stack = Array.from({ length: 100 }, (_, i) => ({
      model: scores(i % 2 ? 1 + (i % 7) / 10 : -1 - (i % 5) / 10),
      votes: [],
      unwanted: i % 2 === 1,
    }));
    assert.ok(fitCombination(stack).model > 1);
  });
});
