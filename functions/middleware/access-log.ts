/**
 * One access-log line per request with the container's fields, built by the shared
 * `accessLogFields()` (same clipping and rounding as the container): method,
 * path, status, bytes, durationMs, requestId, clientIp, userAgent, the error code of an error
 * answer, and the facts the shared app put
 * in `logFields`. Never message text or a raw sender: the body is not read here, and the app only
 * puts verdicts in `logFields`. The heartbeat answers before this runs, so probes are not logged.
 */
import { performance } from 'node:perf_hooks';
import type { Request } from '@middy/core';
import type { Context } from 'aws-lambda';
import { errorCodeOf } from '../../shared/api/errors.ts';
import { accessLogFields, takeRecordedSender } from '../../shared/middleware/access-log.ts';
import { normalizeIp } from '../../shared/middleware/real-ip.ts';
import { findSource, requestIdOf } from '../events/detect.ts';
import { type HttpResult, resultBodyBytes } from '../events/source.ts';
import { exchangeOf } from './exchange.ts';
import { type HttpMiddleware, type LogSink, requireLogger } from './options.ts';

export interface AccessLogOptions {
  readonly logger: LogSink;
  /** The message of each line; default `request`, as in the container. */
  readonly message?: string;
  /** As the container's: the recorded sender's keyed hash for `senderHash`; never the sender itself. */
  readonly hashSender?: (sender: string) => string | undefined;
}

type HttpRequest = Request<unknown, HttpResult, Error, Context>;

export function accessLog(options: AccessLogOptions): HttpMiddleware {
  const { logger } = options;
  requireLogger('accessLog', logger);
  const message = options.message ?? 'request';
  const hashSender = options.hashSender;
  const started = new WeakMap<object, number>();

  function writeLine(request: HttpRequest): void {
    const start = started.get(request) ?? performance.now();
    const event = request.event;
    const result = request.response;
    const exchange = exchangeOf(event);
    // Without an exchange the handler never ran (an event we cannot read): take what the event offers.
    const req = exchange?.request ?? findSource(event)?.toRequest(event);
    const line = req ?? { method: '-', path: '-' };
    const sender = exchange && hashSender ? takeRecordedSender(exchange.context) : undefined;
    logger.info(
      message,
      accessLogFields({
        method: line.method,
        path: line.path,
        status: result?.statusCode ?? 500,
        bytes: result && line.method !== 'HEAD' ? resultBodyBytes(result) : 0,
        durationMs: performance.now() - start,
        requestId: exchange?.context.requestId ?? requestIdOf(event, request.context),
        clientIp: exchange?.context.clientIp ?? (req ? normalizeIp(req.remoteAddress) : ''),
        userAgent: req?.headers['user-agent'],
        error: result && !result.isBase64Encoded ? errorCodeOf(result.body) : undefined,
        senderHash: sender === undefined ? undefined : hashSender?.(sender),
        logFields: exchange?.context.logFields,
      }),
    );
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
