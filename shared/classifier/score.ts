/**
 * How the text model's scores and the rule votes add up to one unwanted score (log-odds): the
 * combination's bias, the model's two scores times their learned weights (raised to the floor when
 * a junk rule fired), and each junk or allow rule's weight, learned or its prior.
 */
import type { Vote } from './votes.ts';

/** A rule weight learned at training time. */
export interface LearnedRule {
  readonly weight: number;
  /** The prior the rule had when it was learned; a different prior now means the rule was edited. */
  readonly prior: number;
  /** Training messages the rule fired on. */
  readonly hits: number;
}

/** The text model's scores for one message. */
export interface ModelScores {
  /** The softmax's log-odds that the message is junk (against every other folder). */
  readonly logistic: number;
  /** Naive-Bayes log-likelihood ratio (junk against the rest) per sqrt(feature), over the same features. */
  readonly bayes: number;
  /** The softmax's log-odds of transaction against none. */
  readonly transaction: number;
  /** The softmax's log-odds of promotion against none. */
  readonly promotion: number;
}

/** How the text model's scores and the rule votes add up to one unwanted score. */
export interface Combination {
  readonly bias: number;
  /** Weight of the logistic log-odds. */
  readonly model: number;
  /** Weight of the naive-Bayes score. */
  readonly bayes: number;
  readonly rules: Readonly<Record<string, LearnedRule>>;
  /**
   * The lowest the text model's part may go once a junk rule fired: a rule that found a scam
   * structure is not outvoted by a text that merely reads like a friendly one (a premium joke, an
   * adult teaser in sweet words). Absent: no floor.
   */
  readonly floor?: number;
}

/** No training: the logistic log-odds as they are, and every rule at its prior. */
export const DEFAULT_COMBINATION: Combination = Object.freeze({
  bias: 0,
  model: 1,
  bayes: 0,
  rules: Object.freeze({}),
});

/** The text model's part of the combined score. */
export function modelPart(combination: Combination, scores: ModelScores | null): number {
  return scores === null ? 0 : combination.model * scores.logistic + combination.bayes * scores.bayes;
}

/** A rule's default weight on the unwanted score (see the file comment). */
export function priorWeight(vote: Vote): number {
  if (vote.action === 'junk') return vote.weight;
  if (vote.action === 'allow') return -vote.weight;
  return 0;
}

/** The weight a fired rule adds to the unwanted score, and whether it was learned. */
export function ruleWeight(vote: Vote, combination: Combination): { weight: number; learned: boolean } {
  const prior = priorWeight(vote);
  if (prior === 0) return { weight: 0, learned: false };
  const learned = Object.hasOwn(combination.rules, vote.rule) ? combination.rules[vote.rule] : undefined;
  if (learned && learned.prior === prior) return { weight: learned.weight, learned: true };
  return { weight: prior, learned: false };
}

/** The text model's part as it counts in the score: `modelPart`, raised to the floor when a junk rule fired. */
export function countedModelPart(
  combination: Combination,
  scores: ModelScores | null,
  votes: readonly Vote[],
): number {
  const part = modelPart(combination, scores);
  if (combination.floor === undefined || part >= combination.floor) return part;
  for (const v of votes) if (v.action === 'junk') return combination.floor;
  return part;
}

/** The combined unwanted score; `scores` null when there is no text model. */
export function combine(
  combination: Combination,
  scores: ModelScores | null,
  votes: readonly Vote[],
): number {
  let rules = 0;
  for (const v of votes) rules += ruleWeight(v, combination).weight;
  return combination.bias + countedModelPart(combination, scores, votes) + rules;
}
