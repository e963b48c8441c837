/**
 * The model file: compact JSON, its weights quantised to one signed byte each and stored as
 * base64. Validated field by field on load, so a damaged or foreign file is refused with the name
 * of what is wrong rather than scoring garbage.
 */
import { FOLDERS, type Folder } from '../labels.ts';
import type { Combination } from '../score.ts';
import type { Thresholds } from '../verdict.ts';
import { FEATURE_SET } from './features.ts';

export const MODEL_FORMAT = 'smsjunk-model';
export const MODEL_VERSION = 3;

/** 2^bits weights quantised to signed bytes: a bucket's weight is its byte times `scale`. */
export interface WeightTable {
  readonly scale: number;
  /** base64 of 2^bits signed bytes. */
  readonly weights: string;
}

/**
 * The text model: a softmax regression over the four folders and a naive Bayes for junk, over the
 * same hashed features (see `text-model.ts`).
 */
export interface TextModelFile {
  readonly featureSet: typeof FEATURE_SET;
  /** log2 of the number of hash buckets. */
  readonly bits: number;
  /** Shortest and longest character n-gram. */
  readonly charGrams: readonly [number, number];
  /** The folders in `FOLDERS` order; the first, `none`, is the reference class and has no table. */
  readonly classes: readonly Folder[];
  /** One table and bias per class after the first. */
  readonly softmax: readonly (WeightTable & { readonly bias: number })[];
  /** Naive-Bayes log-count ratios, junk against the rest. */
  readonly bayes: WeightTable;
}

export interface TrainingSummary {
  readonly messages: number;
  readonly unwanted: number;
  /** Training messages per folder. */
  readonly folders: Readonly<Record<Folder, number>>;
  /** The corpora trained on (file names), when known. */
  readonly corpora: readonly string[];
  readonly date: string;
  readonly rulesVersion: string;
  readonly ruleCount: number;
  /** Inner folds used for stacking (0: too few messages, no stacking). */
  readonly innerFolds: number;
  /** Figures on held-out training scores at the chosen thresholds (an estimate, not an evaluation). */
  readonly heldOut: {
    readonly unwantedCaught: number;
    readonly wantedJunked: number;
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

/** Buckets rounded up (or down) rather than to the nearest byte. */
export interface DirectedRounding {
  readonly buckets: ReadonlySet<number>;
  readonly up: boolean;
}

/** Quantises to signed bytes: weight = byte * scale. */
export function quantise(weights: ArrayLike<number>, directed?: DirectedRounding): WeightTable {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i] as number));
  const scale = max > 0 ? max / 127 : 1;
  const q = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) q[i] = Math.round((weights[i] as number) / scale);
  // an order between tables that rounding to the nearest byte could break is kept by rounding away
  if (directed) {
    const round = directed.up ? Math.ceil : Math.floor;
    for (const j of directed.buckets)
      q[j] = Math.max(-127, Math.min(127, round((weights[j] as number) / scale)));
  }
  return { scale, weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64') };
}

/** A decoded table: the signed bytes as they are stored, and the scale that makes them weights. */
export interface Table {
  readonly bytes: Int8Array;
  readonly scale: number;
}

/** The table's bytes, read in place (base64 decoding is native; no float copy is made). */
export function decodeTable(table: WeightTable, bits: number, what: string): Table {
  const size = 2 ** bits;
  const bytes = Buffer.from(table.weights, 'base64');
  if (bytes.length !== size) {
    throw new ModelFormatError(
      `model ${what} weights hold ${bytes.length} bytes, expected ${size} (2^${bits})`,
    );
  }
  return { bytes: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), scale: table.scale };
}

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

export function checkTextModelFile(t: unknown): asserts t is TextModelFile {
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
  if (!Array.isArray(t.classes) || t.classes.join() !== FOLDERS.join())
    throw new ModelFormatError(`model file: text.classes must be ${JSON.stringify(FOLDERS)}`);
  if (!Array.isArray(t.softmax) || t.softmax.length !== FOLDERS.length - 1)
    throw new ModelFormatError(`model file: text.softmax must hold ${FOLDERS.length - 1} tables`);
  t.softmax.forEach((table: unknown, i: number) => {
    checkTable(table, `text.softmax[${i}]`);
    finite((table as Record<string, unknown>).bias, `text.softmax[${i}].bias`);
  });
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
  for (const key of [
    'decisiveRule',
    'modelTransaction',
    'modelTransactionScore',
    'modelPromotion',
    'modelPromotionScore',
  ]) {
    if (t[key] !== undefined) finite(t[key], `thresholds.${key}`);
  }
  if (!isRecord(value.trainedOn)) throw new ModelFormatError('model file: "trainedOn" must be an object');
  return value as unknown as ModelFile;
}
