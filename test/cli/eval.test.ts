import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { smallPackEnv } from '../small-pack.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = join(ROOT, 'dist/container/main.mjs');
const fixture = (name: string) => join(ROOT, 'test/fixtures/corpus', name);
/** The labelled collection beside the repository (absent on a fresh clone). */
const COLLECTION = join(ROOT, '../shared/data/sms-spam-collection.tsv');

/** Runs the built CLI (npm test builds it first), on the small pack unless `pack` is 'shipped'. */
function cli(
  args: string[],
  pack: 'small' | 'shipped' = 'small',
): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = pack === 'small' ? smallPackEnv() : process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [MAIN, ...args],
      { cwd: ROOT, env, maxBuffer: 16 << 20 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const REQUIRED = [
  'messages',
  'unwanted',
  'wanted',
  'unwantedCaught',
  'wantedFiltered',
  'wantedJunked',
  'accuracy',
  'mcc',
  'messagesPerSecond',
  'rules',
];

/** stdout must be exactly one JSON object (one line). */
function oneJsonObject(stdout: string): Record<string, unknown> {
  const lines = stdout.split('\n').filter((l) => l !== '');
  assert.equal(lines.length, 1, `expected one line of JSON, got:\n${stdout}`);
  const value = JSON.parse(lines[0] as string) as unknown;
  assert.ok(typeof value === 'object' && value !== null && !Array.isArray(value));
  return value as Record<string, unknown>;
}

describe('smsjunk eval', () => {
  it('prints exactly one JSON object with the figures and the rule hit-frequencies', async () => {
    const r = await cli(['eval', fixture('tiny.tsv'), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const j = oneJsonObject(r.stdout);
    for (const key of REQUIRED) assert.ok(key in j, `missing ${key}`);
    assert.equal(j.messages, 60);
    assert.equal(j.unwanted, 30);
    assert.equal(j.wanted, 30);
    assert.equal(j.mode, 'as-is');
    if (existsSync(join(ROOT, 'dist/container/model/model.json'))) {
      assert.equal(typeof (j.model as { messages: number }).messages, 'number');
    }
    for (const key of ['unwantedCaught', 'wantedFiltered', 'wantedJunked', 'accuracy']) {
      const x = j[key] as number;
      assert.ok(x >= 0 && x <= 1, `${key} ${x}`);
    }
    assert.ok((j.messagesPerSecond as number) > 0);
    const rules = j.rules as { name: string; wantedHits: number; unwantedHits: number }[];
    assert.ok(rules.length > 0);
    for (const rule of rules) {
      assert.equal(typeof rule.name, 'string');
      assert.ok(Number.isInteger(rule.wantedHits) && Number.isInteger(rule.unwantedHits));
    }
  });

  it('cross-validates the statistical layer with --folds and tests every message once', async () => {
    const r = await cli(['eval', fixture('tiny.tsv'), '--folds', '3', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const j = oneJsonObject(r.stdout);
    assert.equal(j.mode, 'cross-validation');
    assert.equal(j.folds, 3);
    assert.equal((j.junkThresholds as number[]).length, 3);
    const confusion = j.confusion as Record<string, Record<string, number>>;
    const tested = [confusion.wanted, confusion.unwanted]
      .flatMap((row) => Object.values(row ?? {}))
      .reduce((a, b) => a + b, 0);
    assert.equal(tested, 60);
  });

  it('prints the confusion matrix, the figures and the rule table as text', async () => {
    const r = await cli(['eval', fixture('tiny.tsv'), '--folds', '2']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /2-fold cross-validation/);
    assert.match(r.stdout, /^\s+none\s+allow\s+junk\s+promotion\s+transaction$/m);
    assert.match(r.stdout, /^wanted(\s+\d+){5}$/m);
    assert.match(r.stdout, /^unwanted(\s+\d+){5}$/m);
    assert.match(r.stdout, /^MCC\s+-?\d\.\d{4}$/m);
    assert.match(r.stdout, /rule hit-frequencies/);
    assert.match(r.stderr, /model 2\/2 trained and tested/);
  });

  it('measures a model file given with --model', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smsjunk-eval-'));
    const model = join(dir, 'm.json');
    const t = await cli(['train', fixture('tiny.tsv'), '--out', model]);
    assert.equal(t.code, 0, t.stderr);
    const r = await cli(['eval', fixture('crlf-bom.tsv'), '--model', model, '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(oneJsonObject(r.stdout).messages, 3);
    const bad = await cli(['eval', fixture('tiny.tsv'), '--model', join(dir, 'missing.json')]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /cannot read model .*missing\.json/);
  });

  it('measures the rules alone with --no-model and the statistical layer alone with --no-rules', async () => {
    const rulesOnly = oneJsonObject(
      (await cli(['eval', fixture('tiny.tsv'), '--no-model', '--json'])).stdout,
    );
    assert.equal(rulesOnly.model, null);
    assert.deepEqual(rulesOnly.junkThresholds, [2]);
    assert.ok((rulesOnly.rules as unknown[]).length > 0);
    const r = await cli(['eval', fixture('tiny.tsv'), '--no-rules', '--folds', '2', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const modelOnly = oneJsonObject(r.stdout);
    assert.equal(modelOnly.ruleCount, 0);
    assert.deepEqual(modelOnly.rules, []);
  });

  it('reports malformed lines with their numbers and exits 1 when more than 10% are malformed', async () => {
    const r = await cli(['eval', fixture('malformed.tsv'), '--json']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /malformed\.tsv:3: malformed line skipped: no tab between label and text/);
    assert.match(r.stderr, /malformed\.tsv:5: malformed line skipped: label "not spam" contains spaces/);
    assert.match(r.stderr, /4 of 10 lines are malformed/);
  });

  it('skips a few malformed lines, counts them and exits 0', async () => {
    const r = await cli(['eval', fixture('one-malformed.tsv'), '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /one-malformed\.tsv:5: malformed line skipped/);
    const j = oneJsonObject(r.stdout);
    assert.equal(j.messages, 60);
    assert.equal(j.skippedLines, 1);
  });

  it('exits 1 for an unreadable or empty corpus and for more folds than messages', async () => {
    const cases: [string[], RegExp][] = [
      [['eval', fixture('nope.tsv')], /cannot read corpus .*nope\.tsv: no such file/],
      [['eval', fixture('empty.tsv'), '--json'], /empty\.tsv is empty/],
      [
        ['eval', fixture('crlf-bom.tsv'), '--folds', '2'],
        /2 folds need at least 2 distinct wanted and 2 distinct unwanted/,
      ],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args);
      assert.equal(r.code, 1, args.join(' '));
      assert.match(r.stderr, message);
    }
  });

  it('exits 2 with the usage for bad options', async () => {
    for (const args of [
      ['eval'],
      ['eval', 'a.tsv', '--folds', '1'],
      ['eval', 'a.tsv', '--folds', 'ten'],
      ['eval', 'a.tsv', '--folds', '3', '--model', 'm.json'],
      ['eval', 'a.tsv', '--folds', '3', '--no-model'],
      ['eval', 'a.tsv', '--model', 'm.json', '--no-model'],
      ['eval', 'a.tsv', '--train', 'b.tsv', '--no-model'],
      ['eval', '--loco', 'a.tsv'],
      ['eval', 'a.tsv', '--loco', 'b.tsv,c.tsv'],
      ['eval', 'a.tsv', '--test', 'b.tsv'],
    ]) {
      const r = await cli(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /Usage: smsjunk eval/);
    }
  });

  it('returns the vocabulary figures with counts and intervals, and the confusion per label', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smsjunk-eval-'));
    const corpus = join(dir, 'mixed.tsv');
    writeFileSync(
      corpus,
      [
        'ham\tsee you at noon',
        'transaction:others\tYour verification code is 482913. Do not share it.',
        'promotion:offers\tSpring sale: 20% off everything this weekend. Reply STOP to opt out',
        'smishing\tUSPS: your parcel is on hold, pay the redelivery fee at https://usps-redelivery.top/x',
      ].join('\n'),
    );
    const r = await cli(['eval', corpus, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const j = oneJsonObject(r.stdout);
    for (const key of [
      'unwantedJunked',
      'personalFiltered',
      'legitimateJunked',
      'folderAccuracy',
      'unwantedAsTransaction',
      'subActionAccuracy',
    ])
      assert.ok(key in j, `missing ${key}`);
    const intervals = j.intervals as Record<string, { k: number; n: number; low: number; high: number }>;
    assert.equal(intervals.personalFiltered?.n, 1);
    assert.equal(intervals.folderAccuracy?.n, 2);
    const confusion = j.confusion as { byLabel: Record<string, Record<string, number>> };
    assert.deepEqual(Object.keys(confusion.byLabel).sort(), [
      'ham',
      'promotion:offers',
      'smishing',
      'transaction:others',
    ]);
  });

  it('trains on other corpora with --train, and leaves each corpus out in turn with --loco', async () => {
    const tt = await cli([
      'eval',
      '--train',
      fixture('tiny.tsv'),
      '--test',
      fixture('crlf-bom.tsv'),
      '--json',
    ]);
    assert.equal(tt.code, 0, tt.stderr);
    const j = oneJsonObject(tt.stdout);
    assert.equal(j.mode, 'train-test');
    assert.equal(j.trainedOn, 60);
    const dir = mkdtempSync(join(tmpdir(), 'smsjunk-eval-'));
    const halves = [join(dir, 'a.tsv'), join(dir, 'b.tsv')];
    const lines = readFileSync(fixture('tiny.tsv'), 'utf8').trim().split('\n');
    writeFileSync(halves[0] as string, lines.filter((_, i) => i % 2 === 0).join('\n'));
    writeFileSync(halves[1] as string, lines.filter((_, i) => i % 2 === 1).join('\n'));
    const loco = await cli(['eval', '--loco', halves.join(','), '--json']);
    assert.equal(loco.code, 0, loco.stderr);
    const l = oneJsonObject(loco.stdout) as { mode: string; corpora: { corpus: string; messages: number }[] };
    assert.equal(l.mode, 'leave-one-corpus-out');
    assert.deepEqual(
      l.corpora.map((c) => [c.corpus, c.messages]),
      [
        [halves[0], 30],
        [halves[1], 30],
      ],
    );
  });

  it('refuses to train on a corpus kept for measurement only', async () => {
    const r = await cli(['eval', fixture('tiny.tsv'), '--train', 'x-eval-only.tsv']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /x-eval-only\.tsv is for measurement only/);
  });

  it('prints its help with --help', async () => {
    const r = await cli(['eval', '--help']);
    assert.equal(r.code, 0);
    assert.match(
      r.stdout,
      /Usage: smsjunk eval CORPUS\.tsv \[--folds K\] \[--train A\.tsv,B\.tsv\] \[--json\]/,
    );
    assert.match(r.stdout, /smsjunk eval --loco A\.tsv,B\.tsv,C\.tsv/);
  });

  it('reaches loose sanity floors on the SMS Spam Collection under 5-fold cross-validation', async (t) => {
    if (!existsSync(COLLECTION)) {
      t.skip(`corpus check skipped: ${COLLECTION} is not there (a fresh clone has no ../shared/data)`);
      return;
    }
    const r = await cli(['eval', COLLECTION, '--folds', '5', '--json'], 'shipped');
    assert.equal(r.code, 0, r.stderr);
    const j = oneJsonObject(r.stdout);
    const figures = [
      'unwantedCaught',
      'wantedFiltered',
      'wantedJunked',
      'accuracy',
      'mcc',
      'messagesPerSecond',
    ]
      .map((k) => `${k}=${j[k]}`)
      .join(' ');
    t.diagnostic(`SMS Spam Collection, 5-fold CV: ${figures}`);
    // Loose floors only (the real targets are in docs/EVAL.md), so the suite does not flap.
    assert.equal(j.messages, 5574);
    assert.ok((j.unwantedCaught as number) >= 0.85, figures);
    assert.ok((j.wantedFiltered as number) <= 0.01, figures);
    assert.ok((j.mcc as number) >= 0.85, figures);
  });
});
