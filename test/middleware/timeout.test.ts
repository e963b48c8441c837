import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RequestContext } from '../../shared/api/http.ts';
import { timeout } from '../../shared/middleware/timeout.ts';
import { context, gate, ok, request } from './helpers.ts';

describe('timeout', () => {
  it('returns 503 JSON when the deadline passes and aborts the signal', async () => {
    let seen: RequestContext | undefined;
    let heardAbort = false;
    const never = gate();
    const started = Date.now();
    const res = await timeout(40)(async (_req, ctx) => {
      seen = ctx;
      ctx.signal?.addEventListener('abort', () => {
        heardAbort = true;
      });
      await never.promise;
      return ok();
    })(request(), context());
    assert.ok(Date.now() - started >= 35);
    assert.equal(heardAbort, true);
    assert.equal(res.status, 503);
    assert.deepEqual(JSON.parse(String(res.body)), {
      error: { code: 'timeout', message: 'request not handled within 40 ms' },
    });
    assert.equal(seen?.signal?.aborted, true);
  });

  it('drops the late result of a handler that finishes after the deadline', async () => {
    const late = gate();
    let finished = false;
    const res = await timeout(20)(async () => {
      await late.promise;
      finished = true;
      return ok('late');
    })(request(), context());
    assert.equal(res.status, 503);
    late.open();
    await new Promise((r) => setTimeout(r, 5));
    assert.equal(finished, true, 'the handler ran to its end, its answer went nowhere');
  });

  it('drops the late failure of a handler instead of raising an unhandled rejection', async () => {
    const late = gate();
    const res = await timeout(20)(async () => {
      await late.promise;
      throw new Error('too late');
    })(request(), context());
    assert.equal(res.status, 503);
    late.open();
    await new Promise((r) => setTimeout(r, 5));
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

  it('expires many requests in arrival order and answers the quick ones', async () => {
    const mw = timeout(30);
    const never = gate();
    const slow = Array.from({ length: 50 }, () =>
      mw(async () => {
        await never.promise;
        return ok();
      })(request(), context()),
    );
    const quick = await mw(async () => ok('quick'))(request(), context());
    assert.equal(quick.status, 200);
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
});
