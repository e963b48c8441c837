/**
 * Short codes: 4–6 digits after "text/txt/send/reply ... to [No:]", or a standalone 5–6 digit
 * number that does not follow "code", "PIN", "ref", "order", "#"... nor precede a unit such as
 * "p", "pm", "mb", "%".
 */
import type { Claims } from './claims.ts';
import { NONE } from './empty.ts';

const SHORT_CODE = /(?<![\d.,:/#£$€¥₹+-])\d{4,6}(?!\d|[.,:/]\d)/g;
const SHORT_CODE_CONTEXT =
  /\b(?:text|txt|texting|txting|send|sending|reply|sms|msg|message)\b[^.!?]{0,40}?(?:\bto|\b2|\bon)(?:\s(?:no|number)\b\.?:?)?\s?$/i;
const NOT_SHORT_CODE =
  /(?:\b(?:code|pin|otp|password|passcode|pwd|ref|reference|order|acct|account|id|no|number|invoice|booking|ticket|flight|room|postcode|zip)\b(?:\s(?:is|was|=))?\W{0,3}|#\s?)$/i;
const UNIT_AFTER =
  /^\s?(?:p|ppm|pm|am|mb|gb|kb|k|km|kg|mph|x|mins?|secs?|hrs?|days?|pts|points|yrs?|%|st|nd|rd|th)(?![a-z])/i;

export function findShortCodes(text: string, claims: Claims): readonly string[] {
  let out: string[] | undefined;
  SHORT_CODE.lastIndex = 0;
  for (let m = SHORT_CODE.exec(text); m !== null; m = SHORT_CODE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (claims.overlaps(start, end)) continue;
    const before = text.slice(Math.max(0, start - 56), start);
    let ok = SHORT_CODE_CONTEXT.test(before);
    if (!ok && m[0].length >= 5) {
      ok = !NOT_SHORT_CODE.test(before) && !UNIT_AFTER.test(text.slice(end, end + 8));
    }
    if (!ok) continue;
    claims.add(start, end);
    out ??= [];
    out.push(m[0]);
  }
  return out ?? NONE;
}
