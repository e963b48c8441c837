/**
 * Training the text model: a softmax regression over the four folders by AdaGrad with L2, and a
 * naive Bayes (junk against the rest) from the same feature occurrence counts it is scored on.
 * A folder with no training message keeps zero weights and a bias that makes it unreachable.
 */
import { FOLDERS, type Folder } from '../labels.ts';
import { FEATURE_SET, Featurizer, type ModelInput, NEVER_LESS_JUNK } from './features.ts';
import { seededRandom, shuffle } from './folds.ts';
import { quantise, type TextModelFile } from './model-file.ts';

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

export const TEXT_DEFAULTS = {
  bits: 17,
  charGrams: [3, 5] as const,
  l2: 1e-5,
  epochs: 20,
  learningRate: 0.5,
  bayesAlpha: 0.5,
  seed: 7,
};

/** The softmax table of junk (none, the reference folder, has none). */
const JUNK_TABLE = FOLDERS.indexOf('junk') - 1;

/** The bias of a folder no training message belongs to: never predicted. */
const ABSENT_BIAS = -30;

export interface TextRow {
  readonly input: ModelInput;
  readonly folder: Folder;
}

/** One message as a sparse vector: distinct buckets, their scaled values and occurrence counts. */
interface Encoded {
  readonly idx: Int32Array;
  /** The positions in `idx` of the buckets that may only raise the junk odds (`NEVER_LESS_JUNK`). */
  readonly mono: Int32Array;
  /** What `score()` computes implicitly: 1/sqrt(text features) per text occurrence, 1 per meta one. */
  readonly val: Float32Array;
  readonly count: Uint16Array;
  /** All occurrences (the naive-Bayes norm). */
  readonly total: number;
}

function encodeAll(
  featurizer: Featurizer,
  inputs: readonly ModelInput[],
  size: number,
  monotone: ReadonlySet<number>,
): Encoded[] {
  // A bucket's slot in the message being encoded (-1: not seen yet); only touched slots are reset,
  // so each message costs its own length. Buckets keep the order of their first occurrence.
  const slot = new Int32Array(size).fill(-1);
  let keys = new Int32Array(0);
  let sums = new Float64Array(0);
  let counts = new Uint32Array(0);
  return inputs.map((input) => {
    featurizer.extract(input);
    if (featurizer.total > keys.length) {
      keys = new Int32Array(featurizer.buffer.length);
      sums = new Float64Array(featurizer.buffer.length);
      counts = new Uint32Array(featurizer.buffer.length);
    }
    const b = featurizer.buffer;
    const norm = featurizer.textCount > 0 ? 1 / Math.sqrt(featurizer.textCount) : 0;
    let n = 0;
    for (let i = 0; i < featurizer.total; i++) {
      const k = b[i] as number;
      let at = slot[k] as number;
      if (at < 0) {
        at = n++;
        slot[k] = at;
        keys[at] = k;
        sums[at] = 0;
        counts[at] = 0;
      }
      sums[at] = (sums[at] as number) + (i < featurizer.textCount ? norm : 1);
      counts[at] = (counts[at] as number) + 1;
    }
    const idx = keys.slice(0, n);
    const val = Float32Array.from(sums.subarray(0, n));
    const count = new Uint16Array(n);
    for (let j = 0; j < n; j++) {
      count[j] = Math.min(counts[j] as number, 65535);
      slot[idx[j] as number] = -1;
    }
    return { idx, mono: monotonePositions(idx, monotone), val, count, total: featurizer.total };
  });
}

/** Softmax regression with `none` (class 0) as the reference: tables for classes 1..C-1. */
function fitSoftmax(
  encoded: readonly Encoded[],
  labels: Int32Array,
  present: readonly boolean[],
  size: number,
  o: Required<Omit<TextTrainOptions, 'bits' | 'charGrams'>>,
): { tables: Float64Array[]; bias: Float64Array } {
  const classes = FOLDERS.length - 1;
  const w = Array.from({ length: classes }, () => new Float64Array(size));
  const g2 = Array.from({ length: classes }, () => new Float64Array(size));
  const bias = new Float64Array(classes);
  const gBias = new Float64Array(classes);
  for (let c = 0; c < classes; c++) if (!present[c + 1]) bias[c] = ABSENT_BIAS;
  const order = Array.from(encoded.keys());
  const random = seededRandom(o.seed);
  const eps = 1e-8;
  const rate = o.learningRate;
  const l2 = o.l2;
  const z = new Float64Array(classes);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    for (const r of order) {
      const e = encoded[r] as Encoded;
      const idx = e.idx;
      const val = e.val;
      let max = 0;
      for (let c = 0; c < classes; c++) {
        if (!present[c + 1]) {
          z[c] = -Infinity;
          continue;
        }
        const wc = w[c] as Float64Array;
        let s = bias[c] as number;
        for (let i = 0; i < idx.length; i++) s += (wc[idx[i] as number] as number) * (val[i] as number);
        z[c] = s;
        if (s > max) max = s;
      }
      let sum = Math.exp(-max);
      for (let c = 0; c < classes; c++) {
        const ez = Math.exp((z[c] as number) - max);
        z[c] = ez;
        sum += ez;
      }
      const y = (labels[r] as number) - 1;
      for (let c = 0; c < classes; c++) {
        if (!present[c + 1]) continue;
        const g = (z[c] as number) / sum - (c === y ? 1 : 0);
        const wc = w[c] as Float64Array;
        const gc = g2[c] as Float64Array;
        gBias[c] = (gBias[c] as number) + g * g;
        bias[c] = (bias[c] as number) - (rate * g) / Math.sqrt((gBias[c] as number) + eps);
        for (let i = 0; i < idx.length; i++) {
          const j = idx[i] as number;
          const wj = wc[j] as number;
          const gj = g * (val[i] as number) + l2 * wj;
          const acc = (gc[j] as number) + gj * gj;
          gc[j] = acc;
          wc[j] = wj - (rate * gj) / Math.sqrt(acc + eps);
        }
      }
      if (e.mono.length > 0) keepJunkOdds(w, idx, e.mono);
    }
  }
  return { tables: w, bias };
}

/**
 * Projects the weights of the buckets that may only raise the junk odds (`NEVER_LESS_JUNK`) back
 * into their allowed set: junk's weight at least 0 (the reference folder, none) and at least each
 * wanted folder's, so the message's junk log-odds never fall as such a feature appears.
 * `positions` are those buckets' places in `idx`.
 */
function keepJunkOdds(w: readonly Float64Array[], idx: Int32Array, positions: Int32Array): void {
  const junk = w[JUNK_TABLE] as Float64Array;
  for (let p = 0; p < positions.length; p++) {
    const j = idx[positions[p] as number] as number;
    const wj = Math.max(junk[j] as number, 0);
    junk[j] = wj;
    for (const t of w) if (t !== junk && (t[j] as number) > wj) t[j] = wj;
  }
}

function monotonePositions(idx: Int32Array, monotone: ReadonlySet<number>): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < idx.length; i++) if (monotone.has(idx[i] as number)) out.push(i);
  return Int32Array.from(out);
}

/**
 * Naive-Bayes log-count ratios from feature occurrences: log P(bucket | junk) - log P(bucket | rest),
 * smoothed; 0 for buckets never seen.
 */
function fitBayes(
  encoded: readonly Encoded[],
  junk: readonly boolean[],
  size: number,
  alpha: number,
  monotone: ReadonlySet<number> = new Set(),
): Float64Array {
  const pos = new Float64Array(size);
  const neg = new Float64Array(size);
  let posTotal = 0;
  let negTotal = 0;
  encoded.forEach((e, r) => {
    const target = junk[r] ? pos : neg;
    for (let i = 0; i < e.idx.length; i++)
      target[e.idx[i] as number] = (target[e.idx[i] as number] as number) + (e.count[i] as number);
    if (junk[r]) posTotal += e.total;
    else negTotal += e.total;
  });
  const out = new Float64Array(size);
  const posNorm = Math.log(posTotal + alpha * size);
  const negNorm = Math.log(negTotal + alpha * size);
  for (let j = 0; j < size; j++) {
    const p = pos[j] as number;
    const n = neg[j] as number;
    if (p + n > 0) out[j] = Math.log(p + alpha) - posNorm - (Math.log(n + alpha) - negNorm);
  }
  for (const j of monotone) out[j] = Math.max(out[j] as number, 0);
  return out;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export function trainTextModel(rows: readonly TextRow[], options: TextTrainOptions = {}): TextModelFile {
  const o = { ...TEXT_DEFAULTS, ...definedOnly(options) };
  const featurizer = new Featurizer(o.bits, o.charGrams);
  const monotone = new Set(NEVER_LESS_JUNK.map((name) => featurizer.metaBucket(name)));
  const encoded = encodeAll(
    featurizer,
    rows.map((r) => r.input),
    2 ** o.bits,
    monotone,
  );
  const labels = Int32Array.from(rows, (r) => FOLDERS.indexOf(r.folder));
  const present = FOLDERS.map((_, c) => labels.includes(c));
  const fit = fitSoftmax(encoded, labels, present, 2 ** o.bits, o);
  const junk = rows.map((r) => r.folder === 'junk');
  return {
    featureSet: FEATURE_SET,
    bits: o.bits,
    charGrams: [o.charGrams[0], o.charGrams[1]],
    classes: [...FOLDERS],
    // junk's stored weight of a NEVER_LESS_JUNK bucket rounds up and the other folders' down
    softmax: fit.tables.map((t, c) => ({
      bias: round(fit.bias[c] as number, 6),
      ...quantise(t, { buckets: monotone, up: c === JUNK_TABLE }),
    })),
    bayes: quantise(fitBayes(encoded, junk, 2 ** o.bits, o.bayesAlpha, monotone), {
      buckets: monotone,
      up: true,
    }),
  };
}

export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
