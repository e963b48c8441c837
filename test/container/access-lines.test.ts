/**
 * What the access log says about requests that never got a normal answer: a body too slow (408),
 * a client gone mid-body (499), a bad path (404). Every line carries the client address, the JSON
 * error code, and a duration counted from the request's arrival (its body time included).
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { classifyBody, smallClassifier } from '../api/fixtures.ts';
import { smallPack } from '../small-pack.ts';
import { BUILT, BuiltServer } from './built.ts';
import { ManualClock, RawClient, request, startServer } from './helpers.ts';

const SLOW_BODY =
  'POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":';

describe('access lines of the built server', { skip: !BUILT }, () => {
  let s: BuiltServer;
  let port: number;
  before(async () => {
    s = new BuiltServer(1, { BODY_TIMEOUT_MS: '100', ...smallPack() });
    port = await s.port();
  });
  after(() => s.stop());

  const line = (status: number) =>
    s.waitFor((l) => l.message === 'request' && l.status === status, `${status}`);

  it('logs a 408 with the client address, its error code and the body time in durationMs', async () => {
    const c = await RawClient.connect(port);
    await c.write(SLOW_BODY);
    assert.match(await c.waitFor(/\r\n\r\n\{.*\}/s), /^HTTP\/1\.1 408 /);
    const [l] = await line(408);
    assert.equal(l?.clientIp, '127.0.0.1');
    assert.equal(l?.error, 'request_timeout');
    assert.ok(Number(l?.durationMs) >= 100, `durationMs ${l?.durationMs} counts the wait for the body`);
  });

  it('logs a 499 with the client address of a client that went away mid-body', async () => {
    const c = await RawClient.connect(port);
    await c.write(SLOW_BODY);
    c.socket.destroy();
    const [l] = await line(499);
    assert.equal(l?.clientIp, '127.0.0.1');
    assert.equal(l?.error, 'client_closed_request');
  });

  it('logs the error code of a 4xx answer', async () => {
    assert.equal((await request(port, 'GET', '/nope')).status, 404);
    const [l] = await line(404);
    assert.equal(l?.error, 'not_found');
    assert.equal(l?.clientIp, '127.0.0.1');
  });
});

describe('access line duration', () => {
  it('counts from the arrival of the headers, body time included', async () => {
    const clock = new ManualClock();
    const s = await startServer({}, { classifier: smallClassifier, now: clock.now });
    try {
      const body = classifyBody('won a prize');
      const c = await RawClient.connect(s.port);
      const arrived = once(s.http.server, 'request');
      await c.write(
        `POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`,
      );
      await arrived;
      clock.advance(7_000); // the rest of the body takes seven seconds
      await c.write(body.slice(5));
      assert.match(await c.waitFor(/\{"action":/), /^HTTP\/1\.1 200 /);
      const l = s.sink.records().find((r) => r.message === 'request');
      assert.equal(l?.durationMs, 7_000);
      c.socket.destroy();
    } finally {
      await s.close();
    }
  });
});
