/**
 * The container's pino logger writes the service's one line format: the same keys, order and
 * values as `JsonLineFormatter` (here through the tests' MemoryLog), errors shaped alike.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { createContainerLogger } from '../../container/logger.ts';
import { MemoryLog } from '../memory-log.ts';

const dir = mkdtempSync(join(tmpdir(), 'smsjunk-logger-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function written(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const without = (r: Record<string, unknown> | undefined, key: string) =>
  Object.fromEntries(Object.entries(r ?? {}).filter(([k]) => k !== key));

describe('createContainerLogger', () => {
  it('writes the keys, order and values of the service line, empty values left out', () => {
    const file = join(dir, 'a.log');
    const log = createContainerLogger({ serviceName: 'svc', destination: file, sync: true });
    const memory = new MemoryLog('svc');
    const fields = {
      method: 'POST',
      path: '/v1/classify "q" \\ \n',
      status: 200,
      durationMs: 0.125,
      ok: true,
      userAgent: '',
    };
    for (const l of [log, memory]) {
      l.info('request', fields);
      l.warn('slow', { requestId: 'r-1' });
      l.critical('going down', { pid: 7 });
    }
    log.flush();
    const lines = written(file);
    const expected = memory.records();
    assert.equal(lines.length, 3);
    for (const [i, line] of lines.entries()) {
      assert.deepEqual(Object.keys(line), Object.keys(expected[i] ?? {}));
      assert.deepEqual(without(line, 'timestamp'), without(expected[i], 'timestamp'));
      assert.match(String(line.timestamp), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }
    assert.deepEqual(
      lines.map((l) => l.level),
      ['INFO', 'WARN', 'CRITICAL'],
    );
  });

  it('writes an error as the formatter shapes it, and nothing below its level', () => {
    const file = join(dir, 'b.log');
    const log = createContainerLogger({ level: 'WARN', destination: file, sync: true });
    log.info('quiet');
    log.error('boom', { error: new Error('disk on fire', { cause: new Error('heat') }) });
    log.flush();
    const [line, ...rest] = written(file);
    assert.deepEqual(rest, []);
    const error = line?.error as Record<string, unknown>;
    assert.equal(error.name, 'Error');
    assert.equal(error.message, 'disk on fire');
    assert.match(String(error.stack), /disk on fire/);
    assert.equal((error.cause as Record<string, unknown>).message, 'heat');
  });
});
