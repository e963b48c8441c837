/**
 * recoverer: the innermost middleware. Anything a handler throws becomes an answer through the one
 * error mapper (`errorResponse`): named `HttpError`s with their own status and message, anything
 * else a generic 500 plus one error log line with the stack. The process lives on.
 */
import { errorResponse, HttpError } from '../api/errors.ts';
import type { Handler, Middleware, NeutralRequest, NeutralResponse, RequestContext } from '../api/http.ts';
import type { Log } from '../logger.ts';

export interface RecovererOptions {
  readonly logger: Log;
}

export function recoverer(options: RecovererOptions): Middleware {
  const logger = options.logger;
  return function recovererMiddleware(next: Handler): Handler {
    return async function recovererHandler(
      req: NeutralRequest,
      ctx: RequestContext,
    ): Promise<NeutralResponse> {
      try {
        return await next(req, ctx);
      } catch (err) {
        if (!(err instanceof HttpError)) {
          logger.error('unhandled error', {
            requestId: ctx.requestId,
            method: req.method,
            path: req.path,
            error: err,
          });
        } else if (err.status >= 500) {
          logger.warn('request failed', {
            requestId: ctx.requestId,
            path: req.path,
            code: err.code,
            status: err.status,
          });
        }
        return errorResponse(err);
      }
    };
  };
}
