import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCidr } from '../shared/cidr.ts';
import { trustsEveryAddress } from '../shared/cidr-cover.ts';

const every = (...cidrs: string[]) => trustsEveryAddress(cidrs.map((c) => parseCidr(c) ?? assert.fail(c)));

describe('trustsEveryAddress', () => {
  it('returns the family whose every address the list trusts, alone or in pieces', () => {
    assert.equal(every('0.0.0.0/0'), 'ipv4');
    assert.equal(every('::/0'), 'ipv6');
    assert.equal(every('0.0.0.0/1', '128.0.0.0/1'), 'ipv4');
    assert.equal(every('128.0.0.0/2', '0.0.0.0/1', '192.0.0.0/2'), 'ipv4');
    assert.equal(every('::/1', '8000::/1'), 'ipv6');
    assert.equal(every('10.0.0.0/8', '::ffff:0.0.0.0/96'), 'ipv4', 'IPv4-mapped IPv6 covers IPv4');
  });

  it('returns undefined for load-balancer subnets, or half the space', () => {
    assert.equal(every('10.0.0.0/16', '10.1.0.0/16', '2600:1f18::/36'), undefined);
    assert.equal(every('0.0.0.0/1'), undefined);
    assert.equal(every('0.0.0.0/1', '128.0.0.0/2'), undefined);
    assert.equal(every('192.0.2.1'), undefined);
  });
});
