/**
 * Puts the id AWS gave the request on every log line as Powertools' `correlation_id`: API
 * Gateway's and the Function URL's `requestContext.requestId`, the ALB's `x-amzn-trace-id`, else
 * the Lambda request id. Runs after `injectLambdaContext`, whose `resetKeys` clears it afterwards.
 * (The access line's `requestId` is the client-facing id, chosen by the shared chain.)
 */
import type { MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';
import { awsRequestIdOf } from '../events/detect.ts';
import type { HttpResult } from '../events/source.ts';

export interface CorrelationIdOptions {
  readonly logger: { setCorrelationId(value: unknown): void };
}

export function correlationId(
  options: CorrelationIdOptions,
): MiddlewareObj<unknown, HttpResult, Error, Context> {
  const { logger } = options;
  return {
    before: function correlationIdBefore(request) {
      logger.setCorrelationId(awsRequestIdOf(request.event, request.context));
    },
  };
}
