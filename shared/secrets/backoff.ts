/**
 * Capped exponential backoff with jitter for the refresh loop (the SDK retries each request on
 * its own; this spaces out whole refresh attempts while Parameter Store is failing).
 */

export interface BackoffOptions {
  /** Delay before the first retry, before jitter. */
  readonly baseMs: number;
  /** No delay is longer than this. */
  readonly capMs: number;
}

/**
 * The delay before retry number `attempt` (1-based): `min(cap, base * 2^(attempt-1))`, with
 * "equal jitter": a random point in the upper half, so retries spread out yet never come at once.
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions,
  random: () => number = Math.random,
): number {
  const n = Math.max(1, Math.floor(attempt));
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.min(n - 1, 30));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/** Defaults for a TTL: start at min(1 s, TTL), cap at 5 TTLs within [5 s, 5 min]. */
export function defaultBackoff(ttlMs: number): BackoffOptions {
  return {
    baseMs: Math.min(1000, ttlMs),
    capMs: Math.min(300_000, Math.max(5000, ttlMs * 5)),
  };
}
