/**
 * Scores and votes -> Apple action and sub-action. Conservative by design: when in doubt, `none`
 * (the message stays in the inbox).
 *
 * Two inputs decide a message:
 * - votes (`votes.ts`): the fired rules that carry an `action` meta (`junk`, `promotion`, `transaction`, `allow`);
 * - one combined unwanted score (log-odds, `score.ts`): the combination's bias, plus the text model's two
 *   scores (logistic regression and naive Bayes) times their learned weights, plus each fired
 *   junk or allow rule's weight. A rule's weight is the one learned at training time when the
 *   model learned it (enough training hits, and its meta weight has not changed since), else its
 *   prior: `+weight` for a junk rule, `-weight` for an allow rule. Transaction and promotion
 *   rules add nothing to the score: their votes decide the folder.
 *
 * The order, first match wins:
 * 1. any `allow` vote -> allow (an operator's allow rule beats everything);
 * 1a. any forced vote (`meta: force = "junk"`) -> junk, whatever the score, the model and the
 *    transaction or promotion votes (the rule author's emergency override; never over allow);
 * 1b. a person's warning that quotes a scam they received (`quoted-warning.ts`) -> none, whatever
 *    the quoted lure fired; but a business sender's own notice that warns ("never share this code,
 *    beware of scammers") goes on to step 2 when no junk rule fired;
 * 2. transaction votes reaching `thresholds.transaction`, and no phishing marker -> transaction
 *    (a verification code from a real service is never junk); but not, unless it delivers a code,
 *    from a phone number or an e-mail address whose score is `TRANSACTION_JUNK_MARGIN` or more over
 *    the junk threshold;
 * 3. promotion votes reaching `thresholds.promotion`, no phishing marker, and either no junk rule
 *    fired or the score is under the junk threshold -> promotion (marketing the text model finds
 *    unwanted goes to the promotions folder, not to junk, unless a junk rule agrees); but when no
 *    junk rule fired and the text model files it as a transaction far above a promotion
 *    (`NOTICE_OVER_OFFER`), transaction: a notice carrying the opt-out footer (`notice-not-offer`);
 *    and not from a sender that is no business's (a phone number, an e-mail address, or no sender
 *    given) whose score is `PROMOTION_JUNK_MARGIN` or more over the junk threshold: that marketing
 *    is junk;
 * 4. a junk rule of meta weight >= `thresholds.decisiveRule` (3.0: "near-certain alone") -> junk;
 *    score >= `thresholds.junk` -> junk, unless the message has no words (a bare number, only
 *    emoji or punctuation) and no junk rule fired: the text model has nothing to read there, so
 *    only a rule can filter such a message (`no-words`);
 * 5. no junk rule fired, the message does not read as a person's (`voice.ts`), the text model's folder odds reach `thresholds.modelTransaction`
 *    (transaction against none) and the combined score is at most `modelTransactionScore` (far
 *    enough from junk) -> transaction; the same with the promotion thresholds -> promotion (when
 *    both folders pass, the one with the higher odds); the
 *    sub-action from the message's wording (`sub-action.ts`); absent thresholds: never;
 * 5a. no junk rule fired, a business sender whose header declares its category (India's -P for
 *    promotional, -S/-T/-G for service and government messages) and the score under the junk
 *    threshold -> that folder, whatever the text model reads (`declared-category`);
 * 5b. no junk rule fired, the sender a business's (an alphanumeric id or a short code: no person
 *    texts from one, so its words are not read for a person's voice) and the score under the junk
 *    threshold -> transaction, or promotion when its words read as an offer: what a business sends
 *    that is not junk is its notice or its marketing (`business-sender`);
 * 6. none.
 *
 * A phishing marker is a junk vote from a rule tagged `phishing` (`rule x : phishing { ... }`) or
 * with `meta: phishing = true`.
 */
import type { ModelScores } from './score.ts';
import type { SubAction, Verdict } from './types.ts';
import type { Vote } from './votes.ts';

export interface Thresholds {
  /** Combined unwanted score (log-odds) at or above which a message is junk. */
  readonly junk: number;
  /** Minimum summed meta weight of promotion votes for `promotion`. */
  readonly promotion: number;
  /** Minimum summed meta weight of transaction votes for `transaction`. */
  readonly transaction: number;
  /**
   * A junk rule whose meta weight reaches this junks the message by itself, whatever the text model
   * reads (step 4; a transaction claim without a phishing marker still comes first). Absent: never.
   */
  readonly decisiveRule?: number;
  /** The text model's transaction-against-none log-odds at or above which it files a message there (absent: never). */
  readonly modelTransaction?: number;
  /** ... when the combined unwanted score is at most this (absent: below `junk`). */
  readonly modelTransactionScore?: number;
  /** The same two for promotion (absent: never). */
  readonly modelPromotion?: number;
  readonly modelPromotionScore?: number;
}

/** Every threshold an operator may set (Parameter Store `<prefix>/thresholds`). */
export const THRESHOLD_NAMES: readonly (keyof Thresholds)[] = Object.freeze([
  'junk',
  'promotion',
  'transaction',
  'decisiveRule',
  'modelTransaction',
  'modelTransactionScore',
  'modelPromotion',
  'modelPromotionScore',
]);

/** Used without a trained model: one junk rule of weight 2 or more makes a message junk. */
export const DEFAULT_THRESHOLDS: Thresholds = Object.freeze({
  junk: 2,
  promotion: 1,
  transaction: 1,
  decisiveRule: 3,
});

/** Why a verdict was reached, for operators. */
export type Reason =
  | 'allow-rule'
  | 'forced-rule'
  | 'quoted-warning'
  | 'transaction-rule'
  | 'junk-score'
  | 'decisive-rule'
  | 'promotion-rule'
  | 'notice-not-offer'
  | 'no-words'
  | 'model-transaction'
  | 'model-promotion'
  | 'business-sender'
  | 'declared-category'
  | 'below-thresholds';

export interface Decision {
  readonly verdict: Verdict;
  readonly reason: Reason;
  /** True when a phishing marker fired (it vetoes transaction and promotion). */
  readonly phishing: boolean;
}

/** The strongest vote's sub-action among those that name one, else `fallback`. */
function strongestSub(votes: readonly Vote[], fallback: SubAction): SubAction {
  let best: Vote | undefined;
  for (const v of votes) if (v.subAction !== 'none' && (!best || v.weight > best.weight)) best = v;
  return best ? best.subAction : fallback;
}

/** What the text model says of the folder, for step 5 (absent without a model). */
export interface FolderOpinion {
  readonly scores: ModelScores;
  /** False when the message reads as a person's (`voice.ts`): the model files no such message. */
  readonly eligible: boolean;
  /**
   * The sender is a business's: an alphanumeric sender id or a short code, which no person texts
   * from. A message from one that is not junk is its notice or its marketing (step 5b).
   */
  readonly business?: boolean;
  /**
   * The sender is a phone number or an e-mail address (not a business's sender id or short code,
   * and not missing): step 2's exception applies only to it.
   */
  readonly person?: boolean;
  /**
   * The message delivers a one-time code (`codes.ts`): its transaction vote stands whatever the
   * sender and the score (step 2's exception does not apply; a code is junk only when a rule finds
   * it asked for).
   */
  readonly code?: boolean;
  /** Whether the wording reads as an offer rather than a notice (for step 5b's folder). */
  marketing?(): boolean;
  /**
   * The folder the sender's own header declares (an Indian header's -P or -S/-T/-G suffix): a
   * regulator's category outranks the text model's reading (step 5a).
   */
  readonly declared?: 'promotion' | 'transaction';
  /** The sub-action the message's wording gives for a folder (only called when the model files it). */
  subAction(folder: 'transaction' | 'promotion'): SubAction;
}

/**
 * `hasWords`: whether the message contains a letter of any script (default true). Without one,
 * the score alone cannot junk it (see rule 4 above).
 */
export function decide(
  votes: readonly Vote[],
  score: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
  hasWords = true,
  model?: FolderOpinion,
  quotedWarning = false,
): Decision {
  let allow = false;
  let forced = false;
  let phishing = false;
  let junkVotes = 0;
  let decisive = false;
  let transaction = 0;
  let promotion = 0;
  for (const v of votes) {
    if (v.action === 'allow') allow = true;
    else if (v.action === 'transaction') transaction += v.weight;
    else if (v.action === 'promotion') promotion += v.weight;
    else {
      junkVotes++;
      if (v.weight >= (thresholds.decisiveRule ?? Number.POSITIVE_INFINITY)) decisive = true;
      if (v.phishing) phishing = true;
      if (v.force === 'junk') forced = true;
    }
  }
  if (allow) return { verdict: { action: 'allow', subAction: 'none' }, reason: 'allow-rule', phishing };
  if (forced) return { verdict: { action: 'junk', subAction: 'none' }, reason: 'forced-rule', phishing };
  // a business's own notice may warn of scams itself: its transaction vote stands (step 2)
  const ownNotice = model?.business === true && junkVotes === 0 && transaction > 0;
  if (quotedWarning && !ownNotice)
    return { verdict: { action: 'none', subAction: 'none' }, reason: 'quoted-warning', phishing };
  // a notice from a phone number or an e-mail address that the score calls junk by a margin: the
  // fake fraud desk's "payment on hold, call support" (step 2's exception; never a one-time code's
  // delivery: the verification-code guard; never without a sender, which tells nothing)
  const noticeFarOverJunk =
    model !== undefined &&
    model.person === true &&
    model.code !== true &&
    score >= thresholds.junk + TRANSACTION_JUNK_MARGIN;
  if (!phishing && transaction > 0 && transaction >= thresholds.transaction && !noticeFarOverJunk) {
    const subAction = strongestSub(
      votes.filter((v) => v.action === 'transaction'),
      'transactionalOthers',
    );
    return { verdict: { action: 'transaction', subAction }, reason: 'transaction-rule', phishing };
  }
  const scoreSaysJunk = score >= thresholds.junk;
  const junk = decisive || (scoreSaysJunk && (hasWords || junkVotes > 0));
  // marketing from no business's sender id or short code (a long number, an e-mail, or no sender)
  // that the score calls junk by a wide margin: the lead-generation blast with a STOP footer
  const offerFarOverJunk = model?.business !== true && score >= thresholds.junk + PROMOTION_JUNK_MARGIN;
  if (
    !phishing &&
    promotion > 0 &&
    promotion >= thresholds.promotion &&
    (junkVotes === 0 || !junk) &&
    !offerFarOverJunk
  ) {
    if (junkVotes === 0 && model && readsAsNotice(model, score, thresholds)) {
      const subAction = model.subAction('transaction');
      return { verdict: { action: 'transaction', subAction }, reason: 'notice-not-offer', phishing };
    }
    const subAction = strongestSub(
      votes.filter((v) => v.action === 'promotion'),
      'promotionalOthers',
    );
    return { verdict: { action: 'promotion', subAction }, reason: 'promotion-rule', phishing };
  }
  if (junk) {
    return {
      verdict: { action: 'junk', subAction: 'none' },
      reason: scoreSaysJunk ? 'junk-score' : 'decisive-rule',
      phishing,
    };
  }
  if (model && junkVotes === 0) {
    // a business's sender is never a person's: what it sends that is not junk has a folder
    const business = model.business === true && hasWords && !scoreSaysJunk;
    if (business && model.declared) {
      const subAction = model.subAction(model.declared);
      return { verdict: { action: model.declared, subAction }, reason: 'declared-category', phishing };
    }
    const folder = model.eligible ? modelFolder(model, score, thresholds, phishing) : undefined;
    if (folder) return folder;
    if (business) {
      const action = model.marketing?.() ? 'promotion' : 'transaction';
      const subAction = model.subAction(action);
      return { verdict: { action, subAction }, reason: 'business-sender', phishing };
    }
  }
  if (scoreSaysJunk) return { verdict: { action: 'none', subAction: 'none' }, reason: 'no-words', phishing };
  return { verdict: { action: 'none', subAction: 'none' }, reason: 'below-thresholds', phishing };
}

/**
 * How much the text model must prefer Transactions to Promotions (log-odds) to outrank a promotion
 * rule. US carriers require "Reply STOP to opt out" on every business text, notices included, so a
 * signed notice with that footer also fires the marketing rule. On the training data the notices it
 * filed as promotions sit 4 or more above, and no promotion within 2 (chosen on training data only).
 */
export const NOTICE_OVER_OFFER = 4;

/**
 * How far over the junk threshold (log-odds) the score must be for marketing from a sender that is
 * no business's (a long number, an e-mail address, or none given) to be junk despite its promotion
 * rule: US lead generation ("your business may qualify for $250K", "credit score +100 pts in 30
 * days") comes with the STOP footer carriers require. On the training data no wanted promotion from
 * such a sender scores within 2.8 of that line (the highest, 1.6, with the threshold at 2.39), and
 * 32 of the 51 unwanted messages the footer filed under Promotions score 2 or more over it (chosen
 * on training data only).
 */
export const PROMOTION_JUNK_MARGIN = 2;

/**
 * How far over the junk threshold (log-odds) the score must be for a notice from a phone number or
 * an e-mail address to be junk despite its transaction rule: the fake bank fraud desk or payment app
 * ("your payment of $1,500 is on hold, call support at ...") reads as a notice to the rules, but no
 * bank texts that from a personal number. On the training data every wanted notice such a sender's
 * transaction rule filed scores under the junk threshold, and 12 of the 25 unwanted ones it filed
 * from a sender that is no business's score 1 or more over it, 9 of them from a phone number or an
 * e-mail address (chosen on training data only). Not when no sender is given: a corpus without
 * senders scored by a model that never saw its kind of notice (a2p-en left out of the training) had
 * 9.4% of its notices junked with the step, 3.4% without.
 */
export const TRANSACTION_JUNK_MARGIN = 1;

/** Step 3's exception: the model files the message as a transaction, far above a promotion. */
function readsAsNotice(model: FolderOpinion, score: number, thresholds: Thresholds): boolean {
  const t = thresholds.modelTransaction;
  if (t === undefined || !model.eligible || model.declared === 'promotion') return false;
  const s = model.scores;
  return (
    s.transaction >= t &&
    s.transaction - s.promotion >= NOTICE_OVER_OFFER &&
    score <= (thresholds.modelTransactionScore ?? score)
  );
}

/** Step 5: the text model's own folders, far enough from junk. */
function modelFolder(
  model: FolderOpinion,
  score: number,
  thresholds: Thresholds,
  phishing: boolean,
): Decision | undefined {
  const t = thresholds.modelTransaction;
  const p = thresholds.modelPromotion;
  const transaction =
    t !== undefined && model.scores.transaction >= t && score <= (thresholds.modelTransactionScore ?? score);
  const promotion =
    p !== undefined && model.scores.promotion >= p && score <= (thresholds.modelPromotionScore ?? score);
  // both against none: when both folders pass, the one the model prefers (an offer that also reads
  // as a notice is an offer when its promotion odds are the higher)
  if (transaction && (!promotion || model.scores.transaction >= model.scores.promotion)) {
    const subAction = model.subAction('transaction');
    return { verdict: { action: 'transaction', subAction }, reason: 'model-transaction', phishing };
  }
  if (promotion) {
    const subAction = model.subAction('promotion');
    return { verdict: { action: 'promotion', subAction }, reason: 'model-promotion', phishing };
  }
  return undefined;
}
