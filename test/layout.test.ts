import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

// The layout issue 10 asks for, kept: the classifier in files short enough to read, shared/ free
// of any runtime's modules, functions/ only translation and the middy shell.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

const lines = (file: string) => readFileSync(join(root, file), 'utf8').split('\n').length - 1;

describe('layout', () => {
  it('keeps every file of shared/classifier at 400 lines or fewer', () => {
    const long = sources('shared/classifier')
      .map((f) => [f, lines(f)] as const)
      .filter(([, n]) => n > 400);
    assert.deepEqual(long, []);
  });

  it('keeps shared/ free of aws-lambda, @middy and node:http', () => {
    const runtime =
      /\bfrom '(?:aws-lambda|@middy\/[^']*|node:https?|http)'|import\('(?:node:https?|@middy\/[^']*)'\)/;
    const offenders = sources('shared').filter((f) => runtime.test(readFileSync(join(root, f), 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('keeps functions/ under the 830 lines it had before the one request path', () => {
    const total = sources('functions').reduce((n, f) => n + lines(f), 0);
    assert.ok(
      total < 830,
      `functions/ holds ${total} lines (${sources('functions')
        .map((f) => relative('functions', f))
        .join(', ')})`,
    );
  });
});
