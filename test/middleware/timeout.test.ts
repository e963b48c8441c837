import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { getEventListeners } from 'node:events';
import { describe, it } from 'node:test';
import type { RequestContext } from '../../shared/api/http.ts';
import { timeout } from '../../shared/middleware/timeout.ts';
import { context, fakeTime, gate, ok, request, settle } from './helpers.ts';

describe('timeout', () => {
  it('returns 503 JSON when the deadline passes and aborts the signal', async (t) => {
    const time = fakeTime(t);
    let seen: RequestContext | undefined;
    let heardAbort = false;
    let answered = false;
    const never = gate();
    const pending = timeout(
      40,
      time.now,
    )(async (_req, ctx) => {
      seen = ctx;
      ctx.signal?.addEventListener('abort', () => {
        heardAbort = true;
      });
      await never.promise;
      return ok();
    })(request(), context()).then((r) => {
      answered = true;
      return r;
    });
    time.tick(39);
    await settle();
    assert.equal(answered, false, 'not before its 40 ms');
    time.tick(1);
    const res = await pending;
    assert.equal(heardAbort, true);
    assert.equal(res.status, 503);
    assert.deepEqual(JSON.parse(String(res.body)), {
      error: { code: 'timeout', message: 'request not handled within 40 ms' },
    });
    assert.equal(seen?.signal?.aborted, true);
  });

  it('returns 503 without running the handler when the deadline counted from arrival has passed', async () => {
    let ran = false;
    const now = () => 5_000;
    const h = timeout(
      100,
      now,
    )(async () => {
      ran = true;
      return ok();
    });
    const late = await h(request({ receivedAt: 4_900 }), context());
    assert.equal(late.status, 503);
    assert.equal(late.errorCode, 'timeout');
    assert.equal(ran, false, 'no work for a request that waited past its deadline');
    assert.equal((await h(request({ receivedAt: 4_901 }), context())).status, 200);
    assert.equal(ran, true);
  });

  it('drops the late result of a handler that finishes after the deadline', async (t) => {
    const time = fakeTime(t);
    const late = gate();
    let inner: Promise<unknown> = Promise.resolve();
    const pending = timeout(
      20,
      time.now,
    )(() => {
      inner = (async () => {
        await late.promise;
        return ok('late');
      })();
      return inner as ReturnType<typeof ok> & Promise<never>;
    })(request(), context());
    time.tick(20);
    const res = await pending;
    assert.equal(res.status, 503);
    late.open();
    assert.equal(
      ((await inner) as { body: string }).body,
      'late',
      'the handler ran to its end, its answer went nowhere',
    );
  });

  it('drops the late failure of a handler instead of raising an unhandled rejection', async (t) => {
    const time = fakeTime(t);
    const late = gate();
    let inner: Promise<unknown> = Promise.resolve();
    const pending = timeout(
      20,
      time.now,
    )(() => {
      inner = (async () => {
        await late.promise;
        throw new Error('too late');
      })();
      return inner as Promise<never>;
    })(request(), context());
    time.tick(20);
    assert.equal((await pending).status, 503);
    late.open();
    await assert.rejects(inner, /too late/);
  });

  it('returns the handler answer and lets the signal stay quiet when it is in time', async () => {
    let seen: RequestContext | undefined;
    const res = await timeout(1_000)(async (_req, ctx) => {
      seen = ctx;
      return ok('quick');
    })(request(), context());
    assert.equal(res.body, 'quick');
    assert.equal(seen?.signal?.aborted, false);
  });

  it('passes the request id, client IP and log fields through to the inner context', async () => {
    const outer = { ...context(), requestId: 'r-9', clientIp: '198.51.100.7' };
    await timeout(1_000)(async (_req, ctx) => {
      assert.equal(ctx.requestId, 'r-9');
      assert.equal(ctx.clientIp, '198.51.100.7');
      ctx.logFields.action = 'junk';
      return ok();
    })(request(), outer);
    assert.equal(outer.logFields.action, 'junk');
  });

  it('expires many requests in arrival order and answers the quick ones', async (t) => {
    const time = fakeTime(t);
    const mw = timeout(30, time.now);
    const never = gate();
    const slow = Array.from({ length: 50 }, () =>
      mw(async () => {
        await never.promise;
        return ok();
      })(request(), context()),
    );
    const quick = await mw(async () => ok('quick'))(request(), context());
    assert.equal(quick.status, 200);
    time.tick(30);
    const statuses = (await Promise.all(slow)).map((r) => r.status);
    assert.deepEqual(new Set(statuses), new Set([503]));
  });

  it('returns the rejection of a handler that fails in time', async () => {
    await assert.rejects(
      timeout(1_000)(async () => {
        throw new Error('boom');
      })(request(), context()),
      /boom/,
    );
  });

  it('returns the full deadline to a request that arrives after the list emptied and the timer stayed', async (t) => {
    const time = fakeTime(t);
    const slow = gate();
    const h = timeout(
      60,
      time.now,
    )(async (req) => {
      if (req.path === '/slow') await slow.promise;
      return ok();
    });
    assert.equal((await h(request(), context())).status, 200); // arms the timer for t0 + 60 ms, then empties
    time.tick(40);
    let answered = false;
    const pending = h(request({ path: '/slow' }), context()).then((r) => {
      answered = true;
      return r;
    }); // its deadline: t0 + 100 ms
    time.tick(59);
    await settle();
    assert.equal(answered, false, 'not expired by the timer armed for the first request');
    time.tick(1);
    const res = await pending;
    slow.open();
    assert.equal(res.status, 503);
  });

  it("answers 503 at once when the platform's signal aborts first, and stops listening to it after", async (t) => {
    const time = fakeTime(t);
    const platform = new AbortController();
    const never = gate();
    const h = timeout(
      60_000,
      time.now,
    )(async (req) => {
      if (req.path === '/slow') await never.promise;
      return ok();
    });
    const quick = new AbortController();
    assert.equal((await h(request({ signal: quick.signal }), context())).status, 200);
    assert.equal(getEventListeners(quick.signal, 'abort').length, 0, 'a settled request leaves no listener');
    const pending = h(request({ path: '/slow', receivedAt: 0, signal: platform.signal }), context());
    time.tick(5_500);
    platform.abort();
    const res = await pending;
    assert.equal(res.status, 503);
    assert.deepEqual(JSON.parse(String(res.body)).error, {
      code: 'timeout',
      message: 'request not handled within 5500 ms',
    });
    assert.equal(getEventListeners(platform.signal, 'abort').length, 0);
    const already = await h(request({ signal: platform.signal }), context());
    assert.equal(already.status, 503, 'an already aborted signal answers at once');
  });

  it('lets the process exit when no request waits, though the timer stays', () => {
    const code = `
      import { timeout } from ${JSON.stringify(new URL('../../shared/middleware/timeout.ts', import.meta.url).href)};
      const h = timeout(60_000)(async () => ({ status: 200, headers: {}, body: 'ok' }));
      await h({ method: 'GET', path: '/', headers: {}, body: null, remoteAddress: '' }, { requestId: '', clientIp: '', logFields: {} });
      console.log('answered');
    `;
    // killed at 30 s (status null) if the 60 s deadline timer held the process
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    assert.equal(r.signal, null, 'did not wait for the 60 s deadline timer');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'answered');
  });
});
