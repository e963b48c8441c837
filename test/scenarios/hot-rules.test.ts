/**
 * Hot rules against both running runtimes: a rule pushed to `<prefix>/rules/<name>` catches a new
 * scam within one TTL; a broken rule leaves the live set untouched and shows up in
 * `/admin/status` with its parameter name and line; deleting the parameters removes the rule.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SsmServer } from '../fixtures/ssm-server.ts';
import { until } from '../fixtures/until.ts';
import {
  action,
  liveAfterOneRead,
  RUNTIMES,
  type Runtime,
  startRuntime,
  statusRequest,
  throughRefresh,
} from './runtimes.ts';

const TTL_SECONDS = 1;
const TOKEN = 'hot-rules-token-3f9a0c2b7e1d4a6f';
// A new campaign, made up, of the kind the shipped pack and model let through (an invitation with
// nothing to click or pay yet): no bundled rule knows its brand name.
const SCAM = 'Quillfeather: the zephyr wallet chat moved to the lantern room, come along at six';
const RULE = `rule quillfeather_wallet_campaign
{
  meta:
    action = "junk"
    weight = 10.0
    description = "Quillfeather zephyr-wallet campaign"
  strings:
    $brand = "quillfeather" nocase
    $lock = "zephyr wallet" nocase
  condition:
    $brand and $lock
}
`;
// The error is on line 4 of the parameter.
const BROKEN = `rule quillfeather_broken
{
  condition:
    no_such_identifier
}
`;

interface Status {
  rules: { version: string; extra: string[] };
  errors: { kind: string; parameter?: string; line?: number; message?: string }[];
}

for (const kind of RUNTIMES) {
  describe(`hot rules (${kind})`, () => {
    const prefix = `/smsjunk/hot-${kind}`;
    let ssm: SsmServer;
    let rt: Runtime;

    before(async () => {
      ssm = await SsmServer.start();
      ssm.put(`${prefix}/admin-token`, TOKEN, 'SecureString');
      rt = await startRuntime(kind, { ...ssm.env, SSM_PREFIX: prefix, SSM_TTL_SECONDS: String(TTL_SECONDS) });
    });
    after(async () => {
      await rt?.stop();
      await ssm?.close();
    });

    const status = async (): Promise<Status> => {
      const a = await rt.request(statusRequest(TOKEN));
      assert.equal(a.status, 200, a.body);
      return JSON.parse(a.body) as Status;
    };

    it('catches a new scam within one TTL, keeps the set through a broken rule, and drops deleted rules', async (t) => {
      assert.equal(
        await action(rt, SCAM),
        'none',
        'precondition: the bundled rules and model let this text through',
      );
      const base = await status();
      assert.deepEqual(base.rules.extra, []);

      // Push the rule: caught within one TTL (from the first read after the put).
      const caught = await liveAfterOneRead(
        ssm,
        () => ssm.put(`${prefix}/rules/quillfeather`, RULE),
        'the pushed rule',
        async () => ((await action(rt, SCAM)) === 'junk' ? true : undefined),
      );
      const withRule = await status();
      assert.deepEqual(withRule.rules.extra, [`${prefix}/rules/quillfeather`]);
      assert.notEqual(withRule.rules.version, base.rules.version);

      // Push a broken rule: the live set stays, the error is shown with parameter and line.
      ssm.put(`${prefix}/rules/zz-broken`, BROKEN);
      const shown = await until('the compile error in status', async () => {
        const s = await status();
        return s.errors.find((e) => e.kind === 'rules');
      });
      assert.equal(shown.value.parameter, `${prefix}/rules/zz-broken`);
      assert.equal(shown.value.line, 4);
      assert.match(shown.value.message ?? '', /no_such_identifier/);
      // Through a whole refresh more with the broken rule in place: the set stays, no new line.
      await throughRefresh(rt, TOKEN, async () => assert.equal(await action(rt, SCAM), 'junk'));
      assert.equal((await status()).rules.version, withRule.rules.version);
      const compileErrors = rt.logLines('extra rules do not compile; the previous rules stay live');
      assert.equal(compileErrors.length, 1, 'logged once, not on every refresh');

      // Delete both: the rule is gone and the error with it.
      const gone = await liveAfterOneRead(
        ssm,
        () => {
          ssm.delete(`${prefix}/rules/zz-broken`);
          ssm.delete(`${prefix}/rules/quillfeather`);
        },
        'the rule to be removed',
        async () => ((await action(rt, SCAM)) === 'none' ? true : undefined),
      );
      const after = await status();
      assert.equal(after.rules.version, base.rules.version);
      assert.deepEqual(after.rules.extra, []);
      assert.deepEqual(
        after.errors.filter((e) => e.kind === 'rules'),
        [],
      );

      t.diagnostic(
        `${kind}: rule live ${caught.ms} ms after put, error shown ${shown.ms} ms after put, removed ${gone.ms} ms after delete (TTL ${TTL_SECONDS * 1000} ms)`,
      );
      // when it has exited, its last lines say why
      assert.ok(rt.alive(), `the ${kind} process exited:\n${rt.output().slice(-3000)}`);
      assert.ok(!rt.output().includes('lantern room'), 'message text in the output');
    });
  });
}
