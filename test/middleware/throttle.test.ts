import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NeutralResponse } from '../../shared/api/http.ts';
import {
  Throttle,
  throttle,
  throttleBacklog,
  throttleWithOptions,
} from '../../shared/middleware/throttle.ts';
import { context, fakeTime, gate, ok, request, settle } from './helpers.ts';

/** A handler held open until its gate opens; counts how many run at once. */
function held() {
  const g = gate();
  let running = 0;
  let peak = 0;
  const handler = async (): Promise<NeutralResponse> => {
    running++;
    peak = Math.max(peak, running);
    await g.promise;
    running--;
    return ok();
  };
  return { handler, open: () => g.open(), peak: () => peak };
}

describe('throttle', () => {
  it('returns 429 with Retry-After at once when over the limit and there is no backlog', async () => {
    const h = held();
    const mw = throttle(2);
    const wrapped = mw(h.handler);
    const first = [wrapped(request(), context()), wrapped(request(), context())];
    const third = await wrapped(request(), context());
    assert.equal(third.status, 429);
    assert.equal(third.headers['retry-after'], '1');
    assert.equal(JSON.parse(String(third.body)).error.code, 'too_many_requests');
    assert.deepEqual(mw.throttle.stats(), {
      limit: 2,
      backlogLimit: 0,
      inFlight: 2,
      queued: 0,
      rejected: 1,
      timedOut: 0,
    });
    h.open();
    assert.deepEqual(
      (await Promise.all(first)).map((r) => r.status),
      [200, 200],
    );
    assert.equal(mw.throttle.stats().inFlight, 0);
  });

  it('returns 200 for backlogged requests once slots free up, never exceeding the limit', async () => {
    const h = held();
    const mw = throttleBacklog(2, 3, 5_000);
    const wrapped = mw(h.handler);
    const all = Array.from({ length: 5 }, () => wrapped(request(), context()));
    await new Promise((r) => setImmediate(r));
    assert.equal(mw.throttle.stats().inFlight, 2);
    assert.equal(mw.throttle.stats().queued, 3);
    const sixth = await wrapped(request(), context());
    assert.equal(sixth.status, 429, 'backlog full');
    h.open();
    assert.deepEqual(
      (await Promise.all(all)).map((r) => r.status),
      [200, 200, 200, 200, 200],
    );
    assert.equal(h.peak(), 2);
    assert.deepEqual(mw.throttle.stats(), {
      limit: 2,
      backlogLimit: 3,
      inFlight: 0,
      queued: 0,
      rejected: 1,
      timedOut: 0,
    });
  });

  it('returns 429 to a backlogged request that waits longer than the backlog timeout', async (t) => {
    const time = fakeTime(t);
    const h = held();
    const mw = throttleWithOptions({ limit: 1, backlogLimit: 5, backlogTimeoutMs: 30, retryAfterSeconds: 7 });
    const wrapped = mw(h.handler);
    const first = wrapped(request(), context());
    let answered = false;
    const pending = wrapped(request(), context()).then((r) => {
      answered = true;
      return r;
    });
    time.tick(29);
    await settle();
    assert.equal(answered, false, 'it waits its 30 ms in the backlog');
    time.tick(1);
    const waited = await pending;
    assert.equal(waited.status, 429);
    assert.equal(waited.headers['retry-after'], '7');
    assert.equal(mw.throttle.stats().timedOut, 1);
    assert.equal(mw.throttle.stats().queued, 0);
    h.open();
    assert.equal((await first).status, 200);
  });

  it('releases the slot when the handler throws', async () => {
    const mw = throttle(1);
    const failing = mw(async () => {
      throw new Error('boom');
    });
    await assert.rejects(failing(request(), context()), /boom/);
    assert.equal(mw.throttle.stats().inFlight, 0);
    assert.equal((await mw(async () => ok())(request(), context())).status, 200);
  });

  it('grants backlog slots in arrival order', async () => {
    const t = new Throttle({ limit: 1, backlogLimit: 3, backlogTimeoutMs: 1_000 });
    assert.equal(t.tryAcquire(), true);
    const order: number[] = [];
    const waits = [1, 2, 3].map((n) => (t.wait() as Promise<boolean>).then((g) => g && order.push(n)));
    assert.equal(t.wait(), false, 'fourth waiter: backlog full');
    for (let i = 0; i < 4; i++) t.release();
    await Promise.all(waits);
    assert.deepEqual(order, [1, 2, 3]);
    assert.equal(t.stats().inFlight, 0);
  });

  it('refuses a limit below one', () => {
    assert.throws(() => throttle(0), RangeError);
    assert.throws(() => throttleBacklog(1, -1, 10), RangeError);
  });
});
