// LiveClassifier.apply: what a Parameter Store change costs. A change of thresholds alone keeps
// the compiled rules (compiling the bundled pack blocks a worker for about a second); a change of
// rules compiles once. The engine is the real YARA-X one, counted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Engine, RuleSource, ScanVariables } from '../../shared/classifier/engine.ts';
import { YaraXEngine } from '../../shared/classifier/yara-x.ts';
import { LiveClassifier } from '../../shared/secrets/live-rules.ts';

class CountingEngine implements Engine {
  readonly name = 'counting yara-x';
  readonly #inner = new YaraXEngine();
  /** Compiles of a whole set (the base rules with any extra); reading the extras' metas is not one. */
  compiles = 0;
  compile(sources: readonly RuleSource[], variables: ScanVariables) {
    if (sources.some((s) => s.name === BASE.name)) this.compiles++;
    return this.#inner.compile(sources, variables);
  }
  check(sources: readonly RuleSource[], variables: ScanVariables) {
    return this.#inner.check(sources, variables);
  }
}

const BASE: RuleSource = {
  name: 'base.yar',
  source:
    'rule base_junk {\n  meta:\n    action = "junk"\n  strings:\n    $a = "qqbasejunk"\n  condition:\n    $a\n}\n',
};
const EXTRA: RuleSource = {
  name: 'extra.yar',
  source:
    'rule extra_junk {\n  meta:\n    action = "junk"\n  strings:\n    $a = "qqextrajunk"\n  condition:\n    $a\n}\n',
};

function live(engine: CountingEngine): LiveClassifier {
  const l = new LiveClassifier({ engine, rules: [BASE], model: null });
  l.warm();
  return l;
}

describe('LiveClassifier.apply', () => {
  it('applies a change of thresholds alone without compiling the rules again', () => {
    const engine = new CountingEngine();
    const l = live(engine);
    assert.equal(engine.compiles, 1);
    const before = l.current;
    const r = l.apply([], { junk: 7.5 });
    assert.equal(r.status, 'swapped');
    assert.equal(engine.compiles, 1, 'no second compile');
    assert.notEqual(l.current, before);
    assert.equal(l.current.thresholds.junk, 7.5);
    assert.equal(l.current.rulesVersion, before.rulesVersion);
    // the kept rules still fire
    assert.deepEqual(l.current.analyze({ text: 'qqbasejunk' }).hits, ['base_junk']);
  });

  it('replaces the earlier override instead of merging with it', () => {
    const engine = new CountingEngine();
    const l = live(engine);
    l.apply([], { junk: 7.5 });
    const defaultPromotion = l.current.thresholds.promotion;
    l.apply([], { promotion: defaultPromotion + 1 });
    assert.notEqual(l.current.thresholds.junk, 7.5, 'the junk override is gone');
    assert.equal(l.current.thresholds.promotion, defaultPromotion + 1);
    l.apply([], undefined);
    assert.equal(l.current.thresholds.promotion, defaultPromotion);
    assert.equal(engine.compiles, 1);
  });

  it('compiles once when the rules change, with the thresholds or without', () => {
    const engine = new CountingEngine();
    const l = live(engine);
    assert.equal(l.apply([EXTRA], { junk: 7.5 }).status, 'swapped');
    assert.equal(engine.compiles, 2);
    assert.deepEqual(l.current.analyze({ text: 'qqextrajunk' }).hits, ['extra_junk']);
    assert.equal(l.current.thresholds.junk, 7.5);
    assert.equal(l.apply([EXTRA], { junk: 7.5 }).status, 'unchanged');
    assert.equal(l.apply([EXTRA], { junk: 6 }).status, 'swapped');
    assert.equal(engine.compiles, 2, 'same rules, new threshold: no compile');
    assert.equal(l.apply([], { junk: 6 }).status, 'swapped');
    assert.equal(engine.compiles, 3);
    assert.deepEqual(l.current.analyze({ text: 'qqextrajunk' }).hits, []);
  });
});
