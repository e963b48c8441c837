/**
 * Rewrites `any of (...)` and `any of them` in rule conditions into explicit disjunctions
 * (`($a or $b or $c)`) before YARA-X compiles them. YARA-X evaluates a quantifier as a loop that
 * costs about four times the plain `or` of the same patterns, on every scan; the meaning is the
 * same, and on the shipped pack the scan is about a tenth cheaper. Line numbers are kept (nothing
 * adds or removes a line), so diagnostics still point at the author's line.
 *
 * Left as written: `for any of ...` (a loop with a body), `any of ... in (...)` and `... at N`
 * (ranges and offsets), a list with anything but pattern names and prefixes, a set that names no
 * declared pattern (the engine then reports the author's own error), and a rule with an anonymous
 * pattern.
 */

/**
 * A rule declaration at the start of a line: its modifiers (group 1) and its name (group 2). The
 * adapter counts the pack's rules with it, and `rule-units.ts` cuts a file into rules with it.
 */
export const RULE_DECL = /^[ \t]*((?:(?:private|global)[ \t]+)*)rule[ \t]+([A-Za-z_]\w*)/gm;
const PATTERN_DECL = /^[ \t]*\$(\w*)[ \t]*=/gm;
const CONDITION = /^[ \t]*condition[ \t]*:/m;
/** `any of them` / `any of ($a, $b*)`, not after `for`, not before `in` or `at`. */
const ANY_OF = /(?<!\bfor\s+)\bany of (?:them\b|\(([^()]*)\))(?!\s*(?:in|at)\b)/g;
const SET_ITEM = /^\$(\w*)(\*?)$/;

export function lowerAnyOf(source: string): string {
  const starts = [...source.matchAll(RULE_DECL)].map((m) => m.index);
  if (starts.length === 0) return source;
  const parts: string[] = [source.slice(0, starts[0])];
  for (let i = 0; i < starts.length; i++) {
    parts.push(lowerRule(source.slice(starts[i], starts[i + 1] ?? source.length)));
  }
  return parts.join('');
}

/** One rule's text (up to the next rule's head): its declared patterns, its condition rewritten. */
function lowerRule(rule: string): string {
  const at = CONDITION.exec(rule);
  if (!at) return rule;
  const split = at.index + at[0].length;
  const declared = [...rule.slice(0, split).matchAll(PATTERN_DECL)].map((m) => m[1] as string);
  // an anonymous pattern cannot be named in a disjunction
  if (declared.length === 0 || declared.includes('')) return rule;
  const condition = rule.slice(split).replace(ANY_OF, (whole, list: string | undefined) => {
    const names = list === undefined ? declared : selected(list, declared);
    if (names === undefined || names.length === 0) return whole;
    return names.length === 1 ? `$${names[0]}` : `(${names.map((n) => `$${n}`).join(' or ')})`;
  });
  return rule.slice(0, split) + condition;
}

/** The declared names a set selects, in declaration order; undefined when it is not a plain set. */
function selected(list: string, declared: readonly string[]): string[] | undefined {
  const chosen = new Set<string>();
  for (const raw of list.split(',')) {
    const item = SET_ITEM.exec(raw.trim());
    if (!item) return undefined;
    const [, name = '', star] = item;
    if (star) {
      for (const d of declared) if (d.startsWith(name)) chosen.add(d);
    } else if (declared.includes(name)) {
      chosen.add(name);
    } else {
      return undefined;
    }
  }
  return declared.filter((d) => chosen.has(d));
}
