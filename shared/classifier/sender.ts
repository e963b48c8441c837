/**
 * The sender as rules and the model see it. The raw number never leaves this module except as the
 * YARA scan variable `sender`, which is encoded `kind:value` ("shortcode:87121",
 * "phone:+14085550001", "alpha:AMAZON", "email:a@b.example", "none:"). The encoding also guards the
 * binding's quirk: a numeric-looking string variable would otherwise be rejected as an integer.
 *
 * A long number in international form is read with libphonenumber's metadata (`libphonenumber-js`):
 * its country and its line type (mobile, fixed line, toll-free, VoIP, premium rate...). Without a
 * `+` the country is unknown and so is the line type.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type SenderKind = 'none' | 'shortcode' | 'phone' | 'email' | 'alpha';

/** libphonenumber's number types in lower case, "unknown" when it cannot tell, "invalid" for no such number. */
export type LineType =
  | 'mobile'
  | 'fixed_line'
  | 'fixed_line_or_mobile'
  | 'toll_free'
  | 'premium_rate'
  | 'shared_cost'
  | 'voip'
  | 'personal_number'
  | 'pager'
  | 'uan'
  | 'voicemail'
  | 'unknown'
  | 'invalid';

export interface SenderInfo {
  readonly kind: SenderKind;
  /** The sender with separators removed (digits keep a leading `+`). */
  readonly value: string;
  /** For an international number: its ISO 3166 country ("US"), else "". */
  readonly country: string;
  /** For a number: its line type ("" for other kinds). */
  readonly line: LineType | '';
}

const NONE: SenderInfo = Object.freeze({ kind: 'none', value: '', country: '', line: '' });

/** Country and line type of an international number. */
function phoneFacts(e164: string): { country: string; line: LineType } {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed?.isValid()) return { country: parsed?.country ?? '', line: 'invalid' };
  const type = parsed.getType();
  return { country: parsed.country ?? '', line: type ? (type.toLowerCase() as LineType) : 'unknown' };
}

/**
 * Reading a number's metadata costs ~10 µs; senders repeat (a carrier's number, a scam run's), so
 * the last few thousand are kept. A key is at most 16 characters (E.164), and the map is cleared
 * when full: bounded memory, no LRU bookkeeping on the hot path.
 */
const FACTS_CACHE_LIMIT = 4096;
const factsCache = new Map<string, { country: string; line: LineType }>();

function cachedPhoneFacts(e164: string): { country: string; line: LineType } {
  let facts = factsCache.get(e164);
  if (facts === undefined) {
    facts = phoneFacts(e164);
    if (e164.length <= 16) {
      if (factsCache.size >= FACTS_CACHE_LIMIT) factsCache.clear();
      factsCache.set(e164, facts);
    }
  }
  return facts;
}

export function classifySender(sender: string | undefined): SenderInfo {
  const s = (sender ?? '').normalize('NFKC').trim();
  if (s === '') return NONE;
  if (s.includes('@')) return { kind: 'email', value: s.toLowerCase(), country: '', line: '' };
  const compact = s.replace(/[\s().-]/g, '');
  if (/^\+?\d+$/.test(compact)) {
    const digits = compact.replace('+', '');
    if (!compact.startsWith('+') && digits.length >= 3 && digits.length <= 6)
      return { kind: 'shortcode', value: digits, country: '', line: '' };
    if (!compact.startsWith('+')) return { kind: 'phone', value: compact, country: '', line: 'unknown' };
    return { kind: 'phone', value: compact, ...cachedPhoneFacts(compact) };
  }
  return { kind: 'alpha', value: s, country: '', line: '' };
}

export function senderVariable(info: SenderInfo): string {
  return `${info.kind}:${info.value}`;
}

/** The sender as a model feature: its kind, and a number's line type; "" when there is none. */
export function senderFeature(info: SenderInfo): string {
  if (info.kind === 'none') return '';
  return info.kind === 'phone' ? `phone:${info.line}` : info.kind;
}

/**
 * India's sender headers (TRAI, since 2023) end with the message's category: `-P` promotional,
 * `-S` service, `-T` transactional, `-G` government ("AD-AIRTEL-P", "JD-HDFCBK-S"). The folder a
 * business sender's message goes to when no rule decides it, before the text model's reading
 * (verdict step 5a); undefined for any other sender.
 */
const INDIA_HEADER = /^[A-Z]{2}-[A-Z0-9]{2,9}-([PSTG])$/i;

export function declaredCategory(info: SenderInfo): 'promotion' | 'transaction' | undefined {
  if (info.kind !== 'alpha') return undefined;
  const m = INDIA_HEADER.exec(info.value);
  if (!m) return undefined;
  return (m[1] as string).toUpperCase() === 'P' ? 'promotion' : 'transaction';
}
