import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { describe, it } from 'node:test';
import { createHttpHandler } from '../../functions/classify/chain.ts';
import { accessLog } from '../../functions/middleware/access-log.ts';
import { heartbeat } from '../../functions/middleware/heartbeat.ts';
import { MiddlewareOptionsError } from '../../functions/middleware/options.ts';
import { ValidationError } from '../../shared/api/errors.ts';
import type { Handler } from '../../shared/api/http.ts';
import { accessLogFields, recordSender } from '../../shared/middleware/access-log.ts';
import { NO_CACHE_HEADERS } from '../../shared/middleware/no-cache.ts';
import { CapturingLogger } from './capture-logger.ts';
import { lambdaContext, loadEvent } from './fixtures.ts';

/** An app that echoes what it was given and records its calls. */
function echoApp() {
  const calls: string[] = [];
  const app: Handler = async (req, ctx) => {
    calls.push(`${req.method} ${req.path}`);
    ctx.logFields.action = 'junk';
    return {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8', 'x-request-id': ctx.requestId },
      body: JSON.stringify({ bytes: req.body?.byteLength ?? 0, clientIp: ctx.clientIp }),
    };
  };
  return { app, calls };
}

function setup(app: Handler, timeoutEarlyInMillis?: number) {
  const logger = new CapturingLogger({ serviceName: 'smsjunk-test' });
  const handler = createHttpHandler({
    app,
    logger,
    ...(timeoutEarlyInMillis === undefined ? {} : { timeoutEarlyInMillis }),
  });
  return { handler, logger };
}

const FACTS = {
  method: 'GET',
  path: '/',
  status: 200,
  bytes: 0,
  durationMs: 0,
  requestId: '',
  clientIp: '',
  userAgent: undefined,
};

const accessLines = (logger: CapturingLogger) => logger.lines.filter((l) => l.message === 'request');

describe('createHttpHandler', () => {
  it('answers the heartbeat from before, without calling the app or logging, when GET or HEAD hits /health', async () => {
    const { app, calls } = echoApp();
    const { handler, logger } = setup(app);
    const probe = loadEvent('http-api-v2-health');
    probe.headers['x-request-id'] = 'lb-probe-1';
    const get = await handler(probe, lambdaContext());
    assert.deepEqual(get, {
      statusCode: 200,
      headers: {
        'content-type': 'text/plain; charset=utf-8',
        ...NO_CACHE_HEADERS,
        'x-request-id': 'lb-probe-1',
      },
      body: 'ok',
      isBase64Encoded: false,
    });
    const head = loadEvent('alb-multi-value');
    head.httpMethod = 'HEAD';
    head.path = '/Health';
    const albResult = await handler(head, lambdaContext());
    assert.equal(albResult.statusCode, 200);
    assert.equal(albResult.statusDescription, '200 OK');
    assert.deepEqual(albResult.multiValueHeaders?.['content-type'], ['text/plain; charset=utf-8']);
    assert.equal(albResult.headers, undefined);
    assert.deepEqual(calls, []);
    assert.deepEqual(logger.lines, []);
  });

  it('passes POST /health to the app when the method is not GET or HEAD', async () => {
    const { app, calls } = echoApp();
    const { handler } = setup(app);
    const event = loadEvent('http-api-v2');
    event.rawPath = '/health';
    await handler(event, lambdaContext());
    assert.deepEqual(calls, ['POST /health']);
  });

  it('returns the app response with no-cache headers and logs one access line when a classify event comes in', async () => {
    const { app } = echoApp();
    const { handler, logger } = setup(app);
    const event = loadEvent('http-api-v2');
    const result = await handler(event, lambdaContext());
    assert.equal(result.statusCode, 200);
    for (const [name, value] of Object.entries(NO_CACHE_HEADERS)) assert.equal(result.headers?.[name], value);
    assert.equal(result.headers?.['x-request-id'], 'FkYCqj3yDoEEMUw=');
    assert.deepEqual(JSON.parse(result.body ?? ''), {
      bytes: Buffer.byteLength(event.body),
      clientIp: '203.0.113.17',
    });

    const lines = accessLines(logger);
    assert.equal(lines.length, 1);
    const line = lines[0] ?? {};
    assert.equal(line.method, 'POST');
    assert.equal(line.path, '/v1/classify');
    assert.equal(line.status, 200);
    assert.equal(line.bytes, Buffer.byteLength(result.body ?? ''));
    assert.equal(line.requestId, 'FkYCqj3yDoEEMUw=');
    assert.equal(line.correlation_id, 'FkYCqj3yDoEEMUw=');
    assert.equal(line.clientIp, '203.0.113.17');
    assert.equal(line.userAgent, event.requestContext.http.userAgent);
    assert.equal(line.action, 'junk');
    assert.equal(typeof line.durationMs, 'number');
    assert.equal(line.function_request_id, 'a3f1c6de-3f4b-4d8e-9c1a-0b2d3e4f5a6b');
    assert.equal(typeof line.cold_start, 'boolean');
  });

  it('echoes a plain incoming X-Request-Id, replaces an unsafe one, and keeps the API Gateway id as correlation_id', async () => {
    const { app } = echoApp();
    const { handler, logger } = setup(app);
    const plain = loadEvent('http-api-v2');
    plain.headers['x-request-id'] = 'client-42.a_b';
    assert.equal((await handler(plain, lambdaContext())).headers?.['x-request-id'], 'client-42.a_b');
    const unsafe = loadEvent('http-api-v2');
    unsafe.headers['x-request-id'] = 'x\n{"level":"ERROR"}';
    assert.equal((await handler(unsafe, lambdaContext())).headers?.['x-request-id'], 'FkYCqj3yDoEEMUw=');
    assert.deepEqual(
      accessLines(logger).map((l) => [l.requestId, l.correlation_id]),
      [
        ['client-42.a_b', 'FkYCqj3yDoEEMUw='],
        ['FkYCqj3yDoEEMUw=', 'FkYCqj3yDoEEMUw='],
      ],
    );
  });

  it('never logs the message text or the raw sender', async () => {
    const { app } = echoApp();
    const { handler, logger } = setup(app);
    await handler(loadEvent('http-api-v2'), lambdaContext());
    await handler(loadEvent('rest-api-v1'), lambdaContext());
    const all = logger.text();
    assert.ok(all.length > 0);
    for (const secret of ['Congratulations', 'WON a prize', '09061701461', '+14085550001', '14085550001']) {
      assert.ok(!all.includes(secret), `a log line contains ${secret}`);
    }
  });

  it('answers the shared JSON error body with no-cache headers and logs the status when the app throws a named error', async () => {
    const { handler, logger } = setup(async () => {
      throw new ValidationError('query.message.text', 'query.message.text must be a string');
    });
    const result = await handler(loadEvent('rest-api-v1'), lambdaContext());
    assert.equal(result.statusCode, 400);
    assert.deepEqual(JSON.parse(result.body ?? ''), {
      error: { code: 'invalid_request', message: 'query.message.text must be a string' },
    });
    assert.equal(result.headers?.['cache-control'], NO_CACHE_HEADERS['cache-control']);
    assert.equal(result.headers?.['x-request-id'], 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef');
    assert.equal(accessLines(logger)[0]?.status, 400);
    assert.equal(accessLines(logger)[0]?.error, 'invalid_request', 'the line names the error code');
    assert.equal(logger.lines.filter((l) => l.level === 'ERROR').length, 0);
  });

  it('answers a generic 500 and logs the error when the app throws an unexpected error', async () => {
    const { handler, logger } = setup(async () => {
      throw new Error('boom', { cause: new Error('disk on fire') });
    });
    const result = await handler(loadEvent('function-url'), lambdaContext());
    assert.equal(result.statusCode, 500);
    assert.deepEqual(JSON.parse(result.body ?? ''), {
      error: { code: 'internal_error', message: 'internal server error' },
    });
    assert.ok(!(result.body ?? '').includes('boom'));
    const errors = logger.lines.filter((l) => l.level === 'ERROR');
    assert.equal(errors.length, 1);
    assert.equal(errors[0]?.message, 'unhandled error');
    assert.equal(errors[0]?.path, '/v1/classify');
    assert.match(JSON.stringify(errors[0]), /boom/);
    assert.equal(accessLines(logger)[0]?.status, 500);
  });

  it('answers 400 unsupported_event in the payload 2.0 shape when the event is not an HTTP request', async () => {
    const { app, calls } = echoApp();
    const { handler, logger } = setup(app);
    const result = await handler(loadEvent('sqs'), lambdaContext());
    assert.equal(result.statusCode, 400);
    assert.equal(result.isBase64Encoded, false);
    const body = JSON.parse(result.body ?? '');
    assert.equal(body.error.code, 'unsupported_event');
    assert.match(body.error.message, /keys \[Records\]/);
    assert.deepEqual(calls, []);
    const line = accessLines(logger)[0] ?? {};
    assert.equal(line.status, 400);
    assert.equal(line.method, '-');
  });

  it('logs senderHash and clips the path like the container when a sender is recorded and hashSender is given', async () => {
    const logger = new CapturingLogger({ serviceName: 'smsjunk-test' });
    const app: Handler = async (_req, ctx) => {
      recordSender(ctx, '+14085550199');
      return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' };
    };
    const handler = createHttpHandler({ app, logger, hashSender: (sender) => `hash-of-${sender.length}` });
    const event = loadEvent('http-api-v2');
    event.rawPath = `/${'p'.repeat(400)}`;
    await handler(event, lambdaContext());
    const line = accessLines(logger)[0] ?? {};
    assert.equal(line.senderHash, 'hash-of-12');
    assert.equal(line.path, accessLogFields({ ...FACTS, path: event.rawPath }).path, 'the shared clipping');
    assert.ok(!JSON.stringify(logger.lines).includes('4085550199'), 'never the raw sender');
  });

  it('answers in the ALB multi-value shape, no-cache headers included, when the ALB sent multi-value headers', async () => {
    const { app } = echoApp();
    const { handler } = setup(app);
    const result = await handler(loadEvent('alb-multi-value'), lambdaContext());
    assert.equal(result.statusDescription, '200 OK');
    assert.equal(result.headers, undefined);
    assert.deepEqual(result.multiValueHeaders?.['cache-control'], [NO_CACHE_HEADERS['cache-control']]);
    assert.deepEqual(result.multiValueHeaders?.['x-request-id'], [
      'Root=1-67a0f1c6-3e4f5a6b7c8d9e0f1a2b3c4d',
    ]);
  });

  it('answers 503 timeout before the Lambda deadline and aborts the app signal when the app is too slow', async () => {
    let aborted = false;
    const { handler, logger } = setup(
      (_req, ctx) =>
        new Promise((resolve) => {
          ctx.signal?.addEventListener('abort', () => {
            aborted = true;
          });
          setTimeout(() => resolve({ status: 200, headers: {}, body: 'late' }), 5000).unref();
        }),
      500,
    );
    const context = lambdaContext(700);
    const result = await handler(loadEvent('http-api-v2'), context);
    assert.equal(result.statusCode, 503);
    assert.equal(JSON.parse(result.body ?? '').error.code, 'timeout');
    assert.ok(context.getRemainingTimeInMillis() > 300, 'answered before the deadline');
    assert.equal(aborted, true);
    assert.equal(result.headers?.pragma, 'no-cache');
    assert.equal(accessLines(logger)[0]?.status, 503);
    const warning = logger.lines.find((l) => l.level === 'WARN');
    assert.equal(warning?.message, 'request failed');
    assert.equal(warning?.code, 'timeout');
  });
});

describe('middleware options', () => {
  it('throws MiddlewareOptionsError at build time when an option is unusable', () => {
    assert.throws(() => heartbeat({ path: 'health' }), MiddlewareOptionsError);
    assert.throws(() => accessLog({ logger: {} as never }), MiddlewareOptionsError);
    assert.throws(
      () => createHttpHandler({ app: echoApp().app, logger: new CapturingLogger(), timeoutEarlyInMillis: 0 }),
      MiddlewareOptionsError,
    );
  });
});
