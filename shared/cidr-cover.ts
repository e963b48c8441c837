/**
 * Whether a list of CIDRs, taken together, covers every address of a family: `0.0.0.0/0`, `::/0`,
 * or pieces that add up to it (`0.0.0.0/1,128.0.0.0/1`; an IPv4-mapped `::ffff:0:0/96` counts for
 * IPv4). Trusting every address as a proxy would let any client choose the address the logs and
 * the failed-authentication limit see.
 */
import { isIPv4 } from 'node:net';
import type { Cidr } from './cidr.ts';

const V4_BITS = 32n;
const V6_BITS = 128n;
const MAPPED = 0xffffn << 32n; // ::ffff:0:0/96

function v4(address: string): bigint {
  return address.split('.').reduce((n, octet) => (n << 8n) | BigInt(Number(octet)), 0n);
}

function v6(address: string): bigint {
  let text = address;
  const cut = text.lastIndexOf(':');
  if (isIPv4(text.slice(cut + 1))) {
    const n = v4(text.slice(cut + 1)); // ::ffff:1.2.3.4 -> ::ffff:102:304
    text = `${text.slice(0, cut + 1)}${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const [head = '', tail = ''] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = text.includes('::') ? Array<string>(8 - left.length - right.length).fill('0') : [];
  return [...left, ...zeros, ...right].reduce((n, g) => (n << 16n) | BigInt(`0x${g}`), 0n);
}

/** The first and last address of a CIDR, in a family of `bits`. */
function range(start: bigint, prefix: number, bits: bigint): [bigint, bigint] {
  const host = bits - BigInt(prefix);
  const first = (start >> host) << host;
  return [first, first + (1n << host) - 1n];
}

function covers(ranges: [bigint, bigint][], bits: bigint): boolean {
  const sorted = [...ranges].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let next = 0n; // the first address not covered yet
  for (const [first, last] of sorted) {
    if (first > next) return false;
    if (last + 1n > next) next = last + 1n;
  }
  return next === 1n << bits;
}

/** `ipv4` or `ipv6` when the CIDRs trust every address of that family; undefined otherwise. */
export function trustsEveryAddress(cidrs: readonly Cidr[]): 'ipv4' | 'ipv6' | undefined {
  const four: [bigint, bigint][] = [];
  const six: [bigint, bigint][] = [];
  for (const c of cidrs) {
    if (c.family === 'ipv4') {
      four.push(range(v4(c.address), c.prefix, V4_BITS));
      continue;
    }
    const [first, last] = range(v6(c.address), c.prefix, V6_BITS);
    six.push([first, last]);
    const lo = first > MAPPED ? first : MAPPED;
    const hi = last < (MAPPED | 0xffffffffn) ? last : MAPPED | 0xffffffffn;
    if (lo <= hi) four.push([lo - MAPPED, hi - MAPPED]);
  }
  if (covers(six, V6_BITS)) return 'ipv6';
  if (covers(four, V4_BITS)) return 'ipv4';
  return undefined;
}
