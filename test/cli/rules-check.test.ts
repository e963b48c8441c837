/**
 * `smsjunk rules check` (the built CLI) fails on a meta value the service would ignore, with the
 * file and line of the value, and passes the bundled pack and a correct emergency rule; it warns
 * about a rule whose scan time on an adversarial sample explodes (six nested gaps over repeated
 * punctuation: about 5,500 times the median rule under YARA-X 1.20), and about no shipped rule at a
 * factor of 100 (the slowest shipped rule is about 5x): a margin of many times, not of milliseconds.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = join(ROOT, 'dist/container/main.mjs');
const dir = mkdtempSync(join(tmpdir(), 'smsjunk-rules-check-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function check(...files: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [MAIN, 'rules', 'check', ...files], { cwd: ROOT }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** `rules check` that must pass (`--no-timing` unless other options are given): its warning lines and stderr. */
async function warningsOf(...args: string[]): Promise<{ warnings: string[]; stderr: string }> {
  const r = await check(...(args.length > 1 ? args : ['--no-timing', ...args]));
  assert.equal(r.code, 0, r.stdout + r.stderr);
  return { warnings: r.stderr.split('\n').filter((l) => l.includes(': warning: ')), stderr: r.stderr };
}

const rule = (name: string, meta: string) =>
  `rule ${name}\n{\n  meta:\n${meta}\n  strings:\n    $a = "${name}"\n  condition:\n    $a\n}\n`;

describe('smsjunk rules check: meta', () => {
  it('exits 1 naming file:line for each meta value the service would ignore', async () => {
    const bad = file(
      'bad.yar',
      [
        rule('capital_junk', '    action = "Junk"'), // line 4
        rule('blocker', '    action = "block"'), // line 13
        rule('loud_force', '    action = "junk"\n    force = "JUNK"'), // line 23
        rule('quoted_weight', '    action = "junk"\n    weight = "3.0"'), // line 33
        rule('wrong_sub', '    action = "transaction"\n    sub_action = "promotionalOffers"'), // line 43
      ].join(''),
    );
    const r = await check(bad);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.deepEqual(
      lines.map((l) => l.slice(l.indexOf('bad.yar'), l.indexOf(': error:'))),
      ['bad.yar:4', 'bad.yar:13', 'bad.yar:23', 'bad.yar:33', 'bad.yar:43'],
    );
    assert.match(
      r.stdout,
      /rule capital_junk: action = "Junk" is not one of junk, promotion, transaction, allow/,
    );
    assert.match(r.stdout, /rule loud_force: force = "JUNK" is ignored/);
    assert.match(r.stderr, /1 file\(s\), 5 error\(s\)/);
  });

  it('exits 0 for the bundled pack and for a correct emergency rule', async () => {
    const bundled = await check('--no-timing');
    assert.equal(bundled.code, 0, bundled.stdout + bundled.stderr);
    assert.match(bundled.stderr, / 0 error\(s\), 0 warning\(s\)/);
    const good = file(
      'good.yar',
      rule('emergency_parcel', '    action = "junk"\n    force = "junk"\n    weight = 3'),
    );
    const r = await check('--no-timing', good);
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });
});

describe('smsjunk rules check: capital letters', () => {
  it('warns with file:line about a string with capitals (never matched: the scan text is lower-cased), not about escapes or nocase', async () => {
    const f = file(
      'caps.yar',
      [
        'rule caps_in_patterns',
        '{',
        '  meta:',
        '    action = "junk"',
        '  strings:',
        '    $a = /\\b(wechat|QQ)\\b/',
        '    $b = "ETC card"',
        '    $c = /\\bfree\\W\\S\\x41/',
        '    $d = "Reply WIN" nocase',
        '  condition:',
        '    any of them',
        '}',
        '',
      ].join('\n'),
    );
    const { warnings, stderr } = await warningsOf(f);
    assert.deepEqual(
      warnings.map((w) =>
        w
          .replace(/: warning: .*/, '')
          .split('/')
          .pop(),
      ),
      ['caps.yar:6:5', 'caps.yar:7:5'],
      stderr,
    );
    assert.match(warnings[0] ?? '', /string \$a has capital letters \(Q\)/);
    assert.match(warnings[1] ?? '', /string \$b has capital letters \(ETC\)/);
  });
});

/** A one-rule file whose strings (line 6 on) are `strings`, and the warnings `rules check` prints for it. */
async function patternWarnings(name: string, strings: string[]): Promise<string[]> {
  const body = [
    `rule patterns_of_${name.replace(/\W/g, '_')}`,
    '{',
    '  meta:',
    '    action = "junk"',
    '  strings:',
  ];
  const text = [...body, ...strings.map((x) => `    ${x}`), '  condition:', '    any of them', '}', ''].join(
    '\n',
  );
  const { warnings, stderr } = await warningsOf(file(`${name}.yar`, text));
  assert.equal(warnings.length, 1, stderr);
  return warnings;
}

describe('smsjunk rules check: control characters', () => {
  it('warns with file:line about a pattern holding a raw control character (never in the scanned text), not about an escape', async () => {
    const warnings = await patternWarnings('controls', [
      '$a = /\u0008(stuck|stranded)\u0008/',
      '$b = /\\b(stuck|stranded)\\b/',
    ]);
    assert.match(
      warnings[0] ?? '',
      /controls\.yar:6:5: warning: string \$a holds control characters \(U\+0008\)/,
    );
  });
});

describe('smsjunk rules check: accented letters', () => {
  it('warns with file:line about a pattern spelling an accented letter (folded by the normaliser), not about its folded form or a mark of another script', async () => {
    const warnings = await patternWarnings('accents', [
      '$a = /\\b(répondez|yazın)\\b/',
      '$b = /\\b(repondez|yazin)\\b/',
      '$c = "สวัสดี"',
    ]);
    assert.match(
      warnings[0] ?? '',
      /accents\.yar:6:5: warning: string \$a spells letters the normaliser folds \(é→e\)/,
    );
  });
});

describe('smsjunk rules check: slow rules', () => {
  // (a repeated keyword no longer makes one: the classifier reads a word at most 8 times in a long
  // text, shared/classifier/clip.ts; the punctuation between words stays)
  it('warns with file:line about a rule with nested gaps over repeated punctuation, and not about a plain one', async () => {
    const exploding = file(
      'exploding.yar',
      [
        rule('plain_keyword', '    action = "junk"\n    weight = 1.0'),
        // line 11
        'rule nested_gaps\n{\n  meta:\n    action = "junk"\n    weight = 1.0\n  strings:\n',
        '    $a = /\\..{0,80}\\..{0,80}\\..{0,80}\\..{0,80}\\..{0,80}\\..{0,80}[0-9]/\n',
        '  condition:\n    $a\n}\n',
      ].join(''),
    );
    const { warnings, stderr } = await warningsOf('--slow-factor', '100', exploding);
    assert.equal(warnings.length, 1, stderr);
    assert.match(
      warnings[0] as string,
      /exploding\.yar:11: warning: rule nested_gaps: \d+x the pack's median rule on the adversarial sample (links|digits|defang soup) "/,
    );
    assert.match(stderr, /1 file\(s\), 0 error\(s\), 1 warning\(s\)/);
  });

  it('warns about no rule of the shipped pack at --slow-factor 100', async () => {
    const r = await check('--slow-factor', '100');
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stderr, / 0 error\(s\), 0 warning\(s\)/);
  });

  it('refuses a factor that is not a number above 1', async () => {
    const r = await check('--slow-factor', 'fast');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--slow-factor must be a number above 1/);
  });
});
