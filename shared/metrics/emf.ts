/**
 * CloudWatch embedded metric format (EMF) documents for what happened in one interval (a
 * `deltaSnapshot`): one document per set of dimension values, holding every metric recorded with
 * exactly those dimensions, as the specification has it:
 *
 *   {"_aws":{"Timestamp":<epoch ms>,"CloudWatchMetrics":[{"Namespace":"smsjunk",
 *     "Dimensions":[["service","Route","Status"]],"Metrics":[{"Name":"Requests","Unit":"Count"}]}]},
 *    "service":"smsjunk","Route":"/v1/classify","Status":"200","Requests":1234}
 *
 * A counter is its count in the interval; a histogram at most 100 values standing for its
 * distribution (`quantilePoints`: CloudWatch's percentiles over them are the interval's, its
 * SampleCount is not the number of requests: count those with the counters); a gauge its value
 * now. Labels that are not dimensions (a rule hit's verdict action) are added over. Nothing that
 * did not move is written. Lambda's documents come from Powertools in the same shape.
 */
import { BUCKET_COUNT, MAX_EMF_VALUES, quantilePoints } from './buckets.ts';
import { METRICS, type MetricDef, type MetricRuntime } from './catalog.ts';
import { countsOf, type SeriesData, type Snapshot } from './store.ts';

export interface EmfOptions {
  /** CloudWatch namespace (METRICS_NAMESPACE). */
  readonly namespace: string;
  /** The `service` dimension of every metric (SERVICE_NAME). */
  readonly service: string;
  /** The metrics this runtime writes (the others are not exported even if recorded). */
  readonly runtime: Exclude<MetricRuntime, 'both'>;
}

/** The specification's limits: metrics per directive, dimensions per set. */
const MAX_METRICS = 100;

export type EmfDocument = Record<string, unknown> & {
  readonly _aws: {
    readonly Timestamp: number;
    readonly CloudWatchMetrics: readonly {
      readonly Namespace: string;
      readonly Dimensions: readonly (readonly string[])[];
      readonly Metrics: readonly { readonly Name: string; readonly Unit: string }[];
    }[];
  };
};

interface Projected {
  readonly dims: readonly string[];
  readonly values: readonly string[];
  value: number;
  counts: Float64Array | undefined;
}

/** The series of one metric projected on its dimensions (labels that are not dimensions added over). */
function project(def: MetricDef, list: readonly SeriesData[]): Projected[] {
  const keep: number[] = [];
  const dims: string[] = [];
  def.labels.forEach((l, i) => {
    if (l.emf !== null) {
      keep.push(i);
      dims.push(l.emf);
    }
  });
  const byKey = new Map<string, Projected>();
  for (const s of list) {
    const values = keep.map((i) => s.labels[i] as string);
    const key = values.join('\u001f');
    let p = byKey.get(key);
    if (p === undefined) {
      p = {
        dims,
        values,
        value: def.kind === 'gauge' ? s.value : 0,
        counts: def.kind === 'histogram' ? new Float64Array(BUCKET_COUNT) : undefined,
      };
      byKey.set(key, p);
      if (def.kind === 'gauge') continue;
    }
    if (def.kind === 'gauge') {
      p.value = Math.max(p.value, s.value);
      continue;
    }
    p.value += s.value;
    if (p.counts) {
      const c = countsOf(s);
      for (let i = 0; i < c.length; i++) (p.counts[i] as number) += c[i] as number;
    }
  }
  return [...byKey.values()];
}

/** The EMF documents of one interval, stamped `timestamp` (epoch ms). */
export function emfDocuments(delta: Snapshot, options: EmfOptions, timestamp: number): EmfDocument[] {
  const groups = new Map<
    string,
    { dims: readonly string[]; values: readonly string[]; metrics: [MetricDef, number | number[]][] }
  >();
  for (const def of METRICS) {
    if (def.external || (def.runtime !== 'both' && def.runtime !== options.runtime)) continue;
    const list = delta.metrics[def.name];
    if (!list) continue;
    for (const p of project(def, list)) {
      let value: number | number[];
      if (p.counts) {
        value = quantilePoints(p.counts, MAX_EMF_VALUES);
        if (value.length === 0) continue;
      } else {
        if (def.kind === 'counter' && p.value === 0) continue;
        value = p.value;
      }
      const key = `${p.dims.join('\u001f')}\u001e${p.values.join('\u001f')}`;
      let g = groups.get(key);
      if (g === undefined) {
        g = { dims: p.dims, values: p.values, metrics: [] };
        groups.set(key, g);
      }
      g.metrics.push([def, value]);
    }
  }
  const docs: EmfDocument[] = [];
  for (const g of groups.values()) {
    for (let start = 0; start < g.metrics.length; start += MAX_METRICS) {
      const part = g.metrics.slice(start, start + MAX_METRICS);
      const doc: Record<string, unknown> = {
        _aws: {
          Timestamp: Math.round(timestamp),
          CloudWatchMetrics: [
            {
              Namespace: options.namespace,
              Dimensions: [['service', ...g.dims]],
              Metrics: part.map(([def]) => ({ Name: def.name, Unit: def.unit })),
            },
          ],
        },
        service: options.service,
      };
      g.dims.forEach((d, i) => {
        doc[d] = g.values[i];
      });
      for (const [def, value] of part) doc[def.name] = value;
      docs.push(doc as EmfDocument);
    }
  }
  return docs;
}
