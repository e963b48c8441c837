/**
 * Hostile message texts for the normaliser and the classifier: each generator tiles a pattern (or
 * seeded pieces) until the request body reaches a size, 64 KiB by default (the server's
 * MAX_BODY_BYTES). Deterministic for a seed; used by bench/adversarial.mjs, bench/hostile-load.mjs,
 * `rules check` (each rule timed on them) and the tests. No Node-only API: sizes are counted here.
 */
import { seededRandom as prng } from './model/folds.ts';

/** The server's default MAX_BODY_BYTES. */
export const MAX_BODY_BYTES = 65536;

export interface Generator {
  readonly name: string;
  /** What it attacks, for the report. */
  readonly kind: string;
  /** Written once at the start and once at the end (a link's scheme, a closing letter). */
  readonly prefix?: string;
  readonly suffix?: string;
  /** The i-th piece of the body; `next` is a seeded random number in [0, 1). */
  piece(i: number, next: () => number): string;
}

const tile = (name: string, kind: string, unit: string): Generator => ({ name, kind, piece: () => unit });

const pick = <T>(list: readonly T[], next: () => number): T => list[Math.floor(next() * list.length)] as T;

/** Combining marks with no letter of their own (acute, tilde, diaeresis, stroke, ...). */
const MARKS = Array.from({ length: 0x70 }, (_, k) => String.fromCharCode(0x300 + k));
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
/** Latin words spelled with Cyrillic and Greek look-alikes in some letters. */
const HOMOGLYPH_WORDS = [
  'p\u0430yp\u0430l',
  'W\u0406NNER',
  '\u0412\u0410NK',
  '\u03a1RIZE',
  'cl\u0430im',
  '\u0391CC\u039fUNT',
  'v\u0435rify',
  '\u041e\u041a',
];
/** An invented ordinary message (no corpus text), repeated to pad a body. */
const ORDINARY =
  'Hi Sam, running 10 min late for dinner tonight. Could you grab a table near the window? ' +
  'Mum says the parcel came today. See you at 7:30, love J. ';

export const GENERATORS: readonly Generator[] = [
  tile('digits "1."', 'phones', '1.'),
  tile('digits "1("', 'phones', '1('),
  tile('digits "1-1 "', 'phones', '1-1 '),
  tile('digits "+1 ("', 'phones', '+1 ('),
  tile('digits "(0)"', 'phones', '(0)'),
  tile('digits "12 "', 'phones', '12 '),
  tile('money "£1 "', 'money', '£1 '),
  tile('money "5p "', 'money', '5p '),
  tile('links "www.t."', 'links', 'www.t.'),
  tile('links "http://a."', 'links', 'http://a.'),
  tile('links "a.b.c."', 'links', 'a.b.c.'),
  { name: 'links "http://a.co/.)"', kind: 'links', prefix: 'http://a.co/', suffix: 'x', piece: () => '.)' },
  tile('links "a[.]co "', 'links', 'a[.]co '),
  tile('links "x dot com "', 'links', 'x dot com '),
  tile('e-mails "x@y.co "', 'links', 'x@y.co '),
  tile('keywords "txt "', 'keywords', 'txt '),
  tile('keywords "reply "', 'keywords', 'reply '),
  tile('keywords "call "', 'keywords', 'call '),
  tile('keywords "free "', 'keywords', 'free '),
  tile('keywords "win "', 'keywords', 'win '),
  tile('keywords "txt 12345 "', 'short codes', 'txt 12345 '),
  {
    name: 'combining marks',
    kind: 'characters',
    piece: (_i, next) => {
      let s = pick(['a', 'e', 'o', 'Z', 'n'], next);
      const marks = 1 + Math.floor(next() * next() * 40);
      for (let k = 0; k < marks; k++) s += pick(MARKS, next);
      return s;
    },
  },
  // One Cyrillic letter under the whole body of marks of two combining classes: canonical
  // reordering of such a run is quadratic in ICU (~1 s at 64 KiB before marks were capped).
  {
    name: 'mixed marks on one letter',
    kind: 'characters',
    prefix: '\u0416',
    piece: (_i, next) => (next() < 0.5 ? '\u0301\u0316' : '\u0316\u0301'),
  },
  {
    name: 'zero-width runs',
    kind: 'characters',
    piece: (_i, next) => {
      let s = pick(['F', 'R', 'E', 'W', 'I', 'N'], next);
      const run = 1 + Math.floor(next() * 12);
      for (let k = 0; k < run; k++) s += pick(ZERO_WIDTH, next);
      return s;
    },
  },
  // Code points seldom seen before, each folded and classed on its own: 16,000 random CJK extension
  // B ideographs after a Cyrillic look-alike (so the look-alike stage reads them too).
  {
    name: 'new code points (CJK ext. B)',
    kind: 'characters',
    prefix: '\u0430',
    piece: (_i, next) => String.fromCodePoint(0x20000 + Math.floor(next() * 0xa6e0)),
  },
  tile('spaced letters "F R E E "', 'spaced words', 'F R E E '),
  { name: 'homoglyph soup', kind: 'look-alikes', piece: (_i, next) => `${pick(HOMOGLYPH_WORDS, next)} ` },
  tile('entity soup "&amp;&#8203;"', 'entities', '&amp;&#8203;'),
  tile('defang soup "x[.]"', 'defanged links', 'x[.]'),
  tile('defang soup "x dot "', 'defanged links', 'x dot '),
  tile('ordinary message padded', 'baseline', ORDINARY),
];

export function generatorNamed(name: string): Generator {
  const g = GENERATORS.find((x) => x.name === name);
  if (!g) throw new Error(`no generator named ${name}`);
  return g;
}

/** UTF-8 bytes of `s` (a lone surrogate counts as U+FFFD, 3 bytes, as an encoder writes it). */
function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes `s` takes inside a JSON string. */
function jsonBytes(s: string): number {
  return utf8Bytes(JSON.stringify(s)) - 2;
}

/** The classify request body of a message, as the iPhone sends it. */
export function bodyOf(text: string, sender = '87121'): string {
  return JSON.stringify({ _version: 1, query: { sender, message: { text } } });
}

/** A text whose request body (`bodyOf`) takes at most `bodyBytes` bytes. */
export function generate(g: Generator, bodyBytes = MAX_BODY_BYTES, seed = 1): string {
  const next = prng(seed);
  const prefix = g.prefix ?? '';
  const suffix = g.suffix ?? '';
  let budget = bodyBytes - utf8Bytes(bodyOf('')) - jsonBytes(prefix) - jsonBytes(suffix);
  const parts: string[] = [prefix];
  for (let i = 0; budget > 0; i++) {
    let p = g.piece(i, next);
    const bytes = jsonBytes(p);
    if (bytes > budget) {
      // The last piece, cut to fit (whole code points).
      const cps = Array.from(p);
      while (cps.length > 0 && jsonBytes(cps.join('')) > budget) cps.pop();
      p = cps.join('');
      budget = 0;
    } else {
      budget -= bytes;
    }
    parts.push(p);
  }
  parts.push(suffix);
  return parts.join('');
}
