// Rule-pack cost: compile CPU time per rule file and for the whole pack, and the scan CPU time per
// message (the YARA-X scan alone, on exactly the buffer and variables classify() passes).
//
//   node bench/rules-compile.mjs [--repeats N] [--rounds N] [--only FILE]... [--json] [RULES_DIR]
//
// Compile: `new YaraXEngine().compile(sources, SCAN_VARIABLES)` timed with process.cpuUsage(),
// median of --repeats (default 5) per file and for the whole pack. Scan: the messages of
// ../shared/data/sms-spam-collection.tsv, or the rule fixtures (test/fixtures/rules/*.tsv) when
// that is missing, normalised once up front; then --rounds (default 5) passes of scans over them,
// the median µs of CPU per message; each file alone is scanned the same way (--rounds passes, median).
// --only FILE (repeatable) limits the per-file figures to those files, for quick iterations.
// Imports the TypeScript sources through tsx.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { register } from 'tsx/esm/api';

register();

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    repeats: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
    only: { type: 'string', multiple: true, default: [] },
  },
});
const repeats = Number(values.repeats);
const rounds = Number(values.rounds);

const { bundledMaps, readRuleDir } = await import('../shared/classifier/assets.ts');
const { readLinks } = await import('../shared/classifier/links/facts.ts');
const maps = bundledMaps();
const index = await import('../shared/classifier/index.ts');
const { normalize } = await import('../shared/classifier/normalize/index.ts');
const { classifySender } = await import('../shared/classifier/sender.ts');
const { YaraXEngine } = await import('../shared/classifier/yara-x.ts');

const rulesDir = positionals[0] ?? join(root, 'shared', 'rules');
const sources = readRuleDir(rulesDir);

function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function compileMs(list) {
  const times = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = cpuMs();
    new YaraXEngine().compile(list, index.SCAN_VARIABLES);
    times.push(cpuMs() - t0);
  }
  return median(times);
}

function texts() {
  const corpus = join(root, '..', 'shared', 'data', 'sms-spam-collection.tsv');
  if (existsSync(corpus)) {
    const out = [];
    for (const line of readFileSync(corpus, 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab >= 0) out.push(line.slice(tab + 1));
    }
    return { source: corpus, list: out };
  }
  const dir = join(root, 'test', 'fixtures', 'rules');
  const out = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.tsv'))) {
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) {
      const cols = line.split('\t');
      if (cols.length === 3 && !line.startsWith('#')) out.push(cols[2]);
    }
  }
  return { source: 'test/fixtures/rules/*.tsv (no ../shared/data)', list: out };
}

// Compile figures.
new YaraXEngine().compile(sources, index.SCAN_VARIABLES); // warm the binding
const only = values.only;
const perFile = sources
  .filter((s) => only.length === 0 || only.includes(s.name))
  .map((s) => ({ file: s.name, compileMs: round(compileMs([s])) }));
const totalMs = round(compileMs(sources));

// Scan figures: what classify() scans, prepared once.
const { source: textSource, list } = texts();
const senders = [undefined, '87121', '+14155550123', 'AMAZON'];
const prepared = list.map((text, i) => {
  const n = normalize(text);
  const sender = classifySender(senders[i % senders.length]);
  const lower = n.text.toLowerCase();
  return index.scanInputOf(n, sender, readLinks(n.features.urls, lower, maps.links), lower);
});
const compiled = new YaraXEngine().compile(sources, index.SCAN_VARIABLES);
for (const p of prepared) compiled.scan(p.data, p.variables); // warm-up
const perRound = [];
let hits = 0;
for (let r = 0; r < rounds; r++) {
  const t0 = cpuMs();
  for (const p of prepared) hits += compiled.scan(p.data, p.variables).length;
  perRound.push(((cpuMs() - t0) * 1000) / prepared.length);
}
const scanUs = round(median(perRound));

/** Scan µs per message of one file compiled alone (includes the engine's fixed cost per scan). */
function scanAloneUs(list) {
  const c = new YaraXEngine().compile(list, index.SCAN_VARIABLES);
  for (const p of prepared) c.scan(p.data, p.variables);
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = cpuMs();
    for (const p of prepared) c.scan(p.data, p.variables);
    times.push(((cpuMs() - t0) * 1000) / prepared.length);
  }
  return round(median(times));
}
for (const f of perFile) f.scanUs = scanAloneUs(sources.filter((s) => s.name === f.file));
/** The engine's fixed cost per scan: a pack of one rule with no strings. */
const fixedUs = scanAloneUs([{ name: 'empty.yar', source: 'rule empty { condition: false }' }]);

function round(x) {
  return Math.round(x * 100) / 100;
}

const result = {
  rulesDir,
  repeats,
  perFile,
  sumOfFilesMs: round(perFile.reduce((a, f) => a + f.compileMs, 0)),
  totalCompileMs: totalMs,
  scan: {
    messages: prepared.length,
    source: textSource,
    rounds,
    usPerMessage: scanUs,
    fixedUsPerMessage: fixedUs,
    hits: hits / rounds,
  },
};
if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(`compile (CPU ms, median of ${repeats}) and scan alone (µs per message):`);
  for (const f of perFile)
    console.log(
      `  ${f.file.padEnd(24)} ${f.compileMs.toFixed(1).padStart(7)} ${f.scanUs.toFixed(2).padStart(7)}`,
    );
  console.log(`  ${'(empty pack)'.padEnd(24)} ${''.padStart(7)} ${fixedUs.toFixed(2).padStart(7)}`);
  console.log(`  ${'sum of files'.padEnd(24)} ${result.sumOfFilesMs.toFixed(1).padStart(7)}`);
  console.log(`  ${'whole pack'.padEnd(24)} ${totalMs.toFixed(1).padStart(7)}`);
  console.log(
    `scan: ${scanUs.toFixed(2)} µs CPU per message (median of ${rounds} rounds over ${prepared.length} messages from ${textSource}; ${result.scan.hits} hits per round)`,
  );
}
