import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bucketOf,
  PROMETHEUS_BOUNDS_MS,
  quantilePoints,
  slotOfBound,
  upperBound,
} from '../../shared/metrics/buckets.ts';
import { METRIC } from '../../shared/metrics/catalog.ts';
import { countsOf, deltaSnapshot, MetricStore, mergeSnapshots } from '../../shared/metrics/store.ts';

const at = (ms: number) => () => ms;

describe('histogram buckets', () => {
  it('puts a value in the bucket whose upper bound is the first at or above it', () => {
    for (const v of [0.02, 0.5, 1, 1.3, 7, 250, 60_000]) {
      const slot = bucketOf(v);
      assert.ok(upperBound(slot) >= v, `${v} <= bound of its slot`);
      assert.ok(upperBound(slot - 1) < v, `${v} > bound of the slot below`);
    }
    assert.equal(bucketOf(0), 0);
    assert.equal(bucketOf(-1), 0);
    assert.equal(upperBound(bucketOf(1e9)), Number.POSITIVE_INFINITY);
  });

  it('has every Prometheus bound as an exact bucket bound', () => {
    for (const b of PROMETHEUS_BOUNDS_MS) assert.equal(upperBound(slotOfBound(b)), b);
  });

  it('hands at most 100 values that keep the distribution', () => {
    const store = new MetricStore({ now: at(0) });
    for (let i = 0; i < 900; i++) store.observe(METRIC.ClassifyDuration, [], 1);
    for (let i = 0; i < 100; i++) store.observe(METRIC.ClassifyDuration, [], 100);
    const series = store.snapshot().metrics.ClassifyDuration?.[0];
    assert.ok(series);
    const points = quantilePoints(countsOf(series));
    assert.equal(points.length, 100);
    assert.equal(points.filter((p) => p > 50).length, 10, 'the slow tenth stays a tenth');
    assert.deepEqual(quantilePoints(new Float64Array(10)), []);
  });
});

describe('MetricStore', () => {
  it('counts, observes and sets by label values', () => {
    const store = new MetricStore({ now: at(1000) });
    store.count(METRIC.Requests, ['/v1/classify', '200']);
    store.count(METRIC.Requests, ['/v1/classify', '200'], 2);
    store.count(METRIC.Requests, ['/health', '200']);
    store.observe(METRIC.RequestDuration, ['/v1/classify'], 3);
    store.set(METRIC.Info, ['1', 'r1', 'm1'], 1, true);
    store.set(METRIC.Info, ['1', 'r2', 'm1'], 1, true);
    const snap = store.snapshot();
    assert.equal(snap.since, 1000);
    assert.deepEqual(snap.metrics.Requests, [
      { labels: ['/v1/classify', '200'], value: 3 },
      { labels: ['/health', '200'], value: 1 },
    ]);
    assert.equal(snap.metrics.RequestDuration?.[0]?.value, 1);
    assert.equal(snap.metrics.RequestDuration?.[0]?.sum, 3);
    assert.deepEqual(snap.metrics.Info, [{ labels: ['1', 'r2', 'm1'], value: 1 }], 'only the version in use');
  });

  it('refuses a wrong number of labels', () => {
    assert.throws(() => new MetricStore().count(METRIC.Requests, ['/v1/classify']), RangeError);
  });

  it('counts label sets past maxSeries under "other"', () => {
    const store = new MetricStore({ maxSeries: 2 });
    for (const rule of ['a', 'b', 'c', 'd']) store.count(METRIC.RuleHits, [rule, 'junk']);
    const hits = store.snapshot().metrics.RuleHits ?? [];
    assert.equal(hits.length, 3);
    assert.deepEqual(hits[2], { labels: ['other', 'other'], value: 2 });
  });

  it('runs the gauge collectors at each snapshot', () => {
    const store = new MetricStore();
    let age = 5;
    store.addCollector((r) => r.set(METRIC.ParameterStoreDataAge, [], age));
    assert.equal(store.snapshot().metrics.ParameterStoreDataAge?.[0]?.value, 5);
    age = 7;
    assert.equal(store.snapshot().metrics.ParameterStoreDataAge?.[0]?.value, 7);
  });
});

describe('mergeSnapshots and deltaSnapshot', () => {
  it('adds up counters and histograms of several workers, gauges by their rule', () => {
    const a = new MetricStore({ now: at(200) });
    const b = new MetricStore({ now: at(100) });
    a.count(METRIC.Classifications, ['junk', 'none'], 2);
    b.count(METRIC.Classifications, ['junk', 'none'], 3);
    a.observe(METRIC.ClassifyDuration, [], 1);
    b.observe(METRIC.ClassifyDuration, [], 1);
    a.set(METRIC.ParameterStoreDataAge, [], 10);
    b.set(METRIC.ParameterStoreDataAge, [], 30);
    const m = mergeSnapshots([a.snapshot(), b.snapshot()]);
    assert.equal(m.since, 100);
    assert.deepEqual(m.metrics.Classifications, [{ labels: ['junk', 'none'], value: 5 }]);
    assert.equal(m.metrics.ClassifyDuration?.[0]?.value, 2);
    assert.deepEqual(m.metrics.ClassifyDuration?.[0]?.buckets, [bucketOf(1), 2]);
    assert.equal(m.metrics.ParameterStoreDataAge?.[0]?.value, 30, 'the oldest data');
  });

  it('gives what happened between two snapshots, leaving out what did not move', () => {
    const s = new MetricStore();
    s.count(METRIC.Requests, ['/health', '200'], 4);
    s.count(METRIC.Requests, ['/version', '200'], 1);
    const before = s.snapshot();
    s.count(METRIC.Requests, ['/health', '200'], 2);
    s.observe(METRIC.ClassifyDuration, [], 2);
    const d = deltaSnapshot(before, s.snapshot());
    assert.deepEqual(d.metrics.Requests, [{ labels: ['/health', '200'], value: 2 }]);
    assert.equal(d.metrics.ClassifyDuration?.[0]?.value, 1);
    const fresh = new MetricStore();
    fresh.count(METRIC.Requests, ['/health', '200'], 1);
    assert.deepEqual(
      deltaSnapshot(before, fresh.snapshot()).metrics.Requests,
      [{ labels: ['/health', '200'], value: 1 }],
      'a counter that went down was reset: all of it is new',
    );
  });
});
