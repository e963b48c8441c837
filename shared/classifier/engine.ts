/**
 * The pattern-engine interface. Everything above this file talks to an `Engine`, never to a
 * particular YARA binding, so a portable (WASM) build can replace the native one without
 * touching callers.
 */

/** One rule file (or one Parameter Store rule parameter): a name for diagnostics and its source. */
export interface RuleSource {
  /** Shown in diagnostics: a file name such as `smishing.yar` or a parameter name. */
  readonly name: string;
  readonly source: string;
}

/** A compile error or warning, attributed to the rule source it came from. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  /** The `RuleSource.name` the problem is in. */
  readonly source: string;
  /** 1-based line inside that source, when the engine knows it. */
  readonly line?: number;
  readonly column?: number;
  readonly code: string;
  /** One line, without the engine's ASCII-art excerpt. */
  readonly message: string;
}

/** Scan-time variables. Declared once at compile time with their default value (which fixes the type). */
export type ScanVariables = Readonly<Record<string, string | number | boolean>>;

export type MetaValue = string | number | boolean;

export interface RuleHit {
  readonly rule: string;
  readonly tags: readonly string[];
  readonly meta: Readonly<Record<string, MetaValue>>;
}

/** A compiled rule set: immutable, safe to share, scanned many times. */
export interface CompiledRules {
  /** Number of rules compiled in (for status pages). */
  readonly ruleCount: number;
  readonly warnings: readonly Diagnostic[];
  scan(data: Uint8Array, variables: ScanVariables): RuleHit[];
}

export interface Engine {
  readonly name: string;
  /**
   * Compiles all sources into one rule set. `variables` declares every scan variable with its
   * default value. Throws `RuleCompileError` listing every error with its source and line.
   */
  compile(sources: readonly RuleSource[], variables: ScanVariables): CompiledRules;
  /** Compiles without keeping the result: every error and warning, for `rules check`. */
  check(sources: readonly RuleSource[], variables: ScanVariables): Diagnostic[];
}

/** Thrown when a rule set does not compile. `diagnostics` has one entry per error. */
export class RuleCompileError extends Error {
  override readonly name = 'RuleCompileError';
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[], options?: { cause?: unknown }) {
    const first = diagnostics[0];
    const where = first
      ? `${first.source}${first.line ? `:${first.line}` : ''}: ${first.message}`
      : 'unknown error';
    const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : '';
    super(`rules do not compile: ${where}${more}`, options);
    this.diagnostics = diagnostics;
  }
}

/** `file:line: message` lines, the format editors and `rules check` use. */
export function formatDiagnostic(d: Diagnostic): string {
  const pos = d.line ? `:${d.line}${d.column ? `:${d.column}` : ''}` : '';
  return `${d.source}${pos}: ${d.severity}: ${d.message}`;
}
