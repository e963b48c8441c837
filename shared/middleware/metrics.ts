/**
 * metrics: the outermost middleware. Every answer the chain gives is counted once, when it is
 * known: requests by route and status, the duration from the request's arrival (`receivedAt`,
 * as the access log counts it) by route, and error answers by status and error code. Load
 * balancer probes of `/health` included (they are requests too); nothing about the request but
 * its path (a known route, else `other`), status and error code.
 */
import type { Handler, Middleware, NeutralRequest, NeutralResponse, RequestContext } from '../api/http.ts';
import { type Clock, monotonic } from '../clock.ts';
import type { ServiceMetrics } from '../metrics/service-metrics.ts';

export interface MetricsOptions {
  readonly metrics: ServiceMetrics;
  /** The clock of `req.receivedAt`; default `performance.now()`. */
  readonly now?: Clock;
}

export function metrics(options: MetricsOptions): Middleware {
  const m = options.metrics;
  if (m === undefined || typeof m.request !== 'function') {
    throw new TypeError('metrics: options.metrics must be a ServiceMetrics');
  }
  const now = options.now ?? monotonic;
  return function metricsMiddleware(next: Handler): Handler {
    return async function metricsHandler(req: NeutralRequest, ctx: RequestContext): Promise<NeutralResponse> {
      const start = req.receivedAt ?? now();
      let res: NeutralResponse;
      try {
        res = await next(req, ctx);
      } catch (err) {
        m.request(req.path, 500, 'internal_error', now() - start);
        throw err;
      }
      m.request(req.path, res.status, res.errorCode, now() - start);
      return res;
    };
  };
}
