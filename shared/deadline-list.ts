/**
 * Deadlines behind one timer. Entries nearly always arrive in deadline order (one fixed duration
 * from now), so they sit in an intrusive linked list (the entries carry `due`, `prev` and `next`
 * themselves, so nothing is allocated per entry) kept sorted by inserting from the tail, and one
 * timer is armed for the oldest. An entry may bring an earlier deadline of its own (counted from
 * its arrival rather than from now): it is placed where it belongs and the timer moves up if needed.
 * No setTimeout/clearTimeout per entry: when the list empties the timer stays, unreferenced (it
 * keeps no process alive), and the next entry reuses it; it is re-armed only when it fires.
 * Used by the timeout middleware (handler deadlines) and the container's body-read deadlines.
 */
import { type Clock, monotonic } from './clock.ts';

/** What an entry carries for the list. */
export interface DeadlineEntry<T> {
  /** When it expires (the list's clock); set by `add`. */
  due: number;
  prev: T | null;
  next: T | null;
}

export class DeadlineList<T extends DeadlineEntry<T>> {
  #head: T | null = null;
  #tail: T | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined = undefined;
  /** The deadline the timer is armed for. */
  #armedFor = 0;
  /** Whether the timer keeps the process alive (only while some entry waits). */
  #refed = false;
  readonly #onExpire: (entry: T) => void;
  readonly #now: Clock;

  constructor(
    readonly ms: number,
    onExpire: (entry: T) => void,
    now: Clock = monotonic,
  ) {
    if (!(ms > 0)) throw new RangeError(`a deadline must be > 0 ms, got ${ms}`);
    this.#onExpire = onExpire;
    this.#now = now;
  }

  /** The entry expires at `due` (default `ms` from now) unless removed first. */
  add(entry: T, due: number = this.#now() + this.ms): void {
    entry.due = due;
    let after = this.#tail;
    while (after !== null && after.due > due) after = after.prev;
    entry.prev = after;
    entry.next = after === null ? this.#head : after.next;
    if (entry.next) entry.next.prev = entry;
    else this.#tail = entry;
    if (after) after.next = entry;
    else this.#head = entry;
    if (!this.#timer) this.#arm(due);
    else if (this.#head === entry && due < this.#armedFor) {
      clearTimeout(this.#timer);
      this.#arm(due);
    } else if (!this.#refed) {
      this.#timer.ref();
      this.#refed = true;
    }
  }

  /** The entry finished in time (or expired): it leaves the list. Removing twice is harmless. */
  remove(entry: T): void {
    if (entry.prev) entry.prev.next = entry.next;
    else if (this.#head === entry) this.#head = entry.next;
    else return; // not in the list
    if (entry.next) entry.next.prev = entry.prev;
    else this.#tail = entry.prev;
    entry.prev = entry.next = null;
    if (!this.#head && this.#timer && this.#refed) {
      this.#timer.unref();
      this.#refed = false;
    }
  }

  /** Expires every entry that is due, then re-arms for the next one (called by the timer). */
  sweep(): void {
    this.#timer = undefined;
    const now = this.#now();
    let entry = this.#head;
    while (entry && entry.due <= now) {
      this.remove(entry);
      this.#onExpire(entry);
      entry = this.#head;
    }
    if (entry && !this.#timer) this.#arm(entry.due);
  }

  #arm(due: number): void {
    this.#armedFor = due;
    this.#timer = setTimeout(sweepList, Math.max(1, Math.ceil(due - this.#now())), this);
    this.#refed = true;
  }
}

function sweepList(list: { sweep(): void }): void {
  list.sweep();
}
