/** Which characters of the text a feature already took (each belongs to at most one feature). */
import { work } from '../work.ts';

/**
 * The taken characters as one flag per character: a check or a claim costs the length of its
 * range, and the extractors check ranges that do not overlap one another (or are a few dozen
 * characters long), so all of it stays linear in the text.
 */
export class Claims {
  readonly #length: number;
  #taken: Uint8Array | null = null;

  constructor(length: number) {
    this.#length = length;
  }

  overlaps(start: number, end: number): boolean {
    const taken = this.#taken;
    if (taken === null) return false;
    work.claims += end - start;
    for (let i = start; i < end; i++) if (taken[i] !== 0) return true;
    return false;
  }

  add(start: number, end: number): void {
    this.#taken ??= new Uint8Array(this.#length);
    this.#taken.fill(1, start, end);
    work.claims += end - start;
  }
}
