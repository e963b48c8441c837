import { requestIdOf } from '../events/detect.ts';
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
      logger.setCorrelationId(requestIdOf(request.event, request.context));
    },
  };
}
