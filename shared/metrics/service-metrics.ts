/**
 * What the service records, in its own words: a request answered, a message classified, a read
 * of Parameter Store; and the gauges read at export (the data's age, the versions in use). Every
 * label value comes from a bounded set (see `catalog.ts`); this is the one place that turns the
 * service's facts into them.
 */
import type { Classifier, ClassifyDetail, Verdict } from '../classifier/index.ts';
import { BUILD } from '../version.ts';
import { METRIC } from './catalog.ts';
import type { GaugeCollector, Recorder } from './recorder.ts';
import { OVERFLOW_LABEL } from './store.ts';

/** Rule declarations in a YARA source, with their modifiers. */
const RULE_DECL = /^[ \t]*((?:(?:private|global)[ \t]+)*)rule[ \t]+([A-Za-z_][A-Za-z0-9_]{0,127})\b/gm;

/**
 * The rules a classifier loaded that can fire (private rules never show in hits), by name, with
 * the source (rule file or parameter) that declares each.
 */
export function declaredRules(classifier: Pick<Classifier, 'sources'>): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const s of classifier.sources) {
    for (const m of s.source.matchAll(RULE_DECL)) {
      const name = m[2] as string;
      if (!(m[1] as string).includes('private') && !out.has(name)) out.set(name, s.name);
    }
  }
  return out;
}

const ERROR_CODE = /^[a-z_]{1,64}$/;
/** Status codes as label strings, made once. */
const STATUS = Array.from({ length: 600 }, (_, i) => String(i));

function statusLabel(status: number): string {
  return (Number.isInteger(status) && STATUS[status]) || OVERFLOW_LABEL;
}

/** A fresh detail for `Classifier.classify` to fill in. */
export function newDetail(): ClassifyDetail {
  return { reason: undefined, phishing: false, hits: [], votes: [] };
}

/**
 * The reason label: the decision's step, except that a claim a phishing marker vetoed is named
 * for it (`phishing-over-transaction`, `phishing-over-promotion`): the claim reached its
 * threshold (as `decide` in `classifier/verdict.ts` checks it) and a phishing rule beat it.
 */
export function reasonLabel(classifier: Pick<Classifier, 'thresholds'>, detail: ClassifyDetail): string {
  const reason = detail.reason ?? 'unknown';
  if (!detail.phishing || reason === 'allow-rule' || reason === 'forced-rule' || reason === 'quoted-warning')
    return reason;
  let transaction = 0;
  let promotion = 0;
  for (const v of detail.votes) {
    if (v.action === 'transaction') transaction += v.weight;
    else if (v.action === 'promotion') promotion += v.weight;
  }
  const t = classifier.thresholds;
  if (transaction > 0 && transaction >= t.transaction) return 'phishing-over-transaction';
  if (promotion > 0 && promotion >= t.promotion) return 'phishing-over-promotion';
  return reason;
}

export interface ServiceMetricsOptions {
  /** The paths of the API: a request to any other path is counted under the route `other`. */
  readonly routes: readonly string[];
}

export class ServiceMetrics {
  readonly recorder: Recorder;
  readonly #routes: ReadonlySet<string>;
  /** The rule names of each classifier seen (a hot swap brings a new one). */
  readonly #rules = new WeakMap<Classifier, ReadonlyMap<string, string>>();

  constructor(recorder: Recorder, options: ServiceMetricsOptions) {
    if (recorder === undefined || typeof recorder.count !== 'function') {
      throw new TypeError('ServiceMetrics: recorder must be a Recorder');
    }
    if (!Array.isArray(options?.routes)) throw new TypeError('ServiceMetrics: options.routes must be a list');
    this.recorder = recorder;
    this.#routes = new Set(options.routes);
  }

  routeOf(path: string): string {
    return this.#routes.has(path) ? path : OVERFLOW_LABEL;
  }

  /** One answered request: its route, status, error code (of an error answer) and duration. */
  request(path: string, status: number, errorCode: string | undefined, durationMs: number): void {
    const route = this.routeOf(path);
    const s = statusLabel(status);
    const r = this.recorder;
    r.count(METRIC.Requests, [route, s]);
    r.observe(METRIC.RequestDuration, [route], durationMs);
    if (status >= 400) {
      const code = errorCode !== undefined && ERROR_CODE.test(errorCode) ? errorCode : OVERFLOW_LABEL;
      r.count(METRIC.ErrorResponses, [s, code]);
    }
  }

  /** The rule names a classifier loaded (and where each is declared). */
  rulesOf(classifier: Classifier): ReadonlyMap<string, string> {
    let rules = this.#rules.get(classifier);
    if (rules === undefined) {
      rules = declaredRules(classifier);
      this.#rules.set(classifier, rules);
    }
    return rules;
  }

  /** One message classified: its verdict, why, the rules that fired, how long it took. */
  classified(classifier: Classifier, verdict: Verdict, detail: ClassifyDetail, durationMs: number): void {
    const r = this.recorder;
    r.count(METRIC.Classifications, [verdict.action, verdict.subAction]);
    r.observe(METRIC.ClassifyDuration, [], durationMs);
    if (detail.reason === undefined) return; // a classifier that did not fill the detail in
    r.count(METRIC.VerdictReasons, [reasonLabel(classifier, detail)]);
    const known = this.rulesOf(classifier);
    for (const hit of detail.hits) {
      r.count(METRIC.RuleHits, [known.has(hit) ? hit : OVERFLOW_LABEL, verdict.action]);
    }
  }
}

/** One read of Parameter Store, by result. */
export function recordRefresh(recorder: Recorder, ok: boolean): void {
  recorder.count(METRIC.ParameterStoreRefreshes, [ok ? 'success' : 'failure']);
}

/** The build, rules and model in use, as the `Info` gauge (only the current versions). */
export function infoCollector(classifier: () => Classifier): GaugeCollector {
  return (r) => {
    const c = classifier();
    const model = c.model?.trainedOn.date ?? 'none';
    r.set(METRIC.Info, [BUILD.buildNumber, c.rulesVersion, model], 1, true);
  };
}

/** The age of the Parameter Store values in use (nothing while none were ever loaded). */
export function dataAgeCollector(ageSeconds: () => number | null): GaugeCollector {
  return (r) => {
    const age = ageSeconds();
    if (age !== null) r.set(METRIC.ParameterStoreDataAge, [], age);
  };
}
