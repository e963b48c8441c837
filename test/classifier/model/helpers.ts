import { readFileSync } from 'node:fs';
import { parseCorpus } from '../../../shared/classifier/corpus.ts';
import type { Folder } from '../../../shared/classifier/labels.ts';
import { type ModelInput, NO_SIGNALS } from '../../../shared/classifier/model/features.ts';
import type { ModelScores } from '../../../shared/classifier/score.ts';
import type { Vote } from '../../../shared/classifier/votes.ts';

export const tiny = parseCorpus(
  readFileSync(new URL('../../fixtures/corpus/tiny.tsv', import.meta.url), 'utf8'),
);
export const input = (text: string): ModelInput => ({ text, signals: NO_SIGNALS });
export const rows = tiny.rows.map((r) => ({ input: input(r.text), folder: r.label.folder as Folder }));

/** Messages the model never saw, one obvious of each kind. */
export const UNSEEN_UNWANTED = [
  'You have WON a £2000 prize! Call 09061111111 now to claim, 150p/min',
  'FREE ringtones for you, txt TONE to 80808, £2 per week, stop to end',
];
export const UNSEEN_WANTED = [
  'Are you still coming round for dinner tonight?',
  'Sorry, running late, see you at the cafe',
];

export function vote(rule: string, action: Vote['action'], weight: number): Vote {
  return { rule, action, subAction: 'none', weight, description: '', phishing: false };
}

/** Model scores with only the junk parts set. */
export function scores(logistic: number, bayes = 0): ModelScores {
  return { logistic, bayes, transaction: 0, promotion: 0 };
}
