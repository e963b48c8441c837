/**
 * Deadlines of one fixed duration, behind one timer. Every entry gets the same time, so entries
 * expire in arrival order: they sit in an intrusive linked list (the entries carry `due`, `prev`
 * and `next` themselves, so nothing is allocated per entry) and one timer is armed for the oldest.
 * No setTimeout/clearTimeout per entry: when the list empties the timer stays, unreferenced (it
 * keeps no process alive), and the next entry reuses it; it is re-armed only when it fires.
 * Used by the timeout middleware (handler deadlines) and the container's body-read deadlines.
 */

/** What an entry carries for the list. */
export interface DeadlineEntry<T> {
  /** When it expires (`performance.now()` clock); set by `add`. */
  due: number;
  prev: T | null;
  next: T | null;
}

export class DeadlineList<T extends DeadlineEntry<T>> {
  #head: T | null = null;
  #tail: T | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined = undefined;
  /** Whether the timer keeps the process alive (only while some entry waits). */
  #refed = false;
  readonly #onExpire: (entry: T) => void;

  constructor(
    readonly ms: number,
    onExpire: (entry: T) => void,
  ) {
    if (!(ms > 0)) throw new RangeError(`a deadline must be > 0 ms, got ${ms}`);
    this.#onExpire = onExpire;
  }

  /** The entry expires `ms` from now unless removed first. */
  add(entry: T): void {
    entry.due = performance.now() + this.ms;
    entry.prev = this.#tail;
    entry.next = null;
    if (this.#tail) this.#tail.next = entry;
    else this.#head = entry;
    this.#tail = entry;
    if (!this.#timer) this.#arm(entry.due);
    else if (!this.#refed) {
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
    const now = performance.now();
    let entry = this.#head;
    while (entry && entry.due <= now) {
      this.remove(entry);
      this.#onExpire(entry);
      entry = this.#head;
    }
    if (entry && !this.#timer) this.#arm(entry.due);
  }

  #arm(due: number): void {
    this.#timer = setTimeout(sweepList, Math.max(1, Math.ceil(due - performance.now())), this);
    this.#refed = true;
  }
}

function sweepList(list: { sweep(): void }): void {
  list.sweep();
}
