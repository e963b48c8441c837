/**
 * A TTL cache over a `ParameterSource` (in the manner of Powertools' cache providers), with the
 * two refresh styles the runtimes need and stale-on-error:
 *
 * - **background** (container): `start()` loads at once and then again every TTL on an unref'd
 *   timer; requests never wait for Parameter Store.
 * - **on demand** (Lambda): `ensureFresh()` refreshes on first use after expiry; a fresh cache costs
 *   nothing, and concurrent callers share the one refresh in flight.
 *
 * When a refresh fails the last good snapshot stays in use, the next attempt waits a capped,
 * jittered backoff, and one warning is logged per failure streak (not per request or retry); it
 * says whether last good values are served or nothing was ever loaded.
 */

import type { Log } from '../logger.ts';
import { type BackoffOptions, backoffDelay, defaultBackoff } from './backoff.ts';
import { ParameterStoreError } from './errors.ts';
import type { Parameter, ParameterSource } from './parameter-source.ts';

export interface Snapshot {
  /** By full name. */
  readonly parameters: ReadonlyMap<string, Parameter>;
  /** When the fetch that produced it finished (epoch ms). */
  readonly loadedAt: number;
}

export interface SnapshotDiff {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

export type RefreshOutcome =
  | { readonly ok: true; readonly at: number; readonly durationMs: number; readonly diff: SnapshotDiff }
  | {
      readonly ok: false;
      readonly at: number;
      readonly durationMs: number;
      readonly error: ParameterStoreError;
    };

export interface CacheState {
  readonly snapshot: Snapshot | undefined;
  readonly lastAttempt: RefreshOutcome | undefined;
  readonly lastSuccessAt: number | undefined;
  /** Consecutive failed attempts (0 when the last one worked). */
  readonly failures: number;
  /** The first failure of the current streak. */
  readonly failingSince: number | undefined;
  /** No automatic attempt before this time (epoch ms; backoff after a failure). */
  readonly nextAttemptAt: number;
  readonly refreshing: boolean;
}

export interface ParameterCacheOptions {
  readonly source: ParameterSource;
  readonly prefix: string;
  readonly ttlMs: number;
  readonly log: Log;
  readonly backoff?: BackoffOptions;
  /**
   * Called synchronously with each new snapshot before it becomes visible, so state derived from
   * it (tokens, compiled rules) switches in the same tick as the snapshot. Must not throw.
   */
  readonly onSnapshot?: (next: Snapshot, previous: Snapshot | undefined, diff: SnapshotDiff) => void;
  /** Called with the outcome of every read, success or failure (metrics). Must not throw. */
  readonly onOutcome?: (outcome: RefreshOutcome) => void;
  readonly now?: () => number;
  readonly random?: () => number;
}

export function diffSnapshots(previous: Snapshot | undefined, next: Snapshot): SnapshotDiff {
  const added: string[] = [];
  const changed: string[] = [];
  const removed: string[] = [];
  const before = previous?.parameters ?? new Map<string, Parameter>();
  for (const [name, p] of next.parameters) {
    const old = before.get(name);
    if (!old) added.push(name);
    else if (old.version !== p.version || old.value !== p.value || old.type !== p.type) changed.push(name);
  }
  for (const name of before.keys()) if (!next.parameters.has(name)) removed.push(name);
  return { added: added.sort(), changed: changed.sort(), removed: removed.sort() };
}

export class ParameterCache {
  readonly prefix: string;
  readonly ttlMs: number;
  readonly #source: ParameterSource;
  readonly #log: Log;
  readonly #backoff: BackoffOptions;
  readonly #onSnapshot: ParameterCacheOptions['onSnapshot'];
  readonly #onOutcome: ParameterCacheOptions['onOutcome'];
  readonly #now: () => number;
  readonly #random: () => number;

  #snapshot: Snapshot | undefined;
  #lastAttempt: RefreshOutcome | undefined;
  #lastSuccessAt: number | undefined;
  #failures = 0;
  #failingSince: number | undefined;
  #nextAttemptAt = 0;
  #inFlight: Promise<RefreshOutcome> | undefined;
  #queued: Promise<RefreshOutcome> | undefined;
  #timer: NodeJS.Timeout | undefined;
  #running = false;

  constructor(options: ParameterCacheOptions) {
    this.#source = options.source;
    this.prefix = options.prefix;
    this.ttlMs = options.ttlMs;
    this.#log = options.log;
    this.#backoff = options.backoff ?? defaultBackoff(options.ttlMs);
    this.#onSnapshot = options.onSnapshot;
    this.#onOutcome = options.onOutcome;
    this.#now = options.now ?? Date.now;
    this.#random = options.random ?? Math.random;
  }

  get snapshot(): Snapshot | undefined {
    return this.#snapshot;
  }

  get state(): CacheState {
    return {
      snapshot: this.#snapshot,
      lastAttempt: this.#lastAttempt,
      lastSuccessAt: this.#lastSuccessAt,
      failures: this.#failures,
      failingSince: this.#failingSince,
      nextAttemptAt: this.#nextAttemptAt,
      refreshing: this.#inFlight !== undefined,
    };
  }

  /** True when there is no snapshot yet or it is older than the TTL. */
  isExpired(now = this.#now()): boolean {
    return !this.#snapshot || now - this.#snapshot.loadedAt >= this.ttlMs;
  }

  /** Starts a refresh, or joins the one in flight. */
  refresh(): Promise<RefreshOutcome> {
    this.#inFlight ??= this.#attempt()
      .then((outcome) => {
        this.#onOutcome?.(outcome);
        return outcome;
      })
      .finally(() => {
        this.#inFlight = undefined;
      });
    return this.#inFlight;
  }

  /**
   * A refresh that reads Parameter Store after this call (an operator's "refresh now"): when one is
   * already in flight it may predate a change just made, so a second one follows it (shared by
   * every caller that arrives meanwhile).
   */
  refreshNow(): Promise<RefreshOutcome> {
    const current = this.#inFlight;
    if (!current) return this.refresh();
    this.#queued ??= current.then(() => {
      this.#queued = undefined;
      return this.refresh();
    });
    return this.#queued;
  }

  /**
   * On-demand mode: when the snapshot has expired (and no backoff is pending), refresh and wait
   * for it, at most `maxWaitMs`; past that the caller goes on with what there is (the last good
   * values, or none) and the refresh finishes on its own.
   */
  async ensureFresh(maxWaitMs: number): Promise<void> {
    const now = this.#now();
    if (!this.isExpired(now) || (now < this.#nextAttemptAt && !this.#inFlight)) return;
    const refresh = this.refresh();
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, maxWaitMs);
      timer.unref();
    });
    await Promise.race([refresh, waited]);
    clearTimeout(timer);
  }

  /** Background mode: loads now, then every TTL (or after a backoff) on an unref'd timer. */
  start(): Promise<RefreshOutcome> {
    this.#running = true;
    return this.refresh();
  }

  stop(): void {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(delayMs: number): void {
    if (!this.#running) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.refresh();
    }, delayMs);
    this.#timer.unref();
  }

  async #attempt(): Promise<RefreshOutcome> {
    const at = this.#now();
    try {
      const parameters = await this.#source.fetchAll(this.prefix);
      const loadedAt = this.#now();
      const next: Snapshot = {
        parameters: new Map(
          parameters.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((p) => [p.name, p]),
        ),
        loadedAt,
      };
      const previous = this.#snapshot;
      const diff = diffSnapshots(previous, next);
      try {
        this.#onSnapshot?.(next, previous, diff);
      } catch (err) {
        this.#log.error('applying new parameters failed', { error: errorFields(err) });
      }
      this.#snapshot = next;
      if (this.#failures > 0) {
        this.#log.info('parameter store reachable again', {
          prefix: this.prefix,
          failedAttempts: this.#failures,
          outageSeconds: seconds(loadedAt - (this.#failingSince ?? loadedAt)),
        });
      }
      this.#failures = 0;
      this.#failingSince = undefined;
      this.#nextAttemptAt = 0;
      this.#lastSuccessAt = loadedAt;
      const outcome: RefreshOutcome = { ok: true, at, durationMs: loadedAt - at, diff };
      this.#lastAttempt = outcome;
      this.#schedule(this.ttlMs);
      return outcome;
    } catch (err) {
      const error =
        err instanceof ParameterStoreError
          ? err
          : new ParameterStoreError(`reading ${this.prefix} failed: ${String(err)}`, { cause: err });
      const end = this.#now();
      this.#failures++;
      this.#failingSince ??= at;
      const delay = backoffDelay(this.#failures, this.#backoff, this.#random);
      this.#nextAttemptAt = end + delay;
      if (this.#failures === 1) {
        // Nothing loaded yet is not the same outage as stale values: say which one it is.
        const message = this.#snapshot
          ? 'parameter store refresh failed; serving the last good values'
          : 'parameter store refresh failed; no values loaded yet: bundled rules only, operator endpoints refused';
        this.#log.warn(message, {
          prefix: this.prefix,
          error: errorFields(error),
          hasData: this.#snapshot !== undefined,
          dataAgeSeconds: this.#snapshot ? seconds(end - this.#snapshot.loadedAt) : null,
        });
      }
      const outcome: RefreshOutcome = { ok: false, at, durationMs: end - at, error };
      this.#lastAttempt = outcome;
      this.#schedule(delay);
      return outcome;
    }
  }
}

export function errorFields(err: unknown): { name: string; code?: string; message: string } {
  if (err instanceof ParameterStoreError) return { name: err.name, code: err.code, message: err.message };
  if (err instanceof Error) return { name: err.name, message: err.message };
  return { name: 'Error', message: String(err) };
}

function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}
