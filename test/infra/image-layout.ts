/**
 * What the runtime stage of container/Dockerfile copies out of the builder, mapped back onto the
 * repository: the builder's WORKDIR is the repository root (the build context after `COPY . .`),
 * so `/src/dist/container/x` in the builder is `dist/container/x` here after `npm run build`.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { copyPaths, type Dockerfile, instructions, type Stage } from './dockerfile.ts';

export interface CopiedPath {
  /** Path in the builder, e.g. `/src/dist/container/`. */
  readonly builderPath: string;
  /** The same path in the repository, e.g. `dist/container`. */
  readonly repoPath: string;
  /** Where it lands in the image, e.g. `/app/`. */
  readonly imagePath: string;
}

/** The WORKDIR in effect at the end of a stage (absolute; relative WORKDIRs stack). */
export function workdir(stage: Stage): string {
  let dir = '/';
  for (const i of instructions(stage, 'WORKDIR')) dir = posix.resolve(dir, i.args.trim());
  return dir;
}

export function stageNamed(dockerfile: Dockerfile, name: string): Stage {
  const stage = dockerfile.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`no stage named ${name}`);
  return stage;
}

/** Every `COPY --from=<stage>` source of the final stage, mapped to the repository and the image. */
export function copiedFromBuilder(dockerfile: Dockerfile): CopiedPath[] {
  const runtime = dockerfile.stages.at(-1) as Stage;
  const out: CopiedPath[] = [];
  let dir = '/';
  for (const i of runtime.instructions) {
    if (i.keyword === 'WORKDIR') dir = posix.resolve(dir, i.args.trim());
    if (i.keyword !== 'COPY' || !i.flags.from) continue;
    const from = stageNamed(dockerfile, i.flags.from);
    const fromDir = workdir(from);
    const { sources, dest } = copyPaths(i);
    for (const src of sources) {
      const builderPath = posix.resolve(fromDir, src) + (src.endsWith('/') ? '/' : '');
      const rel = posix.relative(fromDir, builderPath);
      if (rel.startsWith('..'))
        throw new Error(`line ${i.line}: ${src} is outside the builder's WORKDIR ${fromDir}`);
      const destAbs = posix.resolve(dir, dest);
      const isDirSource = src.endsWith('/') || src === '.';
      // COPY dir/ dest -> the folder's contents into dest; COPY file dest/ -> dest/file; COPY file dest -> dest.
      const imagePath =
        isDirSource || !dest.endsWith('/') ? destAbs : posix.join(destAbs, posix.basename(rel));
      out.push({ builderPath, repoPath: rel, imagePath });
    }
  }
  return out;
}

function walkFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walkFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * Recreates the runtime image's filesystem for these copies under `into` (image paths become
 * `into/<path>`), from the repository at `repoRoot`. Returns the files written, image-absolute.
 */
export function materialize(copies: readonly CopiedPath[], repoRoot: string, into: string): string[] {
  const written: string[] = [];
  for (const c of copies) {
    const src = join(repoRoot, c.repoPath);
    if (!existsSync(src))
      throw new Error(`${c.builderPath} (${c.repoPath}) does not exist; run npm run build`);
    const target = join(into, c.imagePath);
    if (statSync(src).isDirectory()) {
      mkdirSync(target, { recursive: true });
      cpSync(src, target, { recursive: true });
      for (const f of walkFiles(src))
        written.push(posix.join(c.imagePath, relative(src, f).split('\\').join('/')));
    } else {
      mkdirSync(dirname(target), { recursive: true });
      cpSync(src, target);
      written.push(c.imagePath);
    }
  }
  return written.sort();
}
