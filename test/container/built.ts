/**
 * The built container (`dist/container/main.mjs server`, built by `npm test`) as a real process on
 * 127.0.0.1: its JSON log lines from stdout and stderr, waited on by predicate (never by time).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const MAIN = fileURLToPath(new URL('../../dist/container/main.mjs', import.meta.url));
export const BUILT = existsSync(MAIN);

export type LogLine = Record<string, unknown>;

export class BuiltServer {
  readonly child: ChildProcess;
  readonly lines: LogLine[] = [];
  /** Lines on stdout or stderr that are not one JSON object. */
  readonly foreign: string[] = [];
  stdout = '';
  stderr = '';
  readonly exited: Promise<number | null>;
  #waiters: (() => void)[] = [];

  readonly workers: number;

  /** `workers`: 1 (one process) or more (the cluster); `env` is all the child gets besides PATH and HOME. */
  constructor(workers: number, env: Record<string, string> = {}, args: readonly string[] = []) {
    this.workers = workers;
    const argv = [
      MAIN,
      'server',
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--workers',
      String(workers),
      ...args,
    ];
    this.child = spawn(process.execPath, argv, {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.#collect(this.child.stdout, (d) => {
      this.stdout += d;
    });
    this.#collect(this.child.stderr, (d) => {
      this.stderr += d;
    });
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code) => {
        this.#wake();
        resolve(code);
      }),
    );
  }

  #collect(stream: NodeJS.ReadableStream | null, keep: (d: string) => void): void {
    let partial = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (d: string) => {
      keep(d);
      partial += d;
      const parts = partial.split('\n');
      partial = parts.pop() ?? '';
      for (const p of parts) {
        if (!p.trim()) continue;
        try {
          const o = JSON.parse(p) as unknown;
          if (typeof o === 'object' && o !== null && !Array.isArray(o)) this.lines.push(o as LogLine);
          else this.foreign.push(p);
        } catch {
          this.foreign.push(p);
        }
      }
      this.#wake();
    });
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves with the first `count` lines matching, as soon as they are printed. */
  async waitFor(pred: (l: LogLine) => boolean, what: string, count = 1): Promise<LogLine[]> {
    for (;;) {
      const found = this.lines.filter(pred);
      if (found.length >= count) return found;
      if (this.child.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`no ${what} (x${count}) before exit; ${this.tail()}`);
      }
      await new Promise<void>((r) => this.#waiters.push(r));
    }
  }

  /** The port, once listening (with a cluster: once every worker listens). */
  async port(): Promise<number> {
    if (this.workers > 1) {
      await this.waitFor((l) => l.message === 'worker listening', 'every worker listening', this.workers);
    }
    const [l] = await this.waitFor(
      (l) => l.message === 'listening' && (this.workers === 1 || l.workers !== undefined),
      'listening',
    );
    return Number(l?.port);
  }

  tail(): string {
    return `stdout: ${this.stdout.slice(-2000)} stderr: ${this.stderr.slice(-2000)}`;
  }

  signal(name: NodeJS.Signals): void {
    if (this.child.pid) process.kill(this.child.pid, name);
  }

  stop(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.signal('SIGKILL');
  }
}
