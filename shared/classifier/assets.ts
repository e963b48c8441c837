/**
 * Where the bundled rules and model live. In the source tree that is `shared/`; in a build it is
 * the folder of the bundle (`dist/<target>/`), which holds `rules/` and `model/` beside the JS.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CodeWords, readCodeWords } from './codes.ts';
import type { RuleSource } from './engine.ts';
import { type LinkMaps, readLinkMaps } from './links/maps.ts';
import type { ModelFile } from './model/model-file.ts';
import { readSubActionWords, type SubActionWords } from './sub-action.ts';
import { readVocabulary, type Vocabulary } from './vocabulary.ts';

export function defaultAssetsDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const env = process.env.SMSJUNK_ASSETS_DIR;
  const candidates = [env, here, join(here, '..')].filter((c): c is string => !!c);
  for (const c of candidates) if (existsSync(join(c, 'rules'))) return c;
  throw new Error(`no rules folder found (looked in ${candidates.join(', ')}); set SMSJUNK_ASSETS_DIR`);
}

/** Every `*.yar` file of a folder, in name order, named by file name. */
export function readRuleDir(dir: string): RuleSource[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yar'))
    .sort()
    .map((f) => ({ name: f, source: readFileSync(join(dir, f), 'utf8') }));
}

export function readRuleFiles(paths: readonly string[]): RuleSource[] {
  return paths.map((p) => ({ name: p, source: readFileSync(p, 'utf8') }));
}

export function readModelFile(path: string): ModelFile {
  return JSON.parse(readFileSync(path, 'utf8')) as ModelFile;
}

export function bundledRules(assetsDir = defaultAssetsDir()): RuleSource[] {
  return readRuleDir(join(assetsDir, 'rules'));
}

/** The data the classifier reads besides rules and model (`maps/`: link knowledge, sub-action words). */
export interface ClassifierMaps {
  readonly links: LinkMaps;
  readonly subActions: SubActionWords;
  readonly codes: CodeWords;
  readonly vocabulary: Vocabulary;
}

export function readMaps(dir: string): ClassifierMaps {
  return {
    links: readLinkMaps(dir),
    subActions: readSubActionWords(dir),
    codes: readCodeWords(dir),
    vocabulary: readVocabulary(dir),
  };
}

let bundled: ClassifierMaps | undefined;

/** The shipped maps, read once per process. */
export function bundledMaps(assetsDir?: string): ClassifierMaps {
  if (assetsDir !== undefined) return readMaps(join(assetsDir, 'maps'));
  bundled ??= readMaps(join(defaultAssetsDir(), 'maps'));
  return bundled;
}

/** The shipped model, or undefined when none has been trained yet. */
export function bundledModel(assetsDir = defaultAssetsDir()): ModelFile | undefined {
  const p = join(assetsDir, 'model', 'model.json');
  return existsSync(p) ? readModelFile(p) : undefined;
}
