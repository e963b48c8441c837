/** The folds of code points and clusters seen before, cached (bounded by count). */
import { computeCluster, computeSingle, type Fold } from './folds.ts';

const CACHE_LIMIT = 8192;
const singleCache = new Map<number, Fold>();
const clusterCache = new Map<string, Fold>();

export function foldOf(cp: number): Fold {
  let f = singleCache.get(cp);
  if (f === undefined) {
    f = computeSingle(cp);
    if (singleCache.size >= CACHE_LIMIT) singleCache.clear();
    singleCache.set(cp, f);
  }
  return f;
}

export function foldOfCluster(cluster: string): Fold {
  let f = clusterCache.get(cluster);
  if (f === undefined) {
    f = computeCluster(cluster);
    if (clusterCache.size >= CACHE_LIMIT) clusterCache.clear();
    clusterCache.set(cluster, f);
  }
  return f;
}
