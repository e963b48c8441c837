/**
 * API Gateway HTTP API, payload format 2.0: the main path. Headers arrive lower-cased with
 * repeated values comma-joined; cookies arrive separately in `cookies` and go back the same way.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { NeutralRequest, NeutralResponse } from '../../shared/api/http.ts';
import {
  decodeBody,
  decodePath,
  type EventSource,
  encodeBody,
  isObject,
  lowerCaseHeaders,
  type RequestLine,
} from './source.ts';

/** True for a payload 2.0 event (HTTP API or Function URL: they share the shape). */
export function isPayloadV2(event: unknown): event is APIGatewayProxyEventV2 {
  return (
    isObject(event) &&
    event.version === '2.0' &&
    typeof event.rawPath === 'string' &&
    isObject(event.requestContext) &&
    isObject(event.requestContext.http)
  );
}

export function lineV2(event: APIGatewayProxyEventV2): RequestLine {
  return { method: event.requestContext.http.method.toUpperCase(), path: decodePath(event.rawPath) };
}

export function toRequestV2(event: APIGatewayProxyEventV2): NeutralRequest {
  const headers = lowerCaseHeaders(event.headers);
  if (event.cookies && event.cookies.length > 0) {
    headers.cookie = headers.cookie
      ? `${headers.cookie}; ${event.cookies.join('; ')}`
      : event.cookies.join('; ');
  }
  return {
    ...lineV2(event),
    headers,
    body: decodeBody(event.body, event.isBase64Encoded),
    remoteAddress: event.requestContext.http.sourceIp,
  };
}

/** `set-cookie` leaves the headers for the `cookies` list, which API Gateway turns back into headers. */
export function toResultV2(response: NeutralResponse): APIGatewayProxyStructuredResultV2 {
  const { 'set-cookie': setCookie, ...headers } = response.headers;
  const result: APIGatewayProxyStructuredResultV2 = {
    statusCode: response.status,
    headers,
    ...encodeBody(response.body),
  };
  if (setCookie) result.cookies = [setCookie];
  return result;
}

export const httpApiV2: EventSource<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> = {
  name: 'http-api-v2',
  matches: isPayloadV2,
  line: lineV2,
  toRequest: toRequestV2,
  toResult: toResultV2,
  requestId: (event) => event.requestContext.requestId,
};
