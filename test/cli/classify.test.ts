import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = join(ROOT, 'dist/container/main.mjs');
const SHIPPED_MODEL = join(ROOT, 'dist/container/model/model.json');

/** Runs the built CLI (npm test builds it first), optionally with text on stdin. */
function cli(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [MAIN, ...args], { cwd: ROOT }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
    child.stdin?.end(stdin ?? '');
  });
}

const PRIZE = 'Congratulations! You have WON a £1000 prize. Call 09061701461 to claim now';

describe('smsjunk classify', () => {
  it('returns junk as JSON for a premium-rate prize message', async () => {
    const r = await cli(['classify', '--json', '--sender', '87121', PRIZE]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { action: 'junk', subAction: 'none' });
  });

  it('returns none for a personal message read from stdin', async () => {
    const r = await cli(['classify'], 'Are we still on for lunch tomorrow?\n');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, 'none\tnone\n');
  });

  it('explains a verdict with the model score, the fired rules and the features', async (t) => {
    const r = await cli(['classify', '--explain', PRIZE]);
    assert.equal(r.code, 0, r.stderr);
    const e = JSON.parse(r.stdout);
    assert.equal(e.verdict.action, 'junk');
    assert.equal(e.reason, 'junk-score');
    assert.ok(Array.isArray(e.rules) && e.rules.length > 0);
    for (const rule of e.rules) assert.equal(typeof rule.scoreWeight, 'number');
    assert.ok(e.features && e.thresholds);
    if (!existsSync(SHIPPED_MODEL)) {
      t.diagnostic('no shipped model in dist/container/model: the model part is not checked');
      return;
    }
    assert.ok(e.model, 'the shipped model scores the message');
    assert.equal(typeof e.model.score, 'number');
    assert.ok(e.model.top.length > 0);
  });

  it('prints its help with --help', async () => {
    const r = await cli(['classify', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage: smsjunk classify/);
  });
});
