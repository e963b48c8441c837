/**
 * The statistical layer: two text models over the same hashed word, word-pair and character
 * n-gram features plus a few generic message features (links, numbers, money, obfuscation,
 * shouting) - a logistic regression and a naive Bayes, which err differently - stacked with the
 * rule votes into one unwanted score.
 *
 * Training (`trainModel`) works like SpamAssassin's perceptron on top of the text models:
 * 1. the text models are trained on K-1 inner folds and score the held-out fold, so every
 *    training message gets model scores from models that never saw it;
 * 2. the combination (bias, one weight per model score, one weight per rule) is fitted by
 *    regularised logistic regression on those held-out scores and the rule hits, each rule's weight
 *    pulled towards its meta weight (its prior); rules that never fire keep their meta weight;
 * 3. the junk threshold is picked on combined scores held out from both layers (nested): just
 *    above the wanted score at rank `targetWantedFiltered` (0.15%), averaged over a few ranks;
 * 4. the text models are trained once more on every message; those are shipped.
 *
 * The model file is compact JSON: the weights are quantised to one signed byte each and stored as
 * base64 (two tables of 2^17 buckets = 2 x 171 KiB of text).
 */
import type { Combination, LearnedRule, ModelScores, Thresholds, Vote } from './verdict.ts';
import { combine, DEFAULT_COMBINATION, DEFAULT_THRESHOLDS, priorWeight } from './verdict.ts';

export const MODEL_FORMAT = 'smsjunk-model';
export const MODEL_VERSION = 2;
/** Names the feature extraction below; a model trained with another one is refused. */
export const FEATURE_SET = 'hashed-ngrams-v2';

/** Message-level counts the normaliser found; they become generic model features. */
export interface TextSignals {
  readonly urls: number;
  readonly defangedUrls: number;
  /** Links through a URL shortener or to a bare IP address. */
  readonly shortenerOrIpUrls: number;
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
}

export const NO_SIGNALS: TextSignals = Object.freeze({
  urls: 0,
  defangedUrls: 0,
  shortenerOrIpUrls: 0,
  phones: 0,
  shortCodes: 0,
  emails: 0,
  money: 0,
  maxMoney: 0,
  pricedMoney: 0,
  obfuscation: 0,
});

/** What the text model reads: the normalised text and the normaliser's counts. */
export interface ModelInput {
  readonly text: string;
  readonly signals: TextSignals;
}

/** 2^bits weights quantised to signed bytes: a bucket's weight is its byte times `scale`. */
export interface WeightTable {
  readonly scale: number;
  /** base64 of 2^bits signed bytes. */
  readonly weights: string;
}

/**
 * Two models over the same hashed features, so one extraction feeds both:
 * - logistic regression: log-odds = bias + sum(text weights) / sqrt(text features) + sum(meta weights);
 * - naive Bayes: sum(log-count ratios) / sqrt(features), 0 for a bucket never seen in training.
 * They err differently; the combination learns how much each counts.
 */
export interface TextModelFile {
  readonly featureSet: typeof FEATURE_SET;
  /** log2 of the number of hash buckets. */
  readonly bits: number;
  /** Shortest and longest character n-gram. */
  readonly charGrams: readonly [number, number];
  readonly logistic: WeightTable & { readonly bias: number };
  readonly bayes: WeightTable;
}

export interface TrainingSummary {
  readonly messages: number;
  readonly unwanted: number;
  readonly date: string;
  readonly rulesVersion: string;
  readonly ruleCount: number;
  /** Inner folds used for stacking (0: too few messages, no stacking). */
  readonly innerFolds: number;
  /** Figures on held-out training scores at the chosen threshold (an estimate, not an evaluation). */
  readonly heldOut: {
    readonly unwantedCaught: number;
    readonly wantedFiltered: number;
  } | null;
  readonly options: Readonly<Record<string, number>>;
}

export interface ModelFile {
  readonly format: typeof MODEL_FORMAT;
  readonly version: typeof MODEL_VERSION;
  readonly text: TextModelFile;
  readonly combination: Combination;
  readonly thresholds: Thresholds;
  readonly trainedOn: TrainingSummary;
}

/** A model file that cannot be used: wrong format, version, feature set or a damaged field. */
export class ModelFormatError extends Error {
  override readonly name = 'ModelFormatError';
}

/** A training set that cannot produce a model (for example only one class). */
export class TrainingError extends Error {
  override readonly name = 'TrainingError';
}

// ---------------------------------------------------------------------------------------------
// Feature extraction
// ---------------------------------------------------------------------------------------------

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

/** Digits fold to `0`, the typographic apostrophe to `'`, whitespace to a space. */
function foldCode(c: number): number {
  if (c >= 48 && c <= 57) return 48;
  if (c === 8217) return 39;
  if (c === 9 || c === 10 || c === 13 || c === 160) return 32;
  return c;
}

/** Generic message features: each a name, hashed like the others, with value 1. */
function metaNames(text: string, signals: TextSignals, words: number, capsWords: number): string[] {
  const out: string[] = [];
  out.push(`len:${Math.min(Math.floor(text.length / 40), 5)}`);
  if (capsWords > 0) out.push(`caps:${Math.min(capsWords, 3)}`);
  if (words >= 4 && capsWords === words) out.push('caps:all');
  let excl = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 33) excl++;
  if (excl > 0) out.push(`excl:${Math.min(excl, 3)}`);
  if (signals.urls > 0) out.push(`url:${Math.min(signals.urls, 2)}`);
  if (signals.defangedUrls > 0) out.push('url:defanged');
  if (signals.shortenerOrIpUrls > 0) out.push('url:shortener-or-ip');
  if (signals.phones > 0) out.push(`phone:${Math.min(signals.phones, 2)}`);
  if (signals.shortCodes > 0) out.push('shortcode');
  if (signals.emails > 0) out.push('email');
  if (signals.money > 0) out.push(`money:${Math.min(signals.money, 2)}`);
  if (signals.maxMoney >= 1) out.push(`money:1e${Math.min(Math.floor(Math.log10(signals.maxMoney)), 4)}`);
  if (signals.pricedMoney > 0) out.push('money:priced');
  if (signals.obfuscation > 0) out.push(`obfuscation:${signals.obfuscation >= 3 ? 3 : 1}`);
  return out;
}

/** One extracted feature with a readable name (the explain path; the hot path keeps buckets only). */
export interface NamedFeature {
  readonly name: string;
  readonly bucket: number;
  /** `text` features are scaled by 1/sqrt(count of text features), `meta` ones count 1. */
  readonly group: 'text' | 'meta';
}

/**
 * Extracts features into a reused buffer: `buffer[0..textCount)` are text buckets (with
 * repeats), `buffer[textCount..total)` meta buckets. One pass, no substrings.
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

  /** Fills `buffer`, `textCount` and `total` for one message. */
  extract(input: ModelInput): void {
    const text = input.text;
    const lower = text.toLowerCase();
    const n = lower.length;
    if (this.#codes.length < n + 2) this.#codes = new Uint16Array(2 * n + 2);
    const codes = this.#codes;
    codes[0] = 32;
    for (let i = 0; i < n; i++) codes[i + 1] = foldCode(lower.charCodeAt(i));
    codes[n + 1] = 32;
    const len = n + 2;
    const mask = this.#mask;
    const minGram = this.minGram;
    const maxGram = this.maxGram;
    this.total = 0;
    // Character n-grams over the padded, folded text.
    for (let i = 0; i + minGram <= len; i++) {
      let h = SEED_CHARS;
      for (let j = 0; j < maxGram && i + j < len; j++) {
        h = Math.imul(h ^ (codes[i + j] as number), FNV_PRIME);
        if (j + 1 >= minGram) this.#push(mix(h ^ (j + 1)) & mask);
      }
    }
    // Words and word pairs; ALL-CAPS words counted on the original case.
    let prev = 0;
    let havePrev = false;
    let words = 0;
    let capsWords = 0;
    let i = 1;
    while (i < len) {
      if (!isWordCode(codes[i] as number)) {
        i++;
        continue;
      }
      let h = SEED_WORD;
      let upper = 0;
      let lowerCase = 0;
      let letters = 0;
      const start = i;
      while (i < len && isWordCode(codes[i] as number)) {
        h = Math.imul(h ^ (codes[i] as number), FNV_PRIME);
        const o = text.charCodeAt(i - 1);
        if (o >= 65 && o <= 90) upper++;
        else if (o >= 97 && o <= 122) lowerCase++;
        if ((codes[i] as number) !== 39) letters++;
        i++;
      }
      if (letters === 0) continue;
      h >>>= 0;
      this.#push(mix(h ^ 0x77) & mask);
      if (havePrev) this.#push(mix(Math.imul(prev, 0x9e3779b1) ^ h ^ 0xb1) & mask);
      prev = h;
      havePrev = true;
      words++;
      if (upper >= 2 && lowerCase === 0 && i - start >= 2) capsWords++;
    }
    this.textCount = this.total;
    for (const name of metaNames(text, input.signals, words, capsWords)) this.#push(this.metaBucket(name));
  }

  /** The same features as `extract`, with names (slow; for explanations and tests). */
  named(input: ModelInput): NamedFeature[] {
    const text = input.text;
    const lower = text.toLowerCase();
    const folded = ` ${Array.from({ length: lower.length }, (_, i) => String.fromCharCode(foldCode(lower.charCodeAt(i)))).join('')} `;
    const mask = this.#mask;
    const out: NamedFeature[] = [];
    for (let i = 0; i + this.minGram <= folded.length; i++) {
      let h = SEED_CHARS;
      for (let j = 0; j < this.maxGram && i + j < folded.length; j++) {
        h = Math.imul(h ^ folded.charCodeAt(i + j), FNV_PRIME);
        if (j + 1 >= this.minGram) {
          out.push({
            name: `chars:${folded.slice(i, i + j + 1)}`,
            bucket: mix(h ^ (j + 1)) & mask,
            group: 'text',
          });
        }
      }
    }
    let prevHash = 0;
    let prevWord = '';
    let words = 0;
    let capsWords = 0;
    let i = 1;
    while (i < folded.length) {
      if (!isWordCode(folded.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      let h = SEED_WORD;
      let letters = 0;
      while (i < folded.length && isWordCode(folded.charCodeAt(i))) {
        h = Math.imul(h ^ folded.charCodeAt(i), FNV_PRIME);
        if (folded.charCodeAt(i) !== 39) letters++;
        i++;
      }
      if (letters === 0) continue;
      h >>>= 0;
      const word = folded.slice(start, i);
      out.push({ name: `word:${word}`, bucket: mix(h ^ 0x77) & mask, group: 'text' });
      if (words > 0) {
        out.push({
          name: `pair:${prevWord} ${word}`,
          bucket: mix(Math.imul(prevHash, 0x9e3779b1) ^ h ^ 0xb1) & mask,
          group: 'text',
        });
      }
      prevHash = h;
      prevWord = word;
      words++;
      const original = text.slice(start - 1, i - 1);
      if (/[A-Z].*[A-Z]/.test(original) && !/[a-z]/.test(original) && original.length >= 2) capsWords++;
    }
    for (const name of metaNames(text, input.signals, words, capsWords)) {
      out.push({ name: `meta:${name}`, bucket: this.metaBucket(name), group: 'meta' });
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// The text model
// ---------------------------------------------------------------------------------------------

function decodeTable(table: WeightTable, bits: number, what: string): Float32Array {
  const size = 2 ** bits;
  const bytes = Buffer.from(table.weights, 'base64');
  if (bytes.length !== size) {
    throw new ModelFormatError(
      `model ${what} weights hold ${bytes.length} bytes, expected ${size} (2^${bits})`,
    );
  }
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = new Float32Array(size);
  for (let i = 0; i < size; i++) out[i] = (q[i] as number) * table.scale;
  return out;
}

export interface Contribution {
  readonly feature: string;
  readonly weight: number;
}

export class TextModel {
  readonly file: TextModelFile;
  readonly #logistic: Float32Array;
  readonly #bayes: Float32Array;
  readonly #bias: number;
  readonly #featurizer: Featurizer;

  constructor(file: TextModelFile) {
    checkTextModelFile(file);
    this.file = file;
    this.#logistic = decodeTable(file.logistic, file.bits, 'logistic');
    this.#bayes = decodeTable(file.bayes, file.bits, 'bayes');
    this.#bias = file.logistic.bias;
    this.#featurizer = new Featurizer(file.bits, file.charGrams);
  }

  /** Both scores of one message (positive = unwanted), from one feature extraction. */
  score(input: ModelInput): ModelScores {
    const f = this.#featurizer;
    f.extract(input);
    const lr = this.#logistic;
    const nb = this.#bayes;
    const buf = f.buffer;
    const textCount = f.textCount;
    let lrText = 0;
    let nbSum = 0;
    for (let i = 0; i < textCount; i++) {
      const b = buf[i] as number;
      lrText += lr[b] as number;
      nbSum += nb[b] as number;
    }
    let lrMeta = 0;
    for (let i = textCount; i < f.total; i++) {
      const b = buf[i] as number;
      lrMeta += lr[b] as number;
      nbSum += nb[b] as number;
    }
    return {
      logistic: this.#bias + (textCount > 0 ? lrText / Math.sqrt(textCount) : 0) + lrMeta,
      bayes: f.total > 0 ? nbSum / Math.sqrt(f.total) : 0,
    };
  }

  /**
   * The features that moved the text model's part of the combined score most, strongest first;
   * `weights` are the combination's weights of the two scores.
   */
  contributions(input: ModelInput, weights: { model: number; bayes: number }, top = 10): Contribution[] {
    const named = this.#featurizer.named(input);
    const textCount = named.filter((f) => f.group === 'text').length;
    const lrNorm = textCount > 0 ? 1 / Math.sqrt(textCount) : 0;
    const nbNorm = named.length > 0 ? 1 / Math.sqrt(named.length) : 0;
    const byName = new Map<string, number>();
    for (const f of named) {
      const lr = (this.#logistic[f.bucket] as number) * (f.group === 'text' ? lrNorm : 1);
      const nb = (this.#bayes[f.bucket] as number) * nbNorm;
      byName.set(f.name, (byName.get(f.name) ?? 0) + weights.model * lr + weights.bayes * nb);
    }
    return [...byName]
      .map(([feature, weight]) => ({ feature, weight: Math.round(weight * 1000) / 1000 }))
      .filter((c) => c.weight !== 0)
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.feature < b.feature ? -1 : 1))
      .slice(0, top);
  }
}

// ---------------------------------------------------------------------------------------------
// Model file validation
// ---------------------------------------------------------------------------------------------

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function finite(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new ModelFormatError(`model file: ${what} must be a finite number`);
  return v;
}

function checkTable(t: unknown, what: string): void {
  if (!isRecord(t)) throw new ModelFormatError(`model file: ${what} must be an object`);
  if (finite(t.scale, `${what}.scale`) < 0)
    throw new ModelFormatError(`model file: ${what}.scale must not be negative`);
  if (typeof t.weights !== 'string')
    throw new ModelFormatError(`model file: ${what}.weights must be a base64 string`);
}

function checkTextModelFile(t: unknown): asserts t is TextModelFile {
  if (!isRecord(t)) throw new ModelFormatError('model file: "text" must be an object');
  if (t.featureSet !== FEATURE_SET) {
    throw new ModelFormatError(
      `model file: trained with feature set ${JSON.stringify(t.featureSet)}, this build extracts ${FEATURE_SET}; retrain it`,
    );
  }
  const bits = finite(t.bits, 'text.bits');
  if (!Number.isInteger(bits) || bits < 8 || bits > 24)
    throw new ModelFormatError('model file: text.bits must be 8..24');
  const g = t.charGrams;
  if (
    !Array.isArray(g) ||
    g.length !== 2 ||
    !g.every((x) => Number.isInteger(x) && x >= 1 && x <= 8) ||
    g[0] > g[1]
  ) {
    throw new ModelFormatError('model file: text.charGrams must be [min, max] within 1..8');
  }
  checkTable(t.logistic, 'text.logistic');
  finite((t.logistic as Record<string, unknown>).bias, 'text.logistic.bias');
  checkTable(t.bayes, 'text.bayes');
}

/** Validates a parsed model file; throws `ModelFormatError` naming the first problem. */
export function parseModelFile(value: unknown): ModelFile {
  if (!isRecord(value) || value.format !== MODEL_FORMAT) {
    throw new ModelFormatError(`not a ${MODEL_FORMAT} file`);
  }
  if (value.version !== MODEL_VERSION) {
    throw new ModelFormatError(
      `model file version ${String(value.version)} is not supported (this build reads version ${MODEL_VERSION}); retrain it`,
    );
  }
  checkTextModelFile(value.text);
  const c = value.combination;
  if (!isRecord(c) || !isRecord(c.rules))
    throw new ModelFormatError('model file: "combination" must be an object with "rules"');
  finite(c.bias, 'combination.bias');
  finite(c.model, 'combination.model');
  finite(c.bayes, 'combination.bayes');
  if (c.floor !== undefined) finite(c.floor, 'combination.floor');
  for (const [name, r] of Object.entries(c.rules)) {
    if (!isRecord(r)) throw new ModelFormatError(`model file: combination.rules.${name} must be an object`);
    finite(r.weight, `combination.rules.${name}.weight`);
    finite(r.prior, `combination.rules.${name}.prior`);
  }
  const t = value.thresholds;
  if (!isRecord(t)) throw new ModelFormatError('model file: "thresholds" must be an object');
  finite(t.junk, 'thresholds.junk');
  finite(t.promotion, 'thresholds.promotion');
  finite(t.transaction, 'thresholds.transaction');
  if (!isRecord(value.trainedOn)) throw new ModelFormatError('model file: "trainedOn" must be an object');
  return value as unknown as ModelFile;
}

// ---------------------------------------------------------------------------------------------
// Folds and randomness (deterministic: a seed gives the same model on every machine)
// ---------------------------------------------------------------------------------------------

/** mulberry32: a small seeded PRNG returning [0, 1). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = items[i] as T;
    items[i] = items[j] as T;
    items[j] = t;
  }
  return items;
}

/**
 * Assigns every row a fold in 0..k-1. Rows with the same group key (the same text) always share a
 * fold, so a duplicate never tests a model trained on its twin; groups are dealt out per label
 * (stratified), so every fold holds about the same share of unwanted messages.
 */
export function assignFolds(
  groups: readonly string[],
  unwanted: readonly boolean[],
  k: number,
  seed = 1,
): Int32Array {
  if (!Number.isInteger(k) || k < 2)
    throw new RangeError(`folds must be an integer of at least 2 (got ${k})`);
  const first = new Map<string, number>();
  groups.forEach((g, i) => {
    if (!first.has(g)) first.set(g, i);
  });
  const random = seededRandom(seed);
  const foldOf = new Map<string, number>();
  let next = 0;
  for (const label of [true, false]) {
    const keys = shuffle(
      [...first].filter(([, i]) => unwanted[i] === label).map(([g]) => g),
      random,
    );
    for (const g of keys) {
      foldOf.set(g, next);
      next = (next + 1) % k;
    }
  }
  return Int32Array.from(groups, (g) => foldOf.get(g) as number);
}

/** Distinct groups per label: the most folds a stratified split can fill. */
export function groupCounts(
  groups: readonly string[],
  unwanted: readonly boolean[],
): { wanted: number; unwanted: number } {
  const seen = new Map<string, boolean>();
  groups.forEach((g, i) => {
    if (!seen.has(g)) seen.set(g, unwanted[i] === true);
  });
  let u = 0;
  for (const v of seen.values()) if (v) u++;
  return { wanted: seen.size - u, unwanted: u };
}

// ---------------------------------------------------------------------------------------------
// Training the text model (logistic regression, AdaGrad, L2)
// ---------------------------------------------------------------------------------------------

export interface TextTrainOptions {
  /** log2 of the hash buckets (default 17). */
  readonly bits?: number;
  /** Character n-gram lengths (default [3, 5]). */
  readonly charGrams?: readonly [number, number];
  /** L2 penalty per update (default 1e-5). */
  readonly l2?: number;
  /** Passes over the data (default 20). */
  readonly epochs?: number;
  /** AdaGrad base rate (default 0.5). */
  readonly learningRate?: number;
  /** Naive-Bayes additive smoothing (default 0.5). */
  readonly bayesAlpha?: number;
  readonly seed?: number;
}

/** One message as a sparse vector: distinct buckets and their values. */
interface Encoded {
  readonly idx: Int32Array;
  readonly val: Float32Array;
}

/**
 * The vector `score()` computes implicitly: each text bucket counts 1/sqrt(text features) per
 * occurrence, each meta bucket 1. Repeats are summed, so training updates each bucket once.
 */
function encodeAll(featurizer: Featurizer, inputs: readonly ModelInput[]): Encoded[] {
  const acc = new Map<number, number>();
  return inputs.map((input) => {
    featurizer.extract(input);
    const b = featurizer.buffer;
    const norm = featurizer.textCount > 0 ? 1 / Math.sqrt(featurizer.textCount) : 0;
    acc.clear();
    for (let i = 0; i < featurizer.total; i++) {
      const k = b[i] as number;
      acc.set(k, (acc.get(k) ?? 0) + (i < featurizer.textCount ? norm : 1));
    }
    const idx = new Int32Array(acc.size);
    const val = new Float32Array(acc.size);
    let j = 0;
    for (const [k, v] of acc) {
      idx[j] = k;
      val[j] = v;
      j++;
    }
    return { idx, val };
  });
}

function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function fitLogistic(
  encoded: readonly Encoded[],
  labels: readonly boolean[],
  size: number,
  o: Required<Omit<TextTrainOptions, 'bits' | 'charGrams'>>,
): { weights: Float64Array; bias: number } {
  const w = new Float64Array(size);
  const g2 = new Float64Array(size);
  let bias = 0;
  let gBias = 0;
  const order = Array.from(encoded.keys());
  const random = seededRandom(o.seed);
  const eps = 1e-8;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    for (const r of order) {
      const e = encoded[r] as Encoded;
      const idx = e.idx;
      const val = e.val;
      let z = bias;
      for (let i = 0; i < idx.length; i++) z += (w[idx[i] as number] as number) * (val[i] as number);
      const g = sigmoid(z) - (labels[r] ? 1 : 0);
      gBias += g * g;
      bias -= (o.learningRate * g) / Math.sqrt(gBias + eps);
      for (let i = 0; i < idx.length; i++) {
        const j = idx[i] as number;
        const wj = w[j] as number;
        const gj = g * (val[i] as number) + o.l2 * wj;
        const acc = (g2[j] as number) + gj * gj;
        g2[j] = acc;
        w[j] = wj - (o.learningRate * gj) / Math.sqrt(acc + eps);
      }
    }
  }
  return { weights: w, bias };
}

/**
 * Naive-Bayes log-count ratios from feature presence per message:
 * log P(bucket | unwanted) - log P(bucket | wanted), smoothed; 0 for buckets never seen.
 */
function fitBayes(
  encoded: readonly Encoded[],
  labels: readonly boolean[],
  size: number,
  alpha: number,
): Float64Array {
  const pos = new Float64Array(size);
  const neg = new Float64Array(size);
  let posTotal = 0;
  let negTotal = 0;
  encoded.forEach((e, r) => {
    const target = labels[r] ? pos : neg;
    for (let i = 0; i < e.idx.length; i++)
      target[e.idx[i] as number] = (target[e.idx[i] as number] as number) + 1;
    if (labels[r]) posTotal += e.idx.length;
    else negTotal += e.idx.length;
  });
  const out = new Float64Array(size);
  const posNorm = Math.log(posTotal + alpha * size);
  const negNorm = Math.log(negTotal + alpha * size);
  for (let j = 0; j < size; j++) {
    const p = pos[j] as number;
    const n = neg[j] as number;
    if (p + n > 0) out[j] = Math.log(p + alpha) - posNorm - (Math.log(n + alpha) - negNorm);
  }
  return out;
}

/** Quantises to signed bytes: weight = byte * scale. */
function quantise(weights: Float64Array): WeightTable {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round((weights[i] as number) / scale);
  return { scale, weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64') };
}

const TEXT_DEFAULTS = {
  bits: 17,
  charGrams: [3, 5] as const,
  l2: 1e-5,
  epochs: 20,
  learningRate: 0.5,
  bayesAlpha: 0.5,
  seed: 7,
};

export function trainTextModel(
  rows: readonly { readonly input: ModelInput; readonly unwanted: boolean }[],
  options: TextTrainOptions = {},
): TextModelFile {
  const o = { ...TEXT_DEFAULTS, ...definedOnly(options) };
  const featurizer = new Featurizer(o.bits, o.charGrams);
  const encoded = encodeAll(
    featurizer,
    rows.map((r) => r.input),
  );
  const labels = rows.map((r) => r.unwanted);
  const fit = fitLogistic(encoded, labels, 2 ** o.bits, o);
  return {
    featureSet: FEATURE_SET,
    bits: o.bits,
    charGrams: [o.charGrams[0], o.charGrams[1]],
    logistic: { bias: round(fit.bias, 6), ...quantise(fit.weights) },
    bayes: quantise(fitBayes(encoded, labels, 2 ** o.bits, o.bayesAlpha)),
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

// ---------------------------------------------------------------------------------------------
// The combination: regularised logistic regression on held-out model scores and rule hits
// ---------------------------------------------------------------------------------------------

export interface StackRow {
  /** The text model's scores from a model that did not see this row (null: no text model). */
  readonly model: ModelScores | null;
  readonly votes: readonly Vote[];
  readonly unwanted: boolean;
}

export interface CombinationOptions {
  /** Pull of each rule weight towards its meta weight (L2 on the difference; default 0.5). */
  readonly ruleL2?: number;
  /** Pull of the logistic score's weight towards 1 and the naive-Bayes score's towards 0 (default 0.01). */
  readonly modelL2?: number;
  /** Stored as `Combination.floor`: the text model's part never counts lower once a junk rule fired (absent: no floor). */
  readonly modelFloor?: number;
}

/** Solves A x = b in place (Gaussian elimination, partial pivoting); A is n x n row-major. */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs(a[r * n + col] as number) > Math.abs(a[pivot * n + col] as number)) pivot = r;
    if (pivot !== col) {
      for (let c = 0; c < n; c++) {
        const t = a[col * n + c] as number;
        a[col * n + c] = a[pivot * n + c] as number;
        a[pivot * n + c] = t;
      }
      const t = b[col] as number;
      b[col] = b[pivot] as number;
      b[pivot] = t;
    }
    const d = a[col * n + col] as number;
    if (Math.abs(d) < 1e-12) continue;
    for (let r = col + 1; r < n; r++) {
      const f = (a[r * n + col] as number) / d;
      if (f === 0) continue;
      for (let c = col; c < n; c++) a[r * n + c] = (a[r * n + c] as number) - f * (a[col * n + c] as number);
      b[r] = (b[r] as number) - f * (b[col] as number);
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r] as number;
    for (let c = r + 1; c < n; c++) s -= (a[r * n + c] as number) * (x[c] as number);
    const d = a[r * n + r] as number;
    x[r] = Math.abs(d) < 1e-12 ? 0 : s / d;
  }
  return x;
}

/**
 * Fits bias, model weight and one weight per fired rule by Newton's method on the log-loss plus
 * `l2 * (weight - prior)^2` per parameter. A junk rule's weight stays >= 0 and an allow rule's
 * <= 0 (a rule never argues for the other side); rules that never fire are not stored.
 */
const FIRST_RULE = 3;

export function fitCombination(rows: readonly StackRow[], options: CombinationOptions = {}): Combination {
  const ruleL2 = options.ruleL2 ?? 0.5;
  const modelL2 = options.modelL2 ?? 0.01;
  const hasModel = rows.some((r) => r.model !== null);
  const index = new Map<string, number>();
  // Parameters: bias, logistic weight, naive-Bayes weight, then one per rule (from FIRST_RULE).
  const prior: number[] = [0, 1, 0];
  const l2: number[] = [1e-6, hasModel ? modelL2 : 1e6, hasModel ? modelL2 : 1e6];
  const sign: number[] = [0, 0, 0];
  const hits: number[] = [0, 0, 0];
  const names: string[] = ['', '', ''];
  for (const r of rows) {
    for (const v of r.votes) {
      let j = index.get(v.rule);
      if (j === undefined) {
        j = prior.length;
        index.set(v.rule, j);
        prior.push(priorWeight(v));
        l2.push(ruleL2);
        sign.push(v.action === 'junk' ? 1 : v.action === 'allow' ? -1 : 0);
        hits.push(0);
        names.push(v.rule);
      }
      hits[j] = (hits[j] as number) + 1;
    }
  }
  const n = prior.length;
  const theta = Float64Array.from(prior);
  theta[0] = 0;
  const fixed = new Uint8Array(n);
  const xs = rows.map((r) => {
    const cols = [0];
    const vals = [1];
    if (r.model !== null) {
      cols.push(1, 2);
      vals.push(r.model.logistic, r.model.bayes);
    }
    for (const v of r.votes) {
      cols.push(index.get(v.rule) as number);
      vals.push(1);
    }
    return { cols, vals, y: r.unwanted ? 1 : 0 };
  });
  const objective = (t: Float64Array): number => {
    let loss = 0;
    for (const x of xs) {
      let z = 0;
      for (let k = 0; k < x.cols.length; k++) z += (t[x.cols[k] as number] as number) * (x.vals[k] as number);
      // log(1 + e^-z) for y=1, log(1 + e^z) for y=0, computed stably
      const m = x.y ? -z : z;
      loss += m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
    }
    for (let j = 0; j < n; j++) loss += (l2[j] as number) * ((t[j] as number) - (prior[j] as number)) ** 2;
    return loss;
  };
  for (let round = 0; round < n + 1; round++) {
    for (let iter = 0; iter < 50; iter++) {
      const grad = new Float64Array(n);
      const hess = new Float64Array(n * n);
      for (const x of xs) {
        let z = 0;
        for (let k = 0; k < x.cols.length; k++)
          z += (theta[x.cols[k] as number] as number) * (x.vals[k] as number);
        const p = sigmoid(z);
        const g = p - x.y;
        const h = Math.max(p * (1 - p), 1e-9);
        for (let a = 0; a < x.cols.length; a++) {
          const ca = x.cols[a] as number;
          const va = x.vals[a] as number;
          grad[ca] = (grad[ca] as number) + g * va;
          for (let b = 0; b < x.cols.length; b++) {
            const cb = x.cols[b] as number;
            hess[ca * n + cb] = (hess[ca * n + cb] as number) + h * va * (x.vals[b] as number);
          }
        }
      }
      for (let j = 0; j < n; j++) {
        grad[j] = (grad[j] as number) + 2 * (l2[j] as number) * ((theta[j] as number) - (prior[j] as number));
        hess[j * n + j] = (hess[j * n + j] as number) + 2 * (l2[j] as number);
      }
      for (let j = 0; j < n; j++) {
        if (!fixed[j]) continue;
        grad[j] = 0;
        for (let c = 0; c < n; c++) {
          hess[j * n + c] = 0;
          hess[c * n + j] = 0;
        }
        hess[j * n + j] = 1;
      }
      const step = solve(hess, grad, n);
      const before = objective(theta);
      let scale = 1;
      let next = theta;
      for (let tries = 0; tries < 30; tries++) {
        next = theta.map((t, j) => t - scale * (step[j] as number));
        if (objective(next) <= before + 1e-12) break;
        scale /= 2;
      }
      let moved = 0;
      for (let j = 0; j < n; j++)
        moved = Math.max(moved, Math.abs((next[j] as number) - (theta[j] as number)));
      theta.set(next);
      if (moved < 1e-7) break;
    }
    // Active set: pin a rule that argues for the other side at 0 and refit.
    let pinned = false;
    for (let j = FIRST_RULE; j < n; j++) {
      const s = sign[j] as number;
      if (!fixed[j] && s !== 0 && (theta[j] as number) * s < 0) {
        theta[j] = 0;
        fixed[j] = 1;
        pinned = true;
      }
    }
    if (!pinned) break;
  }
  const rules: Record<string, LearnedRule> = {};
  for (let j = FIRST_RULE; j < n; j++) {
    rules[names[j] as string] = {
      weight: round(theta[j] as number, 4),
      prior: prior[j] as number,
      hits: hits[j] as number,
    };
  }
  return {
    bias: round(theta[0] as number, 4),
    model: hasModel ? round(theta[1] as number, 4) : 1,
    bayes: hasModel ? round(theta[2] as number, 4) : 0,
    rules,
    ...(options.modelFloor === undefined ? {} : { floor: options.modelFloor }),
  };
}

/**
 * The junk threshold from held-out scores: just above the wanted score ranked at
 * `targetWantedFiltered` (so about that share of wanted messages would be filtered), never below
 * `floor`; rounded up to 3 decimals. `window` > 0 averages the ranks within that distance instead.
 */
export function pickThreshold(
  scores: ArrayLike<number>,
  unwanted: readonly boolean[],
  targetWantedFiltered: number,
  floor: number,
  window = 0,
): number {
  const wanted: number[] = [];
  for (let i = 0; i < scores.length; i++) if (!unwanted[i]) wanted.push(scores[i] as number);
  if (wanted.length === 0) return floor;
  wanted.sort((a, b) => b - a);
  const allowed = Math.floor(targetWantedFiltered * wanted.length);
  if (allowed >= wanted.length) return floor;
  // The wanted score at the target rank; with a window, the mean of the ranks around it, so one
  // outlier moving between folds does not swing the threshold.
  const lo = Math.max(0, allowed - window);
  const hi = Math.min(wanted.length - 1, allowed + window);
  let sum = 0;
  for (let k = lo; k <= hi; k++) sum += wanted[k] as number;
  const at = sum / (hi - lo + 1);
  const threshold = Math.ceil((at + 1e-9) * 1000) / 1000;
  return Math.max(threshold, floor);
}

// ---------------------------------------------------------------------------------------------
// The whole statistical layer
// ---------------------------------------------------------------------------------------------

export interface TrainingExample {
  readonly input: ModelInput;
  readonly votes: readonly Vote[];
  readonly unwanted: boolean;
  /** Rows with the same group (the same text) always share an inner fold. */
  readonly group: string;
}

export interface TrainOptions extends TextTrainOptions, CombinationOptions {
  /** Inner folds for the held-out model scores (default 5). */
  readonly innerFolds?: number;
  /** Share of wanted messages the junk threshold may filter on held-out training scores (default 0.0015, under the 0.2% budget with some margin). */
  readonly targetWantedFiltered?: number;
  /** The junk threshold never goes below this log-odds (default -1). */
  readonly minJunkThreshold?: number;
  /** Ranks either side of the target rank averaged into the threshold (default 2). */
  readonly thresholdWindow?: number;
  readonly rulesVersion?: string;
  readonly ruleCount?: number;
  readonly now?: Date;
  /** Receives the combined scores held out from both layers (the ones the threshold is picked on), for diagnostics. */
  readonly onHeldOut?: (scores: Float64Array, unwanted: readonly boolean[]) => void;
}

const STACK_DEFAULTS = {
  innerFolds: 5,
  targetWantedFiltered: 0.0015,
  minJunkThreshold: -1,
  thresholdWindow: 2,
  modelFloor: -2,
};

export function trainModel(rows: readonly TrainingExample[], options: TrainOptions = {}): ModelFile {
  const o = { ...TEXT_DEFAULTS, ...STACK_DEFAULTS, ...definedOnly(options) };
  const labels = rows.map((r) => r.unwanted);
  const unwantedCount = labels.filter(Boolean).length;
  if (rows.length === 0 || unwantedCount === 0 || unwantedCount === rows.length) {
    throw new TrainingError(
      `training needs both wanted and unwanted messages (got ${rows.length - unwantedCount} wanted, ${unwantedCount} unwanted)`,
    );
  }
  const groups = rows.map((r) => r.group);
  const counts = groupCounts(groups, labels);
  const k = Math.min(o.innerFolds, counts.wanted, counts.unwanted);
  const textOptions: TextTrainOptions = {
    bits: o.bits,
    charGrams: o.charGrams,
    l2: o.l2,
    epochs: o.epochs,
    learningRate: o.learningRate,
    seed: o.seed,
  };
  let combination: Combination = DEFAULT_COMBINATION;
  let junk = DEFAULT_THRESHOLDS.junk;
  let heldOut: TrainingSummary['heldOut'] = null;
  if (k >= 2) {
    const folds = assignFolds(groups, labels, k, o.seed);
    const modelScores: ModelScores[] = new Array(rows.length);
    for (let f = 0; f < k; f++) {
      const model = new TextModel(
        trainTextModel(
          rows.filter((_, i) => folds[i] !== f),
          textOptions,
        ),
      );
      rows.forEach((r, i) => {
        if (folds[i] === f) modelScores[i] = model.score(r.input);
      });
    }
    const stack: StackRow[] = rows.map((r, i) => ({
      model: modelScores[i] as ModelScores,
      votes: r.votes,
      unwanted: r.unwanted,
    }));
    // Combined scores held out from the combination too, for the threshold.
    const combined = new Float64Array(rows.length);
    for (let f = 0; f < k; f++) {
      const c = fitCombination(
        stack.filter((_, i) => folds[i] !== f),
        o,
      );
      stack.forEach((s, i) => {
        if (folds[i] === f) combined[i] = combine(c, s.model, s.votes);
      });
    }
    o.onHeldOut?.(combined, labels);
    junk = pickThreshold(combined, labels, o.targetWantedFiltered, o.minJunkThreshold, o.thresholdWindow);
    combination = fitCombination(stack, o);
    let caught = 0;
    let filtered = 0;
    combined.forEach((s, i) => {
      if (s >= junk) labels[i] ? caught++ : filtered++;
    });
    heldOut = {
      unwantedCaught: round(caught / unwantedCount, 4),
      wantedFiltered: round(filtered / (rows.length - unwantedCount), 4),
    };
  }
  const text = trainTextModel(rows, textOptions);
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    text,
    combination,
    thresholds: {
      junk,
      promotion: DEFAULT_THRESHOLDS.promotion,
      transaction: DEFAULT_THRESHOLDS.transaction,
    },
    trainedOn: {
      messages: rows.length,
      unwanted: unwantedCount,
      date: (o.now ?? new Date()).toISOString(),
      rulesVersion: o.rulesVersion ?? 'unknown',
      ruleCount: o.ruleCount ?? 0,
      innerFolds: k >= 2 ? k : 0,
      heldOut,
      options: {
        bits: o.bits,
        minGram: o.charGrams[0],
        maxGram: o.charGrams[1],
        l2: o.l2,
        epochs: o.epochs,
        learningRate: o.learningRate,
        seed: o.seed,
        innerFolds: o.innerFolds,
        targetWantedFiltered: o.targetWantedFiltered,
        minJunkThreshold: o.minJunkThreshold,
        thresholdWindow: o.thresholdWindow,
        modelFloor: o.modelFloor,
        ruleL2: o.ruleL2 ?? 0.5,
        modelL2: o.modelL2 ?? 0.01,
      },
    },
  };
}
