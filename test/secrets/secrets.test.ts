import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { bundledRules } from '../../shared/classifier/assets.ts';
import { rulesVersionOf } from '../../shared/classifier/index.ts';
import { createSecrets, type Secrets, secretsSettings } from '../../shared/secrets/index.ts';
import { SsmServer } from '../fixtures/ssm-server.ts';
import { RecordingLog, waitFor } from './helpers.ts';

// A campaign no bundled rule knows (its marker words are made up), so only the pushed rule catches it.
const SCAM = 'Quillfeather says hi, see you at the zephyr cafe';
const SCAM_RULE = `rule quillfeather_campaign
{
  meta:
    action = "junk"
    weight = 10.0
    description = "Quillfeather campaign marker"
  strings:
    $a = "quillfeather" nocase
    $b = "zephyr" nocase
  condition:
    $a and $b
}
`;
// Line 4 of this parameter has the error.
const BROKEN_RULE = `rule broken_rule
{
  condition:
    no_such_identifier
}
`;

/** Whether the pushed rule fired (what hot-loading controls; the verdict policy is the classifier's). */
function catches(s: Secrets, text: string): boolean {
  return s
    .classifier()
    .explain({ text })
    .rules.some((r) => r.rule === 'quillfeather_campaign');
}

describe('Secrets', () => {
  let ssm: SsmServer;
  const open: Secrets[] = [];

  function secrets(env: Record<string, string>, extra: Partial<Parameters<typeof createSecrets>[0]> = {}) {
    const s = createSecrets({
      settings: secretsSettings({ env }),
      clientConfig: {
        endpoint: ssm.endpoint,
        region: ssm.region,
        credentials: ssm.credentials,
        maxAttempts: 1,
      },
      classifier: { model: null },
      log: new RecordingLog(),
      ...extra,
    });
    open.push(s);
    return s;
  }

  before(async () => {
    ssm = await SsmServer.start();
  });
  beforeEach(() => ssm.recover());
  after(async () => {
    for (const s of open) s.close();
    await ssm.close();
  });

  describe('without a prefix', () => {
    it('makes no SSM call and takes secrets from the environment', async () => {
      const saved = process.env.AWS_ENDPOINT_URL_SSM;
      process.env.AWS_ENDPOINT_URL_SSM = ssm.endpoint;
      try {
        const before = ssm.requests.length;
        const s = secrets({
          ADMIN_TOKEN: 'env-token-123-0123456789abcdef0123',
          LOG_HASH_KEY: 'k',
          APPLE_APP_IDS: 'ABCDE12345.com.example.filter',
        });
        await s.ensureFresh();
        assert.equal(await s.ready(), true);
        assert.equal(s.authorize('Bearer env-token-123-0123456789abcdef0123'), 'ok');
        assert.equal(s.authorize('Bearer nope'), 'unauthorized');
        assert.equal(s.authorize(undefined), 'unauthorized');
        assert.match(s.hashSender('+14085550001') ?? '', /^[0-9a-f]{16}$/);
        assert.equal(s.appleAppIds, undefined);
        const refreshed = await s.admin.refresh();
        assert.equal(refreshed.source, 'environment');
        const status = await s.admin.status();
        assert.deepEqual(status.source, { kind: 'environment' });
        assert.ok(!JSON.stringify(status).includes('env-token-123-0123456789abcdef0123'));
        assert.equal(ssm.requests.length, before);
      } finally {
        if (saved === undefined) delete process.env.AWS_ENDPOINT_URL_SSM;
        else process.env.AWS_ENDPOINT_URL_SSM = saved;
      }
    });

    it('answers disabled without ADMIN_TOKEN and classifies with the bundled rules', () => {
      const s = secrets({});
      assert.equal(s.authorize('Bearer anything'), 'disabled');
      assert.equal(s.hashSender('+14085550001'), undefined);
      assert.equal(s.classifier().rulesVersion, rulesVersionOf(bundledRules()));
      assert.equal(catches(s, SCAM), false);
    });
  });

  describe('with a prefix and SSM unreachable at cold start', () => {
    it('classifies with the bundled rules and keeps the operator endpoints closed', async () => {
      const dead = await SsmServer.start();
      const endpoint = dead.endpoint;
      await dead.close();
      const log = new RecordingLog();
      const s = secrets(
        { SSM_PREFIX: '/cold/prod', ADMIN_TOKEN: 'env-token-ignored-with-prefix-0123456' },
        {
          clientConfig: { endpoint, region: 'us-east-1', credentials: ssm.credentials, maxAttempts: 1 },
          log,
        },
      );
      await s.ensureFresh();
      assert.equal(await s.ready(), false);
      assert.equal(s.authorize(undefined), 'unauthorized');
      assert.equal(s.authorize('Bearer env-token-ignored-with-prefix-0123456'), 'unauthorized');
      assert.equal(s.classifier().rulesVersion, rulesVersionOf(bundledRules()));
      assert.ok(s.classifier().ruleCount > 0);
      assert.equal(catches(s, SCAM), false);
      const status = await s.admin.status();
      const errors = status.errors as { kind: string }[];
      assert.ok(errors.some((e) => e.kind === 'parameter-store'));
      assert.equal((status.refresh as { lastResult: string }).lastResult, 'error');
      assert.equal(log.at('warn').length, 1);
      const refreshed = await s.admin.refresh();
      assert.equal(refreshed.ok, false);
    });
  });

  describe('with a prefix', () => {
    it('accepts both tokens while rotating and only the new one after', async () => {
      ssm.put('/rot/prod/admin-token', 'token-A-0001-0123456789abcdef0123', 'SecureString');
      let now = 1_000_000; // the secrets' injected clock: the TTL passes when the test says so
      const s = secrets({ SSM_PREFIX: '/rot/prod', SSM_TTL_SECONDS: '0.2' }, { now: () => now });
      await s.ensureFresh();
      assert.equal(s.authorize('Bearer token-A-0001-0123456789abcdef0123'), 'ok');
      assert.equal(s.authorize('Bearer token-B-0002-0123456789abcdef0123'), 'unauthorized');

      ssm.put(
        '/rot/prod/admin-token',
        'token-B-0002-0123456789abcdef0123,token-A-0001-0123456789abcdef0123',
        'SecureString',
      );
      now += 200;
      await s.ensureFresh();
      assert.equal(s.authorize('Bearer token-A-0001-0123456789abcdef0123'), 'ok');
      assert.equal(s.authorize('Bearer token-B-0002-0123456789abcdef0123'), 'ok');

      ssm.put('/rot/prod/admin-token', 'token-B-0002-0123456789abcdef0123', 'SecureString');
      now += 200;
      await s.ensureFresh();
      assert.equal(s.authorize('Bearer token-A-0001-0123456789abcdef0123'), 'unauthorized');
      assert.equal(s.authorize('Bearer token-B-0002-0123456789abcdef0123'), 'ok');
    });

    it('answers disabled when Parameter Store has answered but holds no token', async () => {
      ssm.put('/notoken/prod/log-hash-key', 'hash-key-1', 'SecureString');
      const s = secrets({ SSM_PREFIX: '/notoken/prod' });
      await s.ensureFresh();
      assert.equal(s.authorize('Bearer x'), 'disabled');
      assert.match(s.hashSender('87121') ?? '', /^[0-9a-f]{16}$/);
    });

    it('hot-loads a rule, keeps the old set when a rule breaks, and drops a deleted rule', async () => {
      const log = new RecordingLog();
      const s = secrets({ SSM_PREFIX: '/hot/prod' }, { log });
      await s.ensureFresh();
      const baseVersion = s.classifier().rulesVersion;
      assert.equal(catches(s, SCAM), false);

      ssm.put('/hot/prod/rules/quillfeather', SCAM_RULE);
      const added = await s.admin.refresh();
      assert.deepEqual(added.added, ['/hot/prod/rules/quillfeather']);
      assert.equal(added.rulesChanged, true);
      assert.notEqual(added.rulesVersion, baseVersion);
      assert.equal(catches(s, SCAM), true);
      const withRule = s.classifier().rulesVersion;

      ssm.put('/hot/prod/rules/zz-broken', BROKEN_RULE);
      const broken = await s.admin.refresh();
      assert.equal(broken.rulesChanged, false);
      assert.equal(s.classifier().rulesVersion, withRule);
      assert.equal(catches(s, SCAM), true);
      const status = await s.admin.status();
      const ruleErrors = (
        status.errors as { kind: string; parameter?: string; line?: number; message?: string }[]
      ).filter((e) => e.kind === 'rules');
      assert.equal(ruleErrors.length, 1);
      assert.equal(ruleErrors[0]?.parameter, '/hot/prod/rules/zz-broken');
      assert.equal(ruleErrors[0]?.line, 4);
      assert.match(ruleErrors[0]?.message ?? '', /no_such_identifier/);
      // Logged once, however many refreshes see the same broken set.
      await s.admin.refresh();
      assert.equal(log.at('error').length, 1);

      ssm.delete('/hot/prod/rules/zz-broken');
      ssm.delete('/hot/prod/rules/quillfeather');
      const removed = await s.admin.refresh();
      assert.deepEqual(removed.removed, ['/hot/prod/rules/quillfeather', '/hot/prod/rules/zz-broken']);
      assert.equal(s.classifier().rulesVersion, baseVersion);
      assert.equal(catches(s, SCAM), false);
      const after = await s.admin.status();
      assert.deepEqual(
        (after.errors as { kind: string }[]).filter((e) => e.kind === 'rules'),
        [],
      );
    });

    it('shows parameter metadata and never a secret value in status', async () => {
      ssm.put('/status/prod/admin-token', 'status-secret-token-0123456789abcd', 'SecureString');
      ssm.put('/status/prod/log-hash-key', 'status-secret-hash', 'SecureString');
      ssm.put('/status/prod/apple-app-ids', 'ABCDE12345.com.example.filter,not-an-id', 'StringList');
      ssm.put('/status/prod/thresholds', '{"junk":3}');
      const s = secrets({ SSM_PREFIX: '/status/prod' });
      await s.ensureFresh();
      const status = await s.admin.status();
      const text = JSON.stringify(status);
      assert.ok(!text.includes('status-secret'));
      const params = status.parameters as {
        name: string;
        type: string;
        version: number;
        lastModified: string;
      }[];
      assert.deepEqual(
        params.map((p) => [p.name, p.type, p.version]),
        [
          ['/status/prod/admin-token', 'SecureString', 1],
          ['/status/prod/apple-app-ids', 'StringList', 1],
          ['/status/prod/log-hash-key', 'SecureString', 1],
          ['/status/prod/thresholds', 'String', 1],
        ],
      );
      assert.ok(params.every((p) => !Number.isNaN(Date.parse(p.lastModified))));
      assert.deepEqual(status.admin, { enabled: true, tokens: 1 });
      assert.equal(status.logHashKey, true);
      assert.deepEqual(s.appleAppIds, ['ABCDE12345.com.example.filter']);
      assert.deepEqual(s.thresholds, { junk: 3, promotion: 1, transaction: 1, decisiveRule: 3 });
      const errors = status.errors as { kind: string; parameter: string }[];
      assert.deepEqual(
        errors.map((e) => [e.kind, e.parameter]),
        [['parameter', '/status/prod/apple-app-ids']],
      );
      const refresh = status.refresh as Record<string, unknown>;
      assert.equal(refresh.lastResult, 'ok');
      assert.equal(refresh.stale, false);
      assert.equal(typeof refresh.dataAgeSeconds, 'number');
      assert.ok(typeof status.uptimeSeconds === 'number');
      assert.ok(((status.memory as { rssBytes: number }).rssBytes ?? 0) > 0);
      assert.equal(typeof (status.build as { gitHash: string }).gitHash, 'string');
    });

    it('keeps serving the last good token and rules through an outage and loads new values after it', async () => {
      ssm.put('/out/prod/admin-token', 'outage-token-1-0123456789abcdef01', 'SecureString');
      ssm.put('/out/prod/rules/quillfeather', SCAM_RULE);
      const log = new RecordingLog();
      let now = 1_000_000; // the injected clock: 20 requests 25 ms apart, on the secrets' time
      const s = secrets(
        { SSM_PREFIX: '/out/prod', SSM_TTL_SECONDS: '0.1' },
        { log, backoff: { baseMs: 50, capMs: 200 }, now: () => now },
      );
      await s.ensureFresh();
      ssm.fail({ kind: 'internal' });
      for (let i = 0; i < 20; i++) {
        now += 25;
        await s.ensureFresh();
        assert.equal(s.authorize('Bearer outage-token-1-0123456789abcdef01'), 'ok');
        assert.equal(catches(s, SCAM), true);
      }
      const status = await s.admin.status();
      assert.equal((status.refresh as { stale: boolean }).stale, true);
      assert.ok((status.errors as { kind: string }[]).some((e) => e.kind === 'parameter-store'));
      assert.equal(log.at('warn').length, 1);

      ssm.put('/out/prod/admin-token', 'outage-token-2-0123456789abcdef01', 'SecureString');
      ssm.recover();
      now += 200; // past the longest backoff
      await s.ensureFresh();
      assert.equal(s.authorize('Bearer outage-token-2-0123456789abcdef01'), 'ok');
      assert.equal(s.authorize('Bearer outage-token-1-0123456789abcdef01'), 'unauthorized');
      ssm.delete('/out/prod/rules/quillfeather');
    });

    it('refreshes on a timer without any request in background mode', async () => {
      ssm.put('/bg/prod/admin-token', 'bg-token-1-0123456789abcdef012345', 'SecureString');
      const s = secrets({ SSM_PREFIX: '/bg/prod', SSM_TTL_SECONDS: '0.1' }, { mode: 'background' });
      s.start();
      assert.equal(await s.ready(5000), true);
      assert.equal(s.authorize('Bearer bg-token-1-0123456789abcdef012345'), 'ok');
      ssm.put('/bg/prod/admin-token', 'bg-token-2-0123456789abcdef012345', 'SecureString');
      await waitFor(
        'background token swap',
        () => s.authorize('Bearer bg-token-2-0123456789abcdef012345') === 'ok',
        5000,
      );
      s.close();
    });
  });
});
