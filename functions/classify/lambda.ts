/**
 * The middy shell around the shared service: only what Lambda itself needs.
 *
 *   Powertools context (cold start, function and request fields on every line)
 *   -> [metrics: Powertools' cold start before, this invocation's EMF after] -> correlation id (API Gateway's request id) -> [translate, the shared chain, translate back]
 *
 * and middy's early timeout: `timeoutEarlyInMillis` before Lambda would kill the invocation, middy
 * aborts the handler's signal, which the translation hands the chain as `req.signal`; the chain's
 * timeout middleware answers 503 `timeout` at once, through the access log, instead of API
 * Gateway's bare 502/504. That answer is the one returned: middy's own early response never settles.
 */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { Logger } from '../../shared/logger.ts';
import type { Service } from '../../shared/service.ts';
import type { HttpResult } from '../events/source.ts';
import { flushMetrics } from '../metrics/flush-metrics.ts';
import type { PowertoolsMetrics } from '../metrics/powertools-recorder.ts';
import { correlationId } from '../middleware/correlation-id.ts';
import { serveEvents } from './translate.ts';

export interface LambdaHandlerOptions {
  readonly service: Pick<Service, 'handler' | 'now'>;
  /** The service's logger: Powertools adds the invocation's fields to its lines. */
  readonly logger: Logger;
  /** What the chain records (METRICS_ENABLED), published once per invocation; none: no metrics. */
  readonly metrics?: PowertoolsMetrics;
  /** How long before Lambda's own timeout the early 503 is sent. Default 500. */
  readonly timeoutEarlyInMillis?: number;
}

export const DEFAULT_TIMEOUT_EARLY_MS = 500;

/** The chain answers once the signal is aborted; this promise only keeps middy's race open for it. */
function answeredByTheChain(): Promise<never> {
  return new Promise<never>(() => {});
}

export function createLambdaHandler(options: LambdaHandlerOptions) {
  const early = options.timeoutEarlyInMillis ?? DEFAULT_TIMEOUT_EARLY_MS;
  if (!Number.isInteger(early) || early < 1) {
    throw new RangeError(`timeoutEarlyInMillis must be a positive integer, got ${early}`);
  }
  const { logger } = options;
  const handler = middy<unknown, HttpResult, Error, Context>({
    timeoutEarlyInMillis: early,
    timeoutEarlyResponse: answeredByTheChain,
  }).use(injectLambdaContext(logger, { resetKeys: true }));
  if (options.metrics) handler.use(flushMetrics(options.metrics));
  return handler.use(correlationId({ logger })).handler(serveEvents(options.service));
}
