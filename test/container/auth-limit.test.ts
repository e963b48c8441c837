/**
 * Failed operator authentications over real HTTP: after ADMIN_AUTH_FAILURE_LIMIT wrong tokens a
 * client gets 429 with Retry-After (the right token too) until its window ends, each failure is a
 * WARN line without the token, and the window runs on the server's (here injected) clock.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { smallClassifier, TokenAdmin } from '../api/fixtures.ts';
import { ManualClock, request, startServer } from './helpers.ts';

const TOKEN = 'auth-limit-token-0123456789abcdef0123';

describe('failed operator authentications', () => {
  it('returns 429 with Retry-After after the limit, logs WARN lines without the token, and lets the client in after the window', async () => {
    const clock = new ManualClock();
    const s = await startServer(
      { ADMIN_AUTH_FAILURE_LIMIT: '5', ADMIN_AUTH_FAILURE_WINDOW_SECONDS: '60' },
      { classifier: smallClassifier, admin: new TokenAdmin(TOKEN), now: clock.now },
    );
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 200; i++) {
        const r = await request(s.port, 'GET', '/admin/status', {
          headers: { authorization: `Bearer guess-${i}` },
        });
        statuses.push(r.status);
        if (r.status === 429) assert.equal(r.headers['retry-after'], '60');
      }
      assert.deepEqual(statuses.slice(0, 5), [401, 401, 401, 401, 401]);
      assert.ok(
        statuses.slice(5).every((x) => x === 429),
        'every later guess is refused unchecked',
      );
      const right = await request(s.port, 'GET', '/admin/status', {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      assert.equal(right.status, 429, 'the right token too, while blocked');
      assert.match(right.body, /"code":"too_many_auth_failures"/);

      const warns = s.sink.records().filter((l) => l.level === 'WARN');
      assert.equal(warns.filter((l) => l.message === 'admin authentication failed').length, 5);
      assert.equal(
        warns.filter((l) => l.message === 'admin authentication blocked for this client').length,
        1,
      );
      assert.equal(warns[0]?.clientIp, '127.0.0.1');
      assert.ok(!s.sink.lines.join('').includes('guess-') && !s.sink.lines.join('').includes(TOKEN));
      const access = s.sink.records().filter((l) => l.message === 'request' && l.status === 429);
      assert.equal(access[0]?.error, 'too_many_auth_failures');

      clock.advance(60_000);
      const later = await request(s.port, 'GET', '/admin/status', {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      assert.equal(later.status, 200, 'the window is over');
    } finally {
      await s.close();
    }
  });
});
