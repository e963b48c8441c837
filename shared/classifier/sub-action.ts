/**
 * The sub-action of a message the text model files under Transactions or Promotions, from the
 * words that tell a notification's kind (`shared/maps/sub-actions.tsv`, data, not code).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SubAction } from './types.ts';
import { PROMOTION_SUB_ACTIONS, TRANSACTION_SUB_ACTIONS } from './types.ts';

export interface SubActionWords {
  readonly transaction: readonly { readonly subAction: SubAction; readonly words: RegExp }[];
  readonly promotion: readonly { readonly subAction: SubAction; readonly words: RegExp }[];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function parseSubActionWords(text: string, file = 'sub-actions.tsv'): SubActionWords {
  const out: {
    transaction: SubActionWords['transaction'][number][];
    promotion: SubActionWords['promotion'][number][];
  } = {
    transaction: [],
    promotion: [],
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [name, words] = line.split('\t') as [string, string | undefined];
    const isTransaction = (TRANSACTION_SUB_ACTIONS as readonly string[]).includes(name);
    if (!words || (!isTransaction && !(PROMOTION_SUB_ACTIONS as readonly string[]).includes(name)))
      throw new Error(`${file}: expected an Apple sub-action name<TAB>words: ${line}`);
    const list = words
      .split(',')
      .map((w) => w.trim().toLowerCase())
      .filter(Boolean)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp);
    const entry = {
      subAction: name as SubAction,
      words: new RegExp(`(?<![a-z0-9])(?:${list.join('|')})(?![a-z0-9])`, 'g'),
    };
    (isTransaction ? out.transaction : out.promotion).push(entry);
  }
  return out;
}

export function readSubActionWords(dir: string): SubActionWords {
  return parseSubActionWords(readFileSync(join(dir, 'sub-actions.tsv'), 'utf8'));
}

/** The sub-action with the most matching words in `lowerText` (ties: file order), and their count. */
function bestOf(folder: 'transaction' | 'promotion', lowerText: string, words: SubActionWords) {
  let best: SubAction = folder === 'transaction' ? 'transactionalOthers' : 'promotionalOthers';
  let bestCount = 0;
  for (const { subAction, words: re } of words[folder]) {
    re.lastIndex = 0;
    let n = 0;
    while (re.exec(lowerText) !== null) n++;
    if (n > bestCount) {
      best = subAction;
      bestCount = n;
    }
  }
  return { best, bestCount };
}

/** What a message's words say of its kind, for each folder; each folder read once, when first asked. */
export class WordReading {
  readonly #lowerText: string;
  readonly #words: SubActionWords;
  #transaction: { best: SubAction; bestCount: number } | undefined;
  #promotion: { best: SubAction; bestCount: number } | undefined;

  constructor(lowerText: string, words: SubActionWords) {
    this.#lowerText = lowerText;
    this.#words = words;
  }

  #of(folder: 'transaction' | 'promotion') {
    if (folder === 'transaction') {
      this.#transaction ??= bestOf(folder, this.#lowerText, this.#words);
      return this.#transaction;
    }
    this.#promotion ??= bestOf(folder, this.#lowerText, this.#words);
    return this.#promotion;
  }

  /** The sub-action with the most matching words (ties: file order), else the folder's "others". */
  subAction(folder: 'transaction' | 'promotion'): SubAction {
    return this.#of(folder).best;
  }

  /**
   * Whether the words of an offer (two at least: one alone is often another word, "water off until
   * 4pm", Spanish "sale hoy") outnumber those of any kind of notice ("15 off with the coupon").
   */
  marketing(): boolean {
    const offer = this.#of('promotion').bestCount;
    return offer >= 2 && offer > this.#of('transaction').bestCount;
  }
}
