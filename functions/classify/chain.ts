/**
 * The middy chain around the shared app, in the container's order:
 *
 *   heartbeat -> header normaliser -> Powertools context + correlation id -> access log
 *   -> X-Request-Id -> no-cache -> error handler -> [serve: translate, shared app, translate back]
 *
 * and middy's early timeout around the handler: `timeoutEarlyInMillis` before Lambda would kill
 * the invocation, the handler's signal is aborted and the request answers 503 `timeout` (instead
 * of API Gateway's bare 502/504).
 */

import type { Logger } from '@aws-lambda-powertools/logger';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import type { Context } from 'aws-lambda';
import { HandlerTimeoutError } from '../../shared/api/errors.ts';
import type { Handler } from '../../shared/api/http.ts';
import type { HttpResult } from '../events/source.ts';
import { accessLog } from '../middleware/access-log.ts';
import { correlationId } from '../middleware/correlation-id.ts';
import { errorHandler } from '../middleware/error-handler.ts';
import { heartbeat } from '../middleware/heartbeat.ts';
import { noCache } from '../middleware/no-cache.ts';
import { MiddlewareOptionsError } from '../middleware/options.ts';
import { requestIdHeader } from '../middleware/request-id.ts';
import { serve } from './serve.ts';

export interface HttpHandlerOptions {
  /** The shared app (routes and the shared middleware it needs). */
  readonly app: Handler;
  readonly logger: Logger;
  /** Default `/health`. */
  readonly healthPath?: string;
  /** How long before Lambda's own timeout the early 503 is sent. Default 500. */
  readonly timeoutEarlyInMillis?: number;
  /** Keyed hash of the sender for the access log (`senderHash`); never the raw number. */
  readonly hashSender?: (sender: string) => string | undefined;
}

export const DEFAULT_TIMEOUT_EARLY_MS = 500;

export function createHttpHandler(options: HttpHandlerOptions) {
  const early = options.timeoutEarlyInMillis ?? DEFAULT_TIMEOUT_EARLY_MS;
  if (!Number.isInteger(early) || early < 1) {
    throw new MiddlewareOptionsError(
      'createHttpHandler',
      `timeoutEarlyInMillis must be a positive integer, got ${early}`,
    );
  }
  const { logger } = options;
  // When the current invocation's handler started, for the timeout's message (an instance runs
  // one invocation at a time).
  let started = 0;
  return middy<unknown, HttpResult, Error, Context>({
    timeoutEarlyInMillis: early,
    timeoutEarlyResponse: function timeoutEarly() {
      throw new HandlerTimeoutError(Date.now() - started);
    },
    beforeHandler() {
      started = Date.now();
    },
  })
    .use(heartbeat(options.healthPath === undefined ? {} : { path: options.healthPath }))
    .use(httpHeaderNormalizer())
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(correlationId({ logger }))
    .use(accessLog(options.hashSender ? { logger, hashSender: options.hashSender } : { logger }))
    .use(requestIdHeader())
    .use(noCache())
    .use(errorHandler({ logger }))
    .handler(serve(options.app));
}
