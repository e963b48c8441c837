/**
 * Lambda's metrics through Powertools (`@aws-lambda-powertools/metrics`, EMF on stdout): the chain
 * records into a per-invocation buffer (and into a store since the instance started, for the
 * per-rule counters of `/admin/status`); at the end of each invocation `flush()` hands the
 * buffer to Powertools in one go: the metrics of each set of dimension values as one document
 * (the same projection the container's EMF writer uses, `shared/metrics/emf.ts`, so both runtimes
 * write the same names and dimensions), those with no dimension but `service` through the main
 * `Metrics` instance, which also carries Powertools' own `ColdStart` metric.
 */
import { Metrics, type MetricUnit } from '@aws-lambda-powertools/metrics';
import { emfDocuments } from '../../shared/metrics/emf.ts';
import type { MetricsHooks } from '../../shared/metrics/hooks.ts';
import { type GaugeCollector, tee } from '../../shared/metrics/recorder.ts';
import { MetricStore } from '../../shared/metrics/store.ts';

type Unit = (typeof MetricUnit)[keyof typeof MetricUnit];

export interface PowertoolsMetricsOptions {
  /** CloudWatch namespace (METRICS_NAMESPACE). */
  readonly namespace: string;
  /** The `service` dimension (POWERTOOLS_SERVICE_NAME, else SERVICE_NAME). */
  readonly serviceName: string;
}

export class PowertoolsMetrics {
  /** The main instance: `service`-only metrics and the cold start (captured the Powertools way). */
  readonly metrics: Metrics;
  /** One document per other set of dimension values, published one after the other. */
  readonly #grouped: Metrics;
  readonly #options: PowertoolsMetricsOptions;
  /** Since the instance started: the totals of `/admin/status`. */
  readonly #total = new MetricStore();
  #invocation = new MetricStore();
  readonly #collectors: GaugeCollector[] = [];
  readonly hooks: MetricsHooks;

  constructor(options: PowertoolsMetricsOptions) {
    this.#options = options;
    this.metrics = new Metrics({ namespace: options.namespace, serviceName: options.serviceName });
    this.#grouped = new Metrics({ namespace: options.namespace, serviceName: options.serviceName });
    const recorder = {
      count: (...a: Parameters<MetricStore['count']>) => this.#invocation.count(...a),
      observe: (...a: Parameters<MetricStore['observe']>) => this.#invocation.observe(...a),
      set: (...a: Parameters<MetricStore['set']>) => this.#invocation.set(...a),
    };
    this.hooks = {
      recorder: tee(recorder, this.#total),
      addCollector: (c) => {
        this.#collectors.push(c);
        this.#total.addCollector(c);
      },
      totals: async () => this.#total.snapshot(),
    };
  }

  /** Publishes what this invocation recorded (gauges read now), then starts a new buffer. */
  flush(): void {
    const buffer = this.#invocation;
    this.#invocation = new MetricStore();
    for (const c of this.#collectors) c(buffer);
    const docs = emfDocuments(
      buffer.snapshot(),
      { ...this.#options, service: this.#options.serviceName, runtime: 'lambda' },
      Date.now(),
    );
    for (const doc of docs) {
      const directive = doc._aws.CloudWatchMetrics[0];
      if (directive === undefined) continue;
      const dims = (directive.Dimensions[0] ?? []).filter((d) => d !== 'service');
      const target = dims.length === 0 ? this.metrics : this.#grouped;
      for (const d of dims) target.addDimension(d, String(doc[d]));
      for (const m of directive.Metrics) {
        const v = doc[m.Name] as number | number[];
        for (const x of Array.isArray(v) ? v : [v]) target.addMetric(m.Name, m.Unit as Unit, x);
      }
      if (target === this.#grouped) this.#grouped.publishStoredMetrics();
    }
    if (this.metrics.hasStoredMetrics()) this.metrics.publishStoredMetrics();
  }
}
