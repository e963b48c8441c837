/**
 * Every request gets an answer in the JSON error format, or a log line that says why not, on the
 * built server: where node would drop a pending answer, answer bare (417, 400) or just close
 * (CONNECT), the client gets our JSON and the access log agrees with what went on the wire.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { classifyBody } from '../api/fixtures.ts';
import { smallPack } from '../small-pack.ts';
import { BUILT, BuiltServer, type LogLine } from './built.ts';
import { RawClient } from './helpers.ts';

const ANSWER = /\r\n\r\n\{.*\}$/s;

describe('answers on the wire', { skip: !BUILT }, () => {
  let s: BuiltServer;
  let port: number;
  before(async () => {
    s = new BuiltServer(1, smallPack());
    port = await s.port();
  });
  after(() => s.stop());

  /** Sends raw bytes, returns everything the server wrote before closing the connection. */
  async function exchange(bytes: string): Promise<string> {
    const c = await RawClient.connect(port);
    await c.write(bytes);
    await c.closed;
    return c.received;
  }

  const accessLine = (pred: (l: LogLine) => boolean, what: string) =>
    s.waitFor((l) => l.message === 'request' && pred(l), what).then((found) => found[0] as LogLine);

  it('answers a valid request followed by malformed bytes in the same packet, then closes', async () => {
    const body = classifyBody('you won a prize', '87121');
    const text = await exchange(
      `POST /v1/classify HTTP/1.1\r\nHost: x\r\nX-Request-Id: wire-garbage\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}\x01\x02GARBAGE\r\n\r\n`,
    );
    assert.match(text, /^HTTP\/1\.1 200 OK\r\n/);
    assert.match(text, /\r\nconnection: close\r\n/i);
    assert.match(text, /\{"action":"\w+","subAction":"\w+"\}$/);
    const line = await accessLine((l) => l.requestId === 'wire-garbage', 'its access line');
    assert.equal(line.status, 200, 'the access log says what the client got');
    const [bad] = await s.waitFor((l) => l.message === 'client error', 'the garbage logged');
    assert.equal(bad?.outcome, 'closed after the pending answer');
  });

  it('answers a chunked body with a bad chunk size with the JSON 400', async () => {
    const text = await exchange(
      'POST /v1/classify HTTP/1.1\r\nHost: x\r\nX-Request-Id: wire-chunk\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n',
    );
    assert.match(text, /^HTTP\/1\.1 400 Bad Request\r\n/);
    assert.match(text, ANSWER);
    assert.match(text, /"code":"bad_request"/);
    const line = await accessLine((l) => l.requestId === 'wire-chunk', 'its access line');
    assert.equal(line.status, 400);
    assert.equal(line.error, 'bad_request');
  });

  it('answers an Expect other than 100-continue with the JSON 417', async () => {
    const text = await exchange(
      'POST /v1/classify HTTP/1.1\r\nHost: x\r\nX-Request-Id: wire-expect\r\nExpect: 200-ok\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}',
    );
    assert.match(text, /^HTTP\/1\.1 417 Expectation Failed\r\n/);
    assert.match(text, /"code":"expectation_failed"/);
    assert.equal((await accessLine((l) => l.requestId === 'wire-expect', 'its access line')).status, 417);
  });

  it('answers an HTTP/1.1 request without Host with the JSON 400', async () => {
    const text = await exchange('GET /version HTTP/1.1\r\nX-Request-Id: wire-host\r\n\r\n');
    assert.match(text, /^HTTP\/1\.1 400 Bad Request\r\n/);
    assert.match(text, /"code":"missing_host"/);
    const line = await accessLine((l) => l.requestId === 'wire-host', 'its access line');
    assert.equal(line.error, 'missing_host');
  });

  it('answers CONNECT with the JSON 501 and closes', async () => {
    const text = await exchange(
      'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\nX-Request-Id: wire-connect\r\n\r\n',
    );
    assert.match(text, /^HTTP\/1\.1 501 Not Implemented\r\n/);
    assert.match(text, /"code":"not_implemented"/);
    assert.match(text, /cache-control: no-cache/i);
    const line = await accessLine((l) => l.requestId === 'wire-connect', 'its access line');
    assert.equal(line.method, 'CONNECT');
    assert.equal(line.status, 501);
  });
});
