/**
 * Measuring the classifier on a labelled corpus: the binary filtered-or-not metrics, the confusion
 * matrix over Apple actions, the rule author's hit-frequencies, and K-fold cross-validation in
 * which the statistical layer (text model, combination weights and junk threshold) is retrained on
 * K-1 folds and tested on the held-out one, so no figure is measured on a training row.
 */
import { performance } from 'node:perf_hooks';
import type { RuleSource } from './engine.ts';
import type { Analysis, Classifier } from './index.ts';
import { assignFolds, groupCounts, type TrainingExample, type TrainOptions, trainModel } from './model.ts';
import { ACTIONS, type Action } from './types.ts';

export { assignFolds } from './model.ts';

/** Filtered = taken out of the inbox: any action but `none` and `allow`. */
export function isFiltered(action: Action): boolean {
  return action !== 'none' && action !== 'allow';
}

/** Positive = unwanted; predicted positive = filtered. */
export interface BinaryCounts {
  readonly tp: number;
  readonly fp: number;
  readonly tn: number;
  readonly fn: number;
}

/** Matthews correlation coefficient; 0 when a row or column of the matrix is empty. */
export function mcc(c: BinaryCounts): number {
  const d = Math.sqrt((c.tp + c.fp) * (c.tp + c.fn) * (c.tn + c.fp) * (c.tn + c.fn));
  return d === 0 ? 0 : (c.tp * c.tn - c.fp * c.fn) / d;
}

export function accuracy(c: BinaryCounts): number {
  const n = c.tp + c.fp + c.tn + c.fn;
  return n === 0 ? 0 : (c.tp + c.tn) / n;
}

export type ActionCounts = Record<Action, number>;

/** Rows: wanted / unwanted; columns: Apple's actions. */
export interface Confusion {
  readonly wanted: ActionCounts;
  readonly unwanted: ActionCounts;
}

function zeroCounts(): ActionCounts {
  return { none: 0, allow: 0, junk: 0, promotion: 0, transaction: 0 };
}

export function binaryCounts(confusion: Confusion): BinaryCounts {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  for (const a of ACTIONS) {
    if (isFiltered(a)) {
      tp += confusion.unwanted[a];
      fp += confusion.wanted[a];
    } else {
      fn += confusion.unwanted[a];
      tn += confusion.wanted[a];
    }
  }
  return { tp, fp, tn, fn };
}

export interface RuleFrequency {
  readonly name: string;
  readonly wantedHits: number;
  readonly unwantedHits: number;
  /** Share of its hits that are unwanted messages; null when it never fired. */
  readonly precision: number | null;
}

const RULE_DECL = /^[ \t]*((?:(?:private|global)[ \t]+)*)rule[ \t]+([A-Za-z_][A-Za-z0-9_]*)/gm;

/** Names of the rules that report hits (private rules never do), in source order. */
export function reportingRuleNames(sources: readonly RuleSource[]): string[] {
  const names: string[] = [];
  for (const s of sources) {
    for (const m of s.source.matchAll(RULE_DECL)) {
      if (!(m[1] ?? '').includes('private')) names.push(m[2] as string);
    }
  }
  return names;
}

/** Hits per rule on wanted and on unwanted messages; rules that never fire are listed with zeros. */
export function ruleFrequencies(
  ruleNames: readonly string[],
  hits: readonly (readonly string[])[],
  unwanted: readonly boolean[],
): RuleFrequency[] {
  const counts = new Map<string, { w: number; u: number }>();
  for (const n of ruleNames) counts.set(n, { w: 0, u: 0 });
  hits.forEach((names, i) => {
    for (const n of names) {
      let c = counts.get(n);
      if (!c) {
        c = { w: 0, u: 0 };
        counts.set(n, c);
      }
      if (unwanted[i]) c.u++;
      else c.w++;
    }
  });
  return [...counts].map(([name, c]) => ({
    name,
    wantedHits: c.w,
    unwantedHits: c.u,
    precision: c.w + c.u === 0 ? null : round(c.u / (c.w + c.u), 4),
  }));
}

export interface LabelledMessage {
  readonly text: string;
  readonly unwanted: boolean;
}

export interface EvalOptions {
  /** K-fold cross-validation of the statistical layer; absent: evaluate the classifier as it is. */
  readonly folds?: number;
  /** Fold assignment seed (default 1). */
  readonly seed?: number;
  readonly train?: TrainOptions;
  /** Called after each fold (progress on stderr). */
  readonly onFold?: (fold: number, folds: number, seconds: number) => void;
}

export interface EvalReport {
  readonly messages: number;
  readonly unwanted: number;
  readonly wanted: number;
  /** Share of unwanted messages filtered (any action but none/allow). */
  readonly unwantedCaught: number;
  /** Share of wanted messages filtered. */
  readonly wantedFiltered: number;
  /** Share of wanted messages given `junk`. */
  readonly wantedJunked: number;
  /** On the binary filtered-or-not decision. */
  readonly accuracy: number;
  readonly mcc: number;
  /** Classification throughput (normalise, scan, score, decide), one core, measured during the run. */
  readonly messagesPerSecond: number;
  readonly counts: BinaryCounts;
  readonly confusion: Confusion;
  readonly rules: readonly RuleFrequency[];
  readonly mode: 'as-is' | 'cross-validation';
  readonly folds: number | null;
  /** The junk threshold the classifier used (one per fold under cross-validation). */
  readonly junkThresholds: readonly number[];
  readonly rulesVersion: string;
  readonly ruleCount: number;
  /** The model measured as-is (null: rules only, or cross-validation, which trains its own). */
  readonly model: {
    readonly messages: number;
    readonly unwanted: number;
    readonly date: string;
    readonly trainedWithTheseRules: boolean;
  } | null;
  readonly seconds: number;
}

/** The row's fold group: identical texts (after normalisation, ignoring case) share one. */
function groupKey(a: Analysis): string {
  return a.normalized.text.toLowerCase();
}

function classifyTimed(
  classifier: Classifier,
  messages: readonly LabelledMessage[],
  indices: readonly number[],
  confusion: Confusion,
): number {
  const start = performance.now();
  const actions: Action[] = new Array(indices.length);
  for (let j = 0; j < indices.length; j++) {
    actions[j] = classifier.classify({
      text: (messages[indices[j] as number] as LabelledMessage).text,
    }).action;
  }
  const ms = performance.now() - start;
  for (let j = 0; j < indices.length; j++) {
    const row = (messages[indices[j] as number] as LabelledMessage).unwanted
      ? confusion.unwanted
      : confusion.wanted;
    row[actions[j] as Action]++;
  }
  return ms;
}

/** Evaluates `classifier` on `messages`: as it is, or with its statistical layer cross-validated. */
export function evaluate(
  classifier: Classifier,
  messages: readonly LabelledMessage[],
  options: EvalOptions = {},
): EvalReport {
  const started = performance.now();
  const labels = messages.map((m) => m.unwanted);
  const analyses = messages.map((m) => classifier.analyze({ text: m.text }));
  const confusion: Confusion = { wanted: zeroCounts(), unwanted: zeroCounts() };
  const junkThresholds: number[] = [];
  let classifyMs = 0;
  if (options.folds === undefined) {
    classifyMs += classifyTimed(classifier, messages, Array.from(messages.keys()), confusion);
    junkThresholds.push(classifier.thresholds.junk);
  } else {
    const k = options.folds;
    const groups = analyses.map(groupKey);
    const counts = groupCounts(groups, labels);
    if (counts.wanted < k || counts.unwanted < k) {
      throw new RangeError(
        `${k} folds need at least ${k} distinct wanted and ${k} distinct unwanted messages (the corpus has ${counts.wanted} and ${counts.unwanted})`,
      );
    }
    const folds = assignFolds(groups, labels, k, options.seed ?? 1);
    const examples: TrainingExample[] = analyses.map((a, i) => ({
      input: a.modelInput,
      votes: a.votes,
      unwanted: labels[i] as boolean,
      group: groups[i] as string,
    }));
    for (let f = 0; f < k; f++) {
      const foldStart = performance.now();
      const train = examples.filter((_, i) => folds[i] !== f);
      const test = [...messages.keys()].filter((i) => folds[i] === f);
      const model = trainModel(train, {
        ...options.train,
        rulesVersion: classifier.rulesVersion,
        ruleCount: classifier.ruleCount,
      });
      const fold = classifier.withModel(model);
      junkThresholds.push(fold.thresholds.junk);
      classifyMs += classifyTimed(fold, messages, test, confusion);
      options.onFold?.(f + 1, k, (performance.now() - foldStart) / 1000);
    }
  }
  const c = binaryCounts(confusion);
  const wanted = c.fp + c.tn;
  const unwanted = c.tp + c.fn;
  const wantedJunked = wanted === 0 ? 0 : confusion.wanted.junk / wanted;
  return {
    messages: messages.length,
    unwanted,
    wanted,
    unwantedCaught: unwanted === 0 ? 0 : round(c.tp / unwanted, 6),
    wantedFiltered: wanted === 0 ? 0 : round(c.fp / wanted, 6),
    wantedJunked: round(wantedJunked, 6),
    accuracy: round(accuracy(c), 6),
    mcc: round(mcc(c), 6),
    messagesPerSecond: classifyMs > 0 ? Math.round((messages.length * 1000) / classifyMs) : 0,
    counts: c,
    confusion,
    rules: ruleFrequencies(
      reportingRuleNames(classifier.sources),
      analyses.map((a) => a.hits),
      labels,
    ),
    mode: options.folds === undefined ? 'as-is' : 'cross-validation',
    folds: options.folds ?? null,
    junkThresholds,
    rulesVersion: classifier.rulesVersion,
    ruleCount: classifier.ruleCount,
    model:
      options.folds === undefined && classifier.model
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

function pct(x: number): string {
  return `${(x * 100).toFixed(2)}%`;
}

/** The human-readable report `eval` prints. */
export function formatReport(r: EvalReport): string {
  const lines: string[] = [];
  lines.push(
    r.mode === 'cross-validation'
      ? `${r.folds}-fold cross-validation: the statistical layer retrained on ${(r.folds ?? 0) - 1} folds, tested on the held-out one; rules fixed (${r.ruleCount} rules, ${r.rulesVersion})`
      : `the classifier as it is (${r.ruleCount} rules, ${r.rulesVersion}; ${r.model ? `model trained on ${r.model.messages} messages on ${r.model.date.slice(0, 10)}: figures on its own training corpus are optimistic, use --folds` : 'no model: rules alone'})`,
  );
  if (r.model && !r.model.trainedWithTheseRules) {
    lines.push('note: the model was trained with another rule pack; run train again');
  }
  lines.push(`${r.messages} messages: ${r.wanted} wanted, ${r.unwanted} unwanted`, '');
  const w = 12;
  lines.push(`${''.padEnd(10)}${ACTIONS.map((a) => a.padStart(w)).join('')}`);
  for (const row of ['wanted', 'unwanted'] as const) {
    lines.push(`${row.padEnd(10)}${ACTIONS.map((a) => String(r.confusion[row][a]).padStart(w)).join('')}`);
  }
  lines.push('');
  lines.push(`unwanted caught   ${pct(r.unwantedCaught).padStart(8)}  (${r.counts.tp} of ${r.unwanted})`);
  lines.push(`wanted filtered   ${pct(r.wantedFiltered).padStart(8)}  (${r.counts.fp} of ${r.wanted})`);
  lines.push(
    `wanted junked     ${pct(r.wantedJunked).padStart(8)}  (${r.confusion.wanted.junk} of ${r.wanted})`,
  );
  lines.push(`accuracy          ${pct(r.accuracy).padStart(8)}`);
  lines.push(`MCC               ${r.mcc.toFixed(4).padStart(8)}`);
  lines.push(`throughput        ${String(r.messagesPerSecond).padStart(8)} messages/s`);
  const th = r.junkThresholds;
  if (th.length === 1) lines.push(`junk threshold    ${String(th[0]).padStart(8)}`);
  else if (th.length > 1) lines.push(`junk threshold    ${Math.min(...th)} .. ${Math.max(...th)} (per fold)`);
  lines.push('');
  lines.push('rule hit-frequencies (precision = share of its hits that are unwanted):');
  const nameWidth = Math.max(4, ...r.rules.map((x) => x.name.length));
  lines.push(`  ${'rule'.padEnd(nameWidth)}  ${'wanted'.padStart(7)}  ${'unwanted'.padStart(8)}  precision`);
  const sorted = [...r.rules].sort(
    (a, b) => b.unwantedHits + b.wantedHits - (a.unwantedHits + a.wantedHits) || (a.name < b.name ? -1 : 1),
  );
  for (const x of sorted) {
    lines.push(
      `  ${x.name.padEnd(nameWidth)}  ${String(x.wantedHits).padStart(7)}  ${String(x.unwantedHits).padStart(8)}  ${x.precision === null ? '-' : x.precision.toFixed(3)}`,
    );
  }
  return lines.join('\n');
}
