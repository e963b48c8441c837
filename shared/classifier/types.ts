/** Apple's Message Filter vocabulary (ILMessageFilterAction / ILMessageFilterSubAction, iOS 16). */

export const ACTIONS = ['none', 'allow', 'junk', 'promotion', 'transaction'] as const;
export type Action = (typeof ACTIONS)[number];

export const TRANSACTION_SUB_ACTIONS = [
  'transactionalFinance',
  'transactionalOrders',
  'transactionalReminders',
  'transactionalHealth',
  'transactionalWeather',
  'transactionalCarrier',
  'transactionalRewards',
  'transactionalPublicServices',
  'transactionalOthers',
] as const;
export const PROMOTION_SUB_ACTIONS = [
  'promotionalOffers',
  'promotionalCoupons',
  'promotionalOthers',
] as const;
export type SubAction =
  | 'none'
  | (typeof TRANSACTION_SUB_ACTIONS)[number]
  | (typeof PROMOTION_SUB_ACTIONS)[number];

export interface Verdict {
  readonly action: Action;
  readonly subAction: SubAction;
}

/** What the caller hands the classifier: the message text and, when known, the sender. */
export interface ClassifyInput {
  readonly text: string;
  readonly sender?: string | undefined;
}
