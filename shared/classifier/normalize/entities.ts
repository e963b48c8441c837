/**
 * Stage 2, HTML entities: `&lt;`, `&amp;`, `&#8203;`, `&#x41;` are decoded once; what they decode
 * to goes through the folds of stage 1 (an encoded zero-width space is still removed).
 */
import { foldOf } from './fold-cache.ts';
import { count, KEEP } from './folds.ts';
import type { State } from './state.ts';
import { Out } from './trace.ts';
import { work } from './work.ts';

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,7}));/g;
const NAMED: ReadonlyMap<string, string> = new Map(
  (
    'amp & lt < gt > quot " apos \' nbsp \u00a0 pound £ euro € cent ¢ yen ¥ copy © reg ® trade ™ ' +
    'hellip … ndash – mdash — lsquo ‘ rsquo ’ sbquo ‚ ldquo “ rdquo ” bdquo „ laquo « raquo » ' +
    'middot · bull • times × divide ÷ deg ° sect § para ¶ iexcl ¡ iquest ¿ shy \u00ad zwj \u200d ' +
    'zwnj \u200c lrm \u200e rlm \u200f ensp \u2002 emsp \u2003 thinsp \u2009'
  )
    .split(' ')
    .flatMap((v, i, all) => (i % 2 === 0 ? [[v, all[i + 1] as string] as const] : [])),
);

export function decodeEntities(input: string, st: State): string {
  ENTITY.lastIndex = 0;
  let w: Out | null = null;
  let last = 0;
  for (let m = ENTITY.exec(input); m !== null; m = ENTITY.exec(input)) {
    work.entities++;
    let cp: number | undefined;
    let named: string | undefined;
    if (m[1] !== undefined) cp = Number.parseInt(m[1], 10);
    else if (m[2] !== undefined) cp = Number.parseInt(m[2], 16);
    else named = NAMED.get((m[3] as string).toLowerCase());
    if (cp !== undefined) {
      if (cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) continue;
      named = String.fromCodePoint(cp);
    }
    if (named === undefined) continue;
    // What an entity decodes to is folded like any other character.
    let out = named;
    const c = named.codePointAt(0) as number;
    if (c >= 0x80 || c < 0x20 || c === 0x7f) {
      const f = foldOf(c);
      if (f.look) st.lookalikes = true;
      if (f.kind !== KEEP) out = f.out;
      count(st, f.kind);
    }
    w ??= new Out(input, st);
    w.copy(last, m.index);
    w.put(out, m.index, m.index + m[0].length);
    st.entities++;
    last = m.index + m[0].length;
  }
  return w ? w.finish(last) : input;
}
