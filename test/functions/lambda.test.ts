/**
 * The Lambda adapter: the real middy shell around the real shared service (a small real YARA-X
 * rule set). Only what the adapter adds is tested here: the translation of each event source in
 * and out, Powertools' invocation fields and the correlation id on the lines, the platform's
 * request id, an unreadable event, and the early timeout. What the chain does (heartbeat, request
 * ids, access lines, no-cache, sender hash, errors) is tested once, against the neutral chain
 * (`test/api/`, `test/middleware/`).
 */
import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { createLambdaHandler } from '../../functions/classify/lambda.ts';
import type { AdminHooks } from '../../shared/api/http.ts';
import { loadServiceConfig } from '../../shared/config.ts';
import { NO_CACHE_HEADERS } from '../../shared/middleware/no-cache.ts';
import { createService } from '../../shared/service.ts';
import { smallClassifier } from '../api/fixtures.ts';
import { type CapturedLogger, captureLogger } from './capture-logger.ts';
import { lambdaContext, loadEvent } from './fixtures.ts';

function setup(t: TestContext, options: { admin?: AdminHooks; timeoutEarlyInMillis?: number } = {}) {
  const captured = captureLogger(t);
  const { logger } = captured;
  const service = createService(loadServiceConfig({ env: {} }), {
    classifier: smallClassifier,
    logger,
    ...(options.admin ? { admin: options.admin } : {}),
  });
  const handler = createLambdaHandler({
    service,
    logger,
    ...(options.timeoutEarlyInMillis === undefined
      ? {}
      : { timeoutEarlyInMillis: options.timeoutEarlyInMillis }),
  });
  return { handler, logger: captured };
}

const accessLines = (logger: CapturedLogger) => logger.lines.filter((l) => l.message === 'request');

describe('createLambdaHandler', () => {
  it('answers an HTTP API event through the shared chain, with the invocation fields and the correlation id on its line', async (t) => {
    const { handler, logger } = setup(t);
    const event = loadEvent('http-api-v2');
    const result = await handler(event, lambdaContext());
    assert.equal(result.statusCode, 200);
    assert.deepEqual(JSON.parse(result.body ?? ''), { action: 'junk', subAction: 'none' });
    for (const [name, value] of Object.entries(NO_CACHE_HEADERS)) assert.equal(result.headers?.[name], value);
    assert.equal(
      result.headers?.['x-request-id'],
      'FkYCqj3yDoEEMUw=',
      "API Gateway's id when the client sent none",
    );
    const [line, ...more] = accessLines(logger);
    assert.deepEqual(more, []);
    assert.equal(line?.path, '/v1/classify');
    assert.equal(line?.requestId, 'FkYCqj3yDoEEMUw=');
    assert.equal(line?.correlation_id, 'FkYCqj3yDoEEMUw=');
    assert.equal(line?.clientIp, '203.0.113.17', 'the source IP of the event');
    assert.equal(line?.function_request_id, 'a3f1c6de-3f4b-4d8e-9c1a-0b2d3e4f5a6b');
    assert.equal(typeof line?.cold_start, 'boolean');
  });

  it('keeps a plain incoming X-Request-Id and replaces an unsafe one with the platform id', async (t) => {
    const { handler } = setup(t);
    const plain = loadEvent('http-api-v2');
    plain.headers['x-request-id'] = 'client-42.a_b';
    assert.equal((await handler(plain, lambdaContext())).headers?.['x-request-id'], 'client-42.a_b');
    const unsafe = loadEvent('rest-api-v1');
    unsafe.headers['X-Request-Id'] = 'x\n{"level":"ERROR"}';
    assert.equal(
      (await handler(unsafe, lambdaContext())).headers?.['x-request-id'],
      'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
    );
  });

  it('answers the heartbeat in the ALB multi-value shape without an access line', async (t) => {
    const { handler, logger } = setup(t);
    const probe = loadEvent('alb-multi-value');
    probe.httpMethod = 'HEAD';
    probe.path = '/Health';
    const result = await handler(probe, lambdaContext());
    assert.equal(result.statusCode, 200);
    assert.equal(result.statusDescription, '200 OK');
    assert.equal(result.headers, undefined);
    assert.deepEqual(result.multiValueHeaders?.['content-type'], ['text/plain; charset=utf-8']);
    assert.deepEqual(result.multiValueHeaders?.['x-request-id'], [
      'Root=1-67a0f1c6-3e4f5a6b7c8d9e0f1a2b3c4d',
    ]);
    assert.deepEqual(accessLines(logger), []);
  });

  it('answers 400 unsupported_event in the payload 2.0 shape, with a line, when the event is not an HTTP request', async (t) => {
    const { handler, logger } = setup(t);
    const result = await handler(loadEvent('sqs'), lambdaContext(6000, 'sqs-invocation-1'));
    assert.equal(result.statusCode, 400);
    assert.equal(result.isBase64Encoded, false);
    const body = JSON.parse(result.body ?? '');
    assert.equal(body.error.code, 'unsupported_event');
    assert.match(body.error.message, /keys \[Records\]/);
    assert.equal(result.headers?.['x-request-id'], 'sqs-invocation-1');
    const line = accessLines(logger)[0];
    assert.equal(line?.status, 400);
    assert.equal(line?.method, '-');
    assert.equal(line?.error, 'unsupported_event');
  });

  it("answers 503 timeout through the chain and its access log before Lambda's deadline", async (t) => {
    const admin: AdminHooks = {
      authorize: () => 'ok',
      status: () => new Promise(() => {}),
      refresh: async () => ({}),
    };
    const { handler, logger } = setup(t, { admin, timeoutEarlyInMillis: 500 });
    const event = loadEvent('http-api-v2');
    event.rawPath = '/admin/status';
    event.requestContext.http.method = 'GET';
    delete event.body;
    // 20 ms left before the early timeout: middy's own timer (node:timers, which mock timers do not reach)
    const context = { ...lambdaContext(), getRemainingTimeInMillis: () => 520 };
    const result = await handler(event, context);
    assert.equal(result.statusCode, 503);
    assert.equal(JSON.parse(result.body ?? '').error.code, 'timeout');
    assert.equal(result.headers?.pragma, 'no-cache');
    const line = accessLines(logger)[0];
    assert.equal(line?.status, 503);
    assert.equal(line?.error, 'timeout');
  });

  it('throws RangeError when the early timeout is not a positive integer', (t) => {
    assert.throws(() => setup(t, { timeoutEarlyInMillis: 0 }), RangeError);
  });
});
