/**
 * What a message's links say, read against the link maps: links whose destination a shortener
 * hides, raw IP hosts, abuse-prone top-level domains, content platforms, and brands: a link to a
 * domain that is not the official one of a brand the message names (or whose name the host is
 * made of, look-alike letters included) is the shape of impersonation; a link to the brand's own
 * domain is a legitimacy signal.
 */
import type { UrlFeature } from '../normalize/index.ts';
import { BAIT_IN_HOST, baitedTenant, brandsInHost, wearsOfficialDomain } from './bait.ts';
import { deceptiveHost, NOT_DECEPTIVE, nameParts, WORN } from './deceptive-host.ts';
import {
  type Brand,
  governmentHost,
  hostEntry,
  hostIn,
  type LinkMaps,
  lookalikeFold,
  MAX_HOST,
} from './maps.ts';

export interface LinkFacts {
  readonly shorteners: number;
  readonly ips: number;
  readonly defanged: number;
  readonly riskyTlds: number;
  /** Links to a domain that is not the official one of a brand in play. */
  readonly brandMismatches: number;
  /**
   * Of those, the links whose host is made of a brand's name and a word of the lure
   * ("westpac-cancel.com", "usps-redelivery.top"): an address dressed as the brand's for the
   * reader to act on, not a page the text merely names nor a brand's own site the table lacks.
   */
  readonly baitedMismatches: number;
  /** Links to the official domain of a brand in play. */
  readonly brandLinks: number;
  readonly platforms: number;
  /**
   * Links to a plain domain the text names in its own words, no brand of the table in play:
   * "Estafeta: ... estafeta.com/rastreo", "Blue Dart ... bluedart.com" (a sender pointing to its
   * own site; an impersonator's host adds words: "estafeta-envios.top").
   */
  readonly selfNamed: number;
  /**
   * Links of unknown standing whose host wears another address inside it: a generic TLD as a part
   * ("usps.com-track.top", "studentaid-gov.loan.us"), a country code just before a generic TLD
   * ("etc.cn.xyz", "bank.nl.app"), or on an abuse-prone TLD words joined by hyphens
   * ("toll-pay.xyz", "card.jp-secure.icu"). No service builds its own address that way.
   */
  readonly deceptive: number;
  /**
   * Of those, the hosts that wear a TLD or a country code (the first two forms, and a country code
   * joined by a hyphen: "nta-go-jp.x.com", "bank-vn.x.com"): an impersonator's address whoever sends it.
   */
  readonly worn: number;
  /**
   * Shops named by their domain in capitals, as card alerts print them ("at AMAZON.COM",
   * "APPLE.COM/BILL"): not links to follow, so not counted as links at all.
   */
  readonly merchants: number;
  /** Top-level domains of the first two links of unknown standing (not a platform's, a brand's own or self-named). */
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
  baitedMismatches: 0,
  brandLinks: 0,
  platforms: 0,
  selfNamed: 0,
  deceptive: 0,
  worn: 0,
  merchants: 0,
  tlds: Object.freeze([]) as readonly string[],
  brands: Object.freeze([]) as readonly string[],
});

/** Links past this many in one message are not looked for in its words (a notification has one or two). */
const SELF_NAMED_LINKS = 4;
/** Words of the text read for names: a notification names its sender early. */
const SELF_NAMED_WORDS = 120;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The names the text writes outside its links, as a host would spell them: each word, and each
 * run of two or three words joined ("blue dart" -> "bluedart").
 */
function namesInWords(lowerText: string, urls: readonly UrlFeature[]): Set<string> {
  let text = lowerText;
  for (const u of urls) text = text.split(u.raw.toLowerCase()).join(' ');
  const words = (text.match(WORD) ?? []).slice(0, SELF_NAMED_WORDS);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    for (let k = i; k < words.length && k < i + 3; k++) {
      joined += words[k];
      out.add(joined);
    }
  }
  return out;
}

/** A path that hands the reader on to another address (an open redirect on a brand's domain). */
const FORWARDS =
  /[?&](url|q|u|r|redirect|redirect_uri|next|target|dest|destination|continue|link)=|https?(:|%3a)/i;

/** The old generic suffixes, where a brand's bare name has long been registered by the brand itself. */
const LEGACY_SUFFIXES: ReadonlySet<string> = new Set(['com', 'net', 'org']);

/**
 * A host as far as a DNS name goes: its last MAX_HOST characters from a label's start (a longer
 * one cannot resolve; only hostile text writes one, and each brand is looked for in it).
 */
export function lastLabels(host: string): string {
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
/**
 * What follows a sender's name at the start of a message: "USPS:", "[Netflix]", "【中国邮政】", "HMRC -",
 * and a word or two of the name before the sign ("Verizon Wireless:", "Amazon Prime -").
 */
const SIGNED = /^(?: [a-z0-9&'.]{1,14}){0,2}\s?[:\]】)|-]/;
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

/** A platform (its entry in the map), a shortener or another host (`u.ip`: a raw IP is neither). */
function hostKind(host: string, ip: boolean, maps: LinkMaps): { kind: number; platform?: string } {
  // platforms first: maps.app.goo.gl is Google Maps, though goo.gl alone redirects anywhere
  if (ip) return { kind: OTHER };
  const platform = hostEntry(host, maps.platforms);
  if (platform !== undefined) return { kind: PLATFORM, platform };
  return { kind: hostIn(host, maps.redirectors) ? SHORTENER : OTHER };
}

/** What one host is, judged once per message. */
interface HostFacts {
  readonly kind: number;
  /** BRAND_LINK, BRAND_MISMATCH or NO_BRAND (no brand named in the text or built into the host). */
  readonly judgement: number;
  /** The host is built of some brand's name. */
  readonly built: boolean;
  /** Built of a brand's name and a word of the lure ("westpac-cancel", "usps-redelivery", "amaz0n-billing"). */
  readonly baited: boolean;
  /** The host is under some known brand's official domain. */
  readonly own: boolean;
}

function hostFacts(host: string, u: UrlFeature, named: readonly Brand[], maps: LinkMaps): HostFacts {
  const { kind, platform } = hostKind(host, u.ip, maps);
  const brandOwned = !u.ip && hostIn(host, maps.brandDomains);
  const own = brandOwned || (!u.ip && governmentHost(host));
  // a platform's tenant named after a brand and the lure is the brand's impersonator, not the platform
  if (platform !== undefined && !brandOwned && baitedTenant(host, platform, maps))
    return { kind: OTHER, judgement: BRAND_MISMATCH, built: true, baited: true, own: false };
  if (kind !== OTHER) return { kind, judgement: NO_BRAND, built: false, baited: false, own };
  const name = nameParts(host).join('.');
  const folded = lookalikeFold(name);
  // brands the host is made of ("usps-track", "net-flix-payment", "icloud-id"): a host carrying a
  // brand's name that the brand does not own impersonates it, whatever the text says
  const built = u.ip
    ? []
    : brandsInHost(folded.replace(/[.-]/g, ''), folded.split(/[.-]/), maps.hostTokenIndex);
  const inPlay = [...new Set([...named, ...built])];
  if (inPlay.length === 0) return { kind, judgement: NO_BRAND, built: false, baited: false, own };
  // the brand's own domain, or its name alone under a country's suffix ("citibank.ae",
  // "hsbc.com.sg") under a country's own suffix or an old generic one: impersonators add
  // words or change letters; "apple.com.ht", "jio.sh" or "postnord.top" are not the brand's
  const label = name.slice(name.lastIndexOf('.') + 1);
  const ownSuffix =
    LEGACY_SUFFIXES.has(u.tld) ||
    (u.tld.length === 2 && !maps.abuseTlds.has(u.tld) && !maps.resoldSuffixes.has(u.tld));
  // (the name as the brand writes it: "t-mobile.cz" is T-Mobile's, "pay-pal.de" is nobody's)
  const regional = (b: Brand) =>
    ownSuffix && (b.hostTokens.some((t) => t.raw === label) || b.names.includes(label));
  const mine = !u.ip && inPlay.some((b) => hostIn(host, b.domains) || regional(b));
  // a government's site beside a named brand is the state's, not an impersonation: a bank's warning
  // sends its customers to the police's or the regulator's site ("report it at cybercrime.gov.in")
  if (!mine && built.length === 0 && governmentHost(host))
    return { kind, judgement: NO_BRAND, built: false, baited: false, own };
  const baited = built.length > 0 && (BAIT_IN_HOST.test(name) || wearsOfficialDomain(name, built));
  return { kind, judgement: mine ? BRAND_LINK : BRAND_MISMATCH, built: built.length > 0, baited, own };
}

/**
 * A shop written the way a card alert prints it: a bare domain in capitals ("AMAZON.COM",
 * "APPLE.COM/BILL"), no scheme, no "WWW.", not defanged, not under an abuse-prone TLD. It
 * counts as a merchant only when it is a brand's own domain, or a plain host that carries no
 * brand's name (a capitalised "USPS-REDELIVERY.COM" is still an impersonating link).
 */
function merchantName(u: UrlFeature, f: HostFacts, maps: LinkMaps): boolean {
  return (
    f.kind === OTHER &&
    !u.scheme &&
    !u.defanged &&
    !maps.abuseTlds.has(u.tld) &&
    u.raw === u.raw.toUpperCase() &&
    /[A-Z]/.test(u.raw) &&
    // a card alert prints the shop's domain, not an address to type: "WWW.X.COM" is a link
    !u.raw.startsWith('WWW.') &&
    (f.own || (!f.built && !u.path))
  );
}

export function readLinks(urls: readonly UrlFeature[], lowerText: string, maps: LinkMaps): LinkFacts {
  if (urls.length === 0) return NO_LINK_FACTS;
  const named = brandsClaimed(lowerText, maps);
  let shorteners = 0;
  let ips = 0;
  let defanged = 0;
  let riskyTlds = 0;
  let brandMismatches = 0;
  let baitedMismatches = 0;
  let brandLinks = 0;
  let platforms = 0;
  let selfNamed = 0;
  let deceptive = 0;
  let worn = 0;
  let names: Set<string> | undefined;
  let merchants = 0;
  const tlds: string[] = [];
  // A host's kind and brand judgement depend on the host alone (the brands the text claims are the
  // same for every link): a message repeating a host (hostile text: thousands of links) judges it once.
  const judged = new Map<string, HostFacts>();
  for (const u of urls) {
    const host = lastLabels(u.host.startsWith('www.') ? u.host.slice(4) : u.host);
    const key = u.ip ? `\u0000${host}` : host; // an IP host is judged as no other
    let f = judged.get(key);
    if (f === undefined) {
      f = hostFacts(host, u, named, maps);
      judged.set(key, f);
    }
    if (merchantName(u, f, maps)) {
      merchants++;
      continue;
    }
    if (u.defanged) defanged++;
    const abuseTld = !u.ip && maps.abuseTlds.has(u.tld);
    if (u.ip) ips++;
    else if (abuseTld) riskyTlds++;
    // a platform's, a brand's own or a self-named link is of known standing
    let known = true;
    if (f.kind === PLATFORM) platforms++;
    else if (f.kind === SHORTENER) {
      shorteners++;
      // a brand's own short domain (goo.gl, amzn.to) keeps its TLD out of the model's reading
      known = f.own && !FORWARDS.test(u.path);
    } else if (f.judgement === BRAND_LINK) brandLinks++;
    else if (f.judgement === BRAND_MISMATCH) {
      brandMismatches++;
      if (f.baited) baitedMismatches++;
      known = false;
    }
    // no brand in play, but the link is a known brand's own domain (and does not pass on to
    // another address, "google.com/url?q=..."): the brand's, not a lure's
    else if (f.own && !FORWARDS.test(u.path)) brandLinks++;
    else {
      known = false;
      if (!u.ip && !u.defanged && !abuseTld && urls.length <= SELF_NAMED_LINKS) {
        const label = nameParts(host).pop() ?? '';
        // a name, not a number ("80488.biz" after "txt CREDIT to 80488" names nothing)
        const word = /[a-z]{3}/.test(label);
        if (word) names ??= namesInWords(lowerText, urls);
        // ("renew now: nzta-rego.govt.nz.renew.ink" names its label but wears a government's address)
        if (word && names?.has(label) && deceptiveHost(host, u.tld, abuseTld) !== WORN) {
          selfNamed++;
          known = true;
        }
      }
    }
    if (!known && !u.ip) {
      const d = deceptiveHost(host, u.tld, abuseTld);
      if (d !== NOT_DECEPTIVE) deceptive++;
      if (d === WORN) worn++;
    }
    // the model reads the top-level domains of links of unknown standing only
    if (!known && tlds.length < 2 && u.tld !== '') tlds.push(u.tld);
  }
  return {
    shorteners,
    ips,
    defanged,
    riskyTlds,
    brandMismatches,
    baitedMismatches,
    brandLinks,
    platforms,
    selfNamed,
    deceptive,
    worn,
    merchants,
    tlds,
    brands: named.map((b) => b.id),
  };
}
