/**
 * Parameter Store changes other than plain rules, against both running runtimes:
 * - a new `<prefix>/apple-app-ids` StringList is served in apple-app-site-association within one TTL;
 * - an emergency rule: a weight-10 junk rule that the text model outvotes on a hammy text, then the
 *   same rule with `force = "junk"`, which decides the verdict within one TTL.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SsmServer } from '../fixtures/ssm-server.ts';
import { until } from '../fixtures/until.ts';
import { action, liveAfterOneRead, RUNTIMES, type Runtime, startRuntime } from './runtimes.ts';

const TTL_SECONDS = 1;
const FIRST_IDS = 'ABCDE12345.com.example.filter';
const NEW_IDS = ['ABCDE12345.com.example.filter', 'FGHIJ67890.com.example.filter2'];
// A verification code: the bundled transaction rules file it as a transaction, which an unforced
// junk rule of any weight does not change; a forced one does.
const TEXT = 'Your Tangerine verification code is 482913. Do not share it with anyone.';
const rule = (meta: string) => `rule emergency_tangerine
{
  meta:
    action = "junk"
    weight = 10.0
    ${meta}
  strings:
    $a = "tangerine" nocase
  condition:
    $a
}
`;

for (const kind of RUNTIMES) {
  describe(`hot configuration (${kind})`, () => {
    const prefix = `/smsjunk/config-${kind}`;
    let ssm: SsmServer;
    let rt: Runtime;

    before(async () => {
      ssm = await SsmServer.start();
      ssm.put(`${prefix}/apple-app-ids`, FIRST_IDS, 'StringList');
      rt = await startRuntime(kind, {
        ...ssm.env,
        SSM_PREFIX: prefix,
        SSM_TTL_SECONDS: String(TTL_SECONDS),
        APPLE_APP_IDS: 'ZZZZZ99999.com.example.fromconfig',
      });
    });
    after(async () => {
      await rt?.stop();
      await ssm?.close();
    });

    const apps = async (): Promise<string[]> => {
      const a = await rt.request({ method: 'GET', path: '/.well-known/apple-app-site-association' });
      assert.equal(a.status, 200, a.body);
      return (JSON.parse(a.body) as { messagefilter: { apps: string[] } }).messagefilter.apps;
    };

    it('returns a new apple-app-ids list in the association file within one TTL', async (t) => {
      assert.deepEqual(await apps(), [FIRST_IDS], 'Parameter Store wins over APPLE_APP_IDS');
      const seen = await liveAfterOneRead(
        ssm,
        () => ssm.put(`${prefix}/apple-app-ids`, NEW_IDS.join(','), 'StringList'),
        'the new app ids',
        async () => ((await apps()).length === 2 ? true : undefined),
      );
      assert.deepEqual(await apps(), NEW_IDS);
      // Deleted: back to the configured APPLE_APP_IDS.
      ssm.delete(`${prefix}/apple-app-ids`);
      await until('the configured app ids', async () =>
        (await apps())[0] === 'ZZZZZ99999.com.example.fromconfig' ? true : undefined,
      );
      t.diagnostic(`${kind}: new app ids served ${seen.ms} ms after put (TTL ${TTL_SECONDS * 1000} ms)`);
    });

    it('returns junk within one TTL for a forced rule a transaction claim outvoted unforced', async (t) => {
      assert.equal(
        await action(rt, TEXT),
        'transaction',
        'precondition: the bundled rules file this as a transaction',
      );
      const version = async () =>
        (JSON.parse((await rt.request({ method: 'GET', path: '/version' })).body) as { rulesVersion: string })
          .rulesVersion;
      const base = await version();
      ssm.put(`${prefix}/rules/emergency`, rule(''));
      // The unforced rule is live once /version shows a new rules version; the claim still wins.
      await until('the unforced rule', async () => ((await version()) !== base ? true : undefined));
      assert.equal(
        await action(rt, TEXT),
        'transaction',
        'precondition: the claim outvotes the weight-10 rule',
      );
      const forced = await liveAfterOneRead(
        ssm,
        () => ssm.put(`${prefix}/rules/emergency`, rule('force = "junk"')),
        'the forced rule',
        async () => ((await action(rt, TEXT)) === 'junk' ? true : undefined),
      );
      t.diagnostic(`${kind}: forced rule decided ${forced.ms} ms after put`);
      assert.ok(!rt.output().includes('Tangerine verification'), 'message text in the output');
      assert.ok(!rt.output().includes('482913'), 'the code in the output');
    });
  });
}
