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
