/**
 * timeout: a deadline per request (default 60 s, like the Go service), counted from the request's
 * arrival (`receivedAt`: headers in, then body, queue and handler time), not from when the chain
 * reaches this middleware. A request whose deadline passed while it waited (behind a slow body, in
 * the throttle's backlog, behind synchronous work on the event loop) gets the 503 at once, without
 * running the handler. Otherwise, when the deadline passes the client gets a 503 JSON at once,
 * `ctx.signal` is aborted so the handler can stop, and whatever the handler produces later is
 * dropped: the adapter only ever receives one response. (Synchronous work cannot be interrupted: a
 * handler that started in time answers after it ends.)
 *
 * An adapter may hand over the platform's own deadline as `req.signal` (Lambda's early timeout,
 * before Lambda kills the invocation): when it aborts first, the request gets the same 503 at once.
 *
 * Cheap on the hot path: deadlines expire in nearly arrival order; they sit in a linked list behind
 * ONE timer armed for the oldest (no timer per request, and none made or cleared when the list
 * empties and fills again), and the AbortSignal is only built if a handler asks for it.
 */
import { errorResponse, HandlerTimeoutError } from '../api/errors.ts';
import type { Handler, Middleware, NeutralRequest, NeutralResponse, RequestContext } from '../api/http.ts';
import { type Clock, monotonic } from '../clock.ts';
import { type DeadlineEntry, DeadlineList } from '../deadline-list.ts';

export const DEFAULT_TIMEOUT_MS = 60_000;

export interface TimeoutOptions {
  readonly ms?: number;
  /** The clock of `req.receivedAt`; default `performance.now()`. */
  readonly now?: Clock;
}

/**
 * One request's race between its handler and its deadline; settles exactly once. It is also the
 * context the inner handlers see: the outer one's fields, plus a lazily built `signal`.
 */
class Deadline implements RequestContext, DeadlineEntry<Deadline> {
  due = 0;
  prev: Deadline | null = null;
  next: Deadline | null = null;
  settled = false;
  /** Stops listening to the platform's signal (set only when the request carries one). */
  unlisten: (() => void) | undefined = undefined;
  #controller: AbortController | undefined = undefined;
  #reason: Error | undefined = undefined;

  constructor(
    readonly outer: RequestContext,
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
  get sender(): string | undefined {
    return this.outer.sender;
  }
  set sender(v: string | undefined) {
    this.outer.sender = v;
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
    this.unlisten?.();
    const err = new HandlerTimeoutError(ms);
    this.#reason = err;
    this.#controller?.abort(err);
    this.resolve(errorResponse(err));
  }
}

export function timeoutWithOptions(options: TimeoutOptions = {}): Middleware {
  const ms = options.ms ?? DEFAULT_TIMEOUT_MS;
  if (!(ms > 0)) throw new RangeError('timeout must be > 0 ms');
  const now = options.now ?? monotonic;
  const deadlines = new DeadlineList<Deadline>(ms, (d) => d.expire(ms), now);

  function settle(d: Deadline, res: NeutralResponse | undefined, err: unknown): void {
    if (d.settled) return; // late result or failure: dropped
    d.settled = true;
    deadlines.remove(d);
    d.unlisten?.();
    if (res) d.resolve(res);
    else d.reject(err);
  }

  return function timeoutMiddleware(next: Handler): Handler {
    return function timeoutHandler(req: NeutralRequest, ctx: RequestContext): Promise<NeutralResponse> {
      const due = req.receivedAt === undefined ? undefined : req.receivedAt + ms;
      if (due !== undefined && due <= now()) {
        return Promise.resolve(errorResponse(new HandlerTimeoutError(ms))); // waited too long already
      }
      return new Promise<NeutralResponse>((resolve, reject) => {
        const d = new Deadline(ctx, resolve, reject);
        deadlines.add(d, due);
        const platform = req.signal;
        if (platform) {
          const start = req.receivedAt ?? now();
          const abort = () => {
            deadlines.remove(d);
            d.expire(Math.max(0, Math.round(now() - start)));
          };
          if (platform.aborted) {
            abort();
            return;
          }
          platform.addEventListener('abort', abort, { once: true });
          d.unlisten = () => platform.removeEventListener('abort', abort);
        }
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

export function timeout(ms: number = DEFAULT_TIMEOUT_MS, now?: Clock): Middleware {
  return timeoutWithOptions(now ? { ms, now } : { ms });
}
