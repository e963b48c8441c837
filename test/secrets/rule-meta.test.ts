/**
 * A hot rule from Parameter Store (the real SDK against the local SSM protocol fixture) whose meta
 * holds a value the service would ignore is refused like one that does not compile: the live rules
 * stay, the status page names the parameter and line, one error is logged.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSecrets, secretsSettings } from '../../shared/secrets/index.ts';
import { SsmServer } from '../fixtures/ssm-server.ts';
import { RecordingLog } from './helpers.ts';

const CAPITAL_JUNK = `rule emergency_capital
{
  meta:
    action = "Junk"
    weight = 5.0
  strings:
    $a = "zephyrquill"
  condition:
    $a
}
`;

describe('hot rules with a meta the service would ignore', () => {
  let ssm: SsmServer;
  before(async () => {
    ssm = await SsmServer.start();
  });
  after(() => ssm.close());

  it('keeps the live rules and reports the parameter and line', async () => {
    const log = new RecordingLog();
    const s = createSecrets({
      settings: secretsSettings({ env: { SSM_PREFIX: '/meta/prod' } }),
      clientConfig: {
        endpoint: ssm.endpoint,
        region: ssm.region,
        credentials: ssm.credentials,
        maxAttempts: 1,
      },
      classifier: { model: null },
      log,
    });
    try {
      await s.ensureFresh();
      const live = s.classifier().rulesVersion;
      ssm.put('/meta/prod/rules/emergency', CAPITAL_JUNK);
      const refreshed = await s.admin.refresh();
      assert.equal(refreshed.rulesChanged, false);
      assert.equal(refreshed.ok, false, 'the refresh does not claim success');
      assert.deepEqual(
        (refreshed.errors as { kind: string; parameter: string }[]).map((e) => [e.kind, e.parameter]),
        [['rules', '/meta/prod/rules/emergency']],
      );
      assert.equal(s.classifier().rulesVersion, live, 'the previous rules stay live');
      const status = await s.admin.status();
      const rules = (
        status.errors as { kind: string; parameter?: string; line?: number; message?: string }[]
      ).filter((e) => e.kind === 'rules');
      assert.equal(rules.length, 1);
      assert.equal(rules[0]?.parameter, '/meta/prod/rules/emergency');
      assert.equal(rules[0]?.line, 4);
      assert.match(
        rules[0]?.message ?? '',
        /action = "Junk" is not one of junk, promotion, transaction, allow/,
      );
      assert.equal(log.at('error').length, 1);
      assert.match(log.at('error')[0]?.message ?? '', /a meta value the service would ignore/);
    } finally {
      s.close();
    }
  });
});
