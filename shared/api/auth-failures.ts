/**
 * Failed operator authentications per client: after `limit` failures within `windowMs` (counted
 * from the first), the client's operator requests get a 429 with `Retry-After` until that window
 * ends, a right token included (a guesser must not learn when it hit). A success before the limit
 * forgets the client's failures. Clients are keyed by IP address, IPv6 ones by their /64 (one
 * host's usual allocation). The table holds at most `maxClients` entries, oldest dropped first;
 * each worker and Lambda instance keeps its own.
 */
import { isIPv6 } from 'node:net';
import { type Clock, monotonic } from '../clock.ts';

export interface AuthFailureOptions {
  readonly limit: number;
  readonly windowMs: number;
  /** Default 10,000 (about a megabyte). */
  readonly maxClients?: number;
  readonly now?: Clock;
}

interface Entry {
  readonly first: number;
  count: number;
}

export const DEFAULT_MAX_CLIENTS = 10_000;

/** `2001:db8:1:2:3:4:5:6` -> `2001:db8:1:2::/64`; an IPv4 address as it is. */
export function clientKey(ip: string): string {
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

export class AuthFailures {
  readonly limit: number;
  readonly windowMs: number;
  readonly #maxClients: number;
  readonly #now: Clock;
  /** In order of first failure: the oldest window ends first. */
  readonly #clients = new Map<string, Entry>();

  constructor(options: AuthFailureOptions) {
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    this.#maxClients = options.maxClients ?? DEFAULT_MAX_CLIENTS;
    this.#now = options.now ?? monotonic;
  }

  get size(): number {
    return this.#clients.size;
  }

  /** Milliseconds until the client may try again; 0 when it is not blocked. */
  blockedFor(ip: string): number {
    const e = this.#clients.get(clientKey(ip));
    if (e === undefined || e.count < this.limit) return 0;
    return Math.max(0, e.first + this.windowMs - this.#now());
  }

  /** Counts a failure; the client's failures in its window so far. */
  fail(ip: string): number {
    const key = clientKey(ip);
    const now = this.#now();
    const e = this.#clients.get(key);
    if (e !== undefined && now < e.first + this.windowMs) return ++e.count;
    this.#clients.delete(key);
    this.#evict(now);
    this.#clients.set(key, { first: now, count: 1 });
    return 1;
  }

  /** A right token (while not blocked): the client's failures are forgotten. */
  succeed(ip: string): void {
    this.#clients.delete(clientKey(ip));
  }

  /** Room for one more: ended windows go, then the oldest if still full. */
  #evict(now: number): void {
    for (const [key, e] of this.#clients) {
      if (this.#clients.size < this.#maxClients && now < e.first + this.windowMs) return;
      this.#clients.delete(key);
    }
  }
}
