/**
 * The two runtimes under contract, each started as a real process on 127.0.0.1 and a free port:
 * the container server (`dist/container/main.mjs server`) and the Lambda handler served by
 * serverless-offline (`osls offline start --stage local`, as `npm run offline` does).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Target {
  readonly name: string;
  readonly url: string;
  /** The last lines the process printed, for a failure message. */
  output(): string;
  /** Everything the process printed so far (stdout and stderr); all of it once `stop()` resolved. */
  everything(): string;
  stop(): Promise<void>;
}

export interface HttpAnswer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface HttpAsk {
  readonly method: string;
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
}

/** One request on a fresh connection: raw bytes in, status, headers and raw bytes out. */
export function ask(baseUrl: string, q: HttpAsk): Promise<HttpAnswer> {
  const url = new URL(q.path, baseUrl);
  const body = q.body === undefined ? undefined : Buffer.from(q.body);
  const headers: Record<string, string> = { ...q.headers };
  if (body) headers['content-length'] = String(body.byteLength);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: q.path, method: q.method, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.setTimeout(15_000, () => req.destroy(new Error(`${q.method} ${q.path}: no answer in 15 s`)));
    req.end(body);
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** A clean environment: no test-runner variables, no AWS account, the given extras. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    LANG: 'C.UTF-8',
    SLS_TELEMETRY_DISABLED: '1',
    SLS_NOTIFICATIONS_MODE: 'off',
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    ...extra,
  };
}

function launch(
  name: string,
  args: string[],
  env: Record<string, string>,
  url: string,
  ready: () => Promise<boolean>,
) {
  // Its own process group, so stopping it also stops what it started (osls's lambda workers).
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const chunks: Buffer[] = [];
  const keep = (chunk: Buffer) => {
    chunks.push(chunk);
  };
  const everything = () => Buffer.concat(chunks).toString('utf8');
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  // 'close': the process has exited and everything it printed has been read
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const target: Target = {
    name,
    url,
    output: () => everything().split('\n').slice(-60).join('\n'),
    everything,
    async stop() {
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
        // SIGTERM drains: the process writes its last lines and exits
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
        const killer = setTimeout(() => {
          try {
            if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }, 5000);
        await exited;
        clearTimeout(killer);
      }
    },
  };
  return { target, child, ready };
}

async function waitUntilUp(started: ReturnType<typeof launch>, timeoutMs: number): Promise<Target> {
  const { target, child, ready } = started;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${target.name} exited with ${child.exitCode} before answering:\n${target.output()}`);
    }
    if (await ready().catch(() => false)) return target;
    await new Promise((r) => setTimeout(r, 200));
  }
  await target.stop();
  throw new Error(`${target.name} did not answer within ${timeoutMs} ms:\n${target.output()}`);
}

const healthy = (url: string) => async () =>
  (await ask(url, { method: 'GET', path: '/health' })).status === 200;

function requireBuilt(file: string): void {
  if (!existsSync(join(ROOT, file)))
    throw new Error(`${file} is missing: run \`npm run build\` first (npm test does)`);
}

export async function startContainer(env: Record<string, string>): Promise<Target> {
  requireBuilt('dist/container/main.mjs');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [
    'dist/container/main.mjs',
    'server',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--workers',
    '1',
  ];
  return waitUntilUp(launch('container', args, env, url, healthy(url)), 30_000);
}

export async function startOffline(env: Record<string, string>): Promise<Target> {
  requireBuilt('dist/lambda/handler.mjs');
  const [port, lambdaPort] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${port}`;
  const args = [join(ROOT, 'node_modules/osls/bin/serverless.js'), 'offline', 'start', '--stage', 'local'];
  const extra = { ...env, OFFLINE_PORT: String(port), OFFLINE_LAMBDA_PORT: String(lambdaPort) };
  return waitUntilUp(launch('serverless-offline', args, extra, url, healthy(url)), 60_000);
}
