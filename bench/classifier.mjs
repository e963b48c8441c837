// Classifier benchmark: the full pipeline (normalise, YARA-X scan of the bundled pack, text model,
// combination, verdict) on one core, against a baseline measured in the same process over the
// same texts (bare String.prototype.normalize('NFKC') + toLowerCase()).
//
//   npm run bench                               (every benchmark, after a build)
//   node --expose-gc bench/classifier.mjs [--messages N] [--memory N] [--cold-runs N] [--json]
//
// It imports the TypeScript sources through tsx's loader API (tsx transpiles each file once, at
// import; the measured loops run the same JavaScript the bundle ships). Texts: the messages of
// ../shared/data/sms-spam-collection.tsv, or the test fixture corpora when that is missing; the
// sender rotates over none / short code / phone / alphanumeric.
//
// Reports:
// - cold start: a fresh process reading and decoding the shipped model and compiling the pack
//   (median of --cold-runs processes; the Lambda budget is well under 150 ms);
// - throughput: messages/s for classify() (median of 5 rounds over --messages in total), and the
//   stages on their own (normalise; normalise + scan; the text model), with the baseline and the
//   ratio baseline/classify (how many times slower than bare NFKC + lower-case);
// - memory: RSS and heap after a forced GC before and after --memory classifications (default one
//   million), and at 10% of the way, to show it stays flat.
// Figures go to stdout and to bench/results/classifier-<time>.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { register } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '200000' },
    memory: { type: 'string', default: '1000000' },
    'cold-runs': { type: 'string', default: '5' },
    'cold-start': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

register();

if (values['cold-start']) {
  // Child mode: one cold start, printed as JSON.
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const t0 = performance.now();
  const assets = await import('../shared/classifier/assets.ts');
  const index = await import('../shared/classifier/index.ts');
  const model = {
    ...(await import('../shared/classifier/model/model-file.ts')),
    ...(await import('../shared/classifier/model/text-model.ts')),
  };
  const { YaraXEngine } = await import('../shared/classifier/yara-x.ts');
  const imported = performance.now();
  const cpu0 = cpuMs();
  const file = assets.bundledModel();
  const parsed = file ? model.parseModelFile(file) : null;
  if (parsed) new model.TextModel(parsed.text);
  const modelLoaded = performance.now();
  const rules = assets.bundledRules();
  new YaraXEngine().compile(rules, index.SCAN_VARIABLES);
  const compiled = performance.now();
  const cpu1 = cpuMs();
  const c = index.createClassifier();
  const created = performance.now();
  c.classify({ text: 'warm-up' });
  const first = performance.now();
  process.stdout.write(
    `${JSON.stringify({
      importMs: imported - t0,
      modelLoadMs: modelLoaded - imported,
      rulesCompileMs: compiled - modelLoaded,
      loadAndCompileCpuMs: cpu1 - cpu0,
      createClassifierMs: created - compiled,
      firstClassifyMs: first - created,
      hasModel: parsed !== null,
      ruleCount: c.ruleCount,
    })}\n`,
  );
  process.exit(0);
}

const { createClassifier } = await import('../shared/classifier/index.ts');
const { normalize } = await import('../shared/classifier/normalize/index.ts');
const { TextModel } = await import('../shared/classifier/model/text-model.ts');
const { bundledModel } = await import('../shared/classifier/assets.ts');

function loadTexts() {
  const corpus = join(root, '..', 'shared', 'data', 'sms-spam-collection.tsv');
  const files = existsSync(corpus)
    ? [corpus]
    : readdirSync(join(root, 'test/fixtures/corpus'))
        .filter((f) => f.endsWith('.tsv'))
        .map((f) => join(root, 'test/fixtures/corpus', f));
  const texts = [];
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0 && line.slice(tab + 1).trim()) texts.push(line.slice(tab + 1).replace(/\r$/, ''));
    }
  }
  return { texts, source: existsSync(corpus) ? corpus : 'test/fixtures/corpus/*.tsv (no ../shared/data)' };
}

const { texts, source } = loadTexts();
const SENDERS = [undefined, '87121', '+447700900123', 'AMAZON'];
const inputs = texts.map((text, i) => ({ text, sender: SENDERS[i % SENDERS.length] }));
const total = Math.max(inputs.length, Number(values.messages));
const memoryRuns = Number(values.memory);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Messages per second of `fn` over the inputs: median of 5 rounds of total/5 calls each, per
 * second of wall-clock time and per second of this process's CPU time (the fairer figure when
 * other processes share the cores).
 */
function rate(fn) {
  const perRound = Math.ceil(total / 5);
  for (let i = 0; i < Math.min(perRound, 5000); i++) fn(inputs[i % inputs.length], i % inputs.length);
  const rates = [];
  const cpuRates = [];
  for (let round = 0; round < 5; round++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let i = 0; i < perRound; i++) fn(inputs[i % inputs.length], i % inputs.length);
    const cpu = process.cpuUsage(c0);
    rates.push((perRound * 1000) / (performance.now() - t0));
    cpuRates.push((perRound * 1e6) / (cpu.user + cpu.system));
  }
  return { wall: Math.round(median(rates)), cpu: Math.round(median(cpuRates)) };
}

// Cold start, in fresh processes.
const cold = [];
for (let i = 0; i < Number(values['cold-runs']); i++) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--cold-start'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`cold-start child failed: ${r.stderr}`);
  cold.push(JSON.parse(r.stdout));
}
const coldStart = {
  runs: cold.length,
  modelLoadMs: round(median(cold.map((c) => c.modelLoadMs))),
  rulesCompileMs: round(median(cold.map((c) => c.rulesCompileMs))),
  loadAndCompileMs: round(median(cold.map((c) => c.modelLoadMs + c.rulesCompileMs))),
  loadAndCompileCpuMs: round(median(cold.map((c) => c.loadAndCompileCpuMs))),
  createClassifierMs: round(median(cold.map((c) => c.createClassifierMs))),
  firstClassifyMs: round(median(cold.map((c) => c.firstClassifyMs))),
  importMsViaTsx: round(median(cold.map((c) => c.importMs))),
};

const classifier = createClassifier();
const file = bundledModel();
const model = file ? new TextModel(file.text) : null;
const analysed = inputs.map((x) => classifier.analyze(x));

const baseline = rate((x) => x.text.normalize('NFKC').toLowerCase());
const throughput = {
  messagesPerSecond: rate((x) => classifier.classify(x)),
  baselineMessagesPerSecond: baseline.wall,
  baselineMessagesPerCpuSecond: baseline.cpu,
  stages: {
    normalize: rate((x) => normalize(x.text)),
    normalizeAndScan: rate((x) => classifier.analyze(x)),
    textModel: model ? rate((_x, i) => model.score(analysed[i].modelInput)) : null,
  },
};
const full = throughput.messagesPerSecond;
throughput.messagesPerSecond = full.wall;
throughput.messagesPerCpuSecond = full.cpu;
throughput.baselineRatio = round(baseline.wall / full.wall, 1);
throughput.baselineRatioCpu = round(baseline.cpu / full.cpu, 1);

// Memory over many classifications.
const gc = globalThis.gc;
const snapshot = () => {
  gc?.();
  const m = process.memoryUsage();
  return { rssMiB: round(m.rss / 2 ** 20), heapUsedMiB: round(m.heapUsed / 2 ** 20) };
};
const memory = { classifications: memoryRuns, forcedGc: typeof gc === 'function', before: snapshot() };
const t0 = performance.now();
for (let i = 0; i < memoryRuns; i++) {
  classifier.classify(inputs[i % inputs.length]);
  if (i + 1 === Math.floor(memoryRuns / 10)) memory.atTenth = snapshot();
}
memory.seconds = round((performance.now() - t0) / 1000);
memory.after = snapshot();
memory.rssGrowthMiB = round(memory.after.rssMiB - memory.before.rssMiB);
memory.heapGrowthMiB = round(memory.after.heapUsedMiB - memory.before.heapUsedMiB);

function round(x) {
  return Math.round(x * 100) / 100;
}

const result = {
  benchmark: 'classifier',
  date: new Date().toISOString(),
  node: process.version,
  texts: { count: texts.length, source },
  rules: classifier.ruleCount,
  model: classifier.model
    ? { trainedOn: classifier.model.trainedOn.date, bytes: JSON.stringify(file).length }
    : null,
  coldStart,
  throughput,
  memory,
};
mkdirSync(join(root, 'bench/results'), { recursive: true });
const out = join(root, 'bench/results', `classifier-${result.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);

if (values.json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const n = (x) => (x === null ? '-' : x.toLocaleString('en-US'));
  const r = (x) =>
    x === null ? '-'.padStart(10) : `${n(x.wall).padStart(10)} messages/s (${n(x.cpu)} per CPU second)`;
  console.log(
    `texts: ${texts.length} from ${source}; ${classifier.ruleCount} rules; model ${result.model ? `${Math.round(result.model.bytes / 1024)} KiB` : 'none'}; ${process.version}`,
  );
  console.log(
    `cold start (median of ${coldStart.runs} fresh processes): model load ${coldStart.modelLoadMs} ms + rules compile ${coldStart.rulesCompileMs} ms = ${coldStart.loadAndCompileMs} ms (${coldStart.loadAndCompileCpuMs} ms CPU); createClassifier() ${coldStart.createClassifierMs} ms; first classify ${coldStart.firstClassifyMs} ms`,
  );
  console.log(`classify:            ${r(full)} (one core)`);
  console.log(`  normalise only:    ${r(throughput.stages.normalize)}`);
  console.log(`  normalise + scan:  ${r(throughput.stages.normalizeAndScan)}`);
  console.log(`  text model only:   ${r(throughput.stages.textModel)}`);
  console.log(`baseline NFKC+lower: ${r(baseline)}`);
  console.log(
    `ratio baseline/classify: ${throughput.baselineRatio}x per wall-clock second, ${throughput.baselineRatioCpu}x per CPU second`,
  );
  console.log(
    `memory over ${n(memoryRuns)} classifications${memory.forcedGc ? ' (after forced GC)' : ' (no --expose-gc: without forced GC)'}: RSS ${memory.before.rssMiB} -> ${memory.atTenth?.rssMiB ?? '-'} -> ${memory.after.rssMiB} MiB, heap ${memory.before.heapUsedMiB} -> ${memory.atTenth?.heapUsedMiB ?? '-'} -> ${memory.after.heapUsedMiB} MiB (${memory.seconds} s)`,
  );
  console.log(`written to ${out}`);
}
