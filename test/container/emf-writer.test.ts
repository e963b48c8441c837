import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EmfWriter } from '../../container/metrics/emf-writer.ts';
import { METRIC } from '../../shared/metrics/catalog.ts';
import { MetricStore } from '../../shared/metrics/store.ts';
import { emfProblems } from '../metrics/emf-spec.ts';

describe('EmfWriter', () => {
  it('writes each interval what happened in it, one line a document, nothing for an idle interval', async () => {
    const store = new MetricStore();
    const lines: string[] = [];
    const w = new EmfWriter({
      namespace: 'ns',
      service: 'svc',
      runtime: 'container',
      intervalMs: 60_000,
      totals: async () => store.snapshot(),
      write: (l) => lines.push(l),
      wallClock: () => 1_800_000_000_000,
    });
    store.count(METRIC.Classifications, ['junk', 'none'], 5);
    await w.flush();
    store.count(METRIC.Classifications, ['junk', 'none'], 2);
    await w.flush();
    await w.flush();
    const docs = lines
      .flatMap((l) => l.trimEnd().split('\n'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.deepEqual(
      docs.map((d) => d.Classifications),
      [5, 2],
    );
    for (const d of docs) assert.deepEqual(emfProblems(d), []);
    assert.equal((docs[0]?._aws as { Timestamp: number } | undefined)?.Timestamp, 1_800_000_000_000);
  });
});
