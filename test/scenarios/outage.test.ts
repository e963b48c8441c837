/**
 * A Parameter Store outage against both running runtimes: SSM answers 500 and then throttles for
 * several TTLs. Classification and the operator endpoints keep working on the last good values,
 * the status page shows the error and the data's age, Parameter Store is not called per request,
 * one warning is logged for the whole outage, and new values load once it recovers.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SsmServer } from '../fixtures/ssm-server.ts';
import { action, RUNTIMES, type Runtime, sleep, startRuntime, statusRequest } from './runtimes.ts';

const TTL_SECONDS = 1;

/** The log lines with this message once at least one is there (a line is written at the end of its turn). */
async function linesOf(rt: Runtime, message: string): Promise<Record<string, unknown>[]> {
  for (let i = 0; i < 250 && rt.logLines(message).length === 0; i++) await sleep(20);
  return rt.logLines(message);
}
const TOKEN_1 = 'outage-token-one-8d2c71e4b0a9f3c5';
const TOKEN_2 = 'outage-token-two-5a90b3f6c1d8e2a7';
const SCAM =
  'Quillfeather support: your zephyr wallet is locked, verify your identity at quillfeather-verify.example';
const RULE = `rule quillfeather_wallet_campaign
{
  meta:
    action = "junk"
    weight = 10.0
  strings:
    $brand = "quillfeather" nocase
    $lock = "wallet is locked" nocase
  condition:
    $brand and $lock
}
`;

interface Status {
  refresh: { lastResult: string; stale: boolean; dataAgeSeconds: number; failures: number };
  errors: { kind: string; code?: string }[];
}

for (const kind of RUNTIMES) {
  describe(`Parameter Store outage (${kind})`, () => {
    const prefix = `/smsjunk/outage-${kind}`;
    let ssm: SsmServer;
    let rt: Runtime;

    before(async () => {
      ssm = await SsmServer.start();
      ssm.put(`${prefix}/admin-token`, TOKEN_1, 'SecureString');
      ssm.put(`${prefix}/rules/quillfeather`, RULE);
      rt = await startRuntime(kind, { ...ssm.env, SSM_PREFIX: prefix, SSM_TTL_SECONDS: String(TTL_SECONDS) });
    });
    after(async () => {
      await rt?.stop();
      await ssm?.close();
    });

    /**
     * Classifies and reads the status with the current token (at least 20 requests) until the
     * status counts `attempts` failed refreshes in a row; returns what it saw, and that status.
     */
    async function serve(attempts: number, token: string) {
      let requests = 0;
      const failures: string[] = [];
      for (let i = 0; i < 2000; i++) {
        const verdict = await action(rt, SCAM);
        if (verdict !== 'junk') failures.push(`classify ${verdict}`);
        const s = await rt.request(statusRequest(token));
        requests += 2;
        if (s.status !== 200) failures.push(`status ${s.status}`);
        else if (requests >= 20) {
          const status = JSON.parse(s.body) as Status;
          if (status.refresh.failures >= attempts) return { requests, failures, status };
        }
        await sleep(40);
      }
      throw new Error(`no ${attempts} failed refreshes after ${requests} requests`);
    }

    it('serves the last good values through 500s and throttling and loads new ones after', async (t) => {
      assert.equal(await action(rt, SCAM), 'junk');
      assert.equal((await rt.request(statusRequest(TOKEN_1))).status, 200);
      const readsBefore = ssm.count('GetParametersByPath');

      // A failed refresh on 500s, then one on throttling: one outage.
      ssm.fail({ kind: 'internal' });
      const during500 = await serve(1, TOKEN_1);
      ssm.fail({ kind: 'throttle' });
      const duringThrottle = await serve(during500.status.refresh.failures + 1, TOKEN_1);
      const reads = ssm.count('GetParametersByPath') - readsBefore;
      assert.deepEqual([...during500.failures, ...duringThrottle.failures], []);

      const down = duringThrottle.status;
      assert.equal(down.refresh.lastResult, 'error');
      assert.equal(down.refresh.stale, true);
      // the first attempt that failed came a TTL after the last good read
      assert.ok(down.refresh.dataAgeSeconds >= TTL_SECONDS, `data age ${down.refresh.dataAgeSeconds}`);
      assert.ok(down.refresh.failures >= 2);
      // The error of the latest attempt (when backoff put it in the throttling phase or not).
      const storeErrors = down.errors.filter((e) => e.kind === 'parameter-store');
      assert.equal(storeErrors.length, 1);
      assert.ok(['InternalServerError', 'ThrottlingException'].includes(storeErrors[0]?.code ?? ''));
      const requests = during500.requests + duringThrottle.requests;
      // Only the refreshes read Parameter Store (each at most 2 SDK requests; one more may be under
      // way, not yet counted), never a request.
      assert.ok(
        reads <= 2 * (down.refresh.failures + 1),
        `${reads} reads of Parameter Store for ${down.refresh.failures} refreshes and ${requests} requests`,
      );

      // A new token is put during the outage; it loads once Parameter Store recovers.
      ssm.put(`${prefix}/admin-token`, TOKEN_2, 'SecureString');
      ssm.recover();
      const recoveredAt = Date.now();
      let switched = false;
      while (Date.now() - recoveredAt < 15_000) {
        if ((await rt.request(statusRequest(TOKEN_2))).status === 200) {
          switched = true;
          break;
        }
        const old = (await rt.request(statusRequest(TOKEN_1))).status;
        if (old === 401) {
          // The switch landed between the two requests (one worker): the new token works now.
          assert.equal(
            (await rt.request(statusRequest(TOKEN_2))).status,
            200,
            'both tokens refused at the same time',
          );
          switched = true;
          break;
        }
        assert.equal(old, 200, 'the old token failed before the switch');
        await sleep(50);
      }
      const recoveryMs = Date.now() - recoveredAt;
      assert.ok(switched, 'the new token never loaded');
      assert.equal((await rt.request(statusRequest(TOKEN_1))).status, 401);
      assert.equal(await action(rt, SCAM), 'junk');
      const up = JSON.parse((await rt.request(statusRequest(TOKEN_2))).body) as Status;
      assert.equal(up.refresh.lastResult, 'ok');
      assert.deepEqual(
        up.errors.filter((e) => e.kind === 'parameter-store'),
        [],
      );

      assert.equal(
        (await linesOf(rt, 'parameter store refresh failed; serving the last good values')).length,
        1,
      );
      assert.equal((await linesOf(rt, 'parameter store reachable again')).length, 1);
      // when it has exited, its last lines say why
      assert.ok(rt.alive(), `the ${kind} process exited:\n${rt.output().slice(-3000)}`);
      for (const secret of [TOKEN_1, TOKEN_2]) assert.ok(!rt.output().includes(secret));
      t.diagnostic(
        `${kind}: ${requests} requests in an outage of ${down.refresh.failures} refreshes, ${reads} Parameter Store reads; new values live ${recoveryMs} ms after recovery (backoff)`,
      );
    });
  });
}
