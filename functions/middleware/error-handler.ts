/**
 * Turns any error thrown in the chain (the app, a translator, the early timeout) into the JSON
 * error response the container sends for it, through the one mapper in `shared/`, shaped for the
 * event source. Sets `request.response` and returns nothing, so the `onError` of the middleware
 * registered before it (no-cache, access log, logger) still run.
 */
import type { MiddlewareObj } from '@middy/core';
import { errorResponse, isHttpError } from '../../shared/api/errors.ts';
import type { NeutralResponse } from '../../shared/api/http.ts';
import { findSource } from '../events/detect.ts';
import { toResultV2 } from '../events/http-api-v2.ts';
import type { HttpResult } from '../events/source.ts';
import { type LogSink, requireFunction, requireLogger } from './options.ts';

export interface ErrorHandlerOptions {
  readonly logger: LogSink;
  /** Any error -> status and JSON body; default the shared `errorResponse`. */
  readonly mapError?: (error: unknown) => NeutralResponse;
}

export function errorHandler(options: ErrorHandlerOptions): MiddlewareObj<unknown, HttpResult> {
  const { logger, mapError = errorResponse } = options;
  requireLogger('errorHandler', logger);
  requireFunction('errorHandler', 'mapError', mapError);
  return {
    onError: function errorHandlerOnError(request) {
      if (request.response) return;
      const response = mapError(request.error);
      if (response.status >= 500) {
        // Our own 5xx (a timeout) needs no stack; anything else is a bug and keeps it.
        const error = request.error;
        if (isHttpError(error)) {
          logger.error('request failed', {
            status: response.status,
            error: { name: error.name, code: error.code },
          });
        } else {
          // Powertools formats an Error given alone (name, message, stack, cause).
          logger.error('request failed', error instanceof Error ? error : new Error(String(error)));
        }
      }
      const source = findSource(request.event);
      // An event we cannot read gets the payload 2.0 shape, which API Gateway v1 and v2 and
      // Function URLs all accept.
      request.response = source ? source.toResult(response, request.event) : toResultV2(response);
    },
  };
}
