import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseModelFile } from '../../shared/classifier/model/model-file.ts';
import { smallPackEnv } from '../small-pack.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = join(ROOT, 'dist/container/main.mjs');
const fixture = (name: string) => join(ROOT, 'test/fixtures/corpus', name);

/** Runs the built CLI (npm test builds it first) on the small pack: these tests judge mechanics. */
function cli(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = smallPackEnv();
    execFile(process.execPath, [MAIN, ...args], { cwd, env, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const tmp = () => mkdtempSync(join(tmpdir(), 'smsjunk-train-'));

describe('smsjunk train', () => {
  it('writes a model file that parses, and reports what it trained on', async () => {
    const out = join(tmp(), 'nested', 'model.json');
    const r = await cli(['train', fixture('tiny.tsv'), '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^wrote .*model\.json \(\d+ KiB\)\n$/);
    assert.match(
      r.stderr,
      /trained on 60 messages \(30 unwanted; 30 none, 30 junk, 0 promotion, 0 transaction\) from 1 corpus file/,
    );
    const model = parseModelFile(JSON.parse(readFileSync(out, 'utf8')));
    assert.equal(model.trainedOn.messages, 60);
    assert.equal(model.trainedOn.innerFolds, 5);
    assert.ok(model.trainedOn.ruleCount > 0);
  });

  it('writes shared/model/model.json under the current directory by default', async () => {
    const dir = tmp();
    const r = await cli(['train', fixture('tiny.tsv')], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(existsSync(join(dir, 'shared/model/model.json')));
  });

  it('returns the same model for the same seed', async () => {
    const dir = tmp();
    await cli(['train', fixture('tiny.tsv'), '--out', join(dir, 'a.json'), '--seed', '3']);
    await cli(['train', fixture('tiny.tsv'), '--out', join(dir, 'b.json'), '--seed', '3']);
    const a = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8'));
    const b = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8'));
    assert.deepEqual(a.text, b.text);
    assert.deepEqual(a.combination, b.combination);
  });

  it('reports a malformed line with its number, skips it and still trains', async () => {
    const r = await cli(['train', fixture('one-malformed.tsv'), '--out', join(tmp(), 'm.json')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /one-malformed\.tsv:5: malformed line skipped: no tab between label and text/);
    assert.match(r.stderr, /1 malformed lines skipped/);
  });

  it('exits 1 with a clear message when the corpus cannot be trusted', async () => {
    const dir = tmp();
    const onlySpam = join(dir, 'only-spam.tsv');
    writeFileSync(onlySpam, 'spam\tWIN a prize\nspam\tcall 09061234567 now\n');
    const cases: [string, RegExp][] = [
      [join(dir, 'missing.tsv'), /cannot read corpus .*missing\.tsv: no such file/],
      [fixture('empty.tsv'), /empty\.tsv is empty/],
      [fixture('malformed.tsv'), /4 of 10 lines are malformed/],
      [onlySpam, /needs both wanted and unwanted messages \(got 0 wanted, 2 unwanted\)/],
    ];
    for (const [corpus, message] of cases) {
      const out = join(dir, 'never.json');
      const r = await cli(['train', corpus, '--out', out]);
      assert.equal(r.code, 1, `${corpus}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
      assert.equal(existsSync(out), false);
    }
  });

  it('lists every malformed line before refusing a corpus with too many', async () => {
    const r = await cli(['train', fixture('malformed.tsv'), '--out', join(tmp(), 'x.json')]);
    for (const line of [3, 4, 5, 7])
      assert.match(r.stderr, new RegExp(`malformed\\.tsv:${line}: malformed line skipped`));
  });

  it('trains on several corpora at once', async () => {
    const out = join(tmp(), 'two.json');
    const r = await cli(['train', fixture('tiny.tsv'), fixture('crlf-bom.tsv'), '--out', out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /trained on 63 messages .* from 2 corpus file/);
    assert.deepEqual(parseModelFile(JSON.parse(readFileSync(out, 'utf8'))).trainedOn.corpora, [
      'tiny.tsv',
      'crlf-bom.tsv',
    ]);
  });

  it('refuses a corpus kept for measurement only, before reading it', async () => {
    const r = await cli(['train', join(tmp(), 'a2p-eval-only.tsv'), '--out', join(tmp(), 'x.json')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /a2p-eval-only\.tsv is for measurement only: it is never trained on/);
  });

  it('exits 2 naming the missing files when the default corpora are not in the data folder', async () => {
    const r = await cli(['train', '--data', tmp(), '--out', join(tmp(), 'x.json')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /training corpora missing: .*sms-spam-collection\.tsv/);
  });

  it('exits 2 with the usage for conflicting arguments or a bad option', async () => {
    for (const args of [
      ['train', 'a.tsv', '--data', 'x'],
      ['train', 'a.tsv', '--inner-folds', '1'],
      ['train', 'a.tsv', '--bogus'],
    ]) {
      const r = await cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /Usage: smsjunk train/);
    }
  });

  it('prints its help with --help', async () => {
    const r = await cli(['train', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage: smsjunk train \[CORPUS\.tsv \.\.\.\] \[--data DIR\] \[--out FILE\]/);
    assert.match(r.stdout, /default: shared\/model\/model\.json/);
  });
});
