/** Stage 5, whitespace: every run of white space becomes one space; leading and trailing space removed. */
import { isSpace } from './code-points.ts';
import type { State } from './state.ts';
import { Out } from './trace.ts';
import { work } from './work.ts';

export function collapseWhitespace(input: string, st: State): string {
  const n = input.length;
  let w: Out | null = null;
  let last = 0;
  for (let a = 0; a < n; a++) {
    if (!isSpace(input.charCodeAt(a))) continue;
    let b = a + 1;
    while (b < n && isSpace(input.charCodeAt(b))) b++;
    const edge = a === 0 || b === n;
    if (edge || b - a > 1 || input.charCodeAt(a) !== 0x20) {
      w ??= new Out(input, st);
      w.copy(last, a);
      w.put(edge ? '' : ' ', a, b);
      last = b;
    }
    a = b; // input[b] is not white space
  }
  work.whitespace += n;
  return w ? w.finish(last) : input;
}
