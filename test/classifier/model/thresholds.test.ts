import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Folder } from '../../../shared/classifier/labels.ts';
import {
  type FolderRow,
  pickFolderThresholds,
  pickJunkThreshold,
  pickThreshold,
} from '../../../shared/classifier/model/thresholds.ts';

describe('pickThreshold', () => {
  const wanted = [3, 1, 0, -1, -2];

  it('returns the lowest threshold that keeps the share reaching it at the target', () => {
    assert.equal(pickThreshold(wanted, 0, -10), 3.001);
    assert.equal(pickThreshold(wanted, 0.2, -10), 1.001);
  });

  it('returns the mean of the scores around the target rank with a window', () => {
    assert.equal(pickThreshold(wanted, 0.2, -10, 1), 1.334);
  });

  it('returns the floor when the target allows a lower threshold', () => {
    assert.equal(pickThreshold(wanted, 0.2, 2), 2);
    assert.equal(pickThreshold([], 0.001, -1), -1);
  });
});

describe('pickJunkThreshold', () => {
  it('returns the highest of the per-folder thresholds, each at its own budget', () => {
    const scores = [5, 4, 3, 2, 1, 0, 6, 2.5];
    const folders: Folder[] = ['junk', 'junk', 'none', 'none', 'none', 'none', 'promotion', 'transaction'];
    // none: no personal message may be junked -> above 3; promotion: half may -> its only score 6 is allowed
    assert.equal(pickJunkThreshold(scores, folders, { none: 0, promotion: 1 }, -10), 3.001);
    // transaction at budget 0 -> above 2.5, lower than none's
    assert.equal(pickJunkThreshold(scores, folders, { none: 0.5, transaction: 0 }, -10), 2.501);
  });
});

describe('pickFolderThresholds', () => {
  const row = (folder: Folder, odds: number, score: number): FolderRow => ({ folder, odds, score });

  it('returns the pair that files the most of the folder within the personal and unwanted budgets', () => {
    const rows = [
      ...Array.from({ length: 10 }, (_, i) => row('transaction', 5 + i, -4)),
      row('transaction', 3, 1),
      row('junk', 6, 1), // a scam near the junk threshold with notification wording
      row('none', 2, -5),
    ];
    const t = pickFolderThresholds(rows, 'transaction', { none: 100, junk: 100 }, { none: 0, junk: 0 });
    assert.ok(t);
    // the scam is kept out by the score bound, the personal text by the odds
    assert.ok(t.score < 1 && t.odds > 2 && t.odds <= 5, JSON.stringify(t));
  });

  it('returns undefined when the folder has no rows', () => {
    assert.equal(
      pickFolderThresholds([row('none', 1, 0)], 'promotion', { none: 1, junk: 0 }, { none: 0, junk: 0 }),
      undefined,
    );
  });
});
