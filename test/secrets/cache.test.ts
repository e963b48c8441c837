import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { ParameterCache } from '../../shared/secrets/cache.ts';
import { SsmParameterSource } from '../../shared/secrets/parameter-source.ts';
import { SsmServer } from '../fixtures/ssm-server.ts';
import { RecordingLog, sleep, waitFor } from './helpers.ts';

describe('ParameterCache', () => {
  let ssm: SsmServer;
  let source: SsmParameterSource;
  let log: RecordingLog;
  const caches: ParameterCache[] = [];

  function cache(
    prefix: string,
    ttlMs: number,
    extra: Partial<ConstructorParameters<typeof ParameterCache>[0]> = {},
  ) {
    const c = new ParameterCache({ source, prefix, ttlMs, log, ...extra });
    caches.push(c);
    return c;
  }

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
  beforeEach(() => {
    log = new RecordingLog();
    ssm.recover();
    ssm.latencyMs = 0;
  });
  after(async () => {
    for (const c of caches) c.stop();
    source.close();
    await ssm.close();
  });

  it('calls Parameter Store once while the snapshot is fresh, however many requests ask', async () => {
    ssm.put('/c1/a', 'one');
    const c = cache('/c1', 60_000);
    const before = ssm.count('GetParametersByPath');
    for (let i = 0; i < 20; i++) await c.ensureFresh(5000);
    assert.equal(ssm.count('GetParametersByPath') - before, 1);
    assert.equal(c.snapshot?.parameters.get('/c1/a')?.value, 'one');
  });

  it('shares one refresh among concurrent callers after expiry', async () => {
    ssm.put('/c2/a', 'one');
    const c = cache('/c2', 100);
    await c.ensureFresh(5000);
    ssm.put('/c2/a', 'two');
    await sleep(120);
    ssm.latencyMs = 100;
    const before = ssm.count('GetParametersByPath');
    await Promise.all(Array.from({ length: 10 }, () => c.ensureFresh(5000)));
    assert.equal(ssm.count('GetParametersByPath') - before, 1);
    assert.equal(c.snapshot?.parameters.get('/c2/a')?.value, 'two');
  });

  it('reports added, changed and removed parameter names', async () => {
    ssm.put('/c3/keep', 'k');
    ssm.put('/c3/change', 'v1');
    ssm.put('/c3/remove', 'r');
    const c = cache('/c3', 60_000);
    const first = await c.refresh();
    assert.ok(first.ok);
    assert.deepEqual(first.diff.added, ['/c3/change', '/c3/keep', '/c3/remove']);
    ssm.put('/c3/change', 'v2');
    ssm.delete('/c3/remove');
    ssm.put('/c3/new', 'n');
    const second = await c.refresh();
    assert.ok(second.ok);
    assert.deepEqual(second.diff, { added: ['/c3/new'], changed: ['/c3/change'], removed: ['/c3/remove'] });
  });

  it('keeps the last good values, backs off and warns once per failure streak when SSM fails', async () => {
    ssm.put('/c4/token', 'tok-4c1f-good', 'SecureString');
    const c = cache('/c4', 50, { backoff: { baseMs: 100, capMs: 400 } });
    await c.ensureFresh(5000);
    ssm.fail({ kind: 'internal' });
    await sleep(60);
    const before = ssm.count('GetParametersByPath');
    // Many requests during the outage: at most one attempt per backoff step, never one per request.
    const until = Date.now() + 600;
    let requests = 0;
    while (Date.now() < until) {
      await c.ensureFresh(5000);
      requests++;
      await sleep(2);
    }
    const attempts = ssm.count('GetParametersByPath') - before;
    assert.ok(requests > 20, `requests ${requests}`);
    assert.ok(attempts >= 2 && attempts <= 6, `attempts ${attempts}`);
    assert.equal(c.snapshot?.parameters.get('/c4/token')?.value, 'tok-4c1f-good');
    assert.ok(c.state.failures >= 2);
    assert.equal(c.state.lastAttempt?.ok, false);
    assert.equal(log.at('warn').length, 1);
    assert.ok(!log.text.includes('tok-4c1f'));

    ssm.recover();
    ssm.put('/c4/token', 'tok-4c1f-better', 'SecureString');
    await waitFor('recovery', async () => {
      await c.ensureFresh(5000);
      return c.snapshot?.parameters.get('/c4/token')?.value === 'tok-4c1f-better';
    });
    assert.equal(c.state.failures, 0);
    assert.equal(log.at('info').filter((l) => /reachable again/.test(l.message)).length, 1);

    // A second outage is a new streak: one more warning.
    ssm.fail({ kind: 'throttle' });
    await sleep(60);
    await c.ensureFresh(5000);
    await sleep(250);
    await c.ensureFresh(5000);
    assert.equal(log.at('warn').length, 2);
  });

  it('refreshes on its own timer in background mode and stops when asked', async () => {
    ssm.put('/c5/a', 'one');
    const c = cache('/c5', 100);
    const first = await c.start();
    assert.ok(first.ok);
    ssm.put('/c5/a', 'two');
    await waitFor('background refresh', () => c.snapshot?.parameters.get('/c5/a')?.value === 'two', 5000);
    c.stop();
    await sleep(50);
    const after = ssm.count('GetParametersByPath');
    await sleep(300);
    assert.equal(ssm.count('GetParametersByPath'), after);
  });

  it('retries after a backoff in background mode when the first load fails', async () => {
    ssm.put('/c6/a', 'one');
    ssm.fail({ kind: 'throttle', count: 2 });
    const c = cache('/c6', 60_000, { backoff: { baseMs: 50, capMs: 100 } });
    const first = await c.start();
    assert.equal(first.ok, false);
    assert.equal(c.snapshot, undefined);
    await waitFor('load after throttling', () => c.snapshot?.parameters.get('/c6/a')?.value === 'one', 5000);
    assert.equal(log.at('warn').length, 1);
  });

  it('gives up waiting after maxWaitMs and lets the refresh finish on its own', async () => {
    ssm.put('/c7/a', 'one');
    ssm.latencyMs = 300;
    const c = cache('/c7', 60_000);
    const t0 = Date.now();
    await c.ensureFresh(50);
    assert.ok(Date.now() - t0 < 250);
    assert.equal(c.snapshot, undefined);
    await waitFor('slow load', () => c.snapshot !== undefined, 5000);
  });

  it('runs a second read for refreshNow when a refresh was already in flight', async () => {
    ssm.put('/c8/a', 'one');
    ssm.latencyMs = 100;
    const c = cache('/c8', 60_000);
    const inFlight = c.refresh();
    await sleep(20);
    ssm.put('/c8/a', 'two');
    const now = c.refreshNow();
    const [a, b] = await Promise.all([inFlight, now]);
    assert.ok(a.ok && b.ok);
    assert.equal(c.snapshot?.parameters.get('/c8/a')?.value, 'two');
  });
});
