import { classifyCommand } from './classify.ts';
import type { Command } from './command.ts';
import { evalCommand } from './eval.ts';
import { rulesCheckCommand } from './rules-check.ts';
import { rulesCompileCommand } from './rules-compile.ts';
import { serverCommand } from './server.ts';
import { trainCommand } from './train.ts';
import { versionCommand } from './version.ts';

/** Every command of the CLI, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  serverCommand,
  versionCommand,
  classifyCommand,
  rulesCheckCommand,
  rulesCompileCommand,
  trainCommand,
  evalCommand,
];
