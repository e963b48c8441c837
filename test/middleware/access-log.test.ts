import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compose } from '../../shared/api/http.ts';
import { createLogger, MemoryDestination } from '../../shared/logger.ts';
import { accessLog } from '../../shared/middleware/access-log.ts';
import { context, ok, request } from './helpers.ts';

describe('accessLog', () => {
  it('returns the answer and writes one Powertools JSON line with the request facts', async () => {
    const sink = new MemoryDestination();
    const logger = createLogger({ destination: sink, serviceName: 'smsjunk-test' });
    const h = compose([accessLog({ logger })], async (_req, ctx) => {
      ctx.logFields.action = 'junk';
      return ok('{"action":"junk"}', 200);
    });
    const ctx = { ...context(), requestId: 'req-1', clientIp: '198.51.100.7' };
    const res = await h(
      request({ method: 'POST', path: '/v1/classify', headers: { 'user-agent': 'iOS/17' } }),
      ctx,
    );
    assert.equal(res.status, 200);
    assert.equal(sink.lines.length, 1);
    const line = sink.records()[0] as Record<string, unknown>;
    assert.equal(line.level, 'INFO');
    assert.equal(line.message, 'request');
    assert.equal(line.service, 'smsjunk-test');
    assert.equal(typeof line.timestamp, 'string');
    assert.equal(line.method, 'POST');
    assert.equal(line.path, '/v1/classify');
    assert.equal(line.status, 200);
    assert.equal(line.bytes, 17);
    assert.equal(typeof line.durationMs, 'number');
    assert.equal(line.requestId, 'req-1');
    assert.equal(line.clientIp, '198.51.100.7');
    assert.equal(line.userAgent, 'iOS/17');
    assert.equal(line.action, 'junk');
  });

  it('returns 0 bytes for HEAD and clips an enormous path and user agent', async () => {
    const sink = new MemoryDestination();
    const h = accessLog({ logger: createLogger({ destination: sink }) })(async () => ok('x'.repeat(100)));
    await h(
      request({ method: 'HEAD', path: `/${'p'.repeat(5000)}`, headers: { 'user-agent': 'u'.repeat(5000) } }),
      context(),
    );
    const line = sink.records()[0] as Record<string, string | number>;
    assert.equal(line.bytes, 0);
    assert.ok(String(line.path).length <= 260);
    assert.ok(String(line.userAgent).length <= 260);
  });

  it('never writes the message text, the sender or the Authorization header', async () => {
    const sink = new MemoryDestination();
    const h = accessLog({ logger: createLogger({ destination: sink }) })(async () => ok());
    const body = Buffer.from(
      JSON.stringify({ query: { sender: '14085550001', message: { text: 'SECRET-TEXT-42 call now' } } }),
    );
    await h(
      request({
        method: 'POST',
        path: '/v1/classify',
        body,
        headers: { authorization: 'Bearer TOKEN-XYZ', 'content-type': 'application/json' },
      }),
      context(),
    );
    const all = sink.lines.join('');
    assert.equal(sink.lines.length, 1);
    for (const secret of ['SECRET-TEXT-42', '14085550001', 'TOKEN-XYZ'])
      assert.ok(!all.includes(secret), secret);
  });

  it('writes a 500 line and rethrows when the inner handler throws', async () => {
    const sink = new MemoryDestination();
    const h = accessLog({ logger: createLogger({ destination: sink }) })(async () => {
      throw new Error('boom');
    });
    await assert.rejects(h(request(), context()), /boom/);
    assert.equal(sink.records()[0]?.status, 500);
  });
});
