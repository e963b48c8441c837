/**
 * Multi-core: a primary process that keeps `size` workers serving (node:cluster, round-robin
 * accept). A worker that dies is replaced; one that dies young (within STABLE_MS of starting)
 * makes the next replacement wait, doubling from `restartDelayMs` up to `restartMaxDelayMs`, so a
 * crash loop does not spin. On SIGTERM/SIGINT the primary stops replacing, asks every worker to
 * drain (SIGTERM), and exits 0 once all have exited cleanly.
 *
 * Workers receive the validated configuration from the primary (`WORKER_CONFIG_ENV`), so every
 * worker runs with exactly what the primary checked. The primary also relays `/admin/refresh` to
 * every worker (`cluster-refresh.ts`).
 */
import cluster, { type Worker } from 'node:cluster';
import type { Log } from '../shared/logger.ts';
import { RefreshFanOut } from './cluster-refresh.ts';
import type { ContainerConfig } from './config.ts';

export const WORKER_CONFIG_ENV = 'SMSJUNK_WORKER_CONFIG';
/** A worker that lived this long counts as healthy: its death restarts at once and resets the back-off. */
export const STABLE_MS = 10_000;
/** Beyond the grace period, how long the primary waits before SIGKILLing stuck workers. */
const KILL_MARGIN_MS = 5_000;

/** What the pool tells the container's metrics (`metrics/cluster-metrics.ts`). */
export interface PoolMetrics {
  onMessage(worker: Worker, message: unknown): void;
  /** A worker exited (its counters stay in the totals). */
  onExit(worker: Worker): void;
  /** A worker died while serving and is being replaced. */
  restarted(): void;
}

export interface WorkerPoolOptions {
  readonly size: number;
  readonly metrics?: PoolMetrics;
  readonly config: ContainerConfig;
  readonly logger: Log;
  readonly restartDelayMs: number;
  readonly restartMaxDelayMs: number;
  readonly shutdownGraceMs: number;
}

/** The back-off: 0 after a healthy life, then base, 2*base, 4*base ... capped. */
export function restartDelay(youngDeaths: number, baseMs: number, maxMs: number): number {
  if (youngDeaths <= 0) return 0;
  return Math.min(maxMs, baseMs * 2 ** Math.min(youngDeaths - 1, 30));
}

export class WorkerPool {
  readonly #options: WorkerPoolOptions;
  readonly #startedAt = new Map<Worker, number>();
  /** Workers that have listened, so hold connections and drain on SIGTERM. */
  readonly #listening = new WeakSet<Worker>();
  readonly #pending = new Set<ReturnType<typeof setTimeout>>();
  #youngDeaths = 0;
  #stopping = false;
  #failedExits = 0;
  #listeningLogged = false;
  #onEmpty: (() => void) | undefined;
  readonly #refresh = new RefreshFanOut(() => this.workers());

  constructor(options: WorkerPoolOptions) {
    this.#options = options;
  }

  get size(): number {
    return this.#startedAt.size;
  }

  /** The workers that listen and are alive. */
  workers(): Worker[] {
    return [...this.#startedAt.keys()].filter((w) => this.#listening.has(w) && !w.isDead());
  }

  start(): void {
    // Round-robin in the primary, whatever NODE_CLUSTER_SCHED_POLICY says: with few long-lived
    // keep-alive connections (an ALB, a load generator) the kernel's accept spreading lets one
    // worker take most of them, while round-robin hands them out evenly.
    cluster.schedulingPolicy = cluster.SCHED_RR;
    cluster.on('exit', (worker, code, signal) => this.#onExit(worker, code, signal));
    cluster.on('message', (worker, message) => {
      this.#refresh.onMessage(worker, message);
      this.#options.metrics?.onMessage(worker, message);
    });
    cluster.on('listening', (worker, address) => {
      this.#listening.add(worker);
      this.#options.logger.info('worker listening', { pid: worker.process.pid, port: address.port });
      if (!this.#listeningLogged) {
        this.#listeningLogged = true;
        this.#options.logger.info('listening', {
          host: address.address ?? this.#options.config.host,
          port: address.port,
          pid: process.pid,
          workers: this.#options.size,
          scheduling: cluster.schedulingPolicy === cluster.SCHED_RR ? 'round-robin' : 'kernel',
        });
      }
    });
    for (let i = 0; i < this.#options.size; i++) this.#fork();
  }

  #fork(): void {
    const worker = cluster.fork({ [WORKER_CONFIG_ENV]: JSON.stringify(this.#options.config) });
    this.#startedAt.set(worker, Date.now());
    this.#options.logger.info('worker started', { pid: worker.process.pid });
  }

  #onExit(worker: Worker, code: number | null, signal: string | null): void {
    const started = this.#startedAt.get(worker) ?? Date.now();
    this.#startedAt.delete(worker);
    this.#options.metrics?.onExit(worker);
    const livedMs = Date.now() - started;
    const { logger } = this.#options;
    if (this.#stopping) {
      // A worker still starting (not yet listening, so no request in flight and no drain handler)
      // that the stop's SIGTERM ends has stopped cleanly too.
      const stoppedWhileStarting = signal === 'SIGTERM' && !this.#listening.has(worker);
      if (code !== 0 && !stoppedWhileStarting) this.#failedExits++;
      logger.info('worker exited', { pid: worker.process.pid, code, signal, livedMs });
      if (this.#startedAt.size === 0) this.#onEmpty?.();
      return;
    }
    this.#youngDeaths = livedMs < STABLE_MS ? this.#youngDeaths + 1 : 0;
    const delayMs = restartDelay(
      this.#youngDeaths,
      this.#options.restartDelayMs,
      this.#options.restartMaxDelayMs,
    );
    this.#options.metrics?.restarted();
    logger.warn('worker died, replacing it', { pid: worker.process.pid, code, signal, livedMs, delayMs });
    const timer = setTimeout(() => {
      this.#pending.delete(timer);
      if (!this.#stopping) this.#fork();
    }, delayMs);
    this.#pending.add(timer);
  }

  /** Drain every worker; resolves with 0 when all exited cleanly within the grace period. */
  stop(): Promise<number> {
    this.#stopping = true;
    for (const t of this.#pending) clearTimeout(t);
    this.#pending.clear();
    return new Promise<number>((resolve) => {
      const killer = setTimeout(() => {
        for (const w of this.#startedAt.keys()) {
          this.#options.logger.warn('worker did not drain in time, killing it', { pid: w.process.pid });
          w.process.kill('SIGKILL');
        }
      }, this.#options.shutdownGraceMs + KILL_MARGIN_MS);
      this.#onEmpty = () => {
        clearTimeout(killer);
        resolve(this.#failedExits === 0 ? 0 : 1);
      };
      if (this.#startedAt.size === 0) {
        this.#onEmpty();
        return;
      }
      for (const w of this.#startedAt.keys()) w.process.kill('SIGTERM');
    });
  }
}

/** The primary: start the pool, stop it on SIGTERM/SIGINT; resolves with the exit code. */
export function runPrimary(options: WorkerPoolOptions, onPool?: (pool: WorkerPool) => void): Promise<number> {
  const pool = new WorkerPool(options);
  onPool?.(pool);
  const done = new Promise<number>((resolve) => {
    function onSignal(signal: NodeJS.Signals): void {
      process.removeListener('SIGTERM', onSignal);
      process.removeListener('SIGINT', onSignal);
      options.logger.info('stopping workers', { signal, workers: pool.size, pid: process.pid });
      pool.stop().then((code) => {
        options.logger.info('stopped', { pid: process.pid, code });
        resolve(code);
      });
    }
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
  // Only now: a signal that arrives while the first workers start is already the primary's to handle.
  pool.start();
  return done;
}
