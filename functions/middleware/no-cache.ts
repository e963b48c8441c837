/**
 * Marks every response (error responses included) as not cacheable, with the container's headers.
 * `after` covers the handler's responses; `onError` runs after the error handler (registered after
 * this one, so its `onError` comes first) and covers error responses.
 */
import { NO_CACHE_HEADERS } from '../../shared/middleware/no-cache.ts';
import { type HttpResult, setResultHeaders } from '../events/source.ts';
import type { HttpMiddleware } from './options.ts';

export function noCache(): HttpMiddleware {
  function markNoCache(request: { response: HttpResult | null | undefined }): void {
    if (request.response) setResultHeaders(request.response, NO_CACHE_HEADERS);
  }
  return {
    after: function noCacheAfter(request) {
      markNoCache(request);
    },
    onError: function noCacheOnError(request) {
      markNoCache(request);
    },
  };
}
