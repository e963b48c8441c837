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
import type { RuleSource } from './engine.ts';
import type { Analysis, Classifier } from './index.ts';
import type { Label } from './labels.ts';
import { assignFolds, groupCounts, templateKey } from './model/folds.ts';
import { type TrainingExample, type TrainOptions, trainModel } from './model/train.ts';
import { ACTIONS, type Action, type Verdict } from './types.ts';

export { assignFolds, templateKey } from './model/folds.ts';

/** Filtered = taken out of the inbox: any action but `none` and `allow`. */
export function isFiltered(action: Action): boolean {
  return action !== 'none' && action !== 'allow';
}

/**
 * Whether an answer harms a wanted message: a personal one taken out of the inbox, a notification
 * or marketing message junked. (A notification left in the inbox is unsorted, not lost.)
 */
export function harmsWanted(label: Label, action: Action): boolean {
  return label.kind === 'personal' ? isFiltered(action) : action === 'junk';
}

/** Positive = unwanted; predicted positive = filtered (unwanted) or harmed (wanted). */
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

/** The 95% Wilson score interval of k successes in n trials ([0, 1] when n is 0). */
export function wilson(k: number, n: number, z = 1.959964): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: round(Math.max(0, centre - half), 6), high: round(Math.min(1, centre + half), 6) };
}

export type ActionCounts = Record<Action, number>;

/** Rows: wanted / unwanted, and one per label as written (lower case); columns: Apple's actions. */
export interface Confusion {
  readonly wanted: ActionCounts;
  readonly unwanted: ActionCounts;
  readonly byLabel: Record<string, ActionCounts>;
}

function zeroCounts(): ActionCounts {
  return { none: 0, allow: 0, junk: 0, promotion: 0, transaction: 0 };
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
  readonly sender?: string | undefined;
  readonly label: Label;
}

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

/** A rate with its counts and 95% Wilson interval. */
export interface Rate {
  readonly k: number;
  readonly n: number;
  readonly low: number;
  readonly high: number;
}

export interface EvalReport {
  readonly messages: number;
  readonly unwanted: number;
  readonly wanted: number;
  /** Share of unwanted messages filtered (any action but none/allow). */
  readonly unwantedCaught: number;
  /** Share of wanted messages harmed: a personal one filtered, a notification or marketing one junked. */
  readonly wantedFiltered: number;
  /** Share of wanted messages given `junk`. */
  readonly wantedJunked: number;
  /** On the binary decision: unwanted filtered, wanted harmed. */
  readonly accuracy: number;
  readonly mcc: number;
  /** Share of unwanted messages answered `junk`. */
  readonly unwantedJunked: number | null;
  /** Share of personal (`ham`) messages answered anything but none/allow. */
  readonly personalFiltered: number | null;
  /** Share of transaction and promotion messages answered `junk`. */
  readonly legitimateJunked: number | null;
  /** Share of transaction and promotion messages answered their own folder. */
  readonly folderAccuracy: number | null;
  /** Share of unwanted messages answered `transaction` (a scam that looks trustworthy: the worst error). */
  readonly unwantedAsTransaction: number | null;
  /** Share of messages labelled with a sub-action answered that folder and sub-action. */
  readonly subActionAccuracy: number | null;
  /** Every rate above with its counts and 95% Wilson interval. */
  readonly intervals: Readonly<Record<string, Rate>>;
  /** Classification throughput (analyse, score, decide), one core, measured during the run. */
  readonly messagesPerSecond: number;
  readonly counts: BinaryCounts;
  readonly confusion: Confusion;
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
    if (w < k || u < k) {
      throw new RangeError(
        `${k} folds need at least ${k} distinct wanted and ${k} distinct unwanted templates (the corpus has ${w} and ${u})`,
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

type Figures = Pick<
  EvalReport,
  | 'messages'
  | 'unwanted'
  | 'wanted'
  | 'unwantedCaught'
  | 'wantedFiltered'
  | 'wantedJunked'
  | 'accuracy'
  | 'mcc'
  | 'unwantedJunked'
  | 'personalFiltered'
  | 'legitimateJunked'
  | 'folderAccuracy'
  | 'unwantedAsTransaction'
  | 'subActionAccuracy'
  | 'intervals'
  | 'counts'
  | 'confusion'
>;

/** The figures of answers against labels. */
export function measure(messages: readonly LabelledMessage[], verdicts: readonly Verdict[]): Figures {
  const confusion: Confusion = { wanted: zeroCounts(), unwanted: zeroCounts(), byLabel: {} };
  const tally = {
    caught: [0, 0],
    harmed: [0, 0],
    wantedJunked: [0, 0],
    unwantedJunked: [0, 0],
    personalFiltered: [0, 0],
    legitimateJunked: [0, 0],
    folderAccuracy: [0, 0],
    unwantedAsTransaction: [0, 0],
    subActionAccuracy: [0, 0],
  };
  const add = (t: number[], hit: boolean) => {
    t[0] = (t[0] as number) + (hit ? 1 : 0);
    t[1] = (t[1] as number) + 1;
  };
  messages.forEach((m, i) => {
    const v = verdicts[i] as Verdict;
    const label = m.label;
    (label.unwanted ? confusion.unwanted : confusion.wanted)[v.action]++;
    const key = label.raw.toLowerCase();
    confusion.byLabel[key] ??= zeroCounts();
    (confusion.byLabel[key] as ActionCounts)[v.action]++;
    if (label.unwanted) {
      add(tally.caught, isFiltered(v.action));
      add(tally.unwantedJunked, v.action === 'junk');
      add(tally.unwantedAsTransaction, v.action === 'transaction');
      return;
    }
    add(tally.harmed, harmsWanted(label, v.action));
    add(tally.wantedJunked, v.action === 'junk');
    if (label.kind === 'personal') add(tally.personalFiltered, isFiltered(v.action));
    else {
      add(tally.legitimateJunked, v.action === 'junk');
      add(tally.folderAccuracy, v.action === label.folder);
    }
    if (label.subAction !== undefined)
      add(tally.subActionAccuracy, v.action === label.folder && v.subAction === label.subAction);
  });
  const c: BinaryCounts = {
    tp: tally.caught[0] as number,
    fn: (tally.caught[1] as number) - (tally.caught[0] as number),
    fp: tally.harmed[0] as number,
    tn: (tally.harmed[1] as number) - (tally.harmed[0] as number),
  };
  const rate = (t: number[]) =>
    (t[1] as number) === 0 ? null : round((t[0] as number) / (t[1] as number), 6);
  const intervals: Record<string, Rate> = {};
  const names: [string, number[]][] = [
    ['unwantedCaught', tally.caught],
    ['wantedFiltered', tally.harmed],
    ['wantedJunked', tally.wantedJunked],
    ['unwantedJunked', tally.unwantedJunked],
    ['personalFiltered', tally.personalFiltered],
    ['legitimateJunked', tally.legitimateJunked],
    ['folderAccuracy', tally.folderAccuracy],
    ['unwantedAsTransaction', tally.unwantedAsTransaction],
    ['subActionAccuracy', tally.subActionAccuracy],
  ];
  for (const [name, t] of names) {
    if ((t[1] as number) > 0)
      intervals[name] = { k: t[0] as number, n: t[1] as number, ...wilson(t[0] as number, t[1] as number) };
  }
  return {
    messages: messages.length,
    unwanted: c.tp + c.fn,
    wanted: c.fp + c.tn,
    unwantedCaught: rate(tally.caught) ?? 0,
    wantedFiltered: rate(tally.harmed) ?? 0,
    wantedJunked: rate(tally.wantedJunked) ?? 0,
    accuracy: round(accuracy(c), 6),
    mcc: round(mcc(c), 6),
    unwantedJunked: rate(tally.unwantedJunked),
    personalFiltered: rate(tally.personalFiltered),
    legitimateJunked: rate(tally.legitimateJunked),
    folderAccuracy: rate(tally.folderAccuracy),
    unwantedAsTransaction: rate(tally.unwantedAsTransaction),
    subActionAccuracy: rate(tally.subActionAccuracy),
    intervals,
    counts: c,
    confusion,
  };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function pct(x: number): string {
  return `${(x * 100).toFixed(2)}%`;
}

/** One line of a rate: share, counts and interval. */
function rateLine(name: string, r: Rate | undefined): string | undefined {
  if (!r) return undefined;
  return `${name.padEnd(24)}${pct(r.k / r.n).padStart(8)}  (${r.k} of ${r.n}; 95% ${pct(r.low)}..${pct(r.high)})`;
}

/** The human-readable report `eval` prints. */
export function formatReport(r: EvalReport, options: { rules?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push(
    r.mode === 'cross-validation'
      ? `${r.folds}-fold cross-validation: the statistical layer retrained on ${(r.folds ?? 0) - 1} folds${r.trainedOn ? ` (plus ${r.trainedOn} messages of other corpora)` : ''}, tested on the held-out one; rules fixed (${r.ruleCount} rules, ${r.rulesVersion})`
      : r.mode === 'train-test'
        ? `train-test: the statistical layer trained on ${r.trainedOn} messages of other corpora, tested here; rules fixed (${r.ruleCount} rules, ${r.rulesVersion})`
        : `the classifier as it is (${r.ruleCount} rules, ${r.rulesVersion}; ${r.model ? `model trained on ${r.model.messages} messages on ${r.model.date.slice(0, 10)}: figures on its own training corpora are optimistic, use --folds or --train` : 'no model: rules alone'})`,
  );
  if (r.model && !r.model.trainedWithTheseRules) {
    lines.push('note: the model was trained with another rule pack; run train again');
  }
  lines.push(`${r.messages} messages: ${r.wanted} wanted, ${r.unwanted} unwanted`, '');
  const w = 12;
  const rows: [string, ActionCounts][] = [
    ['wanted', r.confusion.wanted],
    ['unwanted', r.confusion.unwanted],
    ...Object.entries(r.confusion.byLabel).sort(([a], [b]) => (a < b ? -1 : 1)),
  ];
  const labelWidth = Math.max(10, ...rows.map(([n]) => n.length + 2));
  lines.push(`${''.padEnd(labelWidth)}${ACTIONS.map((a) => a.padStart(w)).join('')}`);
  for (const [name, counts] of rows) {
    lines.push(`${name.padEnd(labelWidth)}${ACTIONS.map((a) => String(counts[a]).padStart(w)).join('')}`);
  }
  lines.push('');
  for (const name of [
    'unwantedCaught',
    'unwantedJunked',
    'unwantedAsTransaction',
    'wantedFiltered',
    'wantedJunked',
    'personalFiltered',
    'legitimateJunked',
    'folderAccuracy',
    'subActionAccuracy',
  ]) {
    const line = rateLine(name, r.intervals[name]);
    if (line) lines.push(line);
  }
  lines.push(`${'accuracy'.padEnd(24)}${pct(r.accuracy).padStart(8)}`);
  lines.push(`${'MCC'.padEnd(24)}${r.mcc.toFixed(4).padStart(8)}`);
  lines.push(`${'throughput'.padEnd(24)}${String(r.messagesPerSecond).padStart(8)} messages/s`);
  const th = r.junkThresholds;
  if (th.length === 1) lines.push(`${'junk threshold'.padEnd(24)}${String(th[0]).padStart(8)}`);
  else if (th.length > 1)
    lines.push(`${'junk threshold'.padEnd(24)}${Math.min(...th)} .. ${Math.max(...th)} (per fold)`);
  if (options.rules === false) return lines.join('\n');
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
