// Runs the test suite with node's built-in runner (TypeScript through tsx).
//   node scripts/test.mjs [--no-corpus-floors] [FILTER...]    FILTER: substrings of test file paths
// Test files are test/**/*.test.ts. Node 20's runner takes no globs, so they are listed here.
// --no-corpus-floors leaves out the files that measure the shipped pack and model on thousands of
// fixture messages (an eighth of the suite's CPU): the second runtime's pass (test:node22) runs
// every test of the code, and these figures once, under Node 20.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const CORPUS_FLOORS = [
  'test/classifier/traffic.test.ts',
  'test/rules/families.test.ts',
  'test/rules/corpus.test.ts',
];
const args = process.argv.slice(2);
const noFloors = args.includes('--no-corpus-floors');
const filters = args.filter((a) => a !== '--no-corpus-floors');

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
  .filter((f) => !(noFloors && CORPUS_FLOORS.includes(f)))
  .sort();
if (noFloors)
  console.log(`corpus floors left out of this pass (run under Node 20): ${CORPUS_FLOORS.join(', ')}`);
if (files.length === 0) {
  console.error(`no test files match ${filters.join(' ')}`);
  process.exit(1);
}
const concurrency = process.env.TEST_CONCURRENCY ?? '2';
const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files],
  { cwd: root, stdio: 'inherit' },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
