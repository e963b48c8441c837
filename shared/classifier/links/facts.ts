/**
 * What a message's links say, read against the link maps: links whose destination a shortener
 * hides, raw IP hosts, abuse-prone top-level domains, content platforms, and brands: a link to a
 * domain that is not the official one of a brand the message names (or whose name the host is
 * made of, look-alike letters included) is the shape of impersonation; a link to the brand's own
 * domain is a legitimacy signal.
 */
import type { UrlFeature } from '../normalize.ts';
import { type Brand, hostIn, type LinkMaps, lookalikeFold } from './maps.ts';

export interface LinkFacts {
  readonly shorteners: number;
  readonly ips: number;
  readonly defanged: number;
  readonly riskyTlds: number;
  /** Links to a domain that is not the official one of a brand in play. */
  readonly brandMismatches: number;
  /** Links to the official domain of a brand in play. */
  readonly brandLinks: number;
  readonly platforms: number;
  /** Top-level domains of the first two links. */
  readonly tlds: readonly string[];
  /** Ids of the brands the text names. */
  readonly brands: readonly string[];
}

export const NO_LINK_FACTS: LinkFacts = Object.freeze({
  shorteners: 0,
  ips: 0,
  defanged: 0,
  riskyTlds: 0,
  brandMismatches: 0,
  brandLinks: 0,
  platforms: 0,
  tlds: Object.freeze([]) as readonly string[],
  brands: Object.freeze([]) as readonly string[],
});

/** Whether the (folded) host is made of the brand's name: "paypal-verify.com", "usps.com-track.info", "amaz0n.top". */
function hostNames(brand: Brand, folded: string, parts: readonly string[]): boolean {
  for (const t of brand.hostTokens)
    if (t.long ? folded.includes(t.token) : parts.includes(t.token)) return true;
  return false;
}

function brandsNamed(lowerText: string, maps: LinkMaps): Brand[] {
  const out: Brand[] = [];
  const re = maps.brandNames;
  re.lastIndex = 0;
  for (let m = re.exec(lowerText); m !== null; m = re.exec(lowerText)) {
    const b = maps.brandByName.get(m[1] as string);
    if (b && !out.includes(b)) out.push(b);
  }
  return out;
}

export function readLinks(urls: readonly UrlFeature[], lowerText: string, maps: LinkMaps): LinkFacts {
  if (urls.length === 0) return NO_LINK_FACTS;
  const named = brandsNamed(lowerText, maps);
  let shorteners = 0;
  let ips = 0;
  let defanged = 0;
  let riskyTlds = 0;
  let brandMismatches = 0;
  let brandLinks = 0;
  let platforms = 0;
  const tlds: string[] = [];
  for (const u of urls) {
    if (u.defanged) defanged++;
    if (tlds.length < 2 && u.tld !== '') tlds.push(u.tld);
    const host = u.host.startsWith('www.') ? u.host.slice(4) : u.host;
    if (u.ip) ips++;
    else if (maps.abuseTlds.has(u.tld)) riskyTlds++;
    if (!u.ip && hostIn(host, maps.redirectors)) {
      shorteners++;
      continue;
    }
    if (!u.ip && hostIn(host, maps.platforms)) {
      platforms++;
      continue;
    }
    const folded = lookalikeFold(host);
    const parts = folded.split(/[.-]/);
    const inPlay = [...named];
    if (!u.ip)
      for (const b of maps.brands) if (!inPlay.includes(b) && hostNames(b, folded, parts)) inPlay.push(b);
    if (inPlay.length === 0) continue;
    if (!u.ip && inPlay.some((b) => hostIn(host, b.domains))) brandLinks++;
    else brandMismatches++;
  }
  return {
    shorteners,
    ips,
    defanged,
    riskyTlds,
    brandMismatches,
    brandLinks,
    platforms,
    tlds,
    brands: named.map((b) => b.id),
  };
}
