/**
 * timeout: a deadline per request (default 60 s, like the Go service). When it passes, the
 * client gets a 503 JSON at once, `ctx.signal` is aborted so the handler can stop, and whatever the
 * handler produces later is dropped: the adapter only ever receives one response.
 */
import { errorResponse, HandlerTimeoutError } from '../api/errors.ts';
import type { Handler, Middleware, NeutralRequest, NeutralResponse, RequestContext } from '../api/http.ts';

export const DEFAULT_TIMEOUT_MS = 60_000;

export interface TimeoutOptions {
  readonly ms?: number;
}

/** One request's race between its handler and its deadline; settles exactly once. */
class Deadline {
  settled = false;
  readonly controller = new AbortController();
  timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly ms: number,
    readonly resolve: (res: NeutralResponse) => void,
    readonly reject: (err: unknown) => void,
  ) {}

  done(res: NeutralResponse): void {
    if (this.settled) return; // late result: dropped
    this.settled = true;
    clearTimeout(this.timer);
    this.resolve(res);
  }

  fail(err: unknown): void {
    if (this.settled) return; // late failure: dropped
    this.settled = true;
    clearTimeout(this.timer);
    this.reject(err);
  }

  expire(): void {
    if (this.settled) return;
    this.settled = true;
    const err = new HandlerTimeoutError(this.ms);
    this.controller.abort(err);
    this.resolve(errorResponse(err));
  }
}

function expire(d: Deadline): void {
  d.expire();
}

export function timeoutWithOptions(options: TimeoutOptions = {}): Middleware {
  const ms = options.ms ?? DEFAULT_TIMEOUT_MS;
  if (!(ms > 0)) throw new RangeError('timeout must be > 0 ms');
  return function timeoutMiddleware(next: Handler): Handler {
    return function timeoutHandler(req: NeutralRequest, ctx: RequestContext): Promise<NeutralResponse> {
      return new Promise<NeutralResponse>((resolve, reject) => {
        const d = new Deadline(ms, resolve, reject);
        ctx.signal = d.controller.signal;
        d.timer = setTimeout(expire, ms, d);
        try {
          next(req, ctx).then(
            (res) => d.done(res),
            (err: unknown) => d.fail(err),
          );
        } catch (err) {
          d.fail(err);
        }
      });
    };
  };
}

export function timeout(ms: number = DEFAULT_TIMEOUT_MS): Middleware {
  return timeoutWithOptions({ ms });
}
