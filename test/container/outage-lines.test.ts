/**
 * What the built server prints when it starts with Parameter Store down: one warning that says
 * nothing was ever loaded (not "serving the last good values"), and nothing that is not a JSON
 * line, on stdout or stderr (on Node 20 the AWS SDK's own multi-line notice would be).
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { freePort } from '../contract/targets.ts';
import { smallPack } from '../small-pack.ts';
import { BUILT, BuiltServer } from './built.ts';
import { request } from './helpers.ts';

describe('a cold start with Parameter Store down', { skip: !BUILT }, () => {
  let s: BuiltServer | undefined;
  after(() => s?.stop());

  it('warns that no values were loaded yet, serves, and prints only JSON lines', async () => {
    const nowhere = await freePort(); // nothing listens there: every SSM call is refused
    s = new BuiltServer(1, {
      SSM_PREFIX: '/cold/prod',
      AWS_ENDPOINT_URL_SSM: `http://127.0.0.1:${nowhere}`,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      ...smallPack(),
    });
    const port = await s.port();
    const [warning] = await s.waitFor(
      (l) => l.level === 'WARN' && /parameter store/.test(String(l.message)),
      'outage warning',
    );
    assert.match(String(warning?.message), /no values loaded yet/);
    assert.equal(warning?.hasData, false);
    assert.equal(s.lines.filter((l) => /last good values/.test(String(l.message))).length, 0);
    assert.equal((await request(port, 'GET', '/admin/status')).status, 401, 'fail closed');
    assert.equal((await request(port, 'GET', '/version')).status, 200);
    s.signal('SIGTERM');
    assert.equal(await s.exited, 0);
    assert.deepEqual(s.foreign, [], 'every line printed is one JSON object');
    if (Number.parseInt(process.version.slice(1), 10) < 22) {
      assert.ok(
        s.lines.some((l) => /require node >= 22/.test(String(l.message))),
        'the SDK notice as a JSON line',
      );
    }
  });
});
