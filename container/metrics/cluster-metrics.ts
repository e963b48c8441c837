/**
 * A container's metrics added up over its workers, through the primary (cluster IPC):
 *
 * - every worker pushes its store's snapshot to the primary each second (`metrics-push`), and
 *   answers when the primary asks for a fresh one (`metrics-snapshot`);
 * - a scrape of `/metrics` adds up the last snapshots at once (`latest()`: at most a second old,
 *   never waiting on a worker busy classifying); `/admin/status` and the EMF lines ask every
 *   worker first (`totals()`: exact); both add the primary's own counters (worker restarts) and what
 *   workers that exited had counted by their last snapshot, so the totals never go down when a
 *   worker is replaced (what a dead worker counted after its last snapshot is lost);
 * - a worker asks the primary for those totals (`metrics-totals`) for the per-rule counters of
 *   `/admin/status`.
 *
 * A worker answers with a copy of its counters (a map walk and a JSON message, well under a
 * millisecond): the scrape's work (merging, the Prometheus text) is the primary's.
 */
import type { Worker } from 'node:cluster';
import type { Snapshot } from '../../shared/metrics/store.ts';
import { mergeSnapshots } from '../../shared/metrics/store.ts';
import { sendToWorker } from '../worker-send.ts';

type Message =
  | { smsjunk: 'metrics-snapshot'; id: number }
  | { smsjunk: 'metrics-snapshot-reply'; id: number; snapshot: Snapshot }
  | { smsjunk: 'metrics-push'; snapshot: Snapshot }
  | { smsjunk: 'metrics-totals'; id: number }
  | { smsjunk: 'metrics-totals-reply'; id: number; snapshot: Snapshot };

function isMessage(m: unknown): m is Message {
  const k = (m as { smsjunk?: unknown } | null)?.smsjunk;
  return typeof k === 'string' && k.startsWith('metrics-');
}

/** How long the primary waits for a worker's snapshot before using its previous one. */
export const SNAPSHOT_TIMEOUT_MS = 1000;

/** The primary's side. */
export class ClusterMetrics {
  readonly #workers: () => readonly Worker[];
  readonly #own: () => Snapshot;
  readonly #timeoutMs: number;
  /** Each worker's last snapshot, by worker id. */
  readonly #last = new Map<number, Snapshot>();
  /** What exited workers had counted by their last answer. */
  #retired: Snapshot | undefined;
  readonly #waiting = new Map<number, (s: Snapshot) => void>();
  #next = 0;

  constructor(workers: () => readonly Worker[], own: () => Snapshot, timeoutMs = SNAPSHOT_TIMEOUT_MS) {
    this.#workers = workers;
    this.#own = own;
    this.#timeoutMs = timeoutMs;
  }

  /** Give it every worker message (`cluster.on('message')`). */
  onMessage(worker: Worker, m: unknown): void {
    if (!isMessage(m)) return;
    if (m.smsjunk === 'metrics-snapshot-reply') {
      this.#waiting.get(m.id)?.(m.snapshot);
    } else if (m.smsjunk === 'metrics-push') {
      this.#last.set(worker.id, m.snapshot);
    } else if (m.smsjunk === 'metrics-totals') {
      void this.totals().then((snapshot) => {
        sendToWorker(worker, { smsjunk: 'metrics-totals-reply', id: m.id, snapshot });
      });
    }
  }

  /** A worker is gone: what it counted stays in the totals. */
  onExit(worker: Worker): void {
    const last = this.#last.get(worker.id);
    if (last === undefined) return;
    this.#last.delete(worker.id);
    this.#retired = this.#retired ? mergeSnapshots([this.#retired, last]) : last;
  }

  /** Every worker's counters (asked now), the primary's and the retired workers', added up. */
  async totals(): Promise<Snapshot> {
    await Promise.all(this.#workers().map((w) => this.#ask(w)));
    return this.latest();
  }

  /** The same from the workers' last snapshots, without asking (at most one push interval old). */
  latest(): Snapshot {
    const parts = [this.#own(), ...this.#last.values()];
    if (this.#retired) parts.push(this.#retired);
    return mergeSnapshots(parts);
  }

  #ask(w: Worker): Promise<void> {
    const id = ++this.#next;
    return new Promise<void>((resolve) => {
      const done = (s?: Snapshot) => {
        clearTimeout(timer);
        this.#waiting.delete(id);
        if (s !== undefined) this.#last.set(w.id, s);
        resolve();
      };
      const timer = setTimeout(() => done(), this.#timeoutMs);
      this.#waiting.set(id, done);
      sendToWorker(w, { smsjunk: 'metrics-snapshot', id }, () => done());
    });
  }
}

/** How often a worker hands the primary its snapshot unasked. */
export const PUSH_INTERVAL_MS = 1000;

/**
 * A worker's side: pushes `snapshot()` to the primary every `pushMs`, answers the primary's
 * requests with it, and returns the totals function (every worker, through the primary).
 */
export function workerMetrics(
  snapshot: () => Snapshot,
  timeoutMs = 5000,
  pushMs = PUSH_INTERVAL_MS,
): () => Promise<Snapshot> {
  const waiting = new Map<number, (s: Snapshot) => void>();
  let next = 0;
  setInterval(() => {
    if (process.connected) process.send?.({ smsjunk: 'metrics-push', snapshot: snapshot() });
  }, pushMs).unref();
  process.on('message', (m: unknown) => {
    if (!isMessage(m)) return;
    if (m.smsjunk === 'metrics-snapshot') {
      process.send?.({ smsjunk: 'metrics-snapshot-reply', id: m.id, snapshot: snapshot() });
    } else if (m.smsjunk === 'metrics-totals-reply') {
      waiting.get(m.id)?.(m.snapshot);
    }
  });
  return () =>
    new Promise<Snapshot>((resolve) => {
      const id = ++next;
      const timer = setTimeout(() => {
        waiting.delete(id);
        resolve(snapshot()); // the primary did not answer: this worker's own
      }, timeoutMs);
      timer.unref();
      waiting.set(id, (s) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(s);
      });
      process.send?.({ smsjunk: 'metrics-totals', id });
    });
}
