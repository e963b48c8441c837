/** Loads the full event fixtures of `test/fixtures/events/` (a fresh copy on every call). */
import { readFileSync } from 'node:fs';
import type { Context } from 'aws-lambda';

const DIR = new URL('../fixtures/events/', import.meta.url);

export type FixtureName =
  | 'http-api-v2'
  | 'http-api-v2-base64'
  | 'http-api-v2-health'
  | 'rest-api-v1'
  | 'alb'
  | 'alb-multi-value'
  | 'function-url'
  | 'sqs';

// biome-ignore lint/suspicious/noExplicitAny: fixtures are edited freely by tests.
export function loadEvent(name: FixtureName): any {
  return JSON.parse(readFileSync(new URL(`${name}.json`, DIR), 'utf8'));
}

/** A Lambda context as the runtime builds it, with a real clock behind the remaining time. */
export function lambdaContext(timeoutMs = 6000, requestId = 'a3f1c6de-3f4b-4d8e-9c1a-0b2d3e4f5a6b'): Context {
  const deadline = Date.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'smsjunk-test-classify',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:smsjunk-test-classify',
    memoryLimitInMB: '512',
    awsRequestId: requestId,
    logGroupName: '/aws/lambda/smsjunk-test-classify',
    logStreamName: '2025/02/03/[$LATEST]0123456789abcdef0123456789abcdef',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}
