/**
 * Scores and votes -> Apple action and sub-action, with an explanation for operators.
 * Conservative by design: when in doubt, `none` (the message stays in the inbox).
 */
import type { RuleHit } from './engine.ts';
import type { Action, SubAction, Verdict } from './types.ts';
import { PROMOTION_SUB_ACTIONS, TRANSACTION_SUB_ACTIONS } from './types.ts';

/** A fired rule as the verdict sees it: its vote, read from the rule's `meta:`. */
export interface Vote {
  readonly rule: string;
  readonly action: Exclude<Action, 'none'>;
  readonly subAction: SubAction;
  readonly weight: number;
  readonly description: string;
}

export interface Thresholds {
  /** Combined unwanted score (log-odds) at or above which a message is junk. */
  readonly junk: number;
  /** Minimum summed weight of promotion votes for `promotion`. */
  readonly promotion: number;
  /** Minimum summed weight of transaction votes for `transaction`. */
  readonly transaction: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { junk: 2, promotion: 1, transaction: 1 };

const SUB_ACTIONS: ReadonlySet<string> = new Set<string>([
  ...TRANSACTION_SUB_ACTIONS,
  ...PROMOTION_SUB_ACTIONS,
]);

/** Reads a rule's vote from its meta; a rule without a valid `action` meta does not vote. */
export function toVote(hit: RuleHit): Vote | undefined {
  const action = hit.meta.action;
  if (action !== 'junk' && action !== 'promotion' && action !== 'transaction' && action !== 'allow')
    return undefined;
  const sub = hit.meta.sub_action;
  const weight = hit.meta.weight;
  return {
    rule: hit.rule,
    action,
    subAction: typeof sub === 'string' && SUB_ACTIONS.has(sub) ? (sub as SubAction) : 'none',
    weight: typeof weight === 'number' && Number.isFinite(weight) ? weight : 1,
    description: typeof hit.meta.description === 'string' ? hit.meta.description : '',
  };
}

export interface Decision {
  readonly verdict: Verdict;
  /** Combined unwanted log-odds: model and rule weights together. */
  readonly score: number;
}

export interface Scores {
  /** Contribution of the text model (already weighted). */
  readonly model: number;
  readonly bias: number;
  /** Per-rule weight on the unwanted score, by rule name; rules not listed use their meta weight. */
  readonly ruleWeight: (vote: Vote) => number;
}

function strongest(votes: readonly Vote[]): Vote | undefined {
  let best: Vote | undefined;
  for (const v of votes) if (!best || v.weight > best.weight) best = v;
  return best;
}

function total(votes: readonly Vote[]): number {
  let s = 0;
  for (const v of votes) s += v.weight;
  return s;
}

export function decide(
  votes: readonly Vote[],
  scores: Scores,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Decision {
  let score = scores.bias + scores.model;
  for (const v of votes) score += scores.ruleWeight(v);
  const allow = votes.filter((v) => v.action === 'allow');
  const transaction = votes.filter((v) => v.action === 'transaction');
  const promotion = votes.filter((v) => v.action === 'promotion');
  if (allow.length > 0) return { verdict: { action: 'allow', subAction: 'none' }, score };
  if (score >= thresholds.junk) return { verdict: { action: 'junk', subAction: 'none' }, score };
  if (transaction.length > 0 && total(transaction) >= thresholds.transaction) {
    const sub =
      strongest(transaction.filter((v) => v.subAction !== 'none'))?.subAction ?? 'transactionalOthers';
    return { verdict: { action: 'transaction', subAction: sub }, score };
  }
  if (promotion.length > 0 && total(promotion) >= thresholds.promotion) {
    const sub = strongest(promotion.filter((v) => v.subAction !== 'none'))?.subAction ?? 'promotionalOthers';
    return { verdict: { action: 'promotion', subAction: sub }, score };
  }
  return { verdict: { action: 'none', subAction: 'none' }, score };
}
