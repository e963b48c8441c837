/**
 * no-cache: every response tells browsers, proxies and CDNs not to keep it (chi's NoCache).
 * A verdict is per message; a cached one would be wrong for the next.
 */
import type { Handler, Middleware, NeutralRequest, NeutralResponse, RequestContext } from '../api/http.ts';

export const NO_CACHE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'cache-control': 'no-cache, no-store, must-revalidate, private, max-age=0',
  pragma: 'no-cache',
  expires: '0',
});

/** Adds the no-cache headers to a response's (own, mutable) headers. */
export function setNoCache(headers: Record<string, string>): void {
  headers['cache-control'] = 'no-cache, no-store, must-revalidate, private, max-age=0';
  headers.pragma = 'no-cache';
  headers.expires = '0';
}

export function noCache(): Middleware {
  return function noCacheMiddleware(next: Handler): Handler {
    return async function noCacheHandler(req: NeutralRequest, ctx: RequestContext): Promise<NeutralResponse> {
      const res = await next(req, ctx);
      setNoCache(res.headers);
      return res;
    };
  };
}
