/**
 * access log: one Powertools JSON line per request, written after the answer is known:
 * method, path, status, bytes, durationMs, requestId, clientIp, userAgent, the JSON error code of
 * an error answer (`error`), optionally senderHash, and whatever facts the handler put in
 * `ctx.logFields` (the verdict, never the text). `durationMs` counts from the request's arrival
 * (`receivedAt`, set by the adapter: body, queue and handler time included). Never the
 * message text, the raw sender, the query string, the Authorization header or any other header.
 *
 * The fields are built by `accessLogFields()`.
 *
 * A keyed hash of the sender (`senderHash`) is logged when the caller supplies `hashSender` and the
 * handler named the request's sender (`ctx.sender`); the raw sender itself never reaches the line,
 * and the context forgets it once the line is written.
 */
import type { Handler, Middleware, NeutralRequest, NeutralResponse, RequestContext } from '../api/http.ts';
import { type Clock, monotonic } from '../clock.ts';
import type { Log } from '../logger.ts';

/** Longest path or user agent kept in a line. */
export const MAX_LOG_FIELD = 256;

function clip(s: string): string {
  return s.length > MAX_LOG_FIELD ? `${s.slice(0, MAX_LOG_FIELD)}…` : s;
}

/** The bytes of a response body as the client receives them (none for HEAD). */
export function responseBytes(method: string, body: string | Uint8Array): number {
  if (method === 'HEAD') return 0;
  return typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
}

/** What an adapter knows about one finished request. */
export interface AccessLogFacts {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly bytes: number;
  /** Unrounded; the line keeps microseconds. */
  readonly durationMs: number;
  readonly requestId: string;
  readonly clientIp: string;
  readonly userAgent: string | undefined;
  /** The JSON error code of an error answer (`not_found`, `request_timeout`, ...). */
  readonly error?: string | undefined;
  /** A keyed hash of the sender (never the sender itself). */
  readonly senderHash?: string | undefined;
  /** The handler's facts (`ctx.logFields`): verdicts, never message text. */
  readonly logFields?: Readonly<Record<string, string | number | boolean>> | undefined;
}

/**
 * The fields of one access-log line, in their order: path and user agent clipped to
 * `MAX_LOG_FIELD` characters, duration rounded to the microsecond, a missing user agent empty
 * (and so left out of the line), then the error code and `senderHash` when known, then the
 * handler's facts.
 */
export function accessLogFields(facts: AccessLogFacts): Record<string, string | number | boolean> {
  const ua = facts.userAgent;
  const fields: Record<string, string | number | boolean> = {
    method: facts.method,
    path: clip(facts.path),
    status: facts.status,
    bytes: facts.bytes,
    durationMs: Math.round(facts.durationMs * 1000) / 1000,
    requestId: facts.requestId,
    clientIp: facts.clientIp,
    userAgent: ua === undefined ? '' : clip(ua),
  };
  if (facts.error !== undefined) fields.error = facts.error;
  if (facts.senderHash !== undefined) fields.senderHash = facts.senderHash;
  const extra = facts.logFields;
  if (extra !== undefined) for (const key in extra) fields[key] = extra[key] as string | number | boolean;
  return fields;
}

export interface AccessLogOptions {
  readonly logger: Log;
  /** The message of each line; default `request`. */
  readonly message?: string;
  /**
   * Turns the sender the handler named (`ctx.sender`) into the `senderHash` field, e.g. a
   * keyed HMAC; undefined (no key configured) leaves the field out. Never return the sender itself.
   */
  readonly hashSender?: (sender: string) => string | undefined;
  /** The clock of `req.receivedAt`; default `performance.now()`. */
  readonly now?: Clock;
}

export function accessLog(options: AccessLogOptions): Middleware {
  const logger = options.logger;
  if (logger === undefined || typeof logger.info !== 'function') {
    throw new TypeError('accessLog: options.logger must be a Logger');
  }
  const message = options.message ?? 'request';
  const hashSender = options.hashSender;
  const now = options.now ?? monotonic;
  if (hashSender !== undefined && typeof hashSender !== 'function') {
    throw new TypeError('accessLog: options.hashSender must be a function');
  }

  function senderHashOf(ctx: RequestContext): string | undefined {
    const sender = ctx.sender;
    if (sender === undefined) return undefined;
    ctx.sender = undefined;
    return hashSender === undefined ? undefined : hashSender(sender);
  }

  function writeLine(
    req: NeutralRequest,
    ctx: RequestContext,
    start: number,
    status: number,
    bytes: number,
    error: string | undefined,
  ): void {
    logger.info(
      message,
      accessLogFields({
        method: req.method,
        path: req.path,
        status,
        bytes,
        durationMs: now() - start,
        requestId: ctx.requestId,
        clientIp: ctx.clientIp,
        userAgent: req.headers['user-agent'],
        error,
        senderHash: senderHashOf(ctx),
        logFields: ctx.logFields,
      }),
    );
  }

  return function accessLogMiddleware(next: Handler): Handler {
    return async function accessLogHandler(
      req: NeutralRequest,
      ctx: RequestContext,
    ): Promise<NeutralResponse> {
      const start = req.receivedAt ?? now();
      let res: NeutralResponse;
      try {
        res = await next(req, ctx);
      } catch (err) {
        writeLine(req, ctx, start, 500, 0, 'internal_error');
        throw err;
      }
      writeLine(req, ctx, start, res.status, responseBytes(req.method, res.body), res.errorCode);
      return res;
    };
  };
}
