/**
 * `checkRuleMeta` against what the verdict reads, and `readRuleMetas` against the engine: the meta
 * values it hands over are the ones a scan hands the verdict (numbers, duplicates, the binding's
 * "unknown" for escaped strings; booleans as booleans since YARA-X 1.20), with the line of each key.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledRules } from '../shared/classifier/assets.ts';
import { checkRuleMeta } from '../shared/classifier/rule-meta.ts';
import { YaraXEngine } from '../shared/classifier/yara-x.ts';
import { metaDiagnostics, readRuleMetas } from '../shared/rule-metas.ts';

const errors = (meta: Parameters<typeof checkRuleMeta>[1]) =>
  checkRuleMeta('r', meta)
    .filter((p) => p.severity === 'error')
    .map((p) => p.key);

describe('checkRuleMeta', () => {
  it('accepts what the verdict reads', () => {
    assert.deepEqual(errors({ action: 'junk', weight: 2.5, description: 'x' }), []);
    assert.deepEqual(errors({ action: 'transaction', sub_action: 'transactionalOrders', weight: 1 }), []);
    assert.deepEqual(errors({ action: 'promotion', sub_action: 'promotionalCoupons' }), []);
    assert.deepEqual(errors({ action: 'junk', force: 'junk' }), []);
    assert.deepEqual(errors({ force: 'junk' }), []);
    assert.deepEqual(errors({ action: 'allow', weight: 3 }), []);
  });

  it('returns an error for every value the verdict would ignore', () => {
    assert.deepEqual(errors({ action: 'Junk' }), ['action']);
    assert.deepEqual(errors({ action: 'block' }), ['action']);
    assert.deepEqual(errors({ action: 'none' }), ['action']);
    assert.deepEqual(errors({ action: 'junk', force: 'JUNK' }), ['force']);
    assert.deepEqual(errors({ action: 'transaction', force: 'junk' }), ['action']);
    assert.deepEqual(errors({ action: 'transaction', sub_action: 'promotionalOffers' }), ['sub_action']);
    assert.deepEqual(errors({ action: 'junk', sub_action: 'transactionalFinance' }), ['sub_action']);
    assert.deepEqual(errors({ action: 'junk', weight: '3.0' }), ['weight']);
    assert.deepEqual(errors({ action: 'junk', phishing: 'unknown' }), ['phishing']);
    assert.deepEqual(errors({ action: 'promotion', phishing: true }), ['phishing']);
    assert.deepEqual(errors({ weight: 2 }), ['weight']);
    assert.deepEqual(errors({ action: 'junk', Force: 'junk' }), ['Force']);
    assert.deepEqual(errors({ action: 'junk', description: 3 }), ['description']);
  });

  it('returns a warning, not an error, for a key the service never reads and for a rule without a vote', () => {
    assert.deepEqual(
      checkRuleMeta('r', { action: 'junk', author: 'me' }).map((p) => p.severity),
      ['warning'],
    );
    assert.deepEqual(
      checkRuleMeta('r', { description: 'a marker' }).map((p) => p.severity),
      ['warning'],
    );
  });
});

describe('readRuleMetas', () => {
  const engine = new YaraXEngine();

  it('returns the meta the engine hands the verdict, with the line of each key', () => {
    const source = [
      'rule a : phishing', // 1
      '{',
      '  meta:',
      '    action = "junk" // a comment with "quotes" and { braces',
      '    weight = 3',
      '    weight = 0x10', // 6: the engine keeps the last
      '    phishing = true',
      '    escaped = "ju\\x6ek"',
      '  strings:',
      '    $a = /a"b{1,2}\\/ meta:/', // a regex that looks like everything else
      '    $h = { 4D 5A [2] ?? }',
      '  condition:',
      '    $a or $h',
      '}',
      'private rule b { meta: action = "allow" condition: true }', // 15
      'rule c { condition: true }',
    ].join('\n');
    const [a, b, c] = readRuleMetas(engine, [{ name: 'x.yar', source }]);
    assert.deepEqual(a?.meta, { action: 'junk', weight: 16, phishing: true, escaped: 'unknown' });
    assert.deepEqual(a?.keyLines, { action: 4, weight: 6, phishing: 7, escaped: 8 });
    assert.equal(a?.line, 1);
    assert.deepEqual([b?.rule, b?.isPrivate, b?.line, b?.meta], ['b', true, 15, { action: 'allow' }]);
    assert.deepEqual([c?.rule, c?.meta], ['c', {}]);
  });

  it('returns no meta error for the bundled pack', () => {
    assert.deepEqual(
      metaDiagnostics(engine, bundledRules()).filter((d) => d.severity === 'error'),
      [],
    );
  });
});
