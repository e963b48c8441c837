/** Reading the corpora `train` and `eval` name: each checked, its malformed lines reported. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  type Corpus,
  checkCorpus,
  describeProblems,
  isEvalOnly,
  readCorpus,
} from '../../shared/classifier/corpus.ts';
import { escapeRegExp } from '../../shared/classifier/escape-regexp.ts';
import type { LabelledMessage } from '../../shared/classifier/evaluation/evaluate.ts';
import { type Io, UsageError, write } from './command.ts';

/** The data folder beside the repository, where the labelled corpora live. */
export const DEFAULT_DATA_DIR = '../shared/data';
/** The list of corpora the shipped model trains on (file names in the data folder). */
export const TRAINING_LIST = 'shared/model/training-corpora.txt';

export function loadCorpus(path: string, io: Io): Corpus {
  const corpus = readCorpus(path);
  for (const line of describeProblems(corpus)) write(io.stderr, line);
  checkCorpus(corpus);
  return corpus;
}

/** Refuses a corpus kept for measurement only. */
export function checkTrainable(paths: readonly string[]): void {
  for (const p of paths) {
    if (isEvalOnly(p)) throw new UsageError(`${p} is for measurement only: it is never trained on`);
  }
}

/**
 * The corpora `TRAINING_LIST` names, as paths: a file name is in `dataDir`; a line starting with
 * "./" is a path in the repository, whose file name may hold "*" ("./test/fixtures/traffic/written-*.tsv").
 */
export function trainingCorpora(dataDir: string, list = TRAINING_LIST): string[] {
  if (!existsSync(list))
    throw new UsageError(`no ${list} here: run train from the repository, or name the corpora`);
  const names = readFileSync(list, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const paths = names.flatMap((n) => (n.startsWith('./') ? inRepository(n) : [join(dataDir, n)]));
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length > 0) throw new UsageError(`training corpora missing: ${missing.join(', ')}`);
  return paths;
}

/** A repository path, its "*" (file name only) expanded in name order; a pattern that matches nothing is an error. */
function inRepository(pattern: string): string[] {
  const dir = dirname(pattern);
  const name = basename(pattern);
  if (!name.includes('*')) return [pattern];
  const re = new RegExp(`^${name.split('*').map(escapeRegExp).join('.*')}$`);
  const found = existsSync(dir) ? readdirSync(dir).filter((f) => re.test(f)) : [];
  if (found.length === 0) throw new UsageError(`training corpora missing: nothing matches ${pattern}`);
  return found.sort().map((f) => join(dir, f));
}

export function messagesOf(corpus: Corpus): LabelledMessage[] {
  return corpus.rows.map((r) => ({ text: r.text, sender: r.sender, label: r.label }));
}

/** A comma-separated list option. */
export function listOption(value: string | undefined): string[] {
  return value === undefined
    ? []
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
}
