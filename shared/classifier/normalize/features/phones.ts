/** Phone numbers: international, UK national, North American; not times, dates or prices. */
import type { Claims } from './claims.ts';
import { NONE } from './empty.ts';

const PHONE = /(?<![\d+])(?:\+\s?)?\(?\d[\d ().-]{5,22}\d(?!\d)/g;
const DIGITS = /\d+/g;
const NON_DIGITS = /\D/g;
const DATE_LIKE = /^(?:\d{4}[-. ]\d{1,2}[-. ]\d{1,2}|\d{1,2}[-. ]\d{1,2}[-. ]\d{2,4})$/;
const NANP = /^\(?[2-9]\d{2}\)?[ .-]?[2-9]\d{2}[ .-]?\d{4}$/;
const NANP_1 = /^1[ .-]?\(?[2-9]\d{2}\)?[ .-]?[2-9]\d{2}[ .-]?\d{4}$/;
const LOCAL_7 = /^[2-9]\d{2}-\d{4}$/;

/** The phone number a run of digit groups makes, or undefined. */
function phoneValue(raw: string): string | undefined {
  const written = raw.replace('(0)', '');
  const digits = written.replace(NON_DIGITS, '');
  const n = digits.length;
  if (written.charCodeAt(0) === 0x2b) return n >= 8 && n <= 15 ? `+${digits}` : undefined;
  if (digits.startsWith('00')) return n >= 10 && n <= 17 ? `+${digits.slice(2)}` : undefined;
  if (DATE_LIKE.test(written)) return undefined;
  if (digits[0] === '0') return n === 10 || n === 11 ? digits : undefined;
  if (n === 12 && digits.startsWith('44')) return `+${digits}`;
  if (n === 11 && NANP_1.test(written)) return digits;
  if (n === 10 && NANP.test(written)) return digits;
  if (n === 7 && LOCAL_7.test(written)) return digits;
  return undefined;
}

export function findPhones(text: string, claims: Claims, found: [number, string][]): readonly string[] {
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m !== null; m = PHONE.exec(text)) {
    const cand = m[0];
    // The longest run of whole digit groups, from the first, that is a phone number.
    const groupEnds: number[] = [];
    DIGITS.lastIndex = 0;
    for (let g = DIGITS.exec(cand); g !== null; g = DIGITS.exec(cand)) groupEnds.push(g.index + g[0].length);
    let best = -1;
    let value: string | undefined;
    for (let k = groupEnds.length - 1; k >= 0; k--) {
      const end = groupEnds[k] as number;
      const v = phoneValue(cand.slice(0, end));
      if (v !== undefined && !claims.overlaps(m.index, m.index + end)) {
        best = end;
        value = v;
        break;
      }
    }
    if (value === undefined) {
      PHONE.lastIndex = m.index + (groupEnds[0] as number);
      continue;
    }
    found.push([m.index, value]);
    claims.add(m.index, m.index + best);
    PHONE.lastIndex = m.index + best;
  }
  if (found.length === 0) return NONE;
  if (found.length > 1) found.sort((a, b) => a[0] - b[0]);
  return found.map((f) => f[1]);
}
