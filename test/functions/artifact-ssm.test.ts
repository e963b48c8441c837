/**
 * The built artifact (`dist/lambda/handler.mjs`) in a fresh process, against the SSM protocol
 * fixture on 127.0.0.1 with the real AWS SDK client inside the bundle: secrets and extra rules come
 * from Parameter Store during the init phase, and the cache keeps warm invocations off the network.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createClassifier } from '../../shared/classifier/index.ts';
import { SsmServer } from '../fixtures/ssm-server.ts';
import { loadEvent } from './fixtures.ts';
import { invokeInFreshProcess } from './invoke.ts';

const BUNDLE = fileURLToPath(new URL('../../dist/lambda/handler.mjs', import.meta.url));
const PREFIX = '/smsjunk/ci';
const TOKEN = 'ssm-admin-token-5e1f0b9d77c24a18';
const MAGIC = 'zzqxfrobnicate';
const APP_IDS = 'ABCDE12345.com.example.smsfilter,VWXYZ67890.com.example.other';
// An operator's emergency block: heavy enough to outweigh the model on any text.
const RULE = `rule emergency_keyword { meta: action = "junk" weight = 100.0 strings: $a = "${MAGIC}" nocase condition: $a }`;

function classifyEvent(text: string) {
  const event = loadEvent('http-api-v2');
  event.body = JSON.stringify({ _version: 1, query: { sender: '+14085550001', message: { text } } });
  return event;
}

function getEvent(path: string) {
  const event = loadEvent('http-api-v2-health');
  event.rawPath = path;
  event.requestContext.http.path = path;
  event.routeKey = `GET ${path}`;
  return event;
}

function adminStatusEvent(token: string) {
  const event = loadEvent('http-api-v2-health');
  event.rawPath = '/admin/status';
  event.requestContext.http.path = '/admin/status';
  event.routeKey = 'GET /admin/status';
  event.headers.authorization = `Bearer ${token}`;
  return event;
}

describe('the bundled handler with Parameter Store', () => {
  let ssm: SsmServer;

  before(async () => {
    assert.ok(
      existsSync(BUNDLE),
      'dist/lambda/handler.mjs is missing: run `npm run build` first (npm test does)',
    );
    ssm = await SsmServer.start();
    ssm.put(`${PREFIX}/admin-token`, TOKEN, 'SecureString');
    ssm.put(`${PREFIX}/rules/emergency`, RULE);
    ssm.put(`${PREFIX}/apple-app-ids`, APP_IDS, 'StringList');
  });

  after(async () => {
    await ssm?.close();
  });

  it('applies rules, the admin token and the app ids from Parameter Store, loads them once at init, and logs no text or secret', async () => {
    const text = `please ${MAGIC} the account today`;
    const input = { text, sender: '+14085550001' };
    const withRule = createClassifier({ extraRules: [{ name: `${PREFIX}/rules/emergency`, source: RULE }] });
    const expected = withRule.classify(input);
    assert.notDeepEqual(createClassifier().classify(input), expected, 'the SSM rule changes the verdict');

    const events = [
      classifyEvent(text),
      adminStatusEvent(TOKEN),
      adminStatusEvent('wrong'),
      classifyEvent(text),
      getEvent('/.well-known/apple-app-site-association'),
    ];
    const run = await invokeInFreshProcess(BUNDLE, events, {
      ...ssm.env,
      SSM_PREFIX: PREFIX,
      SSM_TTL_SECONDS: '300',
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    });
    const [first, status, denied, again, aasa] = run.results as { statusCode: number; body: string }[];

    assert.equal(first?.statusCode, 200);
    assert.deepEqual(JSON.parse(first?.body ?? ''), expected);
    assert.deepEqual(JSON.parse(again?.body ?? ''), expected);
    assert.equal(status?.statusCode, 200);
    const doc = JSON.parse(status?.body ?? '');
    assert.equal(doc.source.kind, 'ssm');
    assert.equal(doc.source.prefix, PREFIX);
    assert.equal(doc.runtime.kind, 'lambda');
    assert.equal(denied?.statusCode, 401);
    assert.deepEqual(JSON.parse(aasa?.body ?? ''), { messagefilter: { apps: APP_IDS.split(',') } });

    assert.equal(ssm.count('GetParametersByPath'), 1, 'one load at init; warm invocations use the cache');

    const access = run.logs.filter((l) => l.message === 'request');
    assert.deepEqual(
      access.map((l) => l.cold_start),
      [true, false, false, false, false],
    );
    for (const secret of [MAGIC, TOKEN, '+14085550001', '14085550001']) {
      assert.ok(!run.stdout.includes(secret) && !run.stderr.includes(secret), `output contains ${secret}`);
    }
  });
});
