/**
 * The metrics of each kind of container process:
 *
 * - a serving process (a worker, or the only process) records into its own `MetricStore` and
 *   samples its event-loop delay; a worker's totals (for `/admin/status`) come from the primary;
 * - the primary counts worker restarts into its own store and adds every worker's counters up
 *   (`ClusterMetrics`) for the exporters.
 */
import type { Worker } from 'node:cluster';
import { METRIC } from '../../shared/metrics/catalog.ts';
import type { MetricsHooks } from '../../shared/metrics/hooks.ts';
import { storeHooks } from '../../shared/metrics/hooks.ts';
import { MetricStore, type Snapshot } from '../../shared/metrics/store.ts';
import type { PoolMetrics } from '../cluster.ts';
import { ClusterMetrics, workerMetrics } from './cluster-metrics.ts';
import { sampleEventLoopDelay } from './event-loop.ts';

export interface ServingMetrics {
  readonly hooks: MetricsHooks;
  /** This process's own counters. */
  readonly totals: () => Promise<Snapshot>;
  /** The same, for a scrape. */
  readonly latest: () => Promise<Snapshot>;
}

/** A serving process's metrics; `inCluster`: its totals are the whole container's, through the primary. */
export function servingMetrics(inCluster: boolean): ServingMetrics {
  const store = new MetricStore();
  sampleEventLoopDelay(store);
  const own = async () => store.snapshot();
  const hooks = storeHooks(store);
  return {
    hooks: inCluster ? { ...hooks, totals: workerMetrics(() => store.snapshot()) } : hooks,
    totals: own,
    latest: own,
  };
}

export interface PrimaryMetrics {
  readonly pool: PoolMetrics;
  /** Hands over the pool's live workers once the pool exists. */
  bind(workers: () => readonly Worker[]): void;
  /** Every worker asked now (exact): `/admin/status`, EMF. */
  readonly totals: () => Promise<Snapshot>;
  /** The workers' last pushed snapshots (no waiting): a scrape. */
  readonly latest: () => Promise<Snapshot>;
}

export function primaryMetrics(): PrimaryMetrics {
  const store = new MetricStore();
  let workers: () => readonly Worker[] = () => [];
  const cluster = new ClusterMetrics(
    () => workers(),
    () => store.snapshot(),
  );
  return {
    pool: {
      onMessage: (w, m) => cluster.onMessage(w, m),
      onExit: (w) => cluster.onExit(w),
      restarted: () => store.count(METRIC.WorkerRestarts, []),
    },
    bind(w) {
      workers = w;
    },
    totals: () => cluster.totals(),
    latest: async () => cluster.latest(),
  };
}
