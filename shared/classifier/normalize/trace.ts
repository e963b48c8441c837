/**
 * Edit traces: how each stage's output maps back to its input (only built for `originalSpan`),
 * and `Out`, a stage's output, built only once the stage changes something.
 */

/** One stage's output as contiguous segments, each copied from (exact) or replacing an input span. */
export class Trace {
  readonly outStart: number[] = [];
  readonly inStart: number[] = [];
  readonly inEnd: number[] = [];
  readonly exact: boolean[] = [];
  outLength = 0;
  inLength = 0;

  push(outStart: number, inStart: number, inEnd: number, exact: boolean): void {
    this.outStart.push(outStart);
    this.inStart.push(inStart);
    this.inEnd.push(inEnd);
    this.exact.push(exact);
  }

  #segment(p: number): number {
    let lo = 0;
    let hi = this.outStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.outStart[mid] as number) <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Input position of output position `p` (the start of a replaced span). */
  start(p: number): number {
    if (p >= this.outLength || this.outStart.length === 0) return this.inLength;
    const k = this.#segment(p);
    const inStart = this.inStart[k] as number;
    return this.exact[k] ? inStart + (p - (this.outStart[k] as number)) : inStart;
  }

  /** Input position of the exclusive end `p` (the end of a replaced span). */
  end(p: number): number {
    if (p <= 0) return this.start(0);
    if (this.outStart.length === 0) return this.inLength;
    const q = Math.min(p, this.outLength);
    const k = this.#segment(q - 1);
    const outStart = this.outStart[k] as number;
    return this.exact[k] ? (this.inStart[k] as number) + (q - outStart) : (this.inEnd[k] as number);
  }
}

/** A stage's output, built only once the stage changes something. */
/** Output written as one string until it is this long; longer, it is kept in chunks joined at the end. */
const CHUNK = 1024;

export class Out {
  /** Characters written so far. */
  length = 0;
  changed = false;
  /** The output: `text` after the `chunks`, joined once at the end into a flat string (no long rope). */
  #text = '';
  readonly #chunks: string[] = [];
  readonly #input: string;
  readonly #trace: Trace | null;

  /** `st.traces`: where to record this stage's trace (null when no offset map is built). */
  constructor(input: string, st: { readonly traces: Trace[] | null }) {
    this.#input = input;
    if (st.traces) {
      this.#trace = new Trace();
      this.#trace.inLength = input.length;
      st.traces.push(this.#trace);
    } else {
      this.#trace = null;
    }
  }

  #write(s: string): void {
    this.#text += s;
    this.length += s.length;
    if (this.#text.length >= CHUNK) {
      this.#chunks.push(this.#text);
      this.#text = '';
    }
  }

  /** Copies `input[from, to)` unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.#trace?.push(this.length, from, to, true);
    this.#write(this.#input.slice(from, to));
  }

  /** Writes `s` in place of `input[from, to)` (empty `s` deletes). */
  put(s: string, from: number, to: number): void {
    this.changed = true;
    if (s.length === 0) return;
    this.#trace?.push(this.length, from, to, false);
    this.#write(s);
  }

  /** Copies the rest from `from` and returns the stage's result. */
  finish(from: number): string {
    this.copy(from, this.#input.length);
    if (this.#trace) this.#trace.outLength = this.length;
    if (!this.changed) return this.#input;
    if (this.#chunks.length === 0) return this.#text;
    this.#chunks.push(this.#text);
    return this.#chunks.join('');
  }
}
