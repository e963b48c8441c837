/**
 * Admin token rotation against both running runtimes, through Parameter Store only: token A; then
 * `B,A` (both accepted within one TTL); then `B` (A refused within one TTL). No request with a
 * token that stays valid across a step ever fails, and the process is never restarted.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SsmServer } from '../fixtures/ssm-server.ts';
import { RUNTIMES, type Runtime, sleep, startRuntime, statusRequest } from './runtimes.ts';

const TTL_SECONDS = 1;
/** Beyond one TTL: one Parameter Store read and a busy machine's scheduling. */
const GRACE_MS = 2000;
const TOKEN_A = 'rotation-token-A-6b1d2e0f9a4c7e31';
const TOKEN_B = 'rotation-token-B-0c7e4a13d5f8b260';

for (const kind of RUNTIMES) {
  describe(`token rotation (${kind})`, () => {
    const prefix = `/smsjunk/rotation-${kind}`;
    let ssm: SsmServer;
    let rt: Runtime;

    before(async () => {
      ssm = await SsmServer.start();
      ssm.put(`${prefix}/admin-token`, TOKEN_A, 'SecureString');
      rt = await startRuntime(kind, {
        ...ssm.env,
        SSM_PREFIX: prefix,
        SSM_TTL_SECONDS: String(TTL_SECONDS),
      });
    });
    after(async () => {
      await rt?.stop();
      await ssm?.close();
    });

    /** Sends requests with each token until `done` says stop; records every answer. */
    async function watch(
      tokens: readonly string[],
      done: (latest: Record<string, number>) => boolean,
      timeoutMs: number,
    ): Promise<{ log: { at: number; token: string; status: number }[]; elapsedMs: number }> {
      const start = Date.now();
      const log: { at: number; token: string; status: number }[] = [];
      const latest: Record<string, number> = {};
      while (Date.now() - start < timeoutMs) {
        for (const token of tokens) {
          const a = await rt.request(statusRequest(token));
          log.push({ at: Date.now() - start, token, status: a.status });
          latest[token] = a.status;
        }
        if (done(latest)) return { log, elapsedMs: Date.now() - start };
        await sleep(25);
      }
      return { log, elapsedMs: Date.now() - start };
    }

    it('accepts A, then A and B within one TTL, then only B within one TTL, with no valid request failing', async (t) => {
      assert.equal((await rt.request(statusRequest(TOKEN_A))).status, 200);
      assert.equal((await rt.request(statusRequest(TOKEN_B))).status, 401);
      assert.equal((await rt.request(statusRequest(''))).status, 401);

      // Step 1: both tokens.
      ssm.put(`${prefix}/admin-token`, `${TOKEN_B},${TOKEN_A}`, 'SecureString');
      const step1 = await watch([TOKEN_A, TOKEN_B], (s) => s[TOKEN_B] === 200, TTL_SECONDS * 1000 + 5000);
      const bFirstOk = step1.log.find((e) => e.token === TOKEN_B && e.status === 200)?.at;
      assert.ok(bFirstOk !== undefined, 'B was never accepted');
      assert.deepEqual(
        step1.log.filter((e) => e.token === TOKEN_A && e.status !== 200),
        [],
        'A failed while it was valid',
      );
      // Once accepted, B stays accepted, and A too.
      const settle1 = await watch([TOKEN_A, TOKEN_B], () => false, 600);
      assert.ok(
        settle1.log.every((e) => e.status === 200),
        JSON.stringify(settle1.log),
      );

      // Step 2: only B.
      ssm.put(`${prefix}/admin-token`, TOKEN_B, 'SecureString');
      const step2 = await watch([TOKEN_B, TOKEN_A], (s) => s[TOKEN_A] === 401, TTL_SECONDS * 1000 + 5000);
      const aFirstRefused = step2.log.find((e) => e.token === TOKEN_A && e.status === 401)?.at;
      assert.ok(aFirstRefused !== undefined, 'A was never refused');
      assert.deepEqual(
        step2.log.filter((e) => e.token === TOKEN_B && e.status !== 200),
        [],
        'B failed while it was valid',
      );
      const settle2 = await watch([TOKEN_B, TOKEN_A], () => false, 600);
      for (const e of settle2.log) assert.equal(e.status, e.token === TOKEN_B ? 200 : 401);

      t.diagnostic(
        `${kind}: B accepted ${bFirstOk} ms after put "B,A"; A refused ${aFirstRefused} ms after put "B" (TTL ${TTL_SECONDS * 1000} ms)`,
      );
      assert.ok(bFirstOk <= TTL_SECONDS * 1000 + GRACE_MS, `B took ${bFirstOk} ms`);
      assert.ok(aFirstRefused <= TTL_SECONDS * 1000 + GRACE_MS, `A took ${aFirstRefused} ms`);

      // One process the whole time, and no token in its output.
      assert.ok(rt.alive(), 'the process is gone');
      const status = JSON.parse((await rt.request(statusRequest(TOKEN_B))).body) as {
        admin: { tokens: number };
        parameters: { name: string; version: number }[];
        uptimeSeconds: number;
      };
      assert.equal(status.admin.tokens, 1);
      assert.equal(status.parameters.find((p) => p.name === `${prefix}/admin-token`)?.version, 3);
      const printed = rt.output();
      for (const secret of [TOKEN_A, TOKEN_B])
        assert.ok(!printed.includes(secret), `output contains ${secret}`);
    });
  });
}
