import assert from 'node:assert/strict';
import { once } from 'node:events';
import http from 'node:http';
import { after, describe, it } from 'node:test';
import type { AdminHooks } from '../../shared/api/http.ts';
import { classifyBody, smallClassifier } from '../api/fixtures.ts';
import { until } from '../fixtures/until.ts';
import {
  classify,
  FakeTime,
  JSON_HEADERS,
  RawClient,
  request,
  startServer,
  type TestServer,
  tryConnect,
} from './helpers.ts';

/** A classify request whose body stops after 9 of its 100 bytes. */
const SLOW_HEAD =
  'POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":';
const NO_CACHE = 'no-cache, no-store, must-revalidate, private, max-age=0';

/** Operator hooks backed by something slow or failing, as a real Parameter Store layer can be. */
class SlowAdmin implements AdminHooks {
  /** Status calls waiting for `release()`. */
  held = 0;
  #open: () => void = () => {};
  readonly #gate = new Promise<void>((r) => {
    this.#open = r;
  });
  #entered: () => void = () => {};
  /** Resolves once a status call waits (the request is in flight). */
  readonly entered = new Promise<void>((r) => {
    this.#entered = r;
  });
  authorize(h: string | undefined) {
    return h === 'Bearer t' ? ('ok' as const) : ('unauthorized' as const);
  }
  /** Every status call waiting, and any later one, finishes. */
  release(): void {
    this.#open();
  }
  async status() {
    this.held++;
    this.#entered();
    await this.#gate;
    this.held--;
    return { slow: true };
  }
  async refresh(): Promise<Record<string, unknown>> {
    throw new Error('parameter store unreachable at 10.1.2.3');
  }
}
const ADMIN = { authorization: 'Bearer t' };

function assertCommonHeaders(headers: http.IncomingHttpHeaders) {
  assert.match(String(headers['x-request-id']), /^[A-Za-z0-9._-]{1,64}$/);
  assert.equal(headers['cache-control'], NO_CACHE);
  assert.equal(headers.pragma, 'no-cache');
  assert.equal(headers.expires, '0');
}

describe('HttpServer endpoints', () => {
  let s: TestServer;
  after(() => s?.close());

  it('returns every endpoint over real HTTP with request id and no-cache headers', async () => {
    s = await startServer(
      { APPLE_APP_IDS: 'ABCDE12345.com.example.filter' },
      { classifier: smallClassifier },
    );
    const junk = await classify(s.port, classifyBody('You WON A PRIZE, call now'));
    assert.equal(junk.status, 200);
    assert.equal(junk.headers['content-type'], 'application/json; charset=utf-8');
    assert.deepEqual(junk.json(), { action: 'junk', subAction: 'none' });
    assertCommonHeaders(junk.headers);

    const health = await request(s.port, 'GET', '/health');
    assert.equal(health.status, 200);
    assert.equal(health.body, 'ok');
    assertCommonHeaders(health.headers);

    const version = await request(s.port, 'GET', '/version');
    assert.equal((version.json() as { rulesVersion: string }).rulesVersion, smallClassifier().rulesVersion);
    assertCommonHeaders(version.headers);

    const aasa = await request(s.port, 'GET', '/.well-known/apple-app-site-association');
    assert.equal(aasa.status, 200);
    assert.equal(aasa.headers['content-type'], 'application/json; charset=utf-8');
    assert.deepEqual(aasa.json(), { messagefilter: { apps: ['ABCDE12345.com.example.filter'] } });
  });

  it('returns headers and no body for HEAD', async () => {
    const head = await request(s.port, 'HEAD', '/version');
    const get = await request(s.port, 'GET', '/version');
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
    assert.equal(head.headers['content-length'], String(Buffer.byteLength(get.body)));
    assert.equal((await request(s.port, 'HEAD', '/health')).body, '');
  });

  it('echoes a plain X-Request-Id and replaces a hostile one', async () => {
    const mine = await request(s.port, 'GET', '/version', { headers: { 'x-request-id': 'ios-42.a_b' } });
    assert.equal(mine.headers['x-request-id'], 'ios-42.a_b');
    const hostile = await request(s.port, 'GET', '/version', {
      headers: { 'x-request-id': 'x'.repeat(100) },
    });
    assert.notEqual(hostile.headers['x-request-id'], 'x'.repeat(100));
  });

  it('returns 404, 405 with Allow, 400, 415 as JSON errors', async () => {
    const missing = await request(s.port, 'GET', '/v1/nope?sender=14085550001');
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.json(), { error: { code: 'not_found', message: 'no such resource' } });
    assertCommonHeaders(missing.headers);
    const wrong = await request(s.port, 'GET', '/v1/classify');
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.allow, 'POST');
    const truncated = await classify(s.port, '{"_version":1,"query":{"sender":"1408');
    assert.equal(truncated.status, 400);
    assert.equal((truncated.json() as { error: { code: string } }).error.code, 'invalid_json');
    const typed = await classify(s.port, '{"query":{"sender":14085550001}}');
    assert.deepEqual(typed.json(), {
      error: { code: 'invalid_request', message: 'query.sender must be a string' },
    });
    const utf8 = await classify(s.port, Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]));
    assert.equal(utf8.status, 400);
    assert.equal((utf8.json() as { error: { code: string } }).error.code, 'invalid_encoding');
    const form = await classify(s.port, 'a=b', { 'content-type': 'application/x-www-form-urlencoded' });
    assert.equal(form.status, 415);
    assertCommonHeaders(form.headers);
  });

  it('returns classify answers over one keep-alive connection', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    for (let i = 0; i < 20; i++) {
      const r = await request(s.port, 'POST', '/v1/classify', {
        body: classifyBody(`msg ${i}`),
        headers: JSON_HEADERS,
        agent,
      });
      assert.equal(r.status, 200);
      assert.equal(r.headers.connection, 'keep-alive');
    }
    assert.equal(new Set(s.sockets.slice(-20)).size <= 20, true);
    agent.destroy();
  });

  it('returns a JSON 431 for oversized headers', async () => {
    const c = await RawClient.connect(s.port);
    await c.write(`GET /version HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    const text = await c.waitFor(/\r\n\r\n\{.*\}$/s);
    assert.match(text, /^HTTP\/1\.1 431 /);
    assert.match(text, /"code":"headers_too_large"/);
    await c.closed;
  });

  it('returns a JSON 400 for malformed HTTP', async () => {
    const c = await RawClient.connect(s.port);
    await c.write('GARBAGE / HTTP/9.9\r\n\r\n');
    const text = await c.waitFor(/\r\n\r\n\{.*\}$/s);
    assert.match(text, /^HTTP\/1\.1 400 /);
    assert.match(text, /"code":"bad_request"/);
    assert.match(text, /cache-control: no-cache/i);
    await c.closed;
  });
});

describe('HttpServer request bodies', () => {
  let s: TestServer;
  after(() => s?.close());

  it('returns 413 for a 10 MB body after reading only a little of it, and closes the connection', async () => {
    s = await startServer({ BODY_TIMEOUT_MS: '2000' }, { classifier: smallClassifier });
    const c = await RawClient.connect(s.port);
    await c.write(
      'POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
    );
    const chunk = Buffer.alloc(256 * 1024, 0x61);
    const frame = Buffer.concat([
      Buffer.from(`${chunk.length.toString(16)}\r\n`),
      chunk,
      Buffer.from('\r\n'),
    ]);
    const writing = (async () => {
      for (let sent = 0; sent < 10 * 1024 * 1024 && !c.socket.destroyed; sent += chunk.length)
        await c.write(frame);
    })();
    const text = await c.waitFor(/\r\n\r\n\{.*\}/s);
    assert.match(text, /^HTTP\/1\.1 413 /);
    assert.match(text, /connection: close/i);
    assert.match(text, /"code":"payload_too_large"/);
    await c.closed;
    await writing;
    const serverSide = s.sockets.at(-1);
    assert.ok(
      serverSide && serverSide.bytesRead < 2 * 1024 * 1024,
      `server read ${serverSide?.bytesRead} bytes`,
    );
    const line = s.sink.records().find((r) => r.status === 413);
    assert.ok(line, 'the 413 is in the access log');
  });

  it('returns 413 before the body is sent when Content-Length is over the limit', async () => {
    const c = await RawClient.connect(s.port);
    await c.write(
      `POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${10 * 1024 * 1024}\r\n\r\n`,
    );
    const text = await c.waitFor(/\r\n\r\n\{.*\}/s);
    assert.match(text, /^HTTP\/1\.1 413 /);
    await c.closed;
  });

  it('returns 413 instead of 100 Continue for an oversized Expect: 100-continue upload', async () => {
    const c = await RawClient.connect(s.port);
    await c.write(
      'POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: 10485760\r\n\r\n',
    );
    const text = await c.waitFor(/\r\n\r\n\{.*\}/s);
    assert.doesNotMatch(text, /100 Continue/);
    assert.match(text, /^HTTP\/1\.1 413 /);
  });

  it('returns 100 Continue and then the verdict for a small Expect: 100-continue upload', async () => {
    const body = classifyBody('won a prize');
    const c = await RawClient.connect(s.port);
    await c.write(
      `POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    await c.waitFor(/100 Continue/);
    await c.write(body);
    assert.match(await c.waitFor(/\{"action":"junk","subAction":"none"\}/), /HTTP\/1\.1 200 OK/);
    c.socket.destroy();
  });

  it('returns 408 when the body is slower than the body timeout, and not before', async (t) => {
    const time = new FakeTime(t);
    const s = await startServer({ BODY_TIMEOUT_MS: '300' }, { classifier: smallClassifier, now: time.now });
    try {
      const c = await RawClient.connect(s.port);
      const arrived = once(s.http.server, 'request');
      await c.write(SLOW_HEAD);
      await arrived; // its headers are read: the body deadline runs from here
      time.advance(299);
      // a whole round trip after the deadline would have fired: nothing came
      assert.equal((await classify(s.port, classifyBody('quick one'))).status, 200);
      assert.equal(c.received, '', 'no answer before the body timeout');
      time.advance(1);
      const text = await c.waitFor(/\r\n\r\n\{.*\}/s);
      assert.match(text, /^HTTP\/1\.1 408 /);
      assert.match(text, /connection: close/i);
      await c.closed;
    } finally {
      await s.close();
    }
  });

  it('returns 408 to each of several slow bodies at its own deadline, after quick bodies came and went', async (t) => {
    const time = new FakeTime(t);
    const s = await startServer({ BODY_TIMEOUT_MS: '300' }, { classifier: smallClassifier, now: time.now });
    try {
      const slow = async () => {
        const c = await RawClient.connect(s.port);
        const arrived = once(s.http.server, 'request');
        await c.write(SLOW_HEAD);
        await arrived;
        return c;
      };
      // a round trip: any answer already due has been written by the time it is back
      const quick = async (what: string) =>
        assert.equal((await classify(s.port, classifyBody(what))).status, 200, what);
      await quick('hello'); // the deadline timer's first use, armed for 300
      time.advance(150);
      const first = await slow(); // due at 450
      time.advance(100);
      await quick('a quick body meanwhile');
      const second = await slow(); // due at 550
      time.advance(199); // 449: the timer armed for 300 has fired and found nothing due
      await quick('a round trip');
      assert.deepEqual([first.received, second.received], ['', ''], 'no answer before 300 ms');
      time.advance(1); // 450
      assert.match(await first.waitFor(/\r\n\r\n\{.*\}/s), /^HTTP\/1\.1 408 /);
      time.advance(99); // 549
      await quick('another round trip');
      assert.equal(second.received, '', 'the later body still has time');
      time.advance(1); // 550
      assert.match(await second.waitFor(/\r\n\r\n\{.*\}/s), /^HTTP\/1\.1 408 /);
      await Promise.all([first.closed, second.closed]);
    } finally {
      await s.close();
    }
  });

  it('logs a 499 for a client that goes away mid-body and keeps serving', async () => {
    const c = await RawClient.connect(s.port);
    const arrived = once(s.http.server, 'request');
    await c.write(SLOW_HEAD);
    await arrived;
    c.socket.destroy();
    await until('a 499 line', () => s.sink.records().some((r) => r.status === 499));
    assert.equal((await request(s.port, 'GET', '/health')).status, 200);
  });
});

describe('HttpServer timeouts', () => {
  let s: TestServer;
  after(() => s?.close());

  it('uses keep-alive and headers timeouts above the ALB idle timeout by default', async () => {
    s = await startServer({}, { classifier: smallClassifier });
    assert.equal(s.http.server.keepAliveTimeout, 65_000);
    assert.equal(s.http.server.headersTimeout, 66_000);
    assert.ok(s.http.server.requestTimeout >= s.http.server.headersTimeout);
  });

  // node's own timers (not ours to move): the test waits for the cut itself; the drip never ends,
  // so only the headers timeout can end the connection before the test's timeout
  it('returns 408 and cuts a client whose headers are too slow', { timeout: 20_000 }, async () => {
    await s.close();
    s = await startServer({ HEADERS_TIMEOUT_MS: '1000' }, { classifier: smallClassifier });
    assert.equal(s.http.server.headersTimeout, 1000);
    const c = await RawClient.connect(s.port);
    const silent = await RawClient.connect(s.port); // connects, then says nothing at all
    await c.write('GET /version HTTP/1.1\r\nHost: x\r\n');
    const drip = setInterval(() => void c.write('X-Drip: 1\r\n'), 100);
    await c.closed;
    clearInterval(drip);
    assert.match(c.received, /^HTTP\/1\.1 408 /);
    assert.match(c.received, /"code":"request_timeout"/);
    await silent.closed;
    assert.match(silent.received, /^HTTP\/1\.1 408 /, 'the silent client is cut too');
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', { timeout: 20_000 }, async () => {
    await s.close();
    s = await startServer({ KEEP_ALIVE_TIMEOUT_MS: '200' }, { classifier: smallClassifier });
    assert.equal(s.http.server.keepAliveTimeout, 200);
    const c = await RawClient.connect(s.port);
    await c.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    await c.waitFor(/ok$/);
    await c.closed; // by the server: the client never closes it
  });
});

describe('HttpServer under load', () => {
  let s: TestServer;
  after(() => s?.close());

  it('returns only 200 or 429 to 1,000 concurrent connections against a throttle of 64, with bounded memory', async () => {
    const admin = new SlowAdmin(); // each /admin/status holds its slot until released
    s = await startServer(
      { THROTTLE_LIMIT: '64', THROTTLE_BACKLOG: '64', THROTTLE_BACKLOG_TIMEOUT_MS: '50', ACCESS_LOG: 'true' },
      { classifier: smallClassifier, admin },
    );
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let answered = 0;
    const all = Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        (i % 2 === 0
          ? request(s.port, 'GET', '/admin/status', { headers: ADMIN })
          : classify(s.port, classifyBody(`message ${i} won a prize`))
        ).then((r) => {
          answered++;
          return r.status;
        }),
      ),
    );
    // the slots are full of held status calls: the rest is served or refused meanwhile
    await until('every request answered or held', () => answered + admin.held === 1000, 30_000);
    admin.release();
    const statuses = await all;
    const counts = new Map<number, number>();
    for (const st of statuses) counts.set(st, (counts.get(st) ?? 0) + 1);
    assert.deepEqual(
      [...counts.keys()].filter((k) => k !== 200 && k !== 429),
      [],
      JSON.stringify([...counts]),
    );
    assert.ok((counts.get(429) ?? 0) > 0, 'the throttle answered 429s');
    assert.ok((counts.get(200) ?? 0) >= 64, 'and served at least its limit');
    const stats = s.service.throttle?.stats();
    assert.equal(stats?.inFlight, 0);
    assert.equal(stats?.queued, 0);
    const growth = process.memoryUsage().heapUsed - heapBefore;
    assert.ok(growth < 100 * 1024 * 1024, `heap grew ${growth} bytes`);
    assert.equal((await request(s.port, 'GET', '/health')).status, 200);
  });

  it('returns 500 JSON for a failing dependency, logs its stack, and keeps serving', async () => {
    const r = await request(s.port, 'POST', '/admin/refresh', { headers: ADMIN });
    assert.equal(r.status, 500);
    assert.deepEqual(r.json(), { error: { code: 'internal_error', message: 'internal server error' } });
    assert.doesNotMatch(r.body, /10\.1\.2\.3|parameter store/);
    const logged = s.sink.records().find((l) => l.level === 'ERROR');
    assert.match(String((logged?.error as { stack?: string })?.stack), /parameter store unreachable/);
    assert.equal((await classify(s.port, classifyBody('hi'))).status, 200);
  });

  it('never writes message text or the sender to any log line', async () => {
    await classify(s.port, classifyBody('LEAK-CANARY-7731 you won a prize', '+14085550199'));
    await classify(s.port, '{"query":{"sender":"+14085550199","message":{"text":"LEAK-CANARY-7731');
    const all = s.sink.lines.join('\n');
    assert.ok(!all.includes('LEAK-CANARY-7731'));
    assert.ok(!all.includes('4085550199'));
  });
});

describe('HttpServer drain', () => {
  it('finishes a slow in-flight request while /health says 503 and new connections are refused', async () => {
    const admin = new SlowAdmin();
    const s = await startServer({}, { classifier: smallClassifier, admin });
    try {
      const slow = request(s.port, 'GET', '/admin/status', { headers: ADMIN });
      await admin.entered; // the slow request is in flight
      // a second client has sent half its request when the drain starts (the server has read it)
      const late = await RawClient.connect(s.port);
      await late.write('GET /health HTTP/1.1\r\nHost: x\r\n');
      const port = late.socket.localPort;
      await until('the half request read', () =>
        s.sockets.some((x) => x.remotePort === port && x.bytesRead > 0),
      );

      const drained = s.http.drain(5_000);
      assert.equal(await tryConnect(s.port), 'ECONNREFUSED');
      await late.write('\r\n');
      const text = await late.waitFor(/draining$/);
      assert.match(text, /^HTTP\/1\.1 503 /);
      assert.match(text, /connection: close/i);

      admin.release();
      const answer = await slow;
      assert.equal(answer.status, 200);
      assert.equal((answer.json() as { slow: boolean }).slow, true);
      assert.equal(answer.headers.connection, 'close');
      assert.equal(await drained, true);
    } finally {
      await s.close();
    }
  });

  it('cuts what is left when the grace period ends, and not before', async (t) => {
    const time = new FakeTime(t);
    const admin = new SlowAdmin();
    const s = await startServer({}, { classifier: smallClassifier, admin, now: time.now });
    try {
      const stuck = request(s.port, 'GET', '/admin/status', { headers: ADMIN }).catch(
        (e: NodeJS.ErrnoException) => e.code,
      );
      await admin.entered;
      let ended: boolean | undefined;
      const drained = s.http.drain(200).then((clean) => {
        ended = clean;
      });
      time.advance(199);
      await new Promise((r) => setImmediate(r));
      assert.equal(ended, undefined, 'the grace period is not over');
      assert.equal(s.http.inFlight, 1);
      time.advance(1);
      await drained;
      assert.equal(ended, false);
      assert.equal(await stuck, 'ECONNRESET');
      const [cut] = s.sink
        .records()
        .filter((r) => r.message === 'request cut at the end of the grace period');
      assert.equal(cut?.durationMs, 200);
    } finally {
      admin.release();
      await s.close();
    }
  });
});
