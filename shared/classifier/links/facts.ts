/**
 * What a message's links say, read against the link maps: links whose destination a shortener
 * hides, raw IP hosts, abuse-prone top-level domains, content platforms, and brands: a link to a
 * domain that is not the official one of a brand the message names (or whose name the host is
 * made of, look-alike letters included) is the shape of impersonation; a link to the brand's own
 * domain is a legitimacy signal.
 */
import type { UrlFeature } from '../normalize/index.ts';
import { type Brand, type HostTokenIndex, hostIn, type LinkMaps, lookalikeFold, MAX_HOST } from './maps.ts';

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
 * The brands the host is made of, look-alike letters folded: a long name anywhere in it, a short or
 * common one as a whole part between dots and hyphens. Through the index, the cost is the host's
 * length, not the number of brands.
 */
export function brandsInHost(joined: string, parts: readonly string[], index: HostTokenIndex): Brand[] {
  const out: Brand[] = [];
  for (const p of parts) {
    const list = index.short.get(p);
    if (list) for (const b of list) if (!out.includes(b)) out.push(b);
  }
  const k = index.prefix;
  for (let i = 0; i + k <= joined.length; i++) {
    const list = index.long.get(joined.slice(i, i + k));
    if (list)
      for (const t of list) if (!out.includes(t.brand) && joined.startsWith(t.token, i)) out.push(t.brand);
  }
  return out;
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

/** What a link's host says, whatever else the link is: one judgement per host in a message. */
const PLATFORM = 1;
const SHORTENER = 2;
const OTHER = 0;
const BRAND_LINK = 1;
const BRAND_MISMATCH = 2;
const NO_BRAND = 0;

/** A platform, a shortener or another host (`u.ip`: a raw IP is neither). */
function hostKind(host: string, ip: boolean, maps: LinkMaps): number {
  // platforms first: maps.app.goo.gl is Google Maps, though goo.gl alone redirects anywhere
  if (ip) return OTHER;
  if (hostIn(host, maps.platforms)) return PLATFORM;
  if (hostIn(host, maps.redirectors)) return SHORTENER;
  return OTHER;
}

/** Whether the host is a brand's own (BRAND_LINK), another's in the name of a brand in play (BRAND_MISMATCH), or neither. */
function brandJudgement(host: string, u: UrlFeature, named: readonly Brand[], maps: LinkMaps): number {
  const name = nameParts(host).join('.');
  const folded = lookalikeFold(name);
  // brands the host is made of ("usps-track", "net-flix-payment", "icloud-id"): a host carrying a
  // brand's name that the brand does not own impersonates it, whatever the text says
  const built = u.ip
    ? []
    : brandsInHost(folded.replace(/[.-]/g, ''), folded.split(/[.-]/), maps.hostTokenIndex);
  const inPlay = [...new Set([...named, ...built])];
  if (inPlay.length === 0) return NO_BRAND;
  // the brand's own domain, or its name alone under a country's suffix ("citibank.ae",
  // "hsbc.com.sg") under a country's own suffix or an old generic one: impersonators add
  // words or change letters; "apple.com.ht", "jio.sh" or "postnord.top" are not the brand's
  const label = name.slice(name.lastIndexOf('.') + 1);
  const ownSuffix =
    LEGACY_SUFFIXES.has(u.tld) ||
    (u.tld.length === 2 && !maps.abuseTlds.has(u.tld) && !maps.resoldSuffixes.has(u.tld));
  const regional = (b: Brand) => ownSuffix && b.hostTokens.some((t) => t.raw === label);
  if (!u.ip && inPlay.some((b) => hostIn(host, b.domains) || regional(b))) return BRAND_LINK;
  return BRAND_MISMATCH;
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
  // A host's kind and brand judgement depend on the host alone (the brands the text claims are the
  // same for every link): a message repeating a host (hostile text: thousands of links) judges it once.
  const kinds = new Map<string, number>();
  const judged = new Map<string, number>();
  for (const u of urls) {
    if (u.defanged) defanged++;
    if (tlds.length < 2 && u.tld !== '') tlds.push(u.tld);
    const host = lastLabels(u.host.startsWith('www.') ? u.host.slice(4) : u.host);
    if (u.ip) ips++;
    else if (maps.abuseTlds.has(u.tld)) riskyTlds++;
    const key = u.ip ? `\u0000${host}` : host; // an IP host is judged as no other
    let kind = kinds.get(key);
    if (kind === undefined) {
      kind = hostKind(host, u.ip, maps);
      kinds.set(key, kind);
    }
    if (kind === PLATFORM) {
      platforms++;
      continue;
    }
    if (kind === SHORTENER) {
      shorteners++;
      continue;
    }
    // A merchant written in capitals in a card alert ("at NOON.COM") names a shop, it is not a link
    // to follow: no brand judgement on a bare host in capitals.
    if (!u.scheme && !u.path && !u.defanged && u.raw === u.raw.toUpperCase() && /[A-Z]/.test(u.raw)) continue;
    let judgement = judged.get(key);
    if (judgement === undefined) {
      judgement = brandJudgement(host, u, named, maps);
      judged.set(key, judgement);
    }
    if (judgement === BRAND_LINK) brandLinks++;
    else if (judgement === BRAND_MISMATCH) brandMismatches++;
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
