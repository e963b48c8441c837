/**
 * A person's warning that quotes a scam they received ("Heads up, got this: \"USPS: your package
 * is on hold, update at ...\" Don't click it"). Every rule the quoted lure matches fires, but the
 * words around it tell the reader it is a scam: the message stays in the inbox (verdict step 1b).
 * A bank's awareness notice quoting a lure ("messages like \"...\" are fraud") stays there too.
 */
/** A quoted span long enough to be a message (quotes are folded to '"' by the normaliser). */
const QUOTED = /"([^"]{24,})"/;
/** The warning, outside the quotes, in English and a few other languages. */
const WARNING =
  /\b(scam|scams|scammers?|fraud|fraudulent|fake|phishing|smishing|spam|don'?t click|do not click|don'?t call|do not call|don'?t reply|do not reply|don'?t open|ignore (it|them|this)|heads up|beware|be careful|watch out|estafa|fraude|golpe|arnaque|betrug|truffa|oszustwo)\b/;
/** "It's not a scam", "it's legit": the opposite of a warning. */
const VOUCHED = /\b(not (a )?(scam|fake|fraud|spam)|is legit|it's legit|its legit|it's real|its real)\b/;

export function quotesAWarning(lowerText: string): boolean {
  const m = QUOTED.exec(lowerText);
  if (!m) return false;
  const outside = `${lowerText.slice(0, m.index)} ${lowerText.slice(m.index + m[0].length)}`;
  return WARNING.test(outside) && !VOUCHED.test(outside);
}
