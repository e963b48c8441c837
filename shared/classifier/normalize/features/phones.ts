/**
 * Phone numbers: international, UK national, North American; not times, dates or prices. A
 * candidate is what `/(?<![\d+])(?:\+\s?)?\(?\d[\d ().-]{5,22}\d(?!\d)/g` matches; the longest run
 * of its whole digit groups, from the first, that is a phone number is taken. The scan does that
 * without the regex: a window of at most 24 characters per start, digit groups counted in it, and
 * `phoneValue` only for a prefix whose digit count and group shape can be a phone number.
 */
import { isSpace } from '../code-points.ts';
import { work } from '../work.ts';
import type { Claims } from './claims.ts';
import { NONE } from './empty.ts';

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

const PLUS = 0x2b;
const OPEN = 0x28;
/** The last digit of a candidate is at most this many characters after its first (`\d[...]{5,22}\d`). */
const WINDOW = 24;
const MIN_SPAN = 7;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A separator a candidate may hold between its digits: space ( ) . - */
function isSeparator(c: number): boolean {
  return c === 0x20 || c === 0x28 || c === 0x29 || c === 0x2e || c === 0x2d;
}

/** The digit groups of the window being looked at: end (exclusive) and digits up to it. */
const groupEnd = new Int32Array(WINDOW);
const digitsTo = new Int32Array(WINDOW);

/**
 * Records the digit groups from `d0` that end within the window (the text's next character is not
 * a digit) while only separators lie between them; returns how many.
 */
function scanGroups(text: string, d0: number): number {
  const limit = Math.min(text.length, d0 + WINDOW);
  let groups = 0;
  let digits = 0;
  let i = d0;
  while (i < limit) {
    let j = i;
    while (j < limit && isDigit(text.charCodeAt(j))) j++;
    digits += j - i;
    if (j === limit && isDigit(text.charCodeAt(j))) break; // the group goes on past the window
    groupEnd[groups] = j;
    digitsTo[groups] = digits;
    groups++;
    i = j;
    while (i < limit && !isDigit(text.charCodeAt(i))) {
      if (!isSeparator(text.charCodeAt(i))) {
        work.phones += i - d0 + 1;
        return groups;
      }
      i++;
    }
  }
  work.phones += i - d0 + 1;
  return groups;
}

/** Where the i-th digit (0-based) of the recorded groups is, or -1. */
function digitAt(index: number, groups: number): number {
  for (let g = 0; g < groups; g++) {
    const upTo = digitsTo[g] as number;
    if (index < upTo) return (groupEnd[g] as number) - (upTo - index);
  }
  return -1;
}

/** The first index at or after `from` of "(0)" (a trunk zero, which `phoneValue` drops), or -1. */
class TrunkZeros {
  readonly #text: string;
  #at = -2;

  constructor(text: string) {
    this.#text = text;
  }

  from(from: number): number {
    if (this.#at === -2 || (this.#at !== -1 && this.#at < from)) this.#at = this.#text.indexOf('(0)', from);
    return this.#at;
  }
}

/**
 * Whether `phoneValue` can accept a prefix with `count` digits whose first two are `a` and `b`
 * (after the trunk zero is dropped), starting with "+" or not; `nanp`, `nanp1` and `local7` say
 * whether its digit groups split where those forms allow (3+3+4, 1+3+3+4, 3-4).
 */
function mayBePhone(
  plus: boolean,
  count: number,
  a: number,
  b: number,
  nanp: boolean,
  nanp1: boolean,
  local7: boolean,
): boolean {
  if (plus) return count >= 8 && count <= 15;
  if (a === 0) return b === 0 ? count >= 10 && count <= 17 : count === 10 || count === 11;
  if (count === 12) return a === 4 && b === 4;
  if (count === 11) return a === 1 && nanp1;
  if (count === 10) return a >= 2 && nanp;
  if (count === 7) return a >= 2 && local7;
  return false;
}

/** The digit value at `at`, or -1. */
function digitValue(text: string, at: number): number {
  return at < 0 ? -1 : text.charCodeAt(at) - 0x30;
}

/** The longest phone number the candidate at `s` (first digit at `d0`) starts, or null. */
function longestPhone(
  text: string,
  s: number,
  d0: number,
  groups: number,
  zeros: TrunkZeros,
  claims: Claims,
): { end: number; value: string } | null {
  const plus = text.charCodeAt(s) === PLUS;
  const zero = zeros.from(s);
  // The first two digits, with and without the trunk zero.
  const p0 = d0;
  const p1 = digitAt(1, groups);
  const p2 = digitAt(2, groups);
  const zeroDigit = zero === -1 ? -2 : zero + 1;
  const a0 = digitValue(text, p0);
  const b0 = digitValue(text, p1);
  const a1 = zeroDigit === p0 ? b0 : a0;
  const b1 = zeroDigit === p0 || zeroDigit === p1 ? digitValue(text, p2) : b0;
  // The first group boundary each North American form does not allow.
  let badNanp = groups;
  let badNanp1 = groups;
  for (let g = groups - 2; g >= 0; g--) {
    const at = digitsTo[g] as number;
    if (at !== 3 && at !== 6) badNanp = g;
    if (at !== 1 && at !== 4 && at !== 7) badNanp1 = g;
  }
  const local7 = groups >= 2 && digitsTo[0] === 3;
  for (let g = groups - 1; g >= 0; g--) {
    const end = groupEnd[g] as number;
    const trunk = zero !== -1 && zero + 3 <= end;
    const count = (digitsTo[g] as number) - (trunk ? 1 : 0);
    // With a trunk zero dropped the groups may join: leave the shape to `phoneValue`.
    const ok = mayBePhone(
      plus,
      count,
      trunk ? a1 : a0,
      trunk ? b1 : b0,
      trunk || g <= badNanp,
      trunk || g <= badNanp1,
      trunk || (local7 && g === 1),
    );
    work.phones++;
    if (!ok) continue;
    const value = phoneValue(text.slice(s, end));
    work.phones += end - s;
    if (value !== undefined && !claims.overlaps(s, end)) return { end, value };
  }
  return null;
}

export function findPhones(text: string, claims: Claims, found: [number, string][]): readonly string[] {
  const n = text.length;
  const zeros = new TrunkZeros(text);
  for (let s = 0; s < n; s++) {
    const c = text.charCodeAt(s);
    if (!(isDigit(c) || c === PLUS || c === OPEN)) continue;
    if (s > 0) {
      const before = text.charCodeAt(s - 1);
      if (isDigit(before) || before === PLUS) continue;
    }
    let d0 = s;
    if (c === PLUS && ++d0 < n && isSpace(text.charCodeAt(d0))) d0++;
    if (text.charCodeAt(d0) === OPEN) d0++;
    if (!isDigit(text.charCodeAt(d0))) continue;
    const groups = scanGroups(text, d0);
    if (groups === 0 || (groupEnd[groups - 1] as number) < d0 + MIN_SPAN) continue;
    const phone = longestPhone(text, s, d0, groups, zeros, claims);
    if (phone === null) {
      s = (groupEnd[0] as number) - 1; // go on after the first digit group
      continue;
    }
    found.push([s, phone.value]);
    claims.add(s, phone.end);
    s = phone.end - 1;
  }
  if (found.length === 0) return NONE;
  if (found.length > 1) found.sort((a, b) => a[0] - b[0]);
  return found.map((f) => f[1]);
}
