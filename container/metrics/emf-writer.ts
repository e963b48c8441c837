/**
 * The container's EMF lines: every `intervalMs` what happened in the interval (the difference of
 * two cumulative snapshots of the whole container), as CloudWatch embedded-metric documents, one
 * JSON line each on stdout, where `awslogs` takes them to CloudWatch Logs, which makes metrics of
 * them (no agent). One set of lines per interval and task, never one per request. The last interval
 * is written when the process stops (`flush`).
 */
import type { EmfOptions } from '../../shared/metrics/emf.ts';
import { emfDocuments } from '../../shared/metrics/emf.ts';
import { deltaSnapshot, type Snapshot } from '../../shared/metrics/store.ts';

export interface EmfWriterOptions extends EmfOptions {
  readonly intervalMs: number;
  /** The container's cumulative counters now. */
  readonly totals: () => Promise<Snapshot>;
  readonly write: (line: string) => void;
  /** Epoch ms for the documents' timestamp; default `Date.now`. */
  readonly wallClock?: () => number;
}

export class EmfWriter {
  readonly #options: EmfWriterOptions;
  #previous: Snapshot | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;
  #running: Promise<void> = Promise.resolve();

  constructor(options: EmfWriterOptions) {
    this.#options = options;
  }

  start(): void {
    this.#timer = setInterval(() => void this.flush(), this.#options.intervalMs);
    this.#timer.unref();
  }

  stop(): Promise<void> {
    clearInterval(this.#timer);
    return this.flush();
  }

  /** Writes what happened since the last flush (one at a time). */
  flush(): Promise<void> {
    this.#running = this.#running.then(async () => {
      const now = await this.#options.totals();
      const delta = deltaSnapshot(this.#previous, now);
      this.#previous = now;
      const docs = emfDocuments(delta, this.#options, (this.#options.wallClock ?? Date.now)());
      if (docs.length > 0) this.#options.write(`${docs.map((d) => JSON.stringify(d)).join('\n')}\n`);
    });
    return this.#running;
  }
}
