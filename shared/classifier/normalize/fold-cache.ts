/**
 * The folds of code points and clusters seen before. No cache may keep a request's text alive: a
 * cluster longer than MAX_CLUSTER_UNITS is not cached, a cached key is rebuilt from its code units
 * (a substring of 13+ units is a V8 slice that holds on to the whole message) and so is the fold
 * computed from it, and the cluster cache is an LRU bounded in bytes and entries (an ASCII letter
 * under marks skips it: `underMarks`). Code points are numbers, their folds a few characters: that
 * cache is a fixed table of slots.
 */
import { computeCluster, computeSingle, type Fold, underMarks } from './folds.ts';
import { LruCache } from './lru.ts';
import { work } from './work.ts';

/** Slots of the code point cache: one per code point of a 16,384-wide window, no map to grow. */
const SINGLE_SLOTS = 16384;
/** A letter and a few combining marks; longer clusters (zalgo) are folded each time. */
export const MAX_CLUSTER_UNITS = 8;
export const CLUSTER_CACHE_BYTES = 256 * 1024;
const CLUSTER_CACHE_ENTRIES = 4096;
/** A map entry, a slot, the Fold object and two string headers, besides the characters. */
const ENTRY_OVERHEAD = 128;

const singleKeys = new Int32Array(SINGLE_SLOTS).fill(-1);
const singleFolds: (Fold | undefined)[] = new Array(SINGLE_SLOTS).fill(undefined);
const clusterCache = new LruCache<Fold>(
  CLUSTER_CACHE_BYTES,
  CLUSTER_CACHE_ENTRIES,
  (key, fold) => ENTRY_OVERHEAD + 2 * (key.length + fold.out.length),
);

/** The fold of a code point, cached direct-mapped: a code point replaces the one in its slot. */
export function foldOf(cp: number): Fold {
  const slot = cp & (SINGLE_SLOTS - 1);
  if (singleKeys[slot] === cp) return singleFolds[slot] as Fold;
  const f = computeSingle(cp);
  singleKeys[slot] = cp;
  singleFolds[slot] = f;
  return f;
}

/** A flat string of its own with the code units of `s[start, end)`. */
function copyOf(s: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(s.charCodeAt(i));
  return out;
}

/** The fold of the cluster `input[start, end)`. */
export function foldOfCluster(input: string, start: number, end: number): Fold {
  const plain = underMarks(input, start, end);
  if (plain !== undefined) return plain;
  if (end - start > MAX_CLUSTER_UNITS) {
    work.chars += end - start;
    return computeCluster(input.slice(start, end));
  }
  let f = clusterCache.get(input.slice(start, end));
  if (f === undefined) {
    work.chars += end - start;
    const key = copyOf(input, start, end);
    f = computeCluster(key);
    clusterCache.set(key, f);
  }
  return f;
}

/** The cluster cache's size, for tests. */
export function clusterCacheStats(): { entries: number; bytes: number } {
  return { entries: clusterCache.size, bytes: clusterCache.bytes };
}
