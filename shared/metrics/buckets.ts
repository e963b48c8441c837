/**
 * The one bucket layout of every histogram (durations in milliseconds): four buckets per doubling
 * (each about 19 % wider than the last), from 2^-6 ms (16 µs) to 2^16 ms (65.5 s), one bucket
 * below and one above. Fine enough for the EMF exporter to hand CloudWatch a faithful distribution
 * (`quantilePoints`); Prometheus gets the powers of two among these bounds (`PROMETHEUS_BOUNDS_MS`),
 * so its `le` buckets are sums of these and nothing is observed twice.
 */

/** Buckets per doubling. */
export const STEPS = 4;
const MIN_EXP = -6;
const MAX_EXP = 16;
/** The lowest bucket index: values up to 2^MIN_EXP ms. */
const MIN_INDEX = MIN_EXP * STEPS;
/** The highest bounded bucket index; above it is the overflow bucket. */
const MAX_INDEX = MAX_EXP * STEPS;
/** Slots of a bucket array: MIN_INDEX..MAX_INDEX and the overflow. */
export const BUCKET_COUNT = MAX_INDEX - MIN_INDEX + 2;

/** The slot of a value (ms): the bucket whose upper bound is the first at or above it. */
export function bucketOf(ms: number): number {
  if (!(ms > 0)) return 0; // 0, negatives and NaN: the lowest bucket
  const i = Math.ceil(Math.log2(ms) * STEPS);
  if (i <= MIN_INDEX) return 0;
  if (i > MAX_INDEX) return BUCKET_COUNT - 1;
  return i - MIN_INDEX;
}

/** The upper bound of a slot in ms (Infinity for the overflow). */
export function upperBound(slot: number): number {
  if (slot >= BUCKET_COUNT - 1) return Number.POSITIVE_INFINITY;
  return 2 ** ((slot + MIN_INDEX) / STEPS);
}

/** A value that stands for a slot: the geometric middle of its bounds (the overflow: its lower bound). */
export function representative(slot: number): number {
  if (slot >= BUCKET_COUNT - 1) return 2 ** MAX_EXP;
  return 2 ** ((slot + MIN_INDEX - 0.5) / STEPS);
}

/** Prometheus `le` bounds in ms: the powers of two from 2^-4 ms (62.5 µs) to 2^15 ms (32.8 s). */
export const PROMETHEUS_BOUNDS_MS: readonly number[] = Array.from({ length: 20 }, (_, i) => 2 ** (i - 4));

/** The slot whose upper bound is exactly `ms` (a power of two within the range). */
export function slotOfBound(ms: number): number {
  return Math.round(Math.log2(ms) * STEPS) - MIN_INDEX;
}

/** The most values one EMF metric may carry (the specification's limit). */
export const MAX_EMF_VALUES = 100;

/**
 * Values standing for a distribution given as counts per slot: each observation as its slot's
 * representative when there are at most `max`, else `max` evenly spaced quantiles (the
 * (k + 0.5) / max quantile for k = 0 .. max - 1), so CloudWatch's percentiles over them are those
 * of the distribution to within a bucket.
 */
export function quantilePoints(counts: ArrayLike<number>, max = MAX_EMF_VALUES): number[] {
  let total = 0;
  for (let i = 0; i < counts.length; i++) total += counts[i] as number;
  const out: number[] = [];
  if (total === 0) return out;
  if (total <= max) {
    for (let i = 0; i < counts.length; i++) {
      const c = counts[i] as number;
      for (let k = 0; k < c; k++) out.push(representative(i));
    }
    return out;
  }
  let slot = 0;
  let below = 0; // observations in slots before `slot`
  for (let k = 0; k < max; k++) {
    const rank = ((k + 0.5) / max) * total; // 0 < rank < total
    while (below + (counts[slot] as number) < rank) below += counts[slot++] as number;
    out.push(representative(slot));
  }
  return out;
}
