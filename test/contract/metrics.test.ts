/**
 * The metrics contract: the same requests to both built runtimes (the container over HTTP, the
 * Lambda bundle invoked in a fresh process) give EMF lines that follow the specification's
 * structure and carry the same metric names, dimensions and counts. The runtime's own metrics
 * (Lambda's cold start; the container's event-loop delay and worker restarts) are the only
 * difference. Lambda publishes once per invocation; the container per interval.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { METRICS } from '../../shared/metrics/catalog.ts';
import { BUILT, BuiltServer } from '../container/built.ts';
import { request } from '../container/helpers.ts';
import { loadEvent } from '../functions/fixtures.ts';
import { invokeInFreshProcess } from '../functions/invoke.ts';
import { emfLines, emfProblems, metricNames } from '../metrics/emf-spec.ts';

const BUNDLE = fileURLToPath(new URL('../../dist/lambda/handler.mjs', import.meta.url));
const ENV = { METRICS_NAMESPACE: 'smsjunk-contract', SERVICE_NAME: 'smsjunk-contract', LOG_LEVEL: 'INFO' };
const JSON_TYPE = 'application/json; charset=utf-8';

interface Call {
  readonly method: string;
  readonly path: string;
  readonly body?: string;
}
const classify = (text: string) =>
  JSON.stringify({ _version: 1, query: { sender: '+14085550001', message: { text } } });
const CALLS: Call[] = [
  { method: 'POST', path: '/v1/classify', body: classify('You have WON a prize, call 09061701461 to claim') },
  { method: 'POST', path: '/v1/classify', body: classify('see you at noon, bring the keys') },
  { method: 'POST', path: '/v1/classify', body: '{"_version":1,' },
  { method: 'GET', path: '/no/such/path' },
  { method: 'GET', path: '/version' },
];

function eventOf(c: Call) {
  const e = loadEvent(c.body === undefined ? 'http-api-v2-health' : 'http-api-v2');
  e.rawPath = c.path;
  e.requestContext.http.path = c.path;
  e.requestContext.http.method = c.method;
  e.routeKey = `${c.method} ${c.path}`;
  if (c.body !== undefined) {
    e.body = c.body;
    e.isBase64Encoded = false;
  }
  return e;
}

type Doc = Record<string, unknown>;
const RUNTIME_ONLY = new Set(['ColdStart', 'EventLoopDelay', 'WorkerRestarts']);
/** Counted metrics (a histogram's values are observations, not counts; gauges are states). */
const COUNTERS = new Set(METRICS.filter((m) => m.kind === 'counter').map((m) => m.name));

/** `Metric[Dim=value,...]` -> summed count, for the counters. */
function counts(docs: readonly Doc[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of docs) {
    const dir = (d._aws as { CloudWatchMetrics: { Dimensions: string[][]; Metrics: { Name: string }[] }[] })
      .CloudWatchMetrics[0];
    for (const m of dir?.Metrics ?? []) {
      const v = d[m.Name];
      if (typeof v !== 'number' || RUNTIME_ONLY.has(m.Name) || !COUNTERS.has(m.Name)) continue;
      const key = `${m.Name}[${(dir?.Dimensions[0] ?? []).map((k) => `${k}=${String(d[k])}`).join(',')}]`;
      out.set(key, (out.get(key) ?? 0) + v);
    }
  }
  return out;
}

/** Each metric name with its dimension set. */
function shapes(docs: readonly Doc[]): Set<string> {
  const out = new Set<string>();
  for (const d of docs)
    for (const dir of (
      d._aws as { CloudWatchMetrics: { Dimensions: string[][]; Metrics: { Name: string }[] }[] }
    ).CloudWatchMetrics)
      for (const m of dir.Metrics)
        if (!RUNTIME_ONLY.has(m.Name)) out.add(`${m.Name} by ${JSON.stringify(dir.Dimensions)}`);
  return out;
}

describe('metrics contract: container and Lambda', { skip: !BUILT }, () => {
  it('write valid EMF with the same metric names, dimensions and counts for the same requests', async () => {
    // as Lambda sets it for an on-demand instance (Powertools counts a cold start only then)
    const lambda = await invokeInFreshProcess(BUNDLE, CALLS.map(eventOf), {
      ...ENV,
      AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand',
    });
    const lambdaDocs = emfLines(lambda.logs);

    const s = new BuiltServer(1, { ...ENV, EMF_INTERVAL_SECONDS: '0.2' });
    let containerDocs: Doc[];
    try {
      const port = await s.port();
      for (const c of CALLS) {
        await request(port, c.method, c.path, {
          ...(c.body === undefined ? {} : { body: c.body, headers: { 'content-type': JSON_TYPE } }),
        });
      }
      const requests = () =>
        emfLines(s.lines).reduce((n, d) => n + (typeof d.Requests === 'number' ? d.Requests : 0), 0);
      await s.waitFor(() => requests() >= CALLS.length, 'every request in the EMF lines');
      containerDocs = emfLines(s.lines);
    } finally {
      s.stop();
    }

    for (const d of [...lambdaDocs, ...containerDocs])
      assert.deepEqual(emfProblems(d), [], JSON.stringify(d));
    for (const d of [...lambdaDocs, ...containerDocs]) {
      const dir = (d._aws as { CloudWatchMetrics: { Namespace: string }[] }).CloudWatchMetrics[0];
      assert.equal(dir?.Namespace, 'smsjunk-contract');
      assert.equal(d.service, 'smsjunk-contract');
    }
    const lambdaNames = [...metricNames(lambdaDocs)].filter((n) => !RUNTIME_ONLY.has(n)).sort();
    const containerNames = [...metricNames(containerDocs)].filter((n) => !RUNTIME_ONLY.has(n)).sort();
    assert.deepEqual(lambdaNames, containerNames);
    for (const name of [
      'Requests',
      'RequestDuration',
      'ErrorResponses',
      'Classifications',
      'VerdictReasons',
      'ClassifyDuration',
      'RuleHits',
      'Info',
    ]) {
      assert.ok(lambdaNames.includes(name), `${name} recorded`);
    }
    assert.deepEqual([...shapes(lambdaDocs)].sort(), [...shapes(containerDocs)].sort());
    assert.deepEqual(new Map([...counts(lambdaDocs)].sort()), new Map([...counts(containerDocs)].sort()));

    // Lambda: Powertools' cold start once, and one flush per invocation (each holds one request)
    const cold = lambdaDocs.filter((d) => d.ColdStart !== undefined);
    assert.equal(cold.length, 1);
    assert.equal(cold[0]?.function_name, 'smsjunk-ci-classify');
    const perInvocation = lambdaDocs.filter((d) => d.Requests !== undefined);
    assert.equal(perInvocation.length, CALLS.length);
    assert.ok(perInvocation.every((d) => d.Requests === 1));
    const text = JSON.stringify([lambdaDocs, containerDocs]);
    for (const secret of ['14085550001', 'WON a prize', 'noon', '198.51.100.4', '127.0.0.1']) {
      assert.ok(!text.includes(secret), `no ${secret} in any metric`);
    }
  });
});
