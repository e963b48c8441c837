/**
 * What a runtime hands the service to record metrics with: where records go, how gauges are
 * collected before an export, and (for `/admin/status`) the counters since start over every
 * process of this instance (a container: all its workers, through the primary).
 */
import type { GaugeCollector, Recorder } from './recorder.ts';
import type { Snapshot } from './store.ts';

export interface MetricsHooks {
  readonly recorder: Recorder;
  /** Registers a gauge collector, run before each export. */
  addCollector(collector: GaugeCollector): void;
  /** The counters since start, for the per-rule counters of `/admin/status`; none: not shown. */
  readonly totals?: () => Promise<Snapshot>;
}

/** Hooks over one process's store: its own counters are the totals (Lambda, a single process). */
export function storeHooks(store: {
  readonly count: Recorder['count'];
  readonly observe: Recorder['observe'];
  readonly set: Recorder['set'];
  addCollector(collector: GaugeCollector): void;
  snapshot(): Snapshot;
}): MetricsHooks {
  return {
    recorder: store,
    addCollector: (c) => store.addCollector(c),
    totals: async () => store.snapshot(),
  };
}
