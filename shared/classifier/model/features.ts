/**
 * What the statistical layer reads of a message, as hashed feature buckets: character n-grams of
 * the folded text, words and word pairs, and a few generic message features (length, shouting,
 * links and what is known of them, numbers, money, obfuscation, the sender's kind).
 *
 * One pass extracts them into a reused buffer; the same pass names them when asked (explanations
 * and tests), so naming can never drift from scoring.
 */

/** Names the extraction below; a model trained with another one is refused. */
export const FEATURE_SET = 'hashed-ngrams-v3';

/**
 * Meta features that may only raise a message's junk odds: hiding the text (look-alike letters,
 * invisible characters, spaced words) or writing all of it in capitals (small capitals are read as
 * capitals) may cost a sender, never help one. Unconstrained, the model learned "all in capitals"
 * as a wanted sign from banks' shouted notices (-2.2 log-odds), and a spammer's caps-lock key
 * dodged it. Training keeps their junk weight at least every other folder's (`train-text.ts`).
 */
export const NEVER_LESS_JUNK: readonly string[] = ['obfuscation:1', 'obfuscation:3', 'caps:all'];

/** Message-level facts the normaliser, the link reader and the sender reader found. */
export interface TextSignals {
  readonly urls: number;
  readonly defangedUrls: number;
  /** Links through a URL shortener or redirector (their destination is hidden). */
  readonly shortenerUrls: number;
  /** Links to a raw IP address. */
  readonly ipUrls: number;
  /** Links on an abuse-prone top-level domain. */
  readonly riskyTldUrls: number;
  /** Links to a domain that is not the official one of a brand the message names. */
  readonly brandMismatchUrls: number;
  /** Links to the official domain of a brand the message names. */
  readonly brandUrls: number;
  /** Links to a well-known content platform (a video, a map, a post). */
  readonly platformUrls: number;
  /** Links to a plain domain the text names in its own words ("Estafeta: ... estafeta.com"). */
  readonly selfNamedUrls: number;
  /** Links whose host wears another address inside it (`LinkFacts.deceptive`). */
  readonly deceptiveUrls: number;
  /** Top-level domains of the first links (lower case). */
  readonly tlds: readonly string[];
  readonly phones: number;
  readonly shortCodes: number;
  readonly emails: number;
  readonly money: number;
  /** The largest money amount mentioned (0 when none). */
  readonly maxMoney: number;
  /** Amounts charged per message, minute, week... ("150p/msg"). */
  readonly pricedMoney: number;
  /** Invisible characters, look-alikes and spaced-out words folded. */
  readonly obfuscation: number;
  /**
   * The sender as a feature ("shortcode", "alpha", "email", "phone:mobile" ...), or "" when the
   * phone gave none. Corpora without senders train with "": a missing sender adds nothing.
   */
  readonly sender: string;
}

export const NO_SIGNALS: TextSignals = Object.freeze({
  urls: 0,
  defangedUrls: 0,
  shortenerUrls: 0,
  ipUrls: 0,
  riskyTldUrls: 0,
  brandMismatchUrls: 0,
  brandUrls: 0,
  platformUrls: 0,
  selfNamedUrls: 0,
  deceptiveUrls: 0,
  tlds: Object.freeze([]) as readonly string[],
  phones: 0,
  shortCodes: 0,
  emails: 0,
  money: 0,
  maxMoney: 0,
  pricedMoney: 0,
  obfuscation: 0,
  sender: '',
});

/** What the text model reads: the normalised text and the signals. */
export interface ModelInput {
  readonly text: string;
  readonly signals: TextSignals;
}

/** `text` features are scaled by 1/sqrt(count of text features), `meta` ones count 1. */
export type FeatureGroup = 'text' | 'meta';

/** Receives each feature with its readable name (the slow, explaining path). */
export type FeatureNamer = (name: string, bucket: number, group: FeatureGroup) => void;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED_WORD = 0x2f6b1d03;
const SEED_CHARS = 0x5bd1e995;

/** murmur3's finaliser: spreads a 32-bit hash over the low bits the mask keeps. */
function mix(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

function fnv(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

/** After lower-casing: letters, digits (folded to `0`), apostrophes and currency signs make words. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || c === 48 || c === 39 || c === 36;
  if (c === 163 || c === 8364 || c === 8217) return true;
  if (c < 0xc0 || (c >= 0xd800 && c <= 0xdfff)) return false;
  return NON_ASCII_WORD.test(String.fromCharCode(c));
}

/**
 * Scripts written without spaces whose characters carry a word's weight each: Han, kana and
 * Hangul syllables. Each is a word of its own (so word pairs are character pairs) and counts as
 * three characters of length.
 */
function isIdeographic(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7af)
  );
}

/** Digits fold to `0`, the typographic apostrophe to `'`, whitespace to a space. */
function foldCode(c: number): number {
  if (c >= 48 && c <= 57) return 48;
  if (c === 8217) return 39;
  if (c === 9 || c === 10 || c === 13 || c === 160) return 32;
  return c;
}

/**
 * Generic message features: each a name, hashed like the others, with value 1. `units` is the
 * length with ideographs counted three times, so a Chinese message is not read as a short one.
 */
function metaNames(text: string, signals: TextSignals, units: number, words: number, caps: number): string[] {
  const out: string[] = [];
  out.push(`len:${Math.min(Math.floor(units / 40), 5)}`);
  if (caps > 0) out.push(`caps:${Math.min(caps, 3)}`);
  if (words >= 4 && caps === words) out.push('caps:all');
  let excl = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 33) excl++;
  if (excl > 0) out.push(`excl:${Math.min(excl, 3)}`);
  const s = signals;
  if (s.urls > 0) out.push(`url:${Math.min(s.urls, 2)}`);
  if (s.defangedUrls > 0) out.push('url:defanged');
  if (s.shortenerUrls > 0) out.push('url:shortener');
  if (s.ipUrls > 0) out.push('url:ip');
  if (s.riskyTldUrls > 0) out.push('url:risky-tld');
  if (s.brandMismatchUrls > 0) out.push('url:brand-mismatch');
  if (s.brandUrls > 0) out.push('url:brand');
  if (s.platformUrls > 0) out.push('url:platform');
  if (s.selfNamedUrls > 0) out.push('url:self-named');
  if (s.deceptiveUrls > 0) out.push('url:deceptive');
  for (let i = 0; i < s.tlds.length && i < 2; i++) out.push(`tld:${s.tlds[i]}`);
  if (s.phones > 0) out.push(`phone:${Math.min(s.phones, 2)}`);
  if (s.shortCodes > 0) out.push('shortcode');
  if (s.emails > 0) out.push('email');
  if (s.money > 0) out.push(`money:${Math.min(s.money, 2)}`);
  if (s.maxMoney >= 1) out.push(`money:1e${Math.min(Math.floor(Math.log10(s.maxMoney)), 4)}`);
  if (s.pricedMoney > 0) out.push('money:priced');
  if (s.obfuscation > 0) out.push(`obfuscation:${s.obfuscation >= 3 ? 3 : 1}`);
  if (s.sender !== '') out.push(`sender:${s.sender}`);
  return out;
}

/**
 * Extracts features into a reused buffer: `buffer[0..textCount)` are text buckets (with
 * repeats), `buffer[textCount..total)` meta buckets.
 */
export class Featurizer {
  readonly bits: number;
  readonly minGram: number;
  readonly maxGram: number;
  readonly #mask: number;
  readonly #metaBuckets = new Map<string, number>();
  #codes = new Uint16Array(512);
  buffer = new Int32Array(2048);
  textCount = 0;
  total = 0;

  constructor(bits: number, charGrams: readonly [number, number]) {
    if (!Number.isInteger(bits) || bits < 8 || bits > 24)
      throw new RangeError(`bits must be 8..24 (got ${bits})`);
    const [lo, hi] = charGrams;
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < 1 || hi < lo || hi > 8) {
      throw new RangeError(`charGrams must be [min, max] within 1..8 (got ${String(charGrams)})`);
    }
    this.bits = bits;
    this.minGram = lo;
    this.maxGram = hi;
    this.#mask = (1 << bits) - 1;
  }

  #push(bucket: number): void {
    if (this.total === this.buffer.length) {
      const bigger = new Int32Array(this.buffer.length * 2);
      bigger.set(this.buffer);
      this.buffer = bigger;
    }
    this.buffer[this.total++] = bucket;
  }

  /** The bucket of a meta feature (a few dozen names, so cached). */
  metaBucket(name: string): number {
    let b = this.#metaBuckets.get(name);
    if (b === undefined) {
      b = mix(fnv(`m:${name}`)) & this.#mask;
      this.#metaBuckets.set(name, b);
    }
    return b;
  }

  /** Fills `buffer`, `textCount` and `total` for one message; `namer` also receives every feature named. */
  extract(input: ModelInput, namer?: FeatureNamer): void {
    const text = input.text;
    const lower = text.toLowerCase();
    const n = lower.length;
    if (this.#codes.length < n + 2) this.#codes = new Uint16Array(2 * n + 2);
    const codes = this.#codes;
    codes[0] = 32;
    let ideographs = 0;
    for (let i = 0; i < n; i++) {
      const c = foldCode(lower.charCodeAt(i));
      codes[i + 1] = c;
      if (c >= 0x3040 && isIdeographic(c)) ideographs++;
    }
    codes[n + 1] = 32;
    const len = n + 2;
    const mask = this.#mask;
    const minGram = this.minGram;
    const maxGram = this.maxGram;
    const str = namer ? (a: number, b: number) => String.fromCharCode(...codes.subarray(a, b)) : null;
    this.total = 0;
    // Character n-grams over the padded, folded text.
    for (let i = 0; i + minGram <= len; i++) {
      let h = SEED_CHARS;
      for (let j = 0; j < maxGram && i + j < len; j++) {
        h = Math.imul(h ^ (codes[i + j] as number), FNV_PRIME);
        if (j + 1 >= minGram) {
          const bucket = mix(h ^ (j + 1)) & mask;
          this.#push(bucket);
          if (str) (namer as FeatureNamer)(`chars:${str(i, i + j + 1)}`, bucket, 'text');
        }
      }
    }
    // Words and word pairs; an ideograph is a word of its own; ALL-CAPS words counted on the original case.
    let prev = 0;
    let prevStart = -1;
    let prevEnd = -1;
    let words = 0;
    let capsWords = 0;
    let i = 1;
    while (i < len) {
      const c0 = codes[i] as number;
      if (!isWordCode(c0)) {
        i++;
        continue;
      }
      let h = SEED_WORD;
      let upper = 0;
      let lowerCase = 0;
      let letters = 0;
      const start = i;
      if (c0 >= 0x3040 && isIdeographic(c0)) {
        h = Math.imul(h ^ c0, FNV_PRIME);
        letters = 1;
        i++;
      } else {
        while (i < len) {
          const c = codes[i] as number;
          if (!isWordCode(c) || (c >= 0x3040 && isIdeographic(c))) break;
          h = Math.imul(h ^ c, FNV_PRIME);
          const o = text.charCodeAt(i - 1);
          if (o >= 65 && o <= 90) upper++;
          else if (o >= 97 && o <= 122) lowerCase++;
          if (c !== 39) letters++;
          i++;
        }
      }
      if (letters === 0) continue;
      h >>>= 0;
      const wordBucket = mix(h ^ 0x77) & mask;
      this.#push(wordBucket);
      if (str) (namer as FeatureNamer)(`word:${str(start, i)}`, wordBucket, 'text');
      if (prevStart >= 0) {
        const pairBucket = mix(Math.imul(prev, 0x9e3779b1) ^ h ^ 0xb1) & mask;
        this.#push(pairBucket);
        if (str)
          (namer as FeatureNamer)(`pair:${str(prevStart, prevEnd)} ${str(start, i)}`, pairBucket, 'text');
      }
      prev = h;
      prevStart = start;
      prevEnd = i;
      words++;
      if (upper >= 2 && lowerCase === 0 && i - start >= 2) capsWords++;
    }
    this.textCount = this.total;
    const units = n + 2 * ideographs;
    for (const name of metaNames(text, input.signals, units, words, capsWords)) {
      const bucket = this.metaBucket(name);
      this.#push(bucket);
      namer?.(`meta:${name}`, bucket, 'meta');
    }
  }
}
