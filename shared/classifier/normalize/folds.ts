/**
 * The fold of one code point or one cluster (a character and the combining marks after it): what
 * it becomes, and whether that is a look-alike, an accent, an invisible or a control character.
 */
import { isUnifiedIdeograph, pairs } from './code-points.ts';
import { LOOKALIKE } from './lookalikes.ts';
import type { State } from './state.ts';

export const KEEP = 0; // unchanged
export const FOLD = 1; // replaced, not obfuscation (punctuation, spaces, ligatures, symbols)
export const CONFUSABLE = 2; // replaced, a look-alike form of a letter or digit
export const DIACRITIC = 3; // accented Latin folded
export const INVISIBLE = 4; // removed
export const CONTROL = 5; // C0/C1 control removed or read as Windows-1252

export interface Fold {
  readonly out: string;
  readonly kind: number;
  /** A Cyrillic/Greek/... look-alike (folded later, by word, in stage 3). */
  readonly look: boolean;
  /** A combining mark (or conjoining jamo): belongs to the cluster before it. */
  readonly mark: boolean;
}

function fold(out: string, kind: number, look = false, mark = false): Fold {
  return { out, kind, look, mark };
}

/**
 * The zero of each script whose ten decimal digits NFKC leaves alone: Arabic-Indic, Extended
 * Arabic-Indic (Persian, Urdu), Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu,
 * Kannada, Malayalam, Sinhala, Thai, Lao, Tibetan, Myanmar, Khmer.
 */
const NATIVE_ZEROS = [
  0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20,
  0x1040, 0x17e0,
];

/** Latin small capitals, each before the letter it folds to. */
const SMALL_CAPITAL_PAIRS = 'ᴀaʙbᴄcᴅdᴇeꜰfɢgʜhɪiᴊjᴋkʟlᴍmɴnᴏoᴘpꞯqʀrꜱsᴛtᴜuᴠvᴡwʏyᴢz';

/** The Latin small capitals the fold reads as small letters (drawn as capitals: visual-case.ts). */
export const SMALL_CAPITALS: ReadonlySet<number> = new Set(
  [...SMALL_CAPITAL_PAIRS].filter((_, i) => i % 2 === 0).map((c) => c.codePointAt(0) as number),
);

/** Single code points with a fixed fold that NFKC does not give (or gives wrongly for us). */
const OVERRIDES: ReadonlyMap<number, Fold> = (() => {
  const m = new Map<number, Fold>();
  const put = (chars: string, out: string, kind: number) => {
    for (const c of chars) m.set(c.codePointAt(0) as number, fold(out, kind));
  };
  // Typographic punctuation -> ASCII (iOS "smart punctuation" writes these).
  put('\u2018\u2019\u201a\u201b\u2032\u2035\u02bc\u02b9\u00b4', "'", FOLD);
  put('\u201c\u201d\u201e\u201f\u2033\u2036', '"', FOLD);
  put('\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58', '-', FOLD);
  put('\u2044\u2215', '/', FOLD);
  put('\u3002\uff61', '.', FOLD);
  put('\u02dc', '~', FOLD);
  // Spaces NFKC leaves alone.
  put('\u1680\u2028\u2029\u2800', ' ', FOLD);
  // Latin small capitals and IPA look-alikes (Latin script, so always folded).
  for (const [cp, to] of pairs(`${SMALL_CAPITAL_PAIRS}ɑaɡgɩiȷjǀl`)) {
    m.set(cp, fold(to, CONFUSABLE));
  }
  // Latin letters without a decomposition.
  for (const [cp, to] of pairs('øoØOłlŁLđdĐDħhĦHŧtŦTıiƒf')) m.set(cp, fold(to, DIACRITIC));
  put('ß', 'ss', DIACRITIC);
  put('ẞ', 'SS', DIACRITIC);
  put('æ', 'ae', DIACRITIC);
  put('Æ', 'AE', DIACRITIC);
  put('œ', 'oe', DIACRITIC);
  put('Œ', 'OE', DIACRITIC);
  // Enclosed forms NFKC leaves alone or writes with parentheses.
  const range = (first: number, count: number, out: (i: number) => string) => {
    for (let i = 0; i < count; i++) m.set(first + i, fold(out(i), CONFUSABLE));
  };
  const upper = (i: number) => String.fromCharCode(65 + i);
  const lower = (i: number) => String.fromCharCode(97 + i);
  range(0x249c, 26, lower); // ⒜..⒵
  range(0x2474, 20, (i) => String(i + 1)); // ⑴..⒇
  range(0x24eb, 10, (i) => String(i + 11)); // ⓫..⓴
  range(0x24f5, 10, (i) => String(i + 1)); // ⓵..⓾
  range(0x24ff, 1, () => '0'); // ⓿
  range(0x2776, 10, (i) => String(i + 1)); // ❶..❿
  range(0x2780, 10, (i) => String(i + 1)); // ➀..➉
  range(0x278a, 10, (i) => String(i + 1)); // ➊..➓
  range(0x1f110, 26, upper); // 🄐..🄩
  range(0x1f150, 26, upper); // 🅐..🅩
  range(0x1f170, 26, upper); // 🅰..🆉
  range(0x1f1e6, 26, upper); // regional indicators (a lone one; pairs are flags, see foldChars)
  // A script's own decimal digits -> ASCII (not obfuscation): an amount, a phone number or a code
  // written in Arabic-Indic, Devanagari, Bengali or Thai digits is read like one in ASCII digits.
  for (const zero of NATIVE_ZEROS) for (let d = 0; d < 10; d++) m.set(zero + d, fold(String(d), FOLD));
  return m;
})();

/** Windows-1252 for U+0080–U+009F (NUL where 1252 has no character). */
const WIN1252 = '€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ';

function isInvisible(cp: number): boolean {
  return (
    cp === 0xad ||
    cp === 0x34f ||
    cp === 0x61c ||
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    (cp >= 0x180b && cp <= 0x180f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0x3164 ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff ||
    cp === 0xffa0 ||
    (cp >= 0xfff9 && cp <= 0xfffb) ||
    (cp >= 0x1d173 && cp <= 0x1d17a) ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

const MARK = /^\p{M}/u;
const MARKS = /\p{M}/gu;
const ASCII_ONLY = /^[\x20-\x7e]*$/;
const ASCII_ALNUM = /[A-Za-z0-9]/;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]/u;
const ACCENTS_ONLY = /^[\u0300-\u036f]{1,2}$/;

function isMarkCp(cp: number): boolean {
  if (cp < 0x300) return false;
  if ((cp >= 0x1161 && cp <= 0x11ff) || (cp >= 0xd7b0 && cp <= 0xd7ff)) return true; // conjoining jamo
  return MARK.test(String.fromCodePoint(cp));
}

/** Enclosed alphanumerics are symbols, not letters, but folding them is still a disguise. */
function isEnclosed(cp: number): boolean {
  return (cp >= 0x2460 && cp <= 0x24ff) || (cp >= 0x2776 && cp <= 0x2793) || (cp >= 0x1f100 && cp <= 0x1f1ff);
}

/**
 * An ideograph of the supplementary planes (extensions B to G: rare characters of names, Cantonese
 * and classical texts) reads as one rare ideograph of the BMP, U+3400: no rule names one, training
 * data holds none, and a soup of thousands never seen costs four UTF-8 bytes to scan and two
 * UTF-16 units of new n-grams each (docs/PERFORMANCE.md, "Hostile input").
 */
const RARE_IDEOGRAPH = fold('\u3400', FOLD);

/** The fold of one code point (cached by `foldOf`). */
export function computeSingle(cp: number): Fold {
  if (isUnifiedIdeograph(cp)) return cp < 0x20000 ? fold(String.fromCodePoint(cp), KEEP) : RARE_IDEOGRAPH;
  const mark = isMarkCp(cp);
  if (cp >= 0xd800 && cp <= 0xdfff) return fold('', INVISIBLE); // a lone surrogate
  if (isInvisible(cp)) return fold('', INVISIBLE);
  if (cp >= 0x80 && cp <= 0x9f) {
    const meant = WIN1252.charAt(cp - 0x80);
    if (meant === '\0') return fold('', CONTROL);
    const inner = computeSingle(meant.codePointAt(0) as number);
    return fold(inner.kind === KEEP ? meant : inner.out, CONTROL);
  }
  const override = OVERRIDES.get(cp);
  if (override) return override;
  if (LOOKALIKE.has(cp)) return fold(String.fromCodePoint(cp), KEEP, true);
  const ch = String.fromCodePoint(cp);
  if (!mark && (isHangulSyllable(cp) || isPlainChar(ch))) return fold(ch, KEEP);
  const f = computeCluster(ch);
  return mark ? fold(f.out, f.kind, f.look, true) : f;
}

/** A precomposed Hangul syllable: kept (it decomposes to jamo, none of them ASCII). */
function isHangulSyllable(cp: number): boolean {
  return cp >= 0xac00 && cp <= 0xd7a3;
}

const CHANGES_UNDER_NFKC = /\p{Changes_When_NFKC_Casefolded}/u;

/**
 * A character NFKC leaves alone (NFKC_Casefold does: a regex property test) and that does not
 * decompose: kept as it is, without the cluster path's normalisations (a message of 16,000 new CJK
 * or private-use characters costs a regex test and an NFD each, not three normalisations).
 */
export function isPlainChar(ch: string): boolean {
  return !CHANGES_UNDER_NFKC.test(ch) && ch.normalize('NFD') === ch;
}

/** The folds of an ASCII letter or digit that loses its marks: accented, or a confusable. */
const UNDER_MARKS: ReadonlyMap<number, readonly [Fold, Fold]> = new Map(
  Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', (c) => [
    c.charCodeAt(0),
    [Object.freeze(fold(c, DIACRITIC)), Object.freeze(fold(c, CONFUSABLE))] as const,
  ]),
);

/**
 * An ASCII letter or digit under marks of U+0300-U+036F at `s[start, end)` ("é", "Z̸̢A̷L̶G̶O"): the
 * marks go, and the letter is an accented one (one or two marks once decomposed: U+0344 is two) or a
 * confusable. That is what normalising finds (those marks have no compatibility form and decompose
 * to marks), without normalising, caching or copying.
 */
export function underMarks(s: string, start: number, end: number): Fold | undefined {
  const folds = end - start >= 2 ? UNDER_MARKS.get(s.charCodeAt(start)) : undefined;
  if (folds === undefined) return undefined;
  let marks = 0;
  for (let i = start + 1; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x300 || c > 0x36f) return undefined;
    marks += c === 0x344 ? 2 : 1;
  }
  return folds[marks <= 2 ? 0 : 1];
}

/** Arabic short vowels, tanween, shadda, sukun and the dagger alif: optional marks in written Arabic. */
const HARAKAT = /[\u064b-\u065f\u0670]/g;

/** The fold of a cluster: one code point and the combining marks that follow it. */
export function computeCluster(cluster: string): Fold {
  return underMarks(cluster, 0, cluster.length) ?? foldByNormalising(cluster);
}

/** `computeCluster` through NFKC and NFD (exported for the test that checks `underMarks` against it). */
export function foldByNormalising(cluster: string): Fold {
  const first = cluster.codePointAt(0) as number;
  if (isMarkCp(first)) return fold('', INVISIBLE); // marks with no letter to sit on
  const nfkc = cluster.normalize('NFKC');
  if (ASCII_ONLY.test(nfkc)) {
    const disguise =
      ASCII_ALNUM.test(nfkc) && (isEnclosed(first) || (LETTER_OR_NUMBER.test(cluster) && nfkc.length === 1));
    return fold(nfkc, disguise ? CONFUSABLE : FOLD);
  }
  // Latin under marks: strip the marks.
  const decomposed = nfkc.normalize('NFD');
  const stripped = decomposed.replace(MARKS, '');
  if (stripped.length > 0 && ASCII_ONLY.test(stripped)) {
    const marks = decomposed.replace(/[\x20-\x7e]/g, '');
    const compat = decomposed !== cluster.normalize('NFD');
    return fold(stripped, ACCENTS_ONLY.test(marks) && !compat ? DIACRITIC : CONFUSABLE);
  }
  const marked = letterWithItsOwnFold(cluster, first);
  if (marked) return marked;
  // an Arabic letter under its short vowels (harakat): the letter alone, as most text writes it
  if (first >= 0x600 && first <= 0x6ff) {
    const bare = nfkc.replace(HARAKAT, '');
    if (bare !== nfkc && bare.length > 0) return fold(bare, FOLD);
  }
  const cps = Array.from(nfkc);
  if (cps.length === 1 && nfkc !== cluster) {
    // A compatibility form of something with its own fold (mathematical Greek, ...).
    const inner = computeSingle(nfkc.codePointAt(0) as number);
    if (inner.kind !== KEEP) return fold(inner.out, inner.kind === FOLD ? FOLD : CONFUSABLE);
    return fold(nfkc, FOLD, inner.look);
  }
  if (cps.length === 1 && LOOKALIKE.has(nfkc.codePointAt(0) as number)) return fold(nfkc, KEEP, true);
  return fold(nfkc, nfkc === cluster ? KEEP : FOLD);
}

/**
 * A letter with its own fixed fold under marks NFKC cannot compose with it ("ᴄ́", "ø̈"): that fold,
 * the marks dropped. Look-alikes (Cyrillic, Greek) are left to the word-level stage.
 */
function letterWithItsOwnFold(cluster: string, first: number): Fold | undefined {
  const width = first > 0xffff ? 2 : 1;
  if (cluster.length <= width) return undefined;
  for (const ch of cluster.slice(width)) if (!isMarkCp(ch.codePointAt(0) as number)) return undefined;
  const base = computeSingle(first);
  if (base.kind === KEEP || base.look || base.out.length === 0 || !ASCII_ONLY.test(base.out))
    return undefined;
  return fold(base.out, base.kind === DIACRITIC ? DIACRITIC : CONFUSABLE);
}

export function count(st: State, kind: number): void {
  switch (kind) {
    case CONFUSABLE:
      st.confusables++;
      break;
    case DIACRITIC:
      st.diacritics++;
      break;
    case INVISIBLE:
      st.invisible++;
      break;
    case CONTROL:
      st.controls++;
      break;
  }
}
