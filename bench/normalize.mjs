// Micro-benchmark of the normaliser (shared/classifier/normalize/) over the labelled corpus.
//   node bench/normalize.mjs [--runs N] [--json]
// Reports CPU µs per message (median of N runs) for normalize() and, measured in the same process over
// the same texts, a baseline of bare String.prototype.normalize('NFKC') + toLowerCase(); plus the
// ASCII and non-ASCII subsets, obfuscated variants of the spam, and a 10,000-character message.
// The TypeScript is bundled with esbuild first, so this measures the code as it ships.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, json: { type: 'boolean', default: false } },
});
const runs = Math.max(3, Number(values.runs));
const corpusPath = join(root, '..', 'shared', 'data', 'sms-spam-collection.tsv');
if (!existsSync(corpusPath)) {
  console.log(`bench/normalize: skipped, no corpus at ${corpusPath}`);
  process.exit(0);
}

const out = mkdtempSync(join(tmpdir(), 'smsjunk-bench-normalize-'));
let normalize;
let obfuscate;
try {
  await esbuild.build({
    entryPoints: {
      normalize: join(root, 'shared/classifier/normalize/index.ts'),
      obfuscate: join(root, 'test/fixtures/obfuscate.ts'),
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: out,
    outExtension: { '.js': '.mjs' },
    logLevel: 'warning',
  });
  ({ normalize } = await import(pathToFileURL(join(out, 'normalize.mjs')).href));
  ({ obfuscate } = await import(pathToFileURL(join(out, 'obfuscate.mjs')).href));
} finally {
  rmSync(out, { recursive: true, force: true });
}

const rows = readFileSync(corpusPath, 'utf8')
  .split('\n')
  .filter((l) => l.includes('\t'))
  .map((l) => ({ label: l.slice(0, l.indexOf('\t')), text: l.slice(l.indexOf('\t') + 1) }));
const texts = rows.map((r) => r.text);
const ascii = texts.filter((t) => /^[\x20-\x7e]*$/.test(t) && !t.includes('&'));
const nonAscii = texts.filter((t) => !ascii.includes(t));
const spam = rows.filter((r) => r.label === 'spam').map((r) => r.text);
const obfuscated = spam.map((t, i) => obfuscate(t, 'mixed', i));
const long = [texts.join(' ').slice(0, 10_000)];
const typical = texts.filter((t) => t.length >= 100 && t.length <= 160);

let sink = 0;
function normalizeAll(list) {
  for (const t of list) sink += normalize(t).text.length;
}
function baselineAll(list) {
  for (const t of list) sink += t.normalize('NFKC').toLowerCase().length;
}

/** CPU time of this process in µs (other processes on a shared machine do not count). */
function cpuUs() {
  const u = process.cpuUsage();
  return u.user + u.system;
}

/** Repetitions of `fn(list)` that last about `ms` milliseconds. */
function calibrate(fn, list, ms) {
  fn(list); // warm-up
  let reps = 1;
  for (;;) {
    const t0 = cpuUs();
    for (let r = 0; r < reps; r++) fn(list);
    if (cpuUs() - t0 >= ms * 1000) return reps;
    reps *= 2;
  }
}

function sample(fn, list, reps) {
  const t0 = cpuUs();
  for (let r = 0; r < reps; r++) fn(list);
  return (cpuUs() - t0) / (reps * list.length);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Median µs per message of normalize and of the baseline, and the median of their per-run ratios.
 * The two are measured alternately, so a busy moment slows both alike.
 */
function measure(list) {
  const repsN = calibrate(normalizeAll, list, 100);
  const repsB = calibrate(baselineAll, list, 100);
  const n = [];
  const b = [];
  const r = [];
  for (let k = 0; k < runs; k++) {
    const bs = sample(baselineAll, list, repsB);
    const ns = sample(normalizeAll, list, repsN);
    b.push(bs);
    n.push(ns);
    r.push(ns / bs);
  }
  return { normalizeUs: median(n), baselineUs: median(b), ratio: median(r) };
}

const sets = [
  ['corpus (all)', texts],
  ['corpus, 100-160 chars', typical],
  ['corpus ASCII-only', ascii],
  ['corpus with non-ASCII or &', nonAscii],
  ['spam, obfuscated (mixed)', obfuscated],
  ['one 10,000-char message', long],
];
const results = [];
for (const [name, list] of sets) results.push({ set: name, messages: list.length, ...measure(list) });
// Adversarial 10,000-character messages: every one must stay linear (a few ms at most).
const tile = (u) => u.repeat(Math.ceil(10_000 / u.length)).slice(0, 10_000);
const adversarial = Object.entries({
  'prices "£1 "': tile('£1 '),
  'pence "5p "': tile('5p '),
  'hosts "a.co "': tile('a.co '),
  phones: tile('09061701461 '),
  '4-digit numbers': tile('1234 '),
  '"(408) "': tile('(408) '),
  'IP links "1.2.3.4/ "': tile('1.2.3.4/ '),
  'e-mails': tile('x@y.co '),
  'spaced letters': tile('F R E E '),
  'defanged "a[.]"': tile('a[.]'),
  '"hxxp://a[.]b "': tile('hxxp://a[.]b '),
  'look-alike words': tile('p\u0430yp\u0430l \u041e\u041a '),
  'stacked marks': tile('a\u0301\u0302\u0303'),
  'zero-width': tile('\u200b'),
  entities: tile('&amp;'),
  'short-code context': tile('text 87121 to 87121 '),
}).map(([name, text]) => {
  const reps = calibrate(normalizeAll, [text], 50);
  const us = [];
  for (let k = 0; k < runs; k++) us.push(sample(normalizeAll, [text], reps));
  return { input: name, ms: median(us) / 1000 };
});
const worst = adversarial.reduce((a, b) => (b.ms > a.ms ? b : a));

const avgLen = texts.reduce((s, t) => s + t.length, 0) / texts.length;

if (values.json) {
  console.log(
    JSON.stringify({ node: process.version, runs, avgChars: avgLen, results, adversarial }, null, 2),
  );
} else {
  console.log(`normalize() micro-benchmark, node ${process.version}, CPU time, median of ${runs} runs`);
  console.log(`corpus: ${texts.length} messages, ${avgLen.toFixed(0)} chars on average\n`);
  console.log(
    `${'set'.padEnd(30)} ${'msgs'.padStart(6)} ${'normalize µs'.padStart(13)} ${'baseline µs'.padStart(12)} ${'ratio'.padStart(7)}`,
  );
  for (const r of results) {
    console.log(
      `${r.set.padEnd(30)} ${String(r.messages).padStart(6)} ${r.normalizeUs.toFixed(2).padStart(13)} ${r.baselineUs.toFixed(2).padStart(12)} ${r.ratio.toFixed(1).padStart(6)}x`,
    );
  }
  console.log('\nbaseline: String.prototype.normalize("NFKC") + toLowerCase() over the same texts');
  console.log(
    `\nadversarial 10,000-char messages (ms each; worst: ${worst.input}, ${worst.ms.toFixed(2)} ms)`,
  );
  for (const a of adversarial) console.log(`  ${a.input.padEnd(28)} ${a.ms.toFixed(2).padStart(6)}`);
}
if (sink === 0) console.log('');
