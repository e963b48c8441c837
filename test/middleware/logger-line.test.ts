/**
 * The service's one line format: a real Powertools Logger with `JsonLineFormatter`, in a child
 * process (its stdout read as the log collector reads it), prints exactly what the tests'
 * `MemoryLog` formats, and one JSON object per line.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { MemoryLog } from '../memory-log.ts';

const LOGGER = new URL('../../shared/logger.ts', import.meta.url).href;

/** Runs `body` with `logger` = createLogger(options) in a child process; its stdout lines, parsed. */
function printed(options: string, body: string, env: Record<string, string> = {}): Record<string, unknown>[] {
  const code = `import { createLogger } from ${JSON.stringify(LOGGER)};\nconst logger = createLogger(${options});\n${body}`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  assert.equal(r.status, 0, r.stderr);
  // INFO and below on stdout, WARN and above on stderr (Powertools' console)
  const lines = `${r.stdout}${r.stderr}`.split('\n').filter((l) => l !== '');
  for (const l of lines) assert.ok(l.startsWith('{') && l.endsWith('}'), `one JSON object a line: ${l}`);
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

const without = (r: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k)));

describe('JsonLineFormatter', () => {
  it('prints the same keys, order and values from a real Logger as MemoryLog formats', () => {
    const fields = {
      method: 'POST',
      path: '/v1/classify "quoted" \\ \n',
      status: 200,
      durationMs: 0.125,
      ok: true,
      userAgent: '',
      text: 'ünïcode ✓ \u2028',
    };
    const [line, ...rest] = printed(
      "{ serviceName: 'svc' }",
      `logger.info('request', ${JSON.stringify(fields)});`,
    );
    assert.deepEqual(rest, []);
    const memory = new MemoryLog('svc');
    memory.info('request', fields);
    const expected = memory.records()[0] ?? {};
    assert.match(String(line?.timestamp), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.deepEqual(Object.keys(line ?? {}), Object.keys(expected));
    assert.deepEqual(without(line ?? {}, 'timestamp'), without(expected, 'timestamp'));
    assert.deepEqual(Object.keys(expected).slice(0, 5), [
      'level',
      'message',
      'timestamp',
      'service',
      'method',
    ]);
    assert.equal('userAgent' in expected, false, 'empty values are left out');
  });

  it('prints persistent keys before the fields of the line, and an error as name, message and stack', () => {
    const [line] = printed(
      "{ serviceName: 'svc', persistentKeys: { pid: 42 } }",
      "logger.error('boom', { error: new Error('disk on fire'), requestId: 'r-1' });",
    );
    assert.deepEqual(Object.keys(line ?? {}), [
      'level',
      'message',
      'timestamp',
      'service',
      'pid',
      'error',
      'requestId',
    ]);
    const error = line?.error as Record<string, unknown>;
    assert.equal(error.name, 'Error');
    assert.equal(error.message, 'disk on fire');
    assert.match(String(error.stack), /disk on fire/);
  });

  it('prints nothing below the level', () => {
    assert.deepEqual(printed("{ level: 'WARN' }", "logger.info('quiet'); logger.debug('quieter');"), []);
  });
});
