// Lambda figures for the built handler (dist/lambda/handler.mjs), each against a baseline measured
// in the same run:
//
//   npm run bench                                   (all benchmarks, after a build)
//   node bench/lambda.mjs [--runs 10] [--invocations 2000] [--node PATH]
//
// 1. Bundle: the minified handler JS, handler.mjs and its chunks (target <= 1 MB), and what it is
//    made of, from the esbuild metafile of a fresh Lambda build: our code (shared/, functions/),
//    @aws-sdk and @smithy (the SSM client), Powertools, middy, the rest.
// 2. Init: a fresh `node` process imports the handler (module load, rules compiled, model loaded,
//    secrets from the environment); median and max over --runs (target: median <= 150 ms).
//    Baselines: the same import of a bare hello-world handler, and of our handler with an empty
//    rule folder (what the rule compilation costs is the difference).
// 3. Warm: one process, the handler invoked --invocations times on API Gateway HTTP API (2.0)
//    classify events (corpus messages from ../shared/data when present, else built-in ones), each
//    timed; median and p99 in microseconds, against the hello-world handler's.
//
// Runs with this node and, when tools/node22 is installed, again with Node 22 (the AWS runtime).
// Writes bench/results/lambda-<time>.json. Exit status 1 when a run fails (not when a target is
// missed: that is printed as MISSED with the number).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const HANDLER = join(root, 'dist', 'lambda', 'handler.mjs');
const CORPUS = join(root, '..', 'shared', 'data', 'sms-spam-collection.tsv');
const FIXTURE = join(root, 'test', 'fixtures', 'events', 'http-api-v2.json');
const NODE22 = join(root, 'tools', 'node22', 'node_modules', '.bin', 'node');
const TARGET = { bundleBytes: 1024 * 1024, initMedianMs: 150 };
const MARK = '@@BENCH@@';

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    invocations: { type: 'string', default: '2000' },
    node: { type: 'string' },
  },
});
const RUNS = Number(opts.runs);
const INVOCATIONS = Number(opts.invocations);

const FALLBACK_MESSAGES = [
  'Are we still on for lunch tomorrow at 12?',
  'Congratulations! You have WON a prize. Call 09061701461 to claim',
  'Your parcel is held at the depot, pay the fee at https://bit.ly/3xYz to release it',
  'Your verification code is 482913. Do not share it with anyone.',
  'Ok lar... Joking wif u oni...',
  'FREE entry into our weekly draw, txt WIN to 80086 now',
];

function messages() {
  if (!existsSync(CORPUS)) return FALLBACK_MESSAGES;
  return readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((l) => l.includes('\t'))
    .map((l) => l.slice(l.indexOf('\t') + 1));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** Runs a module script in a fresh process; resolves with the JSON it reports after MARK. */
function runScript(node, script, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(node, ['--input-type=module', '-e', script, ...args], {
      cwd: tmpdir(),
      env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'INFO', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => {
      out += c;
      // Keep only the tail: thousands of access-log lines are not needed here.
      if (out.length > 1 << 20) out = out.slice(-(1 << 16));
    });
    child.stderr.on('data', (c) => {
      err += c;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const at = out.lastIndexOf(MARK);
      if (code !== 0 || at < 0)
        reject(new Error(`bench process failed (exit ${code}):\n${out.slice(-2000)}\n${err}`));
      else resolve(JSON.parse(out.slice(at + MARK.length)));
    });
  });
}

const INIT_SCRIPT = `
  const t0 = performance.now();
  await import(process.argv[1]);
  const importMs = performance.now() - t0;
  process.stdout.write('\\n${MARK}' + JSON.stringify({ importMs, uptimeMs: process.uptime() * 1000 }) + '\\n');`;

const WARM_SCRIPT = `
  const { handler } = await import(process.argv[1]);
  const { readFileSync } = await import('node:fs');
  const { template, texts, n } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
  const events = [];
  for (let i = 0; i < n; i++) {
    const e = structuredClone(template);
    e.body = JSON.stringify({ _version: 1, query: { sender: '+14085550001', message: { text: texts[i % texts.length] } } });
    e.requestContext.requestId = 'bench-' + i;
    events.push(e);
  }
  const context = { awsRequestId: 'bench', functionName: 'smsjunk-bench', functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:smsjunk-bench', memoryLimitInMB: '512',
    getRemainingTimeInMillis: () => 6000 };
  // Warm-up: the first calls pay for lazy compilation in V8.
  for (let i = 0; i < Math.min(200, n); i++) await handler(events[i], context);
  const us = new Array(n);
  let failures = 0;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const r = await handler(events[i], context);
    us[i] = (performance.now() - t) * 1000;
    if (r.statusCode !== 200) failures++;
  }
  process.stdout.write('\\n${MARK}' + JSON.stringify({ us, failures }) + '\\n');`;

/** Sizes by origin, from the metafile of a fresh Lambda build. */
async function bundleFigures() {
  const { build, TARGETS } = await import(pathToFileURL(join(root, 'build.mjs')).href);
  const result = (await build(TARGETS.filter((t) => t.name === 'lambda'))).lambda;
  const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.mjs'));
  const entry = outputs.find(([file]) => file.endsWith('/handler.mjs'))?.[1];
  const parts = new Map();
  const inputs = outputs.flatMap(([, o]) => Object.entries(o.inputs));
  for (const [path, { bytesInOutput }] of inputs) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
    let part;
    if (!pkg)
      part = path.startsWith('functions/')
        ? 'our code: functions/'
        : path.startsWith('shared/')
          ? 'our code: shared/'
          : 'other (esbuild glue, plugins)';
    else if (pkg.startsWith('@aws-sdk/')) part = '@aws-sdk (SSM client)';
    else if (pkg.startsWith('@smithy/')) part = '@smithy (AWS SDK core)';
    else if (pkg.startsWith('@aws-lambda-powertools/')) part = 'Powertools (logger, commons)';
    else if (pkg.startsWith('@middy/')) part = 'middy';
    else part = `other packages (${pkg})`;
    parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
  }
  // Fold the small "other packages" entries into one line.
  const folded = new Map();
  for (const [name, bytes] of parts) {
    const key = name.startsWith('other packages') && bytes < 20_000 ? 'other packages (each < 20 KB)' : name;
    folded.set(key, (folded.get(key) ?? 0) + bytes);
  }
  return {
    bytes: result.bytes,
    files: outputs.length,
    entryBytes: entry?.bytes ?? 0,
    parts: Object.fromEntries([...folded].sort((a, b) => b[1] - a[1])),
  };
}

async function initFigures(node, module, env = {}) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = await runScript(node, INIT_SCRIPT, [pathToFileURL(module).href], env);
    runs.push({ importMs: r.importMs, processMs: performance.now() - t });
  }
  const imports = runs.map((r) => r.importMs);
  const procs = runs.map((r) => r.processMs);
  return {
    medianMs: round(median(imports)),
    maxMs: round(Math.max(...imports)),
    processMedianMs: round(median(procs)),
  };
}

async function warmFigures(node, module, texts, work) {
  const input = join(work, 'warm-input.json');
  const template = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  writeFileSync(input, JSON.stringify({ template, texts, n: INVOCATIONS }));
  const r = await runScript(node, WARM_SCRIPT, [pathToFileURL(module).href, input]);
  return { medianUs: round(median(r.us)), p99Us: round(quantile(r.us, 0.99)), failures: r.failures };
}

function status(ok) {
  return ok ? 'ok' : 'MISSED';
}

async function main() {
  if (!existsSync(HANDLER)) {
    console.error('bench/lambda: dist/lambda/handler.mjs is missing; run `npm run build` first');
    process.exit(1);
  }
  const work = mkdtempSync(join(tmpdir(), 'smsjunk-bench-lambda-'));
  try {
    const hello = join(work, 'hello.mjs');
    writeFileSync(hello, "export const handler = async () => ({ statusCode: 200, body: 'hello' });\n");
    const emptyAssets = join(work, 'assets');
    mkdirSync(join(emptyAssets, 'rules'), { recursive: true });
    // the same maps and model as the build: only the rules are missing
    cpSync(join(root, 'dist', 'lambda', 'maps'), join(emptyAssets, 'maps'), { recursive: true });
    if (existsSync(join(root, 'dist', 'lambda', 'model')))
      cpSync(join(root, 'dist', 'lambda', 'model'), join(emptyAssets, 'model'), { recursive: true });

    const bundle = await bundleFigures();
    console.log(
      `bench/lambda: handler JS ${(bundle.bytes / 1024).toFixed(0)} KiB minified in ${bundle.files} files (target <= 1024 KiB: ${status(bundle.bytes <= TARGET.bundleBytes)}); handler.mjs alone ${(bundle.entryBytes / 1024).toFixed(0)} KiB, the rest loads with the SSM client`,
    );
    for (const [part, bytes] of Object.entries(bundle.parts)) {
      console.log(
        `  ${part.padEnd(34)} ${(bytes / 1024).toFixed(1).padStart(7)} KiB  ${((100 * bytes) / bundle.bytes).toFixed(1).padStart(5)} %`,
      );
    }

    const texts = messages();
    const nodes = [opts.node ?? process.execPath];
    if (!opts.node && existsSync(NODE22)) nodes.push(NODE22);
    const runtimes = [];
    for (const node of nodes) {
      const version = (
        await runScript(node, `process.stdout.write('${MARK}' + JSON.stringify(process.version))`, [])
      ).toString();
      const init = await initFigures(node, HANDLER);
      const initNoRules = await initFigures(node, HANDLER, { SMSJUNK_ASSETS_DIR: emptyAssets });
      const initHello = await initFigures(node, hello);
      const warm = await warmFigures(node, HANDLER, texts, work);
      const warmHello = await warmFigures(node, hello, texts.slice(0, 10), work);
      runtimes.push({ node: version, init, initNoRules, initHello, warm, warmHello });
      console.log(
        `bench/lambda: node ${version}, ${RUNS} fresh processes each, ${INVOCATIONS} warm invocations (${texts.length} distinct messages), load average ${loadavg()[0].toFixed(2)} on ${cpus().length} CPUs`,
      );
      console.log(
        `  init: median ${init.medianMs} ms, max ${init.maxMs} ms (target median <= ${TARGET.initMedianMs} ms: ${status(init.medianMs <= TARGET.initMedianMs)}); whole process ${init.processMedianMs} ms`,
      );
      console.log(
        `    baseline hello-world handler: median ${initHello.medianMs} ms (ratio ${round(init.medianMs / initHello.medianMs)}x); whole process ${initHello.processMedianMs} ms`,
      );
      console.log(
        `    without rules (empty rule folder): median ${initNoRules.medianMs} ms, so compiling the rule pack costs ~${round(init.medianMs - initNoRules.medianMs)} ms`,
      );
      console.log(
        `  warm classify: median ${warm.medianUs} us, p99 ${warm.p99Us} us (hello-world: median ${warmHello.medianUs} us, ratio ${round(warm.medianUs / warmHello.medianUs)}x)${warm.failures ? `, ${warm.failures} non-200 answers` : ''}`,
      );
    }

    const dir = join(root, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `lambda-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(
      file,
      `${JSON.stringify({ date: new Date().toISOString(), cpus: cpus().length, cpu: cpus()[0]?.model, loadavg: loadavg(), runs: RUNS, invocations: INVOCATIONS, targets: TARGET, bundle, runtimes }, null, 2)}\n`,
    );
    console.log(`bench/lambda: wrote ${file}`);
    if (runtimes.some((r) => r.warm.failures > 0)) process.exit(1);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
