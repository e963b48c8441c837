/** Every CLI command has the same shape: a name, a one-line summary, a usage text and `run`. */
export interface Io {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly env: NodeJS.ProcessEnv;
}

export interface Command {
  /** Words that select it: `['rules', 'check']` for `rules check`. */
  readonly path: readonly string[];
  readonly summary: string;
  /** Full `--help` text. */
  readonly usage: string;
  /** Exit code; a long-running command (server) resolves when it is done. */
  run(args: readonly string[], io: Io): Promise<number>;
}

/** A usage error: printed with the command's usage, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export function write(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}
