/**
 * The innermost Lambda handler, and all it does is translate: the event becomes the neutral
 * request, the shared service answers it through the same chain the container runs (heartbeat,
 * request id, real IP, access log, no-cache, timeout, recoverer), and the answer goes back in the
 * shape its source expects. An event it cannot read still goes through the chain, carrying the
 * reason as `bodyError`: it gets its 400, its request id and its access-log line like any request.
 */
import type { Context } from 'aws-lambda';
import { BadRequestError, HttpError } from '../../shared/api/errors.ts';
import { type NeutralRequest, RequestState } from '../../shared/api/http.ts';
import type { Service } from '../../shared/service.ts';
import { findSource, UnknownEventError } from '../events/detect.ts';
import { toResultV2 } from '../events/http-api-v2.ts';
import type { HttpResult } from '../events/source.ts';

export type LambdaHttpHandler = (
  event: unknown,
  context: Context,
  options?: { signal?: AbortSignal },
) => Promise<HttpResult>;

export function serveEvents(service: Pick<Service, 'handler' | 'now'>): LambdaHttpHandler {
  return async function serveEvent(event, context, options) {
    const receivedAt = service.now();
    const signal = options?.signal;
    const source = findSource(event);
    let request: NeutralRequest;
    try {
      if (!source) throw new UnknownEventError(event);
      request = {
        ...source.toRequest(event),
        platformRequestId: source.requestId(event) || context.awsRequestId,
        receivedAt,
        signal,
      };
    } catch (err) {
      const bodyError =
        err instanceof HttpError
          ? err
          : new BadRequestError(`malformed ${source?.name ?? 'HTTP'} event`, { cause: err });
      request = {
        method: '-',
        path: '-',
        headers: {},
        body: null,
        remoteAddress: '',
        bodyError,
        platformRequestId: context.awsRequestId,
        receivedAt,
        signal,
      };
    }
    const response = await service.handler(request, new RequestState());
    // An event we cannot read gets the payload 2.0 shape, which API Gateway (v1 and v2) and
    // Function URLs all accept.
    return source ? source.toResult(response, event) : toResultV2(response);
  };
}
