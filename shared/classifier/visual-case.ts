/**
 * The normalised text in the case a reader sees: letters written in Latin small capitals
 * ("ꜰʀᴇᴇ ᴍsɢ") fold to small letters for the rules and the n-grams, but they are drawn as
 * capitals, so the text model's count of capitalised words reads them as capitals.
 */
import { SMALL_CAPITALS } from './normalize/folds.ts';
import type { Normalized } from './normalize/index.ts';

function hasSmallCapital(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (SMALL_CAPITALS.has(s.charCodeAt(i))) return true;
  return false;
}

export function visualCase(n: Normalized): string {
  // a small capital is a confusable: most messages have none and keep their text as it is (and
  // no offset map is built for one that has other confusables only)
  if (n.obfuscation.confusables === 0 || !hasSmallCapital(n.original)) return n.text;
  const text = n.text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) continue;
    const cp = n.original.codePointAt(n.originalIndex(i));
    if (cp === undefined || !SMALL_CAPITALS.has(cp)) continue;
    out += text.slice(from, i) + String.fromCharCode(c - 32);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
