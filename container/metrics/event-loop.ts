/**
 * Event-loop delay of a serving process: a timer every `intervalMs` notes how late it ran (the time
 * nothing else, no socket read, could happen) into the `EventLoopDelay` histogram. Unref'd: it never
 * keeps a process alive.
 */
import { type Clock, monotonic } from '../../shared/clock.ts';
import { METRIC } from '../../shared/metrics/catalog.ts';
import type { Recorder } from '../../shared/metrics/recorder.ts';

export const EVENT_LOOP_SAMPLE_MS = 100;

/** Starts sampling; returns the function that stops it. */
export function sampleEventLoopDelay(
  recorder: Recorder,
  intervalMs = EVENT_LOOP_SAMPLE_MS,
  now: Clock = monotonic,
): () => void {
  let due = now() + intervalMs;
  const timer = setInterval(() => {
    const t = now();
    recorder.observe(METRIC.EventLoopDelay, [], Math.max(0, t - due));
    due = t + intervalMs;
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
