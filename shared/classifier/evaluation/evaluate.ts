/**
 * Measuring the classifier on labelled messages: the folder each label wants against the action
 * given, as a confusion matrix per label and as rates with 95% Wilson intervals; the binary
 * filtered-or-not figures; the rule author's hit-frequencies. Three modes:
 * - as-is: the classifier as it is;
 * - cross-validation: the statistical layer (text model, combination, thresholds) retrained on
 *   K-1 folds and tested on the held-out one, folds grouping messages by their digit-folded
 *   template, so no figure is measured on a training row or its twin;
 * - train-test: the statistical layer trained on other messages (other corpora) and tested here.
 * Every setting a training picks is picked by inner cross-validation on its training rows only.
 */
import { performance } from 'node:perf_hooks';
import type { Analysis, Classifier } from '../index.ts';
import { assignFolds, groupCounts, templateKey } from '../model/folds.ts';
import { type TrainingExample, type TrainOptions, trainModel } from '../model/train.ts';
import type { Verdict } from '../types.ts';
import { type Figures, type LabelledMessage, measure } from './measure.ts';
import { type RuleFrequency, reportingRuleNames, ruleFrequencies } from './rule-frequencies.ts';

export type { LabelledMessage } from './measure.ts';

export interface EvalOptions {
  /** K-fold cross-validation of the statistical layer; absent: evaluate as it is (or train-test). */
  readonly folds?: number;
  /** Fold assignment seed (default 1). */
  readonly seed?: number;
  /**
   * Messages the statistical layer is trained on: with `folds`, added to every fold's training
   * rows (never tested); without, one model is trained on them and tested on all `messages`.
   */
  readonly trainOn?: readonly LabelledMessage[];
  readonly train?: TrainOptions;
  /** Called after each trained model (progress on stderr). */
  readonly onFold?: (fold: number, folds: number, seconds: number) => void;
}

export interface EvalReport extends Figures {
  /** Classification throughput (analyse, score, decide), one core, measured during the run. */
  readonly messagesPerSecond: number;
  readonly rules: readonly RuleFrequency[];
  readonly mode: 'as-is' | 'cross-validation' | 'train-test';
  readonly folds: number | null;
  /** Messages the statistical layer was trained on besides the folds (train-test, or extra rows). */
  readonly trainedOn: number | null;
  /** The junk threshold the classifier used (one per trained model). */
  readonly junkThresholds: readonly number[];
  readonly rulesVersion: string;
  readonly ruleCount: number;
  /** The model measured as-is (null: rules only, or a mode that trains its own). */
  readonly model: {
    readonly messages: number;
    readonly unwanted: number;
    readonly date: string;
    readonly trainedWithTheseRules: boolean;
  } | null;
  readonly seconds: number;
}

/** The training rows of analysed messages. */
function examples(analyses: readonly Analysis[], messages: readonly LabelledMessage[]): TrainingExample[] {
  return analyses.map((a, i) => ({
    input: a.modelInput,
    votes: a.votes,
    folder: (messages[i] as LabelledMessage).label.folder,
    group: templateKey(a.normalized.text),
  }));
}

function analyzeAll(classifier: Classifier, messages: readonly LabelledMessage[]): Analysis[] {
  return messages.map((m) => classifier.analyze({ text: m.text, sender: m.sender }));
}

/** Decides the analysed messages at `indices`; returns the milliseconds spent. */
function decideTimed(
  classifier: Classifier,
  analyses: readonly Analysis[],
  indices: readonly number[],
  verdicts: Verdict[],
): number {
  const start = performance.now();
  for (const i of indices) verdicts[i] = classifier.decideAnalysis(analyses[i] as Analysis);
  return performance.now() - start;
}

/** Evaluates `classifier` on `messages`: as it is, cross-validated, or trained on `trainOn`. */
export function evaluate(
  classifier: Classifier,
  messages: readonly LabelledMessage[],
  options: EvalOptions = {},
): EvalReport {
  const started = performance.now();
  const analyzeStart = performance.now();
  const analyses = analyzeAll(classifier, messages);
  const analyzeMs = performance.now() - analyzeStart;
  const verdicts: Verdict[] = new Array(messages.length);
  const junkThresholds: number[] = [];
  const extra = options.trainOn ?? [];
  const extraExamples = extra.length > 0 ? examples(analyzeAll(classifier, extra), extra) : [];
  const trainOptions = {
    ...options.train,
    rulesVersion: classifier.rulesVersion,
    ruleCount: classifier.ruleCount,
  };
  let decideMs = 0;
  let mode: EvalReport['mode'] = 'as-is';
  if (options.folds !== undefined) {
    mode = 'cross-validation';
    const k = options.folds;
    const own = examples(analyses, messages);
    const groups = own.map((e) => e.group);
    const unwanted = messages.map((m) => m.label.unwanted);
    const counts = groupCounts(groups, unwanted);
    const w = counts.get(false) ?? 0;
    const u = counts.get(true) ?? 0;
    // a corpus of one side only (notifications, scam reports) can be folded when --train brings the other
    const oneSided = (w === 0 || u === 0) && w + u > 0 && extraExamples.length > 0;
    if (oneSided ? Math.max(w, u) < k : w < k || u < k) {
      throw new RangeError(
        `${k} folds need at least ${k} distinct wanted and ${k} distinct unwanted templates, or with --train ${k} of either (the corpus has ${w} and ${u})`,
      );
    }
    const folds = assignFolds(
      groups,
      messages.map((m) => m.label.folder),
      k,
      options.seed ?? 1,
    );
    for (let f = 0; f < k; f++) {
      const foldStart = performance.now();
      const model = trainModel([...own.filter((_, i) => folds[i] !== f), ...extraExamples], trainOptions);
      const fold = classifier.withModel(model);
      junkThresholds.push(fold.thresholds.junk);
      const test = [...messages.keys()].filter((i) => folds[i] === f);
      decideMs += decideTimed(fold, analyses, test, verdicts);
      options.onFold?.(f + 1, k, (performance.now() - foldStart) / 1000);
    }
  } else if (extraExamples.length > 0) {
    mode = 'train-test';
    const trainStart = performance.now();
    const trained = classifier.withModel(trainModel(extraExamples, trainOptions));
    options.onFold?.(1, 1, (performance.now() - trainStart) / 1000);
    junkThresholds.push(trained.thresholds.junk);
    decideMs += decideTimed(trained, analyses, [...messages.keys()], verdicts);
  } else {
    junkThresholds.push(classifier.thresholds.junk);
    decideMs += decideTimed(classifier, analyses, [...messages.keys()], verdicts);
  }
  const figures = measure(messages, verdicts);
  const classifyMs = analyzeMs + decideMs;
  return {
    ...figures,
    messagesPerSecond: classifyMs > 0 ? Math.round((messages.length * 1000) / classifyMs) : 0,
    rules: ruleFrequencies(
      reportingRuleNames(classifier.sources),
      analyses.map((a) => a.hits),
      messages.map((m) => m.label.unwanted),
    ),
    mode,
    folds: options.folds ?? null,
    trainedOn: extra.length > 0 ? extra.length : null,
    junkThresholds,
    rulesVersion: classifier.rulesVersion,
    ruleCount: classifier.ruleCount,
    model:
      mode === 'as-is' && classifier.model
        ? {
            messages: classifier.model.trainedOn.messages,
            unwanted: classifier.model.trainedOn.unwanted,
            date: classifier.model.trainedOn.date,
            trainedWithTheseRules: classifier.model.trainedWithTheseRules,
          }
        : null,
    seconds: round((performance.now() - started) / 1000, 2),
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
