/**
 * The smsjunk CLI: `server`, `version`, `classify`, `rules check`, `train`, `eval`.
 * Each command lives in `commands/`; this file only picks one and runs it.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Command, type Io, UsageError, write } from './commands/command.ts';
import { COMMANDS } from './commands/index.ts';

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.path.join(' ').length));
  const lines = COMMANDS.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`);
  return `Usage: smsjunk <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "smsjunk <command> --help" for a command's options.`;
}

/** The longest command path that prefixes argv. */
function pick(argv: readonly string[]): { command: Command; rest: string[] } | undefined {
  let best: Command | undefined;
  for (const c of COMMANDS) {
    if (c.path.every((w, i) => argv[i] === w) && (!best || c.path.length > best.path.length)) best = c;
  }
  return best ? { command: best, rest: argv.slice(best.path.length) } : undefined;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    write(argv.length === 0 ? io.stderr : io.stdout, overview());
    return argv.length === 0 ? 2 : 0;
  }
  const found = pick(argv);
  if (!found) {
    write(io.stderr, `smsjunk: unknown command "${argv.join(' ')}"\n\n${overview()}`);
    return 2;
  }
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    write(io.stdout, found.command.usage);
    return 0;
  }
  try {
    return await found.command.run(found.rest, io);
  } catch (err) {
    const e = err as Error & { code?: string };
    if (err instanceof UsageError || (typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS'))) {
      write(io.stderr, `smsjunk ${found.command.path.join(' ')}: ${e.message}\n\n${found.command.usage}`);
      return 2;
    }
    write(io.stderr, `smsjunk ${found.command.path.join(' ')}: ${e.message}`);
    return 1;
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  const io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
  main(process.argv.slice(2), io).then(
    (code) => {
      // A server keeps the event loop alive itself; any other command ends here.
      if (code !== 0 || !process.argv.includes('server')) process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`smsjunk: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
