import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backoffDelay, defaultBackoff } from '../../shared/secrets/backoff.ts';

describe('backoffDelay', () => {
  const options = { baseMs: 1000, capMs: 8000 };

  it('doubles per attempt up to the cap, within the upper half of each step', () => {
    const low = (n: number) => backoffDelay(n, options, () => 0);
    const high = (n: number) => backoffDelay(n, options, () => 1);
    assert.deepEqual([1, 2, 3, 4, 5, 50].map(low), [500, 1000, 2000, 4000, 4000, 4000]);
    assert.deepEqual([1, 2, 3, 4, 5, 50].map(high), [1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('spreads delays when the random source varies', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 50; i++) seen.add(backoffDelay(3, options));
    assert.ok(seen.size > 10);
    for (const d of seen) assert.ok(d >= 2000 && d <= 4000, String(d));
  });
});

describe('defaultBackoff', () => {
  it('starts at one second or the TTL and caps at five TTLs within 5 s to 5 min', () => {
    assert.deepEqual(defaultBackoff(60_000), { baseMs: 1000, capMs: 300_000 });
    assert.deepEqual(defaultBackoff(1000), { baseMs: 1000, capMs: 5000 });
    assert.deepEqual(defaultBackoff(200), { baseMs: 200, capMs: 5000 });
  });
});
