/**
 * throttle: at most `limit` requests in flight; up to `backlogLimit` more wait (FIFO) for a slot,
 * each at most `backlogTimeoutMs`; beyond that a 429 with `Retry-After` at once. Nothing queues
 * without bound. Options in layers, like chi:
 *
 *   throttle(limit) -> throttleBacklog(limit, backlog, timeoutMs) -> throttleWithOptions({...})
 *
 * The returned middleware carries its `Throttle` (`.throttle.stats()`) for status pages. An adapter
 * whose handler runs synchronously (the container: one classification never overlaps another, so
 * the chain would only ever see one request in flight) uses the `Throttle` itself instead: it takes
 * a slot as each request arrives and gives it back once the answer is written.
 */
import { errorResponse, TooManyRequestsError } from '../api/errors.ts';
import type { Handler, Middleware, NeutralRequest, NeutralResponse, RequestContext } from '../api/http.ts';

export interface ThrottleOptions {
  readonly limit: number;
  readonly backlogLimit?: number;
  readonly backlogTimeoutMs?: number;
  /** `Retry-After` seconds of a 429; default 1. */
  readonly retryAfterSeconds?: number;
}

export interface ThrottleStats {
  readonly limit: number;
  readonly backlogLimit: number;
  readonly inFlight: number;
  readonly queued: number;
  /** 429s so far: backlog full, or waited too long. */
  readonly rejected: number;
  readonly timedOut: number;
}

/** One waiter in the backlog: a doubly linked node, so a timed-out waiter leaves in O(1). */
class Waiter {
  prev: Waiter | null = null;
  next: Waiter | null = null;
  timer: ReturnType<typeof setTimeout> | undefined;
  constructor(readonly resolve: (granted: boolean) => void) {}
}

/** The token counting, free of HTTP: acquire a slot, wait for one, release it. */
export class Throttle {
  readonly limit: number;
  readonly backlogLimit: number;
  readonly backlogTimeoutMs: number;
  /** `Retry-After` of its 429s. */
  readonly retryAfterSeconds: number;
  #inFlight = 0;
  #queued = 0;
  #head: Waiter | null = null;
  #tail: Waiter | null = null;
  #rejected = 0;
  #timedOut = 0;

  constructor(options: ThrottleOptions) {
    const { limit, backlogLimit = 0, backlogTimeoutMs = 60_000, retryAfterSeconds = 1 } = options;
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError('throttle limit must be an integer >= 1');
    if (!Number.isInteger(backlogLimit) || backlogLimit < 0) {
      throw new RangeError('throttle backlog limit must be an integer >= 0');
    }
    if (!(backlogTimeoutMs > 0)) throw new RangeError('throttle backlog timeout must be > 0 ms');
    this.limit = limit;
    this.backlogLimit = backlogLimit;
    this.backlogTimeoutMs = backlogTimeoutMs;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Takes a slot if one is free (no promise, no timer: the common case). */
  tryAcquire(): boolean {
    if (this.#inFlight < this.limit) {
      this.#inFlight++;
      return true;
    }
    return false;
  }

  /**
   * Waits in the backlog for a slot. `false` at once when the backlog is full; otherwise a promise
   * of true when granted (the slot is then held) or false when the wait timed out.
   */
  wait(): Promise<boolean> | false {
    if (this.tryAcquire()) return Promise.resolve(true);
    if (this.#queued >= this.backlogLimit) {
      this.#rejected++;
      return false;
    }
    return new Promise<boolean>((resolve) => {
      const w = new Waiter(resolve);
      w.timer = setTimeout(expire, this.backlogTimeoutMs, this, w);
      this.#push(w);
    });
  }

  /** Gives the slot back: to the oldest waiter if any, else to the pool. */
  release(): void {
    const w = this.#head;
    if (w) {
      this.#remove(w);
      clearTimeout(w.timer);
      w.resolve(true); // the slot passes on; inFlight stays the same
      return;
    }
    if (this.#inFlight > 0) this.#inFlight--;
  }

  /** @internal called by the waiter's timer. */
  expire(w: Waiter): void {
    this.#remove(w);
    this.#timedOut++;
    this.#rejected++;
    w.resolve(false);
  }

  stats(): ThrottleStats {
    return {
      limit: this.limit,
      backlogLimit: this.backlogLimit,
      inFlight: this.#inFlight,
      queued: this.#queued,
      rejected: this.#rejected,
      timedOut: this.#timedOut,
    };
  }

  #push(w: Waiter): void {
    w.prev = this.#tail;
    if (this.#tail) this.#tail.next = w;
    else this.#head = w;
    this.#tail = w;
    this.#queued++;
  }

  #remove(w: Waiter): void {
    if (w.prev) w.prev.next = w.next;
    else this.#head = w.next;
    if (w.next) w.next.prev = w.prev;
    else this.#tail = w.prev;
    w.prev = w.next = null;
    this.#queued--;
  }
}

function expire(t: Throttle, w: Waiter): void {
  t.expire(w);
}

export interface ThrottleMiddleware extends Middleware {
  readonly throttle: Throttle;
}

export function throttleWithOptions(options: ThrottleOptions): ThrottleMiddleware {
  const t = new Throttle(options);
  function rejected(message: string): NeutralResponse {
    return errorResponse(new TooManyRequestsError(t.retryAfterSeconds, message));
  }
  function throttleMiddleware(next: Handler): Handler {
    return async function throttleHandler(
      req: NeutralRequest,
      ctx: RequestContext,
    ): Promise<NeutralResponse> {
      if (!t.tryAcquire()) {
        const waiting = t.wait();
        if (waiting === false) return rejected('server is at capacity, retry later');
        if (!(await waiting)) return rejected('timed out waiting for capacity, retry later');
      }
      try {
        return await next(req, ctx);
      } finally {
        t.release();
      }
    };
  }
  return Object.assign(throttleMiddleware, { throttle: t });
}

/** Limit in-flight requests and keep a bounded, time-limited backlog. */
export function throttleBacklog(
  limit: number,
  backlogLimit: number,
  backlogTimeoutMs: number,
): ThrottleMiddleware {
  return throttleWithOptions({ limit, backlogLimit, backlogTimeoutMs });
}

/** Limit in-flight requests; no backlog (over the limit is a 429 at once). */
export function throttle(limit: number): ThrottleMiddleware {
  return throttleWithOptions({ limit });
}
