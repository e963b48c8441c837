import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { configFrom } from '../../container/commands/server.ts';
import {
  CONTAINER_KEYS,
  DEFAULT_CONTAINER_CONFIG,
  loadContainerConfig as loadConfig,
  SERVER_KEYS,
} from '../../container/config.ts';
import { parseCidr } from '../../shared/cidr.ts';
import { DEFAULT_SERVICE_CONFIG, loadServiceConfig, SERVICE_KEYS } from '../../shared/config.ts';
import { ConfigError, configTable } from '../../shared/config-keys.ts';

const dir = mkdtempSync(join(tmpdir(), 'smsjunk-config-'));
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

describe('loadConfig', () => {
  it('reads the metrics keys: on by default, no Prometheus port unless given, EMF every 0.1 to 3600 s', () => {
    const d = loadConfig({ env: {} });
    assert.deepEqual(
      [d.metricsEnabled, d.metricsNamespace, d.metricsPort, d.emfIntervalSeconds],
      [true, 'smsjunk', -1, 60],
    );
    const c = loadConfig({
      env: { METRICS_ENABLED: 'false', METRICS_PORT: '9464', EMF_INTERVAL_SECONDS: '0.5' },
    });
    assert.deepEqual([c.metricsEnabled, c.metricsPort, c.emfIntervalSeconds], [false, 9464, 0.5]);
    assert.equal(loadConfig({ env: { METRICS_PORT: 'off' } }).metricsPort, -1);
    const bad = problems(() =>
      loadConfig({ env: { METRICS_PORT: '-1', EMF_INTERVAL_SECONDS: '0', METRICS_NAMESPACE: 'AWS/Lambda' } }),
    );
    assert.equal(bad.length, 3, bad.join('; '));
    assert.match(bad.join('\n'), /METRICS_PORT/);
    assert.match(bad.join('\n'), /EMF_INTERVAL_SECONDS/);
    assert.match(bad.join('\n'), /METRICS_NAMESPACE/);
  });

  it('returns the documented defaults with no sources', () => {
    const c = loadConfig();
    assert.deepEqual(c, DEFAULT_CONTAINER_CONFIG);
    assert.equal(c.port, 5000);
    assert.equal(c.workers, 0);
    assert.equal(c.maxBodyBytes, 65536);
    assert.equal(c.timeoutMs, 60_000);
    assert.equal(c.shutdownGraceMs, 25_000);
    assert.equal(c.keepAliveTimeoutMs, 65_000);
    assert.equal(c.headersTimeoutMs, 66_000);
    assert.deepEqual(c.appleAppIds, []);
  });

  it('returns flags over environment over file over defaults', () => {
    const c = loadConfig({
      flags: { PORT: '7001' },
      env: { PORT: '7002', WORKERS: '3', ACCESS_LOG: 'false' },
      file: { PORT: 7003, WORKERS: 4, THROTTLE_LIMIT: 64, APPLE_APP_IDS: ['ABCDE12345.com.example.a'] },
    });
    assert.equal(c.port, 7001);
    assert.equal(c.workers, 3);
    assert.equal(c.accessLog, false);
    assert.equal(c.throttleLimit, 64);
    assert.deepEqual(c.appleAppIds, ['ABCDE12345.com.example.a']);
  });

  it('returns lists split on commas and WORKERS=auto as 0', () => {
    const c = loadConfig({
      env: {
        APPLE_APP_IDS: 'ABCDE12345.com.a, FGHIJ67890.com.b',
        TRUSTED_PROXIES: '10.0.0.0/16,2600:1f18::/36',
        WORKERS: 'auto',
      },
    });
    assert.deepEqual(c.appleAppIds, ['ABCDE12345.com.a', 'FGHIJ67890.com.b']);
    assert.deepEqual(c.trustedProxies, ['10.0.0.0/16', '2600:1f18::/36']);
    assert.equal(c.workers, 0);
  });

  it('returns every bad key at once, each naming its source and value', () => {
    const p = problems(() =>
      loadConfig({
        flags: { PORT: '70000' },
        env: { WORKERS: 'many', LOG_LEVEL: 'LOUD', THROTTLE: 'maybe' },
        file: { MAX_BODY_BYTES: 'big', NOT_A_KEY: 1, TRUSTED_PROXIES: ['10.0.0.0/99'] },
        fileName: 'conf.json',
      }),
    );
    assert.equal(p.length, 7, p.join('\n'));
    assert.ok(p.some((x) => x.startsWith('PORT: must be at most 65535') && x.includes('--port')));
    assert.ok(p.some((x) => x.startsWith('WORKERS:') && x.includes('environment WORKERS')));
    assert.ok(p.some((x) => x.startsWith('LOG_LEVEL:')));
    assert.ok(p.some((x) => x.startsWith('THROTTLE: must be true or false')));
    assert.ok(p.some((x) => x.startsWith('MAX_BODY_BYTES:') && x.includes('conf.json')));
    assert.ok(p.some((x) => x.includes('unknown key "NOT_A_KEY"')));
    assert.ok(p.some((x) => x.startsWith('TRUSTED_PROXIES:')));
  });

  it('returns a problem for an app id that is not TEAMID.bundle.id', () => {
    assert.match(
      problems(() => loadConfig({ env: { APPLE_APP_IDS: 'com.example.app' } }))[0] ?? '',
      /APPLE_APP_IDS/,
    );
  });

  it('ignores an empty environment value', () => {
    assert.equal(loadConfig({ env: { PORT: '' } }).port, 5000);
  });

  it('lists every key in the README', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const k of CONTAINER_KEYS) assert.ok(readme.includes(`\`${k.key}\``), `README lacks ${k.key}`);
    assert.ok(readme.includes(configTable(SERVICE_KEYS)), 'README service table matches (defaults too)');
    assert.ok(readme.includes(configTable(SERVER_KEYS)), 'README container table matches (defaults too)');
  });

  it('reads only the service keys for the Lambda runtime, ignoring the server keys', () => {
    const c = loadServiceConfig({ env: { PORT: 'not-a-port', WORKERS: 'many', TIMEOUT_MS: '1500' } });
    assert.equal(c.timeoutMs, 1500);
    assert.deepEqual(Object.keys(c).sort(), Object.keys(DEFAULT_SERVICE_CONFIG).sort());
    assert.equal('port' in c, false);
  });
});

describe('parseCidr', () => {
  it('returns IPv4 and IPv6 networks and single addresses, undefined for junk', () => {
    assert.deepEqual(parseCidr('10.0.0.0/16'), { address: '10.0.0.0', prefix: 16, family: 'ipv4' });
    assert.deepEqual(parseCidr('2600:1f18::/36'), { address: '2600:1f18::', prefix: 36, family: 'ipv6' });
    assert.deepEqual(parseCidr('192.0.2.1'), { address: '192.0.2.1', prefix: 32, family: 'ipv4' });
    for (const bad of ['10.0.0.0/33', '::/129', 'host/8', '10.0.0.0/', '10.0.0.0/x'])
      assert.equal(parseCidr(bad), undefined, bad);
  });
});

describe('configFrom', () => {
  it('returns flags over environment over the --config file', () => {
    const file = join(dir, 'c.json');
    writeFileSync(file, JSON.stringify({ PORT: 6001, THROTTLE_LIMIT: 7, HOST: '127.0.0.1' }));
    const c = configFrom(['--config', file, '--throttle-limit', '9'], { env: { PORT: '6002' } });
    assert.equal(c.port, 6002);
    assert.equal(c.throttleLimit, 9);
    assert.equal(c.host, '127.0.0.1');
  });

  it('returns a ConfigError for a missing or malformed file', () => {
    assert.match(
      problems(() => configFrom(['--config', join(dir, 'missing.json')], { env: {} }))[0] ?? '',
      /cannot read/,
    );
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"PORT": ');
    assert.match(problems(() => configFrom(['--config', broken], { env: {} }))[0] ?? '', /not valid JSON/);
  });
});
