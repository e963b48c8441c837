/**
 * What the normaliser knows of domains: which suffixes exist (the public suffix list, through
 * tldts), which top-level domains are also words, and the link maps (redirectors, platforms,
 * abuse-prone TLDs, the brands' official domains: `shared/maps`, the same lists the link reader and
 * the rules use).
 */
import { parse } from 'tldts';
import { bundledMaps } from '../assets.ts';
import type { LinkMaps } from '../links/maps.ts';

/** The lists a normalisation reads: the link maps' sets. */
export type DomainLists = Pick<LinkMaps, 'abuseTlds' | 'redirectors' | 'platforms' | 'brandDomains'>;

/** The shipped maps' lists (read once per process). */
export function bundledDomainLists(): DomainLists {
  return bundledMaps().links;
}

/** Whether the host ends in a suffix of the public suffix list's ICANN section ("x.sbs" yes, "x.example" no). */
export function knownSuffix(host: string): boolean {
  return (
    parse(host, { allowPrivateDomains: false, extractHostname: false, validateHostname: false }).isIcann ===
    true
  );
}

/**
 * Top-level domains that are also English or SMS words ("it.is", "ok.so", "me.too", "10.am"): a
 * bare host ending in one of them needs more evidence (a scheme, `www.`, a path, a known shortener,
 * a defanged dot) to count as a link.
 */
export const WORDY_TLDS: ReadonlySet<string> = new Set(
  (
    'am an as at be by do go id im in is it la ma me mo my ne no pa pm re sh so st to us ye ' +
    'app bet cash club date fun gift help life link live love money news one page party post sale shop ' +
    'site store taxi tips today win work world zone best cool deals games'
  ).split(' '),
);
