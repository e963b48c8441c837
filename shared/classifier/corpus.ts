/**
 * Labelled corpora for `train` and `eval`: UTF-8 text, one message per line, `label<TAB>text`.
 * `ham` (any case) means wanted; every other label (`spam`, `smishing`, ...) means unwanted.
 *
 * Tolerated: a UTF-8 byte-order mark, CRLF line endings, blank lines, tabs inside the text (only
 * the first tab separates), and a header line `label<TAB>...` as the first line.
 * Malformed (reported with the line number and skipped): no tab, an empty label, a label with
 * spaces, an empty text. `checkCorpus` refuses a corpus that cannot be trusted: no messages at
 * all, or more than `maxMalformed` (10%) of its lines malformed.
 */
import { readFileSync } from 'node:fs';

export interface CorpusRow {
  /** 1-based line number in the file. */
  readonly line: number;
  readonly label: string;
  readonly text: string;
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
}

/** A corpus that cannot be read or cannot be trusted. */
export class CorpusError extends Error {
  override readonly name = 'CorpusError';
}

const WANTED_LABEL = 'ham';
const HEADER_LABEL = 'label';

export function isWantedLabel(label: string): boolean {
  return label.toLowerCase() === WANTED_LABEL;
}

/** Parses corpus text (see the file comment); never throws. */
export function parseCorpus(content: string, name = '<corpus>'): Corpus {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const lines = text.split('\n');
  const rows: CorpusRow[] = [];
  const malformed: CorpusProblem[] = [];
  let nonBlank = 0;
  let header = false;
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
    const label = line.slice(0, tab);
    const body = line.slice(tab + 1);
    if (nonBlank === 1 && label.toLowerCase() === HEADER_LABEL) {
      header = true;
      continue;
    }
    if (label === '') {
      malformed.push({ line: i + 1, reason: 'empty label' });
      continue;
    }
    if (/\s/.test(label)) {
      malformed.push({ line: i + 1, reason: `label "${label}" contains spaces` });
      continue;
    }
    if (body.trim() === '') {
      malformed.push({ line: i + 1, reason: 'empty text' });
      continue;
    }
    rows.push({ line: i + 1, label, text: body, unwanted: !isWantedLabel(label) });
  }
  return { name, rows, malformed, lines: nonBlank, header };
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
