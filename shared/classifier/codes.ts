/**
 * One-time codes: a 4-8 digit code (or two groups of 2-4 joined by a dash or a space, or
 * Google's "G-123456") in the sentence a service writes around it, in any word order and the
 * common languages: "123456 is your X code", "Your X code: 5521", "Use 4821 to sign in",
 * "tu codigo es 482091", "验证码：538201". The words are data (`shared/maps/code-words.tsv`);
 * the count is the scan variable `code_count`. Run on the lower-cased normalised text, after a
 * cheap check that it has four digits in a row at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeRegExp } from './escape-regexp.ts';

export interface CodeWords {
  readonly frames: readonly RegExp[];
  /** "Use 4821 in store" with "20% off": a coupon, not a code. */
  readonly offer: RegExp;
  /** "Brand code: 4821", unless the word before names another kind of code. */
  readonly labelled: RegExp;
  readonly notLabelled: RegExp;
  /** "codigo do portao 1408", "gate code 7719", "the door opens with the code 1976": a door's, gate's or locker's code, not a one-time one. */
  readonly physical: RegExp;
}

const CODE = String.raw`(?:\d{4,8}|\d{2,4}[- ]\d{2,4})`;
/** Not part of a longer number, an amount or a reference ("£1234", "12345678901", "1234.5"). */
const START = String.raw`(?<![A-Za-z0-9_.,/#£$€¥₹+-])`;
// a decimal part, but not a CJK sentence's comma folded to ',' ("482913，5分钟内有效")
const END = String.raw`(?![A-Za-z0-9%]|[.,]\d+(?![\d\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]))`;

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** Words in Latin letters as whole words ("tac" is not in "contact"); others as written ("验证码"). */
function wholeWords(words: readonly string[]): string {
  const latin = words.filter((w) => /^[a-z]/.test(w));
  const other = words.filter((w) => !/^[a-z]/.test(w));
  const parts = [];
  if (latin.length) parts.push(String.raw`(?<![a-z0-9])(?:${alternation(latin)})(?![a-z0-9])`);
  if (other.length) parts.push(`(?:${alternation(other)})`);
  return parts.join('|');
}

const KINDS = ['named', 'qualifier', 'word', 'not', 'place'];

export function parseCodeWords(text: string, file = 'code-words.tsv'): CodeWords {
  const lists = new Map<string, string[]>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [kind, words] = line.split('\t') as [string, string | undefined];
    if (!words || !KINDS.includes(kind))
      throw new Error(`${file}: expected ${KINDS.join('|')}<TAB>words: ${line}`);
    lists.set(
      kind,
      words
        .split(',')
        .map((w) => w.trim())
        .filter(Boolean),
    );
  }
  for (const kind of KINDS) if (!lists.has(kind)) throw new Error(`${file}: no "${kind}" line`);
  const named = wholeWords(lists.get('named') as string[]);
  const qualifier = alternation(lists.get('qualifier') as string[]);
  const word = alternation(lists.get('word') as string[]);
  // a door's or a locker's code: a "not" word right before the code word, or right after it
  const not = wholeWords(lists.get('not') as string[]);
  // (and the words for a door's or a wifi's password: clave, senha, haslo, sifre, parola, код)
  const codeWord = `${word}|kod|kode|codigo|codice|clave|senha|contrasena|haslo|sifre|parola|код|пароль|κωδικος|κωδικός`;
  // a door, a gate, a garage or a wifi named in the code's sentence, a few words away
  const place = wholeWords(lists.get('place') as string[]);
  const b = String.raw`(?<![\p{L}\p{N}])`;
  const e = String.raw`(?![\p{L}\p{N}])`;
  const frames = [
    // "verification code is 482913", "login pin: 4821"
    String.raw`${b}(?:${qualifier}) ?(?:${word})${e}[^\d]{0,24}${START}${CODE}${END}`,
    // "your Uber code: 5521", "your one-time passcode is 774411"
    String.raw`${b}your (?:[\p{L}\p{N}&.-]{1,15} ){0,3}(?:${word}|one-time passcode|one-time password)(?: is| =| to [a-z]{2,11} is)?:? ?"?${START}${CODE}${END}`,
    // "123456 is your HSBC one-time passcode", "482-913 is your code"
    String.raw`${START}${CODE} (?:is|as) (?:your|the) (?:[\p{L}\p{N}&.'-]{1,15} ){0,4}(?:${word})${e}`,
    // "your OTP for the transaction of AED 349.00 at NOON.COM is 538120"
    String.raw`(?:${named}) for .{1,80}? is:? ?${START}${CODE}${END}`,
    // "G-123456 is your Google verification code"
    String.raw`${b}g-\d{5,8}${END}`,
    // "otp 305596", "codigo de verificacion de mercado libre es 482091", "验证码：538201"
    String.raw`(?:${named})[^\d]{0,48}${START}${CODE}${END}`,
    // "538201 是您的验证码", "482910 otp"
    String.raw`${START}${CODE}${END}[^\d]{0,16}(?:${named}|是您的|为您的|是你的|為您的)`,
    // "882193 (Acme Verification Code)", "4412 - Acme login code"
    String.raw`${START}${CODE}${END} ?[(\[-] ?(?:[\p{L}\p{N}&.'-]{1,15} ){0,3}(?:${qualifier}) ?(?:${word})${e}`,
    // a bare "Code:" opening a sentence, after the service's warnings: "... it's a scam. Code: 284913"
    // (five digits or more: a door's or a locker's code passed on is four)
    String.raw`(?:^|[.!?] )code: ?${START}\d{5,8}${END}`,
    // "482091 es tu codigo"
    String.raw`${START}\d{4,8} (?:es|e|est|ist|adalah|sera) (?:tu|su|seu|o seu|il tuo|votre|ihr|dein|kode)${e}`,
  ];
  return {
    frames: frames.map((f) => new RegExp(f, 'u')),
    offer: /\b(?:\d{1,2}% off|[£$€]\d{1,3} off|coupon|promo|discount|in store|in-store|off your)\b/,
    labelled: new RegExp(
      String.raw`(?:^|[^\p{L}\p{N}])(\p{L}[\p{L}\p{N}]{1,14}) code: ?${START}${CODE}${END}`,
      'u',
    ),
    notLabelled: new RegExp(String.raw`^(?:${alternation(lists.get('not') as string[])})$`),
    physical: new RegExp(
      [
        String.raw`(?:${not}),?(?: (?:com|con|with|mit|avec|z|cu|ile|с))? (?:${codeWord})${e}[^\d]{0,16}${START}${CODE}`,
        String.raw`${b}(?:${codeWord}) (?:(?:do|da|de|del|della|dello|du|od|of|for|to|na|ng)(?: the)? )?(?:${not})[^\d]{0,24}${START}${CODE}`,
        // "la puerta se abre con el codigo 1976", "il codice per entrare nel garage e 0815"
        String.raw`(?:${place})[^\d.!?]{0,40}(?:${codeWord})${e}[^\d]{0,16}${START}${CODE}`,
        String.raw`${b}(?:${codeWord})${e}[^\d.!?]{0,30}(?:${place})[^\d]{0,24}${START}${CODE}`,
      ].join('|'),
      'u',
    ),
  };
}

export function readCodeWords(dir: string): CodeWords {
  return parseCodeWords(readFileSync(join(dir, 'code-words.tsv'), 'utf8'));
}

/** "use 4821 to sign in", "enter 903112 in the app", "use the code (7744) on" (a coupon's "use code 4821 in store" is not). */
const USE = new RegExp(
  String.raw`\b(?:use|enter|type|input|provide) (?:the )?(?:code )?\(?${START}${CODE}\)? (?:as|to|for|in|on|into|within)\b`,
  'u',
);
const FOUR_DIGITS = /\d{4}|\d{2}[- ]\d{2}/;

/** How many of the code frames the text holds (0 when it has no code at all). */
export function countCodes(lowerText: string, words: CodeWords): number {
  if (!FOUR_DIGITS.test(lowerText)) return 0;
  if (words.physical.test(lowerText)) return 0;
  let n = 0;
  for (const f of words.frames) if (f.test(lowerText)) n++;
  if (USE.test(lowerText) && !words.offer.test(lowerText)) n++;
  const labelled = words.labelled.exec(lowerText);
  if (labelled && !words.notLabelled.test(labelled[1] as string)) n++;
  return n;
}
