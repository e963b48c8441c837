/**
 * The native YARA-X addon (`@litko/yara-x-linux-x64-gnu`, YARA-X 1.20) and the part of its API we
 * use. The package is the addon alone, without types; the bundle replaces this file with a load of
 * the addon copied beside it (`build.mjs`).
 */
import { createRequire } from 'node:module';

export interface BindingMessage {
  readonly code?: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export interface BindingMatch {
  readonly ruleIdentifier: string;
  readonly namespace: string;
  readonly meta: Record<string, unknown>;
  readonly tags: string[];
}

/** A compiled rule set. */
export interface BindingRules {
  scan(data: Buffer, variables?: Record<string, string>): BindingMatch[];
  getWarnings(): BindingMessage[];
  /** The compiled set as bytes `deserialize` reads back (same addon build only). */
  serialize(): Buffer;
}

export interface BindingCompileOptions {
  /** Every scan variable with the string form of its default (the addon infers the type). */
  readonly defineVariables?: Record<string, string>;
}

export interface Binding {
  compile(source: string, options?: BindingCompileOptions): BindingRules;
  validate(
    source: string,
    options?: BindingCompileOptions,
  ): { errors: BindingMessage[]; warnings: BindingMessage[] };
  deserialize(bytes: Buffer): BindingRules;
}

const load = createRequire(import.meta.url);

const binding = load('@litko/yara-x-linux-x64-gnu') as Binding;
export default binding;
