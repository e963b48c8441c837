/**
 * Labelled corpora for `train` and `eval`: UTF-8 text, one message per line, `label<TAB>text`, the
 * label from the vocabulary in `labels.ts` (`ham`, `transaction[:sub]`, `promotion[:sub]`, `spam`,
 * `smishing`, `scam`).
 *
 * A first line `label<TAB>...` is a header and is skipped; a header `label<TAB>sender<TAB>text`
 * switches to three columns, the sender as iOS gives it (empty when unknown).
 * Tolerated: a UTF-8 byte-order mark, CRLF line endings, blank lines, tabs inside the text (the
 * text is the last column and keeps them).
 * Malformed (reported with the line number and skipped): too few columns, an empty label, a label
 * with spaces or outside the vocabulary, an empty text. `checkCorpus` refuses a corpus that cannot
 * be trusted: no messages at all, or more than `maxMalformed` (10%) of its lines malformed.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { type Label, parseLabel } from './labels.ts';

export { isWantedLabel } from './labels.ts';

export interface CorpusRow {
  /** 1-based line number in the file. */
  readonly line: number;
  readonly label: Label;
  readonly text: string;
  /** The sender, when the corpus has a sender column and the row fills it. */
  readonly sender?: string;
  readonly unwanted: boolean;
}

export interface CorpusProblem {
  readonly line: number;
  readonly reason: string;
}

export interface Corpus {
  /** The file name (for messages). */
  readonly name: string;
  readonly rows: readonly CorpusRow[];
  readonly malformed: readonly CorpusProblem[];
  /** Non-blank lines, header included. */
  readonly lines: number;
  /** True when the first line was a `label<TAB>...` header and was skipped. */
  readonly header: boolean;
  /** True when the header named a sender column. */
  readonly hasSender: boolean;
}

/** A corpus that cannot be read or cannot be trusted. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';
}

const HEADER_LABEL = 'label';
const SENDER_HEADER = /^label\tsender\t[^\t]+$/i;

/** Parses corpus text (see the file comment); never throws. */
export function parseCorpus(content: string, name = '<corpus>'): Corpus {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const lines = text.split('\n');
  const rows: CorpusRow[] = [];
  const malformed: CorpusProblem[] = [];
  let nonBlank = 0;
  let header = false;
  let hasSender = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] as string;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') continue;
    nonBlank++;
    const tab = line.indexOf('\t');
    if (tab < 0) {
      malformed.push({ line: i + 1, reason: 'no tab between label and text' });
      continue;
    }
    const labelText = line.slice(0, tab);
    let body = line.slice(tab + 1);
    if (nonBlank === 1 && labelText.toLowerCase() === HEADER_LABEL) {
      header = true;
      hasSender = SENDER_HEADER.test(line);
      continue;
    }
    let sender: string | undefined;
    if (hasSender) {
      const second = body.indexOf('\t');
      if (second < 0) {
        malformed.push({ line: i + 1, reason: 'no tab between sender and text' });
        continue;
      }
      sender = body.slice(0, second).trim() || undefined;
      body = body.slice(second + 1);
    }
    if (labelText === '') {
      malformed.push({ line: i + 1, reason: 'empty label' });
      continue;
    }
    if (/\s/.test(labelText)) {
      malformed.push({ line: i + 1, reason: `label "${labelText}" contains spaces` });
      continue;
    }
    const label = parseLabel(labelText);
    if (typeof label === 'string') {
      malformed.push({ line: i + 1, reason: label });
      continue;
    }
    if (body.trim() === '') {
      malformed.push({ line: i + 1, reason: 'empty text' });
      continue;
    }
    rows.push({
      line: i + 1,
      label,
      text: body,
      ...(sender === undefined ? {} : { sender }),
      unwanted: label.unwanted,
    });
  }
  return { name, rows, malformed, lines: nonBlank, header, hasSender };
}

/** Reads and parses a corpus file; throws `CorpusError` (with the cause) when it cannot be read. */
export function readCorpus(path: string): Corpus {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (cause) {
    const code = (cause as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (cause as Error).message;
    throw new CorpusError(`cannot read corpus ${path}: ${why}`, { cause });
  }
  return parseCorpus(content, path);
}

/**
 * Corpora kept for measurement only: a file whose name says `eval-only` is never trained on
 * (`train` and `eval --train` refuse it).
 */
export function isEvalOnly(path: string): boolean {
  return /eval-only/i.test(basename(path));
}

export interface CorpusLimits {
  /** Largest tolerated share of malformed lines (default 0.1). */
  readonly maxMalformed?: number;
}

/** Throws `CorpusError` when the corpus has no messages or too many malformed lines. */
export function checkCorpus(corpus: Corpus, limits: CorpusLimits = {}): void {
  const max = limits.maxMalformed ?? 0.1;
  if (corpus.rows.length === 0) {
    throw new CorpusError(
      corpus.malformed.length > 0
        ? `corpus ${corpus.name} has no usable messages (${corpus.malformed.length} malformed line(s))`
        : `corpus ${corpus.name} is empty`,
    );
  }
  const share = corpus.malformed.length / Math.max(corpus.lines, 1);
  if (share > max) {
    throw new CorpusError(
      `corpus ${corpus.name}: ${corpus.malformed.length} of ${corpus.lines} lines are malformed (${(share * 100).toFixed(1)}%, more than ${(max * 100).toFixed(0)}%); is it label<TAB>text?`,
    );
  }
}

/** `file:line: reason` lines for the malformed lines, at most `limit` of them plus a count. */
export function describeProblems(corpus: Corpus, limit = 20): string[] {
  const out = corpus.malformed
    .slice(0, limit)
    .map((p) => `${corpus.name}:${p.line}: malformed line skipped: ${p.reason}`);
  if (corpus.malformed.length > limit)
    out.push(`... and ${corpus.malformed.length - limit} more malformed line(s)`);
  return out;
}
