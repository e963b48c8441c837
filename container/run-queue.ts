/**
 * Requests whose body is in wait here, in arrival order, for their turn on the event loop.
 * Classification is synchronous: run straight from node's socket callback, one request's work
 * would hide every other arrival (from the throttle, from the deadline) until done, and hold off
 * timers and signals (a drain) until every readable socket had been served. Here queued work runs
 * in turns of about `sliceMs`, each its own macrotask (`setImmediate`); between turns node reads
 * the sockets (new arrivals are stamped and counted), fires timers and delivers signals.
 */
import { type Clock, monotonic } from '../shared/clock.ts';

/** An item links itself into the queue: nothing is allocated per request. */
export interface Queued<T> {
  queuedNext: T | null;
}

/** About a millisecond of work per turn: a few dozen ordinary classifications. */
export const DEFAULT_SLICE_MS = 1;

export class RunQueue<T extends Queued<T>> {
  #head: T | null = null;
  #tail: T | null = null;
  #length = 0;
  #scheduled = false;
  readonly #run: (item: T) => void;
  readonly #sliceMs: number;
  readonly #now: Clock;

  constructor(run: (item: T) => void, sliceMs = DEFAULT_SLICE_MS, now: Clock = monotonic) {
    this.#run = run;
    this.#sliceMs = sliceMs;
    this.#now = now;
  }

  get length(): number {
    return this.#length;
  }

  push(item: T): void {
    item.queuedNext = null;
    if (this.#tail) this.#tail.queuedNext = item;
    else this.#head = item;
    this.#tail = item;
    this.#length++;
    if (!this.#scheduled) {
      this.#scheduled = true;
      setImmediate(runTurn, this);
    }
  }

  /** @internal One turn: items until the slice is used up, then the rest in a later turn. */
  turn(): void {
    this.#scheduled = false;
    const end = this.#now() + this.#sliceMs;
    do {
      const item = this.#head as T;
      this.#head = item.queuedNext;
      if (!this.#head) this.#tail = null;
      item.queuedNext = null;
      this.#length--;
      this.#run(item);
    } while (this.#head && this.#now() < end);
    if (this.#head) {
      this.#scheduled = true;
      setImmediate(runTurn, this);
    }
  }
}

function runTurn(queue: { turn(): void }): void {
  queue.turn();
}
