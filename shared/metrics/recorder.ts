/**
 * What the shared chain records through: three calls, the metric from the catalog and its label
 * values in the catalog's label order (positional, so recording allocates no object per call).
 * The container records into a `MetricStore` (aggregated, exported as EMF per interval and as
 * Prometheus); Lambda into Powertools' Metrics (EMF, flushed once per invocation).
 */
import type { MetricDef } from './catalog.ts';

export interface Recorder {
  /** Adds `n` (default 1) to a counter. */
  count(metric: MetricDef, labels: readonly string[], n?: number): void;
  /** One observation of a histogram (milliseconds). */
  observe(metric: MetricDef, labels: readonly string[], value: number): void;
  /**
   * Sets a gauge. `only`: this label set replaces every other of the gauge (an info metric: the
   * versions in use now, not every version since start).
   */
  set(metric: MetricDef, labels: readonly string[], value: number, only?: boolean): void;
}

/**
 * Gauges are read when they are exported, not on every request: a collector sets them (the data's
 * age, the versions in use) each time a recorder is about to export.
 */
export type GaugeCollector = (recorder: Recorder) => void;

/** Records into several recorders (Lambda: Powertools for CloudWatch, a store for the status page). */
export function tee(...recorders: Recorder[]): Recorder {
  return {
    count(metric, labels, n) {
      for (const r of recorders) r.count(metric, labels, n);
    },
    observe(metric, labels, value) {
      for (const r of recorders) r.observe(metric, labels, value);
    },
    set(metric, labels, value, only) {
      for (const r of recorders) r.set(metric, labels, value, only);
    },
  };
}
