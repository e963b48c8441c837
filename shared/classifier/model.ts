/**
 * The statistical layer: a token model over hashed word and character n-grams, trained from
 * labelled messages and saved as compact JSON. `score()` returns log-odds that a message is
 * unwanted (positive = unwanted).
 */

export interface ModelFile {
  readonly format: 'smsjunk-model';
  readonly version: 1;
  readonly kind: 'naive-bayes';
  /** log2 of the number of hash buckets. */
  readonly bits: number;
  readonly bias: number;
  /** bucket -> weight (log-likelihood ratio), only non-zero buckets. */
  readonly weights: Readonly<Record<string, number>>;
  readonly trainedOn: { readonly messages: number; readonly unwanted: number; readonly date: string };
}

export interface TrainingRow {
  readonly text: string;
  readonly unwanted: boolean;
}

/** FNV-1a over a string, 32-bit. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Feature buckets of a normalised text: words, word pairs and character 3-grams. */
export function featureBuckets(text: string, bits: number): number[] {
  const mask = (1 << bits) - 1;
  const lower = text.toLowerCase();
  const words = lower.match(/[a-z0-9£$€']+/g) ?? [];
  const out: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    out.push(fnv1a(`w:${w}`) & mask);
    if (i > 0) out.push(fnv1a(`b:${words[i - 1]} ${w}`) & mask);
  }
  const padded = ` ${lower} `;
  for (let i = 0; i + 3 <= padded.length; i++) out.push(fnv1a(`c:${padded.slice(i, i + 3)}`) & mask);
  return out;
}

export class TextModel {
  readonly #weights: Float32Array;
  readonly #bias: number;
  readonly #bits: number;
  readonly file: ModelFile;

  constructor(file: ModelFile) {
    if (file.format !== 'smsjunk-model' || file.version !== 1) {
      throw new TypeError(
        `unsupported model file (format ${String(file.format)}, version ${String(file.version)})`,
      );
    }
    this.file = file;
    this.#bits = file.bits;
    this.#bias = file.bias;
    this.#weights = new Float32Array(1 << file.bits);
    for (const [k, v] of Object.entries(file.weights)) this.#weights[Number(k)] = v;
  }

  /** Log-odds that the text is unwanted, averaged over its features so long texts do not saturate. */
  score(text: string): number {
    const buckets = featureBuckets(text, this.#bits);
    if (buckets.length === 0) return this.#bias;
    let sum = 0;
    for (const b of buckets) sum += this.#weights[b] as number;
    return this.#bias + sum / Math.sqrt(buckets.length);
  }
}

export interface TrainOptions {
  readonly bits?: number;
  /** Laplace smoothing. */
  readonly alpha?: number;
  readonly now?: Date;
}

export function train(rows: readonly TrainingRow[], options: TrainOptions = {}): ModelFile {
  const bits = options.bits ?? 18;
  const alpha = options.alpha ?? 0.5;
  const size = 1 << bits;
  const pos = new Float64Array(size);
  const neg = new Float64Array(size);
  let posTotal = 0;
  let negTotal = 0;
  let unwanted = 0;
  for (const row of rows) {
    const seen = new Set(featureBuckets(row.text, bits));
    const target = row.unwanted ? pos : neg;
    for (const b of seen) target[b] = (target[b] as number) + 1;
    if (row.unwanted) {
      posTotal += seen.size;
      unwanted++;
    } else {
      negTotal += seen.size;
    }
  }
  const weights: Record<string, number> = {};
  for (let b = 0; b < size; b++) {
    const p = pos[b] as number;
    const n = neg[b] as number;
    if (p === 0 && n === 0) continue;
    const w =
      Math.log((p + alpha) / (posTotal + alpha * size)) - Math.log((n + alpha) / (negTotal + alpha * size));
    const rounded = Math.round(w * 1000) / 1000;
    if (rounded !== 0) weights[b] = rounded;
  }
  const prior = rows.length > 0 ? Math.log((unwanted + 1) / (rows.length - unwanted + 1)) : 0;
  return {
    format: 'smsjunk-model',
    version: 1,
    kind: 'naive-bayes',
    bits,
    bias: Math.round(prior * 1000) / 1000,
    weights,
    trainedOn: { messages: rows.length, unwanted, date: (options.now ?? new Date()).toISOString() },
  };
}
