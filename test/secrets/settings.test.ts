import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SecretsConfigError } from '../../shared/secrets/errors.ts';
import { DEFAULT_TTL_SECONDS, secretsSettings } from '../../shared/secrets/settings.ts';

describe('secretsSettings', () => {
  it('returns no prefix and the default TTL when nothing is configured', () => {
    const s = secretsSettings({ env: {} });
    assert.equal(s.prefix, undefined);
    assert.equal(s.ttlMs, DEFAULT_TTL_SECONDS * 1000);
    assert.deepEqual(s.env, { adminToken: undefined, logHashKey: undefined });
  });

  it('reads SSM_PREFIX and SSM_TTL_SECONDS and drops a trailing slash', () => {
    const s = secretsSettings({ env: { SSM_PREFIX: '/smsjunk/prod/', SSM_TTL_SECONDS: '1.5' } });
    assert.equal(s.prefix, '/smsjunk/prod');
    assert.equal(s.ttlMs, 1500);
  });

  it('prefers the --ssm-prefix flag over the environment, and an empty flag means no prefix', () => {
    assert.equal(secretsSettings({ env: { SSM_PREFIX: '/a' }, ssmPrefix: '/b' }).prefix, '/b');
    assert.equal(secretsSettings({ env: { SSM_PREFIX: '/a' }, ssmPrefix: '' }).prefix, undefined);
  });

  it('keeps environment secrets, ignoring blank ones', () => {
    const s = secretsSettings({ env: { ADMIN_TOKEN: 'tok', LOG_HASH_KEY: '  ' } });
    assert.deepEqual(s.env, { adminToken: 'tok', logHashKey: undefined });
  });

  it('throws SecretsConfigError when the prefix or TTL is unusable', () => {
    for (const SSM_PREFIX of ['smsjunk/prod', '/has space', '/aws/x', '/a//b']) {
      assert.throws(() => secretsSettings({ env: { SSM_PREFIX } }), SecretsConfigError, SSM_PREFIX);
    }
    for (const SSM_TTL_SECONDS of ['0', '-1', 'soon', '1e9']) {
      assert.throws(() => secretsSettings({ env: { SSM_TTL_SECONDS } }), SecretsConfigError, SSM_TTL_SECONDS);
    }
  });
});
