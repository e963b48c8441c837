/**
 * Both runtimes behind one small interface, for the Parameter Store scenarios. Each is the built
 * artifact in its own process, configured only through environment variables (the same ones in
 * both), so a scenario can change Parameter Store and watch the running process pick it up:
 *
 * - `container`: `dist/container/main.mjs server` on 127.0.0.1 (one worker), over real HTTP;
 * - `lambda`: `dist/lambda/handler.mjs` imported once in a fresh `node` process (the init phase),
 *   then invoked with API Gateway HTTP API (v2) events one at a time, as the Lambda runtime does.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { ask, ROOT, startContainer, type Target } from '../contract/targets.ts';
import type { SsmServer } from '../fixtures/ssm-server.ts';
import { until } from '../fixtures/until.ts';
import { loadEvent } from '../functions/fixtures.ts';

export type RuntimeKind = 'container' | 'lambda';
export const RUNTIMES: readonly RuntimeKind[] = ['container', 'lambda'];

export interface Answer {
  readonly status: number;
  readonly body: string;
}

export interface Request {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

export interface Runtime {
  readonly kind: RuntimeKind;
  request(q: Request): Promise<Answer>;
  /** Everything the process printed (its JSON log lines among it). */
  output(): string;
  /** The JSON log lines with this `message`. */
  logLines(message: string): Record<string, unknown>[];
  /** The process id: the same one for the whole scenario means it was never restarted. */
  readonly pid: number;
  /** True while the process that started is still running. */
  alive(): boolean;
  stop(): Promise<void>;
}

function jsonLines(text: string, message: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const o = JSON.parse(line) as Record<string, unknown>;
      if (o.message === message) out.push(o);
    } catch {
      // not a log line
    }
  }
  return out;
}

function requireBuilt(file: string): void {
  if (!existsSync(join(ROOT, file))) {
    throw new Error(`${file} is missing: run \`npm run build\` first (npm test does)`);
  }
}

async function containerRuntime(env: Record<string, string>): Promise<Runtime> {
  const target: Target = await startContainer(env);
  const status = await ask(target.url, { method: 'GET', path: '/health' });
  if (status.status !== 200) throw new Error(`container not healthy: ${status.status}`);
  const pids = /"pid":(\d+)/.exec(target.everything());
  const pid = Number(pids?.[1] ?? 0);
  let stopped = false;
  return {
    kind: 'container',
    pid,
    async request(q) {
      const a = await ask(target.url, {
        method: q.method,
        path: q.path,
        headers: q.headers ?? {},
        ...(q.body === undefined ? {} : { body: q.body }),
      });
      return { status: a.status, body: a.body.toString('utf8') };
    },
    output: () => target.everything(),
    logLines: (message) => jsonLines(target.everything(), message),
    alive: () => {
      if (stopped || !pid) return false;
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    },
    async stop() {
      stopped = true;
      await target.stop();
    },
  };
}

const RESULT = '@@RESULT@@';

/** The handler module, loaded once; one JSON event per stdin line, one result line per event. */
const LAMBDA_HOST = `
  import { createInterface } from 'node:readline';
  const { handler } = await import(process.argv[1]);
  let n = 0;
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    const { id, event } = JSON.parse(line);
    const deadline = Date.now() + 6000;
    const result = await handler(event, {
      awsRequestId: 'scenario-' + (++n), functionName: 'smsjunk-scenario-classify',
      functionVersion: '$LATEST', memoryLimitInMB: '512',
      invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:smsjunk-scenario-classify',
      logGroupName: '/aws/lambda/smsjunk-scenario-classify', logStreamName: 'scenario',
      callbackWaitsForEmptyEventLoop: true,
      getRemainingTimeInMillis: () => deadline - Date.now(),
    });
    process.stdout.write('\\n${RESULT}' + JSON.stringify({ id, result }) + '\\n');
  }`;

/** An API Gateway HTTP API (payload 2.0) event for one request, from the recorded fixture. */
export function httpApiEvent(q: Request, seq: number): Record<string, unknown> {
  const event = loadEvent(q.method === 'POST' ? 'http-api-v2' : 'http-api-v2-health');
  const headers: Record<string, string> = { ...event.headers };
  delete headers['content-length'];
  for (const [k, v] of Object.entries(q.headers ?? {})) headers[k.toLowerCase()] = v;
  if (q.body !== undefined) headers['content-length'] = String(Buffer.byteLength(q.body));
  else if (q.method === 'GET') headers['content-length'] = '0';
  event.headers = headers;
  event.rawPath = q.path;
  event.routeKey = `${q.method} ${q.path}`;
  event.requestContext.routeKey = event.routeKey;
  event.requestContext.http.method = q.method;
  event.requestContext.http.path = q.path;
  event.requestContext.requestId = `scenario${seq}=`;
  event.requestContext.timeEpoch = Date.now();
  event.body = q.body;
  if (q.body === undefined) delete event.body;
  event.isBase64Encoded = false;
  return event;
}

async function lambdaRuntime(env: Record<string, string>): Promise<Runtime> {
  requireBuilt('dist/lambda/handler.mjs');
  const handlerUrl = pathToFileURL(join(ROOT, 'dist/lambda/handler.mjs')).href;
  // Outside the repository and with a bare environment, like the Lambda runtime.
  const child: ChildProcess = spawn(
    process.execPath,
    ['--input-type=module', '-e', LAMBDA_HOST, handlerUrl],
    {
      cwd: tmpdir(),
      env: {
        PATH: process.env.PATH ?? '',
        AWS_LAMBDA_FUNCTION_NAME: 'smsjunk-scenario-classify',
        AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
        AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
        AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let printed = '';
  const waiting = new Map<number, (a: Answer) => void>();
  let exited = false;
  const gone = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  child.stderr?.on('data', (c: Buffer) => {
    printed += c.toString('utf8');
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  lines.on('line', (line) => {
    if (!line.startsWith(RESULT)) {
      printed += `${line}\n`;
      return;
    }
    const { id, result } = JSON.parse(line.slice(RESULT.length)) as {
      id: number;
      result: { statusCode: number; body?: string; isBase64Encoded?: boolean };
    };
    const body = result.isBase64Encoded
      ? Buffer.from(result.body ?? '', 'base64').toString('utf8')
      : (result.body ?? '');
    waiting.get(id)?.({ status: result.statusCode, body });
    waiting.delete(id);
  });
  let seq = 0;
  // One invocation at a time per instance, as Lambda does.
  let queue: Promise<unknown> = Promise.resolve();
  const runtime: Runtime = {
    kind: 'lambda',
    pid: child.pid ?? 0,
    request(q) {
      const id = ++seq;
      const answer = new Promise<Answer>((resolve, reject) => {
        if (exited) {
          reject(new Error(`the Lambda process has exited:\n${printed.slice(-3000)}`));
          return;
        }
        waiting.set(id, resolve);
        child.stdin?.write(`${JSON.stringify({ id, event: httpApiEvent(q, id) })}\n`);
        const timer = setTimeout(() => {
          if (waiting.delete(id)) reject(new Error(`no answer to ${q.method} ${q.path} in 15 s`));
        }, 15_000);
        timer.unref();
      });
      const turn = queue.then(() => answer);
      queue = turn.catch(() => {});
      return turn;
    },
    output: () => printed,
    logLines: (message) => jsonLines(printed, message),
    alive: () => !exited,
    async stop() {
      child.stdin?.end();
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await gone;
      clearTimeout(killer);
    },
  };
  // The init phase is over once the first invocation answers.
  const health = await runtime.request({ method: 'GET', path: '/health' });
  if (health.status !== 200) throw new Error(`lambda not healthy: ${health.status}\n${printed}`);
  return runtime;
}

export function startRuntime(kind: RuntimeKind, env: Record<string, string>): Promise<Runtime> {
  return kind === 'container' ? containerRuntime(env) : lambdaRuntime(env);
}

/** The body iOS sends for one message. */
export function classifyRequest(text: string, sender = '+14085550001'): Request {
  return {
    method: 'POST',
    path: '/v1/classify',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ _version: 1, query: { sender, message: { text } }, app: { version: '1.0' } }),
  };
}

export function statusRequest(token: string): Request {
  return { method: 'GET', path: '/admin/status', headers: { authorization: `Bearer ${token}` } };
}

export async function action(rt: Runtime, text: string): Promise<string> {
  const a = await rt.request(classifyRequest(text));
  if (a.status !== 200) throw new Error(`classify answered ${a.status}: ${a.body}`);
  return (JSON.parse(a.body) as { action: string }).action;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Makes a change to Parameter Store and waits until `check` sees it, while Parameter Store answers
 * only the first read after the change and holds the later ones: what `check` sees came from the
 * next refresh, i.e. within one TTL of the change, however slow the machine.
 */
export async function liveAfterOneRead<T>(
  ssm: SsmServer,
  change: () => void,
  what: string,
  check: () => Promise<T | undefined>,
) {
  const release = ssm.hold(1);
  try {
    change();
    return await until(what, check);
  } finally {
    release();
  }
}

/**
 * Runs `each` until /admin/status shows a refresh newer than the one it showed at the call: a
 * whole refresh (read and applied) that began after the state the caller has just seen.
 */
export async function throughRefresh(rt: Runtime, token: string, each: () => Promise<void>): Promise<void> {
  const lastAttemptAt = async () => {
    const a = await rt.request(statusRequest(token));
    if (a.status !== 200) throw new Error(`status answered ${a.status}: ${a.body}`);
    return (JSON.parse(a.body) as { refresh: { lastAttemptAt: string | null } }).refresh.lastAttemptAt;
  };
  const seen = await lastAttemptAt();
  await until('a refresh more', async () => {
    await each();
    return (await lastAttemptAt()) !== seen ? true : undefined;
  });
}
