/**
 * Turns any error thrown in the chain (the app, a translator, the early timeout) into the JSON
 * error response the container sends for it, through the one mapper in `shared/`, shaped for the
 * event source, and logs it as the container's recoverer does. Sets `request.response` and returns
 * nothing, so the `onError` of the middleware registered before it (no-cache, request id, access
 * log, logger) still run.
 */
import { errorResponse, HttpError } from '../../shared/api/errors.ts';
import type { NeutralResponse } from '../../shared/api/http.ts';
import { findSource, requestIdOf } from '../events/detect.ts';
import { toResultV2 } from '../events/http-api-v2.ts';
import { type HttpMiddleware, type LogSink, requireFunction, requireLogger } from './options.ts';

export interface ErrorHandlerOptions {
  readonly logger: LogSink;
  /** Any error -> status and JSON body; default the shared `errorResponse`. */
  readonly mapError?: (error: unknown) => NeutralResponse;
}

export function errorHandler(options: ErrorHandlerOptions): HttpMiddleware {
  const { logger, mapError = errorResponse } = options;
  requireLogger('errorHandler', logger);
  requireFunction('errorHandler', 'mapError', mapError);
  return {
    onError: function errorHandlerOnError(request) {
      if (request.response) return;
      const { event, error } = request;
      const source = findSource(event);
      const line = source?.line(event) ?? { method: '-', path: '-' };
      const requestId = requestIdOf(event, request.context);
      // As the recoverer: an error we answer on purpose is a warning when it is a 5xx (a
      // timeout), anything else is a bug and keeps its stack.
      if (!(error instanceof HttpError)) {
        logger.error('unhandled error', { requestId, method: line.method, path: line.path, error });
      } else if (error.status >= 500) {
        logger.warn('request failed', { requestId, path: line.path, code: error.code, status: error.status });
      }
      const response = mapError(error);
      // An event we cannot read gets the payload 2.0 shape, which API Gateway v1 and v2 and
      // Function URLs all accept.
      request.response = source ? source.toResult(response, event) : toResultV2(response);
    },
  };
}
