// HTTP load benchmark: the built container server against a bare node:http cluster.
//
//   npm run bench                       (all benchmarks, after a build)
//   node bench/http.mjs [--duration 10] [--warmup 3] [--connections 50] [--threads 2]
//                       [--workers N] [--only server|bare] [--access-log on|off] [--log FILE]
//
// Starts `node dist/container/main.mjs server` (WORKERS = CPUs unless --workers, access log on,
// its log written to a temporary file) and bench/http/bare-server.mjs (same worker count, fixed
// JSON answer), then drives each with wrk: the same POST /v1/classify bodies (messages of
// ../shared/data/sms-spam-collection.tsv, or a built-in set when that is missing), rotated by
// bench/http/rotate.lua, a short warm-up, then the measured run. Prints requests/s, p50/p99
// latency, any non-2xx responses or socket errors, and the server/bare ratio; writes the figures
// to bench/results/http-<time>.json, with the CPU time each target's processes (primary and
// workers, from /proc on Linux) spent per request during the measured run. Exit status 1 when a run saw errors or non-2xx answers.
//
// Needs wrk, a C load generator (Debian: apt-get install -y wrk); a JavaScript load generator
// would be the bottleneck on a small machine. Without wrk the benchmark is skipped. Only
// 127.0.0.1 is used. The targets (>= 20,000 requests/s with the full chain and the access log,
// p99 <= 10 ms, no errors) are meant for an otherwise idle machine.
import { execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(root, '..', 'shared', 'data', 'sms-spam-collection.tsv');
const SERVER = join(root, 'dist', 'container', 'main.mjs');
const BARE = join(root, 'bench', 'http', 'bare-server.mjs');
const LUA = join(root, 'bench', 'http', 'rotate.lua');
const TARGET = { rps: 20_000, p99Ms: 10 };

const { values: opts } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    threads: { type: 'string', default: '2' },
    workers: { type: 'string' },
    only: { type: 'string' },
    'access-log': { type: 'string', default: 'on' },
    log: { type: 'string' },
  },
});

/** Messages that look like the traffic: ham and spam, short and long, with and without numbers. */
const FALLBACK_MESSAGES = [
  'Are we still on for lunch tomorrow at 12?',
  'Ok lar... Joking wif u oni...',
  'WINNER!! As a valued network customer you have been selected to receive a £900 prize reward! To claim call 09061701461. Claim code KL341. Valid 12 hours only.',
  'Your package could not be delivered. Update your address at https://usps-redelivery.example/track?id=88213 within 24h',
  'Your verification code is 482913. Do not share it with anyone.',
  "I'll be home late, don't wait for dinner",
  'URGENT! Your Mobile No. was awarded £2000 Bonus Caller Prize on 5/9/03. This is our final try to contact U! Call from Landline 09064019788 BOX42WR29C, 150PPM',
  'Toll notice: you have an unpaid balance of $6.99. Pay now to avoid a late fee: https://ezpass-pay.example.com',
  'Happy birthday!! Hope you have an amazing day 🎉',
  'Free entry in 2 a wkly comp to win FA Cup final tkts 21st May 2005. Text FA to 87121 to receive entry question(std txt rate)',
  'Can you pick up milk on the way back?',
  'Hi, is this Sarah? We met at the conference last week, I wanted to follow up about the investment opportunity',
  'Your Amazon order #112-4482913-2231 has shipped and will arrive Thursday.',
  'Congratulations! You have been chosen for a remote job, earn $500/day. Reply YES to learn more',
  'Sorry, I missed your call. Will ring you back in 10 min',
  'Your bank account has been locked. Verify your identity at http://secure-bank-login.example/verify',
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

function loadMessages() {
  if (!existsSync(CORPUS)) {
    console.log(`bench/http: ${CORPUS} not found; using ${FALLBACK_MESSAGES.length} built-in messages`);
    return FALLBACK_MESSAGES;
  }
  const texts = readFileSync(CORPUS, 'utf8')
    .split('\n')
    .map((line) => line.slice(line.indexOf('\t') + 1))
    .filter((t) => t.length > 0);
  return [...new Set(texts)];
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
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitHealthy(port, child, timeoutMs = 30_000) {
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
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function wrk(url, seconds, bodiesFile) {
  return new Promise((resolve, reject) => {
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
      resolve(JSON.parse(line.slice('WRK_RESULT '.length)));
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

/** User and system CPU seconds of each process (utime and stime of /proc/PID/stat). */
function cpuSeconds(pids) {
  const out = new Map();
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(pid, { user: Number(fields[11]) * CLOCK_TICK_S, system: Number(fields[12]) * CLOCK_TICK_S });
    } catch {
      // gone
    }
  }
  return out;
}

/** CPU the target used during the measured run: total µs per request, and each process's share. */
function cpuUse(before, after, requests, seconds) {
  let user = 0;
  let system = 0;
  const perProcess = [];
  for (const [pid, a] of after) {
    const b = before.get(pid) ?? { user: 0, system: 0 };
    const u = a.user - b.user;
    const s = a.system - b.system;
    user += u;
    system += s;
    perProcess.push({ pid, cpuPercent: Math.round(((u + s) / seconds) * 100) });
  }
  if (after.size === 0) return undefined;
  return {
    cpuUsPerRequest: Math.round((((user + system) * 1e6) / Math.max(1, requests)) * 10) / 10,
    userUsPerRequest: Math.round(((user * 1e6) / Math.max(1, requests)) * 10) / 10,
    systemUsPerRequest: Math.round(((system * 1e6) / Math.max(1, requests)) * 10) / 10,
    cpuPercent: Math.round(((user + system) / seconds) * 100),
    perProcess,
  };
}

function summarise(name, r) {
  const seconds = r.duration_us / 1e6;
  const errors = r.errors.connect + r.errors.read + r.errors.write + r.errors.timeout;
  return {
    name,
    requests: r.requests,
    rps: Math.round(r.requests / seconds),
    p50Ms: r.latency_us.p50 / 1000,
    p90Ms: r.latency_us.p90 / 1000,
    p99Ms: r.latency_us.p99 / 1000,
    maxMs: r.latency_us.max / 1000,
    non2xx: r.non2xx,
    non2xxByStatus: r.non2xx_by_status,
    socketErrors: errors,
    errors: r.errors,
  };
}

async function runTarget(name, command, args, env, logFile, workers, bodiesFile) {
  const port = await freePort();
  const fd = openSync(logFile, 'w');
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), WORKERS: String(workers) },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  try {
    await waitHealthy(port, child);
    const url = `http://127.0.0.1:${port}/v1/classify`;
    if (Number(opts.warmup) > 0) await wrk(url, Number(opts.warmup), bodiesFile);
    const logBefore = statSync(logFile).size;
    const pids = processTree(child.pid);
    const cpuBefore = cpuSeconds(pids);
    const raw = await wrk(url, Number(opts.duration), bodiesFile);
    const cpu = cpuUse(cpuBefore, cpuSeconds(pids), raw.requests, raw.duration_us / 1e6);
    const result = summarise(name, raw);
    if (cpu) result.cpu = cpu;
    result.logBytesPerRequest = Math.round(
      (statSync(logFile).size - logBefore) / Math.max(1, result.requests),
    );
    return result;
  } finally {
    await stop(child);
  }
}

/** No message text may reach a log line: look for the longest texts we sent in the server's log. */
function leakedTexts(logFile, messages) {
  const log = readFileSync(logFile, 'utf8');
  return messages
    .filter((m) => m.length >= 40)
    .slice(0, 200)
    .filter((m) => log.includes(m.slice(0, 40))).length;
}

function fmt(r) {
  const errs = r.non2xx + r.socketErrors;
  return `${r.name.padEnd(7)} ${String(r.rps).padStart(8)} req/s   p50 ${r.p50Ms.toFixed(2).padStart(6)} ms   p99 ${r.p99Ms
    .toFixed(2)
    .padStart(
      6,
    )} ms   max ${r.maxMs.toFixed(1).padStart(6)} ms   ${r.cpu ? `CPU ${r.cpu.cpuUsPerRequest} µs/req (${r.cpu.cpuPercent} %)   ` : ''}${errs === 0 ? 'no errors' : `${r.non2xx} non-2xx ${JSON.stringify(r.non2xxByStatus)}, ${r.socketErrors} socket errors`}`;
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
  const only = opts.only;
  if (only && only !== 'server' && only !== 'bare') throw new Error('--only must be server or bare');
  if (only !== 'bare' && !existsSync(SERVER)) throw new Error(`${SERVER} is missing: run npm run build`);

  const workers = Number(opts.workers ?? availableParallelism());
  const tmp = mkdtempSync(join(tmpdir(), 'smsjunk-bench-http-'));
  const bodiesFile = join(tmp, 'bodies.jsonl');
  const messages = loadMessages();
  const count = writeBodies(messages, bodiesFile);
  console.log(
    `bench/http: ${count} distinct bodies, ${opts.connections} connections, ${opts.threads} wrk threads, ` +
      `${opts.warmup}s warm-up + ${opts.duration}s per target, ${workers} workers, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );

  const results = [];
  const serverLog = opts.log ?? join(tmp, 'server.log');
  try {
    if (only !== 'bare') {
      const r = await runTarget(
        'server',
        process.execPath,
        [SERVER, 'server'],
        {
          ACCESS_LOG: opts['access-log'] === 'off' ? 'false' : 'true',
          LOG_LEVEL: 'INFO',
          NODE_ENV: 'production',
        },
        serverLog,
        workers,
        bodiesFile,
      );
      r.leakedTexts = leakedTexts(serverLog, messages);
      results.push(r);
      console.log(fmt(r));
      console.log(
        `        access log ${r.logBytesPerRequest} bytes/request; message texts found in the log: ${r.leakedTexts}`,
      );
    }
    if (only !== 'server') {
      const r = await runTarget(
        'bare',
        process.execPath,
        [BARE],
        {},
        join(tmp, 'bare.log'),
        workers,
        bodiesFile,
      );
      results.push(r);
      console.log(fmt(r));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const server = results.find((r) => r.name === 'server');
  const bare = results.find((r) => r.name === 'bare');
  if (server && bare)
    console.log(
      `server/bare: ${((server.rps / bare.rps) * 100).toFixed(1)} % of the bare cluster's throughput`,
    );
  if (server) {
    const ok =
      server.rps >= TARGET.rps && server.p99Ms <= TARGET.p99Ms && server.non2xx + server.socketErrors === 0;
    console.log(
      `target (>= ${TARGET.rps} req/s, p99 <= ${TARGET.p99Ms} ms, no errors, on an idle machine): ${ok ? 'met' : 'NOT met'}`,
    );
  }

  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `http-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, workers, options: opts, results }, null, 2)}\n`,
  );
  console.log(`bench/http: wrote ${file}`);
  const broken = results.some((r) => r.non2xx > 0 || r.socketErrors > 0 || (r.leakedTexts ?? 0) > 0);
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
