/** Stage 5, whitespace: every run of white space becomes one space; leading and trailing space removed. */
import type { State } from './state.ts';
import { Out } from './trace.ts';

const WHITESPACE = /\s+/g;

export function collapseWhitespace(input: string, st: State): string {
  WHITESPACE.lastIndex = 0;
  let w: Out | null = null;
  let last = 0;
  for (let m = WHITESPACE.exec(input); m !== null; m = WHITESPACE.exec(input)) {
    const a = m.index;
    const b = a + m[0].length;
    const edge = a === 0 || b === input.length;
    if (!edge && b - a === 1 && input.charCodeAt(a) === 0x20) continue;
    w ??= new Out(input, st);
    w.copy(last, a);
    w.put(edge ? '' : ' ', a, b);
    last = b;
  }
  return w ? w.finish(last) : input;
}
