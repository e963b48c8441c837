/**
 * The string definitions of a rule source, one per line as the pack writes them: `$name = "text"`
 * or `$name = /regex/` with their modifiers. For checks on how patterns are written.
 */

export interface RulePattern {
  readonly name: string;
  /** 1-based line and column of the definition in its source. */
  readonly line: number;
  readonly column: number;
  readonly kind: 'text' | 'regex';
  /** Between the quotes or the slashes, escapes as written. */
  readonly body: string;
  /** What follows the pattern (`nocase`, `wide` ...), trimmed. */
  readonly modifiers: string;
}

const DEFINITION = /^(\s*)(\$\w*)\s*=\s*("(?:[^"\\]|\\.)*"|\/(?:[^/\\\n]|\\.)*\/)([^\n]*)$/;

export function readPatterns(source: string): RulePattern[] {
  const out: RulePattern[] = [];
  source.split('\n').forEach((text, i) => {
    const m = DEFINITION.exec(text);
    if (!m) return;
    const [, indent = '', name = '', quoted = '', modifiers = ''] = m;
    out.push({
      name,
      line: i + 1,
      column: indent.length + 1,
      kind: quoted.startsWith('"') ? 'text' : 'regex',
      body: quoted.slice(1, -1),
      modifiers: modifiers.trim(),
    });
  });
  return out;
}
