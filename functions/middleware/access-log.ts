/**
 * One access-log line per request with the container's fields (shared `access-log.ts`): method,
 * path, status, bytes, durationMs, requestId, clientIp, userAgent, and the facts the shared app put
 * in `logFields`. Never message text or a raw sender: the body is not read here, and the app only
 * puts verdicts in `logFields`. The heartbeat answers before this runs, so probes are not logged.
 */
import { performance } from 'node:perf_hooks';
import type { Request } from '@middy/core';
import type { Context } from 'aws-lambda';
import { normalizeIp } from '../../shared/middleware/real-ip.ts';
import { findSource, requestIdOf } from '../events/detect.ts';
import { type HttpResult, resultBodyBytes } from '../events/source.ts';
import { exchangeOf } from './exchange.ts';
import { type HttpMiddleware, type LogSink, requireLogger } from './options.ts';

export interface AccessLogOptions {
  readonly logger: LogSink;
  /** The message of each line; default `request`, as in the container. */
  readonly message?: string;
}

/** Longest path or user agent kept in a line (as the container). */
const MAX_FIELD = 256;

function clip(s: string): string {
  return s.length > MAX_FIELD ? `${s.slice(0, MAX_FIELD)}…` : s;
}

type HttpRequest = Request<unknown, HttpResult, Error, Context>;

export function accessLog(options: AccessLogOptions): HttpMiddleware {
  const { logger } = options;
  requireLogger('accessLog', logger);
  const message = options.message ?? 'request';
  const started = new WeakMap<object, number>();

  function writeLine(request: HttpRequest): void {
    const start = started.get(request) ?? performance.now();
    const event = request.event;
    const result = request.response;
    const exchange = exchangeOf(event);
    // Without an exchange the handler never ran (an event we cannot read): take what the event offers.
    const req = exchange?.request ?? findSource(event)?.toRequest(event);
    const line = req ?? { method: '-', path: '-' };
    const ua = req?.headers['user-agent'];
    logger.info(message, {
      method: line.method,
      path: clip(line.path),
      status: result?.statusCode ?? 500,
      bytes: result && line.method !== 'HEAD' ? resultBodyBytes(result) : 0,
      durationMs: Math.round((performance.now() - start) * 1000) / 1000,
      requestId: exchange?.context.requestId ?? requestIdOf(event, request.context),
      clientIp: exchange?.context.clientIp ?? (req ? normalizeIp(req.remoteAddress) : ''),
      userAgent: ua === undefined ? '' : clip(ua),
      ...exchange?.context.logFields,
    });
  }

  return {
    before: function accessLogBefore(request) {
      started.set(request, performance.now());
    },
    after: function accessLogAfter(request) {
      writeLine(request);
    },
    onError: function accessLogOnError(request) {
      writeLine(request);
    },
  };
}
