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

export function collapseSpaced(input: string, st: State): string {
  SPACED.lastIndex = 0;
  let m = SPACED.exec(input);
  if (m === null) return input;
  let w: Out | null = null;
  let last = 0;
  for (; m !== null; m = SPACED.exec(input)) {
    const sep = m[1] as string;
    const stride = sep.length + 1;
    const units = (m[0].length + sep.length) / stride;
    work.spaced += 1 + units;
    const base = m.index;
    const at = (u: number) => base + u * stride;
    let segStart = 0;
    let pattern = unitClass(input.charCodeAt(at(0)));
    for (let u = 1; u <= units; u++) {
      if (u < units) {
        const cls = unitClass(input.charCodeAt(at(u)));
        let next = pattern;
        if (cls === DIGIT || pattern === DIGIT) next = cls === pattern ? pattern : -1;
        else if (cls === LOWER && pattern === UPPER && u - segStart === 1) next = TITLE;
        else if (cls === LOWER && (pattern === LOWER || pattern === TITLE)) next = pattern;
        else if (cls === UPPER && pattern === UPPER) next = UPPER;
        else next = -1;
        if (next !== -1) {
          pattern = next;
          continue;
        }
      }
      // A segment of one type and case pattern: units [segStart, u).
      const size = u - segStart;
      let collapse = false;
      if (pattern === DIGIT) {
        collapse = sep === ' ' && size >= 4;
      } else if (size >= 3) {
        let plain = false;
        for (let k = segStart; k < u; k++) {
          if (!SMS_LETTERS.has(String.fromCharCode(input.charCodeAt(at(k)) | 0x20))) plain = true;
        }
        collapse = plain || (size >= 4 && pattern === UPPER);
      }
      if (collapse) {
        let word = '';
        for (let k = segStart; k < u; k++) word += input.charAt(at(k));
        w ??= new Out(input, st);
        w.copy(last, at(segStart));
        w.put(word, at(segStart), at(u - 1) + 1);
        last = at(u - 1) + 1;
        st.spacedWords++;
      }
      if (u < units) {
        segStart = u;
        pattern = unitClass(input.charCodeAt(at(u)));
      } else if (!collapse) {
        // The last letter may start a run with another separator: "e. g. H O R O".
        SPACED.lastIndex = at(units - 1);
      }
    }
  }
  return w ? w.finish(last) : input;
}
