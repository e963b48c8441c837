/**
 * What of a long text is classified. A real SMS is at most a few hundred characters (ten joined
 * parts are ~1,530 GSM-7 characters, ~670 in UCS-2), an iMessage from an unknown sender rarely more
 * than ~2 KB; the longest message of the corpora is 910 characters. A 64 KiB body is padding or an
 * attack. The classifier reads the first `HEAD` and the last `TAIL` UTF-16 units of a longer text,
 * joined by a line break, so the cost of a message is bounded whatever its size, and a scam padded
 * before or after keeps its verdict (the lure sits at one end).
 *
 * Why 2 KiB + 1 KiB (it was 4 KiB + 2 KiB): every stage's cost is linear in what is read, so the
 * clip sets the worst case of a hostile body (halved by this change: docs/PERFORMANCE.md, "Hostile
 * input"). 3,072 units still hold the longest concatenated SMS twice over and an ordinary long
 * iMessage whole; a padded scam's lure at either end is inside the head or the tail. Smaller (1 KiB
 * + 512) would cut the worst case again but sit at the length of a ten-part SMS, with no margin.
 */
export const HEAD = 2048;
export const TAIL = 1024;

/**
 * A long text (over `REPEATS_FROM` units) reads each word (a run of letters, marks and digits, in
 * any case) at most `MAX_REPEATS` times: "call call call ...", "1.1.1.", "txt,1 txt,2" or a soup of
 * eight look-alike words over 3 KiB cost a rule pass (or a phone parse) at every copy, and a copy
 * past the eighth tells a rule nothing the first did. The punctuation and white space between
 * words stay. No message of the corpora is that long (the longest is 910 characters), so every
 * real message reads as before; a long iMessage loses only its ninth "the".
 */
export const REPEATS_FROM = 1024;
export const MAX_REPEATS = 8;

/** The text to classify: `text` itself, or its head and tail when it is longer than both, with no word read more than `MAX_REPEATS` times when long. */
export function clipText(text: string): string {
  const clipped = headAndTail(text);
  return clipped.length > REPEATS_FROM ? capRepeats(clipped) : clipped;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Each word's copies past the `MAX_REPEATS`th dropped; what lies between words kept. */
export function capRepeats(text: string): string {
  const seen = new Map<string, number>();
  let out = '';
  let kept = 0; // the end of the text copied so far
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const key = m[0].toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > MAX_REPEATS) {
      out += text.slice(kept, m.index);
      kept = m.index + m[0].length;
    }
  }
  return kept === 0 ? text : out + text.slice(kept);
}

function headAndTail(text: string): string {
  if (text.length <= HEAD + TAIL) return text;
  let head = HEAD;
  // never split a surrogate pair
  const h = text.charCodeAt(head - 1);
  if (h >= 0xd800 && h <= 0xdbff) head--;
  let tail = text.length - TAIL;
  const t = text.charCodeAt(tail);
  if (t >= 0xdc00 && t <= 0xdfff) tail++;
  return `${text.slice(0, head)}\n${text.slice(tail)}`;
}
