// Micro-benchmark of the normaliser (shared/classifier/normalize.ts) over the labelled corpus.
//   node bench/normalize.mjs [--runs N] [--json]
// Reports µs per message (median of N runs) for normalize() and, measured in the same process over
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
      normalize: join(root, 'shared/classifier/normalize.ts'),
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

let sink = 0;
function normalizeAll(list) {
  for (const t of list) sink += normalize(t).text.length;
}
function baselineAll(list) {
  for (const t of list) sink += t.normalize('NFKC').toLowerCase().length;
}

/** Median µs per message of `fn(list)`, each run repeated until it lasts at least ~150 ms. */
function measure(fn, list) {
  fn(list); // warm-up
  let reps = 1;
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < reps; r++) fn(list);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms >= 150) break;
    reps *= 2;
  }
  const samples = [];
  for (let k = 0; k < runs; k++) {
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < reps; r++) fn(list);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e3 / (reps * list.length));
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const sets = [
  ['corpus (all)', texts],
  ['corpus ASCII-only', ascii],
  ['corpus with non-ASCII or &', nonAscii],
  ['spam, obfuscated (mixed)', obfuscated],
  ['one 10,000-char message', long],
];
const results = [];
for (const [name, list] of sets) {
  const base = measure(baselineAll, list);
  const norm = measure(normalizeAll, list);
  results.push({ set: name, messages: list.length, normalizeUs: norm, baselineUs: base, ratio: norm / base });
}
const avgLen = texts.reduce((s, t) => s + t.length, 0) / texts.length;

if (values.json) {
  console.log(JSON.stringify({ node: process.version, runs, avgChars: avgLen, results }, null, 2));
} else {
  console.log(`normalize() micro-benchmark, node ${process.version}, median of ${runs} runs`);
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
}
if (sink === 0) console.log('');
