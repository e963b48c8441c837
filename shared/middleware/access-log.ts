/**
 * access log: one Powertools JSON line per request, written after the answer is known:
 * method, path, status, bytes, durationMs, requestId, clientIp, userAgent, and whatever facts the
 * handler put in `ctx.logFields` (the verdict, never the text). Never the message text, the raw
 * sender, the query string, the Authorization header or any other header.
 */
import type { Handler, Middleware, NeutralRequest, NeutralResponse, RequestContext } from '../api/http.ts';
import type { Logger } from '../logger.ts';

/** Longest path or user agent kept in a line. */
const MAX_FIELD = 256;

function clip(s: string): string {
  return s.length > MAX_FIELD ? `${s.slice(0, MAX_FIELD)}…` : s;
}

function bodyBytes(method: string, body: string | Uint8Array): number {
  if (method === 'HEAD') return 0;
  return typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
}

export interface AccessLogOptions {
  readonly logger: Logger;
  /** The message of each line; default `request`. */
  readonly message?: string;
}

export function accessLog(options: AccessLogOptions): Middleware {
  const logger = options.logger;
  const message = options.message ?? 'request';
  return function accessLogMiddleware(next: Handler): Handler {
    return async function accessLogHandler(
      req: NeutralRequest,
      ctx: RequestContext,
    ): Promise<NeutralResponse> {
      const start = performance.now();
      let status = 500;
      let bytes = 0;
      try {
        const res = await next(req, ctx);
        status = res.status;
        bytes = bodyBytes(req.method, res.body);
        return res;
      } finally {
        const ua = req.headers['user-agent'];
        logger.info(message, {
          method: req.method,
          path: clip(req.path),
          status,
          bytes,
          durationMs: Math.round((performance.now() - start) * 1000) / 1000,
          requestId: ctx.requestId,
          clientIp: ctx.clientIp,
          userAgent: ua === undefined ? '' : clip(ua),
          ...ctx.logFields,
        });
      }
    };
  };
}
