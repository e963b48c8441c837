/**
 * The contract: the same requests, over real HTTP on 127.0.0.1, to the container server and to the
 * Lambda handler served by serverless-offline; both must answer alike (status, content type,
 * no-cache and request-id headers, JSON bodies), for every endpoint and every error status a
 * client can provoke in both runtimes, and for a deterministic sample of the SMS corpus.
 *
 * Not here, because only one runtime has them: 408 (a slow body: API Gateway buffers bodies), 429
 * (the container's in-process throttle; Lambda is throttled by API Gateway) and 503 on a deadline
 * (each runtime's own timeout; see test/functions/chain.test.ts for the Lambda one). Nor what the
 * HTTP front of serverless-offline decides before our handler sees the request: it decodes a JSON
 * body as UTF-8 text (so invalid bytes never reach the handler; API Gateway passes them base64)
 * and hapi refuses a malformed percent escape in the path itself. test/functions/handler.test.ts
 * covers both for the Lambda handler (400 invalid_encoding, 404).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NO_CACHE_HEADERS } from '../../shared/middleware/no-cache.ts';
import { corpusSample } from './corpus.ts';
import { ask, type HttpAnswer, type HttpAsk, startContainer, startOffline, type Target } from './targets.ts';

const ADMIN_TOKEN = 'contract-admin-token-4f9c2a7e1b5d3c';
const APP_ID = 'ABCDE12345.com.example.smsfilter';
const ENV = { ADMIN_TOKEN, APPLE_APP_IDS: APP_ID, LOG_LEVEL: 'INFO', MAX_BODY_BYTES: '65536' };
const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT_TYPE = 'text/plain; charset=utf-8';
const SAMPLE_SIZE = 500;

const classifyBody = (text: unknown, sender?: unknown) =>
  JSON.stringify({
    _version: 1,
    query: { ...(sender === undefined ? {} : { sender }), message: { text } },
    app: { version: '1.0' },
  });
const json = { 'content-type': 'application/json' };
const bearer = { authorization: `Bearer ${ADMIN_TOKEN}` };

interface Case {
  readonly name: string;
  readonly ask: HttpAsk;
  readonly status: number;
  readonly contentType: string;
  /** The error code of a JSON error body. */
  readonly code?: string;
  /** Headers both must send with these values. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Body fields that legitimately differ between two processes (uptime, memory, runtime). */
  readonly ignore?: readonly string[];
  /** Compare only the keys of the JSON body. */
  readonly shapeOnly?: boolean;
}

const FIXTURE_MESSAGES = [
  { text: 'Congratulations! You have WON a prize. Call 09061701461 to claim', sender: '87121' },
  { text: 'Your parcel is held at the depot, pay the £1.99 fee at https://bit.ly/3xYz to release it' },
  { text: 'Are we still on for dinner at 7? I can pick you up', sender: '+14085550001' },
  { text: 'Your verification code is 482913. Do not share it with anyone.', sender: 'AMAZON' },
  { text: 'Ｆｒｅｅ ｅｎｔｒｙ: w i n a c a r, txt WIN to 80086', sender: '80086' },
  { text: '' },
  { text: 'héllo 👋 ça va? ​zero​width', sender: 'info@example.com' },
];

const CASES: Case[] = [
  { name: 'GET /health', ask: { method: 'GET', path: '/health' }, status: 200, contentType: TEXT_TYPE },
  { name: 'HEAD /health', ask: { method: 'HEAD', path: '/health' }, status: 200, contentType: TEXT_TYPE },
  {
    name: 'GET /version',
    ask: { method: 'GET', path: '/version' },
    status: 200,
    contentType: JSON_TYPE,
    // Build stamps: equal when both bundles come from one build, which a shared working tree
    // (someone rebuilding one target) does not promise.
    ignore: ['buildDate', 'gitHash'],
  },
  { name: 'HEAD /version', ask: { method: 'HEAD', path: '/version' }, status: 200, contentType: JSON_TYPE },
  {
    name: 'GET /.well-known/apple-app-site-association',
    ask: { method: 'GET', path: '/.well-known/apple-app-site-association' },
    status: 200,
    contentType: JSON_TYPE,
  },
  ...FIXTURE_MESSAGES.map(
    (m, i): Case => ({
      name: `POST /v1/classify fixture message ${i + 1}`,
      ask: { method: 'POST', path: '/v1/classify', headers: json, body: classifyBody(m.text, m.sender) },
      status: 200,
      contentType: JSON_TYPE,
    }),
  ),
  {
    name: 'POST /v1/classify with a client X-Request-Id',
    ask: {
      method: 'POST',
      path: '/v1/classify',
      headers: { ...json, 'x-request-id': 'client-req-0001' },
      body: classifyBody('see you soon'),
    },
    status: 200,
    contentType: JSON_TYPE,
    headers: { 'x-request-id': 'client-req-0001' },
  },
  {
    name: 'POST /v1/explain with the admin token',
    ask: {
      method: 'POST',
      path: '/v1/explain',
      headers: { ...json, ...bearer },
      body: classifyBody(FIXTURE_MESSAGES[0]?.text, '87121'),
    },
    status: 200,
    contentType: JSON_TYPE,
  },
  {
    name: 'GET /admin/status with the admin token',
    ask: { method: 'GET', path: '/admin/status', headers: bearer },
    status: 200,
    contentType: JSON_TYPE,
    shapeOnly: true,
    ignore: ['runtime'],
  },
  {
    name: 'POST /admin/refresh with the admin token',
    ask: { method: 'POST', path: '/admin/refresh', headers: bearer },
    status: 200,
    contentType: JSON_TYPE,
    // the container's refresh reaches each of its workers and reports them; a Lambda instance is one
    ignore: ['workers', 'results'],
  },
  {
    name: '400 invalid_json',
    ask: { method: 'POST', path: '/v1/classify', headers: json, body: '{"query": {' },
    status: 400,
    contentType: JSON_TYPE,
    code: 'invalid_json',
  },
  {
    name: '400 invalid_json (empty body)',
    ask: { method: 'POST', path: '/v1/classify', headers: json },
    status: 400,
    contentType: JSON_TYPE,
    code: 'invalid_json',
  },
  {
    name: '400 invalid_request',
    ask: { method: 'POST', path: '/v1/classify', headers: json, body: classifyBody(42) },
    status: 400,
    contentType: JSON_TYPE,
    code: 'invalid_request',
  },

  {
    name: '401 without the admin token',
    ask: { method: 'GET', path: '/admin/status' },
    status: 401,
    contentType: JSON_TYPE,
    code: 'unauthorized',
    headers: { 'www-authenticate': 'Bearer' },
  },
  {
    name: '401 with a wrong admin token',
    ask: { method: 'POST', path: '/admin/refresh', headers: { authorization: 'Bearer not-the-token' } },
    status: 401,
    contentType: JSON_TYPE,
    code: 'unauthorized',
  },
  {
    name: '404 unknown path',
    ask: { method: 'GET', path: '/v2/nothing-here' },
    status: 404,
    contentType: JSON_TYPE,
    code: 'not_found',
  },

  {
    name: '405 GET /v1/classify',
    ask: { method: 'GET', path: '/v1/classify' },
    status: 405,
    contentType: JSON_TYPE,
    code: 'method_not_allowed',
    headers: { allow: 'POST' },
  },
  {
    name: '405 DELETE /health',
    ask: { method: 'DELETE', path: '/health' },
    status: 405,
    contentType: JSON_TYPE,
    code: 'method_not_allowed',
  },
  {
    name: '413 body over MAX_BODY_BYTES',
    ask: { method: 'POST', path: '/v1/classify', headers: json, body: classifyBody('x'.repeat(70_000)) },
    status: 413,
    contentType: JSON_TYPE,
    code: 'payload_too_large',
  },
  {
    name: '415 not JSON',
    ask: { method: 'POST', path: '/v1/classify', headers: { 'content-type': 'text/plain' }, body: 'hello' },
    status: 415,
    contentType: JSON_TYPE,
    code: 'unsupported_media_type',
  },
];

function parsed(answer: HttpAnswer, ignore: readonly string[] = []): unknown {
  const doc = JSON.parse(answer.body.toString('utf8')) as Record<string, unknown>;
  for (const key of ignore) delete doc[key];
  return doc;
}

/** Every header check a single answer must pass on its own. */
function checkAnswer(target: Target, c: Case, a: HttpAnswer): void {
  const where = `${target.name}: ${c.name}`;
  assert.equal(a.status, c.status, `${where}: status (body ${a.body.toString('utf8').slice(0, 200)})`);
  assert.equal(a.headers['content-type'], c.contentType, `${where}: content-type`);
  for (const [name, value] of Object.entries(NO_CACHE_HEADERS)) {
    assert.equal(a.headers[name], value, `${where}: ${name}`);
  }
  assert.match(
    String(a.headers['x-request-id'] ?? ''),
    /^[A-Za-z0-9._=+/-]{1,64}$/,
    `${where}: x-request-id`,
  );
  for (const [name, value] of Object.entries(c.headers ?? {}))
    assert.equal(a.headers[name], value, `${where}: ${name}`);
  if (c.ask.method === 'HEAD') assert.equal(a.body.byteLength, 0, `${where}: HEAD has no body`);
  if (c.code)
    assert.equal((parsed(a) as { error: { code: string } }).error.code, c.code, `${where}: error code`);
}

function compareBodies(c: Case, container: HttpAnswer, lambda: HttpAnswer): void {
  if (c.ask.method === 'HEAD') return;
  if (c.contentType !== JSON_TYPE) {
    assert.equal(lambda.body.toString('utf8'), container.body.toString('utf8'), `${c.name}: body`);
    return;
  }
  const [a, b] = [parsed(container, c.ignore), parsed(lambda, c.ignore)];
  if (c.shapeOnly) {
    assert.deepEqual(
      Object.keys(b as object).sort(),
      Object.keys(a as object).sort(),
      `${c.name}: body keys`,
    );
  } else {
    assert.deepEqual(b, a, `${c.name}: body`);
  }
}

describe('HTTP contract: container server and Lambda (serverless-offline)', { timeout: 180_000 }, () => {
  let container: Target;
  let lambda: Target;

  before(async () => {
    [container, lambda] = await Promise.all([startContainer(ENV), startOffline(ENV)]);
  });

  after(async () => {
    await Promise.all([container?.stop(), lambda?.stop()]);
  });

  for (const c of CASES) {
    it(`answers alike: ${c.name}`, async () => {
      const [a, b] = [await ask(container.url, c.ask), await ask(lambda.url, c.ask)];
      checkAnswer(container, c, a);
      checkAnswer(lambda, c, b);
      compareBodies(c, a, b);
    });
  }

  it(`returns identical verdicts for ${SAMPLE_SIZE} corpus messages when both classify them`, async (t) => {
    const sample = corpusSample(SAMPLE_SIZE);
    if (typeof sample === 'string') {
      t.skip(sample);
      console.log(`# contract corpus check skipped: ${sample}`);
      return;
    }
    const mismatches: string[] = [];
    const actions = new Map<string, number>();
    const queue = sample.map((s, i) => ({ s, i }));
    async function worker() {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const q: HttpAsk = {
          method: 'POST',
          path: '/v1/classify',
          headers: json,
          body: classifyBody(next.s.text, next.s.sender),
        };
        const [a, b] = await Promise.all([ask(container.url, q), ask(lambda.url, q)]);
        const [x, y] = [a.body.toString('utf8'), b.body.toString('utf8')];
        if (a.status !== 200 || b.status !== 200 || x !== y) {
          mismatches.push(
            `#${next.i} (${next.s.label}): container ${a.status} ${x} vs lambda ${b.status} ${y}`,
          );
        } else {
          const action = (JSON.parse(x) as { action: string }).action;
          actions.set(action, (actions.get(action) ?? 0) + 1);
        }
      }
    }
    // Two at a time: enough to overlap the two runtimes, not so many that offline starts extra workers.
    await Promise.all([worker(), worker()]);
    assert.deepEqual(mismatches, []);
    assert.equal(
      [...actions.values()].reduce((x, y) => x + y, 0),
      SAMPLE_SIZE,
    );
    assert.ok(actions.size >= 2, `a real sample gets more than one verdict: ${JSON.stringify([...actions])}`);
  });

  it('never prints message text, a raw sender or the admin token in either runtime', async () => {
    // Stopped first: each has written its last line and its output has been read to the end.
    await Promise.all([container.stop(), lambda.stop()]);
    const sample = corpusSample(SAMPLE_SIZE);
    const texts = [
      ...FIXTURE_MESSAGES.map((m) => m.text),
      ...(typeof sample === 'string' ? [] : sample.map((s) => s.text)),
    ];
    // Long enough to be the message and not a common word or a JSON key.
    const needles = [...texts.filter((t) => t.length >= 24), '+14085550001', '4085550001', ADMIN_TOKEN];
    for (const target of [container, lambda]) {
      const out = target.everything();
      assert.ok(out.includes('"message":"request"'), `${target.name} wrote access lines`);
      const leaked = needles.filter((n) => out.includes(n));
      assert.deepEqual(leaked, [], `${target.name} printed message text or a secret`);
    }
  });
});
