import { classifyCommand } from './classify.ts';
import type { Command } from './command.ts';
import { rulesCheckCommand } from './rules-check.ts';

/** Every command of the CLI, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [classifyCommand, rulesCheckCommand];
