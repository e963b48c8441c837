// Runs the test suite with node's built-in runner (TypeScript through tsx).
//   node scripts/test.mjs [--second-runtime] [FILTER...]    FILTER: substrings of test file paths
// Test files are test/**/*.test.ts. Node 20's runner takes no globs, so they are listed here.
// --second-runtime (test:node22) leaves out the files that run once, under Node 20: the corpus
// floors and pack checks, which measure the shipped rules and model on thousands of fixture
// messages (or compile the pack rule by rule, or twice to compare its rewritten conditions), and
// the end-to-end runs of the offline tools (`train`, `eval`, `rules check`, the Lambda package, the
// Dockerfile check), which run on a developer's or a build machine's Node, not in AWS's runtime
// (together about two fifths of the suite's CPU). Since the session of 2026-12-07 from 14:22 also the
// classifier core's own unit tests (test/classifier/**: pure JavaScript, no runtime API): the core
// runs under Node 22 in every end-to-end test there (server, Lambda handler, serverless-offline, the
// CLI's `classify`), and the two that depend on the runtime stay in both passes: the YARA-X binding's
// (a native addon built per Node ABI) and the normaliser's heap soak (V8's). Both passes
// run three files at a time on this 2-core machine: the second waits on child processes and Parameter
// Store TTLs more than it computes (175 s against 211 s with two), and the first's CPU-bound files
// (the pack compiled in every CLI child) overlap the others' waits (340 s against 383 s with two).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ONCE = [
  'test/rules/families.test.ts',
  'test/rules/corpus.test.ts',
  'test/rules/pack.test.ts',
  'test/rule-units.test.ts',
  'test/cli/eval.test.ts',
  'test/cli/train.test.ts',
  'test/cli/rules-check.test.ts',
  'test/functions/package.test.ts',
  'test/infra/dockerfile.test.ts',
];
// test/classifier/** (the corpus floors, the pack's rewritten conditions and the core's unit tests,
// runtime-neutral: see above) runs once too, but for these three (the addon and the normaliser caches)
const CORE_IN_BOTH = [
  'test/classifier/yara-x.test.ts',
  'test/classifier/compiled-packs.test.ts',
  'test/classifier/normalize-caches.test.ts',
];
const once = (f) => ONCE.includes(f) || (f.startsWith('test/classifier/') && !CORE_IN_BOTH.includes(f));
const args = process.argv.slice(2);
const secondRuntime = args.includes('--second-runtime');
const filters = args.filter((a) => a !== '--second-runtime');

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'fixtures' ? [] : walk(p);
    return e.name.endsWith('.test.ts') ? [p] : [];
  });
}

const files = walk(join(root, 'test'))
  .map((f) => relative(root, f))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .filter((f) => !(secondRuntime && once(f)))
  .sort();
if (secondRuntime)
  console.log(
    `run under Node 20 only, left out of this pass: ${ONCE.join(', ')}, and test/classifier/** but ${CORE_IN_BOTH.join(', ')}`,
  );
if (files.length === 0) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(1);
}
const concurrency = process.env.TEST_CONCURRENCY ?? '3';
const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files],
  { cwd: root, stdio: 'inherit' },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
