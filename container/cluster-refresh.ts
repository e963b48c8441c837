/**
 * `POST /admin/refresh` reaches every worker of the container. The worker that received it asks
 * the primary over cluster IPC; the primary has each listening worker refresh in turn (one at a
 * time: a rule compile holds a worker's event loop for about a second, and the others keep
 * serving meanwhile) and hands every outcome back. The answer is the receiving worker's own report
 * with `ok` true only when every worker is, `workers` (how many there are, answered, are ok),
 * `results` (each worker's report, by pid) and `errors` (all of them, once each: the first
 * worker's when several report the same problem).
 */
import type { Worker } from 'node:cluster';
import { sendToWorker } from './worker-send.ts';

type Report = Record<string, unknown>;

/** One worker's outcome. */
export interface WorkerResult {
  readonly pid: number;
  readonly report?: Report;
  /** Why there is no report (it did not answer in time, it exited, its refresh threw). */
  readonly error?: string;
}

type Message =
  | { smsjunk: 'refresh-all'; id: number }
  | { smsjunk: 'refresh'; id: number }
  | { smsjunk: 'refreshed'; id: number; report?: Report; error?: string }
  | { smsjunk: 'refresh-all-done'; id: number; results: WorkerResult[] };

function isMessage(m: unknown): m is Message {
  return typeof m === 'object' && m !== null && typeof (m as { smsjunk?: unknown }).smsjunk === 'string';
}

/** How long the primary waits for one worker's refresh (a Parameter Store read and a compile). */
export const WORKER_REFRESH_TIMEOUT_MS = 20_000;

/** The combined answer. */
export function combine(results: readonly WorkerResult[], self: number): Report {
  const own = results.find((r) => r.pid === self)?.report ?? {};
  const errors: Report[] = [];
  const seen = new Set<string>();
  const add = (e: Report) => {
    const { since: _since, failures: _failures, ...what } = e; // each worker saw it at its own time
    const key = JSON.stringify(what);
    if (!seen.has(key)) {
      seen.add(key);
      errors.push(e);
    }
  };
  for (const r of results) {
    if (r.report === undefined) add({ kind: 'worker', pid: r.pid, message: r.error ?? 'no answer' });
    for (const e of (r.report?.errors as Report[] | undefined) ?? []) add(e);
  }
  const ok = results.length > 0 && results.every((r) => r.report?.ok === true);
  return {
    ...own,
    ok,
    workers: {
      total: results.length,
      answered: results.filter((r) => r.report !== undefined).length,
      ok: results.filter((r) => r.report?.ok === true).length,
    },
    results: results.map((r) =>
      r.report ? { pid: r.pid, ...r.report } : { pid: r.pid, ok: false, error: r.error },
    ),
    errors,
  };
}

/** A single process: its own refresh, in the cluster's answer shape. */
export function singleRefresh(local: () => Promise<Report>): () => Promise<Report> {
  return async () => combine([await outcome(process.pid, local)], process.pid);
}

async function outcome(pid: number, local: () => Promise<Report>): Promise<WorkerResult> {
  try {
    return { pid, report: await local() };
  } catch (err) {
    return { pid, error: `refresh failed: ${err instanceof Error ? err.name : 'Error'}` };
  }
}

/**
 * A cluster worker: answers the primary's `refresh` with its own, and returns the refresh the
 * admin endpoint calls (every worker, through the primary).
 */
export function workerRefresh(local: () => Promise<Report>, timeoutMs = 120_000): () => Promise<Report> {
  const waiting = new Map<number, (results: WorkerResult[]) => void>();
  let next = 0;
  process.on('message', (m: unknown) => {
    if (!isMessage(m)) return;
    if (m.smsjunk === 'refresh') {
      void outcome(process.pid, local).then((r) =>
        process.send?.({ smsjunk: 'refreshed', id: m.id, report: r.report, error: r.error }),
      );
    } else if (m.smsjunk === 'refresh-all-done') {
      waiting.get(m.id)?.(m.results);
      waiting.delete(m.id);
    }
  });
  return () =>
    new Promise<Report>((resolve) => {
      const id = ++next;
      const timer = setTimeout(() => {
        waiting.delete(id);
        resolve(combine([{ pid: process.pid, error: 'the primary did not answer' }], process.pid));
      }, timeoutMs);
      timer.unref();
      waiting.set(id, (results) => {
        clearTimeout(timer);
        resolve(combine(results, process.pid));
      });
      process.send?.({ smsjunk: 'refresh-all', id });
    });
}

/** The primary's side: one fan-out at a time, each worker in turn. */
export class RefreshFanOut {
  readonly #workers: () => readonly Worker[];
  readonly #timeoutMs: number;
  /** Replies awaited, by fan-out id. */
  readonly #replies = new Map<number, (r: WorkerResult) => void>();
  #queue: Promise<void> = Promise.resolve();
  #next = 0;

  constructor(workers: () => readonly Worker[], timeoutMs = WORKER_REFRESH_TIMEOUT_MS) {
    this.#workers = workers;
    this.#timeoutMs = timeoutMs;
  }

  /** Give it every worker message (`cluster.on('message')`). */
  onMessage(worker: Worker, m: unknown): void {
    if (!isMessage(m)) return;
    if (m.smsjunk === 'refresh-all') {
      this.#queue = this.#queue.then(async () => {
        const results: WorkerResult[] = [];
        for (const w of this.#workers()) results.push(await this.#one(w));
        sendToWorker(worker, { smsjunk: 'refresh-all-done', id: m.id, results });
      });
    } else if (m.smsjunk === 'refreshed') {
      const pid = worker.process.pid ?? 0;
      this.#replies.get(m.id)?.(
        m.report ? { pid, report: m.report } : { pid, error: m.error ?? 'no report' },
      );
    }
  }

  #one(w: Worker): Promise<WorkerResult> {
    const pid = w.process.pid ?? 0;
    const id = ++this.#next;
    return new Promise<WorkerResult>((resolve) => {
      const done = (r: WorkerResult) => {
        clearTimeout(timer);
        w.off('exit', onExit);
        this.#replies.delete(id);
        resolve(r);
      };
      const onExit = () => done({ pid, error: 'the worker exited' });
      const timer = setTimeout(
        () => done({ pid, error: `no answer within ${this.#timeoutMs} ms` }),
        this.#timeoutMs,
      );
      this.#replies.set(id, done);
      w.once('exit', onExit);
      sendToWorker(w, { smsjunk: 'refresh', id }, () => done({ pid, error: 'the worker is gone' }));
    });
  }
}
