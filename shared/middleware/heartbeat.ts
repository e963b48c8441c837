/**
 * heartbeat: `GET|HEAD /health` answered first, before any other middleware, so load-balancer
 * probes never reach the access log, the throttle or the app (the original Go service's Heartbeat).
 * `200 ok` normally, `503 draining` once shutdown has begun, so the ALB stops sending traffic.
 */
import type { Handler, Middleware, NeutralRequest, NeutralResponse, RequestContext } from '../api/http.ts';
import { setNoCache } from './no-cache.ts';
import { REQUEST_ID_HEADER, requestIdFrom } from './request-id.ts';

/** The process's readiness, shared by the heartbeat, the app and the server's drain. */
export class Health {
  #draining = false;

  get draining(): boolean {
    return this.#draining;
  }

  /** From now on `/health` answers 503. Irreversible: a draining process only exits. */
  startDraining(): void {
    this.#draining = true;
  }
}

export const HEALTH_PATH = '/health';

/** `GET|HEAD /health` (any case): what the default heartbeat answers, for an adapter to let it pass first. */
export function isHeartbeat(req: {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
}): boolean {
  const m = req.method;
  if (m !== 'GET' && m !== 'HEAD') return false;
  const url = req.url ?? '';
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  return path.length === HEALTH_PATH.length && path.toLowerCase() === HEALTH_PATH;
}

export interface HeartbeatOptions {
  /** Default `/health`; matched case-insensitively, like the Go service. */
  readonly path?: string;
  readonly health?: Health;
}

/** The health answer itself (also used by the app when a request reaches it past the heartbeat). */
export function healthResponse(health: Health | undefined, req: NeutralRequest): NeutralResponse {
  const draining = health?.draining === true;
  const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8' };
  setNoCache(headers);
  headers[REQUEST_ID_HEADER] = requestIdFrom(req.headers[REQUEST_ID_HEADER], req.platformRequestId);
  return { status: draining ? 503 : 200, headers, body: draining ? 'draining' : 'ok' };
}

export function heartbeat(options: HeartbeatOptions = {}): Middleware {
  const path = (options.path ?? HEALTH_PATH).toLowerCase();
  const health = options.health;
  return function heartbeatMiddleware(next: Handler): Handler {
    return function heartbeatHandler(req: NeutralRequest, ctx: RequestContext): Promise<NeutralResponse> {
      if (
        (req.method === 'GET' || req.method === 'HEAD') &&
        req.path.length === path.length &&
        req.path.toLowerCase() === path
      ) {
        return Promise.resolve(healthResponse(health, req));
      }
      return next(req, ctx);
    };
  };
}
