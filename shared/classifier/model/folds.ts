/**
 * Folds and randomness, deterministic: a seed gives the same folds and the same model on every
 * machine. Rows of one group (one message template) always share a fold, so a template never
 * tests a model trained on its twin.
 */

/** mulberry32: a small seeded PRNG returning [0, 1). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = items[i] as T;
    items[i] = items[j] as T;
    items[j] = t;
  }
  return items;
}

const DIGITS = /\p{Nd}+/gu;

/**
 * The fold group of a message: its text lower-cased with every run of digits folded to `0`, so
 * the same template with another code, amount or number is one group ("Your code is 1234" and
 * "Your code is 98765").
 */
export function templateKey(text: string): string {
  return text.toLowerCase().replace(DIGITS, '0');
}

/** The stratum of a row: its label (a folder, or unwanted or not). */
export type Stratum = string | boolean | number;

/**
 * Assigns every row a fold in 0..k-1. Rows with the same group key always share a fold; groups are
 * dealt out per stratum (the label of the group's first row), so every fold holds about the same
 * share of each label.
 */
export function assignFolds(
  groups: readonly string[],
  strata: readonly Stratum[],
  k: number,
  seed = 1,
): Int32Array {
  if (!Number.isInteger(k) || k < 2)
    throw new RangeError(`folds must be an integer of at least 2 (got ${k})`);
  const first = new Map<string, number>();
  groups.forEach((g, i) => {
    if (!first.has(g)) first.set(g, i);
  });
  const byStratum = new Map<Stratum, string[]>();
  for (const [g, i] of first) {
    const s = strata[i] as Stratum;
    const list = byStratum.get(s);
    if (list) list.push(g);
    else byStratum.set(s, [g]);
  }
  const random = seededRandom(seed);
  const foldOf = new Map<string, number>();
  let next = 0;
  const order = [...byStratum.keys()].sort((a, b) =>
    String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0,
  );
  for (const s of order) {
    for (const g of shuffle(byStratum.get(s) as string[], random)) {
      foldOf.set(g, next);
      next = (next + 1) % k;
    }
  }
  return Int32Array.from(groups, (g) => foldOf.get(g) as number);
}

/** Distinct groups per stratum: the most folds a stratified split can fill for each. */
export function groupCounts(groups: readonly string[], strata: readonly Stratum[]): Map<Stratum, number> {
  const seen = new Map<string, Stratum>();
  groups.forEach((g, i) => {
    if (!seen.has(g)) seen.set(g, strata[i] as Stratum);
  });
  const counts = new Map<Stratum, number>();
  for (const s of seen.values()) counts.set(s, (counts.get(s) ?? 0) + 1);
  return counts;
}
