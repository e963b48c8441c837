/** Which characters of the text a feature already took (each belongs to at most one feature). */

/**
 * Character ranges already taken by a feature. They never overlap, so sorted by start they are
 * sorted by end too, and both the check and the insertion are a binary search (a message made of
 * thousands of prices stays linear).
 */
export class Claims {
  readonly #starts: number[] = [];
  readonly #ends: number[] = [];

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
    const k = this.#firstEndingAfter(start);
    return k < this.#starts.length && (this.#starts[k] as number) < end;
  }

  add(start: number, end: number): void {
    const k = this.#firstEndingAfter(start);
    this.#starts.splice(k, 0, start);
    this.#ends.splice(k, 0, end);
  }
}
