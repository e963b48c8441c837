/**
 * URLs: with a scheme, `www.`, a known shortener, a raw IP or a known top-level domain, with host,
 * TLD and path, and whether they were written defanged (refanged by stage 6).
 */
import { governmentHost, hostIn } from '../../links/maps.ts';
import { type DomainLists, knownSuffix, WORDY_TLDS } from '../domains.ts';
import type { Refang } from '../state.ts';
import type { UrlFeature } from '../types.ts';
import { work } from '../work.ts';
import type { Claims } from './claims.ts';

const URL =
  /(?:(https?):\/\/|(?<![\w@\-/])(?<![\w@\-/]\.))((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,24}|xn--[a-z0-9-]{1,59})(?![a-z-])|(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d))(:\d{1,5}(?!\d))?([/?#][^\s<>"]*)?/gi;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const CAPITALISED = /^[A-Z][a-z]+$/;
const HYPHEN_OR_DIGIT = /[-0-9]/;

/** Punctuation a link does not end with: the sentence's, not the path's. */
const TRAILING = new Uint8Array(128);
for (const c of '.,!?;:\'")]}') TRAILING[c.charCodeAt(0)] = 1;

/** The path without its trailing punctuation, scanned back from its end (a regex ending `+$` is quadratic). */
function withoutTrailing(path: string): string {
  let end = path.length;
  while (end > 0 && TRAILING[path.charCodeAt(end - 1)] === 1) end--;
  work.urls += path.length - end + 1;
  return end === path.length ? path : path.slice(0, end);
}

/**
 * The refanged spans a link overlaps. Links come in text order and the spans are sorted and do not
 * overlap, so a cursor that only moves forward finds them (each span is passed once).
 */
class DefangedSpans {
  readonly #spans: readonly Refang[] | null;
  #next = 0;

  constructor(spans: readonly Refang[] | null) {
    this.#spans = spans;
  }

  within(start: number, end: number): Refang[] | undefined {
    const spans = this.#spans;
    if (spans === null) return undefined;
    while (this.#next < spans.length && (spans[this.#next] as Refang).end <= start) this.#next++;
    let hit: Refang[] | undefined;
    for (let k = this.#next; k < spans.length && (spans[k] as Refang).start < end; k++) {
      hit ??= [];
      hit.push(spans[k] as Refang);
    }
    work.urls += (hit?.length ?? 0) + 1;
    return hit;
  }
}

/** What a host alone says: lower case, TLD, a raw IP, a listed shortener or platform. */
interface HostFacts {
  readonly host: string;
  readonly tld: string;
  readonly ip: boolean;
  readonly shortener: boolean;
  readonly platform: boolean;
}

function hostFactsOf(hostRaw: string, lists: DomainLists): HostFacts {
  const host = hostRaw.toLowerCase();
  const first = host.charCodeAt(0);
  const ipMatch = first >= 0x30 && first <= 0x39 ? IPV4.exec(host) : null;
  const ip = ipMatch?.slice(1).every((o) => Number(o) <= 255) === true;
  const bare = host.startsWith('www.') ? host.slice(4) : host;
  return {
    host,
    tld: ip ? '' : host.slice(host.lastIndexOf('.') + 1),
    ip,
    shortener: !ip && hostIn(bare, lists.redirectors),
    platform: !ip && hostIn(bare, lists.platforms),
  };
}

/** What the URL regex read of one candidate, lower-cased and classified. */
interface Candidate extends HostFacts {
  readonly scheme: string;
  /** The host as written (after Unicode folding). */
  readonly hostRaw: string;
  readonly path: string;
  readonly port: boolean;
}

/**
 * Host facts by the host as written, for one text: a text repeating a host (hostile: hundreds of
 * "a.co") looks it up in the lists once.
 */
type HostMemo = Map<string, HostFacts>;

function candidateOf(m: RegExpExecArray, path: string, lists: DomainLists, memo: HostMemo): Candidate {
  const hostRaw = m[2] as string;
  let facts = memo.get(hostRaw);
  if (facts === undefined) {
    facts = hostFactsOf(hostRaw, lists);
    memo.set(hostRaw, facts);
  }
  return {
    scheme: m[1] === undefined ? '' : m[1].toLowerCase(),
    hostRaw,
    host: facts.host,
    tld: facts.tld,
    path,
    port: m[3] !== undefined,
    ip: facts.ip,
    shortener: facts.shortener,
    platform: facts.platform,
  };
}

/** Whether a candidate is a link: a bare host or a raw IP needs more evidence than one with a scheme. */
function isLink(c: Candidate, defanged: boolean, lists: DomainLists): boolean {
  if (c.ip) {
    // "1.2.3.4" alone is as likely a version number.
    return c.scheme !== '' || defanged || c.path !== '' || c.port;
  }
  if (c.scheme || defanged || c.shortener || c.platform || c.host.startsWith('www.')) return true;
  // A bare host: a suffix of the public suffix list, and when it has no path, one that is not also
  // a word and not capitalised like the start of a sentence ("...end.Then", "it.Is"), unless it
  // is an abuse-prone TLD ("costco-member.sbs"; a wordy one such as "live" with a hyphen or digit).
  if (!knownSuffix(c.host)) return false;
  // a brand's own domain, whatever its TLD ("mydhl.express.dhl", "nykaa.fyi"): a name no sentence writes
  if (hostIn(c.host, lists.brandDomains)) return true;
  // a host under a government's suffix ("myaadhaar.uidai.gov.in", "irs.gov"), below the suffix
  // itself ("go.in" ends "let's go.in a minute")
  if (governmentHost(c.host) && (c.tld === 'gov' || c.tld === 'mil' || c.host.split('.').length >= 3))
    return true;
  const cheap = lists.abuseTlds.has(c.tld) && (!WORDY_TLDS.has(c.tld) || HYPHEN_OR_DIGIT.test(c.host));
  if (c.path || c.port || cheap) return true;
  // a generic TLD of three letters or more after a long made-up name ("cbdwellnessdeals.shop",
  // "prizeblitz.win"): two words glued by a missing space are shorter ("lol.fun", "home.now")
  if (c.tld.length >= 3 && !LEGACY_TLDS.has(c.tld) && longName(c)) return true;
  // a wordy TLD ("us", "app", "id") ends a sentence as often as a host ("call us.Then"): bare, it
  // counts only when the host looks made by a machine ("studentaid-gov.loanrelief.us", "bca-tarif.web.id")
  if (WORDY_TLDS.has(c.tld) && !HYPHEN_OR_DIGIT.test(c.host)) return false;
  // the newer generic TLDs are mostly words ("hi.how", "ok.now", "thanks.you"): bare, such a host
  // counts only when it looks made by a machine (a hyphen or a digit)
  if (!LEGACY_TLDS.has(c.tld) && c.tld.length > 2 && !HYPHEN_OR_DIGIT.test(c.host)) return false;
  return !capitalisedTld(c);
}

/** The TLD written like a sentence's first word ("...end.Then"). */
function capitalisedTld(c: Candidate): boolean {
  return CAPITALISED.test(c.hostRaw.slice(c.hostRaw.length - c.tld.length));
}

/** A name of this many letters before the TLD is made up, not a word a missing space glued. */
const LONG_NAME = 9;

/** Whether the label before the TLD is long and the TLD is written in lower case. */
function longName(c: Candidate): boolean {
  const labels = c.host.split('.');
  const name = labels[labels.length - 2] ?? '';
  return name.length >= LONG_NAME && !capitalisedTld(c);
}

/** The generic TLDs older than the 2013 round, which are not words. */
const LEGACY_TLDS: ReadonlySet<string> = new Set([
  'com',
  'net',
  'org',
  'edu',
  'gov',
  'mil',
  'int',
  'biz',
  'info',
  'mobi',
  'name',
  'pro',
  'aero',
  'coop',
  'museum',
  'travel',
  'jobs',
  'asia',
  'tel',
]);

/** The link as it was written: the refanged spans in `text[start, end)` put back as they were. */
function rawOf(text: string, start: number, end: number, spans: readonly Refang[]): string {
  let raw = '';
  let at = start;
  for (const r of spans) {
    raw += text.slice(at, Math.max(at, r.start)) + r.raw;
    at = r.end;
  }
  return raw + text.slice(Math.min(at, end), end);
}

export function findUrls(
  text: string,
  claims: Claims,
  refangs: readonly Refang[] | null,
  lists: DomainLists,
): UrlFeature[] {
  const out: UrlFeature[] = [];
  const defanged = new DefangedSpans(refangs);
  const memo: HostMemo = new Map();
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m !== null; m = URL.exec(text)) {
    work.urls++;
    const path = withoutTrailing(m[4] ?? '');
    const start = m.index;
    const end = m.index + m[0].length - ((m[4]?.length ?? 0) - path.length);
    if (claims.overlaps(start, end)) continue;
    const c = candidateOf(m, path, lists, memo);
    const defangedBy = defanged.within(start, end);
    if (!isLink(c, defangedBy !== undefined, lists)) continue;
    claims.add(start, end);
    const url = text.slice(start, end);
    out.push({
      raw: defangedBy ? rawOf(text, start, end, defangedBy) : url,
      host: c.host,
      tld: c.tld,
      defanged: defangedBy !== undefined,
      url,
      scheme: c.scheme,
      path,
      ip: c.ip,
      shortener: c.shortener,
      start,
      end,
    });
  }
  return out;
}
