// Hostile load over real HTTP, against the built container server (dist/container/main.mjs):
//
// 1. Throughput of ordinary requests (wrk, the corpus's messages, as bench/http.mjs) alone and
//    while --hostile connections (default 20) each send adversarial 64 KiB bodies back to back
//    (shared/classifier/adversarial-texts.ts, every generator in turn, each body a text of its
//    own). Rounds alternate which goes first; figures are medians of the rounds. The issue's
//    target: ordinary requests/s with the hostile ones >= 80% of it without them.
// 2. A heap soak: a one-process server (WORKERS=1) takes --soak adversarial requests (default
//    10,000, every generator in turn, a new seed each: no cluster cache answers for a new text);
//    its heap after 100 and after all of them, each read from /admin/status right after two full
//    collections (bench/http/gc-on-signal.mjs, SIGUSR2). The target: within 10% of the first.
//
//   npm run bench                        (every benchmark, after a build)
//   node bench/hostile-load.mjs [--duration 6] [--rounds 3] [--connections 50] [--hostile 20]
//                               [--workers N] [--soak 10000] [--only throughput,soak] [--json]
//
// The load generators run on the same machine as the server (wrk and this process): on a small
// machine they take CPU from it in both halves of a round alike. Figures to stdout and to
// bench/results/hostile-load-<time>.json. Exit status 1 when a request failed on the wire or the
// server answered 5xx to an ordinary request. Needs wrk (Debian: apt-get install -y wrk).
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { register } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = join(root, 'dist', 'container', 'main.mjs');
const CORPUS = join(root, '..', 'shared', 'data', 'sms-spam-collection.tsv');
const LUA = join(root, 'bench', 'http', 'rotate.lua');
const GC_ON_SIGNAL = join(root, 'bench', 'http', 'gc-on-signal.mjs');
const TOKEN = 'bench-hostile-load-admin-token-0123456789abcdef';
const TARGET = { throughputRatio: 0.8, heapGrowth: 1.1 };

const { values: opts } = parseArgs({
  options: {
    duration: { type: 'string', default: '6' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    hostile: { type: 'string', default: '20' },
    workers: { type: 'string' },
    soak: { type: 'string', default: '10000' },
    only: { type: 'string', default: 'throughput,soak' },
    json: { type: 'boolean', default: false },
  },
});

register();
const { GENERATORS, bodyOf, generate } = await import('../shared/classifier/adversarial-texts.ts');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolvePort(port));
    });
  });
}

async function startServer(env, nodeArgs, logFile) {
  const port = await freePort();
  const fd = openSync(logFile, 'w');
  const child = spawn(process.execPath, [...nodeArgs, SERVER, 'server', '--host', '127.0.0.1'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'INFO',
      ACCESS_LOG: 'true',
      ...env,
      PORT: String(port),
    },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}); see ${logFile}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) });
      if (r.status === 200) return { port, child };
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`no 200 from /health on port ${port}`);
}

function stop(child) {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

function ordinaryBodies(file) {
  const texts = existsSync(CORPUS)
    ? [
        ...new Set(
          readFileSync(CORPUS, 'utf8')
            .split('\n')
            .filter((l) => l.includes('\t'))
            .map((l) => l.slice(l.indexOf('\t') + 1).replace(/\r$/, ''))
            .filter((t) => t.length > 0),
        ),
      ].slice(0, 2000)
    : ['Are we still on for lunch tomorrow at 12?', 'Your verification code is 482913.'];
  writeFileSync(file, `${texts.map((t) => bodyOf(t)).join('\n')}\n`);
  return texts.length;
}

function wrk(url, seconds, bodiesFile) {
  return new Promise((done, reject) => {
    const args = ['-t', '1', '-c', opts.connections, '-d', `${seconds}s`, '--timeout', '5s', '-s', LUA];
    const child = spawn('wrk', [...args, url, '--', bodiesFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('WRK_RESULT '));
      if (code !== 0 || !line) return reject(new Error(`wrk failed (${code}): ${out}`));
      const r = JSON.parse(line.slice('WRK_RESULT '.length));
      const seconds = r.duration_us / 1e6;
      done({
        rps: r.requests / seconds,
        p50Ms: r.latency_us.p50 / 1000,
        p99Ms: r.latency_us.p99 / 1000,
        non2xx: r.non2xx,
        non2xxByStatus: r.non2xx_by_status,
        socketErrors: r.errors.connect + r.errors.read + r.errors.write + r.errors.timeout,
      });
    });
  });
}

/** One POST of `body`; its status and milliseconds (status 0: failed on the wire). */
function post(port, agent, path, body, headers = {}) {
  return new Promise((done) => {
    const t0 = performance.now();
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: body === undefined ? 'GET' : 'POST',
        agent,
        headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          done({
            status: res.statusCode,
            ms: performance.now() - t0,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', () => done({ status: 0, ms: performance.now() - t0, body: '' }));
    req.end(body);
  });
}

/** A body of its own for the i-th hostile request: generator i mod n, seed i. */
const hostileBody = (i) => bodyOf(generate(GENERATORS[i % GENERATORS.length], 65536, 1 + i));

/** `n` connections sending hostile bodies back to back until `stop()`; counts by status. */
function hostileLoad(port, n, pool) {
  const agent = new Agent({ keepAlive: true, maxSockets: n });
  const statuses = {};
  const times = [];
  let running = true;
  let i = 0;
  const loops = Array.from({ length: n }, async () => {
    while (running) {
      const r = await post(port, agent, '/v1/classify', pool[i++ % pool.length]);
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      times.push(r.ms);
    }
  });
  return async () => {
    running = false;
    await Promise.all(loops);
    agent.destroy();
    return { requests: times.length, statuses, p50Ms: times.length ? median(times) : 0 };
  };
}

async function throughput(tmp) {
  const workers = Number(opts.workers ?? availableParallelism());
  const bodiesFile = join(tmp, 'bodies.jsonl');
  const count = ordinaryBodies(bodiesFile);
  // Bodies made before the rounds, so making them takes no CPU from the server during a round:
  // 248 texts of their own, so each comes back only every 248 hostile requests (a round sends
  // ~1,000-1,800), by when the bounded caches have mostly turned over.
  const pool = Array.from({ length: 8 * GENERATORS.length }, (_, i) => hostileBody(i));
  const { port, child } = await startServer({ WORKERS: String(workers) }, [], join(tmp, 'throughput.log'));
  const url = `http://127.0.0.1:${port}/v1/classify`;
  const seconds = Number(opts.duration);
  const hostile = Number(opts.hostile);
  const rounds = [];
  try {
    await wrk(url, 2, bodiesFile); // warm-up
    for (let r = 0; r < Number(opts.rounds); r++) {
      const round = {};
      for (const withHostile of r % 2 === 0 ? [false, true] : [true, false]) {
        if (withHostile) {
          const stopHostile = hostileLoad(port, hostile, pool);
          await sleep(500);
          round.withHostile = await wrk(url, seconds, bodiesFile);
          round.hostile = await stopHostile();
        } else {
          round.alone = await wrk(url, seconds, bodiesFile);
        }
      }
      round.ratio = round.withHostile.rps / round.alone.rps;
      rounds.push(round);
      if (!opts.json)
        console.log(
          `  round ${r + 1}: ${Math.round(round.alone.rps)} req/s alone, ${Math.round(round.withHostile.rps)} with ${hostile} hostile connections (${round.hostile.requests} hostile requests, ${JSON.stringify(round.hostile.statuses)}): ${round3(round.ratio)}`,
        );
    }
  } finally {
    await stop(child);
  }
  const pick = (f) => median(rounds.map(f));
  const failures = rounds.reduce(
    (n, r) =>
      n +
      r.alone.socketErrors +
      r.withHostile.socketErrors +
      Object.entries({ ...r.alone.non2xxByStatus, ...r.withHostile.non2xxByStatus })
        .filter(([s]) => Number(s) >= 500)
        .reduce((a, [, k]) => a + k, 0),
    0,
  );
  return {
    workers,
    ordinaryBodies: count,
    hostileConnections: hostile,
    seconds,
    aloneRps: Math.round(pick((r) => r.alone.rps)),
    withHostileRps: Math.round(pick((r) => r.withHostile.rps)),
    ratio: round(
      pick((r) => r.ratio),
      3,
    ),
    aloneP99Ms: round(pick((r) => r.alone.p99Ms)),
    withHostileP99Ms: round(pick((r) => r.withHostile.p99Ms)),
    hostileRps: Math.round(pick((r) => r.hostile.requests / seconds)),
    hostileP50Ms: round(pick((r) => r.hostile.p50Ms)),
    failures,
    rounds,
  };
}

const round3 = (x) => x.toFixed(3);

async function soak(tmp) {
  const n = Number(opts.soak);
  const { port, child } = await startServer(
    { WORKERS: '1', ADMIN_TOKEN: TOKEN, ACCESS_LOG: 'true' },
    ['--expose-gc', '--import', GC_ON_SIGNAL],
    join(tmp, 'soak.log'),
  );
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  const statuses = {};
  const heap = async () => {
    child.kill('SIGUSR2');
    await sleep(500);
    const r = await post(port, agent, '/admin/status', undefined, { authorization: `Bearer ${TOKEN}` });
    return JSON.parse(r.body).memory.heapUsedBytes;
  };
  const started = Date.now();
  let next = 0;
  let atHundred;
  const send = async (upTo) => {
    const loops = Array.from({ length: 4 }, async () => {
      while (next < upTo) {
        const r = await post(port, agent, '/v1/classify', hostileBody(next++));
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      }
    });
    await Promise.all(loops);
  };
  try {
    await send(100);
    atHundred = await heap();
    await send(n);
    const atEnd = await heap();
    return {
      requests: n,
      statuses,
      seconds: round((Date.now() - started) / 1000, 1),
      heapAfter100MiB: round(atHundred / 2 ** 20),
      heapAfterAllMiB: round(atEnd / 2 ** 20),
      growth: round(atEnd / atHundred, 3),
    };
  } finally {
    agent.destroy();
    await stop(child);
  }
}

if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build`);
const only = new Set(opts.only.split(','));
const tmp = mkdtempSync(join(tmpdir(), 'smsjunk-bench-hostile-'));
const result = {
  benchmark: 'hostile-load',
  date: new Date().toISOString(),
  node: process.version,
  command: `node bench/hostile-load.mjs ${process.argv.slice(2).join(' ')}`.trim(),
  cpus: cpus().length,
  loadAverage: loadavg().map((l) => round(l)),
  target: TARGET,
};
if (!opts.json)
  console.log(
    `bench/hostile-load: ${result.command}; ${cpus().length} CPUs, node ${process.version}, load average ${result.loadAverage.join(' ')}`,
  );
let failed = false;
try {
  if (only.has('throughput')) {
    try {
      execWrkCheck();
      result.throughput = await throughput(tmp);
      failed ||= result.throughput.failures > 0;
    } catch (err) {
      if (err.code !== 'ENOENT') throw err;
      console.log(
        'bench/hostile-load: throughput skipped: wrk is not installed (Debian: apt-get install -y wrk)',
      );
    }
  }
  if (only.has('soak')) result.soak = await soak(tmp);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

function execWrkCheck() {
  if (!process.env.PATH?.split(':').some((d) => existsSync(join(d, 'wrk'))))
    throw Object.assign(new Error('wrk missing'), { code: 'ENOENT' });
}

mkdirSync(join(root, 'bench/results'), { recursive: true });
const out = join(root, 'bench/results', `hostile-load-${result.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
if (opts.json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const t = result.throughput;
  if (t)
    console.log(
      `ordinary requests (wrk -c${opts.connections}, ${t.workers} workers): ${t.aloneRps} req/s alone (p99 ${t.aloneP99Ms} ms), ${t.withHostileRps} req/s with ${t.hostileConnections} hostile connections (p99 ${t.withHostileP99Ms} ms): ${t.ratio} of it (target >= ${TARGET.throughputRatio}); the hostile ones: ${t.hostileRps} req/s, p50 ${t.hostileP50Ms} ms`,
    );
  const s = result.soak;
  if (s)
    console.log(
      `heap soak (WORKERS=1, ${s.requests} adversarial 64 KiB requests in ${s.seconds} s, ${JSON.stringify(s.statuses)}): ${s.heapAfter100MiB} MiB after 100, ${s.heapAfterAllMiB} MiB after all: ${s.growth}x (target <= ${TARGET.heapGrowth}x)`,
    );
  console.log(`written to ${out}`);
}
process.exit(failed ? 1 : 0);
