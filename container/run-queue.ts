/**
 * Requests whose body is in wait here, in arrival order, for their turn on the event loop.
 * Classification is synchronous: run straight from node's socket callback, one request's work
 * would hide every other arrival (from the throttle, from the deadline) until done, and hold off
 * timers and signals (a drain) until every readable socket had been served. Here queued work runs
 * in turns of about `sliceMs`, each its own macrotask (`setImmediate`); between turns node reads
 * the sockets (new arrivals are stamped and counted), fires timers and delivers signals.
 *
 * Heavy items (a body far larger than any message) wait in a queue of their own and get at most
 * `heavyShare` of the time while ordinary items wait: a client sending hostile bodies back to back
 * slows itself, not everyone else. With no ordinary item waiting, heavy items take every turn.
 */
import { type Clock, monotonic } from '../shared/clock.ts';

/** An item links itself into the queue: nothing is allocated per request. */
export interface Queued<T> {
  queuedNext: T | null;
}

/** About a millisecond of work per turn: a few dozen ordinary classifications. */
export const DEFAULT_SLICE_MS = 1;
/** The share of the time heavy items get while ordinary ones wait. */
export const DEFAULT_HEAVY_SHARE = 0.1;
/** The time accounting halves every this many milliseconds (the share is over the recent past). */
const HALF_LIFE_MS = 200;

export interface RunQueueOptions<T> {
  readonly sliceMs?: number;
  readonly now?: Clock;
  /** Which items go to the heavy queue; default none. */
  readonly isHeavy?: (item: T) => boolean;
  readonly heavyShare?: number;
}

/** A FIFO of items linked through `queuedNext`. */
class Fifo<T extends Queued<T>> {
  head: T | null = null;
  tail: T | null = null;

  push(item: T): void {
    item.queuedNext = null;
    if (this.tail) this.tail.queuedNext = item;
    else this.head = item;
    this.tail = item;
  }

  shift(): T {
    const item = this.head as T;
    this.head = item.queuedNext;
    if (!this.head) this.tail = null;
    item.queuedNext = null;
    return item;
  }
}

export class RunQueue<T extends Queued<T>> {
  readonly #light = new Fifo<T>();
  readonly #heavy = new Fifo<T>();
  #length = 0;
  #scheduled = false;
  /** Decayed time spent on heavy items and on all items, for the heavy share. */
  #heavyMs = 0;
  #totalMs = 0;
  #accountedAt = 0;
  readonly #run: (item: T) => void;
  readonly #sliceMs: number;
  readonly #now: Clock;
  readonly #isHeavy: ((item: T) => boolean) | undefined;
  readonly #heavyShare: number;

  constructor(run: (item: T) => void, options: RunQueueOptions<T> = {}) {
    this.#run = run;
    this.#sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
    this.#now = options.now ?? monotonic;
    this.#isHeavy = options.isHeavy;
    this.#heavyShare = options.heavyShare ?? DEFAULT_HEAVY_SHARE;
    if (!(this.#heavyShare > 0 && this.#heavyShare <= 1))
      throw new RangeError('heavyShare must be in (0, 1]');
  }

  get length(): number {
    return this.#length;
  }

  push(item: T): void {
    (this.#isHeavy?.(item) ? this.#heavy : this.#light).push(item);
    this.#length++;
    if (!this.#scheduled) {
      this.#scheduled = true;
      setImmediate(runTurn, this);
    }
  }

  /** The lane to take from: ordinary items first, unless heavy ones have had less than their share. */
  #lane(): Fifo<T> {
    const heavyDue =
      this.#heavy.head !== null && (!this.#light.head || this.#heavyMs <= this.#heavyShare * this.#totalMs);
    return heavyDue ? this.#heavy : this.#light;
  }

  /** @internal One turn: items until the slice is used up, then the rest in a later turn. */
  turn(): void {
    this.#scheduled = false;
    if (this.#length === 0) return;
    const start = this.#now();
    const decay = 0.5 ** (Math.max(0, start - this.#accountedAt) / HALF_LIFE_MS);
    this.#heavyMs *= decay;
    this.#totalMs *= decay;
    const end = start + this.#sliceMs;
    let t = start;
    do {
      const lane = this.#lane();
      this.#length--;
      this.#run(lane.shift());
      const after = this.#now();
      this.#totalMs += after - t;
      if (lane === this.#heavy) this.#heavyMs += after - t;
      t = after;
    } while (this.#length > 0 && t < end);
    this.#accountedAt = t;
    if (this.#length > 0) {
      this.#scheduled = true;
      setImmediate(runTurn, this);
    }
  }
}

function runTurn(queue: { turn(): void }): void {
  queue.turn();
}
