/**
 * Stage 4, spaced-out words are rebuilt: a run of three or more single letters joined by one and
 * the same separator (a space, or `.` `-` `_` `*` `·` `•` with optional spaces) and of one case
 * pattern (all capitals, all small, or a capital then small letters) becomes one word:
 * "F R E E" -> "FREE", "F.R.E.E" -> "FREE", "f-r-e-e" -> "free". SMS writes single letters as
 * words ("i c u", "u r a star", "I am a b c", "did u c d film"), so a run made only of the letters
 * a b c d i n o r u x y (SMS words) is rebuilt only when it is four or more capitals ("C A R D");
 * a run does not start after an apostrophe ("That's y i said"); a change of case splits a run
 * ("a F R E E" -> "a FREE"); two spaces separate two spaced words. Runs of four or more single
 * digits joined by spaces are rebuilt too ("0 9 0 6 1" -> "09061").
 */
import type { State } from './state.ts';
import { Out } from './trace.ts';
import { work } from './work.ts';

const SPACED =
  /(?<![\p{L}\p{N}\p{M}'])[A-Za-z0-9]( ?[.\-_*·•] ?| )[A-Za-z0-9](?:\1[A-Za-z0-9])+(?![\p{L}\p{N}\p{M}])/gu;
/** Letters that SMS writes as words of their own: a b(be) c(see) d(the) i n(and) o r(are) u x y(why). */
const SMS_LETTERS = new Set('abcdinoruxy');

const DIGIT = 0;
const UPPER = 1;
const LOWER = 2;
const TITLE = 3;

function unitClass(c: number): number {
  if (c <= 0x39) return DIGIT;
  return c <= 0x5a ? UPPER : LOWER;
}

/** The pattern a segment keeps when its next unit is of class `cls` (`size` units so far), or -1. */
function nextPattern(pattern: number, cls: number, size: number): number {
  if (cls === DIGIT || pattern === DIGIT) return cls === pattern ? pattern : -1;
  if (cls === LOWER && pattern === UPPER && size === 1) return TITLE;
  if (cls === LOWER && (pattern === LOWER || pattern === TITLE)) return pattern;
  if (cls === UPPER && pattern === UPPER) return UPPER;
  return -1;
}

/** One run the regex found: `units` letters or digits, `stride` characters apart, joined by `sep`. */
class SpacedRun {
  readonly input: string;
  readonly sep: string;
  readonly units: number;
  readonly #base: number;
  readonly #stride: number;

  constructor(input: string, m: RegExpExecArray) {
    this.input = input;
    this.sep = m[1] as string;
    this.#stride = this.sep.length + 1;
    this.units = (m[0].length + this.sep.length) / this.#stride;
    this.#base = m.index;
  }

  /** Where unit `u` is in the input. */
  at(u: number): number {
    return this.#base + u * this.#stride;
  }

  classOf(u: number): number {
    return unitClass(this.input.charCodeAt(this.at(u)));
  }

  /** Whether units [from, to), all of one `pattern`, are a spaced-out word to rebuild. */
  isWord(from: number, to: number, pattern: number): boolean {
    const size = to - from;
    if (pattern === DIGIT) return this.sep === ' ' && size >= 4;
    if (size < 3) return false;
    for (let k = from; k < to; k++) {
      if (!SMS_LETTERS.has(String.fromCharCode(this.input.charCodeAt(this.at(k)) | 0x20))) return true;
    }
    return size >= 4 && pattern === UPPER;
  }

  /** Units [from, to) written as one word. */
  word(from: number, to: number): string {
    let word = '';
    for (let k = from; k < to; k++) word += this.input.charAt(this.at(k));
    return word;
  }
}

export function collapseSpaced(input: string, st: State): string {
  SPACED.lastIndex = 0;
  let m = SPACED.exec(input);
  if (m === null) return input;
  let w: Out | null = null;
  let last = 0;
  for (; m !== null; m = SPACED.exec(input)) {
    const run = new SpacedRun(input, m);
    const units = run.units;
    work.spaced += 1 + units;
    let segStart = 0;
    let pattern = run.classOf(0);
    for (let u = 1; u <= units; u++) {
      const next = u < units ? nextPattern(pattern, run.classOf(u), u - segStart) : -1;
      if (next !== -1) {
        pattern = next;
        continue;
      }
      // A segment of one type and case pattern: units [segStart, u).
      const collapse = run.isWord(segStart, u, pattern);
      if (collapse) {
        w ??= new Out(input, st);
        w.copy(last, run.at(segStart));
        w.put(run.word(segStart, u), run.at(segStart), run.at(u - 1) + 1);
        last = run.at(u - 1) + 1;
        st.spacedWords++;
      }
      if (u < units) {
        segStart = u;
        pattern = run.classOf(u);
      } else if (!collapse) {
        // The last letter may start a run with another separator: "e. g. H O R O".
        SPACED.lastIndex = run.at(units - 1);
      }
    }
  }
  return w ? w.finish(last) : input;
}
