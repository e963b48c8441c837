import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isValidRequestId, newRequestId, requestId } from '../../shared/middleware/request-id.ts';
import { context, recording, request } from './helpers.ts';

describe('requestId', () => {
  it('returns the incoming id on the response and in the context when it is plain', async () => {
    const h = recording();
    const res = await requestId()(h)(request({ headers: { 'x-request-id': 'abc-DEF_1.2' } }), context());
    assert.equal(res.headers['x-request-id'], 'abc-DEF_1.2');
    assert.equal(h.seen[0]?.requestId, 'abc-DEF_1.2');
  });

  it('returns a new id when the incoming one is too long, empty or has other characters', async () => {
    const h = recording();
    for (const bad of ['a'.repeat(65), '', 'x y', 'Root=1-abc', 'id\nforged log line', 'ünï', '<script>']) {
      const res = await requestId()(h)(request({ headers: { 'x-request-id': bad } }), context());
      const id = res.headers['x-request-id'];
      assert.notEqual(id, bad);
      assert.ok(isValidRequestId(id), `generated id ${id} is itself valid`);
    }
    const max = 'a'.repeat(64);
    const res = await requestId()(h)(request({ headers: { 'x-request-id': max } }), context());
    assert.equal(res.headers['x-request-id'], max);
  });

  it('returns distinct ids for 200,000 requests with a shared random prefix', () => {
    const ids = new Set<string>();
    const first = newRequestId();
    const prefix = first.slice(0, first.indexOf('-'));
    assert.equal(prefix.length, 12);
    for (let i = 0; i < 200_000; i++) ids.add(newRequestId());
    assert.equal(ids.size, 200_000);
    for (const id of [first, newRequestId()]) assert.ok(id.startsWith(`${prefix}-`) && isValidRequestId(id));
  });
});
