/**
 * Application Load Balancer target group. The ALB sends either `headers` or, with the target
 * group's multi-value headers setting on, `multiValueHeaders`, and reads the response the same
 * way; it also wants a `statusDescription`. It has no source IP field: the client is the last
 * address the ALB appended to `x-forwarded-for`.
 */
import { STATUS_CODES } from 'node:http';
import type { ALBEvent, ALBResult } from 'aws-lambda';
import type { NeutralResponse } from '../../shared/api/http.ts';
import {
  decodeBody,
  decodePath,
  type EventSource,
  encodeBody,
  headerValue,
  isObject,
  lowerCaseHeaders,
} from './source.ts';

/** The last hop of `x-forwarded-for`: the address the ALB itself saw. */
function lastHop(forwardedFor: string | undefined): string {
  return forwardedFor?.split(',').at(-1)?.trim() ?? '';
}

export const alb: EventSource<ALBEvent, ALBResult> = {
  name: 'alb',
  matches: (event): event is ALBEvent =>
    isObject(event) &&
    isObject(event.requestContext) &&
    isObject(event.requestContext.elb) &&
    typeof event.httpMethod === 'string' &&
    typeof event.path === 'string',
  line: (event) => ({ method: event.httpMethod.toUpperCase(), path: decodePath(event.path) }),
  toRequest(event) {
    const headers = lowerCaseHeaders(event.headers, event.multiValueHeaders);
    return {
      ...this.line(event),
      headers,
      body: decodeBody(event.body, event.isBase64Encoded),
      remoteAddress: lastHop(headers['x-forwarded-for']),
    };
  },
  toResult(response: NeutralResponse, event): ALBResult {
    const result: ALBResult = {
      statusCode: response.status,
      statusDescription: `${response.status} ${STATUS_CODES[response.status] ?? 'Unknown'}`,
      ...encodeBody(response.body),
    };
    if (event.multiValueHeaders) {
      result.multiValueHeaders = Object.fromEntries(
        Object.entries(response.headers).map(([name, value]) => [name, [value]]),
      );
    } else {
      result.headers = { ...response.headers };
    }
    return result;
  },
  requestId: (event) => headerValue(event.headers, event.multiValueHeaders, 'x-amzn-trace-id'),
};
