/**
 * Stage 3, look-alikes of other scripts, by word. Cyrillic, Greek, Armenian and Cherokee look-alikes
 * (`А В Е К М Н О Р С Т Х а е о р с у х і`, `Α Β Ε Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ α ο ν ι κ ρ υ`, ...) are
 * folded to ASCII only where they are an attack, not where they are writing. The rule, per word (a
 * run of letters, marks and digits):
 *   - the word mixes Latin letters and look-alikes ("WІNNER", "pаypal") -> fold its look-alikes;
 *   - the word has a letter of its script that has no Latin look-alike ("дела", "λόγος")
 *     -> keep the word as it is;
 *   - the word is made only of look-alikes ("ВАНК", "ΚΑΙ") -> fold it when the message is
 *     Latin-script, i.e. it has at least as many Latin letters as unambiguous non-Latin ones.
 * A Russian or Greek message therefore stays Russian or Greek, word for word.
 */
import { codePointAt, isUnifiedIdeograph, pairs } from './code-points.ts';
import type { State } from './state.ts';
import { Out } from './trace.ts';
import { work } from './work.ts';

/** Look-alike letters of other scripts -> the ASCII letter they imitate. */
export const LOOKALIKE: ReadonlyMap<number, string> = pairs(
  // Cyrillic
  'АAВBЕEЁEЅSІIЇIЈJКKМMНHОOРPСCТTХXУYҮYԚQԜWӀI' +
    'аaеeёeоoрpсcхxуyіiїiјjѕsһhԁdԛqԝwӏlүyкk' +
    // Greek
    'ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧXϹCͿJ' +
    'αaοoνvιiκkρpυuχxγyεeτtωwϲcϳjηn' +
    // Armenian
    'ՕOՍUՏSԼLօoսuոnհhզqցg' +
    // Cherokee
    'ᎪAᏴBᏟCᎠDᎬEᏀGᎻHᎫJᏦKᏞLᎷMᏢPᏚSᎢTᏙVᎳWᏃZᏒR',
);

/** Finds the next look-alike quickly (a character class scan instead of a lookup per character). */
const LOOKALIKE_NEXT = new RegExp(
  `[${[...LOOKALIKE.keys()].map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
);

const WORDISH = /^[\p{L}\p{M}\p{N}]/u;
const LETTER = /^\p{L}/u;
const LATIN = /^\p{Script=Latin}/u;
const WORD = 1;
const LETTER_BIT = 2;
const LATIN_BIT = 4;
/** The classes of code points seen before, direct-mapped: a code point replaces the one in its slot. */
const CLASS_SLOTS = 16384;
const classKeys = new Int32Array(CLASS_SLOTS).fill(-1);
const classBits = new Uint8Array(CLASS_SLOTS);

/** WORD | LETTER | LATIN bits of a code point. */
function classOf(cp: number): number {
  if (cp < 0x80) {
    if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return WORD | LETTER_BIT | LATIN_BIT;
    return cp >= 0x30 && cp <= 0x39 ? WORD : 0;
  }
  if (isUnifiedIdeograph(cp)) return WORD | LETTER_BIT;
  const slot = cp & (CLASS_SLOTS - 1);
  if (classKeys[slot] === cp) return classBits[slot] as number;
  const ch = String.fromCodePoint(cp);
  const k =
    (WORDISH.test(ch) ? WORD : 0) | (LETTER.test(ch) ? LETTER_BIT : 0) | (LATIN.test(ch) ? LATIN_BIT : 0);
  classKeys[slot] = cp;
  classBits[slot] = k;
  return k;
}

/**
 * At least as many Latin letters as letters of other scripts, where a word of another script (one
 * with a letter that is no look-alike) counts all its letters: Greek shares so many letters with
 * Latin that "κωδικός επιβεβαίωσης" has only six that are not look-alikes, and a Greek code notice
 * naming "gov.gr wallet" would otherwise read as Latin and have its "για" and "το" folded.
 */
function isLatinMessage(s: string): boolean {
  work.lookalikes += s.length;
  let latin = 0;
  let other = 0;
  // the word being read: its letters that are look-alikes, and whether one is not
  let alike = 0;
  let foreign = false;
  for (let i = 0; i <= s.length; i++) {
    const cp = i < s.length ? codePointAt(s, i) : 0x20;
    if (cp > 0xffff) i++;
    const k = classOf(cp);
    if (!(k & WORD)) {
      if (foreign) other += alike;
      alike = 0;
      foreign = false;
      continue;
    }
    if (LOOKALIKE.has(cp)) alike++;
    else if (k & LATIN_BIT) latin++;
    else if (k & LETTER_BIT) {
      other++;
      foreign = true;
    }
  }
  return latin >= other;
}

/** Where the word (a run of letters, marks and digits) that has the character at `i` starts. */
function wordStart(input: string, i: number): number {
  let ws = i;
  while (ws > 0) {
    let p = ws - 1;
    const c = input.charCodeAt(p);
    if (c >= 0xdc00 && c <= 0xdfff && p > 0) p--;
    if (!(classOf(codePointAt(input, p)) & WORD)) break;
    ws = p;
  }
  return ws;
}

/** A word with a look-alike in it, and its letters that are not look-alikes, Latin or other. */
class Word {
  readonly start: number;
  end: number;
  latin = 0;
  other = 0;

  /** Reads the word that starts at `start`. */
  constructor(input: string, start: number) {
    this.start = start;
    this.end = start;
    for (let k = start; k < input.length; ) {
      const cp = codePointAt(input, k);
      const cls = classOf(cp);
      if (!(cls & WORD)) break;
      if (!LOOKALIKE.has(cp)) {
        if (cls & LATIN_BIT) this.latin++;
        else if (cls & LETTER_BIT) this.other++;
      }
      k += cp > 0xffff ? 2 : 1;
      this.end = k;
    }
  }
}

export function foldLookalikes(input: string, st: State): string {
  let w: Out | null = null;
  let last = 0;
  let latinMessage: boolean | undefined;
  let steps = 0;
  LOOKALIKE_NEXT.lastIndex = 0;
  for (let m = LOOKALIKE_NEXT.exec(input); m !== null; m = LOOKALIKE_NEXT.exec(input)) {
    const word = new Word(input, wordStart(input, m.index));
    // Mixed with Latin: an attack. Has a letter of its own script: writing. Only look-alikes:
    // an attack when the message around it is Latin-script.
    if (word.latin === 0 && word.other === 0 && latinMessage === undefined)
      latinMessage = isLatinMessage(input);
    const foldWord = word.latin > 0 || (word.other === 0 && latinMessage === true);
    steps += 1 + (word.end - word.start) * (foldWord ? 3 : 2);
    if (foldWord) {
      w ??= new Out(input, st);
      for (let k = word.start; k < word.end; k++) {
        const to = LOOKALIKE.get(input.charCodeAt(k));
        if (to === undefined) continue;
        w.copy(last, k);
        w.put(to, k, k + 1);
        st.confusables++;
        last = k + 1;
      }
    }
    LOOKALIKE_NEXT.lastIndex = word.end;
  }
  work.lookalikes += steps;
  return w ? w.finish(last) : input;
}
