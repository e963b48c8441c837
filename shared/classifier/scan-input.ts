/**
 * What the rules and the text model read of an analysed message: the scan variables (with their
 * defaults, which fix their types), the scanned buffer, and the text model's signals.
 */
import type { ScanVariables } from './engine.ts';
import type { LinkFacts } from './links/facts.ts';
import type { TextSignals } from './model/features.ts';
import type { Normalized } from './normalize/index.ts';
import { type SenderInfo, senderFeature, senderVariable } from './sender.ts';

/** Every scan variable a rule may use, with its default (which fixes its type). */
export const SCAN_VARIABLES: ScanVariables = {
  sender: 'none:',
  sender_kind: 'none',
  sender_line: '',
  sender_country: '',
  url_count: 0,
  phone_count: 0,
  shortcode_count: 0,
  email_count: 0,
  money_count: 0,
  priced_money_count: 0,
  obfuscation_count: 0,
  shortener_count: 0,
  ip_url_count: 0,
  defanged_url_count: 0,
  risky_tld_count: 0,
  brand_mismatch_count: 0,
  brand_host_mismatch_count: 0,
  brand_link_count: 0,
  sender_host_mismatch_count: 0,
  platform_url_count: 0,
  named_url_count: 0,
  deceptive_url_count: 0,
  worn_url_count: 0,
  caps_keyword_count: 0,
  code_count: 0,
  contact_count: 0,
  claim_count: 0,
  opening: '',
};

/**
 * A capitalised keyword after a reply/text verb ("Reply WIN", "txt CHAT to", "Send STOP SPTV"):
 * the rules scan lower-cased text, so this is the one case signal they get as a number. The verb
 * itself is not all capitals ("TEXT ME BACK" does not count).
 */
const CAPS_KEYWORD =
  /\b(?:[Rr]eply|[Tt]ext|[Tt]xt|[Ss]end|[Ss]ms)(?: with| back)?(?: the word| the keyword| word)?:? "?[A-Z][A-Z0-9#]{1,11}\b/g;
/** The start of the message in its own case, for the few rules that need a capitalised name. */
const OPENING_CHARS = 64;
/** A string scan variable the binding would read as a number or boolean. */
const NUMBER_LIKE = /^\s*(?:[+-]?\d+|true|false)\s*$/i;

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** The rates a premium service charges at: per message, minute, call, tone or week. */
const PREMIUM_RATES: ReadonlySet<string> = new Set(['msg', 'min', 'call', 'tone', 'week']);

/** A premium service charges pennies to a few pounds a message, minute or week; "$720/wk" is rent. */
const PREMIUM_RATE_MAX = 20;

/** Amounts charged at a premium service's rate ("150p/msg", "£1.50 per week", "150ppm"; not "£2 a day"). */
function pricedMoney(n: Normalized): number {
  let priced = 0;
  for (const m of n.features.money) if (PREMIUM_RATES.has(m.per) && m.amount <= PREMIUM_RATE_MAX) priced++;
  return priced;
}

/** The links to follow: the normaliser's URLs less the shops a card alert names by domain. */
function linkCount(n: Normalized, links: LinkFacts): number {
  return n.features.urls.length - links.merchants;
}

/** The normaliser's features, the link facts and the sender as the text model's signals. */
export function signalsOf(n: Normalized, links: LinkFacts, sender: SenderInfo): TextSignals {
  const f = n.features;
  const o = n.obfuscation;
  let maxMoney = 0;
  let priced = 0;
  for (const m of f.money) {
    if (Number.isFinite(m.amount) && m.amount > maxMoney) maxMoney = m.amount;
    if (m.per) priced++;
  }
  return {
    // links of unknown standing: a platform's, a brand's own and a self-named one have features of their own
    urls: Math.max(0, linkCount(n, links) - links.brandLinks - links.platforms - links.selfNamed),
    defangedUrls: links.defanged,
    shortenerUrls: links.shorteners,
    ipUrls: links.ips,
    riskyTldUrls: links.riskyTlds,
    brandMismatchUrls: links.brandMismatches,
    brandUrls: links.brandLinks,
    platformUrls: links.platforms,
    selfNamedUrls: links.selfNamed,
    deceptiveUrls: links.deceptive,
    tlds: links.tlds,
    phones: f.phones.length,
    shortCodes: f.shortCodes.length,
    emails: f.emails.length,
    money: f.money.length,
    maxMoney,
    pricedMoney: priced,
    obfuscation: o.invisible + o.confusables + o.spacedWords,
    sender: senderFeature(sender),
  };
}

/** What the rules scan for one message: the lower-cased normalised text and the scan variables. */
export function scanInputOf(
  n: Normalized,
  sender: SenderInfo,
  links: LinkFacts,
  lower: string = n.text.toLowerCase(),
  codes = 0,
  vocabulary: Readonly<Record<string, number>> = {},
  senderHosts = 0,
): { data: Buffer; variables: ScanVariables } {
  const opening = n.text.slice(0, OPENING_CHARS);
  const o = n.obfuscation;
  return {
    // The normaliser folds to ASCII, so lower-casing is the whole case fold: rules are written in
    // lower case without `nocase` (which doubles to triples the compile time).
    data: Buffer.from(lower, 'utf8'),
    variables: {
      sender: senderVariable(sender),
      sender_kind: sender.kind,
      sender_line: sender.line,
      sender_country: sender.country,
      url_count: linkCount(n, links),
      phone_count: n.features.phones.length,
      shortcode_count: n.features.shortCodes.length,
      email_count: n.features.emails.length,
      money_count: n.features.money.length,
      priced_money_count: pricedMoney(n),
      obfuscation_count: o.invisible + o.confusables + o.spacedWords,
      shortener_count: links.shorteners,
      ip_url_count: links.ips,
      defanged_url_count: links.defanged,
      risky_tld_count: links.riskyTlds,
      brand_mismatch_count: links.brandMismatches,
      brand_host_mismatch_count: links.baitedMismatches,
      brand_link_count: links.brandLinks,
      sender_host_mismatch_count: senderHosts,
      platform_url_count: links.platforms,
      named_url_count: links.selfNamed,
      deceptive_url_count: links.deceptive,
      worn_url_count: links.worn,
      caps_keyword_count: countMatches(CAPS_KEYWORD, n.text),
      code_count: codes,
      ...vocabulary,
      opening: NUMBER_LIKE.test(opening) ? '' : opening,
    },
  };
}
