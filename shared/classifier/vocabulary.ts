/**
 * Counts of the words many rules check for (`shared/maps/vocabulary.tsv`), as scan variables
 * `<name>_count`: one regex per list and message here instead of a YARA pattern per rule that
 * names them (a frequent word is verified once per pattern on every message that has it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeRegExp } from './escape-regexp.ts';

export interface Vocabulary {
  readonly lists: readonly { readonly variable: string; readonly words: RegExp }[];
}

/** The lists the rules may read: each is a scan variable the rule compiler declares. */
export const VOCABULARY_LISTS = ['contact', 'claim'] as const;

export function parseVocabulary(text: string, file = 'vocabulary.tsv'): Vocabulary {
  const lists: { variable: string; words: RegExp }[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [name, words] = line.split('\t') as [string, string | undefined];
    if (!words || !/^[a-z][a-z_]*$/.test(name)) throw new Error(`${file}: expected name<TAB>words: ${line}`);
    if (!(VOCABULARY_LISTS as readonly string[]).includes(name)) {
      throw new Error(`${file}: unknown list '${name}' (the rules can read ${VOCABULARY_LISTS.join(', ')})`);
    }
    const all = words
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean)
      .sort((a, b) => b.length - a.length);
    const latin = all.filter((w) => /^[a-z]/.test(w)).map(escapeRegExp);
    const other = all.filter((w) => !/^[a-z]/.test(w)).map(escapeRegExp);
    const parts = [];
    if (latin.length) parts.push(`(?<![a-z0-9])(?:${latin.join('|')})(?![a-z0-9])`);
    if (other.length) parts.push(`(?:${other.join('|')})`);
    lists.push({ variable: `${name}_count`, words: new RegExp(parts.join('|'), 'g') });
  }
  return { lists };
}

export function readVocabulary(dir: string): Vocabulary {
  return parseVocabulary(readFileSync(join(dir, 'vocabulary.tsv'), 'utf8'));
}

/** Each list's count in the lower-cased text, by variable name. */
export function countVocabulary(lowerText: string, vocabulary: Vocabulary): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { variable, words } of vocabulary.lists) {
    words.lastIndex = 0;
    let n = 0;
    while (words.exec(lowerText) !== null) n++;
    out[variable] = n;
  }
  return out;
}
