/**
 * A rule pack cut into units that compile alone, one per rule, for `rules check` to time each
 * rule's own strings and condition: the file's prelude (its imports) and the rule, with every
 * other rule of the file that it names (a private marker) replaced by a boolean scan variable that
 * stays false. So a rule is not charged for its markers (they are timed as units of their own),
 * and nothing in its condition is a constant the compiler could fold away with its strings.
 * Rules of one file cannot name another file's rules (each file compiles alone first).
 */
import type { RuleSource, ScanVariables } from './classifier/engine.ts';
import { RULE_DECL } from './classifier/lower-any-of.ts';

/** The variable that stands for another rule in a unit: declared with `UNIT_VARIABLES`, false. */
export const OTHER_RULE = 'smsjunk_other_rule';

/** The scan variables to compile units with: the service's, and `OTHER_RULE`. */
export function unitVariables(variables: ScanVariables): ScanVariables {
  return { ...variables, [OTHER_RULE]: false };
}

export interface RuleUnit {
  /** The rule's name. */
  readonly rule: string;
  /** The `RuleSource.name` it comes from, and the 1-based line of its declaration there. */
  readonly source: string;
  readonly line: number;
  readonly isPrivate: boolean;
  /** The other rules of its file it names (each replaced by `OTHER_RULE` in `text`). */
  readonly refs: readonly string[];
  /** The rule alone: compiles with `unitVariables`. */
  readonly text: string;
}

function lineAt(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

export function ruleUnits(sources: readonly RuleSource[]): RuleUnit[] {
  const units: RuleUnit[] = [];
  for (const s of sources) {
    const found = [...s.source.matchAll(RULE_DECL)];
    const prelude = s.source.slice(0, found[0]?.index ?? s.source.length);
    const names = found.map((m) => m[2] as string);
    found.forEach((m, k) => {
      const start = m.index;
      const block = s.source.slice(start, found[k + 1]?.index ?? s.source.length);
      const header = m[0].length;
      const name = m[2] as string;
      const refs = names.filter((n) => n !== name && new RegExp(`\\b${n}\\b`).test(block.slice(header)));
      let body = block.slice(header);
      for (const r of refs) body = body.replace(new RegExp(`\\b${r}\\b`, 'g'), OTHER_RULE);
      units.push({
        rule: name,
        source: s.name,
        line: lineAt(s.source, start + (m[0].length - m[0].trimStart().length)),
        isPrivate: /\bprivate\b/.test(m[1] ?? ''),
        refs,
        text: `${prelude}${m[0]}${body}${body.endsWith('\n') ? '' : '\n'}`,
      });
    });
  }
  return units;
}
