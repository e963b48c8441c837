/**
 * The rule pack against hand-written examples, one fixture file per family in
 * test/fixtures/rules/*.tsv. Each row is `expect<TAB>sender<TAB>text`, where `expect` lists,
 * comma-separated: a rule that must fire (`rule_name`), one that must not (`!rule_name`), `!junk`
 * (no junk rule fires), `!any` (no rule at all fires) or `junk>=2` (the junk rules alone reach
 * the junk threshold). Messages go through the real pipeline: normaliser, sender parsing, YARA-X.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readRuleDir } from '../../shared/classifier/assets.ts';
import { createClassifier } from '../../shared/classifier/index.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RULES_DIR = join(ROOT, 'shared', 'rules');
const FIXTURES_DIR = join(ROOT, 'test', 'fixtures', 'rules');
const JUNK_THRESHOLD = 2;

interface Row {
  readonly file: string;
  readonly line: number;
  readonly expect: readonly string[];
  readonly sender: string;
  readonly text: string;
}

function readFixture(file: string): Row[] {
  const rows: Row[] = [];
  const lines = readFileSync(join(FIXTURES_DIR, file), 'utf8').split('\n');
  lines.forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cols = raw.split('\t');
    if (cols.length !== 3)
      throw new Error(`${file}:${i + 1}: expected 3 tab-separated columns, got ${cols.length}`);
    const [expect = '', sender = '', text = ''] = cols;
    rows.push({ file, line: i + 1, expect: expect.split(',').map((e) => e.trim()), sender, text });
  });
  return rows;
}

/** Public rule names declared in the pack (private rules do not vote, so they are not listed). */
function publicRules(): Set<string> {
  const names = new Set<string>();
  for (const s of readRuleDir(RULES_DIR)) {
    for (const m of s.source.matchAll(/^rule\s+([A-Za-z_][A-Za-z0-9_]*)/gm)) names.add(m[1] as string);
  }
  return names;
}

function excerpt(text: string): string {
  return text.length > 48 ? `${text.slice(0, 45)}...` : text;
}

const classifier = createClassifier({ model: null, rules: readRuleDir(RULES_DIR) });
const declared = publicRules();
const fixtureFiles = readdirSync(FIXTURES_DIR)
  .filter((f) => f.endsWith('.tsv'))
  .sort();
const allRows = fixtureFiles.flatMap(readFixture);

function check(row: Row): void {
  const explanation = classifier.explain({ text: row.text, sender: row.sender || undefined });
  const fired = explanation.rules.map((r) => r.rule);
  const junk = explanation.rules.filter((r) => r.action === 'junk');
  const junkWeight = junk.reduce((sum, r) => sum + r.weight, 0);
  const where = `${row.file}:${row.line} fired [${fired.join(', ')}]`;
  for (const e of row.expect) {
    if (e === '!any') assert.deepEqual(fired, [], where);
    else if (e === '!junk')
      assert.deepEqual(
        junk.map((r) => r.rule),
        [],
        where,
      );
    else if (e === 'junk>=2') assert.ok(junkWeight >= JUNK_THRESHOLD, `${where}: junk weight ${junkWeight}`);
    else if (e.startsWith('!')) assert.ok(!fired.includes(e.slice(1)), `${where}: ${e.slice(1)} fired`);
    else assert.ok(fired.includes(e), `${where}: ${e} did not fire`);
  }
}

for (const file of fixtureFiles) {
  describe(`rule family ${file.replace(/\.tsv$/, '')}`, () => {
    for (const row of allRows.filter((r) => r.file === file)) {
      it(`returns ${row.expect.join(' ')} when scanning line ${row.line} ("${excerpt(row.text)}")`, () =>
        check(row));
    }
  });
}

describe('rule fixtures', () => {
  it('names only rules that exist in the pack, so no expectation passes vacuously', () => {
    const unknown = allRows.flatMap((r) =>
      r.expect
        .map((e) => e.replace(/^!/, ''))
        .filter((e) => e !== 'any' && e !== 'junk' && e !== 'junk>=2' && !declared.has(e))
        .map((e) => `${r.file}:${r.line}: ${e}`),
    );
    assert.deepEqual(unknown, []);
  });

  it('returns at least one positive example for every rule in the pack', () => {
    const positive = new Set(allRows.flatMap((r) => r.expect.filter((e) => !e.startsWith('!'))));
    const untested = [...declared].filter((name) => !positive.has(name)).sort();
    assert.deepEqual(untested, []);
  });

  it('returns a negative example in every family file', () => {
    const without = fixtureFiles.filter(
      (f) => !allRows.some((r) => r.file === f && r.expect.some((e) => e.startsWith('!'))),
    );
    assert.deepEqual(without, []);
  });
});
