/**
 * Loads the Terraform configuration of a folder with HashiCorp's HCL parser (`@cdktf/hcl2json`,
 * the Go hcl library compiled to WebAssembly) and merges the files into one document.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@cdktf/hcl2json';

// biome-ignore lint/suspicious/noExplicitAny: hcl2json returns untyped JSON
export type Json = any;

export interface TerraformConfig {
  readonly files: readonly string[];
  /** `resource[type][name]` -> the block's attributes (the first and only body). */
  readonly resource: Record<string, Record<string, Json>>;
  readonly data: Record<string, Record<string, Json>>;
  readonly variable: Record<string, Json>;
  readonly output: Record<string, Json>;
  /** Every `locals` block merged. */
  readonly locals: Record<string, Json>;
  readonly terraform: Json[];
  readonly provider: Record<string, Json[]>;
}

function named(into: Record<string, Json>, blocks: Record<string, Json[]> | undefined, file: string) {
  for (const [name, bodies] of Object.entries(blocks ?? {})) {
    if (name in into) throw new Error(`${file}: ${name} is declared twice`);
    into[name] = bodies[0];
  }
}

export async function loadTerraform(dir: string): Promise<TerraformConfig> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.tf'))
    .sort();
  const cfg = {
    files,
    resource: {} as Record<string, Record<string, Json>>,
    data: {} as Record<string, Record<string, Json>>,
    variable: {} as Record<string, Json>,
    output: {} as Record<string, Json>,
    locals: {} as Record<string, Json>,
    terraform: [] as Json[],
    provider: {} as Record<string, Json[]>,
  };
  for (const f of files) {
    const doc: Json = await parse(f, readFileSync(join(dir, f), 'utf8'));
    for (const kind of ['resource', 'data'] as const) {
      for (const [type, byName] of Object.entries<Record<string, Json[]>>(doc[kind] ?? {})) {
        cfg[kind][type] ??= {};
        named(cfg[kind][type], byName, f);
      }
    }
    named(cfg.variable, doc.variable, f);
    named(cfg.output, doc.output, f);
    for (const block of doc.locals ?? []) {
      for (const [k, v] of Object.entries(block)) {
        if (k in cfg.locals) throw new Error(`${f}: local.${k} is declared twice`);
        cfg.locals[k] = v;
      }
    }
    cfg.terraform.push(...(doc.terraform ?? []));
    for (const [name, bodies] of Object.entries<Json[]>(doc.provider ?? {})) {
      cfg.provider[name] = [...(cfg.provider[name] ?? []), ...bodies];
    }
  }
  return cfg;
}

/** Every `${...}` expression anywhere in a value. */
export function expressions(value: Json): string[] {
  if (typeof value === 'string')
    return [...value.matchAll(/\$\{((?:[^{}]|\{[^{}]*\})*)\}/g)].map((m) => m[1] as string);
  if (Array.isArray(value)) return value.flatMap(expressions);
  if (value && typeof value === 'object') return Object.values(value).flatMap(expressions);
  return [];
}

/** Replaces `${local.name}` with the local's value when that value is a literal (recursively). */
export function resolveLocals(value: string, locals: Record<string, Json>, depth = 0): string {
  if (depth > 10) throw new Error(`locals nest too deep in ${value}`);
  return value.replace(/\$\{local\.([a-z0-9_]+)\}/g, (whole, name: string) => {
    const v = locals[name];
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (typeof v === 'string') return resolveLocals(v, locals, depth + 1);
    return whole;
  });
}

export type Value = string | number | boolean;

/**
 * Evaluates the small subset of Terraform expressions our simple attributes use: number and
 * string literals, `${...}` templates, `var.x` (its value in `vars`), `local.x` (evaluated in
 * turn, or taken from `overrides` for locals computed from data sources), `tostring()` and `*`.
 * Anything else throws, naming the expression.
 */
export function evaluate(
  value: Json,
  scope: { vars: Record<string, Value>; locals: Record<string, Json>; overrides?: Record<string, Value> },
  depth = 0,
): Value {
  if (depth > 20) throw new Error('locals nest too deep');
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value !== 'string') throw new Error(`cannot evaluate ${JSON.stringify(value)}`);
  const whole = /^\$\{([^{}]*)\}$/.exec(value);
  if (whole) return expr(whole[1] as string);
  return value.replace(/\$\{([^{}]*)\}/g, (_, e: string) => String(expr(e)));

  /** Splits at `*` outside parentheses. */
  function factorsOf(text: string): string[] {
    const out: string[] = [];
    let level = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '(') level++;
      else if (text[i] === ')') level--;
      else if (text[i] === '*' && level === 0) {
        out.push(text.slice(start, i));
        start = i + 1;
      }
    }
    out.push(text.slice(start));
    return out.map((t) => t.trim());
  }

  function expr(text: string): Value {
    const factors = factorsOf(text.trim()).map(term);
    if (factors.length === 1) return factors[0] as Value;
    return factors.reduce<number>((acc, f) => {
      if (typeof f !== 'number') throw new Error(`not a number in ${text}`);
      return acc * f;
    }, 1);
  }

  function term(t: string): Value {
    if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
    const call = /^tostring\((.*)\)$/.exec(t);
    if (call) return String(expr(call[1] as string));
    const ref = /^(var|local)\.([a-z0-9_]+)$/.exec(t);
    if (ref?.[1] === 'var') {
      const v = scope.vars[ref[2] as string];
      if (v === undefined) throw new Error(`no value for var.${ref[2]}`);
      return v;
    }
    if (ref?.[1] === 'local') {
      const name = ref[2] as string;
      const o = scope.overrides?.[name];
      if (o !== undefined) return o;
      if (!(name in scope.locals)) throw new Error(`no local.${name}`);
      return evaluate(scope.locals[name], scope, depth + 1);
    }
    throw new Error(`cannot evaluate "${t}" (not in the supported subset)`);
  }
}
