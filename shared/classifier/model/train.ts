/**
 * Training the whole statistical layer, like SpamAssassin's perceptron on top of the text models:
 * 1. the text models are trained on K-1 inner folds and score the held-out fold, so every
 *    training message gets scores from models that never saw it;
 * 2. the combination is fitted on those held-out scores and the rule hits (`combination.ts`);
 * 3. the thresholds are picked on scores held out from both layers (nested; `thresholds.ts`);
 * 4. the text models are trained once more on every message; those are shipped.
 */
import { FOLDERS, type Folder } from '../labels.ts';
import type { Combination, ModelScores } from '../score.ts';
import { combine, DEFAULT_COMBINATION } from '../score.ts';
import type { Thresholds } from '../verdict.ts';
import { DEFAULT_THRESHOLDS } from '../verdict.ts';
import type { Vote } from '../votes.ts';
import { type CombinationOptions, fitCombination, type StackRow } from './combination.ts';
import type { ModelInput } from './features.ts';
import { assignFolds, groupCounts } from './folds.ts';
import { MODEL_FORMAT, MODEL_VERSION, type ModelFile, type TrainingSummary } from './model-file.ts';
import { TextModel } from './text-model.ts';
import {
  DEFAULT_FOLDER_BUDGETS,
  DEFAULT_JUNK_BUDGETS,
  type FolderBudgets,
  type FolderRow,
  type JunkBudgets,
  pickFolderThresholds,
  pickJunkThreshold,
} from './thresholds.ts';
import { round, TEXT_DEFAULTS, type TextTrainOptions, trainTextModel } from './train-text.ts';

/** A training set that cannot produce a model (for example only one class). */
export class TrainingError extends Error {
  override readonly name = 'TrainingError';
}

export interface TrainingExample {
  readonly input: ModelInput;
  readonly votes: readonly Vote[];
  readonly folder: Folder;
  /** Rows with the same group (the same template) always share an inner fold. */
  readonly group: string;
}

export interface TrainOptions extends TextTrainOptions, CombinationOptions {
  /** Inner folds for the held-out scores (default 5). */
  readonly innerFolds?: number;
  /** Share of each wanted folder the junk threshold may junk on held-out scores. */
  readonly junkBudgets?: JunkBudgets;
  /** Shares of personal and of unwanted messages the model's own folders may take on held-out scores. */
  readonly folderBudgets?: FolderBudgets;
  /** The junk threshold never goes below this log-odds (default -1). */
  readonly minJunkThreshold?: number;
  /** Ranks either side of a target rank averaged into a threshold (default 2). */
  readonly thresholdWindow?: number;
  readonly rulesVersion?: string;
  readonly ruleCount?: number;
  /** The corpora the rows come from (names, for the summary). */
  readonly corpora?: readonly string[];
  readonly now?: Date;
  /** Receives the combined scores held out from both layers (the ones the junk threshold is picked on). */
  readonly onHeldOut?: (scores: Float64Array, folders: readonly Folder[]) => void;
}

const STACK_DEFAULTS = {
  innerFolds: 5,
  minJunkThreshold: -1,
  thresholdWindow: 2,
  modelFloor: 0,
  minRuleHits: 10,
  ruleL2: 0.5,
  modelL2: 0.01,
};

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Held-out text-model scores for every row, from models trained on the other inner folds. */
function heldOutScores(
  rows: readonly TrainingExample[],
  folds: Int32Array,
  k: number,
  options: TextTrainOptions,
): ModelScores[] {
  const scores: ModelScores[] = new Array(rows.length);
  for (let f = 0; f < k; f++) {
    const model = new TextModel(
      trainTextModel(
        rows.filter((_, i) => folds[i] !== f),
        options,
      ),
    );
    rows.forEach((r, i) => {
      if (folds[i] === f) scores[i] = model.score(r.input);
    });
  }
  return scores;
}

/**
 * The model's own folder thresholds, from held-out rows the rules leave to it (no rule voted) and
 * that the junk threshold does not take.
 */
function folderThresholds(
  rows: readonly TrainingExample[],
  scores: readonly ModelScores[],
  combined: Float64Array,
  junk: number,
  budgets: FolderBudgets,
): Partial<Thresholds> {
  const totals = { none: 0, junk: 0 };
  const eligible: { transaction: FolderRow[]; promotion: FolderRow[] } = { transaction: [], promotion: [] };
  rows.forEach((r, i) => {
    if (r.folder === 'none' || r.folder === 'junk') totals[r.folder]++;
    if ((combined[i] as number) >= junk || r.votes.length > 0) return;
    const s = scores[i] as ModelScores;
    eligible.transaction.push({ folder: r.folder, odds: s.transaction, score: combined[i] as number });
    eligible.promotion.push({ folder: r.folder, odds: s.promotion, score: combined[i] as number });
  });
  const out: { -readonly [K in keyof Thresholds]?: number } = {};
  const t = pickFolderThresholds(eligible.transaction, 'transaction', totals, budgets);
  if (t) {
    out.modelTransaction = t.odds;
    out.modelTransactionScore = t.score;
  }
  const p = pickFolderThresholds(eligible.promotion, 'promotion', totals, budgets);
  if (p) {
    out.modelPromotion = p.odds;
    out.modelPromotionScore = p.score;
  }
  return out;
}

export function trainModel(rows: readonly TrainingExample[], options: TrainOptions = {}): ModelFile {
  const o = { ...TEXT_DEFAULTS, ...STACK_DEFAULTS, ...definedOnly(options) };
  const budgets = o.junkBudgets ?? DEFAULT_JUNK_BUDGETS;
  const folders = rows.map((r) => r.folder);
  const unwanted = folders.map((f) => f === 'junk');
  const unwantedCount = unwanted.filter(Boolean).length;
  if (rows.length === 0 || unwantedCount === 0 || unwantedCount === rows.length) {
    throw new TrainingError(
      `training needs both wanted and unwanted messages (got ${rows.length - unwantedCount} wanted, ${unwantedCount} unwanted)`,
    );
  }
  const groups = rows.map((r) => r.group);
  const counts = groupCounts(groups, unwanted);
  const k = Math.min(o.innerFolds, counts.get(true) ?? 0, counts.get(false) ?? 0);
  const textOptions: TextTrainOptions = {
    bits: o.bits,
    charGrams: o.charGrams,
    l2: o.l2,
    epochs: o.epochs,
    learningRate: o.learningRate,
    bayesAlpha: o.bayesAlpha,
    seed: o.seed,
  };
  let combination: Combination = DEFAULT_COMBINATION;
  let thresholds: Thresholds = DEFAULT_THRESHOLDS;
  let heldOut: TrainingSummary['heldOut'] = null;
  if (k >= 2) {
    const folds = assignFolds(groups, folders, k, o.seed);
    const scores = heldOutScores(rows, folds, k, textOptions);
    const stack: StackRow[] = rows.map((r, i) => ({
      model: scores[i] as ModelScores,
      votes: r.votes,
      unwanted: unwanted[i] as boolean,
    }));
    // Combined scores held out from the combination too, for the thresholds.
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
    o.onHeldOut?.(combined, folders);
    const junk = pickJunkThreshold(combined, folders, budgets, o.minJunkThreshold, o.thresholdWindow);
    thresholds = {
      ...DEFAULT_THRESHOLDS,
      junk,
      ...folderThresholds(rows, scores, combined, junk, o.folderBudgets ?? DEFAULT_FOLDER_BUDGETS),
    };
    combination = fitCombination(stack, o);
    let caught = 0;
    let junked = 0;
    combined.forEach((s, i) => {
      if (s >= junk) unwanted[i] ? caught++ : junked++;
    });
    heldOut = {
      unwantedCaught: round(caught / unwantedCount, 4),
      wantedJunked: round(junked / (rows.length - unwantedCount), 4),
    };
  }
  const text = trainTextModel(rows, textOptions);
  const perFolder = Object.fromEntries(FOLDERS.map((f) => [f, 0])) as Record<Folder, number>;
  for (const f of folders) perFolder[f]++;
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    text,
    combination,
    thresholds,
    trainedOn: {
      messages: rows.length,
      unwanted: unwantedCount,
      folders: perFolder,
      corpora: [...(o.corpora ?? [])],
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
        bayesAlpha: o.bayesAlpha,
        seed: o.seed,
        innerFolds: o.innerFolds,
        'folderBudget.none': (o.folderBudgets ?? DEFAULT_FOLDER_BUDGETS).none,
        'folderBudget.junk': (o.folderBudgets ?? DEFAULT_FOLDER_BUDGETS).junk,
        minJunkThreshold: o.minJunkThreshold,
        thresholdWindow: o.thresholdWindow,
        modelFloor: o.modelFloor,
        minRuleHits: o.minRuleHits,
        ruleL2: o.ruleL2,
        modelL2: o.modelL2,
        ...Object.fromEntries(Object.entries(budgets).map(([f, v]) => [`junkBudget.${f}`, v as number])),
      },
    },
  };
}
