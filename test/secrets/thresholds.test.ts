/**
 * The thresholds `/admin/status` shows are the live classifier's: the model's learned junk
 * threshold unless a `<prefix>/thresholds` parameter replaces it, and only the thresholds that
 * parameter names.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bundledModel } from '../../shared/classifier/assets.ts';
import { DEFAULT_THRESHOLDS } from '../../shared/classifier/verdict.ts';
import { createSecrets, type Secrets, secretsSettings } from '../../shared/secrets/index.ts';
import { SsmServer } from '../fixtures/ssm-server.ts';
import { RecordingLog } from './helpers.ts';

const learned = bundledModel()?.thresholds;

describe('Secrets thresholds', () => {
  let ssm: SsmServer;
  const open: Secrets[] = [];

  before(async () => {
    ssm = await SsmServer.start();
  });
  after(async () => {
    for (const s of open) s.close();
    await ssm.close();
  });

  function secrets(env: Record<string, string>): Secrets {
    const s = createSecrets({
      settings: secretsSettings({ env }),
      clientConfig: {
        endpoint: ssm.endpoint,
        region: ssm.region,
        credentials: ssm.credentials,
        maxAttempts: 1,
      },
      log: new RecordingLog(),
    });
    open.push(s);
    return s;
  }

  it('shows the model’s learned thresholds when Parameter Store sets none', async (t) => {
    if (!learned) return t.skip('no bundled model');
    assert.notEqual(
      learned.junk,
      DEFAULT_THRESHOLDS.junk,
      'precondition: the model learned its own junk threshold',
    );
    const s = secrets({});
    await s.ready();
    const status = s.status() as { rules: { thresholds: unknown } };
    assert.deepEqual(status.rules.thresholds, learned);
    assert.deepEqual(s.thresholds, s.classifier().thresholds);
  });

  it('replaces only the thresholds the parameter names when it sets some', async (t) => {
    if (!learned) return t.skip('no bundled model');
    ssm.put('/thresholds/prod/thresholds', '{"promotion":2.5}');
    const s = secrets({ SSM_PREFIX: '/thresholds/prod' });
    assert.equal(await s.ready(5000), true);
    const expected = { ...learned, promotion: 2.5 };
    assert.deepEqual((s.status() as { rules: { thresholds: unknown } }).rules.thresholds, expected);
    assert.deepEqual(s.classifier().thresholds, expected);
  });
});
