/**
 * `ruleUnits` cuts a pack into one unit per rule that compiles alone: the file's imports and the
 * rule, the markers it names replaced by a false variable (its strings are still searched: the
 * unit matches when its condition can without the markers). Every unit of the shipped pack
 * compiles by itself (the timing of `rules check` relies on it).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledRules } from '../shared/classifier/assets.ts';
import { SCAN_VARIABLES } from '../shared/classifier/scan-input.ts';
import { YaraXEngine } from '../shared/classifier/yara-x.ts';
import { ruleUnits, unitVariables } from '../shared/rule-units.ts';

const FILE = `import "math"
// markers
private rule has_win
{
  strings:
    $w = "win"
  condition:
    $w
}

private rule has_prize
{
  strings:
    $p = "prize"
  condition:
    $p and has_win
}

rule claim_prize
{
  strings:
    $c = "claim"
  condition:
    $c and has_prize and math.entropy(0, 1) >= 0
}

rule plain { strings: $x = "x" condition: $x }
`;

describe('ruleUnits', () => {
  it('keeps the imports and replaces the markers a rule names by a variable that stays false', () => {
    const units = ruleUnits([{ name: 'p.yar', source: FILE }]);
    assert.deepEqual(
      units.map((u) => [u.rule, u.line, u.isPrivate, u.refs]),
      [
        ['has_win', 3, true, []],
        ['has_prize', 11, true, ['has_win']],
        ['claim_prize', 19, false, ['has_prize']],
        ['plain', 27, false, []],
      ],
    );
    const claim = units[2] as (typeof units)[number];
    assert.ok(claim.text.startsWith('import "math"'));
    assert.match(claim.text, /\$c and smsjunk_other_rule and math/);
    assert.doesNotMatch(claim.text, /rule has_/);
    const engine = new YaraXEngine();
    const variables = unitVariables(SCAN_VARIABLES);
    const hits = (u: (typeof units)[number], text: string) =>
      engine
        .compile([{ name: u.source, source: u.text }], variables)
        .scan(new TextEncoder().encode(text), {})
        .map((h) => h.rule);
    assert.deepEqual(
      hits(units[1] as (typeof units)[number], 'prize'),
      [],
      'a private rule is never reported',
    );
    assert.deepEqual(hits(claim, 'claim a prize, win'), [], 'the marker stands in as false');
    assert.deepEqual(hits(units[3] as (typeof units)[number], 'x'), ['plain']);
  });

  it('cuts the shipped pack into units that each compile alone', () => {
    const sources = bundledRules();
    const units = ruleUnits(sources);
    const declared = sources.reduce(
      (n, s) => n + (s.source.match(/^\s*(?:private\s+)?rule\s/gm)?.length ?? 0),
      0,
    );
    assert.equal(units.length, declared);
    const engine = new YaraXEngine();
    for (const u of units) {
      assert.doesNotThrow(
        () => engine.compile([{ name: u.source, source: u.text }], unitVariables(SCAN_VARIABLES)),
        u.rule,
      );
    }
  });
});
