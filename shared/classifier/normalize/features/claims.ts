/** Which characters of the text a feature already took (each belongs to at most one feature). */
import { work } from '../work.ts';

/** Claims kept as sorted ranges up to this many; past it, as one flag per character. */
const FEW = 32;

/**
 * The taken ranges. A message has a handful: sorted arrays, a binary search to check, a short
 * splice to insert. Past FEW a hostile text could make every insertion a long splice, so they become
 * one flag per character: a check or a claim then costs its range's length, and the extractors check
 * ranges that do not overlap one another (or are a few dozen characters long): linear in the text.
 */
export class Claims {
  readonly #length: number;
  #starts: number[] = [];
  #ends: number[] = [];
  #taken: Uint8Array | null = null;

  constructor(length: number) {
    this.#length = length;
  }

  /** Index of the first range that ends after `p`. */
  #firstEndingAfter(p: number): number {
    let lo = 0;
    let hi = this.#ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.#ends[mid] as number) <= p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlaps(start: number, end: number): boolean {
    const taken = this.#taken;
    if (taken === null) {
      const k = this.#firstEndingAfter(start);
      work.claims++;
      return k < this.#starts.length && (this.#starts[k] as number) < end;
    }
    work.claims += end - start;
    for (let i = start; i < end; i++) if (taken[i] !== 0) return true;
    return false;
  }

  add(start: number, end: number): void {
    work.claims += end - start;
    if (this.#taken === null && this.#starts.length < FEW) {
      const k = this.#firstEndingAfter(start);
      this.#starts.splice(k, 0, start);
      this.#ends.splice(k, 0, end);
      work.claims += this.#starts.length - k;
      return;
    }
    if (this.#taken === null) {
      this.#taken = new Uint8Array(this.#length);
      for (let k = 0; k < this.#starts.length; k++) this.#taken.fill(1, this.#starts[k], this.#ends[k]);
      this.#starts = [];
      this.#ends = [];
    }
    this.#taken.fill(1, start, end);
  }
}
