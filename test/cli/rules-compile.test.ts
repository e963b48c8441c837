/**
 * `smsjunk rules compile` (the built CLI) writes the bundled pack compiled, under the key a start
 * looks for: the pack the build put beside each bundle is that same file, so the container and the
 * Lambda read it at start instead of compiling.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = join(ROOT, 'dist/container/main.mjs');
const dir = mkdtempSync(join(tmpdir(), 'smsjunk-rules-compile-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function compile(...args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [MAIN, 'rules', 'compile', ...args], { cwd: ROOT }, (err, _out, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stderr });
    });
  });
}

const packs = (folder: string) => readdirSync(folder).filter((f) => /^[0-9a-f]{32}\.yxc$/.test(f));

describe('smsjunk rules compile', () => {
  it('fails, saying so, when the pack cannot be written', async () => {
    // a file where the folder should be
    const r = await compile('--out', join(MAIN, 'compiled'));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /the compiled pack could not be written to /);
  });

  it('writes the bundled pack under the key the bundles carry it by', async () => {
    const r = await compile('--out', dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /^\d+ rules of \d+ file\(s\) compiled into /m);
    const written = packs(dir);
    assert.equal(written.length, 1);
    for (const bundle of ['container', 'lambda']) {
      const shipped = packs(join(ROOT, 'dist', bundle, 'compiled'));
      assert.deepEqual(shipped, written, `dist/${bundle}/compiled holds the pack a start looks for`);
    }
    // a stored pack starts with its header line, then the engine's bytes
    assert.equal(
      readFileSync(join(dir, written[0] ?? ''))
        .subarray(0, 15)
        .toString('latin1'),
      'smsjunk-pack 1\n',
    );
  });
});
