/**
 * The Prometheus exposition of a (cluster-wide) snapshot, written by prom-client: each catalog
 * metric becomes prom-client's metric JSON (what `registry.getMetricsAsJSON()` gives) and
 * prom-client's `AggregatorRegistry.aggregate` turns it into a registry whose `metrics()` is the
 * text format. Histograms are recorded in ms and exposed in seconds (`_seconds`), with the powers
 * of two of the store's buckets as `le` bounds (62.5 µs to 32.8 s, then +Inf).
 */
import { AggregatorRegistry } from 'prom-client';
import { PROMETHEUS_BOUNDS_MS, slotOfBound } from '../../shared/metrics/buckets.ts';
import { METRICS, type MetricDef } from '../../shared/metrics/catalog.ts';
import { countsOf, type SeriesData, type Snapshot } from '../../shared/metrics/store.ts';

export const PROMETHEUS_CONTENT_TYPE = AggregatorRegistry.PROMETHEUS_CONTENT_TYPE;

type Labels = Record<string, string | number>;
interface Value {
  value: number;
  labels: Labels;
  metricName?: string;
}

const SLOTS = PROMETHEUS_BOUNDS_MS.map(slotOfBound);
const LE = PROMETHEUS_BOUNDS_MS.map((ms) => String(ms / 1000));

function labelsOf(def: MetricDef, s: SeriesData): Labels {
  const out: Labels = {};
  def.labels.forEach((l, i) => {
    out[l.prom] = s.labels[i] as string;
  });
  return out;
}

function histogramValues(def: MetricDef, s: SeriesData, into: Value[]): void {
  const labels = labelsOf(def, s);
  const counts = countsOf(s);
  let cumulative = 0;
  let slot = 0;
  SLOTS.forEach((bound, i) => {
    for (; slot <= bound; slot++) cumulative += counts[slot] as number;
    into.push({
      value: cumulative,
      labels: { ...labels, le: LE[i] as string },
      metricName: `${def.prom}_bucket`,
    });
  });
  into.push({ value: s.value, labels: { ...labels, le: '+Inf' }, metricName: `${def.prom}_bucket` });
  into.push({ value: (s.sum ?? 0) / 1000, labels, metricName: `${def.prom}_sum` });
  into.push({ value: s.value, labels, metricName: `${def.prom}_count` });
}

/** The snapshot as prom-client metric JSON (catalog metrics only; runtime-foreign ones left out). */
export function promJson(snapshot: Snapshot): object[] {
  const out: object[] = [];
  for (const def of METRICS) {
    if (def.runtime === 'lambda') continue;
    const values: Value[] = [];
    for (const s of snapshot.metrics[def.name] ?? []) {
      if (def.kind === 'histogram') histogramValues(def, s, values);
      else values.push({ value: s.value, labels: labelsOf(def, s) });
    }
    out.push({ name: def.prom, help: def.help, type: def.kind, aggregator: 'sum', values });
  }
  return out;
}

/** The text exposition (`text/plain; version=0.0.4`). */
export function prometheusText(snapshot: Snapshot): Promise<string> {
  return AggregatorRegistry.aggregate([promJson(snapshot)]).metrics();
}
