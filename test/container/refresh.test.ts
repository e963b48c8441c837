/**
 * `POST /admin/refresh` on the built container (two workers) against the local SSM protocol
 * fixture: it reaches every worker (the next classifications on either worker use the new rule),
 * says how many refreshed and how each did, and answers `ok: false` with the errors and a
 * non-2xx status when the rules are refused, a setting is invalid or Parameter Store fails.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { classifyBody } from '../api/fixtures.ts';
import { SsmServer } from '../fixtures/ssm-server.ts';
import { BUILT, BuiltServer } from './built.ts';
import { classify, request } from './helpers.ts';

const P = '/refresh/prod';
const TOKEN = 'refresh-admin-token-0123456789abcdef';
const CAMPAIGN = 'Greetings from Quillfeather, claim at zephyr-cafe';
const rule = (action: string) => `rule quillfeather_emergency
{
  meta:
    action = "${action}"
    force = "junk"
  strings:
    $a = "quillfeather" nocase
  condition:
    $a
}
`;

interface Report {
  ok: boolean;
  workers: { total: number; answered: number; ok: number };
  results: { pid: number; ok: boolean; rulesChanged?: boolean }[];
  errors: { kind: string; parameter?: string; line?: number; message?: string }[];
}

describe('/admin/refresh on the built container', { skip: !BUILT }, () => {
  let ssm: SsmServer;
  let s: BuiltServer;
  let port: number;
  before(async () => {
    ssm = await SsmServer.start();
    ssm.put(`${P}/admin-token`, TOKEN, 'SecureString');
    // a TTL of an hour: only the refresh under test reads Parameter Store again
    s = new BuiltServer(2, { ...ssm.env, SSM_PREFIX: P, SSM_TTL_SECONDS: '3600' });
    port = await s.port();
  });
  after(async () => {
    s?.stop();
    await ssm?.close();
  });

  async function refresh(): Promise<{ status: number; report: Report }> {
    const r = await request(port, 'POST', '/admin/refresh', {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    return { status: r.status, report: r.json() as Report };
  }

  /** The verdicts of ten classifications, each on a new connection: round-robin over both workers. */
  async function verdicts(): Promise<{ actions: string[]; workers: number }> {
    const replies = await Promise.all(
      Array.from({ length: 10 }, () =>
        classify(port, classifyBody(CAMPAIGN, '87121'), {
          'content-type': 'application/json',
          connection: 'close',
        }),
      ),
    );
    const prefixes = new Set(replies.map((r) => String(r.headers['x-request-id']).split('-')[0]));
    return { actions: replies.map((r) => (r.json() as { action: string }).action), workers: prefixes.size };
  }

  it('returns ok from every worker, which then all use the new rule', async () => {
    assert.ok(
      (await verdicts()).actions.every((a) => a !== 'junk'),
      'precondition: nothing catches it yet',
    );
    ssm.put(`${P}/rules/emergency`, rule('junk'));
    const { status, report } = await refresh();
    assert.equal(status, 200, JSON.stringify(report));
    assert.equal(report.ok, true);
    assert.deepEqual(report.workers, { total: 2, answered: 2, ok: 2 });
    assert.equal(new Set(report.results.map((r) => r.pid)).size, 2);
    assert.ok(report.results.every((r) => r.rulesChanged === true));
    const after = await verdicts();
    assert.equal(after.workers, 2, 'both workers answered');
    assert.deepEqual(after.actions, Array(10).fill('junk'));
  });

  it('returns 422 and ok false with the errors when the new rules are refused, the old ones staying live', async () => {
    ssm.put(`${P}/rules/emergency`, rule('Junk'));
    const { status, report } = await refresh();
    assert.equal(status, 422);
    assert.equal(report.ok, false);
    assert.deepEqual(report.workers, { total: 2, answered: 2, ok: 0 });
    assert.deepEqual(
      report.errors.map((e) => [e.kind, e.parameter, e.line]),
      [['rules', `${P}/rules/emergency`, 4]],
    );
    assert.match(report.errors[0]?.message ?? '', /action = "Junk"/);
    assert.deepEqual((await verdicts()).actions, Array(10).fill('junk'), 'the previous rule is still live');
    ssm.put(`${P}/rules/emergency`, rule('junk'));
  });

  it('returns 422 and ok false when a setting is invalid', async () => {
    ssm.put(`${P}/thresholds`, '{"junk":"high"}');
    const { status, report } = await refresh();
    assert.equal(status, 422);
    assert.equal(report.ok, false);
    assert.deepEqual(
      report.errors.map((e) => [e.kind, e.parameter]),
      [['parameter', `${P}/thresholds`]],
    );
    ssm.delete(`${P}/thresholds`);
  });

  it('returns 502 and ok false when Parameter Store cannot be read', async () => {
    ssm.fail({ kind: 'internal' });
    try {
      const { status, report } = await refresh();
      assert.equal(status, 502);
      assert.equal(report.ok, false);
      assert.ok(report.errors.some((e) => e.kind === 'parameter-store'));
    } finally {
      ssm.recover();
    }
    const { status } = await refresh();
    assert.equal(status, 200);
  });
});
