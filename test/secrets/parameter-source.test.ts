import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ParameterStoreError } from '../../shared/secrets/errors.ts';
import { SsmParameterSource } from '../../shared/secrets/parameter-source.ts';
import { SsmServer } from '../fixtures/ssm-server.ts';

describe('SsmParameterSource', () => {
  let ssm: SsmServer;
  let source: SsmParameterSource;

  before(async () => {
    ssm = await SsmServer.start();
    source = new SsmParameterSource({
      clientConfig: {
        endpoint: ssm.endpoint,
        region: ssm.region,
        credentials: ssm.credentials,
        maxAttempts: 1,
      },
    });
  });
  after(async () => {
    source.close();
    await ssm.close();
  });

  it('returns every parameter under the prefix, recursively and decrypted, across all pages', async () => {
    for (let i = 0; i < 24; i++)
      ssm.put(`/app/prod/rules/r${String(i).padStart(2, '0')}`, `rule r${i} { condition: false }`);
    ssm.put('/app/prod/admin-token', 'secret-token', 'SecureString');
    ssm.put('/app/staging/admin-token', 'other', 'SecureString');
    const before = ssm.count('GetParametersByPath');
    const params = await source.fetchAll('/app/prod');
    assert.equal(params.length, 25);
    assert.equal(ssm.count('GetParametersByPath') - before, 3);
    const token = params.find((p) => p.name === '/app/prod/admin-token');
    assert.equal(token?.value, 'secret-token');
    assert.equal(token?.type, 'SecureString');
    assert.equal(token?.version, 1);
    assert.ok(token?.lastModified instanceof Date);
    assert.ok(!params.some((p) => p.name.startsWith('/app/staging')));
    const bodies = ssm.requests.filter((r) => r.operation === 'GetParametersByPath').slice(-3);
    for (const b of bodies) {
      assert.equal(b.body.Path, '/app/prod');
      assert.equal(b.body.Recursive, true);
      assert.equal(b.body.WithDecryption, true);
      assert.equal(b.body.MaxResults, 10);
    }
    assert.equal(bodies[0]?.body.NextToken, undefined);
    assert.equal(typeof bodies[1]?.body.NextToken, 'string');
  });

  it('returns an empty list when nothing is under the prefix', async () => {
    assert.deepEqual(await source.fetchAll('/nothing/here'), []);
  });

  it('throws ParameterStoreError naming the SDK error when the service fails', async () => {
    ssm.fail({ kind: 'throttle', count: 1 });
    await assert.rejects(source.fetchAll('/app/prod'), (e: unknown) => {
      assert.ok(e instanceof ParameterStoreError);
      assert.equal(e.code, 'ThrottlingException');
      assert.match(e.message, /GetParametersByPath \/app\/prod failed: ThrottlingException/);
      assert.ok(!e.message.includes('secret-token'));
      return true;
    });
  });

  it('throws ParameterStoreError when the endpoint does not answer', async () => {
    const closed = await SsmServer.start();
    const endpoint = closed.endpoint;
    await closed.close();
    const dead = new SsmParameterSource({
      clientConfig: { endpoint, region: 'us-east-1', credentials: ssm.credentials, maxAttempts: 1 },
    });
    try {
      await assert.rejects(dead.fetchAll('/app/prod'), ParameterStoreError);
    } finally {
      dead.close();
    }
  });
});
