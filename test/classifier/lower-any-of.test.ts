import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { bundledMaps, readRuleDir } from '../../shared/classifier/assets.ts';
import { lowerAnyOf } from '../../shared/classifier/lower-any-of.ts';
import { readMessage } from '../../shared/classifier/read-message.ts';
import { SCAN_VARIABLES } from '../../shared/classifier/scan-input.ts';
import { YaraXEngine } from '../../shared/classifier/yara-x.ts';
import yarax from '../../shared/classifier/yara-x-binding.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const rule = (strings: string, condition: string) =>
  `rule r\n{\n  strings:\n${strings}\n  condition:\n${condition}\n}\n`;
const STRINGS = '    $d1 = "a"\n    $d2 = "b"\n    $e = "c"';

describe('lowerAnyOf', () => {
  it('writes any of them as the or of every declared pattern', () => {
    assert.equal(lowerAnyOf(rule(STRINGS, '    any of them')), rule(STRINGS, '    ($d1 or $d2 or $e)'));
  });

  it('expands a prefix and a list, each name once, in declaration order', () => {
    assert.equal(
      lowerAnyOf(rule(STRINGS, '    $e and any of ($d*) and any of ($e, $d1, $e)')),
      rule(STRINGS, '    $e and ($d1 or $d2) and ($d1 or $e)'),
    );
    assert.equal(lowerAnyOf(rule(STRINGS, '    any of ($e*)')), rule(STRINGS, '    $e'));
  });

  it('leaves loops, ranges, offsets, unknown names and anonymous patterns as written', () => {
    for (const c of [
      '    for any of ($d*) : ( # > 1 )',
      '    any of ($d*) in (0..10)',
      '    any of them at 0',
      '    any of ($x*)',
      '    any of ($d1, $zz)',
      '    2 of ($d*)',
    ]) {
      assert.equal(lowerAnyOf(rule(STRINGS, c)), rule(STRINGS, c), c);
    }
    const anonymous = rule('    $ = "a"\n    $b = "b"', '    any of them');
    assert.equal(lowerAnyOf(anonymous), anonymous);
  });

  it('keeps every line where it was and touches only conditions', () => {
    const two = `// any of them\n${rule('    $a = "any of them"', '    any of them')}private ${rule(STRINGS, '    any of ($d*)')}`;
    const out = lowerAnyOf(two);
    assert.equal(out.split('\n').length, two.split('\n').length);
    assert.match(out, /^\/\/ any of them$/m);
    assert.match(out, /\$a = "any of them"/);
    assert.match(out, /^ {4}\$a$/m);
    assert.match(out, /^ {4}\(\$d1 or \$d2\)$/m);
  });

  it('gives the shipped pack the same hits on every rule fixture as the pack as written', () => {
    const sources = readRuleDir(join(ROOT, 'shared', 'rules'));
    const text = sources.map((s) => (s.source.endsWith('\n') ? s.source : `${s.source}\n`)).join('');
    const lowered = lowerAnyOf(text);
    const before = (text.match(/\bany of /g) ?? []).length;
    const after = (lowered.match(/\bany of /g) ?? []).length;
    assert.ok(after < before / 2, `only ${before - after} of ${before} quantifiers lowered`);

    const asString = (vars: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, String(v)]));
    const written = yarax.compile(text, { defineVariables: asString(SCAN_VARIABLES) });
    const shipped = new YaraXEngine().compile(sources, SCAN_VARIABLES);
    const maps = bundledMaps();
    const dir = join(ROOT, 'test', 'fixtures', 'rules');
    let rows = 0;
    let fired = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv'))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        const [, sender = '', text = ''] = line.split('\t');
        if (line.startsWith('#') || text === '') continue;
        const scan = readMessage({ text, sender }, maps).scan;
        const a = written
          .scan(Buffer.from(scan.data), asString(scan.variables))
          .map((m: { ruleIdentifier: string }) => m.ruleIdentifier);
        const b = shipped.scan(scan.data, scan.variables).map((h) => h.rule);
        assert.deepEqual(b.sort(), a.sort(), `${file}: ${text.slice(0, 60)}`);
        rows++;
        if (a.length > 0) fired++;
      }
    }
    assert.ok(rows > 3000 && fired > rows / 2, `${rows} rows, ${fired} with a hit`);
  });
});
