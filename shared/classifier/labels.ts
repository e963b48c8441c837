/**
 * The label vocabulary of every corpus (`../shared/data/README.md`): a label is the action a user
 * wants for the message, optionally with Apple's sub-action after a colon.
 *
 *   ham                               wanted, folder none (a person wrote it)
 *   transaction, transaction:<sub>    wanted, folder transaction (never junk)
 *   promotion, promotion:<sub>        wanted, folder promotion (never junk)
 *   spam, smishing, scam              unwanted, folder junk
 *
 * `<sub>` is the suffix of Apple's sub-action name (`finance` -> `transactionalFinance`).
 * Labels are read case-insensitively; anything else is not a label.
 */
import type { SubAction } from './types.ts';
import { PROMOTION_SUB_ACTIONS, TRANSACTION_SUB_ACTIONS } from './types.ts';

/** The four folders a message can belong in, which are also the statistical layer's classes. */
export const FOLDERS = ['none', 'junk', 'promotion', 'transaction'] as const;
export type Folder = (typeof FOLDERS)[number];

/** Who the label says the message is from: a person, a service, a marketer, or a scammer. */
export type LabelKind = 'personal' | 'transaction' | 'promotion' | 'unwanted';

export interface Label {
  /** As written in the corpus. */
  readonly raw: string;
  readonly kind: LabelKind;
  /** The right answer's action. */
  readonly folder: Folder;
  /** The right answer's sub-action, when the label names one. */
  readonly subAction?: SubAction;
  readonly unwanted: boolean;
}

const UNWANTED = new Set(['spam', 'smishing', 'scam']);

/** Apple's sub-action names by their suffix, lower-cased ("publicservices" -> transactionalPublicServices). */
function bySuffix(names: readonly SubAction[], prefix: string): ReadonlyMap<string, SubAction> {
  return new Map(names.map((n) => [n.slice(prefix.length).toLowerCase(), n]));
}
const TRANSACTION_SUBS = bySuffix(TRANSACTION_SUB_ACTIONS, 'transactional');
const PROMOTION_SUBS = bySuffix(PROMOTION_SUB_ACTIONS, 'promotional');

/** The label, or the reason it is not one. */
export function parseLabel(raw: string): Label | string {
  const lower = raw.toLowerCase();
  if (lower === 'ham') return { raw, kind: 'personal', folder: 'none', unwanted: false };
  if (UNWANTED.has(lower)) return { raw, kind: 'unwanted', folder: 'junk', unwanted: true };
  const colon = lower.indexOf(':');
  const head = colon < 0 ? lower : lower.slice(0, colon);
  if (head !== 'transaction' && head !== 'promotion') {
    return `unknown label "${raw}" (expected ham, transaction[:sub], promotion[:sub], spam, smishing or scam)`;
  }
  if (colon < 0) return { raw, kind: head, folder: head, unwanted: false };
  const subs = head === 'transaction' ? TRANSACTION_SUBS : PROMOTION_SUBS;
  const subAction = subs.get(lower.slice(colon + 1));
  if (!subAction) {
    return `unknown sub-action in label "${raw}" (expected one of ${[...subs.keys()].join(', ')})`;
  }
  return { raw, kind: head, folder: head, subAction, unwanted: false };
}

/** Whether the label means a wanted message (kept for callers that only need the binary split). */
export function isWantedLabel(label: string): boolean {
  const l = parseLabel(label);
  return typeof l !== 'string' && !l.unwanted;
}
