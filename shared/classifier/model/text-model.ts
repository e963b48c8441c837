/**
 * The text model: two models over the same hashed features, so one extraction feeds both.
 * - softmax regression over the four folders, `none` the reference class:
 *   z_c = bias_c + sum(text weights_c) / sqrt(text features) + sum(meta weights_c), z_none = 0;
 * - naive Bayes, junk against the rest: sum over feature occurrences of log-count ratios,
 *   divided by sqrt(features) (trained on the same occurrence counts).
 * They err differently; the combination learns how much each counts towards junk.
 */
import { FOLDERS } from '../labels.ts';
import type { ModelScores } from '../score.ts';
import { Featurizer, type ModelInput } from './features.ts';
import { checkTextModelFile, decodeTable, type Table, type TextModelFile } from './model-file.ts';

export interface Contribution {
  readonly feature: string;
  readonly weight: number;
}

const JUNK = FOLDERS.indexOf('junk') - 1;
const PROMOTION = FOLDERS.indexOf('promotion') - 1;
const TRANSACTION = FOLDERS.indexOf('transaction') - 1;
/** Bytes a bucket in the interleaved weights: one per softmax table (the folders but `none`), one for naive Bayes. */
const STRIDE = 4;
if (FOLDERS.length - 1 + 1 !== STRIDE)
  throw new Error('text model: STRIDE must be the softmax tables plus naive Bayes');

/** `tables` (of one size) as one array, a bucket's bytes side by side. */
function interleave(tables: readonly Table[]): Int8Array {
  const size = (tables[0] as Table).bytes.length;
  const out = new Int8Array(size * STRIDE);
  tables.forEach((t, k) => {
    for (let b = 0; b < size; b++) out[b * STRIDE + k] = t.bytes[b] as number;
  });
  return out;
}

/** log(1 + e^a + e^b), stably. */
function logOnePlusExp2(a: number, b: number): number {
  const m = Math.max(0, a, b);
  return m + Math.log(Math.exp(-m) + Math.exp(a - m) + Math.exp(b - m));
}

/** The folder log-odds a softmax gives: junk against the rest, and the wanted folders against none. */
export function scoresOf(z: ArrayLike<number>, bayes: number): ModelScores {
  const junk = z[JUNK] as number;
  const promotion = z[PROMOTION] as number;
  const transaction = z[TRANSACTION] as number;
  return {
    logistic: junk - logOnePlusExp2(promotion, transaction),
    bayes,
    promotion,
    transaction,
  };
}

export class TextModel {
  readonly file: TextModelFile;
  readonly #tables: readonly Table[];
  readonly #bias: Float64Array;
  readonly #bayes: Table;
  readonly #featurizer: Featurizer;
  /** The three softmax tables' and naive Bayes' bytes of a bucket side by side (`STRIDE` a bucket): one cache line a feature, not four. */
  readonly #interleaved: Int8Array;
  readonly #z = new Float64Array(FOLDERS.length - 1);

  constructor(file: TextModelFile) {
    checkTextModelFile(file);
    this.file = file;
    this.#tables = file.softmax.map((t, i) => decodeTable(t, file.bits, `softmax[${i}]`));
    this.#bias = Float64Array.from(file.softmax, (t) => t.bias);
    this.#bayes = decodeTable(file.bayes, file.bits, 'bayes');
    this.#featurizer = new Featurizer(file.bits, file.charGrams);
    this.#interleaved = interleave([...this.#tables, this.#bayes]);
  }

  /** The folder scores of one message (positive logistic = junk), from one feature extraction. */
  score(input: ModelInput): ModelScores {
    const f = this.#featurizer;
    f.extract(input);
    const buf = f.buffer;
    const textCount = f.textCount;
    const total = f.total;
    const norm = textCount > 0 ? 1 / Math.sqrt(textCount) : 0;
    const w = this.#interleaved;
    // integer sums of the stored bytes, scaled once; a bucket's four bytes are adjacent
    let t0 = 0;
    let t1 = 0;
    let t2 = 0;
    let nbSum = 0;
    for (let i = 0; i < textCount; i++) {
      const o = (buf[i] as number) * STRIDE;
      t0 += w[o] as number;
      t1 += w[o + 1] as number;
      t2 += w[o + 2] as number;
      nbSum += w[o + 3] as number;
    }
    let m0 = 0;
    let m1 = 0;
    let m2 = 0;
    for (let i = textCount; i < total; i++) {
      const o = (buf[i] as number) * STRIDE;
      m0 += w[o] as number;
      m1 += w[o + 1] as number;
      m2 += w[o + 2] as number;
      nbSum += w[o + 3] as number;
    }
    const z = this.#z;
    const tables = this.#tables;
    const bias = this.#bias;
    z[0] = (bias[0] as number) + (t0 * norm + m0) * (tables[0] as Table).scale;
    z[1] = (bias[1] as number) + (t1 * norm + m1) * (tables[1] as Table).scale;
    z[2] = (bias[2] as number) + (t2 * norm + m2) * (tables[2] as Table).scale;
    return scoresOf(z, total > 0 ? (nbSum * this.#bayes.scale) / Math.sqrt(total) : 0);
  }

  /**
   * The features that moved the text model's junk part of the combined score most, strongest
   * first; `weights` are the combination's weights of the two scores. A feature's softmax part is
   * its junk weight minus the other folders' weights, each in the share the message gives them.
   */
  contributions(input: ModelInput, weights: { model: number; bayes: number }, top = 10): Contribution[] {
    const named: { name: string; bucket: number; text: boolean }[] = [];
    this.#featurizer.extract(input, (name, bucket, group) =>
      named.push({ name, bucket, text: group === 'text' }),
    );
    const scores = this.score(input);
    // shares of none, promotion, transaction among the folders that are not junk
    const lse = logOnePlusExp2(scores.promotion, scores.transaction);
    const qPromotion = Math.exp(scores.promotion - lse);
    const qTransaction = Math.exp(scores.transaction - lse);
    const textCount = named.filter((f) => f.text).length;
    const lrNorm = textCount > 0 ? 1 / Math.sqrt(textCount) : 0;
    const nbNorm = named.length > 0 ? 1 / Math.sqrt(named.length) : 0;
    const weight = (t: Table | undefined, b: number) =>
      ((t as Table).bytes[b] as number) * (t as Table).scale;
    const junk = this.#tables[JUNK];
    const promotion = this.#tables[PROMOTION];
    const transaction = this.#tables[TRANSACTION];
    const byName = new Map<string, number>();
    for (const f of named) {
      const b = f.bucket;
      const softmax =
        weight(junk, b) - qPromotion * weight(promotion, b) - qTransaction * weight(transaction, b);
      const lr = softmax * (f.text ? lrNorm : 1);
      const nb = weight(this.#bayes, b) * nbNorm;
      byName.set(f.name, (byName.get(f.name) ?? 0) + weights.model * lr + weights.bayes * nb);
    }
    return [...byName]
      .map(([feature, weight]) => ({ feature, weight: Math.round(weight * 1000) / 1000 }))
      .filter((c) => c.weight !== 0)
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || (a.feature < b.feature ? -1 : 1))
      .slice(0, top);
  }
}
