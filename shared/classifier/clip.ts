/**
 * What of a long text is classified. A real SMS is at most a few hundred characters (ten joined
 * parts are ~1,600), an iMessage a few KB; a 64 KiB body is padding or an attack. The classifier
 * reads the first `HEAD` and the last `TAIL` UTF-16 units of a longer text, joined by a line
 * break, so the cost of a message is bounded whatever its size, and a scam padded before or after
 * keeps its verdict (the lure sits at one end).
 */
export const HEAD = 4096;
export const TAIL = 2048;

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
