/**
 * The YARA-X implementation of `Engine`, on the native `@litko/yara-x` addon (YARA-X 1.20).
 * Rules are compiled once into a scanner that is reused for every message; a compiled pack can be
 * kept in a `CompiledPackStore` and read back by the next process instead of compiled again.
 */
import { type CompiledPackStore, packKey } from './compiled-packs.ts';
import {
  type CompiledRules,
  type Diagnostic,
  type Engine,
  type MetaValue,
  RuleCompileError,
  type RuleHit,
  type RuleSource,
  type ScanVariables,
} from './engine.ts';
import { lowerAnyOf, RULE_DECL } from './lower-any-of.ts';
import yarax, { type Binding, type BindingRules } from './yara-x-binding.ts';

type Scanner = BindingRules;

/** The engine's build, part of a compiled pack's key: a pack is native code for one build only. */
export const ENGINE_BUILD = 'yara-x 1.20.0 (@litko/yara-x-linux-x64-gnu 0.7.2)';

/** A source concatenated into the one text the binding compiles, with where it starts. */
interface Placed {
  readonly name: string;
  readonly firstLine: number;
  readonly lineCount: number;
}

function concatenate(sources: readonly RuleSource[]): { text: string; placed: Placed[] } {
  const placed: Placed[] = [];
  const parts: string[] = [];
  let line = 1;
  for (const s of sources) {
    const body = s.source.endsWith('\n') ? s.source : `${s.source}\n`;
    const lineCount = body.split('\n').length - 1;
    placed.push({ name: s.name, firstLine: line, lineCount });
    parts.push(body);
    line += lineCount;
  }
  return { text: parts.join(''), placed };
}

const LOCATION = /-->\s*line:(\d+):(\d+)/;
const HEADLINE = /^(?:Compilation error \([^)]*\):\s*)?(?:error|warning)\[([^\]]+)\]:\s*(.*)$/m;
/** The label under the engine's caret line (` |    ^ Unicode not allowed here`): the detail. */
const DETAIL = /^\s*\|\s*[-^]+[ \t]+(\S.*)$/m;

/** The headline, with the engine's detail label when it says more ("...: Unicode not allowed here"). */
function messageOf(raw: string, headline: string | undefined): string {
  const head = (headline ?? raw.split('\n')[0] ?? raw).trim();
  const detail = DETAIL.exec(raw)?.[1]?.trim();
  return detail && detail !== head && !head.includes(detail) ? `${head}: ${detail}` : head;
}

/** Turns one engine message ("error[E009]: ... --> line:2:13 ...") into a `Diagnostic`. */
function toDiagnostic(
  severity: Diagnostic['severity'],
  raw: { code?: string; message: string; line?: number; column?: number },
  placed: readonly Placed[],
): Diagnostic {
  const loc = LOCATION.exec(raw.message);
  const head = HEADLINE.exec(raw.message);
  const globalLine = raw.line ?? (loc ? Number(loc[1]) : undefined);
  const column = raw.column ?? (loc ? Number(loc[2]) : undefined);
  const message = messageOf(raw.message, head?.[2]);
  const code = raw.code ?? head?.[1] ?? 'error';
  if (globalLine === undefined) {
    return {
      severity,
      source: placed.length === 1 ? (placed[0]?.name ?? '<rules>') : '<rules>',
      code,
      message,
    };
  }
  const owner =
    placed.find((p) => globalLine >= p.firstLine && globalLine < p.firstLine + p.lineCount) ?? placed.at(-1);
  const d: Diagnostic = {
    severity,
    source: owner?.name ?? '<rules>',
    line: owner ? globalLine - owner.firstLine + 1 : globalLine,
    code,
    message,
  };
  return column === undefined ? d : { ...d, column };
}

/**
 * The binding's quirks with variables: it takes the *string* form of every declared default and
 * infers the type from it ("0" -> integer, "true" -> boolean, anything else -> string), and at
 * scan time it parses a string that looks like an integer or boolean as one. So integers and
 * booleans are declared through their string form, floats cannot be declared, and a string that
 * would be misread is refused before it reaches the binding.
 */
const MISREAD = /^\s*(?:[+-]?\d+|true|false)\s*$/i;

function declarations(variables: ScanVariables): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(variables)) {
    if (typeof value === 'number' && !Number.isSafeInteger(value)) {
      throw new TypeError(`scan variable ${name}: only integer numbers can be declared (got ${value})`);
    }
    if (typeof value === 'string' && MISREAD.test(value)) {
      throw new TypeError(
        `scan variable ${name}: the string default "${value}" would be read as a number or boolean`,
      );
    }
    out[name] = String(value);
  }
  return out;
}

class YaraXRules implements CompiledRules {
  readonly ruleCount: number;
  readonly warnings: readonly Diagnostic[];
  readonly #scanner: Scanner;
  readonly #stringVars: ReadonlySet<string>;
  /** The declared defaults as the binding holds them (their string form). */
  readonly #defaults: Readonly<Record<string, string>>;
  /**
   * What the scanner holds when a scan starts: the declared defaults for a compiled one (it starts
   * every scan from them); for a read-back (deserialised) one, which keeps the variables of its last
   * scan, those values, or undefined while unknown (after a failed scan: then every one is passed).
   */
  #held: Readonly<Record<string, string>> | undefined;
  readonly #keepsVariables: boolean;

  constructor(
    scanner: Scanner,
    ruleCount: number,
    warnings: Diagnostic[],
    stringVars: Set<string>,
    defaults: Record<string, string>,
    keepsVariables = false,
  ) {
    this.#scanner = scanner;
    this.ruleCount = ruleCount;
    this.warnings = warnings;
    this.#stringVars = stringVars;
    this.#defaults = defaults;
    this.#keepsVariables = keepsVariables;
    this.#held = defaults;
  }

  scan(data: Uint8Array, variables: ScanVariables): RuleHit[] {
    // The binding ignores JS numbers and booleans and infers every type from a string, so all
    // values travel as strings; a string that would be inferred as a number is refused. Each
    // variable passed costs about 0.3 µs per scan, so only what differs from what the scanner
    // holds (`#held`) is passed.
    const wanted: Record<string, string> = {};
    for (const name in variables) {
      const v = variables[name] as string | number | boolean;
      let value: string;
      if (typeof v === 'string') {
        if (this.#stringVars.has(name) && MISREAD.test(v)) {
          throw new TypeError(
            `scan variable ${name} looks like a number or boolean; encode it (for example "kind:value") before scanning`,
          );
        }
        value = v;
      } else {
        value = typeof v === 'number' ? String(Math.trunc(v)) : String(v);
      }
      wanted[name] = value;
    }
    const vars = this.#changes(wanted);
    const buf = Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (this.#keepsVariables) this.#held = undefined;
    const matches = this.#scanner.scan(buf, vars);
    if (this.#keepsVariables) this.#held = { ...this.#defaults, ...wanted };
    const hits: RuleHit[] = new Array(matches.length);
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i] as (typeof matches)[number];
      hits[i] = { rule: m.ruleIdentifier, tags: m.tags, meta: m.meta as Record<string, MetaValue> };
    }
    return hits;
  }

  /** Every declared variable whose wanted value (the default unless given) differs from the held one. */
  #changes(wanted: Record<string, string>): Record<string, string> {
    const held = this.#held;
    const vars: Record<string, string> = {};
    for (const name in this.#defaults) {
      const value = wanted[name] ?? (this.#defaults[name] as string);
      if (held === undefined || held[name] !== value) vars[name] = value;
    }
    for (const name in wanted) if (!(name in this.#defaults)) vars[name] = wanted[name] as string;
    return vars;
  }
}

export interface YaraXEngineOptions {
  /** The addon (tests pass a wrapped one). */
  readonly binding?: Binding;
  /** Compiled packs kept between processes. */
  readonly packs?: CompiledPackStore;
}

/**
 * A stored pack: a header line (`smsjunk-pack 1`, then the compile's warnings as JSON) and the
 * engine's serialised rules.
 */
const PACK_MAGIC = 'smsjunk-pack 1\n';

function encodePack(warnings: readonly Diagnostic[], rules: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${PACK_MAGIC}${JSON.stringify(warnings)}\n`), rules]);
}

function decodePack(bytes: Buffer): { warnings: Diagnostic[]; rules: Buffer } | undefined {
  if (bytes.subarray(0, PACK_MAGIC.length).toString('latin1') !== PACK_MAGIC) return undefined;
  const end = bytes.indexOf(10, PACK_MAGIC.length);
  if (end < 0) return undefined;
  try {
    const warnings = JSON.parse(bytes.subarray(PACK_MAGIC.length, end).toString('utf8')) as Diagnostic[];
    return Array.isArray(warnings) ? { warnings, rules: bytes.subarray(end + 1) } : undefined;
  } catch {
    return undefined;
  }
}

export class YaraXEngine implements Engine {
  readonly name = 'yara-x 1.20 (native, @litko/yara-x)';
  readonly #binding: Binding;
  readonly #packs: CompiledPackStore | undefined;
  /** The last set compiled: the same set again (a classifier rebuilt, a test) is not compiled twice. */
  #last: { readonly key: string; readonly rules: YaraXRules } | undefined;

  constructor(options: YaraXEngineOptions = {}) {
    this.#binding = options.binding ?? yarax;
    this.#packs = options.packs;
  }

  check(sources: readonly RuleSource[], variables: ScanVariables): Diagnostic[] {
    const out: Diagnostic[] = [];
    // Each file alone first, so an error is reported against its own file and line even when
    // another file is broken too; then all together, for clashes between files.
    for (const s of sources) {
      out.push(...this.#validate([s], variables));
    }
    if (!out.some((d) => d.severity === 'error') && sources.length > 1) {
      out.push(...this.#validate(sources, variables).filter((d) => d.severity === 'error'));
    }
    return out;
  }

  compile(sources: readonly RuleSource[], variables: ScanVariables): CompiledRules {
    const { text, placed } = concatenate(sources);
    const declared = declarations(variables);
    const key = `${JSON.stringify(declared)}\0${JSON.stringify(placed)}\0${text}`;
    if (this.#last?.key === key) return this.#last.rules;
    const lowered = lowerAnyOf(text);
    const packKeyOf = packKey(ENGINE_BUILD, declared, `${JSON.stringify(placed)}\0${lowered}`);
    const ruleCount = text.match(RULE_DECL)?.length ?? 0;
    const stringVars = new Set(Object.keys(variables).filter((k) => typeof variables[k] === 'string'));
    const stored = this.#readPack(packKeyOf);
    if (stored) {
      const rules = new YaraXRules(stored.scanner, ruleCount, stored.warnings, stringVars, declared, true);
      this.#last = { key, rules };
      return rules;
    }
    let scanner: Scanner;
    try {
      scanner = this.#binding.compile(lowered, { defineVariables: declared });
    } catch (cause) {
      const errors = this.check(sources, variables).filter((d) => d.severity === 'error');
      if (errors.length === 0) {
        const message = cause instanceof Error ? cause.message : String(cause);
        errors.push(toDiagnostic('error', { message }, placed));
      }
      throw new RuleCompileError(errors, { cause });
    }
    const warnings = scanner.getWarnings().map((w) => toDiagnostic('warning', w, placed));
    this.#packs?.write(packKeyOf, encodePack(warnings, scanner.serialize()));
    const rules = new YaraXRules(scanner, ruleCount, warnings, stringVars, declared);
    this.#last = { key, rules };
    return rules;
  }

  /** A stored pack for this key, or undefined (none, or one this build cannot read: then it is compiled). */
  #readPack(key: string): { scanner: Scanner; warnings: Diagnostic[] } | undefined {
    const bytes = this.#packs?.read(key);
    const pack = bytes && decodePack(bytes);
    if (!pack) return undefined;
    try {
      return { scanner: this.#binding.deserialize(pack.rules), warnings: pack.warnings };
    } catch {
      return undefined;
    }
  }

  #validate(sources: readonly RuleSource[], variables: ScanVariables): Diagnostic[] {
    const { text, placed } = concatenate(sources);
    const result = this.#binding.validate(text, { defineVariables: declarations(variables) });
    return [
      ...result.errors.map((e) => toDiagnostic('error', e, placed)),
      ...result.warnings.map((w) => toDiagnostic('warning', w, placed)),
    ];
  }
}
