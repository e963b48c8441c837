import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RuleHit } from '../../shared/classifier/engine.ts';
import {
  type Combination,
  combine,
  DEFAULT_COMBINATION,
  priorWeight,
  ruleWeight,
} from '../../shared/classifier/score.ts';
import type { SubAction } from '../../shared/classifier/types.ts';
import {
  DEFAULT_THRESHOLDS,
  decide,
  NOTICE_OVER_OFFER,
  PROMOTION_JUNK_MARGIN,
  type Thresholds,
  TRANSACTION_JUNK_MARGIN,
} from '../../shared/classifier/verdict.ts';
import { toVote, type Vote } from '../../shared/classifier/votes.ts';

function v(
  rule: string,
  action: Vote['action'],
  weight = 1,
  subAction: SubAction = 'none',
  phishing = false,
): Vote {
  return { rule, action, subAction, weight, description: '', phishing };
}

const T: Thresholds = { junk: 2, promotion: 1, transaction: 1 };
const OTP = v('otp_code', 'transaction', 1.5, 'transactionalOthers');
const BANK = v('bank_alert', 'transaction', 1, 'transactionalFinance');
const SALE = v('sale', 'promotion', 1, 'promotionalOffers');
const COUPON = v('coupon', 'promotion', 2, 'promotionalCoupons');
const PRIZE = v('prize', 'junk', 3);
const PHISH = v('fake_login', 'junk', 3, 'none', true);
const KNOWN = v('known_sender', 'allow', 5);

describe('decide', () => {
  const table: [string, Vote[], number, string, string, string][] = [
    // name, votes, score, action, subAction, reason
    ['nothing fired and a low score', [], 0, 'none', 'none', 'below-thresholds'],
    ['a score just under the junk threshold', [], 1.999, 'none', 'none', 'below-thresholds'],
    ['a score at the junk threshold', [], 2, 'junk', 'none', 'junk-score'],
    ['an allow vote', [KNOWN], 0, 'allow', 'none', 'allow-rule'],
    ['an allow vote beside a junk score', [KNOWN, PRIZE], 9, 'allow', 'none', 'allow-rule'],
    ['an allow vote beside a phishing marker', [KNOWN, PHISH], 9, 'allow', 'none', 'allow-rule'],
    ['a verification code', [OTP], 0, 'transaction', 'transactionalOthers', 'transaction-rule'],
    [
      'a verification code with a high score',
      [OTP],
      8,
      'transaction',
      'transactionalOthers',
      'transaction-rule',
    ],
    ['a verification code beside a phishing marker', [OTP, PHISH], 5, 'junk', 'none', 'junk-score'],
    ['a phishing marker below the junk score', [OTP, PHISH], 1, 'none', 'none', 'below-thresholds'],
    ['two transaction rules', [OTP, BANK], 0, 'transaction', 'transactionalOthers', 'transaction-rule'],
    ['a promotion', [SALE], 0, 'promotion', 'promotionalOffers', 'promotion-rule'],
    ['two promotion rules', [SALE, COUPON], 0, 'promotion', 'promotionalCoupons', 'promotion-rule'],
    [
      'a promotion with a junk score but no junk rule',
      [SALE],
      3,
      'promotion',
      'promotionalOffers',
      'promotion-rule',
    ],
    ['a promotion with a junk rule and a junk score', [SALE, PRIZE], 3, 'junk', 'none', 'junk-score'],
    [
      'a promotion with a junk rule under the junk score',
      [SALE, PRIZE],
      1,
      'promotion',
      'promotionalOffers',
      'promotion-rule',
    ],
    ['a promotion beside a phishing marker', [SALE, PHISH], 1, 'none', 'none', 'below-thresholds'],
    [
      'a transaction and a promotion',
      [BANK, SALE],
      0,
      'transaction',
      'transactionalFinance',
      'transaction-rule',
    ],
    [
      'a promotion vote under its threshold',
      [v('weak', 'promotion', 0.5)],
      0,
      'none',
      'none',
      'below-thresholds',
    ],
    [
      'a transaction vote under its threshold',
      [v('weak', 'transaction', 0.5)],
      0,
      'none',
      'none',
      'below-thresholds',
    ],
    [
      'a transaction vote without sub-action',
      [v('t', 'transaction', 1)],
      0,
      'transaction',
      'transactionalOthers',
      'transaction-rule',
    ],
    [
      'a promotion vote without sub-action',
      [v('p', 'promotion', 1)],
      0,
      'promotion',
      'promotionalOthers',
      'promotion-rule',
    ],
    ['a NaN score', [], Number.NaN, 'none', 'none', 'below-thresholds'],
  ];
  for (const [name, votes, score, action, subAction, reason] of table) {
    it(`returns ${action}/${subAction} for ${name}`, () => {
      const d = decide(votes, score, T);
      assert.deepEqual(d.verdict, { action, subAction });
      assert.equal(d.reason, reason);
    });
  }

  it('returns the sub-action of the strongest vote that names one', () => {
    const d = decide(
      [
        v('a', 'transaction', 1, 'transactionalOrders'),
        v('b', 'transaction', 3, 'transactionalHealth'),
        v('c', 'transaction', 5),
      ],
      0,
      T,
    );
    assert.equal(d.verdict.subAction, 'transactionalHealth');
  });

  it('returns none (no-words) when a message without letters scores over the junk threshold and no junk rule fired', () => {
    const d = decide([], 5, T, false);
    assert.deepEqual(d.verdict, { action: 'none', subAction: 'none' });
    assert.equal(d.reason, 'no-words');
    assert.equal(decide([], 5, T, true).verdict.action, 'junk', 'the same score junks a message with words');
  });

  it('returns junk for a message without letters when a junk rule agrees with the score', () => {
    const d = decide([PRIZE], 5, T, false);
    assert.equal(d.verdict.action, 'junk');
    assert.equal(d.reason, 'junk-score');
  });

  describe("the text model's own folders", () => {
    const M = {
      ...T,
      modelTransaction: 2,
      modelTransactionScore: -1,
      modelPromotion: 3,
      modelPromotionScore: 0,
    };
    const opinion = (transaction: number, promotion: number, eligible = true) => ({
      scores: { logistic: 0, bayes: 0, transaction, promotion },
      eligible,
      subAction: (folder: 'transaction' | 'promotion') =>
        folder === 'transaction' ? ('transactionalFinance' as const) : ('promotionalOffers' as const),
    });

    it("returns transaction with the wording's sub-action when the odds reach the threshold far enough from junk", () => {
      const d = decide([], -3, M, true, opinion(2.5, 0));
      assert.deepEqual(d.verdict, { action: 'transaction', subAction: 'transactionalFinance' });
      assert.equal(d.reason, 'model-transaction');
    });

    it('returns none when the score is too close to junk, the odds too low, or a junk rule fired', () => {
      assert.equal(decide([], -0.5, M, true, opinion(9, 0)).verdict.action, 'none');
      assert.equal(decide([], -3, M, true, opinion(1.9, 0)).verdict.action, 'none');
      assert.equal(decide([v('weak', 'junk', 0.5)], -3, M, true, opinion(9, 0)).verdict.action, 'none');
    });

    it('returns promotion when the promotion odds reach theirs and transaction does not', () => {
      const d = decide([], -1, M, true, opinion(0, 4));
      assert.deepEqual(d.verdict, { action: 'promotion', subAction: 'promotionalOffers' });
      assert.equal(d.reason, 'model-promotion');
    });

    it('returns the folder with the higher odds when both reach their thresholds', () => {
      assert.equal(decide([], -3, M, true, opinion(2.5, 6)).verdict.action, 'promotion');
      assert.equal(decide([], -3, M, true, opinion(6, 3.5)).verdict.action, 'transaction');
      // promotion's odds are higher but too close to junk for its score bound: transaction
      assert.equal(
        decide([], -0.5, { ...M, modelTransactionScore: 0, modelPromotionScore: -1 }, true, opinion(2.5, 6))
          .verdict.action,
        'transaction',
      );
    });

    it('files a promotion-rule message as a transaction when the model reads it as a notice far above an offer', () => {
      // "Your order is ready ... Reply STOP to opt out": the footer fires a promotion rule
      const d = decide([SALE], -3, M, true, opinion(NOTICE_OVER_OFFER + 1, 1));
      assert.deepEqual(d.verdict, { action: 'transaction', subAction: 'transactionalFinance' });
      assert.equal(d.reason, 'notice-not-offer');
      // not within the margin, not under the model's threshold, not for a person's voice
      assert.equal(decide([SALE], -3, M, true, opinion(NOTICE_OVER_OFFER + 0.5, 1)).reason, 'promotion-rule');
      assert.equal(decide([SALE], -3, M, true, opinion(1.9, -9)).reason, 'promotion-rule');
      assert.equal(decide([SALE], -3, M, true, opinion(9, 0, false)).reason, 'promotion-rule');
      // not when a junk rule fired, the score sits near junk, or the header declares marketing
      assert.equal(
        decide([SALE, v('weak', 'junk', 0.5)], -3, M, true, opinion(9, 0)).reason,
        'promotion-rule',
      );
      assert.equal(decide([SALE], -0.5, M, true, opinion(9, 0)).reason, 'promotion-rule');
      const declared = { ...opinion(9, 0), business: true, declared: 'promotion' as const };
      assert.equal(decide([SALE], -3, M, true, declared).reason, 'promotion-rule');
    });

    it("junks marketing from a number that is no business's when the score is far over the junk threshold", () => {
      // "Your business may qualify for $250K ... Reply STOP to end" from a long number
      const phone = { ...opinion(-4, 2), business: false };
      const far = M.junk + PROMOTION_JUNK_MARGIN;
      assert.equal(decide([SALE], far, M, true, phone).verdict.action, 'junk');
      // not just under the margin, and never from a business's sender id or short code
      assert.equal(decide([SALE], far - 0.01, M, true, phone).reason, 'promotion-rule');
      assert.equal(decide([SALE], far + 5, M, true, { ...phone, business: true }).reason, 'promotion-rule');
    });

    it("junks a notice from a number that is no business's when the score is far over the junk threshold", () => {
      // "Your payment of $1,500 is on hold, call support at 1-888-..." from a long number
      const phone = { ...opinion(4, -4), business: false, person: true };
      const far = M.junk + TRANSACTION_JUNK_MARGIN;
      const d = decide([BANK], far, M, true, phone);
      assert.equal(d.verdict.action, 'junk');
      assert.equal(d.reason, 'junk-score');
      // not just under the margin, and never from a business's sender id or short code
      assert.equal(decide([BANK], far - 0.01, M, true, phone).reason, 'transaction-rule');
      assert.equal(
        decide([OTP], far + 5, M, true, { ...phone, person: false, business: true }).reason,
        'transaction-rule',
      );
      // nor for a message that delivers a one-time code, nor without a sender or the model's opinion
      assert.equal(decide([OTP], far + 5, M, true, { ...phone, code: true }).reason, 'transaction-rule');
      assert.equal(decide([BANK], far + 5, M, true, { ...phone, person: false }).reason, 'transaction-rule');
      assert.equal(decide([BANK], far + 5, M, true).reason, 'transaction-rule');
    });

    it("never files a message that reads as a person's", () => {
      assert.equal(decide([], -3, M, true, opinion(9, 9, false)).verdict.action, 'none');
    });

    it("files a business sender's message in the category its header declares, before the model's folders", () => {
      const declared = { ...opinion(4, -4), business: true, declared: 'promotion' as const };
      const d = decide([], 1.5, M, true, declared);
      assert.equal(d.verdict.action, 'promotion');
      assert.equal(d.reason, 'declared-category');
      assert.equal(
        decide([], -1, M, true, { ...opinion(-4, 4), business: true, declared: 'transaction' as const })
          .verdict.action,
        'transaction',
      );
      // not over a junk score, a junk vote, or a rule's folder
      assert.equal(decide([], 9, M, true, declared).verdict.action, 'junk');
      assert.equal(decide([v('weak_lure', 'junk', 1)], 1.5, M, true, declared).verdict.action, 'none');
    });

    it("files a business sender's message that is neither junk nor marketing as its notice", () => {
      const business = { ...opinion(-4, -4), business: true };
      const d = decide([], 1.5, M, true, business);
      assert.deepEqual(d.verdict, { action: 'transaction', subAction: 'transactionalFinance' });
      assert.equal(d.reason, 'business-sender');
      // an offer's wording files it under Promotions
      const offer = { ...business, marketing: () => true };
      assert.equal(decide([], 1.5, M, true, offer).verdict.action, 'promotion');
      // the promotion odds still file marketing under Promotions first
      assert.equal(decide([], -1, M, true, { ...opinion(0, 4), business: true }).verdict.action, 'promotion');
    });

    it("never files a business sender's message that a junk rule, the score or a person's voice holds back", () => {
      const business = (eligible = true) => ({ ...opinion(-4, -4, eligible), business: true });
      assert.equal(decide([v('weak', 'junk', 0.5)], -3, M, true, business()).verdict.action, 'none');
      assert.equal(decide([], 5, M, true, business()).verdict.action, 'junk');
      // its words are not read for a person's voice: no person texts from a sender id
      assert.equal(decide([], -3, M, true, business(false)).verdict.action, 'transaction');
      assert.equal(
        decide([], 5, M, false, business()).verdict.action,
        'none',
        'no words: no-words, not a notice',
      );
    });

    it('never files a message the score junks, and never without thresholds', () => {
      assert.equal(decide([], 5, M, true, opinion(9, 9)).verdict.action, 'junk');
      assert.equal(decide([], -3, T, true, opinion(9, 9)).verdict.action, 'none');
    });
  });

  it('uses the rules-only thresholds when none are given', () => {
    assert.equal(decide([], DEFAULT_THRESHOLDS.junk).verdict.action, 'junk');
    assert.equal(decide([], DEFAULT_THRESHOLDS.junk - 0.01).verdict.action, 'none');
  });
});

describe('toVote', () => {
  const hit = (meta: RuleHit['meta'], tags: string[] = []): RuleHit => ({ rule: 'r', tags, meta });

  it('returns undefined for a rule without a valid action', () => {
    assert.equal(toVote(hit({})), undefined);
    assert.equal(toVote(hit({ action: 'delete' })), undefined);
    assert.equal(toVote(hit({ action: 'none' })), undefined);
  });

  it('returns the weight, description and sub-action from the meta', () => {
    assert.deepEqual(
      toVote(
        hit({ action: 'transaction', sub_action: 'transactionalFinance', weight: 2.5, description: 'd' }),
      ),
      {
        rule: 'r',
        action: 'transaction',
        subAction: 'transactionalFinance',
        weight: 2.5,
        description: 'd',
        phishing: false,
      },
    );
  });

  it('returns weight 1 when the weight meta is missing or not a number', () => {
    assert.equal(toVote(hit({ action: 'junk' }))?.weight, 1);
    assert.equal(toVote(hit({ action: 'junk', weight: 'heavy' }))?.weight, 1);
  });

  it('returns sub-action none when the sub-action belongs to another action or is unknown', () => {
    assert.equal(toVote(hit({ action: 'transaction', sub_action: 'promotionalOffers' }))?.subAction, 'none');
    assert.equal(toVote(hit({ action: 'promotion', sub_action: 'transactionalFinance' }))?.subAction, 'none');
    assert.equal(toVote(hit({ action: 'junk', sub_action: 'promotionalOffers' }))?.subAction, 'none');
    assert.equal(toVote(hit({ action: 'promotion', sub_action: 'bogus' }))?.subAction, 'none');
  });

  it('marks a junk rule as a phishing marker by tag or by meta', () => {
    assert.equal(toVote(hit({ action: 'junk' }, ['phishing']))?.phishing, true);
    assert.equal(toVote(hit({ action: 'junk', phishing: true }))?.phishing, true);
    assert.equal(toVote(hit({ action: 'junk' }, ['other']))?.phishing, false);
    assert.equal(toVote(hit({ action: 'transaction' }, ['phishing']))?.phishing, false);
  });
});

describe('combine', () => {
  const learned: Combination = {
    bias: -1,
    model: 0.5,
    bayes: 0.25,
    rules: { prize: { weight: 4, prior: 3, hits: 10 }, edited: { weight: 9, prior: 1, hits: 3 } },
  };

  it('returns bias + the weighted model scores + each rule weight', () => {
    assert.equal(
      combine(learned, { logistic: 2, bayes: 4, transaction: 0, promotion: 0 }, [PRIZE]),
      -1 + 0.5 * 2 + 0.25 * 4 + 4,
    );
    assert.equal(combine(learned, null, []), -1);
  });

  it('returns the meta weight for a rule the model never learned (a hot-loaded rule)', () => {
    assert.deepEqual(ruleWeight(v('hot_loaded', 'junk', 2.5), learned), { weight: 2.5, learned: false });
  });

  it('returns the meta weight when the rule was edited since training (its prior changed)', () => {
    assert.deepEqual(ruleWeight(v('edited', 'junk', 2), learned), { weight: 2, learned: false });
    assert.deepEqual(ruleWeight(v('edited', 'junk', 1), learned), { weight: 9, learned: true });
  });

  it('returns 0 for a promotion or transaction rule even when a model file lists a weight for it', () => {
    const c: Combination = {
      ...learned,
      rules: { ...learned.rules, otp_code: { weight: -3, prior: 0, hits: 50 } },
    };
    assert.deepEqual(ruleWeight(OTP, c), { weight: 0, learned: false });
  });

  it('returns priors: + weight for junk, - weight for allow, 0 for promotion and transaction', () => {
    assert.equal(priorWeight(PRIZE), 3);
    assert.equal(priorWeight(KNOWN), -5);
    assert.equal(priorWeight(SALE), 0);
    assert.equal(priorWeight(OTP), 0);
    assert.equal(
      combine(DEFAULT_COMBINATION, { logistic: 1.5, bayes: 9, transaction: 0, promotion: 0 }, [PRIZE, SALE]),
      4.5,
    );
  });

  it('returns the floored model part when a junk rule fired and the text model disagrees more than the floor', () => {
    const floored: Combination = { ...learned, floor: -2 };
    // model part 0.5 * -10 + 0.25 * -4 = -6, floored to -2; the prize rule's learned 4 stands
    assert.equal(
      combine(floored, { logistic: -10, bayes: -4, transaction: 0, promotion: 0 }, [PRIZE]),
      -1 - 2 + 4,
    );
    assert.equal(
      combine(learned, { logistic: -10, bayes: -4, transaction: 0, promotion: 0 }, [PRIZE]),
      -1 - 6 + 4,
      'no floor: the sum',
    );
  });

  it('returns the unfloored model part when no junk rule fired', () => {
    const floored: Combination = { ...learned, floor: -2 };
    assert.equal(combine(floored, { logistic: -10, bayes: -4, transaction: 0, promotion: 0 }, []), -1 - 6);
    assert.equal(
      combine(floored, { logistic: -10, bayes: -4, transaction: 0, promotion: 0 }, [SALE, KNOWN]),
      -1 - 6 - 5,
    );
    assert.equal(
      combine(floored, { logistic: 4, bayes: 0, transaction: 0, promotion: 0 }, [PRIZE]),
      -1 + 2 + 4,
      'above the floor: as is',
    );
  });

  it('ignores a rule named like an Object prototype property', () => {
    assert.deepEqual(ruleWeight(v('constructor', 'junk', 2), DEFAULT_COMBINATION), {
      weight: 2,
      learned: false,
    });
  });
});

describe('decide: a person quoting a scam as a warning (step 1b)', () => {
  const FORCED: Vote = { ...v('emergency', 'junk', 1), force: 'junk' };
  it('leaves it in the inbox whatever the quoted lure fired and however high the score', () => {
    for (const votes of [[PHISH], [PRIZE, OTP], [SALE]]) {
      const d = decide(votes, 9, T, true, undefined, true);
      assert.deepEqual(d.verdict, { action: 'none', subAction: 'none' });
      assert.equal(d.reason, 'quoted-warning');
    }
  });

  it("files a business sender's own code notice that warns of scams by its transaction vote", () => {
    // "your code is 482913, never share it, beware of scammers" from the service's sender id
    const business = {
      scores: { logistic: 0, bayes: 0, transaction: -4, promotion: -4 },
      eligible: true,
      business: true,
      subAction: () => 'transactionalOthers' as const,
    };
    const d = decide([OTP], -9, T, true, business, true);
    assert.equal(d.verdict.action, 'transaction');
    assert.equal(d.reason, 'transaction-rule');
    // not from a person's number, and not when a junk rule fired too
    assert.equal(decide([OTP], -9, T, true, { ...business, business: false }, true).reason, 'quoted-warning');
    assert.equal(decide([OTP, PHISH], -9, T, true, business, true).reason, 'quoted-warning');
  });

  it("yields to an operator's allow and forced rules", () => {
    assert.equal(decide([KNOWN, PHISH], 9, T, true, undefined, true).reason, 'allow-rule');
    assert.equal(decide([FORCED], 0, T, true, undefined, true).reason, 'forced-rule');
  });
});
