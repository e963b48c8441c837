/**
 * What the innermost handler leaves for the middleware around it: the neutral request it built
 * and the request context the shared app filled in (request id, client IP, log fields). Keyed by
 * the invocation's event object, so nothing outlives the invocation.
 */
import type { NeutralRequest, RequestContext } from '../../shared/api/http.ts';

export interface Exchange {
  readonly request: NeutralRequest;
  readonly context: RequestContext;
}

const exchanges = new WeakMap<object, Exchange>();

export function recordExchange(event: object, exchange: Exchange): void {
  exchanges.set(event, exchange);
}

export function exchangeOf(event: unknown): Exchange | undefined {
  return typeof event === 'object' && event !== null ? exchanges.get(event) : undefined;
}
