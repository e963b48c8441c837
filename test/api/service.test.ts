import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NeutralRequest, RequestContext } from '../../shared/api/http.ts';
import { loadServiceConfig as loadConfig } from '../../shared/config.ts';
import { createService } from '../../shared/service.ts';
import { MemoryLog } from '../memory-log.ts';
import { classifyBody, smallClassifier, TokenAdmin } from './fixtures.ts';

function req(
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): NeutralRequest {
  return {
    method,
    path,
    headers: body === undefined ? headers : { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: body === undefined ? null : Buffer.from(body),
    remoteAddress: '10.0.0.5',
  };
}

function ctx(): RequestContext {
  return { requestId: '', clientIp: '', logFields: {} };
}

const THROTTLE = { limit: 100, backlogLimit: 1000 };

function build(env: Record<string, string> = {}, admin?: TokenAdmin, throttle = THROTTLE) {
  const sink = new MemoryLog();
  const service = createService(loadConfig({ env }), {
    classifier: smallClassifier,
    logger: sink,
    ...(admin ? { admin } : {}),
    ...(throttle ? { throttle } : {}),
  });
  return { service, sink };
}

describe('createService', () => {
  it('returns a handler whose every answer carries a request id and the no-cache headers', async () => {
    const { service } = build();
    for (const r of [
      req('POST', '/v1/classify', classifyBody('won a prize')),
      req('GET', '/nope'),
      req('DELETE', '/version'),
      req('POST', '/v1/classify', '{'),
      req('GET', '/health'),
    ]) {
      const res = await service.handler(r, ctx());
      assert.match(res.headers['x-request-id'] ?? '', /^[A-Za-z0-9._-]{1,64}$/, `${r.method} ${r.path}`);
      assert.equal(res.headers['cache-control'], 'no-cache, no-store, must-revalidate, private, max-age=0');
      assert.equal(res.headers.pragma, 'no-cache');
      assert.equal(res.headers.expires, '0');
    }
  });

  it('logs one access line per request but none for /health', async () => {
    const { service, sink } = build();
    await service.handler(req('GET', '/health'), ctx());
    await service.handler(req('HEAD', '/health'), ctx());
    assert.equal(sink.lines.length, 0);
    await service.handler(
      req('POST', '/v1/classify', classifyBody('won a prize'), { 'x-request-id': 'abc' }),
      ctx(),
    );
    const [line] = sink.records();
    assert.equal(sink.lines.length, 1);
    assert.equal(line?.requestId, 'abc');
    assert.equal(line?.status, 200);
    assert.equal(line?.action, 'junk');
    assert.equal(line?.clientIp, '10.0.0.5');
  });

  it('returns the client address from X-Forwarded-For only through trusted proxies', async () => {
    const { service, sink } = build({ TRUSTED_PROXIES: '10.0.0.0/8' });
    await service.handler(req('GET', '/version', undefined, { 'x-forwarded-for': '198.51.100.7' }), ctx());
    assert.equal(sink.records()[0]?.clientIp, '198.51.100.7');
  });

  it('returns 404 for operator endpoints without hooks and serves them with hooks', async () => {
    const plain = build().service;
    assert.equal((await plain.handler(req('GET', '/admin/status'), ctx())).status, 404);
    const { service } = build({}, new TokenAdmin('t0ken'));
    const res = await service.handler(
      req('GET', '/admin/status', undefined, { authorization: 'Bearer t0ken' }),
      ctx(),
    );
    assert.equal(res.status, 200);
    const doc = JSON.parse(String(res.body));
    assert.deepEqual(doc.runtime.throttle, {
      limit: 100,
      backlogLimit: 1000,
      inFlight: 1,
      queued: 0,
      rejected: 0,
      timedOut: 0,
    });
  });

  it('returns the routes-only app that throws named errors instead of answering them', async () => {
    const { service } = build();
    await assert.rejects(service.app(req('GET', '/nope'), ctx()), { name: 'NotFoundError', status: 404 });
    assert.equal(service.classifier(), smallClassifier());
  });

  it('returns no throttle when none is asked for (a Lambda instance)', () => {
    assert.equal(createService(loadConfig(), { classifier: smallClassifier }).throttle, undefined);
    assert.notEqual(build().service.throttle, undefined);
  });

  it('returns 503 when the handler misses the configured deadline', async () => {
    const sink = new MemoryLog();
    const service = createService(loadConfig({ env: { TIMEOUT_MS: '30' } }), {
      logger: sink,
      admin: {
        authorize: () => 'ok',
        status: () => new Promise(() => undefined),
        refresh: async () => ({}),
      },
      classifier: smallClassifier,
    });
    const res = await service.handler(
      req('GET', '/admin/status', undefined, { authorization: 'Bearer x' }),
      ctx(),
    );
    assert.equal(res.status, 503);
    assert.equal(JSON.parse(String(res.body)).error.code, 'timeout');
    assert.equal(sink.records().at(-1)?.status, 503);
  });
});
