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

/** Stage 1 over a message that has non-ASCII or control characters. */
export function foldChars(input: string, st: State): string {
  const n = input.length;
  let w: Out | null = null;
  let run = 0; // start of the pending unchanged run
  let i = 0;
  let steps = 0;
  while (i < n) {
    steps++;
    const c = input.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x20 ? c !== 0x7f : c >= 0x09 && c <= 0x0d) {
        i++;
        continue;
      }
      w ??= new Out(input, st);
      w.copy(run, i);
      w.put('', i, i + 1);
      st.controls++;
      run = ++i;
      continue;
    }
    if (isRegionalIndicator(input, i)) {
      let end = i;
      while (end < n && isRegionalIndicator(input, end)) end += 2;
      if (end - i === 4) {
        i = end; // a flag
        continue;
      }
      w ??= new Out(input, st);
      w.copy(run, i);
      for (let k = i; k < end; k += 2) {
        w.put(String.fromCharCode(65 + input.charCodeAt(k + 1) - 0xdde6), k, k + 2);
        st.confusables++;
      }
      run = i = end;
      continue;
    }
    const cp = codePointAt(input, i);
    const len = cp > 0xffff ? 2 : 1;
    const f = foldOf(cp);
    let start = i;
    let end = i + len;
    let multi = false;
    if (f.mark && i > run) {
      // A mark after an unchanged character: the cluster starts at that character.
      start = i - 1;
      const p = input.charCodeAt(start);
      if (p >= 0xdc00 && p <= 0xdfff && start > run) start--;
      multi = true;
    }
    while (end < n && input.charCodeAt(end) >= 0x300) {
      const next = codePointAt(input, end);
      if (!foldOf(next).mark) break;
      steps++;
      end += next > 0xffff ? 2 : 1;
      multi = true;
    }
    const g = multi ? foldOfCluster(input, start, end) : f;
    if (g.look) st.lookalikes = true;
    if (g.kind === KEEP) {
      i = end;
      continue;
    }
    w ??= new Out(input, st);
    w.copy(run, start);
    w.put(g.out, start, end);
    count(st, g.kind);
    run = i = end;
  }
  work.chars += steps;
  return w ? w.finish(run) : input;
}
