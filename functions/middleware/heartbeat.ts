/**
 * The heartbeat, first in the chain as in the container: `GET`/`HEAD` on the health path answers
 * from `before` with the container's own health response (`200 text/plain ok`, no-cache), with
 * the request id every other answer carries; no other middleware runs and nothing is logged.
 */
import { HEALTH_PATH, healthResponse } from '../../shared/middleware/heartbeat.ts';
import { REQUEST_ID_HEADER } from '../../shared/middleware/request-id.ts';
import { findSource, requestIdOf } from '../events/detect.ts';
import { type HttpMiddleware, MiddlewareOptionsError } from './options.ts';

export interface HeartbeatOptions {
  /** Default `/health`; matched case-insensitively, like the container. */
  readonly path?: string;
}

export function heartbeat(options: HeartbeatOptions = {}): HttpMiddleware {
  const path = options.path ?? HEALTH_PATH;
  if (typeof path !== 'string' || !path.startsWith('/')) {
    throw new MiddlewareOptionsError('heartbeat', `option "path" must start with "/", got ${String(path)}`);
  }
  const lowerPath = path.toLowerCase();
  return {
    before: function heartbeatBefore(request) {
      const event = request.event;
      const source = findSource(event);
      if (!source) return undefined;
      const { method, path: requested } = source.line(event);
      if ((method !== 'GET' && method !== 'HEAD') || requested.toLowerCase() !== lowerPath) return undefined;
      const response = healthResponse(undefined, undefined);
      response.headers[REQUEST_ID_HEADER] = requestIdOf(event, request.context);
      return source.toResult(response, event);
    },
  };
}
