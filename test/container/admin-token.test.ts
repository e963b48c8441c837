/**
 * Admin tokens shorter than 32 characters or with whitespace are refused, naming the key or the
 * parameter and never the value: at start (exit 2, as every configuration error) and when
 * Parameter Store hands one over (the tokens in use stay; none at a cold start: 401).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { SsmServer } from '../fixtures/ssm-server.ts';
import { smallPack } from '../small-pack.ts';
import { BUILT, BuiltServer, MAIN } from './built.ts';
import { request } from './helpers.ts';

const GOOD = 'admin-token-test-0123456789abcdef0123456789';
const SPACED = 'admin token with a space 0123456789abcdef';

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, [MAIN, 'server', '--port', '0', '--workers', '1'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('admin token rules', { skip: !BUILT }, () => {
  it('exits 2 for ADMIN_TOKEN=a and for a token containing a space, never printing the value', () => {
    const short = start({ ADMIN_TOKEN: 'a' });
    assert.equal(short.status, 2);
    assert.match(short.stderr, /ADMIN_TOKEN: the token is shorter than 32 characters/);
    assert.match(short.stderr, /got a hidden value from environment ADMIN_TOKEN/);
    const spaced = start({ ADMIN_TOKEN: `${GOOD},${SPACED}` });
    assert.equal(spaced.status, 2);
    assert.match(spaced.stderr, /ADMIN_TOKEN: token 2 of 2 contains whitespace/);
    assert.ok(!spaced.stderr.includes('with a space') && !spaced.stderr.includes(GOOD), spaced.stderr);
  });

  describe('from Parameter Store', () => {
    const P = '/tokens/prod';
    let ssm: SsmServer;
    let s: BuiltServer;
    let port: number;
    before(async () => {
      ssm = await SsmServer.start();
      ssm.put(`${P}/admin-token`, GOOD, 'SecureString');
      s = new BuiltServer(1, { ...ssm.env, SSM_PREFIX: P, SSM_TTL_SECONDS: '3600', ...smallPack() });
      port = await s.port();
    });
    after(async () => {
      s?.stop();
      await ssm?.close();
    });

    it('refuses a short token on refresh, keeps the one in use and says so without the value', async () => {
      const auth = { authorization: `Bearer ${GOOD}` };
      ssm.put(`${P}/admin-token`, 'tiny', 'SecureString');
      const r = await request(port, 'POST', '/admin/refresh', { headers: auth });
      assert.equal(r.status, 422);
      const report = r.json() as {
        ok: boolean;
        errors: { kind: string; parameter: string; message: string }[];
      };
      assert.equal(report.ok, false);
      assert.deepEqual(
        report.errors.map((e) => [e.kind, e.parameter]),
        [['parameter', `${P}/admin-token`]],
      );
      assert.match(report.errors[0]?.message ?? '', /refused: the token is shorter than 32 characters/);
      assert.equal(
        (await request(port, 'GET', '/admin/status', { headers: auth })).status,
        200,
        'the old token works',
      );
      assert.equal(
        (await request(port, 'GET', '/admin/status', { headers: { authorization: 'Bearer tiny' } })).status,
        401,
      );
      const [logged] = await s.waitFor(
        (l) => l.message === 'admin token refused; the tokens in use stay',
        'refusal line',
      );
      assert.equal(logged?.parameter, `${P}/admin-token`);
      assert.ok(!s.stdout.includes('tiny') && !s.stdout.includes(GOOD), 'no token in the logs');
    });

    it('limits failed authentications per client: 401 up to ADMIN_AUTH_FAILURE_LIMIT (10), then 429', async () => {
      const ok = await request(port, 'GET', '/admin/status', {
        headers: { authorization: `Bearer ${GOOD}` },
      });
      assert.equal(ok.status, 200, 'a success forgets the earlier failures');
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        const r = await request(port, 'GET', '/admin/status', {
          headers: { authorization: `Bearer nope-${i}` },
        });
        statuses.push(r.status);
      }
      assert.deepEqual(statuses, [...Array(10).fill(401), 429, 429]);
      const fails = await s.waitFor((l) => l.message === 'admin authentication failed', 'WARN lines', 10);
      assert.ok(fails.every((l) => l.level === 'WARN' && l.clientIp === '127.0.0.1'));
      assert.ok(!s.stdout.includes('nope-'), 'no token in the logs');
    });

    it('keeps the operator endpoints closed (401, not 404) when the first token read is refused', async () => {
      ssm.put('/cold-tokens/prod/admin-token', 'short-token', 'SecureString');
      const cold = new BuiltServer(1, { ...ssm.env, SSM_PREFIX: '/cold-tokens/prod', ...smallPack() });
      try {
        const coldPort = await cold.port();
        const r = await request(coldPort, 'GET', '/admin/status', {
          headers: { authorization: 'Bearer short-token' },
        });
        assert.equal(r.status, 401);
      } finally {
        cold.stop();
      }
    });
  });
});
