/**
 * Capital letters in a rule's text or regex pattern: the rules scan the lower-cased text, so a
 * pattern written with a capital ("QQ", "ETC", [A-Z]) never matches there unless it is `nocase`.
 */
import type { Diagnostic, RuleSource } from './classifier/engine.ts';
import { readPatterns } from './rule-patterns.ts';

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

/** A warning for each pattern of `sources` that holds a capital letter and is not `nocase`. */
export function patternCaseDiagnostics(sources: readonly RuleSource[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const s of sources) {
    for (const p of readPatterns(s.source)) {
      if (/\bnocase\b/.test(p.modifiers)) continue;
      const capitals = capitalsOf(p.body);
      if (capitals === '') continue;
      out.push({
        severity: 'warning',
        source: s.name,
        line: p.line,
        column: p.column,
        code: 'pattern-case',
        message: `string ${p.name} has capital letters (${[...new Set(capitals)].join('')}): the rules scan lower-cased text, so they never match; write them in small letters`,
      });
    }
  }
  return out;
}
