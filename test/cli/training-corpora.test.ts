import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { trainingCorpora } from '../../container/commands/corpora.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A training list in a temporary file; train reads "./" lines from the repository root. */
function list(lines: string[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'smsjunk-list-')), 'training-corpora.txt');
  writeFileSync(file, `# a comment\n${lines.join('\n')}\n`);
  return file;
}

describe('trainingCorpora', () => {
  process.chdir(ROOT);

  it('returns a name in the data folder, and a "./" line as a path in the repository with its "*" expanded in name order', () => {
    const paths = trainingCorpora(
      'test/fixtures/corpus',
      list(['tiny.tsv', './test/fixtures/traffic/written-h-*.tsv']),
    );
    assert.deepEqual(paths, [
      join('test/fixtures/corpus', 'tiny.tsv'),
      'test/fixtures/traffic/written-h-notifications.tsv',
      'test/fixtures/traffic/written-h-personal.tsv',
      'test/fixtures/traffic/written-h-scams.tsv',
    ]);
  });

  it("never names the held-out set: the shipped list's repository lines are the written rounds", () => {
    const shipped = readFileSync('shared/model/training-corpora.txt', 'utf8').split('\n');
    const paths = trainingCorpora('test/fixtures/corpus', list(shipped.filter((l) => l.startsWith('./'))));
    const written = readdirSync('test/fixtures/traffic').filter((f) => f.startsWith('written-'));
    assert.equal(paths.length, written.length);
    assert.ok(paths.every((p) => p.startsWith('test/fixtures/traffic/written-')));
  });

  it('throws a usage error naming a pattern that matches nothing, or a file that is missing', () => {
    assert.throws(
      () => trainingCorpora('test/fixtures/corpus', list(['./test/fixtures/traffic/nothing-*.tsv'])),
      /nothing matches \.\/test\/fixtures\/traffic\/nothing-\*\.tsv/,
    );
    assert.throws(
      () => trainingCorpora('test/fixtures/corpus', list(['missing.tsv'])),
      /training corpora missing: .*missing\.tsv/,
    );
  });
});
