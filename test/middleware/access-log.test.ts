import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compose } from '../../shared/api/http.ts';
import { accessLog, accessLogFields } from '../../shared/middleware/access-log.ts';
import { MemoryLog } from '../memory-log.ts';
import { context, ok, request } from './helpers.ts';

describe('accessLog', () => {
  it('returns the answer and writes one Powertools JSON line with the request facts', async () => {
    const sink = new MemoryLog('smsjunk-test');
    const logger = sink;
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
    const sink = new MemoryLog();
    const h = accessLog({ logger: sink })(async () => ok('x'.repeat(100)));
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
    const sink = new MemoryLog();
    const h = accessLog({ logger: sink })(async () => ok());
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
    const sink = new MemoryLog();
    const h = accessLog({ logger: sink })(async () => {
      throw new Error('boom');
    });
    await assert.rejects(h(request(), context()), /boom/);
    assert.equal(sink.records()[0]?.status, 500);
  });

  it('writes exactly the Powertools keys, in order, and no message text when a classify request is logged', async () => {
    const sink = new MemoryLog('svc');
    const logger = sink;
    const h = accessLog({ logger })(async (_req, ctx) => {
      ctx.logFields.action = 'junk';
      ctx.logFields.subAction = 'none';
      return ok('{"action":"junk","subAction":"none"}');
    });
    const body = Buffer.from(
      JSON.stringify({ query: { sender: '+14085550001', message: { text: 'WIN-A-PRIZE-77 now' } } }),
    );
    await h(request({ method: 'POST', path: '/v1/classify', body, headers: { 'user-agent': 'iOS/18' } }), {
      ...context(),
      requestId: 'r-9',
      clientIp: '203.0.113.9',
    });
    assert.equal(sink.lines.length, 1);
    const raw = sink.lines[0] as string;
    assert.ok(!raw.includes('\n'), 'one JSON line');
    assert.deepEqual(Object.keys(JSON.parse(raw)), [
      'level',
      'message',
      'timestamp',
      'service',
      'method',
      'path',
      'status',
      'bytes',
      'durationMs',
      'requestId',
      'clientIp',
      'userAgent',
      'action',
      'subAction',
    ]);
    for (const secret of ['WIN-A-PRIZE-77', '4085550001']) assert.ok(!raw.includes(secret), secret);
  });

  it('logs senderHash from hashSender and never the raw sender when the handler named one', async () => {
    const sink = new MemoryLog();
    const seen: string[] = [];
    const h = accessLog({
      logger: sink,
      hashSender: (sender) => {
        seen.push(sender);
        return `h(${sender.length})`;
      },
    })(async (req, ctx) => {
      if (req.path === '/v1/classify') ctx.sender = '+14085550001';
      return ok();
    });
    const named = context();
    await h(request({ method: 'POST', path: '/v1/classify' }), named);
    assert.equal(named.sender, undefined, 'the context forgets the raw sender once the line is written');
    await h(request(), context()); // a request without a sender has no senderHash
    const [first, second] = sink.records();
    assert.equal(first?.senderHash, 'h(12)');
    assert.equal(second?.senderHash, undefined);
    assert.deepEqual(seen, ['+14085550001']);
    assert.ok(!sink.lines.join('').includes('4085550001'));
  });

  it('leaves senderHash out when hashSender answers undefined (no key configured)', async () => {
    const sink = new MemoryLog();
    const h = accessLog({ logger: sink, hashSender: () => undefined })(async (_req, ctx) => {
      ctx.sender = '87121';
      return ok();
    });
    await h(request(), context());
    assert.equal('senderHash' in (sink.records()[0] ?? {}), false);
  });

  it('throws a TypeError when the logger or hashSender is not usable', () => {
    assert.throws(() => accessLog({ logger: {} as never }), TypeError);
    assert.throws(
      () => accessLog({ logger: new MemoryLog(), hashSender: 'key' as never }),
      /hashSender must be a function/,
    );
  });
});

describe('accessLogFields', () => {
  it('returns clipped, rounded fields in line order with the handler facts last', () => {
    const fields = accessLogFields({
      method: 'GET',
      path: `/${'a'.repeat(300)}`,
      status: 404,
      bytes: 12,
      durationMs: 1.23456789,
      requestId: 'id',
      clientIp: '192.0.2.1',
      userAgent: undefined,
      error: 'not_found',
      senderHash: 'abcd',
      logFields: { action: 'none' },
    });
    assert.deepEqual(Object.keys(fields), [
      'method',
      'path',
      'status',
      'bytes',
      'durationMs',
      'requestId',
      'clientIp',
      'userAgent',
      'error',
      'senderHash',
      'action',
    ]);
    assert.equal(fields.path, `/${'a'.repeat(255)}…`);
    assert.equal(fields.durationMs, 1.235);
    assert.equal(fields.userAgent, '');
  });
});
