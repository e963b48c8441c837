/**
 * The sub-action of a message the text model files under Transactions or Promotions, from the
 * words that tell a notification's kind (`shared/maps/sub-actions.tsv`, data, not code).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeRegExp } from './escape-regexp.ts';
import type { SubAction } from './types.ts';
import { PROMOTION_SUB_ACTIONS, TRANSACTION_SUB_ACTIONS } from './types.ts';

export interface SubActionWords {
  /** The sub-actions of each folder, in file order (ties go to the first). */
  readonly transaction: readonly SubAction[];
  readonly promotion: readonly SubAction[];
  /** Every word and phrase of the file, longest first, as whole words: one pass finds them all. */
  readonly words: RegExp;
  /** The sub-action each word tells. */
  readonly owner: ReadonlyMap<string, SubAction>;
}

export function parseSubActionWords(text: string, file = 'sub-actions.tsv'): SubActionWords {
  const transaction: SubAction[] = [];
  const promotion: SubAction[] = [];
  const owner = new Map<string, SubAction>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [name, words] = line.split('\t') as [string, string | undefined];
    const isTransaction = (TRANSACTION_SUB_ACTIONS as readonly string[]).includes(name);
    if (!words || (!isTransaction && !(PROMOTION_SUB_ACTIONS as readonly string[]).includes(name)))
      throw new Error(`${file}: expected an Apple sub-action name<TAB>words: ${line}`);
    (isTransaction ? transaction : promotion).push(name as SubAction);
    for (const w of words.split(',')) {
      const word = w.trim().toLowerCase();
      if (word === '') continue;
      if (owner.has(word)) throw new Error(`${file}: "${word}" is listed twice`);
      owner.set(word, name as SubAction);
    }
  }
  const list = [...owner.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const words = new RegExp(`(?<![a-z0-9])(?:${list.join('|')})(?![a-z0-9])`, 'g');
  return { transaction, promotion, words, owner };
}

export function readSubActionWords(dir: string): SubActionWords {
  return parseSubActionWords(readFileSync(join(dir, 'sub-actions.tsv'), 'utf8'));
}

/** What a message's words say of its kind: the count of each sub-action's words, read in one pass when first asked. */
export class WordReading {
  readonly #lowerText: string;
  readonly #words: SubActionWords;
  #counts: Map<SubAction, number> | undefined;

  constructor(lowerText: string, words: SubActionWords) {
    this.#lowerText = lowerText;
    this.#words = words;
  }

  /** Each sub-action's count of matching words, read in one pass when first asked. */
  #countsOf(): Map<SubAction, number> {
    if (this.#counts === undefined) {
      const counts = new Map<SubAction, number>();
      const re = this.#words.words;
      re.lastIndex = 0;
      for (let m = re.exec(this.#lowerText); m !== null; m = re.exec(this.#lowerText)) {
        const sub = this.#words.owner.get(m[0]);
        if (sub !== undefined) counts.set(sub, (counts.get(sub) ?? 0) + 1);
      }
      this.#counts = counts;
    }
    return this.#counts;
  }

  #of(folder: 'transaction' | 'promotion'): { best: SubAction; bestCount: number } {
    const counts = this.#countsOf();
    let best: SubAction = folder === 'transaction' ? 'transactionalOthers' : 'promotionalOthers';
    let bestCount = 0;
    for (const sub of this.#words[folder]) {
      const n = counts.get(sub) ?? 0;
      if (n > bestCount) {
        best = sub;
        bestCount = n;
      }
    }
    return { best, bestCount };
  }

  /** The sub-action with the most matching words (ties: file order), else the folder's "others". */
  subAction(folder: 'transaction' | 'promotion'): SubAction {
    return this.#of(folder).best;
  }

  /**
   * Whether the words of an offer, coupons and offers together (two at least: one alone is often
   * another word, "water off until 4pm", Spanish "sale hoy"), outnumber those of any kind of notice
   * ("Rs.150 OFF ... use code SAVE150" is two).
   */
  marketing(): boolean {
    const offer = this.#total('promotion');
    return offer >= 2 && offer > this.#of('transaction').bestCount;
  }

  #total(folder: 'transaction' | 'promotion'): number {
    const counts = this.#countsOf();
    let n = 0;
    for (const sub of this.#words[folder]) n += counts.get(sub) ?? 0;
    return n;
  }
}
