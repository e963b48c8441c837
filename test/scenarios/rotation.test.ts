/**
 * Admin token rotation against both running runtimes, through Parameter Store only: token A; then
 * `B,A` (both accepted within one TTL); then `B` (A refused within one TTL). No request with a
 * token that stays valid across a step ever fails, and the process is never restarted.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SsmServer } from '../fixtures/ssm-server.ts';
import {
  liveAfterOneRead,
  RUNTIMES,
  type Runtime,
  startRuntime,
  statusRequest,
  throughRefresh,
} from './runtimes.ts';

const TTL_SECONDS = 1;
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

    /**
     * After `change`, sends requests with each token until `done` says stop, with Parameter Store
     * answering only the first read after the change (so `done` holds within one TTL); records
     * every answer.
     */
    async function watch(
      change: () => void,
      tokens: readonly string[],
      done: (latest: Record<string, number>) => boolean,
    ): Promise<{ at: number; token: string; status: number }[]> {
      const start = Date.now();
      const log: { at: number; token: string; status: number }[] = [];
      const latest: Record<string, number> = {};
      await liveAfterOneRead(ssm, change, 'the change', async () => {
        for (const token of tokens) {
          const a = await rt.request(statusRequest(token));
          log.push({ at: Date.now() - start, token, status: a.status });
          latest[token] = a.status;
        }
        return done(latest) ? true : undefined;
      });
      return log;
    }

    /** Every answer with each token through a whole refresh more (`valid` reads the status). */
    async function settle(
      valid: string,
      tokens: readonly string[],
    ): Promise<{ token: string; status: number }[]> {
      const log: { token: string; status: number }[] = [];
      await throughRefresh(rt, valid, async () => {
        for (const token of tokens)
          log.push({ token, status: (await rt.request(statusRequest(token))).status });
      });
      return log;
    }

    it('accepts A, then A and B within one TTL, then only B within one TTL, with no valid request failing', async (t) => {
      assert.equal((await rt.request(statusRequest(TOKEN_A))).status, 200);
      assert.equal((await rt.request(statusRequest(TOKEN_B))).status, 401);
      assert.equal((await rt.request(statusRequest(''))).status, 401);

      // Step 1: both tokens.
      const step1 = await watch(
        () => ssm.put(`${prefix}/admin-token`, `${TOKEN_B},${TOKEN_A}`, 'SecureString'),
        [TOKEN_A, TOKEN_B],
        (s) => s[TOKEN_B] === 200,
      );
      const bFirstOk = step1.find((e) => e.token === TOKEN_B && e.status === 200)?.at;
      assert.ok(bFirstOk !== undefined, 'B was never accepted');
      assert.deepEqual(
        step1.filter((e) => e.token === TOKEN_A && e.status !== 200),
        [],
        'A failed while it was valid',
      );
      // Once accepted, B stays accepted, and A too.
      const settle1 = await settle(TOKEN_B, [TOKEN_A, TOKEN_B]);
      assert.ok(
        settle1.every((e) => e.status === 200),
        JSON.stringify(settle1),
      );

      // Step 2: only B.
      const step2 = await watch(
        () => ssm.put(`${prefix}/admin-token`, TOKEN_B, 'SecureString'),
        [TOKEN_B, TOKEN_A],
        (s) => s[TOKEN_A] === 401,
      );
      const aFirstRefused = step2.find((e) => e.token === TOKEN_A && e.status === 401)?.at;
      assert.ok(aFirstRefused !== undefined, 'A was never refused');
      assert.deepEqual(
        step2.filter((e) => e.token === TOKEN_B && e.status !== 200),
        [],
        'B failed while it was valid',
      );
      const settle2 = await settle(TOKEN_B, [TOKEN_B, TOKEN_A]);
      for (const e of settle2) assert.equal(e.status, e.token === TOKEN_B ? 200 : 401);

      t.diagnostic(
        `${kind}: B accepted ${bFirstOk} ms after put "B,A"; A refused ${aFirstRefused} ms after put "B" (TTL ${TTL_SECONDS * 1000} ms)`,
      );

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
