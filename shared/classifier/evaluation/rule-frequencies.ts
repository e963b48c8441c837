/** The rule author's hit-frequencies: hits per rule on wanted and on unwanted messages. */
import type { RuleSource } from '../engine.ts';

export interface RuleFrequency {
  readonly name: string;
  readonly wantedHits: number;
  readonly unwantedHits: number;
  /** Share of its hits that are unwanted messages; null when it never fired. */
  readonly precision: number | null;
}

const RULE_DECL = /^[ \t]*((?:(?:private|global)[ \t]+)*)rule[ \t]+([A-Za-z_][A-Za-z0-9_]*)/gm;

/** Names of the rules that report hits (private rules never do), in source order. */
export function reportingRuleNames(sources: readonly RuleSource[]): string[] {
  const names: string[] = [];
  for (const s of sources) {
    for (const m of s.source.matchAll(RULE_DECL)) {
      if (!(m[1] ?? '').includes('private')) names.push(m[2] as string);
    }
  }
  return names;
}

/** Hits per rule on wanted and on unwanted messages; rules that never fire are listed with zeros. */
export function ruleFrequencies(
  ruleNames: readonly string[],
  hits: readonly (readonly string[])[],
  unwanted: readonly boolean[],
): RuleFrequency[] {
  const counts = new Map<string, { w: number; u: number }>();
  for (const n of ruleNames) counts.set(n, { w: 0, u: 0 });
  hits.forEach((names, i) => {
    for (const n of names) {
      let c = counts.get(n);
      if (!c) {
        c = { w: 0, u: 0 };
        counts.set(n, c);
      }
      if (unwanted[i]) c.u++;
      else c.w++;
    }
  });
  return [...counts].map(([name, c]) => ({
    name,
    wantedHits: c.w,
    unwantedHits: c.u,
    precision: c.w + c.u === 0 ? null : round(c.u / (c.w + c.u), 4),
  }));
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
