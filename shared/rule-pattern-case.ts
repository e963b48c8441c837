/**
 * What a rule's text or regex pattern holds that the scanned text never does. Capital letters: the
 * rules scan the lower-cased text, so a pattern written with a capital ("QQ", "ETC", [A-Z]) never
 * matches there unless it is `nocase`. Control characters: the normaliser removes them (a tab or a
 * line break becomes a space), so a raw one in a pattern (a backspace where a tool wrote `\b` as an
 * escape of its own) never matches either. Accented letters: the normaliser folds them ("é" is "e",
 * "ş" is "s"), so a pattern that spells one never matches.
 */
import type { Diagnostic, RuleSource } from './classifier/engine.ts';
import { computeCluster, DIACRITIC } from './classifier/normalize/folds.ts';
import { readPatterns } from './rule-patterns.ts';

/** A combining mark: it stays on the letter it follows (Thai vowels, Devanagari signs). */
const MARK = /^\p{M}$/u;

/** The ASCII capitals of a pattern's body, outside escapes (`\B`, `\W`, `\x4B` are not letters of the text). */
export function capitalsOf(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 92) {
      // an escape: skip what it names (`\xHH` spans two more characters)
      i += body[i + 1] === 'x' ? 3 : 1;
      continue;
    }
    if (c >= 65 && c <= 90) out += body[i];
  }
  return out;
}

/** The raw control characters of a pattern's body, as `U+XXXX` (escapes such as `\\x08` are the author's). */
export function controlsOf(body: string): string[] {
  const out: string[] = [];
  for (const ch of body) {
    const c = ch.charCodeAt(0);
    if (c < 0x20 || c === 0x7f) out.push(`U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return [...new Set(out)];
}

/** The accented Latin letters of a pattern's body, which the normaliser folds, as `é→e` (once each). */
export function foldedOf(body: string): string[] {
  const out = new Set<string>();
  for (const ch of body) {
    if (ch.charCodeAt(0) < 0x80 || MARK.test(ch)) continue;
    const f = computeCluster(ch);
    if (f.kind === DIACRITIC && f.out !== ch) out.add(`${ch}→${f.out}`);
  }
  return [...out];
}

/** A warning for each pattern of `sources` that holds what the scanned text never does: control characters, accented letters, capitals (unless `nocase`). */
export function patternCaseDiagnostics(sources: readonly RuleSource[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of sources) {
    for (const p of readPatterns(s.source)) {
      const warn = (code: string, message: string) =>
        out.push({ severity: 'warning', source: s.name, line: p.line, column: p.column, code, message });
      const controls = controlsOf(p.body);
      if (controls.length > 0)
        warn(
          'pattern-control',
          `string ${p.name} holds control characters (${controls.join(' ')}): the scanned text never does, so it never matches; write an escape (\\b, \\t) instead`,
        );
      const folded = foldedOf(p.body);
      if (folded.length > 0)
        warn(
          'pattern-folded',
          `string ${p.name} spells letters the normaliser folds (${folded.join(' ')}): the scanned text never holds them, so that part never matches; write the folded letters`,
        );
      const capitals = /\bnocase\b/.test(p.modifiers) ? '' : capitalsOf(p.body);
      if (capitals !== '')
        warn(
          'pattern-case',
          `string ${p.name} has capital letters (${[...new Set(capitals)].join('')}): the rules scan lower-cased text, so they never match; write them in small letters`,
        );
    }
  }
  return out;
}
