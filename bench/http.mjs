// HTTP load benchmark, in one run and under one load: the built container server (every
// middleware, access log on), the floor (bench/http/bare-server.mjs: a bare node:http cluster that
// parses the same JSON and calls the same classifier), and the original Go design
// (/work/shared/peers/go-seed: Go, chi, libyara, 22 rules, no normalisation or model; it does less
// work per message), each driven by wrk with the same POST /v1/classify bodies.
//
//   npm run bench                        (all benchmarks, after a build)
//   node bench/http.mjs [--duration 8] [--warmup 2] [--rounds 3] [--connections 50] [--threads 1]
//                       [--workers N] [--bodies 2000] [--only server,bare,go] [--access-log on|off]
//                       [--profile DIR] [--before PATH] [--scrape-interval 250]
//
// Bodies: the first --bodies distinct messages of ../shared/data/sms-spam-collection.tsv (UCI),
// with senders of every kind, rotated by bench/http/rotate.lua; a built-in set when the corpus is
// missing. The three targets start together and stay up; the rounds interleave them (server, bare,
// go, server, ...), each a warm-up then the measured run, and each target's figures are the median
// of its rounds, so a neighbour's load on this shared machine falls on all three alike. Prints
// requests/s, p50/p99 latency, CPU per request, errors, and the ratios server/bare and server/go;
// writes everything to bench/results/http-<time>.json. Exit status 1 when a run saw errors,
// non-2xx answers or message text in the server's log.
//
// --before PATH adds a fourth target, `before`: another build of the server (PATH to its
// dist/container/main.mjs, e.g. main's), run exactly as `server`, to compare two versions in one run.
//
// Metrics (issue 12): `server` records every metric (METRICS_ENABLED, the default) and serves
// Prometheus on its own port, which the bench scrapes every --scrape-interval ms (default 250, far
// more often than a real 15 s scrape) during each measured run, timing each scrape; `nometrics` is
// the same build with METRICS_ENABLED=false, interleaved with it, so server/nometrics is what
// recording metrics costs in throughput, and the scrape times are taken under the full load.
//
// --profile DIR runs the server with --cpu-prof (a .cpuprofile per process in DIR, for a flame
// graph in Chrome DevTools or speedscope) and an event-loop delay histogram per process
// (perf_hooks.monitorEventLoopDelay, printed to DIR/loop-delay-<pid>.json at exit).
//
// Needs wrk (Debian: apt-get install -y wrk) and, for the Go target, go-seed built by its
// ./build.sh into $GO_SEED_DIR (default $TMPDIR/go-seed); a missing one is skipped and said so.
import { execFileSync, spawn } from 'node:child_process';
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
import { createServer } from 'node:net';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(root, '..', 'shared', 'data', 'sms-spam-collection.tsv');
const SERVER = join(root, 'dist', 'container', 'main.mjs');
const BARE = join(root, 'dist', 'bench-bare', 'bare-server.mjs');
const LOOP_DELAY = join(root, 'bench', 'http', 'loop-delay.mjs');
const LUA = join(root, 'bench', 'http', 'rotate.lua');
const GO_SEED_SRC = '/work/shared/peers/go-seed';
const GO_SEED = join(process.env.GO_SEED_DIR ?? join(process.env.TMPDIR ?? '/tmp', 'go-seed'), 'go-seed');
/** The figures issue 10 asks of the server, against the targets measured in the same run. */
const TARGET = { overBare: 0.85, overGo: 1.0, p99Ms: 10, metricsCost: 0.05, scrapeMs: 50 };

const { values: opts } = parseArgs({
  options: {
    duration: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    threads: { type: 'string', default: '1' },
    workers: { type: 'string' },
    bodies: { type: 'string', default: '2000' },
    only: { type: 'string', default: 'server,nometrics,bare,go' },
    'scrape-interval': { type: 'string', default: '250' },
    'access-log': { type: 'string', default: 'on' },
    profile: { type: 'string' },
    before: { type: 'string' },
  },
});

const FALLBACK_MESSAGES = [
  'Are we still on for lunch tomorrow at 12?',
  'WINNER!! As a valued network customer you have been selected to receive a £900 prize reward! To claim call 09061701461. Claim code KL341. Valid 12 hours only.',
  'Your package could not be delivered. Update your address at https://usps-redelivery.example/track?id=88213 within 24h',
  'Your verification code is 482913. Do not share it with anyone.',
  "I'll be home late, don't wait for dinner",
  'Free entry in 2 a wkly comp to win FA Cup final tkts 21st May 2005. Text FA to 87121 to receive entry question(std txt rate)',
  'Your bank account has been locked. Verify your identity at http://secure-bank-login.example/verify',
  'Sorry, I missed your call. Will ring you back in 10 min',
];

const SENDERS = [
  '+14085550001',
  '87121',
  '+447700900123',
  'AMAZON',
  'alerts@example.com',
  '',
  '+12025550143',
  '80082',
];

function loadMessages(limit) {
  if (!existsSync(CORPUS)) {
    console.log(`bench/http: ${CORPUS} not found; using ${FALLBACK_MESSAGES.length} built-in messages`);
    return FALLBACK_MESSAGES;
  }
  const texts = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => line.slice(line.indexOf('\t') + 1).replace(/\r$/, ''))
    .filter((t) => t.length > 0);
  return [...new Set(texts)].slice(0, limit);
}

/** Apple's deferral body, one JSON document a line (JSON.stringify escapes every newline). */
function writeBodies(messages, file) {
  const lines = messages.map((text, i) =>
    JSON.stringify({
      _version: 1,
      query: { sender: SENDERS[i % SENDERS.length], message: { text } },
      app: { version: '1.0' },
    }),
  );
  writeFileSync(file, `${lines.join('\n')}\n`);
  return lines.length;
}

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

async function waitHealthy(port, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  child.once('exit', (code, signal) => {
    exited = `exited (${code ?? signal})`;
  });
  while (Date.now() < deadline) {
    if (exited) throw new Error(`the process ${exited} before it answered`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) });
      if (r.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no 200 from /health on port ${port} within ${timeoutMs} ms`);
}

function stop(child) {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    child.kill('SIGTERM');
  });
}

function wrk(url, seconds, bodiesFile) {
  return new Promise((done, reject) => {
    const args = [
      '-t',
      opts.threads,
      '-c',
      opts.connections,
      '-d',
      `${seconds}s`,
      '--timeout',
      '5s',
      '-s',
      LUA,
    ];
    const child = spawn('wrk', [...args, url, '--', bodiesFile], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('WRK_RESULT '));
      if (code !== 0 || !line) return reject(new Error(`wrk failed (${code}): ${err || out}`));
      done(JSON.parse(line.slice('WRK_RESULT '.length)));
    });
  });
}

/** The process and its descendants (cluster workers), from /proc (Linux); [] elsewhere. */
function processTree(pid) {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      const children = readFileSync(`/proc/${pids[i]}/task/${pids[i]}/children`, 'utf8').trim();
      if (children) pids.push(...children.split(/\s+/).map(Number));
    } catch {
      if (i === 0) return [];
    }
  }
  return pids;
}

const CLOCK_TICK_S = 0.01; // USER_HZ is 100 on Linux

/** User plus system CPU seconds of these processes (utime and stime of /proc/PID/stat). */
function cpuSeconds(pids) {
  let total = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_S;
    } catch {
      // gone
    }
  }
  return total;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function startTarget(t, workers, tmp) {
  const port = await freePort();
  const metricsPort = t.scrape ? await freePort() : undefined;
  const logFile = join(tmp, `${t.name}.log`);
  const fd = openSync(logFile, 'w');
  const child = spawn(t.command, [...t.args(port)], {
    cwd: root,
    env: {
      ...process.env,
      ...t.env,
      PORT: String(port),
      WORKERS: String(workers),
      ...(metricsPort ? { METRICS_PORT: String(metricsPort) } : {}),
    },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  await waitHealthy(port, child);
  return { ...t, port, metricsPort, child, logFile, url: `http://127.0.0.1:${port}/v1/classify`, runs: [] };
}

async function measure(target, bodiesFile) {
  if (Number(opts.warmup) > 0) await wrk(target.url, Number(opts.warmup), bodiesFile);
  const pids = processTree(target.child.pid);
  const cpuBefore = cpuSeconds(pids);
  const scraping = target.metricsPort
    ? scrapeLoop(target.metricsPort, Number(opts['scrape-interval']))
    : undefined;
  const r = await wrk(target.url, Number(opts.duration), bodiesFile);
  const scrapes = scraping ? await scraping.stop() : undefined;
  const cpu = cpuSeconds(pids) - cpuBefore;
  const seconds = r.duration_us / 1e6;
  const errors = r.errors.connect + r.errors.read + r.errors.write + r.errors.timeout;
  return {
    requests: r.requests,
    rps: Math.round(r.requests / seconds),
    p50Ms: r.latency_us.p50 / 1000,
    p99Ms: r.latency_us.p99 / 1000,
    maxMs: r.latency_us.max / 1000,
    cpuUsPerRequest: pids.length ? Math.round((cpu * 1e6) / Math.max(1, r.requests)) : undefined,
    non2xx: r.non2xx,
    non2xxByStatus: r.non2xx_by_status,
    socketErrors: errors,
    ...(scrapes ? { scrapeMs: scrapes } : {}),
  };
}

/** GET /metrics one after the other, every `intervalMs`, until stopped; resolves with each scrape's time (ms). */
function scrapeLoop(port, intervalMs) {
  const times = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const t0 = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/metrics`);
      const text = await res.text();
      if (res.status !== 200 || !text.includes('smsjunk_classifications_total'))
        throw new Error('bad scrape');
      times.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return times;
    },
  };
}

function summary(t) {
  const pick = (k) => median(t.runs.map((r) => r[k]));
  return {
    name: t.name,
    rounds: t.runs.length,
    rps: Math.round(pick('rps')),
    p50Ms: pick('p50Ms'),
    p99Ms: pick('p99Ms'),
    maxMs: Math.max(...t.runs.map((r) => r.maxMs)),
    cpuUsPerRequest:
      t.runs[0]?.cpuUsPerRequest === undefined ? undefined : Math.round(pick('cpuUsPerRequest')),
    non2xx: t.runs.reduce((n, r) => n + r.non2xx, 0),
    socketErrors: t.runs.reduce((n, r) => n + r.socketErrors, 0),
    ...(t.runs[0]?.scrapeMs ? { scrape: scrapeSummary(t.runs.flatMap((r) => r.scrapeMs)) } : {}),
    runs: t.runs,
  };
}

function scrapeSummary(times) {
  const s = [...times].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { count: s.length, p50Ms: q(0.5), p99Ms: q(0.99), maxMs: s[s.length - 1] };
}

function fmt(s) {
  const errs = s.non2xx + s.socketErrors;
  const each = s.runs.map((r) => `${r.rps}/${r.p99Ms.toFixed(1)}`).join(' ');
  return `${s.name.padEnd(7)} ${String(s.rps).padStart(7)} req/s   p50 ${s.p50Ms.toFixed(2).padStart(6)} ms   p99 ${s.p99Ms
    .toFixed(2)
    .padStart(
      6,
    )} ms   max ${s.maxMs.toFixed(1).padStart(6)} ms   ${s.cpuUsPerRequest === undefined ? '' : `CPU ${s.cpuUsPerRequest} µs/req   `}${
    errs === 0 ? 'no errors' : `${s.non2xx} non-2xx, ${s.socketErrors} socket errors`
  }   (rounds req/s / p99 ms: ${each})`;
}

/** No message text may reach a log line: look for the longest texts we sent in the server's log. */
function leakedTexts(logFile, messages) {
  const log = readFileSync(logFile, 'utf8');
  return messages
    .filter((m) => m.length >= 40)
    .slice(0, 200)
    .filter((m) => log.includes(m.slice(0, 40))).length;
}

async function main() {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
  } catch (err) {
    // wrk --version exits 1 after printing; only a missing binary is a skip.
    if (err.code === 'ENOENT') {
      console.log('bench/http: skipped: wrk is not installed (Debian: apt-get install -y wrk)');
      return 0;
    }
  }
  const only = new Set(opts.only.split(','));
  if (only.has('server') && !existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build`);
  if (only.has('go') && !existsSync(GO_SEED)) {
    console.log(`bench/http: go-seed skipped: ${GO_SEED} missing (build it: ${GO_SEED_SRC}/build.sh)`);
    only.delete('go');
  }
  if (only.has('bare')) {
    // the floor, bundled exactly as the server is (same esbuild settings, rules, model and addon beside it)
    const { build } = await import('../build.mjs');
    await build([
      { name: 'bench-bare', entry: 'bench/http/bare-server.mjs', out: 'bare-server.mjs', minify: false },
    ]);
  }
  const workers = Number(opts.workers ?? availableParallelism());
  const tmp = mkdtempSync(join(tmpdir(), 'smsjunk-bench-http-'));
  const bodiesFile = join(tmp, 'bodies.jsonl');
  const messages = loadMessages(Number(opts.bodies));
  const count = writeBodies(messages, bodiesFile);
  const profileDir = opts.profile ? resolve(opts.profile) : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const command = `node bench/http.mjs ${process.argv.slice(2).join(' ')}`.trim();
  console.log(
    `bench/http: ${command}\n  ${count} distinct bodies, wrk -t${opts.threads} -c${opts.connections}, ${opts.warmup}s warm-up + ${opts.duration}s x ${opts.rounds} rounds per target (interleaved), ${workers} workers, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  const definitions = [
    {
      name: 'server',
      command: process.execPath,
      // cluster workers inherit the primary's node flags (execArgv)
      args: () => [
        ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--import', LOOP_DELAY] : []),
        SERVER,
        'server',
        '--host',
        '127.0.0.1',
      ],
      env: {
        ACCESS_LOG: opts['access-log'] === 'off' ? 'false' : 'true',
        LOG_LEVEL: 'INFO',
        NODE_ENV: 'production',
        METRICS_ENABLED: 'true',
        ...(profileDir ? { LOOP_DELAY_DIR: profileDir } : {}),
      },
      scrape: true,
    },
    ...(opts.before
      ? [
          {
            name: 'before',
            command: process.execPath,
            args: () => [resolve(opts.before), 'server', '--host', '127.0.0.1'],
            env: {
              ACCESS_LOG: opts['access-log'] === 'off' ? 'false' : 'true',
              LOG_LEVEL: 'INFO',
              NODE_ENV: 'production',
            },
          },
        ]
      : []),
    {
      name: 'nometrics',
      command: process.execPath,
      args: () => [SERVER, 'server', '--host', '127.0.0.1'],
      env: {
        ACCESS_LOG: opts['access-log'] === 'off' ? 'false' : 'true',
        LOG_LEVEL: 'INFO',
        NODE_ENV: 'production',
        METRICS_ENABLED: 'false',
      },
    },
    { name: 'bare', command: process.execPath, args: () => [BARE], env: {} },
    {
      name: 'go',
      command: GO_SEED,
      args: (port) => ['server', '-port', String(port), '-rules', join(GO_SEED_SRC, 'sample.yar')],
      env: { GOMAXPROCS: String(workers) },
    },
  ].filter((d) => only.has(d.name) || d.name === 'before');
  // server and nometrics alternate, so a neighbour's load falls on both alike

  const targets = [];
  let broken = false;
  try {
    for (const d of definitions) targets.push(await startTarget(d, workers, tmp));
    for (let round = 0; round < Number(opts.rounds); round++) {
      for (const t of targets) t.runs.push(await measure(t, bodiesFile));
    }
    const results = targets.map(summary);
    for (const s of results) console.log(fmt(s));
    const server = results.find((r) => r.name === 'server');
    const bare = results.find((r) => r.name === 'bare');
    const go = results.find((r) => r.name === 'go');
    const before = results.find((r) => r.name === 'before');
    const nometrics = results.find((r) => r.name === 'nometrics');
    const ratios = {};
    if (server && nometrics) {
      ratios.serverOverNometrics = server.rps / nometrics.rps;
      const cost = 1 - ratios.serverOverNometrics;
      if (server.cpuUsPerRequest && nometrics.cpuUsPerRequest) {
        ratios.cpuServerOverNometrics = server.cpuUsPerRequest / nometrics.cpuUsPerRequest;
        console.log(
          `server/nometrics CPU per request: ${ratios.cpuServerOverNometrics.toFixed(3)}x (steadier than throughput on a shared machine)`,
        );
      }
      console.log(
        `server/nometrics: ${ratios.serverOverNometrics.toFixed(3)}x the throughput without metrics: recording costs ${(cost * 100).toFixed(1)}% (target <= ${TARGET.metricsCost * 100}%): ${cost <= TARGET.metricsCost ? 'met' : 'NOT met'}`,
      );
    }
    if (server?.scrape) {
      const sc = server.scrape;
      console.log(
        `scrape of /metrics under load: ${sc.count} scrapes, p50 ${sc.p50Ms.toFixed(1)} ms, p99 ${sc.p99Ms.toFixed(1)} ms, max ${sc.maxMs.toFixed(1)} ms (target <= ${TARGET.scrapeMs} ms): ${sc.maxMs <= TARGET.scrapeMs ? 'met' : 'NOT met'}`,
      );
    }
    if (server && before) {
      ratios.serverOverBefore = server.rps / before.rps;
      console.log(`server/before: ${ratios.serverOverBefore.toFixed(2)}x the other build's throughput`);
    }
    const leaked = targets.find((t) => t.name === 'server');
    if (server && leaked) {
      server.leakedTexts = leakedTexts(leaked.logFile, messages);
      console.log(`        message texts found in the server's log: ${server.leakedTexts}`);
    }
    if (server && bare) {
      ratios.serverOverBare = server.rps / bare.rps;
      console.log(
        `server/bare: ${ratios.serverOverBare.toFixed(2)}x the bare cluster's throughput with the same classifier (target >= ${TARGET.overBare}x): ${ratios.serverOverBare >= TARGET.overBare ? 'met' : 'NOT met'}`,
      );
    }
    if (server && go) {
      ratios.serverOverGo = server.rps / go.rps;
      console.log(
        `server/go:   ${ratios.serverOverGo.toFixed(2)}x the Go original's throughput (target >= ${TARGET.overGo}x; the Go original scans the raw text with 22 rules, no normalisation, no model): ${ratios.serverOverGo >= TARGET.overGo ? 'met' : 'NOT met'}`,
      );
    }
    if (server) {
      console.log(
        `server p99: ${server.p99Ms.toFixed(2)} ms at ${opts.connections} connections (target <= ${TARGET.p99Ms} ms): ${server.p99Ms <= TARGET.p99Ms ? 'met' : 'NOT met'}`,
      );
    }
    broken = results.some((r) => r.non2xx > 0 || r.socketErrors > 0 || (r.leakedTexts ?? 0) > 0);
    const dir = join(root, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `http-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(
      file,
      `${JSON.stringify({ date: new Date().toISOString(), command, node: process.version, cpus: cpus().length, loadavg: loadavg(), workers, bodies: count, options: opts, results, ratios }, null, 2)}\n`,
    );
    console.log(`bench/http: wrote ${file}`);
  } finally {
    await Promise.all(targets.map((t) => stop(t.child)));
    rmSync(tmp, { recursive: true, force: true });
  }
  if (profileDir) console.log(`bench/http: CPU profiles and event-loop delay histograms in ${profileDir}`);
  return broken ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(`bench/http: ${err.message}`);
    process.exitCode = 1;
  },
);
