/**
 * The machinery of a configuration table: each key with its kind, default and checks, read from
 * sources in order of strength (flags > environment > a parsed config file > defaults). Every bad
 * key is reported at once (`ConfigError.problems`), each as one line naming the key, the source
 * and the value (never the value of a secret), so a broken deployment says everything that is wrong.
 *
 * The tables themselves live with their runtime: `shared/config.ts` (the service, both runtimes)
 * and `container/config.ts` (the server process).
 */

type Kind = 'int' | 'number' | 'bool' | 'string' | 'list';

type Value = number | boolean | string | readonly string[];

export interface KeyDefinition<C = Record<string, Value>, F extends keyof C = keyof C> {
  /** Environment variable and config-file name. */
  readonly key: string;
  readonly field: F;
  readonly kind: Kind;
  readonly default: C[F];
  /** As the README shows it. */
  readonly shownDefault?: string;
  readonly description: string;
  readonly min?: number;
  readonly max?: number;
  /** Extra check on the converted value; answers a problem or undefined. */
  readonly check?: (value: C[F]) => string | undefined;
  /** Extra spellings accepted (e.g. `auto` for WORKERS). */
  readonly aliases?: Readonly<Record<string, C[F]>>;
  /** A secret: its value is never shown (not in problems, help or the README). */
  readonly secret?: boolean;
}

/** One key of the table of `C`, typed by its field. */
export function defineKey<C, F extends keyof C>(d: KeyDefinition<C, F>): KeyDefinition<C> {
  return d as unknown as KeyDefinition<C>;
}

/** Runs a validator that throws; answers its message, or undefined when it passed. */
export function problemOf(validate: () => unknown): string | undefined {
  try {
    validate();
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

/** `PORT` -> `port`, `THROTTLE_BACKLOG_TIMEOUT_MS` -> `throttle-backlog-timeout-ms`. */
export function flagName(d: { readonly key: string }): string {
  return d.key.toLowerCase().replaceAll('_', '-');
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.problems = problems;
  }
}

export interface ConfigSources {
  /** Command-line values by key name (`PORT`), strongest. */
  readonly flags?: Readonly<Record<string, string | boolean | undefined>>;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** A parsed JSON config file: an object by key name (`"PORT": 5000`). */
  readonly file?: unknown;
  /** Where the file came from, for messages. */
  readonly fileName?: string;
}

/** The defaults of a table, frozen. */
export function defaultsOf<C>(keys: readonly KeyDefinition<C>[]): C {
  return Object.freeze(Object.fromEntries(keys.map((k) => [k.field, k.default]))) as C;
}

/** Merges the sources and validates every key of the table. Throws `ConfigError` listing every problem. */
export function loadKeys<C>(keys: readonly KeyDefinition<C>[], sources: ConfigSources = {}): C {
  const problems: string[] = [];
  const file = fileValues(keys, sources, problems);
  const out: Record<string, unknown> = {};
  for (const d of keys) {
    const fromFlag = sources.flags?.[d.key];
    const fromEnv = sources.env?.[d.key];
    let raw: unknown;
    let where: string;
    if (fromFlag !== undefined) {
      raw = fromFlag;
      where = `--${flagName(d)}`;
    } else if (fromEnv !== undefined && fromEnv !== '') {
      raw = fromEnv;
      where = `environment ${d.key}`;
    } else if (file[d.key] !== undefined) {
      raw = file[d.key];
      where = `${sources.fileName ?? 'config file'} ${d.key}`;
    } else {
      out[d.field as string] = d.default;
      continue;
    }
    const result = convert(d as unknown as KeyDefinition, raw);
    if (typeof result === 'object' && result !== null && 'problem' in result) {
      const got = d.secret ? 'a hidden value' : JSON.stringify(raw);
      problems.push(`${d.key}: ${result.problem} (got ${got} from ${where})`);
      continue;
    }
    out[d.field as string] = result;
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(out) as C;
}

function fileValues<C>(
  keys: readonly KeyDefinition<C>[],
  sources: ConfigSources,
  problems: string[],
): Record<string, unknown> {
  const f = sources.file;
  if (f === undefined || f === null) return {};
  const name = sources.fileName ?? 'config file';
  if (typeof f !== 'object' || Array.isArray(f)) {
    problems.push(`${name}: must be a JSON object of KEY: value`);
    return {};
  }
  const known = new Set(keys.map((k) => k.key));
  for (const k of Object.keys(f)) {
    if (!known.has(k)) problems.push(`${name}: unknown key ${JSON.stringify(k)}`);
  }
  return f as Record<string, unknown>;
}

type Converted = Value | { problem: string };

function convert(d: KeyDefinition, raw: unknown): Converted {
  const alias =
    typeof raw === 'string' || typeof raw === 'number' ? d.aliases?.[String(raw).trim()] : undefined;
  let value: Converted;
  if (alias !== undefined) {
    value = alias;
  } else {
    switch (d.kind) {
      case 'int':
        value = toInt(d, raw);
        break;
      case 'number':
        value = toNumber(raw);
        break;
      case 'bool':
        value = toBool(raw);
        break;
      case 'string':
        value = typeof raw === 'string' ? raw.trim() : { problem: 'must be a string' };
        break;
      case 'list':
        value = toList(raw);
        break;
    }
  }
  if (typeof value === 'object' && value !== null && 'problem' in value) return value;
  const problem = d.check?.(value as never);
  return problem === undefined ? value : { problem };
}

function toInt(d: KeyDefinition, raw: unknown): Converted {
  const n =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw)
        ? Number(raw)
        : Number.NaN;
  if (!Number.isSafeInteger(n)) return { problem: 'must be a whole number' };
  if (d.min !== undefined && n < d.min) return { problem: `must be at least ${d.min}` };
  if (d.max !== undefined && n > d.max) return { problem: `must be at most ${d.max}` };
  return n;
}

function toNumber(raw: unknown): Converted {
  const n =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string' && /^\s*-?(\d+\.?\d*|\.\d+)\s*$/.test(raw)
        ? Number(raw)
        : Number.NaN;
  return Number.isFinite(n) ? n : { problem: 'must be a number' };
}

function toBool(raw: unknown): Converted {
  if (typeof raw === 'boolean') return raw;
  const s = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (['true', '1', 'yes', 'on'].includes(s)) return true;
  if (['false', '0', 'no', 'off'].includes(s)) return false;
  return { problem: 'must be true or false' };
}

function toList(raw: unknown): Converted {
  if (Array.isArray(raw)) {
    if (!raw.every((x) => typeof x === 'string')) return { problem: 'must be a list of strings' };
    return raw.map((x: string) => x.trim()).filter((x) => x !== '');
  }
  if (typeof raw !== 'string') return { problem: 'must be a comma-separated string or a list' };
  return raw
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

/** Markdown table rows for the README: key, flag, default, meaning. */
export function configTable<C>(keys: readonly KeyDefinition<C>[]): string {
  const rows = keys.map((d) => {
    const shown = d.shownDefault ?? (Array.isArray(d.default) ? d.default.join(',') : String(d.default));
    return `| \`${d.key}\` | \`--${flagName(d)}\` | \`${shown}\` | ${d.description} |`;
  });
  return ['| key | flag | default | meaning |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
