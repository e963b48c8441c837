/**
 * Thresholds picked on held-out training scores, never on the messages they are measured on:
 * - junk: for each wanted folder, just above the score ranked at that folder's budget of junked
 *   messages (a personal text is worth more than a marketing one); the highest of those;
 * - the text model's own transaction and promotion folders: the pair (folder odds at least, junk
 *   score at most) that files the most of that folder's messages while personal and unwanted
 *   messages stay within their small budgets.
 */
import type { Folder } from '../labels.ts';

/**
 * The threshold just above the score ranked at `share` among `scores` (so about that share would
 * reach it), never below `floor`; rounded up to 3 decimals. `window` > 0 averages the ranks within
 * that distance, so one outlier moving between folds does not swing it.
 */
export function pickThreshold(scores: readonly number[], share: number, floor: number, window = 0): number {
  if (scores.length === 0) return floor;
  const sorted = [...scores].sort((a, b) => b - a);
  const allowed = Math.floor(share * sorted.length);
  if (allowed >= sorted.length) return floor;
  const lo = Math.max(0, allowed - window);
  const hi = Math.min(sorted.length - 1, allowed + window);
  let sum = 0;
  for (let k = lo; k <= hi; k++) sum += sorted[k] as number;
  const at = sum / (hi - lo + 1);
  return Math.max(Math.ceil((at + 1e-9) * 1000) / 1000, floor);
}

/** The share of each wanted folder that may be junked on held-out scores. */
export type JunkBudgets = Readonly<Partial<Record<Exclude<Folder, 'junk'>, number>>>;

export const DEFAULT_JUNK_BUDGETS: JunkBudgets = Object.freeze({
  none: 0.0015,
  transaction: 0.002,
  promotion: 0.02,
});

/** The junk threshold: the highest of the per-folder thresholds (folders without rows add none). */
export function pickJunkThreshold(
  scores: ArrayLike<number>,
  folders: readonly Folder[],
  budgets: JunkBudgets,
  floor: number,
  window = 0,
): number {
  let threshold = floor;
  for (const [folder, share] of Object.entries(budgets) as [Folder, number][]) {
    const of: number[] = [];
    for (let i = 0; i < folders.length; i++) if (folders[i] === folder) of.push(scores[i] as number);
    if (of.length > 0) threshold = Math.max(threshold, pickThreshold(of, share, floor, window));
  }
  return threshold;
}

/** A held-out row the model's folder step would see (the rules left it to the model). */
export interface FolderRow {
  readonly folder: Folder;
  /** The model's odds of the folder against none. */
  readonly odds: number;
  /** The combined unwanted score. */
  readonly score: number;
}

/** Shares of personal and of unwanted messages the model's own folder may take. */
export interface FolderBudgets {
  readonly none: number;
  readonly junk: number;
}

export const DEFAULT_FOLDER_BUDGETS: FolderBudgets = Object.freeze({ none: 0.002, junk: 0.003 });

/** The lowest odds at which at most `allowed` of `odds` reach it. */
function oddsKeeping(odds: readonly number[], allowed: number): number {
  return odds.length === 0 ? 0 : pickThreshold(odds, allowed / odds.length, 0);
}

/**
 * The (odds, score) thresholds of the model's own `folder`: over a grid of candidates, the pair
 * that files the most rows of that folder while at most `budgets` of the personal rows and of
 * the unwanted rows (shares of all rows of that label, `totals`) would be filed there; ties go to
 * the stricter pair. Undefined when no pair files anything.
 */
export function pickFolderThresholds(
  rows: readonly FolderRow[],
  folder: 'transaction' | 'promotion',
  totals: { readonly none: number; readonly junk: number },
  budgets: FolderBudgets,
): { odds: number; score: number } | undefined {
  const allowedNone = Math.floor(budgets.none * totals.none);
  const allowedJunk = Math.floor(budgets.junk * totals.junk);
  const positives = rows.filter((r) => r.folder === folder);
  if (positives.length === 0) return undefined;
  const scores = [...new Set(positives.map((r) => Math.ceil(r.score * 2) / 2))].sort((a, b) => a - b);
  let best: { odds: number; score: number; filed: number } | undefined;
  for (const maxScore of scores) {
    // the lowest odds that keeps both budgets, among rows under this score
    const under = rows.filter((r) => r.score <= maxScore);
    const none = under.filter((r) => r.folder === 'none').map((r) => r.odds);
    const junk = under.filter((r) => r.folder === 'junk').map((r) => r.odds);
    const odds = Math.max(0, oddsKeeping(none, allowedNone), oddsKeeping(junk, allowedJunk));
    const filed = under.filter((r) => r.folder === folder && r.odds >= odds).length;
    if (filed > 0 && (!best || filed > best.filed)) best = { odds, score: maxScore, filed };
  }
  return best && { odds: best.odds, score: best.score };
}
