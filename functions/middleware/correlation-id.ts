/**
 * Puts the id AWS gave the request on every log line as Powertools' `correlation_id`: API
 * Gateway's and the Function URL's `requestContext.requestId`, the ALB's `x-amzn-trace-id`, else
 * the Lambda request id. Runs after `injectLambdaContext`, whose `resetKeys` clears it afterwards.
 * (The `requestId` field of the access line is the client-facing id, as in the container.)
 */
import { awsRequestIdOf } from '../events/detect.ts';
import { type HttpMiddleware, MiddlewareOptionsError } from './options.ts';

export interface CorrelationIdOptions {
  readonly logger: { setCorrelationId(value: unknown): void };
}

export function correlationId(options: CorrelationIdOptions): HttpMiddleware {
  const { logger } = options;
  if (typeof logger?.setCorrelationId !== 'function') {
    throw new MiddlewareOptionsError(
      'correlationId',
      'option "logger" must have setCorrelationId() (a Powertools Logger)',
    );
  }
  return {
    before: function correlationIdBefore(request) {
      logger.setCorrelationId(awsRequestIdOf(request.event, request.context));
    },
  };
}
