/**
 * The middy middleware of Lambda's metrics: before the handler, Powertools records a cold start
 * (`captureColdStartMetric`: once per instance, with the `function_name` dimension, as its own
 * `logMetrics` middleware does); after it (or an error), everything the invocation recorded is
 * published, once per invocation.
 */
import type middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { PowertoolsMetrics } from './powertools-recorder.ts';

export function flushMetrics(
  metrics: PowertoolsMetrics,
): middy.MiddlewareObj<unknown, unknown, Error, Context> {
  const flush = () => metrics.flush();
  return {
    before: (request) => {
      metrics.metrics.captureColdStartMetric(request.context.functionName);
    },
    after: flush,
    onError: flush,
  };
}
