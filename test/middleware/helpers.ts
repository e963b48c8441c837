/** Small builders shared by the middleware tests: real requests and contexts, no mocks. */
import type { Handler, NeutralRequest, NeutralResponse, RequestContext } from '../../shared/api/http.ts';

export function request(overrides: Partial<NeutralRequest> = {}): NeutralRequest {
  return {
    method: 'GET',
    path: '/version',
    headers: {},
    body: null,
    remoteAddress: '127.0.0.1',
    ...overrides,
  };
}

export function context(): RequestContext {
  return { requestId: '', clientIp: '', logFields: {} };
}

export function ok(body = 'fine', status = 200): NeutralResponse {
  return { status, headers: { 'content-type': 'text/plain' }, body };
}

/** A handler that answers 200 and records the context it saw. */
export function recording(): Handler & { seen: RequestContext[] } {
  const seen: RequestContext[] = [];
  const h = async (_req: NeutralRequest, ctx: RequestContext) => {
    seen.push(ctx);
    return ok();
  };
  return Object.assign(h, { seen });
}

/** A promise and its resolver, to hold a handler open. */
export function gate<T = void>(): { promise: Promise<T>; open: (v: T) => void } {
  let open!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    open = r;
  });
  return { promise, open };
}

/**
 * node:test's mock timers and a clock moved together (the middleware's injected `now`): time
 * passes only when the test says so.
 */
export function fakeTime(t: import('node:test').TestContext): {
  now: () => number;
  tick: (ms: number) => void;
} {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  let now = 0;
  return {
    now: () => now,
    tick: (ms) => {
      now += ms;
      t.mock.timers.tick(ms);
    },
  };
}

/** Lets pending promise callbacks run (no timer involved). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
