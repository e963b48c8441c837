/**
 * `slowRules` on fed costs (no clock): a rule is warned about once, at the sample where it is the
 * most times slower than the median rule there, only above the factor, only when it is checked.
 * The real engine's timings are exercised by the `rules check` test (test/cli/rules-check.test.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type RuleCosts, slowRuleDiagnostic, slowRules } from '../shared/rule-timing.ts';
import type { RuleUnit } from '../shared/rule-units.ts';

const unit = (rule: string, line = 1): RuleUnit => ({
  rule,
  source: 'p.yar',
  line,
  isPrivate: false,
  refs: [],
  text: '',
});
const samples = [{ name: 'digits' }, { name: 'keywords' }];
const costs = (rule: string, ms: number[], line = 1): RuleCosts => ({ unit: unit(rule, line), ms });

describe('slowRules', () => {
  const pack = [
    costs('a', [1, 1]),
    costs('b', [1, 2]),
    costs('c', [2, 1]),
    costs('gap', [3, 60], 7),
    costs('digits', [30, 1]),
  ];

  it('warns about each rule over the factor once, at its worst sample against the median there', () => {
    const slow = slowRules(pack, samples, 5);
    assert.deepEqual(
      slow.map((s) => [s.unit.rule, s.sample, s.ratio, s.ms, s.medianMs]),
      [
        ['gap', 'keywords', 60, 60, 1],
        ['digits', 'digits', 15, 30, 2],
      ],
    );
    const d = slowRuleDiagnostic(slow[0] as (typeof slow)[number]);
    assert.deepEqual([d.severity, d.source, d.line, d.code], ['warning', 'p.yar', 7, 'slow-rule']);
    assert.match(d.message, /^rule gap: 60x the pack's median rule on the adversarial sample keywords/);
  });

  it('warns about nothing at or under the factor, and only about checked rules', () => {
    assert.deepEqual(slowRules(pack, samples, 60), []);
    assert.deepEqual(
      slowRules(pack, samples, 5, (u) => u.rule !== 'gap').map((s) => s.unit.rule),
      ['digits'],
    );
    assert.deepEqual(slowRules([], samples, 5), []);
  });
});
