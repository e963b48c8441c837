import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AuthFailures, clientKey } from '../../shared/api/auth-failures.ts';

describe('AuthFailures', () => {
  it('blocks a client after the limit until its window ends, counted on the injected clock', () => {
    let now = 0;
    const f = new AuthFailures({ limit: 3, windowMs: 60_000, now: () => now });
    for (let i = 1; i <= 3; i++) {
      assert.equal(f.blockedFor('203.0.113.9'), 0);
      assert.equal(f.fail('203.0.113.9'), i);
    }
    now = 10_000;
    assert.equal(f.blockedFor('203.0.113.9'), 50_000);
    assert.equal(f.blockedFor('203.0.113.10'), 0, 'another client is not blocked');
    now = 60_000;
    assert.equal(f.blockedFor('203.0.113.9'), 0, 'the window is over');
    assert.equal(f.fail('203.0.113.9'), 1, 'a new window starts');
  });

  it('forgets the failures of a client that then gets the token right', () => {
    const f = new AuthFailures({ limit: 3, windowMs: 60_000, now: () => 0 });
    f.fail('198.51.100.1');
    f.fail('198.51.100.1');
    f.succeed('198.51.100.1');
    assert.equal(f.fail('198.51.100.1'), 1);
  });

  it('keeps at most maxClients entries, ended windows and then the oldest going first', () => {
    let now = 0;
    const f = new AuthFailures({ limit: 2, windowMs: 1_000, maxClients: 100, now: () => now });
    for (let i = 0; i < 5_000; i++) {
      f.fail(`10.0.${i >> 8}.${i & 255}`);
      now += 1;
    }
    assert.equal(f.size, 100);
    f.fail('10.0.19.135'); // the newest ones are kept
    f.fail('10.0.19.135');
    assert.ok(f.blockedFor('10.0.19.135') > 0);
  });

  it('keys IPv6 clients by their /64 and IPv4 clients by their address', () => {
    assert.equal(clientKey('2001:db8:1:2:3:4:5:6'), '2001:db8:1:2::/64');
    assert.equal(clientKey('2001:db8::1'), '2001:db8:0:0::/64');
    assert.equal(clientKey('2001:db8:0:0:ffff::9'), '2001:db8:0:0::/64');
    assert.equal(clientKey('192.0.2.1'), '192.0.2.1');
  });
});
