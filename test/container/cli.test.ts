/**
 * The built CLI (`dist/container/main.mjs`, built by `npm test` before the tests) run as a real
 * process: version, help, configuration errors, a single-process server drained by SIGTERM, and a
 * cluster that replaces a killed worker.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { STABLE_MS } from '../../container/cluster.ts';
import { classifyBody } from '../api/fixtures.ts';
import { smallPack } from '../small-pack.ts';
import { classify, RawClient, request, tryConnect } from './helpers.ts';

const MAIN = fileURLToPath(new URL('../../dist/container/main.mjs', import.meta.url));
const built = existsSync(MAIN);
if (!built)
  console.log(`# skipping CLI tests: ${MAIN} is missing (npm test builds it; or run npm run build)`);

function run(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [MAIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
}

type LogLine = Record<string, unknown>;

/** A spawned server and its JSON log lines. */
class ServerProcess {
  readonly child: ChildProcess;
  readonly lines: LogLine[] = [];
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;

  constructor(args: string[], env: Record<string, string>) {
    this.child = spawn(process.execPath, [MAIN, 'server', '--host', '127.0.0.1', '--port', '0', ...args], {
      env: { ...process.env, ...smallPack(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // INFO lines on stdout, WARN and above on stderr (Powertools' console): both are the log
    const partial = { stdout: '', stderr: '' };
    for (const stream of ['stdout', 'stderr'] as const) {
      this.child[stream]?.setEncoding('utf8').on('data', (d: string) => {
        this[stream] += d;
        partial[stream] += d;
        const parts = partial[stream].split('\n');
        partial[stream] = parts.pop() ?? '';
        for (const p of parts) if (p.trim().startsWith('{')) this.lines.push(JSON.parse(p) as LogLine);
      });
    }
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  async waitFor(pred: (l: LogLine) => boolean, what: string, count = 1, ms = 20_000): Promise<LogLine[]> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.lines.filter(pred);
      if (found.length >= count) return found;
      if (Date.now() > deadline || this.child.exitCode !== null) {
        throw new Error(
          `no ${what} (x${count}); stdout: ${this.stdout.slice(-2000)} stderr: ${this.stderr.slice(-2000)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  stop(): void {
    if (this.child.exitCode === null && this.child.pid) process.kill(this.child.pid, 'SIGKILL');
  }
}

const started: ServerProcess[] = [];
after(() => {
  for (const s of started) s.stop();
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('smsjunk version', { skip: !built }, () => {
  it('returns the build stamp as text and as JSON', () => {
    const text = run(['version']);
    assert.equal(text.status, 0);
    assert.match(text.stdout, /^smsjunk \S+ \(built .+, git \S+\), rules [0-9a-f]{16}, node v\d+/);
    const json = run(['version', '--json']);
    const doc = JSON.parse(json.stdout);
    assert.deepEqual(Object.keys(doc).sort(), [
      'buildDate',
      'buildNumber',
      'gitHash',
      'rulesVersion',
      'runtime',
    ]);
    assert.notEqual(doc.gitHash, 'unknown', 'the build stamped a git hash');
  });

  it('returns usage for --help', () => {
    const r = run(['version', '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Usage: smsjunk version \[--json\]/);
  });
});

describe('smsjunk server', { skip: !built }, () => {
  it('returns usage listing every configuration flag for --help', () => {
    const r = run(['server', '--help']);
    assert.equal(r.status, 0);
    for (const flag of [
      '--port',
      '--workers',
      '--config',
      '--trusted-proxies',
      '--throttle-limit',
      '--headers-timeout-ms',
    ]) {
      assert.ok(r.stdout.includes(flag), flag);
    }
  });

  it('exits 2 listing every bad key at once', () => {
    const r = run(['server', '--port', 'x', '--workers=-1'], { LOG_LEVEL: 'LOUD', APPLE_APP_IDS: 'nope' });
    assert.equal(r.status, 2);
    for (const key of ['PORT:', 'WORKERS:', 'LOG_LEVEL:', 'APPLE_APP_IDS:'])
      assert.ok(r.stderr.includes(key), `${key} in ${r.stderr}`);
  });

  it('serves on one process, then drains on SIGTERM: /health 503, new connections refused, exit 0', async () => {
    const s = new ServerProcess([], { WORKERS: '1' });
    started.push(s);
    const [listening] = await s.waitFor((l) => l.message === 'listening', 'listening');
    const port = Number(listening?.port);
    const verdict = await classify(
      port,
      classifyBody('LEAK-CANARY-5150 You have WON a prize, call 09061701461', '+14085550123'),
    );
    assert.equal(verdict.status, 200);
    assert.ok(
      ['none', 'allow', 'junk', 'promotion', 'transaction'].includes(
        (verdict.json() as { action: string }).action,
      ),
    );
    assert.equal((await request(port, 'GET', '/health')).body, 'ok');

    // a keep-alive connection the server has taken (one answer on it), half a request on it
    const inFlight = await RawClient.connect(port);
    await inFlight.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n');
    await inFlight.waitFor(/ok$/);
    inFlight.received = '';
    await inFlight.write('GET /health HTTP/1.1\r\nHost: x\r\n');
    process.kill(s.child.pid as number, 'SIGTERM');
    await s.waitFor((l) => l.message === 'draining', 'draining');
    assert.equal(await tryConnect(port), 'ECONNREFUSED');
    await inFlight.write('\r\n');
    assert.match(await inFlight.waitFor(/draining$/), /^HTTP\/1\.1 503 /);
    assert.equal(await s.exited, 0);
    assert.ok(s.lines.some((l) => l.message === 'drained'));
    assert.ok(s.lines.some((l) => l.message === 'request' && l.path === '/v1/classify' && l.status === 200));
    assert.ok(!s.stdout.includes('LEAK-CANARY-5150'), 'no message text in the logs');
    assert.ok(!s.stdout.includes('4085550123'), 'no sender in the logs');
  });

  it('replaces a killed worker and stops every worker on SIGTERM', async () => {
    const s = new ServerProcess([], { WORKERS: '2', WORKER_RESTART_DELAY_MS: '100' });
    started.push(s);
    const first = await s.waitFor(
      (l) => l.message === 'worker listening',
      'two workers listening',
      2,
      30_000,
    );
    const port = Number(first[0]?.port);
    const victim = Number(first[0]?.pid);
    process.kill(victim, 'SIGKILL');
    const [died] = await s.waitFor((l) => l.message === 'worker died, replacing it', 'worker replaced');
    assert.equal(died?.pid, victim);
    // one that died young (within STABLE_MS of its start) waits the first back-off; one that took longer
    // to be killed (a loaded machine: two workers compiling the pack) is replaced at once. The rule is
    // read against the lifetime the line itself reports, so no wall-clock margin decides the test.
    const lived = Number(died?.livedMs);
    assert.equal(died?.delayMs, lived < STABLE_MS ? 100 : 0, `lived ${lived} ms`);
    const now = await s.waitFor((l) => l.message === 'worker listening', 'replacement listening', 3, 30_000);
    const pids = new Set(now.map((l) => Number(l.pid)));
    pids.delete(victim);
    for (let i = 0; i < 10; i++) assert.equal((await request(port, 'GET', '/version')).status, 200);
    process.kill(s.child.pid as number, 'SIGTERM');
    assert.equal(await s.exited, 0);
    for (const pid of pids) assert.equal(alive(pid), false, `worker ${pid} is gone`);
  });

  it('exits 0 when SIGTERM arrives while the workers are still starting', async () => {
    const s = new ServerProcess([], { WORKERS: '2' });
    started.push(s);
    await s.waitFor((l) => l.message === 'worker started', 'two workers started', 2, 30_000);
    assert.equal(
      s.lines.filter((l) => l.message === 'worker listening').length,
      0,
      'precondition: no worker listens yet (they compile the rules first)',
    );
    process.kill(s.child.pid as number, 'SIGTERM');
    assert.equal(await s.exited, 0, s.stdout);
    const stopped = s.lines.find((l) => l.message === 'stopped');
    assert.equal(stopped?.code, 0);
  });

  it('returns keep-alive connections spread evenly over the workers even when the environment asks for kernel balancing', async () => {
    const s = new ServerProcess([], { WORKERS: '2', NODE_CLUSTER_SCHED_POLICY: 'none' });
    started.push(s);
    const workers = await s.waitFor(
      (l) => l.message === 'worker listening',
      'two workers listening',
      2,
      30_000,
    );
    const port = Number(workers[0]?.port);
    const [primary] = await s.waitFor(
      (l) => l.message === 'listening' && 'workers' in l,
      'primary listening',
    );
    assert.equal(primary?.scheduling, 'round-robin');
    // each agent holds one keep-alive connection; the request id's prefix names the worker that answered
    const agents = Array.from({ length: 10 }, () => new http.Agent({ keepAlive: true, maxSockets: 1 }));
    try {
      // one connection after the other: round-robin hands them out in turn (the kernel would not)
      const replies = [];
      for (const agent of agents) replies.push(await request(port, 'GET', '/version', { agent }));
      const perWorker = new Map<string, number>();
      for (const r of replies) {
        assert.equal(r.status, 200);
        const prefix = String(r.headers['x-request-id']).split('-')[0] as string;
        perWorker.set(prefix, (perWorker.get(prefix) ?? 0) + 1);
      }
      assert.equal(perWorker.size, 2, `both workers answered: ${JSON.stringify([...perWorker])}`);
      for (const n of perWorker.values())
        assert.ok(n >= 4 && n <= 6, `uneven: ${JSON.stringify([...perWorker])}`);
    } finally {
      for (const a of agents) a.destroy();
    }
    process.kill(s.child.pid as number, 'SIGTERM');
    assert.equal(await s.exited, 0);
  });
});
