/**
 * A small Dockerfile reader for the infrastructure tests: parser directives, instructions (line
 * continuations joined, comment lines dropped), `--flag=value` options, exec (JSON) forms, build
 * stages with their `FROM` image (global `ARG` defaults substituted) and `AS` name.
 * It covers the syntax our Dockerfile uses, and refuses what it does not understand rather than
 * guessing (heredocs, a non-default escape character).
 */

export interface Instruction {
  /** Upper-case keyword: `FROM`, `RUN`, `COPY`, ... */
  readonly keyword: string;
  /** Everything after the keyword and its `--flags`, continuations joined with a space. */
  readonly args: string;
  /** `--from=builder` -> `{ from: 'builder' }`; a bare `--link` -> `{ link: 'true' }`. */
  readonly flags: Readonly<Record<string, string>>;
  /** The exec form (`["node", "main.mjs"]`), when the arguments are one. */
  readonly exec?: readonly string[];
  /** 1-based line of the keyword. */
  readonly line: number;
}

export interface Stage {
  readonly index: number;
  readonly name?: string;
  /** The image of `FROM`, with global `ARG` defaults substituted. */
  readonly base: string;
  readonly instructions: readonly Instruction[];
}

export interface Dockerfile {
  readonly directives: Readonly<Record<string, string>>;
  /** `ARG`s before the first `FROM`, with their defaults. */
  readonly globalArgs: Readonly<Record<string, string | undefined>>;
  readonly stages: readonly Stage[];
}

export class DockerfileSyntaxError extends Error {
  override readonly name = 'DockerfileSyntaxError';
}

const KEYWORDS = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

/** Joins continuation lines and drops comments and blank lines; returns [line, text] pairs. */
function logicalLines(text: string): { directives: Record<string, string>; lines: [number, string][] } {
  const raw = text.split('\n');
  const directives: Record<string, string> = {};
  let i = 0;
  // Parser directives: `# key=value` lines at the very top, before any comment, blank line or instruction.
  for (; i < raw.length; i++) {
    const m = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(raw[i] ?? '');
    if (!m?.[1] || !m[2]) break;
    directives[m[1].toLowerCase()] = m[2];
  }
  if (directives.escape && directives.escape !== '\\') {
    throw new DockerfileSyntaxError(`escape=${directives.escape} is not supported`);
  }
  const lines: [number, string][] = [];
  let start = 0;
  let buf: string | null = null;
  for (; i < raw.length; i++) {
    const line = (raw[i] ?? '').replace(/\r$/, '');
    const trimmed = line.trim();
    // Comment lines are removed even inside a continuation; blank lines there are skipped too.
    if (trimmed.startsWith('#') || (trimmed === '' && buf === null)) continue;
    if (trimmed === '') continue;
    if (buf === null) start = i + 1;
    const continued = /\\\s*$/.test(line);
    const body = continued ? line.replace(/\\\s*$/, '') : line;
    buf = buf === null ? body.trim() : `${buf} ${body.trim()}`;
    if (!continued) {
      lines.push([start, buf]);
      buf = null;
    }
  }
  if (buf !== null) throw new DockerfileSyntaxError(`line ${start}: the file ends inside a continuation`);
  return { directives, lines };
}

/** Splits leading `--name=value` options off an argument string. */
function takeFlags(args: string): { flags: Record<string, string>; rest: string } {
  const flags: Record<string, string> = {};
  let rest = args;
  for (;;) {
    const m = /^--([a-z][a-z-]*)(?:=(\S*))?\s*/.exec(rest);
    if (!m?.[1]) break;
    flags[m[1]] = m[2] ?? 'true';
    rest = rest.slice(m[0].length);
  }
  return { flags, rest };
}

function execForm(args: string): string[] | undefined {
  if (!args.startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(args);
    if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string')) return parsed;
  } catch {
    // Docker runs a malformed JSON array as a shell command; so do we.
  }
  return undefined;
}

/** `${NAME}`, `${NAME:-default}` and `$NAME`, from the given values. */
export function substitute(text: string, values: Readonly<Record<string, string | undefined>>): string {
  return text.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_, braced: string | undefined, fallback: string | undefined, bare: string | undefined) => {
      const v = values[(braced ?? bare) as string];
      return v !== undefined && v !== '' ? v : (fallback ?? '');
    },
  );
}

/** Shell-like words: whitespace-separated, with single and double quotes and backslash escapes. */
export function words(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < text.length) cur += text[++i];
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      inWord = true;
    } else if (c === '\\' && i + 1 < text.length) {
      cur += text[++i];
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) out.push(cur);
      cur = '';
      inWord = false;
    } else {
      cur += c;
      inWord = true;
    }
  }
  if (quote) throw new DockerfileSyntaxError(`unterminated quote in: ${text}`);
  if (inWord) out.push(cur);
  return out;
}

export function parseDockerfile(text: string): Dockerfile {
  const { directives, lines } = logicalLines(text);
  const globalArgs: Record<string, string | undefined> = {};
  const stages: { index: number; name?: string; base: string; instructions: Instruction[] }[] = [];
  for (const [line, content] of lines) {
    const m = /^([A-Za-z]+)(?:\s+(.*))?$/.exec(content);
    const keyword = m?.[1]?.toUpperCase();
    if (!keyword || !KEYWORDS.has(keyword)) {
      throw new DockerfileSyntaxError(`line ${line}: unknown instruction: ${content}`);
    }
    if (/<<-?["']?[A-Za-z]/.test(content) && (keyword === 'RUN' || keyword === 'COPY')) {
      throw new DockerfileSyntaxError(`line ${line}: heredocs are not supported`);
    }
    const { flags, rest } = takeFlags((m?.[2] ?? '').trim());
    const exec = execForm(rest);
    const instruction: Instruction = exec
      ? { keyword, args: rest, flags, exec, line }
      : { keyword, args: rest, flags, line };
    if (keyword === 'FROM') {
      const w = words(rest);
      const base = substitute(w[0] ?? '', globalArgs);
      if (!base) throw new DockerfileSyntaxError(`line ${line}: FROM without an image`);
      const named = w.length === 3 && w[1]?.toUpperCase() === 'AS' ? w[2] : undefined;
      stages.push({
        index: stages.length,
        base,
        instructions: [instruction],
        ...(named ? { name: named } : {}),
      });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) {
      if (keyword !== 'ARG')
        throw new DockerfileSyntaxError(`line ${line}: ${keyword} before the first FROM`);
      for (const [name, value] of argDefaults(rest)) globalArgs[name] = value;
      continue;
    }
    stage.instructions.push(instruction);
  }
  if (stages.length === 0) throw new DockerfileSyntaxError('no FROM instruction');
  return { directives, globalArgs, stages };
}

function argDefaults(args: string): [string, string | undefined][] {
  return words(args).map((w) => {
    const eq = w.indexOf('=');
    return eq < 0 ? [w, undefined] : [w.slice(0, eq), w.slice(eq + 1)];
  });
}

/** The instructions of a stage with this keyword. */
export function instructions(stage: Stage, keyword: string): Instruction[] {
  return stage.instructions.filter((i) => i.keyword === keyword);
}

/** The environment a stage's `ENV` instructions leave for its command (`KEY=value` and legacy `KEY value`). */
export function stageEnv(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const i of instructions(stage, 'ENV')) {
    const w = words(i.args);
    if (w.length >= 1 && !w[0]?.includes('=')) {
      // Legacy form: ENV KEY the rest of the line.
      env[w[0] as string] = i.args.slice(i.args.indexOf(w[0] as string) + (w[0] as string).length).trim();
      continue;
    }
    for (const pair of w) {
      const eq = pair.indexOf('=');
      if (eq <= 0) throw new DockerfileSyntaxError(`line ${i.line}: ENV expects KEY=value, got ${pair}`);
      env[pair.slice(0, eq)] = substitute(pair.slice(eq + 1), env);
    }
  }
  return env;
}

/** `COPY`/`ADD` sources and destination (shell words or the JSON form). */
export function copyPaths(i: Instruction): { sources: string[]; dest: string } {
  const all = i.exec ?? words(i.args);
  if (all.length < 2)
    throw new DockerfileSyntaxError(`line ${i.line}: ${i.keyword} needs a source and a destination`);
  return { sources: all.slice(0, -1), dest: all.at(-1) as string };
}

/** The `HEALTHCHECK` command as an argv (exec form) plus its options, or `NONE`. */
export function healthcheck(
  i: Instruction,
): { options: Record<string, string>; command: readonly string[] } | 'NONE' {
  if (/^NONE$/i.test(i.args)) return 'NONE';
  const m = /^CMD\s+(.*)$/is.exec(i.args);
  if (!m?.[1]) throw new DockerfileSyntaxError(`line ${i.line}: HEALTHCHECK needs CMD or NONE`);
  const exec = execForm(m[1]);
  return { options: i.flags, command: exec ?? ['/bin/sh', '-c', m[1]] };
}
