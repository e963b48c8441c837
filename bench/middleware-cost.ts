/**
 * The cost of each middleware of the shared chain, in process (no HTTP, no classifier):
 * nanoseconds per request for the app alone, then with each middleware added in chain order.
 * Logs go through the container's logger to /dev/null; the Lambda's (Powertools) prints to stdout.
 *
 *   node --import tsx bench/middleware-cost.ts [iterations] > /dev/null   (the figures go to stderr)
 */

import { DEFAULT_CONTAINER_CONFIG as DEFAULT_CONFIG } from '../container/config.ts';
import { createContainerLogger } from '../container/logger.ts';
import { App } from '../shared/api/app.ts';
import { compose, type Handler, type Middleware, type NeutralRequest } from '../shared/api/http.ts';
import { createClassifier } from '../shared/classifier/index.ts';
import { createLogger } from '../shared/logger.ts';
import { accessLog } from '../shared/middleware/access-log.ts';
import { Health, heartbeat } from '../shared/middleware/heartbeat.ts';
import { noCache } from '../shared/middleware/no-cache.ts';
import { realIp } from '../shared/middleware/real-ip.ts';
import { recoverer } from '../shared/middleware/recoverer.ts';
import { requestId } from '../shared/middleware/request-id.ts';
import { throttleWithOptions } from '../shared/middleware/throttle.ts';
import { timeout } from '../shared/middleware/timeout.ts';

const N = Number(process.argv[2] ?? 200_000);
const real = createClassifier({
  rules: [{ name: 'x.yar', source: 'rule x { condition: false }' }],
  model: null,
});
const fixed = Object.assign(Object.create(real), { classify: () => ({ action: 'junk', subAction: 'none' }) });
// the container's logger, writing to /dev/null
const logger = createContainerLogger({ destination: '/dev/null' });
// Powertools (the Lambda's logger), printing to stdout: run with >/dev/null
const powertools = createLogger();
const health = new Health();
const app = new App({ classifier: () => fixed, health }).handle;
const body = Buffer.from(
  JSON.stringify({
    _version: 1,
    query: { sender: '14085550001', message: { text: 'You have WON a prize' } },
  }),
);
const req: NeutralRequest = {
  method: 'POST',
  path: '/v1/classify',
  headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'bench' },
  body,
  remoteAddress: '127.0.0.1',
};

const steps: [string, Middleware][] = [
  ['heartbeat', heartbeat({ health })],
  ['request-id', requestId()],
  ['real-ip (no proxies)', realIp()],
  ['access-log', accessLog({ logger })],
  ['no-cache', noCache()],
  ['throttle', throttleWithOptions({ limit: DEFAULT_CONFIG.throttleLimit, backlogLimit: 10 })],
  ['timeout', timeout(60_000)],
  ['recoverer', recoverer({ logger })],
];

async function measure(handler: Handler): Promise<number> {
  for (let round = 0; round < 2; round++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < N; i++) {
      await handler(req, { requestId: '', clientIp: '', logFields: {} });
    }
    if (round === 1) return Number(process.hrtime.bigint() - t) / N;
  }
  return 0;
}

const base = await measure(app);
console.error(`${'app alone (parse, route, JSON)'.padEnd(34)} ${base.toFixed(0).padStart(6)} ns/request`);
let prev = base;
for (let k = steps.length - 1; k >= 0; k--) {
  const chain = steps.slice(k).map(([, m]) => m);
  const ns = await measure(compose(chain, app));
  console.error(
    `+ ${(steps[k] as [string, Middleware])[0].padEnd(32)} ${ns.toFixed(0).padStart(6)} ns/request  (+${(ns - prev).toFixed(0)})`,
  );
  prev = ns;
}

// The access-log line alone: Powertools' own formatting against the lean one (the same line).
const fields = {
  method: 'POST',
  path: '/v1/classify',
  status: 200,
  bytes: 36,
  durationMs: 0.412,
  requestId: 'tQs0g1kImmfG-2',
  clientIp: '127.0.0.1',
  userAgent: 'MessageFilter/1.0',
  action: 'junk',
  subAction: 'none',
};
for (const [name, write] of [
  ['line via pino (the container)', () => logger.info('request', fields)],
  ['line via Powertools (the Lambda)', () => powertools.info('request', fields)],
] as const) {
  let ns = 0;
  for (let round = 0; round < 2; round++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < N; i++) write();
    ns = Number(process.hrtime.bigint() - t) / N;
  }
  console.error(`${name.padEnd(34)} ${ns.toFixed(0).padStart(6)} ns/line`);
}
