/**
 * The figures of answers against labels: the folder each label wants against the action given,
 * per label and as rates with 95% Wilson intervals, and the binary filtered-or-not decision.
 */
import type { Label } from '../labels.ts';
import type { Action, Verdict } from '../types.ts';

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

export interface LabelledMessage {
  readonly text: string;
  readonly sender?: string | undefined;
  readonly label: Label;
}

/** A rate with its counts and 95% Wilson interval. */
export interface Rate {
  readonly k: number;
  readonly n: number;
  readonly low: number;
  readonly high: number;
}

/** What `measure` returns; the rest of an `EvalReport` describes the run. */
export interface Figures {
  readonly messages: number;
  readonly unwanted: number;
  readonly wanted: number;
  readonly unwantedCaught: number;
  readonly wantedFiltered: number;
  readonly wantedJunked: number;
  readonly accuracy: number;
  readonly mcc: number;
  readonly unwantedJunked: number | null;
  readonly personalFiltered: number | null;
  readonly legitimateJunked: number | null;
  readonly folderAccuracy: number | null;
  readonly unwantedAsTransaction: number | null;
  readonly subActionAccuracy: number | null;
  readonly intervals: Readonly<Record<string, Rate>>;
  readonly counts: BinaryCounts;
  readonly confusion: Confusion;
}

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
