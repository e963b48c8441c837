import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { App, createApp } from '../../shared/api/app.ts';
import { errorResponse } from '../../shared/api/errors.ts';
import type { Handler, NeutralRequest, NeutralResponse } from '../../shared/api/http.ts';
import { Health } from '../../shared/middleware/heartbeat.ts';
import { classifyBody, smallClassifier, TokenAdmin } from './fixtures.ts';

const JSON_TYPE = 'application/json; charset=utf-8';

function req(
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): NeutralRequest {
  return {
    method,
    path,
    headers: body === undefined ? headers : { 'content-type': JSON_TYPE, ...headers },
    body: body === undefined ? null : Buffer.from(body),
    remoteAddress: '127.0.0.1',
  };
}

/** Calls the app and maps a thrown error the way the recoverer does. */
async function call(app: Handler, r: NeutralRequest): Promise<NeutralResponse & { json: () => unknown }> {
  let res: NeutralResponse;
  try {
    res = await app(r, { requestId: 'r', clientIp: '127.0.0.1', logFields: {} });
  } catch (err) {
    res = errorResponse(err);
  }
  return { ...res, json: () => JSON.parse(String(res.body)) };
}

const app = createApp({ classifier: smallClassifier, appleAppIds: ['ABCDE12345.com.example.filter'] });

describe('App', () => {
  it('returns Apple action and sub-action for POST /v1/classify', async () => {
    const junk = await call(
      app,
      req('POST', '/v1/classify', classifyBody('Congratulations, you WON A PRIZE!')),
    );
    assert.equal(junk.status, 200);
    assert.equal(junk.headers['content-type'], JSON_TYPE);
    assert.deepEqual(junk.json(), { action: 'junk', subAction: 'none' });
    const fine = await call(app, req('POST', '/v1/classify', classifyBody('see you at six')));
    assert.deepEqual(fine.json(), { action: 'none', subAction: 'none' });
  });

  it('returns a verdict for a missing text or sender (classified as empty)', async () => {
    const res = await call(app, req('POST', '/v1/classify', '{"query":{}}'));
    assert.equal(res.status, 200);
    assert.deepEqual(res.json(), { action: 'none', subAction: 'none' });
  });

  it('returns the verdict in the log fields, never the text', async () => {
    const ctx = { requestId: 'r', clientIp: '', logFields: {} as Record<string, string | number | boolean> };
    await app(req('POST', '/v1/classify', classifyBody('you won a prize')), ctx);
    assert.deepEqual(ctx.logFields, { action: 'junk', subAction: 'none' });
  });

  it('returns the build stamp, rules version and runtime for GET /version', async () => {
    const res = await call(app, req('GET', '/version'));
    const doc = res.json() as Record<string, unknown>;
    assert.equal(res.status, 200);
    assert.deepEqual(Object.keys(doc).sort(), [
      'buildDate',
      'buildNumber',
      'gitHash',
      'ruleCount',
      'rulesVersion',
      'runtime',
    ]);
    assert.equal(doc.rulesVersion, smallClassifier().rulesVersion);
    assert.match(String(doc.runtime), /^node v\d+/);
  });

  it('returns the configured app ids in apple-app-site-association', async () => {
    const res = await call(app, req('GET', '/.well-known/apple-app-site-association'));
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], JSON_TYPE);
    assert.deepEqual(res.json(), { messagefilter: { apps: ['ABCDE12345.com.example.filter'] } });
  });

  it('returns GET answers for HEAD too (the adapter drops the body)', async () => {
    const res = await call(app, req('HEAD', '/version'));
    assert.equal(res.status, 200);
  });

  it('returns 404 for an unknown path and 405 with Allow for a wrong method', async () => {
    const missing = await call(app, req('GET', '/v2/classify'));
    assert.equal(missing.status, 404);
    assert.deepEqual(missing.json(), { error: { code: 'not_found', message: 'no such resource' } });
    const wrong = await call(app, req('GET', '/v1/classify'));
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.allow, 'POST');
    const put = await call(app, req('PUT', '/version'));
    assert.equal(put.headers.allow, 'GET, HEAD');
  });

  it('returns 400, 413 and 415 for bad classify bodies', async () => {
    assert.equal((await call(app, req('POST', '/v1/classify', '{"query":'))).status, 400);
    const typed = await call(app, req('POST', '/v1/classify', '{"query":{"message":{"text":42}}}'));
    assert.deepEqual(typed.json(), {
      error: { code: 'invalid_request', message: 'query.message.text must be a string' },
    });
    const small = createApp({ classifier: smallClassifier, maxBodyBytes: 300 });
    assert.equal((await call(small, req('POST', '/v1/classify', classifyBody('x'.repeat(400))))).status, 413);
    const plain = await call(
      app,
      req('POST', '/v1/classify', classifyBody('x'), { 'content-type': 'text/plain' }),
    );
    assert.equal(plain.status, 415);
  });

  it('returns /health from the shared health state when reached past the heartbeat', async () => {
    const health = new Health();
    const withHealth = createApp({ classifier: smallClassifier, health });
    assert.equal((await call(withHealth, req('GET', '/health'))).body, 'ok');
    health.startDraining();
    assert.equal((await call(withHealth, req('GET', '/health'))).status, 503);
  });

  it('returns the classifier in use at each request, so a swapped one takes effect at once', async () => {
    let current = smallClassifier();
    const swapping = createApp({ classifier: () => current });
    const body = classifyBody('free tickets inside');
    assert.deepEqual((await call(swapping, req('POST', '/v1/classify', body))).json(), {
      action: 'none',
      subAction: 'none',
    });
    current = current.withExtraRules([
      {
        name: 'tickets.yar',
        source:
          'rule tickets { meta: action = "junk" weight = 5.0 strings: $a = "free tickets" condition: $a }',
      },
    ]);
    assert.deepEqual((await call(swapping, req('POST', '/v1/classify', body))).json(), {
      action: 'junk',
      subAction: 'none',
    });
  });
});

describe('App operator endpoints', () => {
  const admin = new TokenAdmin('s3cret-token');
  const withAdmin = new App({ classifier: smallClassifier, admin, runtimeStatus: () => ({ pid: 1 }) }).handle;
  const auth = { authorization: 'Bearer s3cret-token' };

  it('returns 404 for every operator path without hooks', async () => {
    for (const [m, p] of [
      ['POST', '/v1/explain'],
      ['GET', '/admin/status'],
      ['POST', '/admin/refresh'],
    ] as const) {
      assert.equal((await call(app, req(m, p, m === 'POST' ? '{}' : undefined, auth))).status, 404);
    }
  });

  it('returns 404 when the hooks say admin is disabled, as if the route did not exist', async () => {
    const disabled = createApp({ classifier: smallClassifier, admin: new TokenAdmin(undefined) });
    assert.equal((await call(disabled, req('GET', '/admin/status', undefined, auth))).status, 404);
    assert.equal((await call(disabled, req('DELETE', '/admin/status', undefined, auth))).status, 404);
  });

  it('returns 401 with WWW-Authenticate and a generic message for a missing or wrong token', async () => {
    const answers = [];
    const variants: Record<string, string>[] = [
      {},
      { authorization: 'Bearer wrong' },
      { authorization: 's3cret-token' },
      { authorization: 'Basic s3cret-token' },
    ];
    for (const h of variants) {
      const res = await call(withAdmin, req('GET', '/admin/status', undefined, h));
      assert.equal(res.status, 401);
      assert.equal(res.headers['www-authenticate'], 'Bearer');
      answers.push(res.body);
    }
    assert.equal(new Set(answers).size, 1, 'no hint which part was wrong');
    assert.ok(!String(answers[0]).includes('s3cret'));
  });

  it('returns the hooks status, the per-rule counters and runtime facts for GET /admin/status', async () => {
    const res = await call(withAdmin, req('GET', '/admin/status', undefined, auth));
    assert.equal(res.status, 200);
    assert.deepEqual(res.json(), {
      rules: 'bundled',
      refreshes: admin.refreshes,
      ruleHits: { enabled: false }, // no metrics in this app
      runtime: { pid: 1 },
    });
  });

  it('returns what changed for POST /admin/refresh and 405 for GET', async () => {
    const before = admin.refreshes;
    const res = await call(withAdmin, req('POST', '/admin/refresh', undefined, auth));
    assert.equal(res.status, 200);
    assert.deepEqual(res.json(), { changed: false, refreshes: before + 1 });
    const wrong = await call(withAdmin, req('GET', '/admin/refresh', undefined, auth));
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.allow, 'POST');
  });

  it('returns 422 for a refresh whose report says ok false, 502 when Parameter Store failed', async () => {
    const reporting = (report: Record<string, unknown>) =>
      createApp({
        classifier: smallClassifier,
        admin: Object.assign(new TokenAdmin('s3cret-token'), { refresh: async () => report }),
      });
    const refused = {
      ok: false,
      errors: [{ kind: 'rules', parameter: '/p/rules/x', line: 4, message: 'm' }],
    };
    const res = await call(reporting(refused), req('POST', '/admin/refresh', undefined, auth));
    assert.equal(res.status, 422);
    assert.deepEqual(res.json(), refused, 'the report as it is: ok false and the errors');
    const unreachable = { ok: false, errors: [{ kind: 'parameter-store', code: 'InternalServerError' }] };
    assert.equal(
      (await call(reporting(unreachable), req('POST', '/admin/refresh', undefined, auth))).status,
      502,
    );
    assert.equal(
      (await call(reporting({ ok: true }), req('POST', '/admin/refresh', undefined, auth))).status,
      200,
    );
  });

  it('returns the classifier explanation for POST /v1/explain', async () => {
    const res = await call(withAdmin, req('POST', '/v1/explain', classifyBody('You WON a prize'), auth));
    assert.equal(res.status, 200);
    const doc = res.json() as { verdict: unknown; rules: { rule: string }[] };
    assert.deepEqual(doc.verdict, { action: 'junk', subAction: 'none' });
    assert.deepEqual(
      doc.rules.map((r) => r.rule),
      ['prize'],
    );
  });
});
