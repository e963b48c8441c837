// Builds the two entry points with esbuild, each into its own self-contained folder:
//   dist/container/  main.mjs (the CLI and server), rules/, model/, the YARA-X addon
//   dist/lambda/     handler.mjs and its chunks (minified), rules/, model/, the YARA-X addon
// Stamps BUILD_NUMBER (default "dev"), the build date and the git hash into the bundle.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
export const ADDON_FILE = 'yara-x.linux-x64-gnu.node';

function gitHash() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

export const stamp = {
  buildNumber: process.env.BUILD_NUMBER || 'dev',
  buildDate: process.env.BUILD_DATE || new Date().toISOString(),
  gitHash: process.env.BUILD_HASH || gitHash(),
};

/** Replaces the binding's loader (`yara-x-binding.ts`) with a direct load of the addon copied beside the bundle. */
const yaraAddonBeside = {
  name: 'yara-x-addon-beside-bundle',
  setup(build) {
    build.onLoad({ filter: /[\\/]shared[\\/]classifier[\\/]yara-x-binding\.ts$/ }, () => ({
      loader: 'js',
      contents: `
        import { createRequire } from 'node:module';
        import { fileURLToPath } from 'node:url';
        const load = createRequire(import.meta.url);
        export default load(process.env.SMSJUNK_YARA_ADDON || fileURLToPath(new URL('./${ADDON_FILE}', import.meta.url)));`,
    }));
  },
};

function addonPath() {
  const pkg = dirname(require.resolve('@litko/yara-x-linux-x64-gnu/package.json'));
  return join(pkg, ADDON_FILE);
}

function copyAssets(outdir) {
  cpSync(join(root, 'shared/rules'), join(outdir, 'rules'), {
    recursive: true,
    filter: (p) => !p.endsWith('.md'),
  });
  cpSync(join(root, 'shared/maps'), join(outdir, 'maps'), { recursive: true });
  if (existsSync(join(root, 'shared/model/model.json'))) {
    mkdirSync(join(outdir, 'model'), { recursive: true });
    cpSync(join(root, 'shared/model/model.json'), join(outdir, 'model/model.json'));
  }
  cpSync(addonPath(), join(outdir, ADDON_FILE));
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  plugins: [yaraAddonBeside],
  define: {
    __SMSJUNK_BUILD_NUMBER__: JSON.stringify(stamp.buildNumber),
    __SMSJUNK_BUILD_DATE__: JSON.stringify(stamp.buildDate),
    __SMSJUNK_BUILD_HASH__: JSON.stringify(stamp.gitHash),
  },
  // Some CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __smsjunkCreateRequire } from 'node:module'; const require = __smsjunkCreateRequire(import.meta.url);",
  },
  metafile: true,
  logLevel: 'warning',
};

export const TARGETS = [
  { name: 'container', entry: 'container/main.ts', out: 'main.mjs', minify: false },
  // Split: the AWS SDK (four fifths of the Lambda JS) goes to chunks beside handler.mjs that are
  // parsed only when the code first imports it, i.e. only with a Parameter Store prefix.
  { name: 'lambda', entry: 'functions/classify/handler.ts', out: 'handler.mjs', minify: true, split: true },
];

/**
 * Compiles the rule pack (`rules compile`, run from source: the same rules, variables and addon the
 * bundles carry) into `dir`, copied into each bundle's `compiled/` folder, so the server and the
 * Lambda read it at start instead of compiling (the key inside names the rules, variables and
 * engine build: any change compiles again).
 */
function compilePack(dir) {
  const env = { ...process.env };
  for (const k of ['SMSJUNK_ASSETS_DIR', 'SMSJUNK_YARA_ADDON', 'SMSJUNK_RULES_CACHE']) delete env[k];
  execFileSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'container/main.ts'), 'rules', 'compile', '--out', dir],
    {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

export async function build(targets = TARGETS) {
  const results = {};
  const compiled = join(root, 'dist', `.compiled-${process.pid}`);
  rmSync(compiled, { recursive: true, force: true });
  compilePack(compiled);
  for (const t of targets) {
    if (!existsSync(join(root, t.entry))) continue;
    const outdir = join(root, 'dist', t.name);
    // Build beside the old output and swap folders at the end, so a process running from the
    // old build (a test, a server) never sees a half-written folder.
    const tmpdir = join(root, 'dist', `.${t.name}-${process.pid}`);
    rmSync(tmpdir, { recursive: true, force: true });
    mkdirSync(tmpdir, { recursive: true });
    const output = t.split
      ? // Chunks stay in the same folder: the addon loader resolves the addon beside its own file.
        {
          outdir: tmpdir,
          splitting: true,
          entryNames: '[name]',
          chunkNames: 'chunk-[hash]',
          outExtension: { '.js': '.mjs' },
          // The ES builds of the AWS SDK (`module`): real ES modules split cleanly (a CommonJS
          // chunk would lose its named exports behind a dynamic import) and tree-shake better.
          mainFields: ['module', 'main'],
        }
      : { outfile: join(tmpdir, t.out) };
    const result = await esbuild.build({
      ...common,
      ...output,
      entryPoints: [join(root, t.entry)],
      minify: t.minify,
    });
    copyAssets(tmpdir);
    cpSync(compiled, join(tmpdir, 'compiled'), { recursive: true });
    const old = join(root, 'dist', `.${t.name}-old-${process.pid}`);
    if (existsSync(outdir)) renameSync(outdir, old);
    renameSync(tmpdir, outdir);
    rmSync(old, { recursive: true, force: true });
    const bytes = Object.entries(result.metafile.outputs)
      .filter(([file]) => file.endsWith('.mjs'))
      .reduce((sum, [, o]) => sum + o.bytes, 0);
    results[t.name] = { outdir, bytes, metafile: result.metafile };
  }
  rmSync(compiled, { recursive: true, force: true });
  return results;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const results = await build();
  for (const [name, r] of Object.entries(results)) {
    console.log(
      `built ${name}: ${r.outdir} (${(r.bytes / 1024).toFixed(0)} KiB JS, build ${stamp.buildNumber} ${stamp.gitHash})`,
    );
  }
}
