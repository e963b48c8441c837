import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  DeleteParameterCommand,
  GetParameterCommand,
  GetParametersByPathCommand,
  GetParametersCommand,
  PutParameterCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { SsmServer } from '../fixtures/ssm-server.ts';

describe('SsmServer fixture (through the real SDK client)', () => {
  let ssm: SsmServer;
  let client: SSMClient;

  before(async () => {
    ssm = await SsmServer.start();
    client = new SSMClient({
      endpoint: ssm.endpoint,
      region: ssm.region,
      credentials: ssm.credentials,
      maxAttempts: 1,
    });
  });
  after(async () => {
    client.destroy();
    await ssm.close();
  });

  it('returns a parameter in the wire shape when it was put', async () => {
    const put = await client.send(new PutParameterCommand({ Name: '/t/shape', Value: 'v1', Type: 'String' }));
    assert.equal(put.Version, 1);
    assert.equal(put.Tier, 'Standard');
    const got = await client.send(new GetParameterCommand({ Name: '/t/shape' }));
    const p = got.Parameter;
    assert.equal(p?.Name, '/t/shape');
    assert.equal(p?.Type, 'String');
    assert.equal(p?.Value, 'v1');
    assert.equal(p?.Version, 1);
    assert.equal(p?.DataType, 'text');
    assert.equal(p?.ARN, `arn:aws:ssm:us-east-1:123456789012:parameter/t/shape`);
    assert.ok(p?.LastModifiedDate instanceof Date);
    assert.ok(Math.abs((p?.LastModifiedDate?.getTime() ?? 0) - Date.now()) < 60_000);
    const signed = ssm.requests.at(-1)?.authorization ?? '';
    assert.match(signed, /^AWS4-HMAC-SHA256 Credential=test\/\d{8}\/us-east-1\/ssm\/aws4_request/);
  });

  it('refuses to replace a parameter without Overwrite and increments the version with it', async () => {
    await client.send(new PutParameterCommand({ Name: '/t/ver', Value: 'a', Type: 'String' }));
    await assert.rejects(
      client.send(new PutParameterCommand({ Name: '/t/ver', Value: 'b', Type: 'String' })),
      (e: Error) => e.name === 'ParameterAlreadyExists' && /overwrite/.test(e.message),
    );
    const put = await client.send(
      new PutParameterCommand({ Name: '/t/ver', Value: 'b', Type: 'String', Overwrite: true }),
    );
    assert.equal(put.Version, 2);
    assert.equal((await client.send(new GetParameterCommand({ Name: '/t/ver' }))).Parameter?.Value, 'b');
  });

  it('answers ParameterNotFound with status 400 when a parameter is missing', async () => {
    await assert.rejects(client.send(new GetParameterCommand({ Name: '/t/missing' })), (e: Error) => {
      const meta = (e as Error & { $metadata?: { httpStatusCode?: number } }).$metadata;
      return e.name === 'ParameterNotFound' && meta?.httpStatusCode === 400;
    });
    await assert.rejects(
      client.send(new DeleteParameterCommand({ Name: '/t/missing' })),
      (e: Error) => e.name === 'ParameterNotFound',
    );
  });

  it('refuses a new parameter without a type', async () => {
    await assert.rejects(
      client.send(new PutParameterCommand({ Name: '/t/untyped', Value: 'x' })),
      (e: Error) => e.name === 'ValidationException',
    );
  });

  it('returns SecureString values decrypted only WithDecryption', async () => {
    await client.send(
      new PutParameterCommand({ Name: '/t/sec/token', Value: 'hunter2', Type: 'SecureString' }),
    );
    const plain = await client.send(new GetParameterCommand({ Name: '/t/sec/token', WithDecryption: true }));
    assert.equal(plain.Parameter?.Value, 'hunter2');
    const opaque = await client.send(new GetParameterCommand({ Name: '/t/sec/token' }));
    assert.equal(opaque.Parameter?.Type, 'SecureString');
    assert.notEqual(opaque.Parameter?.Value, 'hunter2');
    assert.ok(!opaque.Parameter?.Value?.includes('hunter2'));
    const byPath = await client.send(new GetParametersByPathCommand({ Path: '/t/sec' }));
    assert.notEqual(byPath.Parameters?.[0]?.Value, 'hunter2');
  });

  it('lists InvalidParameters for names GetParameters does not know', async () => {
    const got = await client.send(new GetParametersCommand({ Names: ['/t/shape', '/t/nope'] }));
    assert.deepEqual(
      got.Parameters?.map((p) => p.Name),
      ['/t/shape'],
    );
    assert.deepEqual(got.InvalidParameters, ['/t/nope']);
  });

  it('pages GetParametersByPath by MaxResults with NextToken until every parameter is read', async () => {
    for (let i = 0; i < 23; i++) ssm.put(`/page/p${String(i).padStart(2, '0')}`, `v${i}`);
    ssm.put('/page/deeper/x', 'nested');
    ssm.put('/pages/not-under', 'sibling');
    const names: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await client.send(
        new GetParametersByPathCommand({ Path: '/page', Recursive: false, MaxResults: 10, NextToken: token }),
      );
      assert.ok((page.Parameters?.length ?? 0) <= 10);
      names.push(...(page.Parameters ?? []).map((p) => p.Name ?? ''));
      token = page.NextToken;
      pages++;
    } while (token);
    assert.equal(pages, 3);
    assert.equal(names.length, 23);
    assert.equal(new Set(names).size, 23);
    assert.ok(!names.includes('/page/deeper/x'), 'non-recursive excludes deeper levels');
    assert.ok(!names.includes('/pages/not-under'), 'a sibling path with the same letters is not under it');

    const all = await client.send(
      new GetParametersByPathCommand({ Path: '/page/', Recursive: true, MaxResults: 10 }),
    );
    assert.ok(all.NextToken);
    const rest = await client.send(
      new GetParametersByPathCommand({
        Path: '/page/',
        Recursive: true,
        MaxResults: 10,
        NextToken: all.NextToken,
      }),
    );
    const rest2 = await client.send(
      new GetParametersByPathCommand({
        Path: '/page/',
        Recursive: true,
        MaxResults: 10,
        NextToken: rest.NextToken,
      }),
    );
    assert.equal(rest2.NextToken, undefined);
    const recursive = [...(all.Parameters ?? []), ...(rest.Parameters ?? []), ...(rest2.Parameters ?? [])];
    assert.equal(recursive.length, 24);
    assert.ok(recursive.some((p) => p.Name === '/page/deeper/x'));
  });

  it('refuses MaxResults above 10 and a token from another query', async () => {
    await assert.rejects(
      client.send(new GetParametersByPathCommand({ Path: '/page', MaxResults: 11 })),
      (e: Error) => e.name === 'ValidationException',
    );
    const first = await client.send(new GetParametersByPathCommand({ Path: '/page', MaxResults: 2 }));
    await assert.rejects(
      client.send(new GetParametersByPathCommand({ Path: '/t', MaxResults: 2, NextToken: first.NextToken })),
      (e: Error) => e.name === 'InvalidNextToken',
    );
  });

  it('deletes a parameter so reads no longer find it', async () => {
    ssm.put('/t/gone', 'x');
    await client.send(new DeleteParameterCommand({ Name: '/t/gone' }));
    assert.equal(ssm.get('/t/gone'), undefined);
  });

  it('answers injected ThrottlingException (400) and InternalServerError (500) until recovered', async () => {
    ssm.fail({ kind: 'throttle', count: 1 });
    await assert.rejects(client.send(new GetParameterCommand({ Name: '/t/shape' })), (e: Error) => {
      const meta = (e as Error & { $metadata?: { httpStatusCode?: number } }).$metadata;
      return e.name === 'ThrottlingException' && meta?.httpStatusCode === 400;
    });
    assert.equal((await client.send(new GetParameterCommand({ Name: '/t/shape' }))).Parameter?.Value, 'v1');

    ssm.fail({ kind: 'internal' });
    for (let i = 0; i < 2; i++) {
      await assert.rejects(client.send(new GetParametersByPathCommand({ Path: '/t' })), (e: Error) => {
        const meta = (e as Error & { $metadata?: { httpStatusCode?: number } }).$metadata;
        return e.name === 'InternalServerError' && meta?.httpStatusCode === 500;
      });
    }
    // Writes still work during a read outage (by default only reads fail).
    await client.send(new PutParameterCommand({ Name: '/t/during', Value: 'x', Type: 'String' }));
    ssm.recover();
    const names = (await client.send(new GetParametersByPathCommand({ Path: '/t' }))).Parameters?.map(
      (p) => p.Name,
    );
    assert.deepEqual(names, ['/t/during', '/t/shape', '/t/ver']);
  });

  it('lets the SDK retry a throttled request by itself when it is allowed more than one attempt', async () => {
    const retrying = new SSMClient({
      endpoint: ssm.endpoint,
      region: ssm.region,
      credentials: ssm.credentials,
      maxAttempts: 3,
    });
    try {
      ssm.fail({ kind: 'throttle', count: 1 });
      const before = ssm.count('GetParameter');
      const got = await retrying.send(new GetParameterCommand({ Name: '/t/shape' }));
      assert.equal(got.Parameter?.Value, 'v1');
      assert.equal(ssm.count('GetParameter') - before, 2);
      assert.equal(got.$metadata.attempts, 2);
    } finally {
      retrying.destroy();
    }
  });

  it('delays answers by the injected latency', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] }); // the latency's timer moves when told to
    ssm.latencyMs = 150;
    try {
      const [arrived, answered] = [ssm.arrived, ssm.count('GetParameter')];
      const sent = client.send(new GetParameterCommand({ Name: '/t/shape' }));
      for (let i = 0; i < 1e6 && ssm.arrived === arrived; i++) await new Promise((r) => setImmediate(r));
      assert.equal(ssm.arrived, arrived + 1, 'the request is in');
      t.mock.timers.tick(149);
      await new Promise((r) => setImmediate(r));
      assert.equal(ssm.count('GetParameter'), answered, 'not answered before its latency');
      t.mock.timers.tick(1);
      assert.equal((await sent).Parameter?.Value, 'v1');
    } finally {
      ssm.latencyMs = 0;
    }
  });

  it('is found through AWS_ENDPOINT_URL_SSM and the default credential chain', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, ssm.env);
    try {
      const fromEnv = new SSMClient({ maxAttempts: 1 });
      try {
        const got = await fromEnv.send(new GetParameterCommand({ Name: '/t/shape' }));
        assert.equal(got.Parameter?.Value, 'v1');
      } finally {
        fromEnv.destroy();
      }
    } finally {
      for (const k of Object.keys(ssm.env)) {
        if (saved[k] === undefined) delete process.env[k];
        else process.env[k] = saved[k];
      }
    }
  });
});
