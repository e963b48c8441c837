import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { restartDelay, STABLE_MS } from '../../container/cluster.ts';

describe('restartDelay', () => {
  it('returns 0 after a healthy life, then doubles per young death up to the cap', () => {
    assert.equal(restartDelay(0, 1000, 30_000), 0);
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => restartDelay(n, 1000, 30_000)),
      [1000, 2000, 4000, 8000, 16000, 30000, 30000],
    );
    assert.equal(restartDelay(500, 1000, 30_000), 30_000, 'no overflow after a long crash loop');
  });

  it('counts a worker as healthy after ten seconds', () => {
    assert.equal(STABLE_MS, 10_000);
  });
});
