/**
 * The innermost Lambda handler: event -> neutral request -> the shared app -> the result shape
 * the event source expects. It only translates; everything else is the shared app's or a middleware's.
 */
import type { Context } from 'aws-lambda';
import type { Handler, RequestContext } from '../../shared/api/http.ts';
import { normalizeIp } from '../../shared/middleware/real-ip.ts';
import { detect, requestIdOf } from '../events/detect.ts';
import type { HttpResult } from '../events/source.ts';
import { recordExchange } from '../middleware/exchange.ts';

export type LambdaHttpHandler = (
  event: unknown,
  context: Context,
  options?: { signal?: AbortSignal },
) => Promise<HttpResult>;

export function serve(app: Handler): LambdaHttpHandler {
  return async function serveHttpEvent(event, context, options) {
    const source = detect(event);
    const request = source.toRequest(event);
    const ctx: RequestContext = {
      requestId: requestIdOf(event, context),
      clientIp: normalizeIp(request.remoteAddress),
      signal: options?.signal,
      logFields: {},
    };
    recordExchange(event as object, { request, context: ctx });
    return source.toResult(await app(request, ctx), event);
  };
}
