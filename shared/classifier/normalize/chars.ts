/**
 * Stage 1, characters. C0/C1 controls removed (U+0080–U+009F are read as the Windows-1252
 * characters they were meant to be: U+0092 -> `'`, U+0096 -> `-`); zero-width, bidi-control,
 * variation selector, tag and other invisible characters removed; lone surrogates removed; NFKC per
 * grapheme-like cluster (fullwidth, mathematical alphanumerics, circled and squared letters);
 * enclosed/parenthesised/negative-circled letters and digits, Latin small capitals and a few IPA
 * look-alikes folded to ASCII; typographic quotes and dashes folded to `'`, `"` and `-`; Unicode
 * spaces folded to a space. What each character or cluster folds to is decided in `folds.ts`.
 *
 * Accented Latin is FOLDED to ASCII (é -> e, ü -> u, ß -> ss, ø -> o): rules are written in ASCII
 * and spammers use accents as obfuscation ("FRÉÉ"); the corpus writes "ü" for "you". It is counted
 * in `obfuscation.diacritics`, not as a look-alike, so French or Spanish text does not look
 * obfuscated. Latin letters under several marks ("Z̸̢A̷L̶G̶O") or under keycap/enclosing marks are
 * counted as `confusables`.
 *
 * Regional-indicator symbols: a pair is a flag and is kept; a lone one or a run of three or more is
 * read as letters (🇫 🇷 🇪 🇪 -> F R E E).
 */
import { codePointAt } from './code-points.ts';
import { foldOf, foldOfCluster } from './fold-cache.ts';
import { count, KEEP } from './folds.ts';
import type { State } from './state.ts';
import { Out } from './trace.ts';
import { work } from './work.ts';

function isRegionalIndicator(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== 0xd83c) return false;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdde6 && d <= 0xddff;
}

/**
 * Combining marks one letter keeps (UAX #15 stream-safe text allows 30 in a row); a longer run is
 * zalgo, and ICU's canonical reordering of a long run of mixed marks is quadratic.
 */
const MAX_MARKS = 30;

/** Tab, newline, carriage return and the other printable ASCII characters: kept as they are. */
function isPlainAscii(c: number): boolean {
  return c >= 0x20 ? c !== 0x7f : c >= 0x09 && c <= 0x0d;
}

/** Stage 1's pass over one message: what it wrote so far and where the unchanged run started. */
class CharPass {
  readonly #input: string;
  readonly #st: State;
  #out: Out | null = null;
  /** Start of the pending unchanged run. */
  run = 0;
  /** Marks read after the first character of a cluster. */
  steps = 0;

  constructor(input: string, st: State) {
    this.#input = input;
    this.#st = st;
  }

  /** Writes `s` in place of `input[start, end)`, after the unchanged run before it. */
  #replace(start: number, end: number, s: string): void {
    this.#out ??= new Out(this.#input, this.#st);
    this.#out.copy(this.run, start);
    this.#out.put(s, start, end);
    this.run = end;
  }

  /** Removes the C0 control at `i`; returns where the next character starts. */
  control(i: number): number {
    this.#replace(i, i + 1, '');
    this.#st.controls++;
    return i + 1;
  }

  /** Keeps a pair of regional indicators (a flag) and reads other runs of them as capitals. */
  regionalIndicators(i: number): number {
    const input = this.#input;
    let end = i;
    while (end < input.length && isRegionalIndicator(input, end)) end += 2;
    if (end - i === 4) return end; // a flag
    for (let k = i; k < end; k += 2) {
      this.#replace(k, k + 2, String.fromCharCode(65 + input.charCodeAt(k + 1) - 0xdde6));
      this.#st.confusables++;
    }
    return end;
  }

  /** The run of marks read last stopped at its cap, not at its end. */
  #capped = false;

  /** Where the run of combining marks from `from` ends, after at most `max` of them. */
  #marksEnd(from: number, max: number): number {
    const input = this.#input;
    let end = from;
    let k = 0;
    for (; k < max && end < input.length && input.charCodeAt(end) >= 0x300; k++) {
      const next = codePointAt(input, end);
      if (!foldOf(next).mark) break;
      end += next > 0xffff ? 2 : 1;
    }
    this.#capped = k === max;
    this.steps += end - from;
    return end;
  }

  /**
   * Folds the character at `i` with the marks around it (its cluster); returns the cluster's end.
   * A letter keeps at most MAX_MARKS marks, as in UAX #15's stream-safe text; the rest are removed.
   */
  cluster(i: number): number {
    const input = this.#input;
    const cp = codePointAt(input, i);
    const f = foldOf(cp);
    let start = i;
    if (f.mark && i > this.run) {
      // A mark after an unchanged character: the cluster starts at that character.
      start = i - 1;
      const p = input.charCodeAt(start);
      if (p >= 0xdc00 && p <= 0xdfff && start > this.run) start--;
    }
    const next = i + (cp > 0xffff ? 2 : 1);
    // Marks with no letter to sit on are removed whatever their number: no cap for them.
    const max = !f.mark ? MAX_MARKS : start < i ? MAX_MARKS - 1 : Number.POSITIVE_INFINITY;
    const end = this.#marksEnd(next, max);
    const g = start < i || end > next ? foldOfCluster(input, start, end) : f;
    if (g.look) this.#st.lookalikes = true;
    if (g.kind !== KEEP) {
      this.#replace(start, end, g.out);
      count(this.#st, g.kind);
    }
    if (!this.#capped) return end;
    // Marks past the cap go with the cluster, uncounted: an ASCII letter loses all of them anyway.
    const rest = this.#marksEnd(end, Number.POSITIVE_INFINITY);
    if (rest > end) this.#replace(end, rest, '');
    return rest;
  }

  finish(): string {
    return this.#out ? this.#out.finish(this.run) : this.#input;
  }
}

/** Stage 1 over a message that has non-ASCII or control characters. */
export function foldChars(input: string, st: State): string {
  const pass = new CharPass(input, st);
  const n = input.length;
  let i = 0;
  let steps = 0;
  while (i < n) {
    steps++;
    const c = input.charCodeAt(i);
    if (c < 0x80) i = isPlainAscii(c) ? i + 1 : pass.control(i);
    else if (isRegionalIndicator(input, i)) i = pass.regionalIndicators(i);
    else i = pass.cluster(i);
  }
  work.chars += steps + pass.steps;
  return pass.finish();
}
