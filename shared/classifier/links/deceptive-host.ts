/**
 * How a host of unknown standing wears another address inside it: a generic TLD or a country code
 * where no service puts one ("usps.com-track.top", "etc.cn.xyz", "nta-go-jp.x.com"), or words joined
 * by hyphens on an abuse-prone TLD ("toll-pay.xyz"). Read by `facts.ts` for `LinkFacts.deceptive`
 * and `worn`.
 */

/** The labels of a host before its public suffix (the last label, and a generic second level before a country code). */
export function nameParts(host: string): string[] {
  const labels = host.split('.');
  const tld = labels.pop() ?? '';
  const last = labels[labels.length - 1];
  if (tld.length === 2 && last !== undefined && /^(co|com|net|org|gov|ac|edu|or|ne|go)$/.test(last))
    labels.pop();
  return labels;
}

/**
 * A generic TLD worn inside a host after another part, alone or joined by a hyphen: "usps.com-track",
 * "studentaid-gov", "relief.org.donate" (not at the start: "net-a-porter" is a shop's own name; nor
 * after one letter: "e-gov.az" is an e-government portal's own name, "e-com" a shop's).
 */
const WORN_GENERIC = /[a-z0-9]{2}[.-](?:com|net|org|gov|govt|gouv|gob|edu)(?:[.-]|$)/;
/**
 * A country's second level worn with its dot made a hyphen ("post.co-il.top", "bank.com-au.help"):
 * "co-", "com-", "gov-", "org-", "ac-" and a country code that uses it, ending a part.
 */
const WORN_SECOND_LEVEL =
  /(?:^|[.-])(?:co|com|gov|org|ac|or|go|ne)-(?:il|uk|nz|za|jp|kr|in|id|th|ke|tz|ug|au|br|mx|ar|tr|my|sg|hk|tw|ph|pk|ng|eg|sa)(?:\.|$)/;
/** Country codes worn just before a generic TLD ("cn.xyz", "nl.app"), the ones impersonated most. */
const WORN_COUNTRIES: ReadonlySet<string> = new Set(
  'jp cn uk us nl de fr es au ca br mx kr tw hk sg th vn ph ae sa za ng ke pk bd it ro pl ru in id my tr gr il ua be ch pt ie se dk fi cz nz eg ma'.split(
    ' ',
  ),
);

/** Generic TLDs whose second level a country code is by right ("dmv.ca.gov", "x.uk.com" resold). */
const INSTITUTIONAL: ReadonlySet<string> = new Set(['com', 'net', 'org', 'gov', 'edu', 'mil', 'int']);

/** Country codes worn joined by a hyphen in a subdomain ("nta-go-jp.x.com", "bank-vn.x.xyz"): not the ones that are English words (us, de, in, my ...). */
const HYPHEN_CODES =
  'jp|cn|nl|fr|au|nz|br|mx|kr|tw|hk|sg|th|vn|ph|ae|sa|za|ng|ke|pk|bd|uk|cz|pl|ro|hu|gr|tr|ua|ru|bg|rs|mk|hr|ba|kz|uz|lt|lv|ee|md|az';
const WORN_HYPHENATED = new RegExp(`(?:^|-)(?:${HYPHEN_CODES})(?:-|$)`);
/** Whether one hyphen-separated word is a country code worn that way ("bg" in "kestrel-bg"). */
export const HYPHEN_CODE = new RegExp(`^(?:${HYPHEN_CODES})$`);
/** A country code opening the registrable name after a subdomain: the dot of "x-courier.gr" made a hyphen ("x-courier.gr-delivery.top"). */
const WORN_ACROSS_DOT = new RegExp(`^(?:${HYPHEN_CODES})-`);

/** How a host wears another address: not at all, hyphenated words on an abuse-prone TLD, or a TLD or country code worn. */
export const NOT_DECEPTIVE = 0;
export const CHEAP_HYPHENATED = 1;
export const WORN = 2;

/** How a host of unknown standing wears another address inside it (see `LinkFacts.deceptive` and `worn`). */
export function deceptiveHost(host: string, tld: string, abuseTld: boolean): number {
  const parts = nameParts(host);
  const label = parts[parts.length - 1];
  if (label === undefined) return NOT_DECEPTIVE;
  const joined = parts.join('.');
  if (WORN_GENERIC.test(joined) || WORN_SECOND_LEVEL.test(joined)) return WORN;
  if (tld.length > 2 && !INSTITUTIONAL.has(tld) && parts.length >= 2 && WORN_COUNTRIES.has(label))
    return WORN;
  // in a subdomain only: a company's regional site is often its name and a country ("brand-th.com")
  if (parts.slice(0, -1).some((p) => p.includes('-') && WORN_HYPHENATED.test(p))) return WORN;
  const sub = parts[parts.length - 2];
  if (sub !== undefined && sub !== 'www' && sub !== 'm' && WORN_ACROSS_DOT.test(label)) return WORN;
  // a whole address worn as the subdomain ("smbc-card.jp.verify-cs.com"); a regional subdomain
  // comes first ("uk.linkedin.com")
  if (parts.slice(1, -1).some((p) => WORN_COUNTRIES.has(p))) return WORN;
  return abuseTld && label.includes('-') ? CHEAP_HYPHENATED : NOT_DECEPTIVE;
}
