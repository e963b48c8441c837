/**
 * The composition root both runtimes use: configuration in, a ready `Handler` out.
 *
 *   [metrics] -> heartbeat -> request id -> real IP -> access log -> no-cache -> throttle -> timeout -> recoverer -> app
 *
 * (the original Go service's order). With `throttle.at: 'arrival'` the throttle is not in the chain:
 * the adapter admits each request as it arrives (`service.throttle`). The classifier source is pluggable so the Parameter Store
 * layer can hot-swap rules (`options.classifier`) and provide the operator hooks (`options.admin`).
 */
import { App, PATHS } from './api/app.ts';
import { AuthFailures } from './api/auth-failures.ts';
import type { AdminHooks, Handler, Middleware } from './api/http.ts';
import { compose } from './api/http.ts';
import { type Classifier, createClassifier } from './classifier/index.ts';
import { type Clock, monotonic } from './clock.ts';
import type { ServiceConfig } from './config.ts';
import { createLogger, type Log } from './logger.ts';
import type { MetricsHooks } from './metrics/hooks.ts';
import { ruleHitsDocument } from './metrics/rule-hits.ts';
import { infoCollector, ServiceMetrics } from './metrics/service-metrics.ts';
import { accessLog } from './middleware/access-log.ts';
import { Health, heartbeat } from './middleware/heartbeat.ts';
import { metrics as metricsMiddleware } from './middleware/metrics.ts';
import { noCache } from './middleware/no-cache.ts';
import { realIp } from './middleware/real-ip.ts';
import { recoverer } from './middleware/recoverer.ts';
import { requestId } from './middleware/request-id.ts';
import { type Throttle, type ThrottleOptions, throttleWithOptions } from './middleware/throttle.ts';
import { timeout } from './middleware/timeout.ts';

export interface ServiceOptions {
  /** The classifier in use now; called per request. Default: one `createClassifier()` built here. */
  readonly classifier?: () => Classifier;
  /** Operator endpoints (`/v1/explain`, `/admin/*`); without hooks they answer 404. */
  readonly admin?: AdminHooks;
  /** Default: a Powertools logger from the config (service name, level) writing to stdout. */
  readonly logger?: Log;
  /** Shared with the server's drain; default: a new one. */
  readonly health?: Health;
  /**
   * The in-flight throttle (default: none; a Lambda instance serves one request at a time, its
   * concurrency is Lambda's). `at: 'chain'` (default) puts it in the middleware chain; `at:
   * 'arrival'` leaves it out: the adapter takes a slot from `service.throttle` as each request
   * arrives, before its body is read, and gives it back once the answer is written. The container
   * needs that: classification is synchronous, so inside the chain one request never sees another
   * in flight.
   */
  readonly throttle?: ThrottleOptions & { readonly at?: 'chain' | 'arrival' };
  /**
   * Middleware around the app, inside the shared chain (within the deadline and the recoverer):
   * the Lambda's on-demand Parameter Store refresh.
   */
  readonly inner?: readonly Middleware[];
  /** Extra facts for `/admin/status` under `runtime`. */
  readonly runtimeStatus?: () => Record<string, unknown>;
  /**
   * Apple app ids for the association file, read per request so Parameter Store can change them
   * (`<prefix>/apple-app-ids`). Default: `config.appleAppIds`.
   */
  readonly appleAppIds?: () => readonly string[];
  /**
   * The access log's `senderHash`: a keyed hash of the sender (the secrets layer's `hashSender`),
   * undefined when no key is configured. Never the sender itself.
   */
  readonly hashSender?: (sender: string) => string | undefined;
  /** The clock of `receivedAt`, durations and deadlines; default `performance.now()`. */
  readonly now?: Clock;
  /**
   * Where the chain records its metrics (`shared/metrics/`): the container's store, Lambda's
   * Powertools. None (METRICS=false): nothing is recorded and the middleware is not in the chain.
   */
  readonly metrics?: MetricsHooks;
}

export interface Service {
  /** The app wrapped in the runtime-neutral middleware chain both runtimes share. */
  readonly handler: Handler;
  /** Routes only: throws named errors instead of answering them. */
  readonly app: Handler;
  classifier(): Classifier;
  readonly health: Health;
  readonly logger: Log;
  readonly config: ServiceConfig;
  /** The throttle's counters (in flight, queued, rejected), when the throttle is on. */
  readonly throttle: Throttle | undefined;
  /** `arrival`: the throttle is not in the chain, the adapter admits requests with `throttle`. */
  readonly throttleAt: 'chain' | 'arrival';
  /** The middleware's clock: an adapter stamps `receivedAt` with it. */
  readonly now: Clock;
  /** What the chain records, when metrics are on. */
  readonly metrics: ServiceMetrics | undefined;
}

export function createService(config: ServiceConfig, options: ServiceOptions = {}): Service {
  const logger = options.logger ?? createLogger({ serviceName: config.serviceName, level: config.logLevel });
  const health = options.health ?? new Health();
  const now = options.now ?? monotonic;
  let classifier = options.classifier;
  if (!classifier) {
    const built = createClassifier();
    classifier = () => built;
  }
  const throttle = options.throttle ? throttleWithOptions(options.throttle) : undefined;
  const extra = options.runtimeStatus;
  const runtimeStatus = (): Record<string, unknown> => ({
    ...(throttle ? { throttle: throttle.throttle.stats() } : {}),
    ...extra?.(),
  });
  const hooks = options.metrics;
  const serviceMetrics = hooks
    ? new ServiceMetrics(hooks.recorder, { routes: Object.values(PATHS) })
    : undefined;
  if (hooks) hooks.addCollector(infoCollector(classifier));
  const totals = hooks?.totals;
  const live = classifier;
  const app = new App({
    classifier,
    appleAppIds: options.appleAppIds ?? config.appleAppIds,
    maxBodyBytes: config.maxBodyBytes,
    health,
    runtimeStatus,
    ...(options.admin ? { admin: options.admin } : {}),
    authFailures: new AuthFailures({
      limit: config.adminAuthFailureLimit,
      windowMs: config.adminAuthFailureWindowSeconds * 1000,
      now,
    }),
    logger,
    now,
    ...(serviceMetrics ? { metrics: serviceMetrics } : {}),
    ...(serviceMetrics && totals
      ? { ruleHits: async () => ruleHitsDocument(await totals(), serviceMetrics.rulesOf(live())) }
      : {}),
  }).handle;

  const chain: Middleware[] = [];
  // outermost: every answer is counted, load-balancer probes included
  if (serviceMetrics) chain.push(metricsMiddleware({ metrics: serviceMetrics, now }));
  chain.push(heartbeat({ health }), requestId(), realIp({ trustedProxies: config.trustedProxies }));
  if (config.accessLog) {
    chain.push(accessLog({ logger, now, ...(options.hashSender ? { hashSender: options.hashSender } : {}) }));
  }
  chain.push(noCache());
  const throttleAt = options.throttle?.at ?? 'chain';
  if (throttle && throttleAt === 'chain') chain.push(throttle);
  chain.push(timeout(config.timeoutMs, now), recoverer({ logger }));

  return {
    handler: compose(chain, options.inner ? compose(options.inner, app) : app),
    app,
    classifier,
    health,
    logger,
    config,
    throttle: throttle?.throttle,
    throttleAt,
    now,
    metrics: serviceMetrics,
  };
}
