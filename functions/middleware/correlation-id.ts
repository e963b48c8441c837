/**
 * Puts the invocation's request id on every log line as Powertools' `correlation_id`: API
 * Gateway's and the Function URL's `requestContext.requestId`, the ALB's `x-amzn-trace-id`, else
 * the Lambda request id. Runs after `injectLambdaContext`, whose `resetKeys` clears it afterwards.
 */
import type { MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';
import { requestIdOf } from '../events/detect.ts';
import type { HttpResult } from '../events/source.ts';
import { MiddlewareOptionsError } from './options.ts';

export interface CorrelationIdOptions {
  readonly logger: { setCorrelationId(value: unknown): void };
}

export function correlationId(options: CorrelationIdOptions): MiddlewareObj<unknown, HttpResult> {
  const { logger } = options;
  if (typeof logger?.setCorrelationId !== 'function') {
    throw new MiddlewareOptionsError(
      'correlationId',
      'option "logger" must have setCorrelationId() (a Powertools Logger)',
    );
  }
  return {
    before: function correlationIdBefore(request) {
      logger.setCorrelationId(requestIdOf(request.event, request.context as Context));
    },
  };
}
