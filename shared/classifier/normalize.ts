/**
 * Normalisation before scanning. YARA-X `nocase` folds ASCII only, so look-alike letters,
 * fullwidth forms, zero-width joiners and spaced-out words are folded here, once, and the rules
 * and the model see one canonical text. The original text is kept untouched for offsets.
 *
 * (First version: NFKC, invisible characters, entities. Confusables, spaced words, defanged URLs and
 * the structured features are filled in by the normaliser's own change.)
 */

export interface UrlFeature {
  /** As written in the message (possibly defanged). */
  readonly raw: string;
  /** Lower-case host, refanged. */
  readonly host: string;
  readonly tld: string;
  readonly defanged: boolean;
}

export interface MoneyFeature {
  readonly raw: string;
  readonly currency: string;
  readonly amount: number;
}

export interface Features {
  readonly urls: readonly UrlFeature[];
  readonly phones: readonly string[];
  readonly shortCodes: readonly string[];
  readonly emails: readonly string[];
  readonly money: readonly MoneyFeature[];
}

export interface Obfuscation {
  /** Invisible characters removed (zero-width, bidi controls, soft hyphens). */
  readonly invisible: number;
  /** Characters folded from a look-alike script or a fullwidth/mathematical form. */
  readonly confusables: number;
  /** Words rebuilt from spaced-out letters ("F R E E"). */
  readonly spacedWords: number;
  readonly entities: number;
}

export interface Normalized {
  /** The message exactly as received. */
  readonly original: string;
  /** The canonical text that rules and the model see. */
  readonly text: string;
  readonly features: Features;
  readonly obfuscation: Obfuscation;
}

// Zero-width, joiners, bidi controls, soft hyphen, variation selectors, Hangul fillers, BOM.
// (Built from a string: each is removed on its own, so the combining-mark lint does not apply.)
const INVISIBLE_CHARS =
  '\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0';
// biome-ignore lint/complexity/useRegexLiterals: a literal would trip the combining-mark lint
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  pound: '£',
  euro: '€',
};

function decodeEntities(s: string): { text: string; count: number } {
  let count = 0;
  const text = s.replace(ENTITY, (m, body: string) => {
    let out: string | undefined;
    if (body[0] === '#') {
      const cp =
        body[1] === 'x' || body[1] === 'X'
          ? Number.parseInt(body.slice(2), 16)
          : Number.parseInt(body.slice(1), 10);
      out = cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : undefined;
    } else {
      out = NAMED[body.toLowerCase()];
    }
    if (out === undefined) return m;
    count++;
    return out;
  });
  return { text, count };
}

export function normalize(original: string): Normalized {
  const entities = decodeEntities(original);
  let invisible = 0;
  const visible = entities.text.replace(INVISIBLE, () => {
    invisible++;
    return '';
  });
  const nfkc = visible.normalize('NFKC');
  let confusables = 0;
  for (let i = 0; i < visible.length && i < nfkc.length; i++) if (visible[i] !== nfkc[i]) confusables++;
  const text = nfkc.replace(/\s+/g, ' ').trim();
  return {
    original,
    text,
    features: { urls: [], phones: [], shortCodes: [], emails: [], money: [] },
    obfuscation: { invisible, confusables, spacedWords: 0, entities: entities.count },
  };
}
