/**
 * The TTL cache against the real AWS SDK and the local SSM protocol fixture. Time is the cache's
 * injected clock (expiry, backoff) and node:test's mock timers (its background timer, a caller's
 * bounded wait); the fixture holds a call "in flight" on request. Nothing here waits on the wall clock.
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it, type TestContext } from 'node:test';
import { ParameterCache } from '../../shared/secrets/cache.ts';
import { SsmParameterSource } from '../../shared/secrets/parameter-source.ts';
import { SsmServer } from '../fixtures/ssm-server.ts';
import { RecordingLog } from './helpers.ts';

/** A parameter's value in the cache's snapshot (read through a function: no narrowing across awaits). */
function stored(c: ParameterCache, name: string): string | undefined {
  return c.snapshot?.parameters.get(name)?.value;
}

describe('ParameterCache', () => {
  let ssm: SsmServer;
  let source: SsmParameterSource;
  let log: RecordingLog;
  let now: number;
  const caches: ParameterCache[] = [];

  function cache(
    prefix: string,
    ttlMs: number,
    extra: Partial<ConstructorParameters<typeof ParameterCache>[0]> = {},
  ) {
    // the clock moves only when a test moves it; jitter fixed at its top (delay = the ceiling)
    const c = new ParameterCache({ source, prefix, ttlMs, log, now: () => now, random: () => 1, ...extra });
    caches.push(c);
    return c;
  }

  /** setTimeout under the test's control (the cache's timer, a caller's bounded wait). */
  function mockTimers(t: TestContext) {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    return (ms: number) => t.mock.timers.tick(ms);
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
    now = 1_000_000;
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
    for (let i = 0; i < 20; i++) {
      await c.ensureFresh(5000);
      now += 1000;
    }
    assert.equal(ssm.count('GetParametersByPath') - before, 1);
    assert.equal(stored(c, '/c1/a'), 'one');
  });

  it('shares one refresh among concurrent callers after expiry', async () => {
    ssm.put('/c2/a', 'one');
    const c = cache('/c2', 100);
    await c.ensureFresh(5000);
    ssm.put('/c2/a', 'two');
    now += 100;
    const before = ssm.count('GetParametersByPath');
    await Promise.all(Array.from({ length: 10 }, () => c.ensureFresh(5000)));
    assert.equal(ssm.count('GetParametersByPath') - before, 1);
    assert.equal(stored(c, '/c2/a'), 'two');
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
    const start = now;
    const before = ssm.count('GetParametersByPath');
    // A request every millisecond for 600 ms of the cache's clock, from expiry on: attempts come
    // only at the backoff steps (at +60, then 100, 200 and 400 ms after each failure), never per request.
    for (let t = 60; t < 660; t++) {
      now = start + t;
      await c.ensureFresh(5000);
    }
    assert.equal(ssm.count('GetParametersByPath') - before, 3, 'attempts at +60, +160 and +360 ms');
    assert.equal(stored(c, '/c4/token'), 'tok-4c1f-good');
    assert.equal(c.state.failures, 3);
    assert.equal(c.state.nextAttemptAt, start + 760);
    assert.equal(c.state.lastAttempt?.ok, false);
    assert.equal(log.at('warn').length, 1);
    assert.ok(!log.text.includes('tok-4c1f'));

    ssm.recover();
    ssm.put('/c4/token', 'tok-4c1f-better', 'SecureString');
    now = start + 760;
    await c.ensureFresh(5000);
    assert.equal(stored(c, '/c4/token'), 'tok-4c1f-better');
    assert.equal(c.state.failures, 0);
    assert.equal(log.at('info').filter((l) => /reachable again/.test(l.message)).length, 1);

    // A second outage is a new streak: one more warning, and none for its retries.
    ssm.fail({ kind: 'throttle' });
    now += 60;
    await c.ensureFresh(5000);
    now += 250;
    await c.ensureFresh(5000);
    assert.equal(c.state.failures, 2);
    assert.equal(log.at('warn').length, 2);
  });

  it('refreshes on its own timer in background mode and stops when asked', async (t) => {
    const tick = mockTimers(t);
    ssm.put('/c5/a', 'one');
    const c = cache('/c5', 100);
    const first = await c.start();
    assert.ok(first.ok);
    ssm.put('/c5/a', 'two');
    tick(100); // the timer starts the refresh; awaiting refresh() joins it
    assert.equal(c.state.refreshing, true);
    await c.refresh();
    assert.equal(stored(c, '/c5/a'), 'two');
    c.stop();
    const calls = ssm.count('GetParametersByPath');
    tick(10_000);
    assert.equal(c.state.refreshing, false);
    assert.equal(ssm.count('GetParametersByPath'), calls);
  });

  it('retries after a backoff in background mode when the first load fails', async (t) => {
    const tick = mockTimers(t);
    ssm.put('/c6/a', 'one');
    ssm.fail({ kind: 'throttle', count: 2 });
    const c = cache('/c6', 60_000, { backoff: { baseMs: 50, capMs: 100 } });
    const first = await c.start();
    assert.equal(first.ok, false);
    assert.equal(c.snapshot, undefined);
    tick(50);
    assert.equal((await c.refresh()).ok, false, 'the second attempt, 50 ms later, is throttled too');
    tick(100);
    assert.equal((await c.refresh()).ok, true, 'the third, 100 ms after that, loads');
    assert.equal(stored(c, '/c6/a'), 'one');
    assert.equal(log.at('warn').length, 1);
  });

  it('gives up waiting after maxWaitMs and lets the refresh finish on its own', async (t) => {
    const tick = mockTimers(t);
    ssm.put('/c7/a', 'one');
    const release = ssm.hold();
    const c = cache('/c7', 60_000);
    const waiting = c.ensureFresh(50);
    tick(50);
    await waiting;
    assert.equal(c.snapshot, undefined, 'the caller went on without it');
    assert.equal(c.state.refreshing, true);
    release();
    await c.refresh();
    assert.equal(stored(c, '/c7/a'), 'one');
  });

  it('runs a second read for refreshNow when a refresh was already in flight', async () => {
    ssm.put('/c8/a', 'one');
    const release = ssm.hold();
    const c = cache('/c8', 60_000);
    const before = ssm.count('GetParametersByPath');
    const inFlight = c.refresh();
    ssm.put('/c8/a', 'two');
    const again = c.refreshNow();
    release();
    const [a, b] = await Promise.all([inFlight, again]);
    assert.ok(a.ok && b.ok);
    assert.equal(ssm.count('GetParametersByPath') - before, 2);
    assert.equal(stored(c, '/c8/a'), 'two');
  });
});
