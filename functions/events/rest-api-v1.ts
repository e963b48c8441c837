/**
 * API Gateway REST API (and HTTP API payload format 1.0). Header names keep the client's case and
 * repeated headers are only complete in `multiValueHeaders`; the result must carry a string body.
 */
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import type { NeutralResponse } from '../../shared/api/http.ts';
import {
  decodeBody,
  decodePath,
  type EventSource,
  encodeBody,
  isObject,
  lowerCaseHeaders,
} from './source.ts';

export const restApiV1: EventSource<APIGatewayProxyEvent, APIGatewayProxyResult> = {
  name: 'rest-api-v1',
  matches: (event): event is APIGatewayProxyEvent =>
    isObject(event) &&
    typeof event.httpMethod === 'string' &&
    typeof event.path === 'string' &&
    isObject(event.requestContext) &&
    typeof event.requestContext.requestId === 'string',
  line: (event) => ({ method: event.httpMethod.toUpperCase(), path: decodePath(event.path) }),
  toRequest(event) {
    return {
      ...this.line(event),
      headers: lowerCaseHeaders(event.headers, event.multiValueHeaders),
      body: decodeBody(event.body, event.isBase64Encoded),
      remoteAddress: event.requestContext.identity?.sourceIp ?? '',
    };
  },
  toResult(response: NeutralResponse): APIGatewayProxyResult {
    return { statusCode: response.status, headers: { ...response.headers }, ...encodeBody(response.body) };
  },
  requestId: (event) => event.requestContext.requestId,
};
