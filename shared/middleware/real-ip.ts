/**
 * real IP: the client address for logs and decisions. chi's RealIP believes any X-Forwarded-For;
 * we believe it only when the TCP peer is a trusted proxy (the ALB's subnets, `TRUSTED_PROXIES`),
 * and then walk the list right to left, past trusted hops, stopping at the first untrusted one:
 * the rightmost address nobody we trust could have forged. With no trusted proxies configured,
 * the client is the TCP peer and the header is ignored.
 */
import { BlockList, isIP } from 'node:net';
import type { Handler, Middleware, NeutralRequest, NeutralResponse, RequestContext } from '../api/http.ts';
import { parseCidr } from '../cidr.ts';

const MAPPED_V4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/** `::ffff:10.0.0.1` -> `10.0.0.1`; IPv6 zone and brackets dropped; ports dropped. */
export function normalizeIp(raw: string): string {
  if (raw.indexOf(':') < 0 && raw.indexOf(' ') < 0) return raw; // plain IPv4, the common case
  if (raw.startsWith('::ffff:') && raw.indexOf('.') > 0 && raw.indexOf(':', 7) < 0) return raw.slice(7);
  let ip = raw.trim();
  if (ip.startsWith('[')) {
    const end = ip.indexOf(']');
    ip = end > 0 ? ip.slice(1, end) : ip;
  } else if (ip.indexOf(':') > 0 && ip.indexOf(':') === ip.lastIndexOf(':') && ip.includes('.')) {
    ip = ip.slice(0, ip.indexOf(':')); // 10.0.0.1:4321
  }
  const zone = ip.indexOf('%');
  if (zone > 0) ip = ip.slice(0, zone);
  const mapped = MAPPED_V4.exec(ip);
  return mapped?.[1] ?? ip;
}

export class TrustedProxies {
  readonly #list = new BlockList();
  readonly size: number;

  /** Throws on an invalid CIDR (config validation reports them all first). */
  constructor(cidrs: readonly string[]) {
    for (const c of cidrs) {
      const cidr = parseCidr(c.trim());
      if (!cidr) throw new TypeError(`not a CIDR or IP address: ${c}`);
      this.#list.addSubnet(cidr.address, cidr.prefix, cidr.family);
    }
    this.size = cidrs.length;
  }

  /** Whether a (normalised) address belongs to a trusted network. */
  trusts(ip: string): boolean {
    const family = isIP(ip);
    if (family === 0) return false;
    return this.#list.check(ip, family === 4 ? 'ipv4' : 'ipv6');
  }

  /** The client address: the peer, or the rightmost untrusted hop of X-Forwarded-For behind trusted peers. */
  clientIp(peer: string, forwardedFor: string | undefined): string {
    let client = normalizeIp(peer);
    if (this.size === 0 || forwardedFor === undefined || !this.trusts(client)) return client;
    const hops = forwardedFor.split(',');
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = normalizeIp(hops[i] ?? '');
      if (isIP(hop) === 0) return client; // garbage: keep the last address we could vouch for
      client = hop;
      if (!this.trusts(hop)) return client;
    }
    return client; // every hop trusted: the leftmost is the origin
  }
}

export interface RealIpOptions {
  /** CIDRs or a prepared list; empty = never believe X-Forwarded-For. */
  readonly trustedProxies?: readonly string[] | TrustedProxies;
}

export function realIp(options: RealIpOptions = {}): Middleware {
  const t = options.trustedProxies;
  const trusted = t instanceof TrustedProxies ? t : new TrustedProxies(t ?? []);
  return function realIpMiddleware(next: Handler): Handler {
    if (trusted.size === 0) {
      return function peerIpHandler(req: NeutralRequest, ctx: RequestContext): Promise<NeutralResponse> {
        ctx.clientIp = normalizeIp(req.remoteAddress);
        return next(req, ctx);
      };
    }
    return function realIpHandler(req: NeutralRequest, ctx: RequestContext): Promise<NeutralResponse> {
      ctx.clientIp = trusted.clientIp(req.remoteAddress, req.headers['x-forwarded-for']);
      return next(req, ctx);
    };
  };
}
