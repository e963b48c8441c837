/**
 * The normaliser's caches cannot keep messages alive: a byte-bounded LRU for clusters, long clusters
 * not cached, and a heap soak of 10,000 hostile 64 KiB texts in a child process (--expose-gc).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { seededRandom as prng } from '../../shared/classifier/model/folds.ts';
import {
  CLUSTER_CACHE_BYTES,
  clusterCacheStats,
  MAX_CLUSTER_UNITS,
} from '../../shared/classifier/normalize/fold-cache.ts';
import { computeCluster, foldByNormalising } from '../../shared/classifier/normalize/folds.ts';
import { normalize } from '../../shared/classifier/normalize/index.ts';
import { LruCache } from '../../shared/classifier/normalize/lru.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Combining marks from U+0300 on; below U+0340 by default (U+034F, the grapheme joiner, is invisible). */
function marks(next: () => number, count: number, range = 0x40): string {
  let s = '';
  for (let k = 0; k < count; k++) s += String.fromCharCode(0x300 + Math.floor(next() * range));
  return s;
}

describe('LruCache', () => {
  it('drops the least recently used entries once over its byte budget', () => {
    const cache = new LruCache<string>(100, 10, (k, v) => k.length + v.length);
    for (const k of ['a', 'b', 'c', 'd']) cache.set(k, 'x'.repeat(24)); // 25 bytes each
    assert.equal(cache.bytes, 100);
    assert.equal(cache.get('a'), 'x'.repeat(24)); // used since the hand last passed
    cache.set('e', 'x'.repeat(24));
    assert.equal(cache.get('b'), undefined);
    assert.equal(cache.get('a'), 'x'.repeat(24));
    assert.equal(cache.size, 4);
    assert.ok(cache.bytes <= 100);
  });

  it('holds no more entries than its slots, and replaces an entry without counting it twice', () => {
    const cache = new LruCache<string>(1000, 3, (k, v) => k.length + v.length);
    for (const k of ['a', 'b', 'c', 'd', 'e']) cache.set(k, 'xx');
    assert.equal(cache.size, 3);
    assert.deepEqual(
      ['c', 'd', 'e'].map((k) => cache.get(k)),
      ['xx', 'xx', 'xx'],
    );
    cache.set('e', 'xxxx');
    assert.equal(cache.bytes, 3 + 3 + 5);
    assert.equal(cache.size, 3);
  });
});

describe('the fold caches', () => {
  // Clusters on a Cyrillic letter: an ASCII one under marks is folded without the cache.
  it('keep the cluster cache within its byte budget whatever the clusters', () => {
    const next = prng(11);
    let text = '';
    for (let k = 0; k < 20_000; k++) text += `\u0416${marks(next, 1 + (k % (MAX_CLUSTER_UNITS - 1)))} `;
    normalize(text);
    const stats = clusterCacheStats();
    assert.ok(stats.bytes <= CLUSTER_CACHE_BYTES, `${stats.bytes} bytes`);
    assert.ok(stats.entries > 100);
  });

  it('do not cache a cluster longer than a few code units', () => {
    const next = prng(12);
    normalize(`\u0416${marks(next, 3)}`); // one short cluster, so the cache is not empty
    const before = clusterCacheStats();
    normalize(Array.from({ length: 50 }, () => `x\u0416${marks(next, MAX_CLUSTER_UNITS + 5)}y`).join(' '));
    assert.deepEqual(clusterCacheStats(), before);
  });

  it('fold an ASCII letter under marks as normalising would, without normalising', () => {
    const next = prng(13);
    const bases = 'aZq0x9MéƀЖ ';
    for (let k = 0; k < 5000; k++) {
      const cluster = bases.charAt(k % bases.length) + marks(next, 1 + (k % 14), 0x70);
      assert.deepEqual(computeCluster(cluster), foldByNormalising(cluster), JSON.stringify(cluster));
    }
  });
});

describe('normalize under a soak of hostile texts', () => {
  it('keeps the heap flat over 10,000 texts of 64 KiB with clusters of their own', () => {
    const r = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(ROOT, 'test/fixtures/normalize-soak.ts'), '10000'],
      { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    assert.equal(r.status, 0, r.stderr);
    const { atHundred, atEnd, texts } = JSON.parse(r.stdout) as {
      atHundred: number;
      atEnd: number;
      texts: number;
    };
    assert.equal(texts, 10_000);
    const mib = (x: number) => `${(x / 2 ** 20).toFixed(2)} MiB`;
    assert.ok(atEnd <= 1.1 * atHundred, `heap ${mib(atHundred)} after 100 texts, ${mib(atEnd)} after 10,000`);
  });
});
