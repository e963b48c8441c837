/** Helpers for the secrets tests: a recording log and polling with a deadline. */
import type { Log } from '../../shared/logger.ts';

export interface LogLine {
  readonly level: 'debug' | 'info' | 'warn' | 'error' | 'critical';
  readonly message: string;
  readonly fields: Record<string, unknown>;
}

export class RecordingLog implements Log {
  readonly lines: LogLine[] = [];
  debug(message: string, ...fields: Record<string, unknown>[]): void {
    this.lines.push({ level: 'debug', message, fields: Object.assign({}, ...fields) });
  }
  critical(message: string, ...fields: Record<string, unknown>[]): void {
    this.lines.push({ level: 'critical', message, fields: Object.assign({}, ...fields) });
  }
  info(message: string, ...fields: Record<string, unknown>[]): void {
    this.lines.push({ level: 'info', message, fields: Object.assign({}, ...fields) });
  }
  warn(message: string, ...fields: Record<string, unknown>[]): void {
    this.lines.push({ level: 'warn', message, fields: Object.assign({}, ...fields) });
  }
  error(message: string, ...fields: Record<string, unknown>[]): void {
    this.lines.push({ level: 'error', message, fields: Object.assign({}, ...fields) });
  }
  at(level: LogLine['level']): LogLine[] {
    return this.lines.filter((l) => l.level === level);
  }
  /** Everything logged, as text: for "this secret never appears" checks. */
  get text(): string {
    return JSON.stringify(this.lines);
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `check` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}
