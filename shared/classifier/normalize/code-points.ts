/** Small helpers over UTF-16 text: code points and character-pair tables. */

/** Pairs of characters "xX..." as a map from the first's code point to the second (all BMP). */
export function pairs(list: string): Map<number, string> {
  const m = new Map<number, string>();
  for (let i = 0; i + 1 < list.length; i += 2) m.set(list.charCodeAt(i), list.charAt(i + 1));
  return m;
}

export function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** JavaScript's `\s`: ASCII and Unicode spaces, line and paragraph separators, the BOM. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The CJK unified ideographs assigned by Unicode 13 (every runtime's ICU has them): letters of no
 * case, which NFKC and NFD leave as they are and which no mark, look-alike or override touches. Both
 * the fold and the class of such a code point are known without asking ICU (a message of thousands
 * of ideographs not seen before costs a range check each, not regex tests and a normalisation).
 */
export const UNIFIED_IDEOGRAPHS: readonly (readonly [number, number])[] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9ffc],
  [0x20000, 0x2a6dd],
  [0x2a700, 0x2b734],
  [0x2b740, 0x2b81d],
  [0x2b820, 0x2cea1],
  [0x2ceb0, 0x2ebe0],
  [0x30000, 0x3134a],
];

export function isUnifiedIdeograph(cp: number): boolean {
  if (cp < 0x3400) return false;
  if (cp <= 0x9ffc) return cp >= 0x4e00 || cp <= 0x4dbf;
  if (cp < 0x20000) return false;
  for (const [lo, hi] of UNIFIED_IDEOGRAPHS) if (cp >= lo && cp <= hi) return true;
  return false;
}
