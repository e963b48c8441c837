/**
 * timeout: a deadline per request (default 60 s, like the Go service). When it passes, the
 * client gets a 503 JSON at once, `ctx.signal` is aborted so the handler can stop, and whatever the
 * handler produces later is dropped: the adapter only ever receives one response.
 *
 * Cheap on the hot path: every request of one middleware has the same duration, so deadlines
 * expire in arrival order; they sit in a linked list behind ONE timer armed for the oldest
 * (no timer per request, and none made or cleared when the list empties and fills again), and the
 * AbortSignal is only built if a handler asks for it.
 */
import { errorResponse, HandlerTimeoutError } from '../api/errors.ts';
import type { Handler, Middleware, NeutralRequest, NeutralResponse, RequestContext } from '../api/http.ts';

export const DEFAULT_TIMEOUT_MS = 60_000;

export interface TimeoutOptions {
  readonly ms?: number;
}

/**
 * One request's race between its handler and its deadline; settles exactly once. It is also the
 * context the inner handlers see: the outer one's fields, plus a lazily built `signal`.
 */
class Deadline implements RequestContext {
  prev: Deadline | null = null;
  next: Deadline | null = null;
  settled = false;
  #controller: AbortController | undefined = undefined;
  #reason: Error | undefined = undefined;

  constructor(
    readonly outer: RequestContext,
    readonly due: number,
    readonly resolve: (res: NeutralResponse) => void,
    readonly reject: (err: unknown) => void,
  ) {}

  get requestId(): string {
    return this.outer.requestId;
  }
  set requestId(v: string) {
    this.outer.requestId = v;
  }
  get clientIp(): string {
    return this.outer.clientIp;
  }
  set clientIp(v: string) {
    this.outer.clientIp = v;
  }
  get logFields(): Record<string, string | number | boolean> {
    return this.outer.logFields;
  }
  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.#reason) this.#controller.abort(this.#reason);
    }
    return this.#controller.signal;
  }

  expire(ms: number): void {
    if (this.settled) return;
    this.settled = true;
    const err = new HandlerTimeoutError(ms);
    this.#reason = err;
    this.#controller?.abort(err);
    this.resolve(errorResponse(err));
  }
}

/** Deadlines in arrival (= expiry) order behind one timer. */
class Deadlines {
  #head: Deadline | null = null;
  #tail: Deadline | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined = undefined;
  /** Whether the timer keeps the process alive (only while some request waits). */
  #refed = false;

  constructor(readonly ms: number) {}

  add(d: Deadline): void {
    d.prev = this.#tail;
    if (this.#tail) this.#tail.next = d;
    else this.#head = d;
    this.#tail = d;
    if (!this.#timer) this.#arm(d.due);
    else if (!this.#refed) {
      this.#timer.ref();
      this.#refed = true;
    }
  }

  /** The request finished (or expired): it leaves the list. */
  remove(d: Deadline): void {
    if (d.prev) d.prev.next = d.next;
    else if (this.#head === d) this.#head = d.next;
    else return; // already removed
    if (d.next) d.next.prev = d.prev;
    else this.#tail = d.prev;
    d.prev = d.next = null;
    // An empty list keeps its timer, unreferenced: the next request reuses it instead of paying
    // for a setTimeout and a clearTimeout each (requests mostly finish one at a time). When it fires
    // with nothing due, it is simply not re-armed.
    if (!this.#head && this.#timer && this.#refed) {
      this.#timer.unref();
      this.#refed = false;
    }
  }

  sweep(): void {
    this.#timer = undefined;
    const now = performance.now();
    let d = this.#head;
    while (d && d.due <= now) {
      this.remove(d);
      d.expire(this.ms);
      d = this.#head;
    }
    if (d && !this.#timer) this.#arm(d.due);
  }

  #arm(due: number): void {
    this.#timer = setTimeout(sweep, Math.max(1, Math.ceil(due - performance.now())), this);
    this.#refed = true;
  }
}

function sweep(list: Deadlines): void {
  list.sweep();
}

export function timeoutWithOptions(options: TimeoutOptions = {}): Middleware {
  const ms = options.ms ?? DEFAULT_TIMEOUT_MS;
  if (!(ms > 0)) throw new RangeError('timeout must be > 0 ms');
  const deadlines = new Deadlines(ms);

  function settle(d: Deadline, res: NeutralResponse | undefined, err: unknown): void {
    if (d.settled) return; // late result or failure: dropped
    d.settled = true;
    deadlines.remove(d);
    if (res) d.resolve(res);
    else d.reject(err);
  }

  return function timeoutMiddleware(next: Handler): Handler {
    return function timeoutHandler(req: NeutralRequest, ctx: RequestContext): Promise<NeutralResponse> {
      return new Promise<NeutralResponse>((resolve, reject) => {
        const d = new Deadline(ctx, performance.now() + ms, resolve, reject);
        deadlines.add(d);
        try {
          next(req, d).then(
            (res) => settle(d, res, undefined),
            (err: unknown) => settle(d, undefined, err),
          );
        } catch (err) {
          settle(d, undefined, err);
        }
      });
    };
  };
}

export function timeout(ms: number = DEFAULT_TIMEOUT_MS): Middleware {
  return timeoutWithOptions({ ms });
}
