/**
 * An in-memory aggregate of the catalog's metrics since the process started: counters, gauges,
 * and histograms as counts per bucket (`buckets.ts`) with their sum. Recording is a map lookup
 * and an addition. `snapshot()` copies it as plain JSON (what a container worker hands the
 * primary); `mergeSnapshots` adds a cluster's snapshots up, `deltaSnapshot` gives what happened
 * between two of them (an EMF interval).
 *
 * Each metric holds at most `maxSeries` label sets; past that, new ones are counted under labels
 * that are all `other` (a safety net: every label is bounded by design).
 */
import { BUCKET_COUNT, bucketOf } from './buckets.ts';
import { METRICS, type MetricDef } from './catalog.ts';
import type { GaugeCollector, Recorder } from './recorder.ts';

export interface SeriesData {
  readonly labels: readonly string[];
  /** A counter's or gauge's value; a histogram's number of observations. */
  readonly value: number;
  /** Histograms: the sum of the observations (ms). */
  readonly sum?: number;
  /** Histograms: the non-empty buckets as `[slot, count, slot, count, ...]`. */
  readonly buckets?: readonly number[];
}

export interface Snapshot {
  /** Since when the counters count (epoch ms; the oldest of merged snapshots). */
  readonly since: number;
  /** Series by metric name; a metric without any is absent. */
  readonly metrics: Readonly<Record<string, readonly SeriesData[]>>;
}

export const DEFAULT_MAX_SERIES = 2000;
export const OVERFLOW_LABEL = 'other';

class Series {
  value = 0;
  sum = 0;
  counts: Float64Array | undefined;
  constructor(readonly labels: readonly string[]) {}
}

function keyOf(labels: readonly string[]): string {
  switch (labels.length) {
    case 0:
      return '';
    case 1:
      return labels[0] as string;
    case 2:
      return `${labels[0]}\u001f${labels[1]}`;
    default:
      return labels.join('\u001f');
  }
}

export interface MetricStoreOptions {
  /** Wall clock (epoch ms) for `since`; default `Date.now`. */
  readonly now?: () => number;
  readonly maxSeries?: number;
}

export class MetricStore implements Recorder {
  readonly since: number;
  readonly #series: Map<string, Series>[] = METRICS.map(() => new Map());
  readonly #collectors: GaugeCollector[] = [];
  readonly #maxSeries: number;

  constructor(options: MetricStoreOptions = {}) {
    this.since = (options.now ?? Date.now)();
    this.#maxSeries = options.maxSeries ?? DEFAULT_MAX_SERIES;
    if (!Number.isInteger(this.#maxSeries) || this.#maxSeries < 1) {
      throw new RangeError('MetricStore: maxSeries must be an integer >= 1');
    }
  }

  /** Gauges are set by collectors, run at each snapshot. */
  addCollector(collector: GaugeCollector): void {
    this.#collectors.push(collector);
  }

  #get(metric: MetricDef, labels: readonly string[]): Series {
    if (labels.length !== metric.labels.length) {
      throw new RangeError(`${metric.name} takes ${metric.labels.length} labels, got ${labels.length}`);
    }
    const map = this.#series[metric.index] as Map<string, Series>;
    const key = keyOf(labels);
    let s = map.get(key);
    if (s === undefined) {
      // full: the label set is counted under all-`other` labels (that one series is always made)
      const full = map.size >= this.#maxSeries && !labels.every((l) => l === OVERFLOW_LABEL);
      if (full)
        return this.#get(
          metric,
          labels.map(() => OVERFLOW_LABEL),
        );
      s = new Series(labels.slice());
      map.set(key, s);
    }
    return s;
  }

  count(metric: MetricDef, labels: readonly string[], n = 1): void {
    this.#get(metric, labels).value += n;
  }

  observe(metric: MetricDef, labels: readonly string[], value: number): void {
    const s = this.#get(metric, labels);
    s.value++;
    s.sum += value;
    s.counts ??= new Float64Array(BUCKET_COUNT);
    (s.counts[bucketOf(value)] as number)++;
  }

  set(metric: MetricDef, labels: readonly string[], value: number, only = false): void {
    if (only) {
      const map = this.#series[metric.index] as Map<string, Series>;
      const key = keyOf(labels);
      for (const k of map.keys()) if (k !== key) map.delete(k);
    }
    this.#get(metric, labels).value = value;
  }

  /** A plain copy of everything recorded (collectors run first). */
  snapshot(): Snapshot {
    for (const c of this.#collectors) c(this);
    const metrics: Record<string, SeriesData[]> = {};
    for (const def of METRICS) {
      const map = this.#series[def.index] as Map<string, Series>;
      if (map.size === 0) continue;
      const list: SeriesData[] = [];
      for (const s of map.values()) {
        if (def.kind !== 'histogram') {
          list.push({ labels: s.labels, value: s.value });
          continue;
        }
        const buckets: number[] = [];
        const counts = s.counts as Float64Array;
        for (let i = 0; i < counts.length; i++) if (counts[i] !== 0) buckets.push(i, counts[i] as number);
        list.push({ labels: s.labels, value: s.value, sum: s.sum, buckets });
      }
      metrics[def.name] = list;
    }
    return { since: this.since, metrics };
  }
}

/** Counts per slot of a histogram series (a dense copy of its sparse buckets). */
export function countsOf(series: SeriesData): Float64Array {
  const counts = new Float64Array(BUCKET_COUNT);
  const b = series.buckets ?? [];
  for (let i = 0; i + 1 < b.length; i += 2) counts[b[i] as number] = b[i + 1] as number;
  return counts;
}

function sparse(counts: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < counts.length; i++) if (counts[i] !== 0) out.push(i, counts[i] as number);
  return out;
}

const BY_NAME = new Map(METRICS.map((m) => [m.name, m]));

/**
 * A cluster's snapshots as one: counters and histograms added up, gauges by the metric's
 * `aggregate` (the largest data age, every version in use).
 */
export function mergeSnapshots(snapshots: readonly Snapshot[]): Snapshot {
  const since = snapshots.length === 0 ? Date.now() : Math.min(...snapshots.map((s) => s.since));
  const metrics: Record<string, SeriesData[]> = {};
  for (const def of METRICS) {
    const byKey = new Map<
      string,
      { labels: readonly string[]; value: number; sum: number; counts?: Float64Array }
    >();
    for (const snap of snapshots) {
      for (const s of snap.metrics[def.name] ?? []) {
        const key = keyOf(s.labels);
        let acc = byKey.get(key);
        if (acc === undefined) {
          acc = { labels: s.labels, value: def.aggregate === 'max' ? s.value : 0, sum: 0 };
          if (def.kind === 'histogram') acc.counts = new Float64Array(BUCKET_COUNT);
          byKey.set(key, acc);
          if (def.aggregate === 'max') continue;
        }
        if (def.aggregate === 'max') {
          acc.value = Math.max(acc.value, s.value);
          continue;
        }
        acc.value += s.value;
        if (acc.counts) {
          acc.sum += s.sum ?? 0;
          const b = s.buckets ?? [];
          for (let i = 0; i + 1 < b.length; i += 2)
            (acc.counts[b[i] as number] as number) += b[i + 1] as number;
        }
      }
    }
    if (byKey.size === 0) continue;
    metrics[def.name] = [...byKey.values()].map((a) =>
      a.counts
        ? { labels: a.labels, value: a.value, sum: a.sum, buckets: sparse(a.counts) }
        : { labels: a.labels, value: a.value },
    );
  }
  return { since, metrics };
}

/**
 * What happened from `previous` to `current` (both cumulative): counters and histograms as
 * differences (a series that went down was reset: all of it is new), gauges as they are now.
 * Series that did not move are left out.
 */
export function deltaSnapshot(previous: Snapshot | undefined, current: Snapshot): Snapshot {
  const metrics: Record<string, SeriesData[]> = {};
  for (const [name, list] of Object.entries(current.metrics)) {
    const def = BY_NAME.get(name);
    if (def === undefined) continue;
    if (def.kind === 'gauge') {
      metrics[name] = list.slice();
      continue;
    }
    const before = new Map((previous?.metrics[name] ?? []).map((s) => [keyOf(s.labels), s]));
    const out: SeriesData[] = [];
    for (const s of list) {
      const p = before.get(keyOf(s.labels));
      const reset = p !== undefined && s.value < p.value;
      const value = p === undefined || reset ? s.value : s.value - p.value;
      if (value === 0) continue;
      if (def.kind === 'counter') {
        out.push({ labels: s.labels, value });
        continue;
      }
      const counts = countsOf(s);
      if (p !== undefined && !reset) {
        const old = countsOf(p);
        for (let i = 0; i < counts.length; i++) (counts[i] as number) -= old[i] as number;
      }
      const sum = (s.sum ?? 0) - (p !== undefined && !reset ? (p.sum ?? 0) : 0);
      out.push({ labels: s.labels, value, sum, buckets: sparse(counts) });
    }
    if (out.length > 0) metrics[name] = out;
  }
  return { since: previous?.since ?? current.since, metrics };
}
