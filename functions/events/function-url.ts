/**
 * Lambda Function URL. The event and the response are payload 2.0 shapes, so the HTTP API
 * translation serves both; the source is told apart by its domain, `<url-id>.lambda-url.<region>.on.aws`.
 */
import type { LambdaFunctionURLEvent, LambdaFunctionURLResult } from 'aws-lambda';
import { isPayloadV2, lineV2, toRequestV2, toResultV2 } from './http-api-v2.ts';
import type { EventSource } from './source.ts';

const FUNCTION_URL_DOMAIN = /\.lambda-url\.[a-z0-9-]+\.on\.aws$/;

export const functionUrl: EventSource<LambdaFunctionURLEvent, LambdaFunctionURLResult> = {
  name: 'function-url',
  matches: (event): event is LambdaFunctionURLEvent =>
    isPayloadV2(event) && FUNCTION_URL_DOMAIN.test(event.requestContext.domainName ?? ''),
  line: lineV2,
  toRequest: toRequestV2,
  toResult: toResultV2,
  requestId: (event) => event.requestContext.requestId,
};
