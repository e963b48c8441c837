/**
 * The routes: a neutral request in, a neutral response out; the same in every runtime.
 *
 *   POST     /v1/classify                               Apple's deferral body -> {"action","subAction"}
 *   GET|HEAD /health                                    (normally answered earlier, by the heartbeat)
 *   GET|HEAD /version                                   build stamp, rules version, runtime
 *   GET|HEAD /.well-known/apple-app-site-association    {"messagefilter":{"apps":[...]}}
 *   POST     /v1/explain, GET /admin/status, POST /admin/refresh
 *            operator endpoints: only with AdminHooks, behind `Authorization: Bearer <token>`;
 *            a client with too many failed tokens gets 429 for a while (`auth-failures.ts`)
 *
 * Failures are thrown as named errors (`errors.ts`); the recoverer (or the Lambda `onError`) maps
 * them. Unknown path 404, known path with another method 405 with `Allow`.
 */
import type { Classifier, Verdict } from '../classifier/index.ts';
import { type Clock, monotonic } from '../clock.ts';
import type { Log } from '../logger.ts';
import { newDetail, type ServiceMetrics } from '../metrics/service-metrics.ts';
import { type Health, healthResponse } from '../middleware/heartbeat.ts';
import type { AuthFailures } from './auth-failures.ts';
import {
  appSiteAssociation,
  DEFAULT_MAX_BODY_BYTES,
  JSON_CONTENT_TYPE,
  parseClassifyRequest,
  verdictBody,
  versionDocument,
} from './contract.ts';
import {
  MethodNotAllowedError,
  NotFoundError,
  TooManyAuthFailuresError,
  UnauthorizedError,
} from './errors.ts';
import type { AdminHooks, Handler, NeutralRequest, NeutralResponse, RequestContext } from './http.ts';

export interface AppOptions {
  /** The classifier to use for this request: called per request, so a new one can be swapped in. */
  readonly classifier: () => Classifier;
  /**
   * `TEAMID.bundle.id` list for apple-app-site-association: a fixed list, or a getter called per
   * request (the Parameter Store list can change while the process runs).
   */
  readonly appleAppIds?: readonly string[] | (() => readonly string[]);
  readonly maxBodyBytes?: number;
  /** Operator endpoints exist only with hooks. */
  readonly admin?: AdminHooks;
  readonly health?: Health;
  /** Facts about this process added to `/admin/status` as `runtime` (throttle depth, pid, uptime). */
  readonly runtimeStatus?: () => Record<string, unknown>;
  /** Limits failed operator authentications per client (none: no limit). */
  readonly authFailures?: AuthFailures;
  /** Where failed authentications are logged (WARN, never the token). */
  readonly logger?: Log;
  /** Records each classification (verdict, reason, rule hits, duration); none: nothing recorded. */
  readonly metrics?: ServiceMetrics;
  /**
   * The per-rule counters for `/admin/status` (`ruleHits`): hits per rule and per action since
   * start, over every process of this instance.
   */
  readonly ruleHits?: () => Promise<object>;
  /** The clock of the classify duration; default `performance.now()`. */
  readonly now?: Clock;
}

type RouteHandler = (req: NeutralRequest, ctx: RequestContext) => Promise<NeutralResponse> | NeutralResponse;

interface Route {
  readonly methods: ReadonlyMap<string, RouteHandler>;
  readonly allow: readonly string[];
  /** Behind `AdminHooks.authorize`: 404 when disabled, 401 when unauthorized. */
  readonly admin: boolean;
}

export const PATHS = {
  classify: '/v1/classify',
  explain: '/v1/explain',
  health: '/health',
  version: '/version',
  appSiteAssociation: '/.well-known/apple-app-site-association',
  adminStatus: '/admin/status',
  adminRefresh: '/admin/refresh',
} as const;

function json(status: number, body: string): NeutralResponse {
  return { status, headers: { 'content-type': JSON_CONTENT_TYPE }, body };
}

export class App {
  readonly #options: AppOptions;
  readonly #maxBodyBytes: number;
  readonly #appleAppIds: () => readonly string[];
  readonly #now: Clock;
  /** The association body of the last list seen: rebuilt only when the list changes. */
  #aasa: { ids: readonly string[]; body: string } | undefined;
  readonly #routes = new Map<string, Route>();

  constructor(options: AppOptions) {
    this.#options = options;
    this.#maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.#now = options.now ?? monotonic;
    const ids = options.appleAppIds ?? [];
    this.#appleAppIds = typeof ids === 'function' ? ids : () => ids;
    this.#route(PATHS.classify, { POST: (req, ctx) => this.classify(req, ctx) });
    this.#route(PATHS.health, {
      GET: (req) => healthResponse(options.health, req),
    });
    this.#route(PATHS.version, { GET: () => this.version() });
    this.#route(PATHS.appSiteAssociation, { GET: () => this.appSiteAssociation() });
    if (options.admin) {
      this.#route(PATHS.explain, { POST: (req) => this.explain(req) }, true);
      this.#route(PATHS.adminStatus, { GET: () => this.status() }, true);
      this.#route(PATHS.adminRefresh, { POST: () => this.refresh() }, true);
    }
  }

  #route(path: string, handlers: Record<string, RouteHandler>, admin = false): void {
    const methods = new Map(Object.entries(handlers));
    const get = methods.get('GET');
    if (get && !methods.has('HEAD')) methods.set('HEAD', get);
    this.#routes.set(path, { methods, allow: [...methods.keys()], admin });
  }

  /** The Handler: route, authorise, dispatch. */
  readonly handle: Handler = async (req, ctx) => {
    if (req.bodyError) throw req.bodyError;
    const route = this.#routes.get(req.path);
    if (!route) throw new NotFoundError();
    if (route.admin) this.#authorize(req, ctx);
    const handler = route.methods.get(req.method);
    if (!handler) throw new MethodNotAllowedError(route.allow);
    return handler(req, ctx);
  };

  #authorize(req: NeutralRequest, ctx: RequestContext): void {
    const admin = this.#options.admin;
    const verdict = admin ? admin.authorize(req.headers.authorization) : 'disabled';
    if (verdict === 'disabled') throw new NotFoundError();
    const failures = this.#options.authFailures;
    const ip = ctx.clientIp;
    const waitMs = failures?.blockedFor(ip) ?? 0;
    if (waitMs > 0) throw new TooManyAuthFailuresError(Math.ceil(waitMs / 1000));
    if (verdict === 'ok') {
      failures?.succeed(ip);
      return;
    }
    const count = failures?.fail(ip) ?? 0;
    const fields = {
      clientIp: ip,
      method: req.method,
      path: req.path,
      requestId: ctx.requestId,
      failures: count,
    };
    this.#options.logger?.warn('admin authentication failed', fields);
    if (failures && count === failures.limit) {
      this.#options.logger?.warn('admin authentication blocked for this client', {
        ...fields,
        retryAfterSeconds: Math.ceil(failures.blockedFor(ip) / 1000),
      });
    }
    throw new UnauthorizedError();
  }

  classify(req: NeutralRequest, ctx: RequestContext): NeutralResponse {
    const input = parseClassifyRequest(req, this.#maxBodyBytes);
    // For the access log's keyed `senderHash` (when a hash key is configured); never logged raw.
    if (input.sender !== '') ctx.sender = input.sender;
    const classifier = this.#options.classifier();
    const metrics = this.#options.metrics;
    let verdict: Verdict;
    if (metrics === undefined) {
      verdict = classifier.classify(input);
    } else {
      const now = this.#now;
      const detail = newDetail();
      const start = now();
      verdict = classifier.classify(input, detail);
      metrics.classified(classifier, verdict, detail, now() - start);
    }
    ctx.logFields.action = verdict.action;
    ctx.logFields.subAction = verdict.subAction;
    return json(200, verdictBody(verdict));
  }

  explain(req: NeutralRequest): NeutralResponse {
    const input = parseClassifyRequest(req, this.#maxBodyBytes);
    return json(200, JSON.stringify(this.#options.classifier().explain(input)));
  }

  appSiteAssociation(): NeutralResponse {
    const ids = this.#appleAppIds();
    let aasa = this.#aasa;
    if (aasa === undefined || aasa.ids !== ids) {
      aasa = { ids, body: JSON.stringify(appSiteAssociation(ids)) };
      this.#aasa = aasa;
    }
    return json(200, aasa.body);
  }

  version(): NeutralResponse {
    return json(200, JSON.stringify(versionDocument(this.#options.classifier())));
  }

  async status(): Promise<NeutralResponse> {
    const doc = await (this.#options.admin as AdminHooks).status();
    const ruleHits = this.#options.ruleHits ? await this.#options.ruleHits() : { enabled: false };
    const runtime = this.#options.runtimeStatus?.();
    return json(200, JSON.stringify(runtime ? { ...doc, ruleHits, runtime } : { ...doc, ruleHits }));
  }

  /**
   * 200 when everything read is in use; when the report says `ok: false`, 502 if Parameter Store
   * could not be read, else 422 (rules refused, an unusable setting): `curl -f` fails either way.
   */
  async refresh(): Promise<NeutralResponse> {
    const report = await (this.#options.admin as AdminHooks).refresh();
    return json(refreshStatus(report), JSON.stringify(report));
  }
}

function refreshStatus(report: Record<string, unknown>): number {
  if (report.ok !== false) return 200;
  const errors = Array.isArray(report.errors) ? (report.errors as { kind?: unknown }[]) : [];
  return errors.some((e) => e?.kind === 'parameter-store') ? 502 : 422;
}

export function createApp(options: AppOptions): Handler {
  return new App(options).handle;
}
