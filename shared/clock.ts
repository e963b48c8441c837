/**
 * The monotonic millisecond clock the request path measures with (arrival, deadlines, durations).
 * Injectable, so a test can move time itself instead of waiting for it.
 */
export type Clock = () => number;

export const monotonic: Clock = () => performance.now();
