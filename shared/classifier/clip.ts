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

/** The text to classify: `text` itself, or its head and tail when it is longer than both. */
export function clipText(text: string): string {
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
