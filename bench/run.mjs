// Runs every benchmark in bench/: each bench/*.mjs file except this one, one after another, each in
// its own `node --expose-gc` process (so one cannot warm or pollute another's heap).
//   npm run bench                     build, then every benchmark
//   node bench/run.mjs [NAME...]      only the benchmarks whose file name contains a NAME
// Exit status 1 when any benchmark failed; the others still run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const self = basename(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.mjs') && f !== self)
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (benches.length === 0) {
  console.error(`no benchmark matches ${filters.join(' ')}`);
  process.exit(1);
}
const failed = [];
for (const file of benches) {
  console.log(`\n== ${file}`);
  const started = Date.now();
  const r = spawnSync(process.execPath, ['--expose-gc', join(here, file)], {
    cwd: join(here, '..'),
    stdio: 'inherit',
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    failed.push(file);
    console.log(`== ${file} failed (${r.signal ?? `exit ${r.status}`}) after ${seconds}s`);
  } else {
    console.log(`== ${file} done in ${seconds}s`);
  }
}
if (failed.length > 0) {
  console.error(`\n${failed.length} benchmark(s) failed: ${failed.join(', ')}`);
  process.exit(1);
}
