/**
 * The one set of metrics, named once for every runtime and exporter: each metric's CloudWatch
 * (EMF) name and unit, its Prometheus family name, its labels (a Prometheus label name and the EMF
 * dimension it becomes, if any), which runtime records it, and how a cluster's workers add up.
 *
 * Every label value is from a closed or bounded set: a route of the API or `other`, a status
 * code, Apple's actions, the verdict's reasons, an error code, a rule of the loaded set, a
 * result, a version. Never message text, a sender, a token or a client address.
 *
 *   EMF (Lambda through Powertools, the container aggregated per interval): namespace
 *   METRICS_NAMESPACE, dimensions `service` (SERVICE_NAME) plus the metric's own.
 *   Prometheus (the container's `GET /metrics` on METRICS_PORT): `smsjunk_*`, histograms in seconds.
 */

export type MetricKind = 'counter' | 'histogram' | 'gauge';

/** Where a metric is recorded: by the shared chain (both), or only by one runtime. */
export type MetricRuntime = 'both' | 'lambda' | 'container';

/** CloudWatch units the catalog uses (a subset of Powertools' `MetricUnit`). */
export type MetricUnit = 'Count' | 'Milliseconds' | 'Seconds' | 'None';

export interface LabelDef {
  /** Prometheus label name. */
  readonly prom: string;
  /** EMF dimension name; null: not a dimension (EMF adds over it). */
  readonly emf: string | null;
}

export interface MetricDef {
  /** Position in `METRICS` (the store's index). */
  readonly index: number;
  /** CloudWatch metric name (EMF). */
  readonly name: string;
  /** Prometheus family name. */
  readonly prom: string;
  readonly kind: MetricKind;
  /** CloudWatch unit. Histograms are recorded in milliseconds and exported to Prometheus in seconds. */
  readonly unit: MetricUnit;
  readonly labels: readonly LabelDef[];
  readonly help: string;
  readonly runtime: MetricRuntime;
  /** How the values of a cluster's workers combine: counters and histograms add up; gauges as said. */
  readonly aggregate: 'sum' | 'max';
  /** Recorded by a library rather than through the recorder (Powertools' cold start). */
  readonly external?: boolean;
}

function label(prom: string, emf: string | null): LabelDef {
  return { prom, emf };
}

const ROUTE = label('route', 'Route');
const STATUS = label('status', 'Status');

type Draft = Omit<MetricDef, 'index' | 'aggregate'> & { readonly aggregate?: 'sum' | 'max' };

const DRAFTS = [
  {
    name: 'Requests',
    prom: 'smsjunk_requests_total',
    kind: 'counter',
    unit: 'Count',
    labels: [ROUTE, STATUS],
    help: 'Requests answered, by route (`other` for an unknown path) and status.',
    runtime: 'both',
  },
  {
    name: 'RequestDuration',
    prom: 'smsjunk_request_duration_seconds',
    kind: 'histogram',
    unit: 'Milliseconds',
    labels: [ROUTE],
    help: 'Time from arrival to answer (body, queue and handler time), by route.',
    runtime: 'both',
  },
  {
    name: 'ErrorResponses',
    prom: 'smsjunk_error_responses_total',
    kind: 'counter',
    unit: 'Count',
    labels: [STATUS, label('code', 'Code')],
    help: 'Error answers by status and error code (429 too_many_requests, 503 timeout, 4xx codes...).',
    runtime: 'both',
  },
  {
    name: 'Classifications',
    prom: 'smsjunk_classifications_total',
    kind: 'counter',
    unit: 'Count',
    labels: [label('action', 'Action'), label('sub_action', 'SubAction')],
    help: "Messages classified, by Apple's action and sub-action.",
    runtime: 'both',
  },
  {
    name: 'VerdictReasons',
    prom: 'smsjunk_verdict_reasons_total',
    kind: 'counter',
    unit: 'Count',
    labels: [label('reason', 'Reason')],
    help: 'Messages classified, by the step of the decision that gave the verdict (phishing-over-transaction: a phishing rule beat a transaction claim).',
    runtime: 'both',
  },
  {
    name: 'ClassifyDuration',
    prom: 'smsjunk_classify_duration_seconds',
    kind: 'histogram',
    unit: 'Milliseconds',
    labels: [],
    help: 'Time the classifier took for one message (normalise, scan, score, decide).',
    runtime: 'both',
  },
  {
    name: 'RuleHits',
    prom: 'smsjunk_rule_hits_total',
    kind: 'counter',
    unit: 'Count',
    labels: [label('rule', 'Rule'), label('action', null)],
    help: "Messages a rule fired on, by rule (the loaded pack's and hot rules) and the verdict's action.",
    runtime: 'both',
  },
  {
    name: 'ParameterStoreRefreshes',
    prom: 'smsjunk_parameter_store_refreshes_total',
    kind: 'counter',
    unit: 'Count',
    labels: [label('result', 'Result')],
    help: 'Reads of Parameter Store, by result (success, failure).',
    runtime: 'both',
  },
  {
    name: 'ParameterStoreDataAge',
    prom: 'smsjunk_parameter_store_data_age_seconds',
    kind: 'gauge',
    unit: 'Seconds',
    labels: [],
    help: 'Age of the Parameter Store values in use (oldest worker).',
    runtime: 'both',
    aggregate: 'max',
  },
  {
    name: 'Info',
    prom: 'smsjunk_info',
    kind: 'gauge',
    unit: 'Count',
    labels: [
      label('build', 'Build'),
      label('rules_version', 'RulesVersion'),
      label('model_version', 'ModelVersion'),
    ],
    help: "1 for the build, rules version and model version in use (the model's training date).",
    runtime: 'both',
    aggregate: 'max',
  },
  {
    name: 'ColdStart',
    prom: 'smsjunk_cold_starts_total',
    kind: 'counter',
    unit: 'Count',
    labels: [],
    help: 'Lambda cold starts (recorded by Powertools, with the function_name dimension).',
    runtime: 'lambda',
    external: true,
  },
  {
    name: 'WorkerRestarts',
    prom: 'smsjunk_worker_restarts_total',
    kind: 'counter',
    unit: 'Count',
    labels: [],
    help: 'Cluster workers that died and were replaced.',
    runtime: 'container',
  },
  {
    name: 'EventLoopDelay',
    prom: 'smsjunk_event_loop_delay_seconds',
    kind: 'histogram',
    unit: 'Milliseconds',
    labels: [],
    help: "How late a worker's event loop ran a timer (sampled every 100 ms): time a request could not be read.",
    runtime: 'container',
  },
] as const satisfies readonly Draft[];

export type MetricName = (typeof DRAFTS)[number]['name'];

/** Every metric, in catalog order. */
export const METRICS: readonly MetricDef[] = DRAFTS.map((d, index) => ({
  ...(d as Draft),
  index,
  aggregate: (d as Draft).aggregate ?? 'sum',
}));

export const METRIC: Readonly<Record<MetricName, MetricDef>> = Object.fromEntries(
  METRICS.map((m) => [m.name, m]),
) as Record<MetricName, MetricDef>;

/** The metrics a runtime records (the shared ones and its own). */
export function metricsOf(runtime: 'lambda' | 'container'): MetricDef[] {
  return METRICS.filter((m) => m.runtime === 'both' || m.runtime === runtime);
}

/** The EMF dimension names of a metric, in label order. */
export function dimensionsOf(def: MetricDef): string[] {
  const out: string[] = [];
  for (const l of def.labels) if (l.emf !== null) out.push(l.emf);
  return out;
}
