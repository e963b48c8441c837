/**
 * Normalisation before scanning. YARA-X `nocase` folds ASCII only, so look-alike letters,
 * fullwidth forms, zero-width joiners and spaced-out words are folded here, once, and the rules
 * and the model see one canonical text. The original text is kept untouched; `originalSpan()`
 * maps a range of `text` back to it (built lazily, so the hot path pays nothing for it).
 *
 * The pipeline, in order. One table-driven pass over the text (`survey`) says which stages have
 * work and which feature extractors can match; a plain ASCII message usually runs no stage at all
 * and goes straight to the features. Regular expressions are compiled once, at module load.
 *
 *  1. Characters: C0/C1 controls removed (U+0080–U+009F are read as the Windows-1252 characters
 *     they were meant to be: U+0092 -> `'`, U+0096 -> `-`); zero-width, bidi-control, variation
 *     selector, tag and other invisible characters removed; lone surrogates removed; NFKC per
 *     grapheme-like cluster (fullwidth, mathematical alphanumerics, circled and squared letters);
 *     enclosed/parenthesised/negative-circled letters and digits, Latin small capitals and a few IPA
 *     look-alikes folded to ASCII; typographic quotes and dashes folded to `'`, `"` and `-`;
 *     Unicode spaces folded to a space.
 *     Accented Latin is FOLDED to ASCII (é -> e, ü -> u, ß -> ss, ø -> o): rules are written in
 *     ASCII and spammers use accents as obfuscation ("FRÉÉ"); the corpus writes "ü" for "you". It is
 *     counted in `obfuscation.diacritics`, not as a look-alike, so French or Spanish text does not
 *     look obfuscated. Latin letters under several marks ("Z̸̢A̷L̶G̶O") or under keycap/enclosing
 *     marks are counted as `confusables`.
 *     Regional-indicator symbols: a pair is a flag and is kept; a lone one or a run of three or more
 *     is read as letters (🇫 🇷 🇪 🇪 -> F R E E).
 *  2. HTML entities (`&lt;`, `&amp;`, `&#8203;`, `&#x41;`) decoded once; what they decode to goes
 *     through step 1 (an encoded zero-width space is still removed).
 *  3. Cyrillic, Greek, Armenian and Cherokee look-alikes (`А В Е К М Н О Р С Т Х а е о р с у х і`,
 *     `Α Β Ε Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ α ο ν ι κ ρ υ`, ...) are folded to ASCII only where they are an
 *     attack, not where they are writing. The rule, per word (a run of letters, marks and digits):
 *       - the word mixes Latin letters and look-alikes ("WІNNER", "pаypal") -> fold its look-alikes;
 *       - the word has a letter of its script that has no Latin look-alike ("дела", "λόγος")
 *         -> keep the word as it is;
 *       - the word is made only of look-alikes ("ВАНК", "ΚΑΙ") -> fold it when the message is
 *         Latin-script, i.e. it has at least as many Latin letters as unambiguous non-Latin ones.
 *     A Russian or Greek message therefore stays Russian or Greek, word for word.
 *  4. Spaced-out words are rebuilt: a run of three or more single letters joined by one and the
 *     same separator (a space, or `.` `-` `_` `*` `·` `•` with optional spaces) and of one case
 *     pattern (all capitals, all small, or a capital then small letters) becomes one word:
 *     "F R E E" -> "FREE", "F.R.E.E" -> "FREE", "f-r-e-e" -> "free". SMS writes single letters as
 *     words ("i c u", "u r a star", "I am a b c", "did u c d film"), so a run made only of the letters
 *     a b c d i n o r u x y (SMS words) is rebuilt only when it is four or more capitals ("C A R D");
 *     a run does not start after an apostrophe ("That's y i said"); a change of case
 *     splits a run ("a F R E E" -> "a FREE"); two spaces separate two spaced words. Runs of four or
 *     more single digits joined by spaces are rebuilt too ("0 9 0 6 1" -> "09061").
 *  5. Whitespace: every run of white space becomes one space; leading and trailing space removed.
 *  6. Defanged links are refanged so rules see `http://example.com`: `hxxp://`, `hxxps[://]`,
 *     `h**p://`, `http//`, `example[.]com`, `example(.)com`, `example{dot}com`, `example dot com`,
 *     `www . example . com`, `name[at]example[.]com`. The unbracketed forms (" dot ", " . ") are
 *     refanged only when the last label is a known top-level domain and the first is not a common
 *     English word ("the dot com boom" stays).
 *
 * Then the features are read from the final text: e-mail addresses, URLs (with host, TLD, raw IP,
 * known shortener, defanged), money amounts (currency, amount in major units, per-message/minute
 * rate), phone numbers (international, UK national, North American; not times, dates or prices),
 * and short codes (4–6 digits after "text/txt/send/reply ... to [No:]", or a standalone 5–6 digit
 * number that does not follow "code", "PIN", "ref", "order", "#"... nor precede a unit such as
 * "p", "pm", "mb", "%"). Each character of the text belongs to at most one feature, claimed in the
 * order e-mail, URL, money, phone, short code, so "£1000" is money and not a short code.
 */

// ---------------------------------------------------------------------------------------------
// Public shapes
// ---------------------------------------------------------------------------------------------

export interface UrlFeature {
  /** As written in the message, after Unicode folding (possibly defanged); see `originalSpan`. */
  readonly raw: string;
  /** Lower-case host, refanged. */
  readonly host: string;
  /** Lower-case last label of the host ("" for a raw IP). */
  readonly tld: string;
  readonly defanged: boolean;
  /** The refanged URL as the rules see it in `text`. */
  readonly url: string;
  /** `http`, `https`, or "" when written without a scheme. */
  readonly scheme: string;
  /** Path, query and fragment ("" when none). */
  readonly path: string;
  /** The host is a dotted IPv4 address. */
  readonly ip: boolean;
  /** The host is a known link shortener (bit.ly, tinyurl.com, t.co, ...). */
  readonly shortener: boolean;
  /** Where it is in `text` (end exclusive). */
  readonly start: number;
  readonly end: number;
}

export interface MoneyFeature {
  readonly raw: string;
  /** ISO 4217 code: GBP, USD, EUR, INR, JPY. */
  readonly currency: string;
  /** In major units: "50p" is 0.5 GBP, "£5k" is 5000. */
  readonly amount: number;
  /** A rate: `msg`, `min`, `week`, `day`, `month`, `year`, `call`, `tone`, or "" for none. */
  readonly per: string;
  readonly start: number;
  readonly end: number;
}

export interface Features {
  readonly urls: readonly UrlFeature[];
  /** Digits only, with a leading `+` when written in international form (`+` or `00`). */
  readonly phones: readonly string[];
  readonly shortCodes: readonly string[];
  /** Lower case. */
  readonly emails: readonly string[];
  readonly money: readonly MoneyFeature[];
}

export interface Obfuscation {
  /** Invisible characters removed (zero-width, bidi controls, soft hyphens, lone surrogates...). */
  readonly invisible: number;
  /** Characters folded from a look-alike script or a fullwidth/mathematical/enclosed form. */
  readonly confusables: number;
  /** Words rebuilt from spaced-out letters ("F R E E"). */
  readonly spacedWords: number;
  readonly entities: number;
  /** Accented Latin letters folded to ASCII (not counted as obfuscation: é is ordinary writing). */
  readonly diacritics: number;
  /** C0/C1 control characters removed or read as Windows-1252 punctuation. */
  readonly controls: number;
  /** Defanged link parts refanged (`hxxp`, `[.]`, ` dot `, `[at]`). */
  readonly defanged: number;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Normalized {
  /** The message exactly as received. */
  readonly original: string;
  /** The canonical text that rules and the model see. */
  readonly text: string;
  readonly features: Features;
  readonly obfuscation: Obfuscation;
  /** The range of `original` that produced `text.slice(start, end)` (built on first use). */
  originalSpan(start: number, end: number): Span;
  /** Where in `original` the character at `index` of `text` came from. */
  originalIndex(index: number): number;
}

// ---------------------------------------------------------------------------------------------
// Edit traces: how each stage's output maps back to its input (only built for `originalSpan`)
// ---------------------------------------------------------------------------------------------

/** One stage's output as contiguous segments, each copied from (exact) or replacing an input span. */
class Trace {
  readonly outStart: number[] = [];
  readonly inStart: number[] = [];
  readonly inEnd: number[] = [];
  readonly exact: boolean[] = [];
  outLength = 0;
  inLength = 0;

  push(outStart: number, inStart: number, inEnd: number, exact: boolean): void {
    this.outStart.push(outStart);
    this.inStart.push(inStart);
    this.inEnd.push(inEnd);
    this.exact.push(exact);
  }

  #segment(p: number): number {
    let lo = 0;
    let hi = this.outStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.outStart[mid] as number) <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Input position of output position `p` (the start of a replaced span). */
  start(p: number): number {
    if (p >= this.outLength || this.outStart.length === 0) return this.inLength;
    const k = this.#segment(p);
    const inStart = this.inStart[k] as number;
    return this.exact[k] ? inStart + (p - (this.outStart[k] as number)) : inStart;
  }

  /** Input position of the exclusive end `p` (the end of a replaced span). */
  end(p: number): number {
    if (p <= 0) return this.start(0);
    if (this.outStart.length === 0) return this.inLength;
    const q = Math.min(p, this.outLength);
    const k = this.#segment(q - 1);
    const outStart = this.outStart[k] as number;
    return this.exact[k] ? (this.inStart[k] as number) + (q - outStart) : (this.inEnd[k] as number);
  }
}

/** Per-run counters and flags; `traces` is non-null only when an offset map is being built. */
interface State {
  invisible: number;
  confusables: number;
  spacedWords: number;
  entities: number;
  diacritics: number;
  controls: number;
  defanged: number;
  /** A look-alike letter was seen (stage 3 has work). */
  lookalikes: boolean;
  /** Refanged spans of the final text, with what was written there. */
  refangs: Refang[] | null;
  /** The survey flags of the final text (HAS_DIGIT, HAS_AT and HOST_DOT are what the features need). */
  flags: number;
  readonly traces: Trace[] | null;
}

interface Refang {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
}

function newState(traces: Trace[] | null): State {
  return {
    invisible: 0,
    confusables: 0,
    spacedWords: 0,
    entities: 0,
    diacritics: 0,
    controls: 0,
    defanged: 0,
    lookalikes: false,
    refangs: null,
    flags: 0,
    traces,
  };
}

/** A stage's output, built only once the stage changes something. */
class Out {
  text = '';
  changed = false;
  readonly #input: string;
  readonly #trace: Trace | null;

  constructor(input: string, st: State) {
    this.#input = input;
    if (st.traces) {
      this.#trace = new Trace();
      this.#trace.inLength = input.length;
      st.traces.push(this.#trace);
    } else {
      this.#trace = null;
    }
  }

  /** Copies `input[from, to)` unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.#trace?.push(this.text.length, from, to, true);
    this.text += this.#input.slice(from, to);
  }

  /** Writes `s` in place of `input[from, to)` (empty `s` deletes). */
  put(s: string, from: number, to: number): void {
    this.changed = true;
    if (s.length === 0) return;
    this.#trace?.push(this.text.length, from, to, false);
    this.text += s;
  }

  /** Copies the rest from `from` and returns the stage's result. */
  finish(from: number): string {
    this.copy(from, this.#input.length);
    if (this.#trace) this.#trace.outLength = this.text.length;
    return this.changed ? this.text : this.#input;
  }
}

// ---------------------------------------------------------------------------------------------
// Stage 1: characters
// ---------------------------------------------------------------------------------------------

const KEEP = 0; // unchanged
const FOLD = 1; // replaced, not obfuscation (punctuation, spaces, ligatures, symbols)
const CONFUSABLE = 2; // replaced, a look-alike form of a letter or digit
const DIACRITIC = 3; // accented Latin folded
const INVISIBLE = 4; // removed
const CONTROL = 5; // C0/C1 control removed or read as Windows-1252

interface Fold {
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

/** Pairs of characters "xX..." as a map from the first's code point to the second (all BMP). */
function pairs(list: string): Map<number, string> {
  const m = new Map<number, string>();
  for (let i = 0; i + 1 < list.length; i += 2) m.set(list.charCodeAt(i), list.charAt(i + 1));
  return m;
}

/** Look-alike letters of other scripts -> the ASCII letter they imitate. */
const LOOKALIKE: ReadonlyMap<number, string> = pairs(
  // Cyrillic
  'АAВBЕEЁEЅSІIЇIЈJКKМMНHОOРPСCТTХXУYҮYԚQԜWӀI' +
    'аaеeёeоoрpсcхxуyіiїiјjѕsһhԁdԛqԝwӏlүyкk' +
    // Greek
    'ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXϹCͿJ' +
    'αaοoνvιiκkρpυuχxγyεeτtωwϲcϳjηn' +
    // Armenian
    'ՕOՍUՏSԼLօoսuոnհhզqցg' +
    // Cherokee
    'ᎪAᏴBᏟCᎠDᎬEᏀGᎻHᎫJᏦKᏞLᎷMᏢPᏚSᎢTᏙVᎳWᏃZᏒR',
);

/** Finds the next look-alike quickly (a character class scan instead of a lookup per character). */
const LOOKALIKE_NEXT = new RegExp(
  `[${[...LOOKALIKE.keys()].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
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
  for (const [cp, to] of pairs('ᴀaʙbᴄcᴅdᴇeꜰfɢgʜhɪiᴊjᴋkʟlᴍmɴnᴏoᴘpꞯqʀrꜱsᴛtᴜuᴠvᴡwʏyᴢzɑaɡgɩiȷjǀl')) {
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

/** The fold of one code point (cached by `foldOf`). */
function computeSingle(cp: number): Fold {
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
  const f = computeCluster(String.fromCodePoint(cp));
  return mark ? fold(f.out, f.kind, f.look, true) : f;
}

/** The fold of a cluster: one code point and the combining marks that follow it. */
function computeCluster(cluster: string): Fold {
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

const CACHE_LIMIT = 8192;
const singleCache = new Map<number, Fold>();
const clusterCache = new Map<string, Fold>();

function foldOf(cp: number): Fold {
  let f = singleCache.get(cp);
  if (f === undefined) {
    f = computeSingle(cp);
    if (singleCache.size >= CACHE_LIMIT) singleCache.clear();
    singleCache.set(cp, f);
  }
  return f;
}

function foldOfCluster(cluster: string): Fold {
  let f = clusterCache.get(cluster);
  if (f === undefined) {
    f = computeCluster(cluster);
    if (clusterCache.size >= CACHE_LIMIT) clusterCache.clear();
    clusterCache.set(cluster, f);
  }
  return f;
}

function count(st: State, kind: number): void {
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

function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

function isRegionalIndicator(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== 0xd83c) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdde6 && d <= 0xddff;
}

/** Stage 1 over a message that has non-ASCII or control characters. */
function foldChars(input: string, st: State): string {
  const n = input.length;
  let w: Out | null = null;
  let run = 0; // start of the pending unchanged run
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20 ? c !== 0x7f : c >= 0x09 && c <= 0x0d) {
        i++;
        continue;
      }
      w ??= new Out(input, st);
      w.copy(run, i);
      w.put('', i, i + 1);
      st.controls++;
      run = ++i;
      continue;
    }
    if (isRegionalIndicator(input, i)) {
      let end = i;
      while (end < n && isRegionalIndicator(input, end)) end += 2;
      if (end - i === 4) {
        i = end; // a flag
        continue;
      }
      w ??= new Out(input, st);
      w.copy(run, i);
      for (let k = i; k < end; k += 2) {
        w.put(String.fromCharCode(65 + input.charCodeAt(k + 1) - 0xdde6), k, k + 2);
        st.confusables++;
      }
      run = i = end;
      continue;
    }
    const cp = codePointAt(input, i);
    const len = cp > 0xffff ? 2 : 1;
    const f = foldOf(cp);
    let start = i;
    let end = i + len;
    let multi = false;
    if (f.mark && i > run) {
      // A mark after an unchanged character: the cluster starts at that character.
      start = i - 1;
      const p = input.charCodeAt(start);
      if (p >= 0xdc00 && p <= 0xdfff && start > run) start--;
      multi = true;
    }
    while (end < n && input.charCodeAt(end) >= 0x300) {
      const next = codePointAt(input, end);
      if (!foldOf(next).mark) break;
      end += next > 0xffff ? 2 : 1;
      multi = true;
    }
    const g = multi ? foldOfCluster(input.slice(start, end)) : f;
    if (g.look) st.lookalikes = true;
    if (g.kind === KEEP) {
      i = end;
      continue;
    }
    w ??= new Out(input, st);
    w.copy(run, start);
    w.put(g.out, start, end);
    count(st, g.kind);
    run = i = end;
  }
  return w ? w.finish(run) : input;
}

// ---------------------------------------------------------------------------------------------
// Stage 2: HTML entities
// ---------------------------------------------------------------------------------------------

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,7}));/g;
const NAMED: ReadonlyMap<string, string> = new Map(
  (
    'amp & lt < gt > quot " apos \' nbsp \u00a0 pound £ euro € cent ¢ yen ¥ copy © reg ® trade ™ ' +
    'hellip … ndash – mdash — lsquo ‘ rsquo ’ sbquo ‚ ldquo “ rdquo ” bdquo „ laquo « raquo » ' +
    'middot · bull • times × divide ÷ deg ° sect § para ¶ iexcl ¡ iquest ¿ shy \u00ad zwj \u200d ' +
    'zwnj \u200c lrm \u200e rlm \u200f ensp \u2002 emsp \u2003 thinsp \u2009'
  )
    .split(' ')
    .flatMap((v, i, all) => (i % 2 === 0 ? [[v, all[i + 1] as string] as const] : [])),
);

function decodeEntities(input: string, st: State): string {
  ENTITY.lastIndex = 0;
  let w: Out | null = null;
  let last = 0;
  for (let m = ENTITY.exec(input); m !== null; m = ENTITY.exec(input)) {
    let cp: number | undefined;
    let named: string | undefined;
    if (m[1] !== undefined) cp = Number.parseInt(m[1], 10);
    else if (m[2] !== undefined) cp = Number.parseInt(m[2], 16);
    else named = NAMED.get((m[3] as string).toLowerCase());
    if (cp !== undefined) {
      if (cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) continue;
      named = String.fromCodePoint(cp);
    }
    if (named === undefined) continue;
    // What an entity decodes to is folded like any other character.
    let out = named;
    const c = named.codePointAt(0) as number;
    if (c >= 0x80 || c < 0x20 || c === 0x7f) {
      const f = foldOf(c);
      if (f.look) st.lookalikes = true;
      if (f.kind !== KEEP) out = f.out;
      count(st, f.kind);
    }
    w ??= new Out(input, st);
    w.copy(last, m.index);
    w.put(out, m.index, m.index + m[0].length);
    st.entities++;
    last = m.index + m[0].length;
  }
  return w ? w.finish(last) : input;
}

// ---------------------------------------------------------------------------------------------
// Stage 3: look-alikes of other scripts, by word
// ---------------------------------------------------------------------------------------------

const WORDISH = /^[\p{L}\p{M}\p{N}]/u;
const LETTER = /^\p{L}/u;
const LATIN = /^\p{Script=Latin}/u;
const WORD = 1;
const LETTER_BIT = 2;
const LATIN_BIT = 4;
const classCache = new Map<number, number>();

/** WORD | LETTER | LATIN bits of a code point. */
function classOf(cp: number): number {
  if (cp < 0x80) {
    if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return WORD | LETTER_BIT | LATIN_BIT;
    return cp >= 0x30 && cp <= 0x39 ? WORD : 0;
  }
  let k = classCache.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = (WORDISH.test(ch) ? WORD : 0) | (LETTER.test(ch) ? LETTER_BIT : 0) | (LATIN.test(ch) ? LATIN_BIT : 0);
    if (classCache.size >= CACHE_LIMIT) classCache.clear();
    classCache.set(cp, k);
  }
  return k;
}

/** At least as many Latin letters as letters of other scripts that are not look-alikes. */
function isLatinMessage(s: string): boolean {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < s.length; i++) {
    const cp = codePointAt(s, i);
    if (cp > 0xffff) i++;
    if (LOOKALIKE.has(cp)) continue;
    const k = classOf(cp);
    if (k & LATIN_BIT) latin++;
    else if (k & LETTER_BIT) other++;
  }
  return latin >= other;
}

function foldLookalikes(input: string, st: State): string {
  const n = input.length;
  let w: Out | null = null;
  let last = 0;
  let latinMessage: boolean | undefined;
  LOOKALIKE_NEXT.lastIndex = 0;
  for (let m = LOOKALIKE_NEXT.exec(input); m !== null; m = LOOKALIKE_NEXT.exec(input)) {
    const i = m.index;
    // The word around this look-alike.
    let ws = i;
    while (ws > 0) {
      let p = ws - 1;
      const c = input.charCodeAt(p);
      if (c >= 0xdc00 && c <= 0xdfff && p > 0) p--;
      if (!(classOf(codePointAt(input, p)) & WORD)) break;
      ws = p;
    }
    let we = i;
    let latin = 0;
    let other = 0;
    for (let k = ws; k < n; ) {
      const cp = codePointAt(input, k);
      const cls = classOf(cp);
      if (!(cls & WORD)) break;
      if (!LOOKALIKE.has(cp)) {
        if (cls & LATIN_BIT) latin++;
        else if (cls & LETTER_BIT) other++;
      }
      k += cp > 0xffff ? 2 : 1;
      we = k;
    }
    // Mixed with Latin: an attack. Has a letter of its own script: writing. Only look-alikes:
    // an attack when the message around it is Latin-script.
    if (latin === 0 && other === 0 && latinMessage === undefined) latinMessage = isLatinMessage(input);
    const foldWord = latin > 0 || (other === 0 && latinMessage === true);
    if (foldWord) {
      w ??= new Out(input, st);
      for (let k = ws; k < we; k++) {
        const to = LOOKALIKE.get(input.charCodeAt(k));
        if (to === undefined) continue;
        w.copy(last, k);
        w.put(to, k, k + 1);
        st.confusables++;
        last = k + 1;
      }
    }
    LOOKALIKE_NEXT.lastIndex = we;
  }
  return w ? w.finish(last) : input;
}

// ---------------------------------------------------------------------------------------------
// Stage 4: spaced-out words
// ---------------------------------------------------------------------------------------------

const SPACED =
  /(?<![\p{L}\p{N}\p{M}'])[A-Za-z0-9]( ?[.\-_*·•] ?| )[A-Za-z0-9](?:\1[A-Za-z0-9])+(?![\p{L}\p{N}\p{M}])/gu;
/** Letters that SMS writes as words of their own: a b(be) c(see) d(the) i n(and) o r(are) u x y(why). */
const SMS_LETTERS = new Set('abcdinoruxy');

const DIGIT = 0;
const UPPER = 1;
const LOWER = 2;
const TITLE = 3;

function unitClass(c: number): number {
  if (c <= 0x39) return DIGIT;
  return c <= 0x5a ? UPPER : LOWER;
}

function collapseSpaced(input: string, st: State): string {
  SPACED.lastIndex = 0;
  let m = SPACED.exec(input);
  if (m === null) return input;
  let w: Out | null = null;
  let last = 0;
  for (; m !== null; m = SPACED.exec(input)) {
    const sep = m[1] as string;
    const stride = sep.length + 1;
    const units = (m[0].length + sep.length) / stride;
    const base = m.index;
    const at = (u: number) => base + u * stride;
    let segStart = 0;
    let pattern = unitClass(input.charCodeAt(at(0)));
    for (let u = 1; u <= units; u++) {
      if (u < units) {
        const cls = unitClass(input.charCodeAt(at(u)));
        let next = pattern;
        if (cls === DIGIT || pattern === DIGIT) next = cls === pattern ? pattern : -1;
        else if (cls === LOWER && pattern === UPPER && u - segStart === 1) next = TITLE;
        else if (cls === LOWER && (pattern === LOWER || pattern === TITLE)) next = pattern;
        else if (cls === UPPER && pattern === UPPER) next = UPPER;
        else next = -1;
        if (next !== -1) {
          pattern = next;
          continue;
        }
      }
      // A segment of one type and case pattern: units [segStart, u).
      const size = u - segStart;
      let collapse = false;
      if (pattern === DIGIT) {
        collapse = sep === ' ' && size >= 4;
      } else if (size >= 3) {
        let plain = false;
        for (let k = segStart; k < u; k++) {
          if (!SMS_LETTERS.has(String.fromCharCode(input.charCodeAt(at(k)) | 0x20))) plain = true;
        }
        collapse = plain || (size >= 4 && pattern === UPPER);
      }
      if (collapse) {
        let word = '';
        for (let k = segStart; k < u; k++) word += input.charAt(at(k));
        w ??= new Out(input, st);
        w.copy(last, at(segStart));
        w.put(word, at(segStart), at(u - 1) + 1);
        last = at(u - 1) + 1;
        st.spacedWords++;
      }
      if (u < units) {
        segStart = u;
        pattern = unitClass(input.charCodeAt(at(u)));
      } else if (!collapse) {
        // The last letter may start a run with another separator: "e. g. H O R O".
        SPACED.lastIndex = at(units - 1);
      }
    }
  }
  return w ? w.finish(last) : input;
}

// ---------------------------------------------------------------------------------------------
// Stage 5: whitespace
// ---------------------------------------------------------------------------------------------

const WHITESPACE = /\s+/g;

function collapseWhitespace(input: string, st: State): string {
  WHITESPACE.lastIndex = 0;
  let w: Out | null = null;
  let last = 0;
  for (let m = WHITESPACE.exec(input); m !== null; m = WHITESPACE.exec(input)) {
    const a = m.index;
    const b = a + m[0].length;
    const edge = a === 0 || b === input.length;
    if (!edge && b - a === 1 && input.charCodeAt(a) === 0x20) continue;
    w ??= new Out(input, st);
    w.copy(last, a);
    w.put(edge ? '' : ' ', a, b);
    last = b;
  }
  return w ? w.finish(last) : input;
}

// ---------------------------------------------------------------------------------------------
// Stage 6: defanged links
// ---------------------------------------------------------------------------------------------

/** Known top-level domains: generic ones seen in SMS and every two-letter country code. */
const TLDS: ReadonlySet<string> = new Set(
  (
    'com net org info biz edu gov mil int mobi name pro aero asia cat coop jobs tel travel xxx xyz top site ' +
    'online store shop club app dev page live life link click win vip loan bid icu buzz cam rest work world ' +
    'today support help email tech space website fun love money cash bank finance capital credit cards gold ' +
    'lol best cool one ink blog news party stream download racing review date faith science trade webcam men ' +
    'accountant cricket kim country gdn host press services solutions digital network zone media games ' +
    'casino bet poker tips deals sale bargains discount gift gifts promo coupons delivery express parcel ' +
    'post taxi' +
    ' ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by ' +
    'bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi ' +
    'fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in ' +
    'io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md ' +
    'me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe ' +
    'pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st ' +
    'su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu ' +
    'wf ws ye yt za zm zw'
  ).split(' '),
);

/**
 * Top-level domains that are also English or SMS words ("it.is", "ok.so", "me.too", "10.am"): a
 * bare host ending in one of them needs more evidence (a scheme, `www.`, a path, a known shortener,
 * a defanged dot) to count as a link.
 */
const WORDY_TLDS: ReadonlySet<string> = new Set(
  (
    'am an as at be by do go id im in is it la ma me mo my ne no pa pm re sh so st to us ye ' +
    'app bet cash club date fun gift help life link live love money news one page party post sale shop ' +
    'site store taxi tips today win work world zone best cool deals games'
  ).split(' '),
);

/**
 * Cheap, abuse-prone TLDs that count as a link bare ("costco-member.club") even when they are also
 * words; a wordy one ("club", "live", "site", "online") only when its host has a hyphen or a digit,
 * so prose such as "at the club.live music" stays text.
 */
const CHEAP_TLDS: ReadonlySet<string> = new Set(
  'club site online live top xyz icu buzz cyou vip click sbs cfd bond rest monster quest lat shop store fun win loan'.split(
    ' ',
  ),
);
const HYPHEN_OR_DIGIT = /[-0-9]/;

const SHORTENERS: ReadonlySet<string> = new Set(
  (
    'bit.ly bitly.com tinyurl.com t.co goo.gl ow.ly is.gd cutt.ly rb.gy shorturl.at tiny.cc rebrand.ly s.id ' +
    'buff.ly t.ly v.gd bl.ink short.io tiny.one lnkd.in x.co shorte.st adf.ly bc.vc soo.gd clck.ru u.to ' +
    'tr.im snip.ly bit.do mcaf.ee amzn.to wp.me fb.me db.tt cli.gs qrco.de surl.li shrtco.de urlz.fr ' +
    'rotf.lol 2no.co 1url.com t2m.io bitly.ws tny.im shorturl.com gg.gg zpr.io urlzs.com hyperurl.co ' +
    'linkd.in trib.al dlvr.it youtu.be x.gd short.gy tinylink.net'
  ).split(' '),
);

/** First labels that make " dot " prose, not a host ("the dot com boom"). */
const PROSE_LABELS: ReadonlySet<string> = new Set(
  'the a an of on in at to by and or is my your his her our their this that polka per one each every any no'.split(
    ' ',
  ),
);

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const DEFANGED_DOT = String.raw`\s?[\[({](?:\.|dot)[\])}]\s?|\s(?:dot|\.)\s`;
const REFANG = new RegExp(
  String.raw`\b(h(?:xx|\*\*|tt)p(s?)(?::\/\/|\[:\]\/\/|\(:\)\/\/|\[:\/\/\]|\/\/(?=[a-z0-9])))` +
    String.raw`|(?<=[a-z0-9._%+-])(\s?(?:\[at\]|\(at\)|\{at\}|\[@\]|\(@\))\s?)(?=${LABEL}(?:\.|${DEFANGED_DOT})[a-z])` +
    String.raw`|(?<![a-z0-9.-])(${LABEL}(?:(?:\.|${DEFANGED_DOT})${LABEL})+)`,
  'gi',
);
const HOST_SEP = new RegExp(String.raw`${DEFANGED_DOT}|\.`, 'gi');
const LOOSE_SEP = /^\s(?:dot|\.)\s$/i;
const ALPHA_TLD = /^[a-z]{2,24}$/i;

/** A refanged host, or undefined when the match is not a defanged host. */
function refangHost(host: string): string | undefined {
  HOST_SEP.lastIndex = 0;
  const labels: string[] = [];
  let defanged = false;
  let loose = false;
  let last = 0;
  for (let m = HOST_SEP.exec(host); m !== null; m = HOST_SEP.exec(host)) {
    labels.push(host.slice(last, m.index));
    if (m[0] !== '.') {
      defanged = true;
      if (LOOSE_SEP.test(m[0])) loose = true;
    }
    last = m.index + m[0].length;
  }
  labels.push(host.slice(last));
  if (!defanged) return undefined;
  const tld = labels[labels.length - 1] as string;
  if (!ALPHA_TLD.test(tld)) return undefined;
  if (loose && (!TLDS.has(tld.toLowerCase()) || PROSE_LABELS.has((labels[0] as string).toLowerCase())))
    return undefined;
  return labels.join('.');
}

function refang(input: string, st: State): string {
  REFANG.lastIndex = 0;
  let w: Out | null = null;
  let last = 0;
  for (let m = REFANG.exec(input); m !== null; m = REFANG.exec(input)) {
    let out: string | undefined;
    if (m[1] !== undefined) {
      const canonical = `http${m[2]?.toLowerCase() ?? ''}://`;
      if (m[1].toLowerCase() !== canonical) out = canonical;
    } else if (m[3] !== undefined) {
      out = '@';
    } else if (m[4] !== undefined) {
      out = refangHost(m[4]);
    }
    if (out === undefined) continue;
    w ??= new Out(input, st);
    w.copy(last, m.index);
    const start = w.text.length;
    w.put(out, m.index, m.index + m[0].length);
    st.refangs ??= [];
    st.refangs.push({ start, end: start + out.length, raw: m[0] });
    st.defanged++;
    last = m.index + m[0].length;
  }
  return w ? w.finish(last) : input;
}

// ---------------------------------------------------------------------------------------------
// Features
// ---------------------------------------------------------------------------------------------

const EMAIL =
  /(?<![\w.%+-])[a-z0-9][a-z0-9._%+-]{0,63}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?![a-z-])/gi;
const URL =
  /(?:(https?):\/\/|(?<![\w@.\-/]))((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,24}|xn--[a-z0-9-]{1,59})(?![a-z-])|(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d))(:\d{1,5}(?!\d))?([/?#][^\s<>"]*)?/gi;
const URL_TRAILING = /[.,!?;:'")\]}]+$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const CAPITALISED = /^[A-Z][a-z]+$/;

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,7}(?:[.,]\d{1,2}(?!\d))?`;
const MULT = String.raw`(?:(k|m|bn)(?![a-z])|\s(million|thousand|grand)\b)?`;
const PER = String.raw`(?:(?:\s?\/\s?|\s?per\s|\sa\s)(message|msg|mtmsg|txt|text|sms|minute|mins?|pm|week|wk|day|month|mnth|mth|year|yr|call|tone)|(pm|pw|ppm|pmin|pmsg)(?![a-z]))?`;
const MONEY = new RegExp(
  String.raw`(?<![\d.,£$€¥₹])(£|€|\$|¥|₹|\b(?:rs|inr|usd|gbp|eur)(?![a-z])\.?)\s?(${NUM})${MULT}${PER}` +
    String.raw`|(?<![\d.,£$€¥₹])(${NUM})${MULT}\s?(ppm|pence|p(?<=\dp)(?!\.m)|pounds?|quid|dollars?|bucks|euros?|usd|gbp|eur|inr|rupees?|yen|€)(?![a-z])${PER}`,
  'gi',
);
/** A UK number written straight into its price: "08700621170150p" is 08700621170 at 150p. */
const GLUED_PRICE = /(?<!\d)(0\d{10})(\d{1,4}(?:\.\d{1,2})?)(ppm|pence|p|gbp)(?![a-z])/gi;

const PHONE = /(?<![\d+])(?:\+\s?)?\(?\d[\d ().-]{5,22}\d(?!\d)/g;
const DIGITS = /\d+/g;
const NON_DIGITS = /\D/g;
const DATE_LIKE = /^(?:\d{4}[-. ]\d{1,2}[-. ]\d{1,2}|\d{1,2}[-. ]\d{1,2}[-. ]\d{2,4})$/;
const NANP = /^\(?[2-9]\d{2}\)?[ .-]?[2-9]\d{2}[ .-]?\d{4}$/;
const NANP_1 = /^1[ .-]?\(?[2-9]\d{2}\)?[ .-]?[2-9]\d{2}[ .-]?\d{4}$/;
const LOCAL_7 = /^[2-9]\d{2}-\d{4}$/;

const SHORT_CODE = /(?<![\d.,:/#£$€¥₹+-])\d{4,6}(?!\d|[.,:/]\d)/g;
const SHORT_CODE_CONTEXT =
  /\b(?:text|txt|texting|txting|send|sending|reply|sms|msg|message)\b[^.!?]{0,40}?(?:\bto|\b2|\bon)(?:\s(?:no|number)\b\.?:?)?\s?$/i;
const NOT_SHORT_CODE =
  /(?:\b(?:code|pin|otp|password|passcode|pwd|ref|reference|order|acct|account|id|no|number|invoice|booking|ticket|flight|room|postcode|zip)\b(?:\s(?:is|was|=))?\W{0,3}|#\s?)$/i;
const UNIT_AFTER =
  /^\s?(?:p|ppm|pm|am|mb|gb|kb|k|km|kg|mph|x|mins?|secs?|hrs?|days?|pts|points|yrs?|%|st|nd|rd|th)(?![a-z])/i;

const NONE: readonly never[] = Object.freeze([]);

/**
 * Character ranges already taken by a feature. They never overlap, so sorted by start they are
 * sorted by end too, and both the check and the insertion are a binary search (a message made of
 * thousands of prices stays linear).
 */
class Claims {
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];

  /** Index of the first range that ends after `p`. */
  #firstEndingAfter(p: number): number {
    let lo = 0;
    let hi = this.#ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#ends[mid] as number) <= p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlaps(start: number, end: number): boolean {
    const k = this.#firstEndingAfter(start);
    return k < this.#starts.length && (this.#starts[k] as number) < end;
  }

  add(start: number, end: number): void {
    const k = this.#firstEndingAfter(start);
    this.#starts.splice(k, 0, start);
    this.#ends.splice(k, 0, end);
  }
}

function findEmails(text: string, claims: Claims): readonly string[] {
  const out: string[] = [];
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) {
    out.push(m[0].toLowerCase());
    claims.add(m.index, m.index + m[0].length);
  }
  return out;
}

function isDefanged(refangs: readonly Refang[] | null, start: number, end: number): Refang[] | undefined {
  if (!refangs) return undefined;
  let hit: Refang[] | undefined;
  for (const r of refangs) {
    if (r.start < end && r.end > start) {
      hit ??= [];
      hit.push(r);
    }
  }
  return hit;
}

function findUrls(text: string, claims: Claims, refangs: readonly Refang[] | null): UrlFeature[] {
  const out: UrlFeature[] = [];
  URL.lastIndex = 0;
  for (let m = URL.exec(text); m !== null; m = URL.exec(text)) {
    const scheme = (m[1] ?? '').toLowerCase();
    const hostRaw = m[2] as string;
    let path = m[4] ?? '';
    const trail = URL_TRAILING.exec(path);
    if (trail) path = path.slice(0, trail.index);
    const start = m.index;
    const end = m.index + m[0].length - ((m[4]?.length ?? 0) - path.length);
    if (claims.overlaps(start, end)) continue;
    const host = hostRaw.toLowerCase();
    const ipMatch = IPV4.exec(host);
    const ip = ipMatch?.slice(1).every((o) => Number(o) <= 255) === true;
    const labels = host.split('.');
    const tld = ip ? '' : (labels[labels.length - 1] as string);
    const bare = host.startsWith('www.') ? host.slice(4) : host;
    const shortener = SHORTENERS.has(bare);
    const defangedBy = isDefanged(refangs, start, end);
    const port = m[3] !== undefined;
    if (ip) {
      // "1.2.3.4" alone is as likely a version number.
      if (!scheme && !defangedBy && !path && !port) continue;
    } else if (!scheme && !defangedBy && !shortener && !host.startsWith('www.')) {
      // A bare host: a known TLD, and when it has no path, one that is not also a word and not
      // capitalised like the start of a sentence ("...end.Then", "it.Is").
      if (!TLDS.has(tld)) continue;
      const cheap = CHEAP_TLDS.has(tld) && (!WORDY_TLDS.has(tld) || HYPHEN_OR_DIGIT.test(host));
      if (!path && !port && !cheap) {
        if (WORDY_TLDS.has(tld)) continue;
        if (CAPITALISED.test(hostRaw.slice(hostRaw.length - tld.length))) continue;
      }
    }
    claims.add(start, end);
    const url = text.slice(start, end);
    let raw = url;
    if (defangedBy) {
      raw = '';
      let at = start;
      for (const r of defangedBy) {
        raw += text.slice(at, Math.max(at, r.start)) + r.raw;
        at = r.end;
      }
      raw += text.slice(Math.min(at, end), end);
    }
    out.push({
      raw,
      host,
      tld,
      defanged: defangedBy !== undefined,
      url,
      scheme,
      path,
      ip,
      shortener,
      start,
      end,
    });
  }
  return out;
}

function currencyOf(symbol: string): string {
  switch (symbol.toLowerCase().replace(/\.$/, '')) {
    case '£':
    case 'gbp':
    case 'pound':
    case 'pounds':
    case 'quid':
    case 'p':
    case 'pence':
    case 'ppm':
      return 'GBP';
    case '€':
    case 'eur':
    case 'euro':
    case 'euros':
      return 'EUR';
    case '¥':
    case 'yen':
      return 'JPY';
    case '₹':
    case 'rs':
    case 'inr':
    case 'rupee':
    case 'rupees':
      return 'INR';
    default:
      return 'USD';
  }
}

function perOf(token: string | undefined): string {
  if (token === undefined) return '';
  switch (token.toLowerCase()) {
    case 'message':
    case 'msg':
    case 'mtmsg':
    case 'pmsg':
    case 'txt':
    case 'text':
    case 'sms':
      return 'msg';
    case 'minute':
    case 'min':
    case 'mins':
    case 'pm':
    case 'ppm':
    case 'pmin':
      return 'min';
    case 'week':
    case 'wk':
    case 'pw':
      return 'week';
    case 'month':
    case 'mnth':
    case 'mth':
      return 'month';
    case 'year':
    case 'yr':
      return 'year';
    default:
      return token.toLowerCase();
  }
}

function amountOf(num: string, mult: string | undefined): number {
  let s = num;
  if (/,\d{3}/.test(s)) s = s.replace(/,/g, '');
  else s = s.replace(',', '.');
  let n = Number(s);
  switch (mult?.toLowerCase()) {
    case 'k':
    case 'thousand':
    case 'grand':
      n *= 1e3;
      break;
    case 'm':
    case 'million':
      n *= 1e6;
      break;
    case 'bn':
      n *= 1e9;
      break;
  }
  return n;
}

function findMoney(text: string, claims: Claims, phones: [number, string][]): MoneyFeature[] {
  const out: MoneyFeature[] = [];
  GLUED_PRICE.lastIndex = 0;
  for (let m = GLUED_PRICE.exec(text); m !== null; m = GLUED_PRICE.exec(text)) {
    const phone = m[1] as string;
    const unit = (m[3] as string).toLowerCase();
    const amount = Number(m[2]) / (unit === 'gbp' ? 1 : 100);
    const start = m.index + phone.length;
    const end = m.index + m[0].length;
    phones.push([m.index, phone]);
    claims.add(m.index, end);
    out.push({
      raw: text.slice(start, end),
      currency: 'GBP',
      amount,
      per: unit === 'ppm' ? 'min' : '',
      start,
      end,
    });
  }
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text); m !== null; m = MONEY.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (claims.overlaps(start, end)) continue;
    let currency: string;
    let amount: number;
    let per: string;
    if (m[1] !== undefined) {
      currency = currencyOf(m[1]);
      amount = amountOf(m[2] as string, m[3] ?? m[4]);
      per = perOf(m[5] ?? m[6]);
    } else {
      const unit = (m[10] as string).toLowerCase();
      currency = currencyOf(unit);
      amount = amountOf(m[7] as string, m[8] ?? m[9]);
      if (unit === 'p' || unit === 'pence' || unit === 'ppm') amount /= 100;
      per = unit === 'ppm' ? 'min' : perOf(m[11] ?? m[12]);
    }
    claims.add(start, end);
    out.push({ raw: m[0], currency, amount, per, start, end });
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}

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

function findPhones(text: string, claims: Claims, found: [number, string][]): readonly string[] {
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

function findShortCodes(text: string, claims: Claims): readonly string[] {
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

const NO_FEATURES: Features = Object.freeze({
  urls: NONE,
  phones: NONE,
  shortCodes: NONE,
  emails: NONE,
  money: NONE,
});

/** The features of the final text; `flags` is its survey (a host needs a dot between two labels). */
function extractFeatures(text: string, flags: number, refangs: readonly Refang[] | null): Features {
  const digit = (flags & HAS_DIGIT) !== 0;
  const dot = (flags & HOST_DOT) !== 0;
  const at = (flags & HAS_AT) !== 0;
  if (!digit && !dot) return NO_FEATURES;
  const claims = new Claims();
  const emails = at ? findEmails(text, claims) : NONE;
  const urls = dot ? findUrls(text, claims, refangs) : NONE;
  if (!digit) return { urls, phones: NONE, shortCodes: NONE, emails, money: NONE };
  const phoneList: [number, string][] = [];
  const money = findMoney(text, claims, phoneList);
  const phones = findPhones(text, claims, phoneList);
  const shortCodes = findShortCodes(text, claims);
  return { urls, phones, shortCodes, emails, money };
}

// ---------------------------------------------------------------------------------------------
// The pipeline
// ---------------------------------------------------------------------------------------------

const NEEDS_CHARS = 1;
const HAS_AMP = 2;
const ODD_SPACE = 4;
/** Three single letters or digits in a row, one to three characters apart (stage 4 may have work). */
const SINGLES = 8;
/** A bracket, " . ", " dot " or "h..p" (stage 6 may have work). */
const DEFANG = 16;
/** For the features: a digit, an "@", a dot between two letters or digits. */
const HAS_DIGIT = 32;
const HAS_AT = 64;
const HOST_DOT = 128;

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
function survey(s: string): number {
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

/** The canonical text of `original`; `st.flags` ends up describing it. */
function pipeline(original: string, st: State): string {
  let flags = survey(original);
  let s = original;
  if (flags & NEEDS_CHARS) {
    s = foldChars(s, st);
    if (s !== original) flags = survey(s);
  }
  if (flags & HAS_AMP) {
    const before = s;
    s = decodeEntities(s, st);
    if (s !== before) flags = survey(s);
  }
  if (st.lookalikes) {
    const before = s;
    s = foldLookalikes(s, st);
    if (s !== before) flags = survey(s);
  }
  if (flags & SINGLES) s = collapseSpaced(s, st);
  if (flags & ODD_SPACE) s = collapseWhitespace(s, st);
  if (flags & DEFANG) {
    const before = s;
    s = refang(s, st);
    if (s !== before) flags = survey(s); // "[at]" made an "@", "[.]" a dot between labels
  }
  // Rebuilding spaced words and collapsing spaces add no digit, "@" or dot between letters.
  st.flags = flags;
  return s;
}

class NormalizedMessage implements Normalized {
  readonly original: string;
  readonly text: string;
  readonly features: Features;
  readonly obfuscation: Obfuscation;
  #traces: readonly Trace[] | undefined;

  constructor(original: string, text: string, features: Features, obfuscation: Obfuscation) {
    this.original = original;
    this.text = text;
    this.features = features;
    this.obfuscation = obfuscation;
  }

  originalSpan(start: number, end: number): Span {
    if (this.#traces === undefined) {
      const traces: Trace[] = [];
      const again = pipeline(this.original, newState(traces));
      if (again !== this.text) throw new Error('normalize: the traced run differs from the first run');
      this.#traces = traces;
    }
    let s = Math.max(0, Math.min(start, this.text.length));
    let e = Math.max(s, Math.min(end, this.text.length));
    for (let k = this.#traces.length - 1; k >= 0; k--) {
      const t = this.#traces[k] as Trace;
      const ns = t.start(s);
      e = e > s ? t.end(e) : ns;
      s = ns;
    }
    return { start: s, end: e };
  }

  originalIndex(index: number): number {
    return this.originalSpan(index, index + 1).start;
  }
}

export function normalize(original: string): Normalized {
  const st = newState(null);
  const text = pipeline(original, st);
  const features = extractFeatures(text, st.flags, st.refangs);
  return new NormalizedMessage(original, text, features, {
    invisible: st.invisible,
    confusables: st.confusables,
    spacedWords: st.spacedWords,
    entities: st.entities,
    diacritics: st.diacritics,
    controls: st.controls,
    defanged: st.defanged,
  });
}
