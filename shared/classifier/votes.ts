/**
 * A fired rule's vote as the verdict reads it from the rule's `meta:` (`action`, `sub_action`,
 * `weight`, `force`, `phishing`); a rule without a valid `action` does not vote.
 */
import type { RuleHit } from './engine.ts';
import type { Action, SubAction } from './types.ts';
import { PROMOTION_SUB_ACTIONS, TRANSACTION_SUB_ACTIONS } from './types.ts';

/** A fired rule as the verdict sees it: its vote, read from the rule's `meta:`. */
export interface Vote {
  readonly rule: string;
  readonly action: Exclude<Action, 'none'>;
  readonly subAction: SubAction;
  /** The rule's meta weight (default 1). */
  readonly weight: number;
  readonly description: string;
  /** A phishing marker: a transaction or promotion claim is not trusted when one fires. */
  readonly phishing: boolean;
  /**
   * `meta: force = "junk"`: the rule decides the verdict when it fires (only an allow vote beats
   * it). A string, as the engine binding cannot read boolean metas. Absent on ordinary votes.
   */
  readonly force?: 'junk';
}

const TRANSACTION_SUBS: ReadonlySet<string> = new Set<string>(TRANSACTION_SUB_ACTIONS);
const PROMOTION_SUBS: ReadonlySet<string> = new Set<string>(PROMOTION_SUB_ACTIONS);

function subActionFor(action: Vote['action'], sub: unknown): SubAction {
  if (typeof sub !== 'string') return 'none';
  if (action === 'transaction' && TRANSACTION_SUBS.has(sub)) return sub as SubAction;
  if (action === 'promotion' && PROMOTION_SUBS.has(sub)) return sub as SubAction;
  return 'none';
}

/** Reads a rule's vote from its meta; a rule without a valid `action` meta does not vote. */
export function toVote(hit: RuleHit): Vote | undefined {
  // A forced rule votes junk even without (or against) its `action` meta: the override is the point.
  const forced = hit.meta.force === 'junk';
  const action = forced ? 'junk' : hit.meta.action;
  if (action !== 'junk' && action !== 'promotion' && action !== 'transaction' && action !== 'allow')
    return undefined;
  const weight = hit.meta.weight;
  return {
    rule: hit.rule,
    action,
    subAction: subActionFor(action, hit.meta.sub_action),
    weight: typeof weight === 'number' && Number.isFinite(weight) ? weight : 1,
    description: typeof hit.meta.description === 'string' ? hit.meta.description : '',
    phishing: action === 'junk' && (hit.meta.phishing === true || hit.tags.includes('phishing')),
    ...(forced ? { force: 'junk' as const } : {}),
  };
}
