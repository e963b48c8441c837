/**
 * Short codes: 4–6 digits after "text/txt/send/reply ... to [No:]", or a standalone 5–6 digit
 * number that does not follow "code", "PIN", "ref", "order", "#"... nor precede a unit such as
 * "p", "pm", "mb", "%".
 */
import { work } from '../work.ts';
import type { Claims } from './claims.ts';
import { NONE } from './empty.ts';

const SHORT_CODE = /(?<![\d.,:/#£$€¥₹+-])\d{4,6}(?!\d|[.,:/]\d)/g;
const SHORT_CODE_CONTEXT =
  /\b(?:text|txt|texting|txting|send|sending|reply|sms|msg|message)\b[^.!?]{0,40}?(?:\bto|\b2|\bon)(?:\s(?:no|number)\b\.?:?)?\s?$/i;
/**
 * How the context ends ("to", "2" or "on", then "No:"): at most 12 characters, so the last 16 of the
 * text before decide it exactly; the full context is tried only when it holds.
 */
const CONTEXT_END = /(?:\bto|\b2|\bon)(?:\s(?:no|number)\b\.?:?)?\s?$/i;
const CONTEXT_END_CHARS = 16;
const NOT_SHORT_CODE =
  /(?:\b(?:code|pin|otp|password|passcode|pwd|ref|reference|order|acct|account|id|no|number|invoice|booking|ticket|flight|room|postcode|zip)\b(?:\s(?:is|was|=))?\W{0,3}|#\s?)$/i;
/** NOT_SHORT_CODE matches at most 16 characters: the last 24 before the number decide it exactly. */
const NOT_SHORT_CODE_CHARS = 24;
const UNIT_AFTER =
  /^\s?(?:p|ppm|pm|am|mb|gb|kb|k|km|kg|mph|x|mins?|secs?|hrs?|days?|pts|points|yrs?|%|st|nd|rd|th)(?![a-z])/i;

export function findShortCodes(text: string, claims: Claims): readonly string[] {
  let out: string[] | undefined;
  SHORT_CODE.lastIndex = 0;
  for (let m = SHORT_CODE.exec(text); m !== null; m = SHORT_CODE.exec(text)) {
    work.shortCodes++;
    const start = m.index;
    const end = start + m[0].length;
    if (claims.overlaps(start, end)) continue;
    const tail = text.slice(Math.max(0, start - CONTEXT_END_CHARS), start);
    let ok = false;
    if (CONTEXT_END.test(tail)) {
      const before = text.slice(Math.max(0, start - 56), start);
      work.shortCodes += before.length;
      ok = SHORT_CODE_CONTEXT.test(before);
    }
    if (!ok && m[0].length >= 5) {
      const near = text.slice(Math.max(0, start - NOT_SHORT_CODE_CHARS), start);
      ok = !NOT_SHORT_CODE.test(near) && !UNIT_AFTER.test(text.slice(end, end + 8));
    }
    work.shortCodes += CONTEXT_END_CHARS + NOT_SHORT_CODE_CHARS;
    if (!ok) continue;
    claims.add(start, end);
    out ??= [];
    out.push(m[0]);
  }
  return out ?? NONE;
}
