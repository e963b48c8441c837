import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse as shellWords } from 'shell-quote';
import { instructions, parseDockerfile } from './dockerfile.ts';
import { loadTerraform } from './terraform.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const hasMake = spawnSync('make', ['--version']).status === 0;
const skip = hasMake ? false : 'make is not installed';

/** `make -n <args>` from the repository root, with none of the Makefile's inputs inherited. */
function make(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of [
    'BUILD_NUMBER',
    'BUILD_DATE',
    'BUILD_HASH',
    'REGISTRY_REPO',
    'ENVIRONMENT',
    'STAGE',
    'MAKEFLAGS',
  ]) {
    delete env[k];
  }
  const r = spawnSync('make', ['--no-print-directory', ...args], { cwd: root, env, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The commands a dry run prints, continuation lines joined, each split into shell words. */
function commands(...args: string[]): string[][] {
  const r = make('-n', ...args);
  assert.equal(r.status, 0, `make -n ${args.join(' ')} failed:\n${r.stderr}`);
  return (
    r.stdout
      .replace(/\\\n\s*/g, ' ')
      .split('\n')
      .filter((l) => l.trim() !== '')
      // a shell's words, as shell-quote reads them (operators such as `&&` stay as they are)
      .map((l) =>
        shellWords(l, (name) => `$${name}`).map((w) =>
          typeof w === 'string' ? w : 'op' in w ? w.op : String(w),
        ),
      )
  );
}

/** `--flag value` and `--flag=value` occurrences of a flag in an argv. */
function flagValues(argv: readonly string[], flag: string): string[] {
  const out: string[] = [];
  argv.forEach((a, i) => {
    if (a === flag && argv[i + 1] !== undefined) out.push(argv[i + 1] as string);
    else if (a.startsWith(`${flag}=`)) out.push(a.slice(flag.length + 1));
  });
  return out;
}

function gitHash(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
  } catch {
    return 'unknown';
  }
}

describe('Makefile', { skip }, () => {
  it('stamps the build with BUILD_NUMBER (dev by default), an ISO date and the git hash', () => {
    const [dev] = commands('build');
    assert.deepEqual(dev?.slice(-3), ['npm', 'run', 'build']);
    assert.ok(dev?.includes('BUILD_NUMBER=dev'), dev?.join(' '));
    assert.ok(dev?.includes(`BUILD_HASH=${gitHash()}`), dev?.join(' '));
    const date = dev?.find((w) => w.startsWith('BUILD_DATE='))?.slice('BUILD_DATE='.length) ?? '';
    assert.ok(!Number.isNaN(Date.parse(date)) && date.endsWith('Z'), `BUILD_DATE=${date}`);
    const [seven] = commands('build', 'BUILD_NUMBER=7');
    assert.ok(seven?.includes('BUILD_NUMBER=7'));
  });

  it('builds the image from container/Dockerfile with every build arg it declares, tagged with the build and latest', () => {
    const docker = commands('image', 'REGISTRY_REPO=x', 'BUILD_NUMBER=7');
    assert.equal(docker.length, 1);
    const argv = docker[0] as string[];
    assert.deepEqual(argv.slice(0, 2), ['docker', 'build']);
    assert.deepEqual(flagValues(argv, '-f'), ['container/Dockerfile']);
    assert.deepEqual(flagValues(argv, '-t'), ['x:7', 'x:latest']);
    assert.deepEqual(flagValues(argv, '--platform'), ['linux/amd64'], 'the addon is x86-64');
    assert.equal(argv.at(-1), '.', 'the repository root is the context');
    const buildArgs = Object.fromEntries(
      flagValues(argv, '--build-arg').map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]),
    );
    assert.equal(buildArgs.BUILD_NUMBER, '7');
    assert.equal(buildArgs.BUILD_HASH, gitHash());
    // Every build arg is one the Dockerfile declares, and every BUILD_* it declares is passed.
    const d = parseDockerfile(readFileSync(join(root, 'container/Dockerfile'), 'utf8'));
    const declared = d.stages.flatMap((s) => instructions(s, 'ARG')).map((a) => a.args.split('=')[0]);
    assert.deepEqual(Object.keys(buildArgs).sort(), declared.filter((a) => a?.startsWith('BUILD_')).sort());

    const local = commands('image')[0] as string[];
    assert.deepEqual(
      flagValues(local, '-t'),
      ['smsjunk:dev', 'smsjunk:latest'],
      'a local name without REGISTRY_REPO',
    );
  });

  it('pushes both tags on release, and refuses clearly without REGISTRY_REPO', () => {
    assert.deepEqual(commands('release', 'REGISTRY_REPO=r', 'BUILD_NUMBER=7'), [
      ['docker', 'push', 'r:7'],
      ['docker', 'push', 'r:latest'],
    ]);
    const r = make('-n', 'release', 'BUILD_NUMBER=7');
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /REGISTRY_REPO is not set/);
    assert.doesNotMatch(r.stdout, /docker push/);
  });

  it('deploys by planning with image_tag and applying exactly that plan', async () => {
    const cmds = commands('deploy', 'BUILD_NUMBER=59', 'ENVIRONMENT=staging');
    assert.deepEqual(
      cmds.map((c) => c.slice(0, 3)),
      [
        ['terraform', '-chdir=container/terraform', 'init'],
        ['terraform', '-chdir=container/terraform', 'plan'],
        ['terraform', '-chdir=container/terraform', 'apply'],
      ],
    );
    const [init, plan, apply] = cmds as [string[], string[], string[]];
    assert.ok(init.includes('-backend-config=staging.s3.tfbackend'));
    const vars = Object.fromEntries(
      flagValues(plan, '-var').map((v) => [v.slice(0, v.indexOf('=')), v.slice(v.indexOf('=') + 1)]),
    );
    assert.deepEqual(vars, { environment: 'staging', image_tag: '59' });
    assert.deepEqual(flagValues(plan, '-var-file'), ['staging.tfvars']);
    const out = flagValues(plan, '-out');
    assert.equal(out.length, 1);
    assert.equal(apply.at(-1), out[0], 'apply takes the saved plan');
    assert.ok(out[0]?.startsWith('.terraform/'), 'the plan file stays in the git-ignored .terraform folder');
    // The variables it sets exist in the stack.
    const tf = await loadTerraform(join(root, 'container/terraform'));
    for (const v of Object.keys(vars)) assert.ok(v in tf.variable, `variable "${v}" is declared`);

    const dev = make('-n', 'deploy');
    assert.notEqual(dev.status, 0, 'a dev build is never deployed');
    assert.match(dev.stderr, /BUILD_NUMBER/);
  });

  it('runs the npm and osls commands for test, package, offline, bench and clean', () => {
    assert.deepEqual(commands('test'), [['npm', 'test']]);
    assert.deepEqual(commands('package', 'STAGE=prod').at(-1), ['npx', 'osls', 'package', '--stage', 'prod']);
    assert.deepEqual(commands('offline'), [['npm', 'run', 'offline']]);
    assert.deepEqual(commands('bench'), [['npm', 'run', 'bench']]);
    assert.deepEqual(commands('clean'), [['rm', '-rf', 'dist', '.serverless', 'bench/results']]);
    // Each npm script the Makefile runs exists.
    const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<
      string,
      string
    >;
    const used = [
      ...readFileSync(join(root, 'Makefile'), 'utf8').matchAll(/\$\(NPM\) run ([a-z:0-9-]+)/g),
    ].map((m) => m[1] as string);
    assert.ok(used.length >= 4);
    for (const s of used) assert.ok(s in scripts, `npm run ${s} exists`);
  });

  it('lists every phony target in make help, which is the default goal', () => {
    const text = readFileSync(join(root, 'Makefile'), 'utf8');
    const phony = /^\.PHONY:(.*)$/m.exec(text)?.[1]?.trim().split(/\s+/) ?? [];
    for (const t of [
      'build',
      'test',
      'image',
      'release',
      'deploy',
      'package',
      'offline',
      'bench',
      'clean',
      'help',
    ]) {
      assert.ok(phony.includes(t), `${t} is .PHONY`);
    }
    const help = make();
    assert.equal(help.status, 0);
    const listed = help.stdout
      .split('\n')
      .map((l) => /^ {2}([a-z-]+) /.exec(l)?.[1])
      .filter(Boolean);
    assert.deepEqual([...listed].sort(), [...phony].sort());
  });
});
