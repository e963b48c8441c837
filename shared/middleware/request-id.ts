/**
 * request id: every request gets an id, echoed as `X-Request-Id` and put in the access log.
 * An incoming id is kept only if it is short and plain (`[A-Za-z0-9._-]{1,64}`), so a client
 * cannot inject anything into our logs; otherwise we make one: a random per-process prefix and a
 * counter (no crypto call per request, unique across workers and restarts).
 */
import { randomBytes } from 'node:crypto';
import type { Handler, Middleware, NeutralRequest, NeutralResponse, RequestContext } from '../api/http.ts';

export const REQUEST_ID_HEADER = 'x-request-id';
const VALID_ID = /^[A-Za-z0-9._-]{1,64}$/;

const PREFIX = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x');
let counter = 0;

/** A new id: `<12 random chars>-<counter in base 36>`. */
export function newRequestId(): string {
  counter++;
  return `${PREFIX}-${counter.toString(36)}`;
}

export function isValidRequestId(id: string | undefined): id is string {
  return id !== undefined && VALID_ID.test(id);
}

/** The incoming id if it is acceptable, else the platform's (API Gateway's), else a new one. */
export function requestIdFrom(incoming: string | undefined, platformId?: string): string {
  if (isValidRequestId(incoming)) return incoming;
  return platformId || newRequestId();
}

export interface RequestIdOptions {
  /** Lower-case header name; default `x-request-id`. */
  readonly header?: string;
}

export function requestId(options: RequestIdOptions = {}): Middleware {
  const header = options.header ?? REQUEST_ID_HEADER;
  return function requestIdMiddleware(next: Handler): Handler {
    return async function requestIdHandler(
      req: NeutralRequest,
      ctx: RequestContext,
    ): Promise<NeutralResponse> {
      const id = requestIdFrom(req.headers[header], req.platformRequestId);
      ctx.requestId = id;
      const res = await next(req, ctx);
      res.headers[header] = id;
      return res;
    };
  };
}
