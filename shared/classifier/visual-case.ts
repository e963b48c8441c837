/**
 * The normalised text in the case a reader sees: letters written in Latin small capitals
 * ("ꜰʀᴇᴇ ᴍsɢ") fold to small letters for the rules and the n-grams, but they are drawn as
 * capitals, so the text model's count of capitalised words reads them as capitals.
 */
import type { Normalized } from './normalize/index.ts';

/** The Latin small capitals the normaliser folds (folds.ts). */
const SMALL_CAPITALS = /[ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘꞯʀꜱᴛᴜᴠᴡʏᴢ]/u;

function isSmallCapital(c: string | undefined): boolean {
  return c !== undefined && SMALL_CAPITALS.test(c);
}

export function visualCase(n: Normalized): string {
  if (!SMALL_CAPITALS.test(n.original)) return n.text;
  const text = n.text;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122) continue;
    const at = n.originalIndex(i);
    const cp = n.original.codePointAt(at);
    if (cp === undefined || !isSmallCapital(String.fromCodePoint(cp))) continue;
    out += text.slice(from, i) + String.fromCharCode(c - 32);
    from = i + 1;
  }
  return out + text.slice(from);
}
