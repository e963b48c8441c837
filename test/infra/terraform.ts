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
