import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { BatchedDestination, createLogger, infoLine, MemoryDestination } from '../../shared/logger.ts';

/** The same line through Powertools (`info`) and through the lean path (`infoLine`), timestamps aside. */
function both(
  fields: Record<string, string | number | boolean | undefined>,
  setup?: (l: ReturnType<typeof createLogger>) => void,
) {
  const sink = new MemoryDestination();
  const logger = createLogger({ destination: sink, serviceName: 'svc', persistentKeys: { pid: 42 } });
  setup?.(logger);
  logger.info('request', fields);
  infoLine(logger, 'request', fields);
  const lines = sink.records().filter((r) => r.message === 'request'); // Powertools may warn besides
  assert.equal(lines.length, 2);
  const [slow, lean] = lines as [Record<string, unknown>, Record<string, unknown>];
  assert.match(String(lean.timestamp), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  delete slow.timestamp;
  delete lean.timestamp;
  return { slow, lean, raw: sink.lines[sink.lines.length - 1] as string };
}

describe('infoLine', () => {
  it('returns the keys, order and values of the Powertools line when the fields are flat', () => {
    const { slow, lean, raw } = both({
      method: 'POST',
      path: '/v1/classify "quoted" \\ \n',
      status: 200,
      durationMs: 0.125,
      ok: true,
      userAgent: '',
      missing: undefined,
      text: 'ünïcode ✓ \u2028',
    });
    assert.deepEqual(lean, slow);
    assert.deepEqual(Object.keys(lean), Object.keys(slow));
    assert.deepEqual(Object.keys(lean).slice(0, 5), ['level', 'message', 'service', 'sampling_rate', 'pid']);
    assert.ok(raw.endsWith('}\n'));
    assert.ok(!('userAgent' in lean), 'an empty value is left out, as Powertools does');
  });

  it('returns the Powertools line when keys were appended after the first line', () => {
    const sink = new MemoryDestination();
    const logger = createLogger({ destination: sink });
    infoLine(logger, 'request', { a: 1 });
    logger.appendKeys({ worker: 'w1' });
    infoLine(logger, 'request', { a: 2 });
    logger.removeKeys(['worker']);
    infoLine(logger, 'request', { a: 3 });
    const lines = sink.records();
    assert.equal(lines[0]?.worker, undefined);
    assert.equal(lines[1]?.worker, 'w1');
    assert.equal(lines[2]?.worker, undefined);
  });

  it('returns the Powertools answer when a field clashes with a persistent or reserved key', () => {
    const { slow, lean } = both({ pid: 7, level: 'x', a: 'b' });
    assert.deepEqual(lean, slow);
    assert.equal(lean.level, 'INFO');
  });

  it('writes nothing when the level is above INFO', () => {
    const sink = new MemoryDestination();
    const logger = createLogger({ destination: sink, level: 'WARN' });
    infoLine(logger, 'request', { a: 1 });
    assert.equal(sink.lines.length, 0);
  });

  it('writes non-finite numbers as null like JSON.stringify', () => {
    const { slow, lean } = both({ a: Number.NaN, b: Number.POSITIVE_INFINITY });
    assert.deepEqual(lean, slow);
    assert.equal(lean.a, null);
  });
});

describe('BatchedDestination', () => {
  it('returns the lines of one event-loop turn in one write, and the rest on flush()', async () => {
    const writes: string[] = [];
    const batch = new BatchedDestination({ write: (text: string) => writes.push(text) });
    batch.write('a\n');
    batch.write('b\n');
    assert.deepEqual(writes, [], 'nothing written within the turn');
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(writes, ['a\nb\n']);
    batch.write('c\n');
    batch.flush(); // what a shutdown does: nothing waits for the next turn
    assert.deepEqual(writes, ['a\nb\n', 'c\n']);
    await new Promise((r) => setImmediate(r));
    assert.equal(writes.length, 2, 'the scheduled flush finds nothing left');
  });

  it('writes at once when a turn gathers more than the byte limit', () => {
    const writes: string[] = [];
    const batch = new BatchedDestination({ write: (text: string) => writes.push(text) }, 10);
    batch.write('12345\n');
    batch.write('67890\n');
    assert.deepEqual(writes, ['12345\n67890\n']);
  });

  it('writes the access line of the last request before a batched process exits', () => {
    const code = `
      import { createLogger, infoLine } from ${JSON.stringify(new URL('../../shared/logger.ts', import.meta.url).href)};
      const logger = createLogger({ batch: true });
      infoLine(logger, 'request', { status: 200 });
      logger.info('drained');
      process.exit(0);
    `;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(
      lines.map((l) => l.message),
      ['request', 'drained'],
    );
  });
});
