/**
 * Echoes the request id as `X-Request-Id` on every answer, error answers included (the container's
 * request-id middleware). The id itself is `requestIdOf`: a plain incoming one, else AWS's.
 */
import type { Context } from 'aws-lambda';
import { REQUEST_ID_HEADER } from '../../shared/middleware/request-id.ts';
import { requestIdOf } from '../events/detect.ts';
import { type HttpResult, setResultHeaders } from '../events/source.ts';
import type { HttpMiddleware } from './options.ts';

export function requestIdHeader(): HttpMiddleware {
  function echoRequestId(request: {
    event: unknown;
    context: Context;
    response: HttpResult | null | undefined;
  }) {
    if (request.response) {
      setResultHeaders(request.response, {
        [REQUEST_ID_HEADER]: requestIdOf(request.event, request.context),
      });
    }
  }
  return {
    after: function requestIdAfter(request) {
      echoRequestId(request);
    },
    onError: function requestIdOnError(request) {
      echoRequestId(request);
    },
  };
}
