/**
 * One table-driven pass over a text says which stages have work and which feature extractors can
 * match (a superset: each stage checks again); a plain ASCII message usually runs no stage at all.
 */

export const NEEDS_CHARS = 1;
export const HAS_AMP = 2;
export const ODD_SPACE = 4;
/** Three single letters or digits in a row, one to three characters apart (stage 4 may have work). */
export const SINGLES = 8;
/** A bracket, " . ", " dot " or "h..p" (stage 6 may have work). */
export const DEFANG = 16;
/** For the features: a digit, an "@", a dot between two letters or digits. */
export const HAS_DIGIT = 32;
export const HAS_AT = 64;
export const HOST_DOT = 128;

function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

// Classes of ASCII characters for `survey`.
const C_OTHER = 0;
const C_ALNUM = 1;
const C_SPACE = 2;
const C_WHITE = 3; // tab, newline, ...
const C_CONTROL = 4;
const C_AMP = 5;
const C_BRACKET = 6; // [ ( { * (a defanged link may be here)
const C_DOT = 7;
const C_AT = 8;
const ASCII_CLASS = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    if (isAlnum(c)) t[c] = C_ALNUM;
    else if (c === 0x20) t[c] = C_SPACE;
    else if (c >= 0x09 && c <= 0x0d) t[c] = C_WHITE;
    else if (c < 0x20 || c === 0x7f) t[c] = C_CONTROL;
  }
  t[0x26] = C_AMP;
  for (const c of '[({*') t[c.charCodeAt(0)] = C_BRACKET;
  t[0x2e] = C_DOT;
  t[0x40] = C_AT;
  return t;
})();

/** Whether the word `s[start, end)` is "dot" between spaces, starts with "hxxp", or is "http//". */
function defangWord(s: string, start: number, end: number): boolean {
  const first = s.charCodeAt(start) | 0x20;
  if (first === 0x64 /* d */) {
    return (
      end - start === 3 &&
      (s.charCodeAt(start + 1) | 0x20) === 0x6f &&
      (s.charCodeAt(start + 2) | 0x20) === 0x74 &&
      s.charCodeAt(start - 1) === 0x20 &&
      s.charCodeAt(end) === 0x20
    );
  }
  if (first !== 0x68 /* h */ || end - start < 4 || (s.charCodeAt(start + 3) | 0x20) !== 0x70) return false;
  const x = s.charCodeAt(start + 1) | 0x20;
  if (x === 0x78 && (s.charCodeAt(start + 2) | 0x20) === 0x78) return true; // hxxp
  // "http//": the colon left out
  return x === 0x74 && s.charCodeAt(end) === 0x2f && s.charCodeAt(end + 1) === 0x2f;
}

/** Whether the bracket or star at `i` may start "[.]", "(dot)", "[at]", "[:]" or "h**p". */
function bracketDefang(s: string, i: number, c: number): boolean {
  const next = s.charCodeAt(i + 1);
  if (c === 0x2a) return next === 0x2a && (s.charCodeAt(i - 1) | 0x20) === 0x68;
  const l = next | 0x20;
  return next === 0x2e || next === 0x3a || next === 0x40 || l === 0x64 || l === 0x61;
}

/** One pass over a text: which stages have work (a superset: each stage checks again). */
export function survey(s: string): number {
  let flags = 0;
  let space = true; // at the start, a space would be leading
  let word = 0; // length of the current run of ASCII letters and digits
  let gap = 0; // characters since it ended
  let singles = 0; // single-character runs in a row, at most three characters apart
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const k = c < 0x80 ? (ASCII_CLASS[c] as number) : C_OTHER;
    if (k === C_ALNUM) {
      if (c <= 0x39) flags |= HAS_DIGIT;
      word++;
      gap = 0;
      space = false;
      continue;
    }
    const after = word; // letters and digits just before this character
    if (word > 0) {
      if (word === 1) {
        if (++singles >= 3) flags |= SINGLES;
      } else {
        singles = 0;
        if (word >= 3 && defangWord(s, i - word, i)) flags |= DEFANG;
      }
      word = 0;
    }
    if (++gap > 3) singles = 0;
    if (k === C_SPACE) {
      if (space) flags |= ODD_SPACE;
      space = true;
      continue;
    }
    if (c >= 0x80) flags |= NEEDS_CHARS;
    else if (k === C_DOT) {
      if (space)
        flags |= DEFANG; // " . "
      else if (after > 0 && ASCII_CLASS[s.charCodeAt(i + 1)] === C_ALNUM) flags |= HOST_DOT;
    } else if (k === C_AT) flags |= HAS_AT;
    else if (k === C_WHITE) flags |= ODD_SPACE;
    else if (k === C_CONTROL) flags |= NEEDS_CHARS;
    else if (k === C_AMP) flags |= HAS_AMP;
    else if (k === C_BRACKET && bracketDefang(s, i, c)) flags |= DEFANG;
    space = false;
  }
  if (word === 1 && singles >= 2) flags |= SINGLES;
  if (space && n > 0) flags |= ODD_SPACE;
  return flags;
}
