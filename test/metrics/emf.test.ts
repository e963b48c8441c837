import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { METRIC } from '../../shared/metrics/catalog.ts';
import { emfDocuments } from '../../shared/metrics/emf.ts';
import { MetricStore } from '../../shared/metrics/store.ts';
import { emfProblems } from './emf-spec.ts';

const OPTIONS = { namespace: 'smsjunk-test', service: 'svc', runtime: 'container' } as const;

describe('emfDocuments', () => {
  it('writes one valid document per set of dimension values, values as top-level members', () => {
    const s = new MetricStore();
    s.count(METRIC.Requests, ['/v1/classify', '200'], 3);
    s.observe(METRIC.RequestDuration, ['/v1/classify'], 2);
    s.count(METRIC.RuleHits, ['prize', 'junk'], 2);
    s.count(METRIC.RuleHits, ['prize', 'none'], 1);
    s.observe(METRIC.ClassifyDuration, [], 1);
    s.count(METRIC.WorkerRestarts, [], 1);
    const docs = emfDocuments(s.snapshot(), OPTIONS, 1_700_000_000_123);
    for (const d of docs) assert.deepEqual(emfProblems(d), [], JSON.stringify(d));
    const requests = docs.find((d) => 'Requests' in d);
    assert.deepEqual(requests?._aws.CloudWatchMetrics[0]?.Dimensions, [['service', 'Route', 'Status']]);
    assert.equal(requests?.Requests, 3);
    assert.equal(requests?.service, 'svc');
    assert.equal(requests?.Route, '/v1/classify');
    const rule = docs.find((d) => 'RuleHits' in d);
    assert.equal(rule?.RuleHits, 3, "the verdict's action is not a dimension: added over");
    const plain = docs.find((d) => 'ClassifyDuration' in d);
    assert.deepEqual(plain?._aws.CloudWatchMetrics[0]?.Dimensions, [['service']]);
    assert.ok(Array.isArray(plain?.ClassifyDuration));
    assert.ok('WorkerRestarts' in (plain ?? {}), 'a container metric with no dimension shares the document');
  });

  it("leaves out the other runtime's metrics and what did not move", () => {
    const s = new MetricStore();
    s.count(METRIC.WorkerRestarts, [], 1);
    s.count(METRIC.Requests, ['/health', '200'], 0);
    assert.deepEqual(emfDocuments(s.snapshot(), { ...OPTIONS, runtime: 'lambda' }, 1_700_000_000_000), []);
  });
});
