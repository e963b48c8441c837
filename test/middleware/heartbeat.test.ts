import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Health, heartbeat } from '../../shared/middleware/heartbeat.ts';
import { context, recording, request } from './helpers.ts';

describe('heartbeat', () => {
  it('returns 200 ok for GET and HEAD /health without calling the next handler', async () => {
    const next = recording();
    const h = heartbeat()(next);
    for (const method of ['GET', 'HEAD']) {
      const res = await h(request({ method, path: '/health' }), context());
      assert.equal(res.status, 200);
      assert.equal(res.body, 'ok');
      assert.equal(res.headers['content-type'], 'text/plain; charset=utf-8');
      assert.equal(res.headers['cache-control'], 'no-cache, no-store, must-revalidate, private, max-age=0');
      assert.match(res.headers['x-request-id'] ?? '', /^[A-Za-z0-9._-]{1,64}$/);
    }
    assert.equal(next.seen.length, 0);
  });

  it('matches the path case-insensitively, like the Go service', async () => {
    const next = recording();
    const res = await heartbeat()(next)(request({ path: '/HEALTH' }), context());
    assert.equal(res.body, 'ok');
    assert.equal(next.seen.length, 0);
  });

  it('returns 503 draining once shutdown has begun', async () => {
    const health = new Health();
    const h = heartbeat({ health })(recording());
    assert.equal((await h(request({ path: '/health' }), context())).status, 200);
    health.startDraining();
    const res = await h(request({ path: '/health' }), context());
    assert.equal(res.status, 503);
    assert.equal(res.body, 'draining');
  });

  it('passes other paths and other methods on to the next handler', async () => {
    const next = recording();
    const h = heartbeat()(next);
    await h(request({ path: '/healthz' }), context());
    await h(request({ method: 'POST', path: '/health' }), context());
    await h(request({ path: '/version' }), context());
    assert.equal(next.seen.length, 3);
  });

  it('echoes a plain incoming request id', async () => {
    const res = await heartbeat()(recording())(
      request({ path: '/health', headers: { 'x-request-id': 'alb-probe-1' } }),
      context(),
    );
    assert.equal(res.headers['x-request-id'], 'alb-probe-1');
  });
});
