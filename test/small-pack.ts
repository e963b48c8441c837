/**
 * An assets folder for tests of the CLI's mechanics (options, files, exit codes, output shape):
 * the built maps and model with three of the pack's rule files. Each CLI run compiles its rules,
 * and the whole pack takes 2-3 s a process; these three take a few ms. The shipped pack stays in
 * the tests that judge verdicts (`classify.test.ts`, the corpus floors).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILT = join(ROOT, 'dist/container');
export const SMALL_PACK_RULES = ['links.yar', 'promotions.yar', 'smishing-toll.yar'] as const;

let dir: string | undefined;

/** The folder (made once per process): `rules/` holds copies, `maps/` and `model/` link to the build. */
export function smallPackDir(): string {
  if (dir !== undefined) return dir;
  const d = mkdtempSync(join(tmpdir(), 'smsjunk-small-pack-'));
  process.once('exit', () => rmSync(d, { recursive: true, force: true }));
  mkdirSync(join(d, 'rules'));
  for (const f of SMALL_PACK_RULES) copyFileSync(join(BUILT, 'rules', f), join(d, 'rules', f));
  symlinkSync(join(BUILT, 'maps'), join(d, 'maps'));
  symlinkSync(join(BUILT, 'model'), join(d, 'model'));
  dir = d;
  return d;
}

/** The environment for a CLI child that should load the small pack. */
export function smallPackEnv(): NodeJS.ProcessEnv {
  return { ...process.env, SMSJUNK_ASSETS_DIR: smallPackDir() };
}

/** The variable to add to a built server's environment (`BuiltServer`'s `env`) for the small pack. */
export function smallPack(): Record<string, string> {
  return { SMSJUNK_ASSETS_DIR: smallPackDir() };
}
