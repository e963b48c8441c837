/**
 * What recording metrics costs a container worker, in process and on CPU time (steadier than
 * throughput on a shared machine): the whole shared chain (every middleware, the access log to
 * /dev/null, the bundled rules and model) over the same 2,000 UCI bodies, built twice, with
 * metrics into a `MetricStore` (as a worker records them) and with METRICS_ENABLED=false; the two
 * alternate every 100 requests, and each side's figure is the median of its rounds' CPU µs per
 * request. Then the recording calls alone, timed over many repetitions (the steadiest figure). Then
 * what a scrape costs: a worker's `snapshot()` of everything recorded (what it hands the primary)
 * and the primary's Prometheus text for two such snapshots, each timed over many repetitions.
 *
 *   node --import tsx bench/metrics-cost.ts [--rounds 7] [--requests 4000]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_CONTAINER_CONFIG } from '../container/config.ts';
import { createContainerLogger } from '../container/logger.ts';
import { prometheusText } from '../container/metrics/prometheus.ts';
import type { NeutralRequest, RequestContext } from '../shared/api/http.ts';
import { createClassifier } from '../shared/classifier/index.ts';
import { storeHooks } from '../shared/metrics/hooks.ts';
import { newDetail } from '../shared/metrics/service-metrics.ts';
import { MetricStore, mergeSnapshots } from '../shared/metrics/store.ts';
import { createService } from '../shared/service.ts';

const { values: opts } = parseArgs({
  options: { rounds: { type: 'string', default: '7' }, requests: { type: 'string', default: '4000' } },
});
const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const corpus = join(root, '..', 'shared', 'data', 'sms-spam-collection.tsv');
const texts = existsSync(corpus)
  ? [
      ...new Set(
        readFileSync(corpus, 'utf8')
          .split('\n')
          .filter((l) => l.includes('\t'))
          .map((l) => l.slice(l.indexOf('\t') + 1)),
      ),
    ].slice(0, 2000)
  : ['You have WON a prize, call 09061701461 to claim', 'see you at noon'];
const senders = ['+14085550001', '87121', '+447700900123', 'AMAZON', '', '80082'];
const requests: NeutralRequest[] = texts.map((text, i) => ({
  method: 'POST',
  path: '/v1/classify',
  headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'bench' },
  body: Buffer.from(
    JSON.stringify({ _version: 1, query: { sender: senders[i % senders.length], message: { text } } }),
  ),
  remoteAddress: '127.0.0.1',
}));

const classifier = createClassifier();
const logger = createContainerLogger({ destination: '/dev/null' });
const store = new MetricStore();
const withMetrics = createService(DEFAULT_CONTAINER_CONFIG, {
  classifier: () => classifier,
  logger,
  metrics: storeHooks(store),
});
const without = createService(
  { ...DEFAULT_CONTAINER_CONFIG, metricsEnabled: false },
  { classifier: () => classifier, logger },
);

async function round(handler: typeof withMetrics.handler, n: number): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const ctx: RequestContext = { requestId: '', clientIp: '', logFields: {} };
    const res = await handler(requests[i % requests.length] as NeutralRequest, ctx);
    if (res.status !== 200) throw new Error(`status ${res.status}`);
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / n;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const n = Number(opts.requests);
await round(withMetrics.handler, 1000); // warm both
await round(without.handler, 1000);
// Each round alternates blocks of 100 requests between the two services, so a neighbour's burst
// falls on both alike; a round's figure is each side's CPU over its blocks.
const BLOCK = 100;
const on: number[] = [];
const off: number[] = [];
for (let r = 0; r < Number(opts.rounds); r++) {
  let a = 0;
  let b = 0;
  for (let done = 0; done < n; done += BLOCK) {
    a += await round(withMetrics.handler, BLOCK);
    b += await round(without.handler, BLOCK);
  }
  on.push(a / (n / BLOCK));
  off.push(b / (n / BLOCK));
}
const cost = median(on) / median(off) - 1;
console.log(
  `metrics-cost: ${Number(opts.rounds)} rounds of ${n} requests each side, alternating every ${BLOCK}`,
);
console.log(
  `  with metrics      ${median(on).toFixed(1)} µs CPU/request   (rounds ${on.map((x) => x.toFixed(0)).join(' ')})`,
);
console.log(
  `  METRICS_ENABLED=false ${median(off).toFixed(1)} µs CPU/request   (rounds ${off.map((x) => x.toFixed(0)).join(' ')})`,
);
console.log(
  `  recording costs ${(cost * 100).toFixed(1)}% of a request's CPU (target <= 5%): ${cost <= 0.05 ? 'met' : 'NOT met'}`,
);

function time(what: string, reps: number, f: () => unknown): number {
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) f();
  const ms = (performance.now() - t0) / reps;
  console.log(`  ${what}: ${ms.toFixed(3)} ms`);
  return ms;
}
const snap = store.snapshot();
const series = Object.values(snap.metrics).reduce((k, l) => k + l.length, 0);
console.log(`scrape (${series} series recorded):`);
time("a worker's snapshot() + its IPC JSON", 200, () => JSON.stringify(store.snapshot()));
const merged = mergeSnapshots([snap, snap]);
const t0 = performance.now();
for (let i = 0; i < 50; i++) await prometheusText(merged);
console.log(
  `  the primary's merge is separate; prom-client text for 2 workers: ${((performance.now() - t0) / 50).toFixed(3)} ms`,
);

// The recording alone, per request, as the chain calls it (a real verdict's detail, its rule hits)
const m = withMetrics.metrics;
if (m) {
  const details = texts.slice(0, 500).map((text) => {
    const d = newDetail();
    const v = classifier.classify({ sender: '87121', text }, d);
    return [v, d] as const;
  });
  const reps = 200_000;
  const t1 = performance.now();
  for (let i = 0; i < reps; i++) {
    const [v, d] = details[i % details.length] as (typeof details)[number];
    m.request('/v1/classify', 200, undefined, 1.5);
    m.classified(classifier, v, d, 0.1);
  }
  const us = ((performance.now() - t1) * 1000) / reps;
  console.log(
    `recording alone (request + classification, their rule hits): ${us.toFixed(2)} µs per request = ${((us / median(off)) * 100).toFixed(1)}% of a request's CPU without metrics`,
  );
}
