/**
 * The secrets keys of the config (`SSM_PREFIX`, `SSM_TTL_SECONDS`, `ADMIN_TOKEN`, `LOG_HASH_KEY`):
 * validated with the other keys, from flags, environment or the config file, hidden in problems,
 * and carried to every cluster worker.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { configFrom } from '../../container/commands/server.ts';
import { loadContainerConfig as loadConfig } from '../../container/config.ts';
import { ConfigError } from '../../shared/config-keys.ts';
import { settingsFromConfig } from '../../shared/secrets/index.ts';
import { ask, freePort, ROOT } from '../contract/targets.ts';
import { SsmServer } from '../fixtures/ssm-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'smsjunk-config-secrets-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function problems(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof ConfigError, String(err));
    return err.problems;
  }
  throw new Error('expected a ConfigError');
}

describe('Config secrets keys', () => {
  it('returns no prefix, a 60 s TTL and no secrets by default', () => {
    const c = loadConfig();
    assert.equal(c.ssmPrefix, '');
    assert.equal(c.ssmTtlSeconds, 60);
    const s = settingsFromConfig(c);
    assert.equal(s.prefix, undefined);
    assert.equal(s.ttlMs, 60_000);
    assert.deepEqual(s.env, { adminToken: undefined, logHashKey: undefined });
  });

  it('returns the prefix and TTL from flags over environment over the config file', () => {
    const file = join(dir, 'ssm.json');
    writeFileSync(
      file,
      JSON.stringify({ SSM_PREFIX: '/file/prod', SSM_TTL_SECONDS: 30, LOG_HASH_KEY: 'k-file' }),
    );
    const fromFile = configFrom(['--config', file], { env: {} });
    assert.equal(settingsFromConfig(fromFile).prefix, '/file/prod');
    assert.equal(settingsFromConfig(fromFile).ttlMs, 30_000);
    assert.equal(settingsFromConfig(fromFile).env.logHashKey, 'k-file');
    const env = {
      SSM_PREFIX: '/env/prod/',
      SSM_TTL_SECONDS: '1.5',
      ADMIN_TOKEN: 'tok-env-0123456789abcdef0123456789',
    };
    const fromEnv = configFrom(['--config', file], { env });
    assert.equal(settingsFromConfig(fromEnv).prefix, '/env/prod', 'trailing slash dropped');
    assert.equal(settingsFromConfig(fromEnv).ttlMs, 1500);
    assert.equal(settingsFromConfig(fromEnv).env.adminToken, 'tok-env-0123456789abcdef0123456789');
    const fromFlags = configFrom(
      ['--config', file, '--ssm-prefix', '/flag/prod', '--ssm-ttl-seconds', '0.5'],
      { env },
    );
    assert.equal(settingsFromConfig(fromFlags).prefix, '/flag/prod');
    assert.equal(settingsFromConfig(fromFlags).ttlMs, 500);
    assert.equal(settingsFromConfig(configFrom(['--ssm-prefix', ''], { env })).prefix, undefined);
  });

  it('returns every bad secrets key at once with the others, and never a secret value', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ADMIN_TOKEN: ['super-secret-token'], LOG_HASH_KEY: 12345678 }));
    const found = problems(() =>
      configFrom(['--config', file, '--port', 'x'], {
        env: { SSM_PREFIX: 'smsjunk/prod', SSM_TTL_SECONDS: '0' },
      }),
    );
    assert.equal(found.length, 5, found.join('\n'));
    assert.match(found.find((p) => p.startsWith('SSM_PREFIX')) ?? '', /not a Parameter Store path/);
    assert.match(found.find((p) => p.startsWith('SSM_TTL_SECONDS')) ?? '', /between 0\.1 and 86400/);
    assert.match(found.find((p) => p.startsWith('ADMIN_TOKEN')) ?? '', /hidden value/);
    const text = found.join('\n');
    assert.ok(!text.includes('super-secret-token') && !text.includes('12345678'), text);
    assert.match(
      problems(() => loadConfig({ env: { SSM_PREFIX: '/aws/x' } }))[0] ?? '',
      /may not start with/,
    );
    assert.match(
      problems(() => loadConfig({ env: { SSM_TTL_SECONDS: 'soon' } }))[0] ?? '',
      /must be a number/,
    );
  });

  it('returns the same prefix in every cluster worker when given as a flag', async () => {
    const ssm = await SsmServer.start();
    const token = 'cluster-config-token-7c1e0123456789';
    ssm.put('/cluster/prod/admin-token', token, 'SecureString');
    const port = await freePort();
    const child: ChildProcess = spawn(
      process.execPath,
      [
        'dist/container/main.mjs',
        'server',
        ...['--host', '127.0.0.1', '--port', String(port), '--workers', '2'],
        ...['--ssm-prefix', '/cluster/prod', '--ssm-ttl-seconds', '5'],
      ],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...ssm.env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let printed = '';
    child.stdout?.on('data', (c: Buffer) => {
      printed += c.toString('utf8');
    });
    child.stderr?.on('data', (c: Buffer) => {
      printed += c.toString('utf8');
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      const url = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 30_000;
      // Up once both workers listen: each logs its start.
      while ((printed.match(/"pid":\d+/g) ?? []).length < 2 || !(await healthy(url))) {
        if (Date.now() > deadline) throw new Error(`server did not start:\n${printed.slice(-2000)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      for (let i = 0; i < 8; i++) {
        const a = await ask(url, {
          method: 'GET',
          path: '/admin/status',
          headers: { authorization: `Bearer ${token}`, connection: 'close' },
        });
        assert.equal(a.status, 200, `request ${i}: ${a.body.toString('utf8')}`);
        const status = JSON.parse(a.body.toString('utf8')) as {
          source: { kind: string; prefix: string; ttlSeconds: number };
        };
        assert.deepEqual(status.source, {
          kind: 'ssm',
          prefix: '/cluster/prod',
          ttlSeconds: 5,
          mode: 'background',
        });
      }
      assert.ok(!printed.includes(token), 'the token was printed');
    } finally {
      child.kill('SIGTERM');
      await exited;
      await ssm.close();
    }
  });
});

async function healthy(url: string): Promise<boolean> {
  try {
    return (await ask(url, { method: 'GET', path: '/health' })).status === 200;
  } catch {
    return false;
  }
}
