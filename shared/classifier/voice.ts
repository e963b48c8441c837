/**
 * Whether a message reads as a person's rather than a service's, for the one step that needs it:
 * the text model filing a message under Transactions or Promotions with no rule to say so. A
 * person passing on a voucher PIN, an account number or a phone number ("abeg load am", "my acct
 * is ...") must stay in the inbox; services address the reader and do not say "I".
 */
import type { SenderInfo } from './sender.ts';

/** First-person and conversational words, English and West African Pidgin ("i.airtel.in" is a link, not "I"). */
const PERSON =
  /\b(i(?!\.[a-z])|i'm|im|i've|ive|i'll|ill|i'd|me|my|mine|we're|lol|abeg|biko|oya|wahala|sef|abi|shey|wetin|una|dey|don(?!['’])|na|am|bro|sis|babe|mum|mom|dad|haha)\b/;
/** A clock time ("10:42 am", "9 pm", "7.30am"): its "am" is not Pidgin's. */
const CLOCK = /\b\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)\b/g;
/** A word with letters: a phone number or an amount is not a word a service writes with. */
const WORD = /\p{L}+/gu;
const MIN_WORDS = 5;
/**
 * A number in national form (a trunk 0, no country code: "090-1234-5678", "010-9876-5432",
 * "07700 900123"): without its country the line type is unknown, but this is how a person's mobile
 * is shown in the many countries that dial a trunk 0, so it may be a person's.
 */
const NATIONAL = /^0[1-9][0-9]{7,10}$/;

export function speaksAsPerson(lowerText: string, sender: SenderInfo): boolean {
  // a number a person could own; alphanumeric ids and short codes are services'
  if (sender.kind === 'phone' && (sender.line === 'mobile' || sender.line === 'personal_number')) return true;
  if (sender.kind === 'phone' && sender.line === 'unknown' && NATIONAL.test(sender.value)) return true;
  if (sender.kind === 'email') return true;
  if (PERSON.test(lowerText.includes('am') ? lowerText.replace(CLOCK, ' ') : lowerText)) return true;
  WORD.lastIndex = 0;
  let words = 0;
  while (WORD.exec(lowerText) !== null && words < MIN_WORDS) words++;
  return words < MIN_WORDS;
}
