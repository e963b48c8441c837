import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeIp, realIp, TrustedProxies } from '../../shared/middleware/real-ip.ts';
import { context, recording, request } from './helpers.ts';

describe('realIp', () => {
  it('returns the TCP peer and ignores X-Forwarded-For when no proxy is trusted', async () => {
    const next = recording();
    await realIp()(next)(
      request({ remoteAddress: '203.0.113.9', headers: { 'x-forwarded-for': '1.2.3.4' } }),
      context(),
    );
    assert.equal(next.seen[0]?.clientIp, '203.0.113.9');
  });

  it('returns the rightmost untrusted hop when the peer is a trusted proxy', async () => {
    const next = recording();
    const mw = realIp({ trustedProxies: ['10.0.0.0/16', '172.16.0.0/12'] });
    await mw(next)(
      request({
        remoteAddress: '10.0.3.4',
        headers: { 'x-forwarded-for': '6.6.6.6, 198.51.100.7, 172.20.1.1' },
      }),
      context(),
    );
    assert.equal(next.seen[0]?.clientIp, '198.51.100.7', 'the spoofed leftmost entry is not believed');
  });

  it('returns the peer when the peer is not trusted, whatever the header says', async () => {
    const t = new TrustedProxies(['10.0.0.0/8']);
    assert.equal(t.clientIp('198.51.100.7', '10.1.1.1'), '198.51.100.7');
  });

  it('returns the leftmost hop when every hop is trusted', () => {
    const t = new TrustedProxies(['10.0.0.0/8']);
    assert.equal(t.clientIp('10.0.0.1', '10.9.9.9, 10.0.0.2'), '10.9.9.9');
  });

  it('returns the last vouched-for address when a hop is garbage', () => {
    const t = new TrustedProxies(['10.0.0.0/8']);
    assert.equal(t.clientIp('10.0.0.1', 'not-an-ip'), '10.0.0.1');
    assert.equal(t.clientIp('10.0.0.1', '198.51.100.7, garbage, 10.0.0.9'), '10.0.0.9');
  });

  it('returns IPv6 clients behind IPv6 and IPv4-mapped proxies', () => {
    const t = new TrustedProxies(['2600:1f18:abcd::/48', '10.0.0.0/8']);
    assert.equal(t.clientIp('2600:1f18:abcd:1::5', '2001:db8::1'), '2001:db8::1');
    assert.equal(t.clientIp('::ffff:10.0.0.7', '2001:db8::2'), '2001:db8::2');
    assert.equal(t.clientIp('2600:1f18:abce::5', '2001:db8::1'), '2600:1f18:abce::5', 'outside the /48');
  });

  it('returns addresses without ports, brackets, zones or the IPv4-mapped prefix', () => {
    assert.equal(normalizeIp('::ffff:127.0.0.1'), '127.0.0.1');
    assert.equal(normalizeIp(' 198.51.100.7:4321 '), '198.51.100.7');
    assert.equal(normalizeIp('[2001:db8::1]:443'), '2001:db8::1');
    assert.equal(normalizeIp('fe80::1%eth0'), 'fe80::1');
    assert.equal(normalizeIp('10.0.0.1'), '10.0.0.1');
  });

  it('refuses an invalid CIDR when built', () => {
    assert.throws(() => new TrustedProxies(['10.0.0.0/33']), /not a CIDR/);
    assert.throws(() => new TrustedProxies(['example.com']), /not a CIDR/);
  });
});
