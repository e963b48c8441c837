import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorResponse, NotFoundError } from '../../shared/api/errors.ts';
import { NO_CACHE_HEADERS, noCache } from '../../shared/middleware/no-cache.ts';
import { context, ok, request } from './helpers.ts';

describe('noCache', () => {
  it('returns the three no-cache headers on a success', async () => {
    const res = await noCache()(async () => ok())(request(), context());
    assert.equal(res.headers['cache-control'], 'no-cache, no-store, must-revalidate, private, max-age=0');
    assert.equal(res.headers.pragma, 'no-cache');
    assert.equal(res.headers.expires, '0');
    assert.equal(res.headers['content-type'], 'text/plain');
  });

  it('returns the no-cache headers on an error answer too', async () => {
    const res = await noCache()(async () => errorResponse(new NotFoundError()))(request(), context());
    assert.equal(res.status, 404);
    for (const [k, v] of Object.entries(NO_CACHE_HEADERS)) assert.equal(res.headers[k], v);
  });
});
