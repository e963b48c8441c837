import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assignFolds, groupCounts, templateKey } from '../../../shared/classifier/model/folds.ts';

describe('templateKey', () => {
  it('returns one key for the same template with other digits, in any script', () => {
    assert.equal(templateKey('Your code is 1234'), templateKey('your code is 98765'));
    assert.equal(templateKey('รหัส ๑๒๓๔'), templateKey('รหัส 9'));
    assert.notEqual(templateKey('Your code is 1234'), templateKey('Your PIN is 1234'));
  });
});

describe('assignFolds', () => {
  const groups = ['a', 'b', 'a', 'c', 'd', 'e', 'f', 'b', 'g', 'h'];
  const unwanted = [true, true, true, false, false, false, false, true, false, true];

  it('returns the same fold for every row of a group', () => {
    const folds = assignFolds(groups, unwanted, 3);
    assert.equal(folds[0], folds[2]);
    assert.equal(folds[1], folds[7]);
  });

  it('returns every fold used and the same assignment for the same seed', () => {
    const folds = assignFolds(groups, unwanted, 3, 5);
    assert.deepEqual(new Set(folds), new Set([0, 1, 2]));
    assert.deepEqual(assignFolds(groups, unwanted, 3, 5), folds);
  });

  it('deals each label evenly over the folds', () => {
    const g = Array.from({ length: 30 }, (_, i) => `t${i}`);
    const label = g.map((_, i) => (i < 10 ? 'junk' : i < 20 ? 'transaction' : 'none'));
    const folds = assignFolds(g, label, 5);
    for (const l of ['junk', 'transaction', 'none'])
      for (let f = 0; f < 5; f++) assert.equal(label.filter((x, i) => x === l && folds[i] === f).length, 2);
  });

  it('refuses fewer than two folds', () => {
    assert.throws(() => assignFolds(groups, unwanted, 1), RangeError);
  });
});

describe('groupCounts', () => {
  it('returns distinct groups per label', () => {
    const counts = groupCounts(['a', 'a', 'b', 'c'], ['x', 'x', 'x', 'y']);
    assert.equal(counts.get('x'), 2);
    assert.equal(counts.get('y'), 1);
  });
});
