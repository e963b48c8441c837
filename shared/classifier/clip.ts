/**
 * What of a long text is classified. A real SMS is at most a few hundred characters (ten joined
 * parts are ~1,530 GSM-7 characters, ~670 in UCS-2); the longest message of the corpora and of every
 * written set is under 1,000. A text that fits in `HEAD + TAIL` UTF-16 units is read as written. A
 * longer one is padding or an attack: the classifier reads its first `HEAD` and last `TAIL` units,
 * joined by a line break, with each word at most `MAX_REPEATS` times (`capRepeats`), so its cost is
 * bounded whatever its size, and a scam padded before or after keeps its verdict (its lure sits at
 * one end and its words come first).
 *
 * Why 1 KiB + 512 and two copies (it was 2 KiB + 1 KiB and eight): every stage is linear in what it
 * reads, and a rule pass costs most on text dense with the rules' own words, so these set the worst
 * case of a hostile body (docs/PERFORMANCE.md, "Hostile input"). 1,536 units still hold the longest
 * concatenated SMS whole.
 */
export const HEAD = 1024;
export const TAIL = 512;

/**
 * In a clipped text, the copies of a word (a run of letters, marks and digits, in any case) past
 * the `MAX_REPEATS`th: "call call call ...", "1.1.1.", "txt,1 txt,2" or a soup of look-alike words
 * cost a rule pass (or a phone parse) at every copy and tell a rule nothing the first two did. The
 * punctuation and white space between words stay.
 */
export const MAX_REPEATS = 2;

/** The text to classify: `text` itself when it fits, else its head and tail with no word read more than `MAX_REPEATS` times. */
export function clipText(text: string): string {
  return text.length <= HEAD + TAIL ? text : capRepeats(headAndTail(text));
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
  let head = HEAD;
  // never split a surrogate pair
  const h = text.charCodeAt(head - 1);
  if (h >= 0xd800 && h <= 0xdbff) head--;
  let tail = text.length - TAIL;
  const t = text.charCodeAt(tail);
  if (t >= 0xdc00 && t <= 0xdfff) tail++;
  return `${text.slice(0, head)}\n${text.slice(tail)}`;
}
