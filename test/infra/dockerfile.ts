/**
 * The Dockerfile as the infrastructure tests read it, parsed by `dockerfile-ast` (the parser of
 * the Docker language server: parser directives, continuations, comments, flags, JSON forms,
 * `ENV` properties, `ARG` defaults and variable expansion are its; shell words are shell-quote's).
 * This file only reshapes its tree into build stages and the few views the tests ask for.
 */
import {
  type Arg,
  type Instruction as AstInstruction,
  DockerfileParser,
  type Env,
  From,
  JSONInstruction,
  ModifiableInstruction,
} from 'dockerfile-ast';
import { parse as shellWords } from 'shell-quote';

export interface Instruction {
  /** Upper-case keyword: `FROM`, `RUN`, `COPY`, ... */
  readonly keyword: string;
  /** The arguments after the `--flags`, continuations joined, as the parser expands them. */
  readonly args: string;
  /** `--from=builder` -> `{ from: 'builder' }`; a bare `--link` -> `{ link: 'true' }`. */
  readonly flags: Readonly<Record<string, string>>;
  /** The exec (JSON) form, when the arguments are one. */
  readonly exec?: readonly string[];
  /** 1-based line of the keyword. */
  readonly line: number;
  /** The parser's own node. */
  readonly node: AstInstruction;
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

function flagsOf(node: AstInstruction): Record<string, string> {
  const flags: Record<string, string> = {};
  if (node instanceof ModifiableInstruction) {
    for (const f of node.getFlags()) flags[f.getName()] = f.getValue() ?? 'true';
  }
  return flags;
}

function execOf(node: AstInstruction): string[] | undefined {
  if (!(node instanceof JSONInstruction)) return undefined;
  const strings = node.getJSONStrings();
  if (node.getOpeningBracket() === null || node.getClosingBracket() === null) return undefined;
  return strings.map((s) => s.getJSONValue());
}

function instructionOf(node: AstInstruction): Instruction {
  const args = node.getArguments().map((a) => a.getValue());
  const exec = execOf(node);
  // The exec form keeps its JSON text; a shell form its words, continuations joined.
  const text = exec ? (node.getArgumentsContent() ?? '').replace(/^(--\S+\s+)*/, '') : args.join(' ');
  return {
    keyword: node.getKeyword().toUpperCase(),
    args: text,
    flags: flagsOf(node),
    ...(exec ? { exec } : {}),
    line: node.getRange().start.line + 1,
    node,
  };
}

export function parseDockerfile(text: string): Dockerfile {
  const ast = DockerfileParser.parse(text);
  const directives: Record<string, string> = {};
  for (const d of ast.getDirectives()) directives[d.getName().toLowerCase()] = d.getValue();
  const globalArgs: Record<string, string | undefined> = {};
  for (const a of ast.getInitialARGs() as Arg[]) {
    const p = a.getProperty();
    if (p) globalArgs[p.getName()] = p.getValue() ?? undefined;
  }
  const stages: { index: number; name?: string; base: string; instructions: Instruction[] }[] = [];
  for (const node of ast.getInstructions()) {
    if (node instanceof From) {
      // the image with the global ARGs expanded (the parser resolves `${V}` and `${V:-x}`)
      const base = node
        .getExpandedArguments()
        .map((a) => a.getValue())
        .at(0);
      const name = node.getBuildStage();
      stages.push({
        index: stages.length,
        base: base ?? '',
        instructions: [instructionOf(node)],
        ...(name ? { name } : {}),
      });
      continue;
    }
    const stage = stages.at(-1);
    if (stage) stage.instructions.push(instructionOf(node));
  }
  if (stages.length === 0) throw new Error('no FROM instruction');
  return { directives, globalArgs, stages };
}

/** The instructions of a stage with this keyword. */
export function instructions(stage: Stage, keyword: string): Instruction[] {
  return stage.instructions.filter((i) => i.keyword === keyword);
}

/** The environment a stage's `ENV` instructions leave for its command. */
export function stageEnv(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const i of instructions(stage, 'ENV')) {
    for (const p of (i.node as Env).getProperties()) {
      // Docker reads a value as shell words: quotes dropped, earlier variables expanded
      const value = p.getValue() ?? '';
      env[p.getName()] = shellWords(value, (name) => env[name] ?? '')
        .map((w) => (typeof w === 'string' ? w : ''))
        .join(' ');
    }
  }
  return env;
}

/** `COPY`/`ADD` sources and destination (shell words or the JSON form). */
export function copyPaths(i: Instruction): { sources: string[]; dest: string } {
  const all = i.exec ?? (i.node as ModifiableInstruction).getArguments().map((a) => a.getValue());
  if (all.length < 2) throw new Error(`line ${i.line}: ${i.keyword} needs a source and a destination`);
  return { sources: all.slice(0, -1), dest: all.at(-1) as string };
}

/** The `HEALTHCHECK` command as an argv (exec form) plus its options, or `NONE`. */
export function healthcheck(
  i: Instruction,
): { options: Record<string, string>; command: readonly string[] } | 'NONE' {
  if (/^NONE$/i.test(i.args.trim())) return 'NONE';
  const m = /^CMD\s+(.*)$/is.exec((i.node.getArgumentsContent() ?? '').replace(/^(--\S+\s+)*/, ''));
  if (!m?.[1]) throw new Error(`line ${i.line}: HEALTHCHECK needs CMD or NONE`);
  let command: string[];
  try {
    command = JSON.parse(m[1]) as string[];
  } catch {
    command = ['/bin/sh', '-c', m[1]];
  }
  return { options: i.flags, command };
}
