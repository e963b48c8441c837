/**
 * Phone numbers: international, UK national, North American, Indian mobiles written as one run;
 * not times, dates or prices, nor a number labelled as an identifier ("order 7012345678"). A
 * candidate is what `/(?<![\d+])(?:\+\s?)?\(?\d[\d ().-]{5,22}\d(?!\d)/g` matches; the longest run
 * of its whole digit groups, from the first, that is a phone number is taken. The scan does that
 * without the regex: the digit groups of a window of 24 characters per start, read once as the
 * windows slide, and `phoneValue` only for a prefix whose digit count and group shape can be one.
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
const INDIA_MOBILE = /^[6-9]\d{9}$/;

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
  // an Indian mobile number written as one run: 10 digits from 6 to 9 ("call 9876543210")
  if (n === 10 && INDIA_MOBILE.test(written)) return digits;
  if (n === 7 && LOCAL_7.test(written)) return digits;
  return undefined;
}

const PLUS = 0x2b;
const OPEN = 0x28;
/** A candidate (`\d[...]{5,22}\d`) spans at most 24 characters from its first digit, at least 7. */
const WINDOW = 24;
const MIN_SPAN = 7;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** A separator a candidate may hold between its digits: space ( ) . - */
function isSeparator(c: number): boolean {
  return c === 0x20 || c === 0x28 || c === 0x29 || c === 0x2e || c === 0x2d;
}

/**
 * Where the first digit of a candidate starting at `s` is ("+", a space, "(" may come first), or -1
 * when none starts there (the character before may not be a digit or "+").
 */
function firstDigit(text: string, s: number): number {
  const c = text.charCodeAt(s);
  if (!(isDigit(c) || c === PLUS || c === OPEN)) return -1;
  if (s > 0) {
    const before = text.charCodeAt(s - 1);
    if (isDigit(before) || before === PLUS) return -1;
  }
  let d0 = s;
  if (c === PLUS && isSpace(text.charCodeAt(++d0))) d0++;
  if (text.charCodeAt(d0) === OPEN) d0++;
  return isDigit(text.charCodeAt(d0)) ? d0 : -1;
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
  single = false,
): boolean {
  if (plus) return count >= 8 && count <= 15;
  if (a === 0) return b === 0 ? count >= 10 && count <= 17 : count === 10 || count === 11;
  if (count === 12) return a === 4 && b === 4;
  if (count === 11) return a === 1 && nanp1;
  if (count === 10) return (a >= 2 && nanp) || (a >= 6 && single);
  if (count === 7) return a >= 2 && local7;
  return false;
}

/** Digit groups the scanner holds: more than a window can have (13). */
const RING = 32;
// Scratch arrays of the one scan running at a time (see Window).
const GROUP_END = new Int32Array(WINDOW);
const DIGITS_TO = new Int32Array(WINDOW);
const RING_START = new Int32Array(RING);
const RING_END = new Int32Array(RING);
const RING_TOTAL = new Int32Array(RING);
/** Fewer digits than any phone number `phoneValue` accepts. */
const MIN_DIGITS = 7;

/**
 * The digit groups of the window after one candidate's first digit, and what they allow. Windows
 * overlap, so the scanner keeps the groups it read and reads each character of the text once.
 */
class Window {
  readonly #text: string;
  /** End (exclusive) of each digit group of the window, and the digits from its first up to it. */
  readonly end = GROUP_END;
  readonly digitsTo = DIGITS_TO;
  groups = 0;
  /** The groups read and not yet left behind: start, end and the digits read up to their end. */
  readonly #start = RING_START;
  readonly #end = RING_END;
  readonly #total = RING_TOTAL;
  #head = 0;
  #tail = 0;
  /** Where the scanner is, a character no candidate crosses (-1: none yet), an unfinished group. */
  #scanned = 0;
  #stop = -1;
  #open = -1;
  #digits = 0;
  /** The first two digits, as written and with the trunk zero dropped (-1: none). */
  #a0 = -1;
  #b0 = -1;
  #a1 = -1;
  #b1 = -1;
  /** The first group boundary each North American form does not allow. */
  #badNanp = 0;
  #badNanp1 = 0;

  constructor(text: string) {
    this.#text = text;
  }

  #push(start: number, end: number): void {
    const k = this.#tail++ & (RING - 1);
    this.#start[k] = start;
    this.#end[k] = end;
    this.#total[k] = this.#digits;
    this.#open = -1;
  }

  /** Reads on to `limit`, or to the first character that is neither a digit nor a separator. */
  #read(limit: number): void {
    const text = this.#text;
    let i = this.#scanned;
    for (; i < limit; i++) {
      const c = text.charCodeAt(i);
      if (isDigit(c)) {
        if (this.#open === -1) this.#open = i;
        this.#digits++;
        continue;
      }
      if (this.#open !== -1) this.#push(this.#open, i);
      if (!isSeparator(c)) {
        this.#stop = i;
        break;
      }
    }
    work.phones += i - this.#scanned + 1;
    this.#scanned = i;
    // A group that reaches the window's end ends there when no digit follows.
    if (this.#open !== -1 && i === limit && !isDigit(text.charCodeAt(limit))) this.#push(this.#open, limit);
  }

  /**
   * The digit groups from `d0` (a group's first digit, as every candidate's is) that end within the
   * window (the text's next character is not a digit) while only separators lie between them.
   */
  scan(d0: number): number {
    if (d0 >= this.#scanned || (this.#stop !== -1 && d0 > this.#stop)) {
      this.#head = this.#tail = 0;
      this.#scanned = d0;
      this.#stop = -1;
      this.#open = -1;
    }
    while (this.#head < this.#tail && (this.#start[this.#head & (RING - 1)] as number) < d0) this.#head++;
    if (this.#stop === -1) this.#read(Math.min(this.#text.length, d0 + WINDOW));
    let groups = 0;
    const first = this.#head & (RING - 1);
    const before =
      (this.#total[first] as number) - ((this.#end[first] as number) - (this.#start[first] as number));
    for (let k = this.#head; k < this.#tail; k++) {
      this.end[groups] = this.#end[k & (RING - 1)] as number;
      this.digitsTo[groups] = (this.#total[k & (RING - 1)] as number) - before;
      groups++;
    }
    work.phones += groups;
    this.groups = groups;
    return groups;
  }

  /** Where the i-th digit (0-based) of the recorded groups is, or -1. */
  #digitAt(index: number): number {
    for (let g = 0; g < this.groups; g++) {
      const upTo = this.digitsTo[g] as number;
      if (index < upTo) return (this.end[g] as number) - (upTo - index);
    }
    return -1;
  }

  #digitValue(at: number): number {
    return at < 0 ? -1 : this.#text.charCodeAt(at) - 0x30;
  }

  /** Reads the first two digits from `d0`, as written and without the trunk zero at `zero + 1`. */
  #leadingDigits(d0: number, zero: number): void {
    const p1 = this.#digitAt(1);
    const zeroDigit = zero === -1 ? -2 : zero + 1;
    this.#a0 = this.#digitValue(d0);
    this.#b0 = this.#digitValue(p1);
    this.#a1 = zeroDigit === d0 ? this.#b0 : this.#a0;
    this.#b1 = zeroDigit === d0 || zeroDigit === p1 ? this.#digitValue(this.#digitAt(2)) : this.#b0;
  }

  #shapes(): void {
    this.#badNanp = this.groups;
    this.#badNanp1 = this.groups;
    for (let g = this.groups - 2; g >= 0; g--) {
      const at = this.digitsTo[g] as number;
      if (at !== 3 && at !== 6) this.#badNanp = g;
      if (at !== 1 && at !== 4 && at !== 7) this.#badNanp1 = g;
    }
  }

  /** Whether the prefix up to group `g` may be a phone number (`trunk`: it has the "(0)"). */
  #mayBe(g: number, plus: boolean, trunk: boolean): boolean {
    const count = (this.digitsTo[g] as number) - (trunk ? 1 : 0);
    // With a trunk zero dropped the groups may join: leave the shape to `phoneValue`.
    if (trunk) return mayBePhone(plus, count, this.#a1, this.#b1, true, true, true);
    const local7 = g === 1 && this.digitsTo[0] === 3;
    return mayBePhone(
      plus,
      count,
      this.#a0,
      this.#b0,
      g <= this.#badNanp,
      g <= this.#badNanp1,
      local7,
      g === 0,
    );
  }

  /** The longest phone number the candidate at `s` (first digit at `d0`) starts, or null. */
  longest(s: number, d0: number, zeros: TrunkZeros, claims: Claims): { end: number; value: string } | null {
    const plus = this.#text.charCodeAt(s) === PLUS;
    const zero = zeros.from(s);
    this.#leadingDigits(d0, zero);
    this.#shapes();
    for (let g = this.groups - 1; g >= 0; g--) {
      const end = this.end[g] as number;
      const trunk = zero !== -1 && zero + 3 <= end;
      work.phones++;
      // Shorter prefixes have fewer digits still.
      if ((this.digitsTo[g] as number) - (trunk ? 1 : 0) < MIN_DIGITS) break;
      if (!this.#mayBe(g, plus, trunk)) continue;
      const value = phoneValue(this.#text.slice(s, end));
      work.phones += end - s;
      if (value !== undefined && !claims.overlaps(s, end)) return { end, value };
    }
    return null;
  }
}

/**
 * A number labelled as an identifier: "order 7012345678", "tracking no. 0123456789", "envio
 * 7012345678", "A/C XX 2025550143". A parcel's or an account's number is not a number to call.
 */
const ID_LABEL =
  /(?:^|[^\p{L}\p{N}])(?:order|tracking|track|shipment|awb|consignment|parcel|package|reference|ref|booking|pnr|invoice|account|a\/c|acct|policy|ticket|case|claim|member|membership|customer|client|loan|envio|pedido|objeto|encomenda|sendung|sendungsnummer|colis|commande|pakket|zending|rastreio|guia|seguimiento|suivi)(?:\s*(?:no\.?|number|num|nr\.?|id|#|code))?\s*[:#.-]?\s*$/iu;
/** How far before a number its label may start. */
const LABEL_SPAN = 32;

function labelledId(text: string, s: number): boolean {
  return ID_LABEL.test(text.slice(Math.max(0, s - LABEL_SPAN), s));
}

/** What every candidate has somewhere: one native scan skips the texts with none (most of them). */
const SOME_CANDIDATE = /\d[\d ().-]{5,22}\d/;

export function findPhones(text: string, claims: Claims, found: [number, string][]): readonly string[] {
  const zeros = new TrunkZeros(text);
  const window = new Window(text);
  const n = SOME_CANDIDATE.test(text) ? text.length : 0;
  for (let s = 0; s < n; s++) {
    const d0 = firstDigit(text, s);
    if (d0 === -1) continue;
    const groups = window.scan(d0);
    if (groups === 0 || (window.end[groups - 1] as number) < d0 + MIN_SPAN) continue;
    const phone = window.longest(s, d0, zeros, claims);
    if (phone === null) {
      s = (window.end[0] as number) - 1; // go on after the first digit group
      continue;
    }
    work.phones += LABEL_SPAN;
    if (!labelledId(text, s)) found.push([s, phone.value]);
    claims.add(s, phone.end);
    s = phone.end - 1;
  }
  if (found.length === 0) return NONE;
  if (found.length > 1) found.sort((a, b) => a[0] - b[0]);
  return found.map((f) => f[1]);
}
