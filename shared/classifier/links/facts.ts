/**
 * What a message's links say, read against the link maps: links whose destination a shortener
 * hides, raw IP hosts, abuse-prone top-level domains, content platforms, and brands: a link to a
 * domain that is not the official one of a brand the message names (or whose name the host is
 * made of, look-alike letters included) is the shape of impersonation; a link to the brand's own
 * domain is a legitimacy signal.
 */
import type { UrlFeature } from '../normalize/index.ts';
import { type Brand, hostIn, type LinkMaps, lookalikeFold, MAX_HOST } from './maps.ts';

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

/** The labels of a host before its public suffix (the last label, and a generic second level before a country code). */
function nameParts(host: string): string[] {
  const labels = host.split('.');
  const tld = labels.pop() ?? '';
  const last = labels[labels.length - 1];
  if (tld.length === 2 && last !== undefined && /^(co|com|net|org|gov|ac|edu|or|ne|go)$/.test(last))
    labels.pop();
  return labels;
}

/** The old generic suffixes, where a brand's bare name has long been registered by the brand itself. */
const LEGACY_SUFFIXES: ReadonlySet<string> = new Set(['com', 'net', 'org']);

/**
 * Whether the host is made of the brand's name, look-alike letters folded: a long name anywhere in
 * it, a short or common one as a whole part between dots and hyphens.
 */
function hostNames(brand: Brand, joined: string, parts: readonly string[]): boolean {
  for (const t of brand.hostTokens)
    if (t.long ? joined.includes(t.token) : parts.includes(t.token)) return true;
  return false;
}

/**
 * A host as far as a DNS name goes: its last MAX_HOST characters from a label's start (a longer
 * one cannot resolve; only hostile text writes one, and each brand is looked for in it).
 */
function lastLabels(host: string): string {
  if (host.length <= MAX_HOST) return host;
  const dot = host.indexOf('.', host.length - MAX_HOST - 1);
  return dot >= 0 ? host.slice(dot + 1) : host.slice(host.length - MAX_HOST);
}

/**
 * A brand the text claims to speak for: named in the opening ("USPS: ...", "[Netflix] ...") or next
 * to what a customer has with it ("your Netflix account", "Amazon order"), not a brand mentioned
 * in passing ("stream it on Disney+ with your AIS plan").
 */
const OPENING = 24;
/** What follows a sender's name at the start of a message: "USPS:", "[Netflix]", "【中国邮政】", "HMRC -". */
const SIGNED = /^\s?[:\]】)|-]/;
const CLAIM_AFTER =
  /^.{0,24}?\b(account|payment|package|parcel|shipment|delivery|order|card|id|subscription|membership|wallet|refund|tax|toll|balance|login|sign-in|suspended|locked|blocked|on hold|expired|declined|failed|verify|verification|update)\b/;
/** "your Netflix", "your Apple Pay": the reader's own account with the brand. */
const YOUR = /\byour $/;

function brandsClaimed(lowerText: string, maps: LinkMaps): Brand[] {
  const out: Brand[] = [];
  const re = maps.brandNames;
  re.lastIndex = 0;
  for (let m = re.exec(lowerText); m !== null; m = re.exec(lowerText)) {
    const b = maps.brandByName.get(m[1] as string);
    if (!b || out.includes(b)) continue;
    const end = m.index + (m[1] as string).length;
    const after = lowerText.slice(end, end + 40);
    const before = lowerText.slice(Math.max(0, m.index - 5), m.index);
    if ((m.index < OPENING && SIGNED.test(after)) || CLAIM_AFTER.test(after) || YOUR.test(before))
      out.push(b);
  }
  return out;
}

export function readLinks(urls: readonly UrlFeature[], lowerText: string, maps: LinkMaps): LinkFacts {
  if (urls.length === 0) return NO_LINK_FACTS;
  const named = brandsClaimed(lowerText, maps);
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
    const host = lastLabels(u.host.startsWith('www.') ? u.host.slice(4) : u.host);
    if (u.ip) ips++;
    else if (maps.abuseTlds.has(u.tld)) riskyTlds++;
    // platforms first: maps.app.goo.gl is Google Maps, though goo.gl alone redirects anywhere
    if (!u.ip && hostIn(host, maps.platforms)) {
      platforms++;
      continue;
    }
    if (!u.ip && hostIn(host, maps.redirectors)) {
      shorteners++;
      continue;
    }
    // A merchant written in capitals in a card alert ("at NOON.COM") names a shop, it is not a link
    // to follow: no brand judgement on a bare host in capitals.
    if (!u.scheme && !u.path && !u.defanged && u.raw === u.raw.toUpperCase() && /[A-Z]/.test(u.raw)) continue;
    const name = nameParts(host).join('.');
    const folded = lookalikeFold(name);
    // brands the host is made of ("usps-track", "net-flix-payment", "icloud-id"): a host carrying a
    // brand's name that the brand does not own impersonates it, whatever the text says
    const joined = folded.replace(/[.-]/g, '');
    const parts = folded.split(/[.-]/);
    const built = u.ip ? [] : maps.brands.filter((b) => hostNames(b, joined, parts));
    const inPlay = [...new Set([...named, ...built])];
    if (inPlay.length === 0) continue;
    // the brand's own domain, or its name alone under a country's suffix ("citibank.ae",
    // "hsbc.com.sg") under a country's own suffix or an old generic one: impersonators add
    // words or change letters; "apple.com.ht", "jio.sh" or "postnord.top" are not the brand's
    const label = name.slice(name.lastIndexOf('.') + 1);
    const ownSuffix =
      LEGACY_SUFFIXES.has(u.tld) ||
      (u.tld.length === 2 && !maps.abuseTlds.has(u.tld) && !maps.resoldSuffixes.has(u.tld));
    const regional = (b: Brand) => ownSuffix && b.hostTokens.some((t) => t.raw === label);
    if (!u.ip && inPlay.some((b) => hostIn(host, b.domains) || regional(b))) {
      brandLinks++;
      continue;
    }
    brandMismatches++;
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
