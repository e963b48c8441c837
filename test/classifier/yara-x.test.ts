import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RuleCompileError } from '../../shared/classifier/engine.ts';
import { YaraXEngine } from '../../shared/classifier/yara-x.ts';

const VARS = { sender: 'none:', url_count: 0 };
const engine = new YaraXEngine();

describe('YaraXEngine', () => {
  it('returns the fired rules with their meta when a rule matches', () => {
    const rules = engine.compile(
      [
        {
          name: 'a.yar',
          source:
            'rule win { meta: action = "junk" weight = 2.5 strings: $a = "winner" nocase condition: $a }',
        },
      ],
      VARS,
    );
    const hits = rules.scan(Buffer.from('You are a WINNER'), VARS);
    assert.deepEqual(
      hits.map((h) => [h.rule, h.meta.action, h.meta.weight]),
      [['win', 'junk', 2.5]],
    );
    assert.deepEqual(rules.scan(Buffer.from('see you at six'), VARS), []);
  });

  it('reads integer scan variables when a condition uses them', () => {
    const rules = engine.compile(
      [{ name: 'u.yar', source: 'rule links { condition: url_count > 1 }' }],
      VARS,
    );
    assert.equal(rules.scan(Buffer.from('x'), { ...VARS, url_count: 2 }).length, 1);
    assert.equal(rules.scan(Buffer.from('x'), { ...VARS, url_count: 1 }).length, 0);
  });

  it('names the file and line of each error when two files are broken', () => {
    const sources = [
      { name: 'good.yar', source: 'rule ok { strings: $a = "x" condition: $a }\n' },
      { name: 'bad.yar', source: '// comment\n\nrule broken {\n  condition: no_such_thing\n}\n' },
      { name: 'worse.yar', source: 'rule also_broken { strings: $a = "x" condition: true }\n' },
    ];
    assert.throws(
      () => engine.compile(sources, VARS),
      (err: unknown) => {
        assert.ok(err instanceof RuleCompileError);
        const where = err.diagnostics.map((d) => `${d.source}:${d.line}`);
        assert.deepEqual(where, ['bad.yar:4', 'worse.yar:1']);
        assert.match(err.message, /bad\.yar:4: unknown identifier `no_such_thing`/);
        return true;
      },
    );
  });

  it('reports a clash between two files against the second file', () => {
    const sources = [
      { name: 'one.yar', source: 'rule same { condition: true }\n' },
      { name: 'two.yar', source: '\nrule same { condition: true }\n' },
    ];
    const errors = engine.check(sources, VARS).filter((d) => d.severity === 'error');
    assert.equal(errors.length, 1);
    assert.equal(errors[0]?.source, 'two.yar');
    assert.equal(errors[0]?.line, 2);
  });

  it('refuses a numeric-looking string variable with a clear error instead of the binding misreading it', () => {
    const rules = engine.compile([{ name: 's.yar', source: 'rule s { condition: sender == "x" }' }], VARS);
    for (const bad of ['87121', '+14085550001', 'true']) {
      assert.throws(
        () => rules.scan(Buffer.from('x'), { ...VARS, sender: bad }),
        /looks like a number or boolean/,
      );
    }
  });

  it('refuses a float or numeric-string declaration because the binding cannot declare it', () => {
    assert.throws(
      () => engine.compile([{ name: 'f.yar', source: 'rule f { condition: true }' }], { f: 1.5 }),
      /integer/,
    );
    assert.throws(
      () => engine.compile([{ name: 'f.yar', source: 'rule f { condition: true }' }], { s: '42' }),
      /read as a number/,
    );
  });

  it('compiles the same set once: the last compiled set is kept, a changed or failed set is not', () => {
    const e = new YaraXEngine();
    const a = [{ name: 'a.yar', source: 'rule a { strings: $a = "alpha" condition: $a }' }];
    const first = e.compile(a, VARS);
    assert.equal(e.compile(a, VARS), first, 'the same sources and variables: the same compiled rules');
    assert.notEqual(e.compile(a, { ...VARS, url_count: 1 }), first, 'other variable defaults: compiled anew');
    const renamed = [{ name: 'b.yar', source: a[0]?.source ?? '' }];
    assert.notEqual(
      e.compile(renamed, VARS),
      first,
      'another file name: compiled anew (errors name the file)',
    );
    const again = e.compile(a, VARS);
    assert.throws(() => e.compile([{ name: 'x.yar', source: 'rule x { condition: nope }' }], VARS));
    assert.equal(e.compile(a, VARS), again, 'a failed compile does not replace the kept set');
    assert.deepEqual(
      again.scan(Buffer.from('alpha'), VARS).map((h) => h.rule),
      ['a'],
    );
  });
});
