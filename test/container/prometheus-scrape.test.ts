/**
 * A real Prometheus (Debian's `prometheus` package; `.ci/run` installs it when missing) scrapes the
 * built container's `GET /metrics` (2 workers, added up by the primary), and a PromQL query over
 * Prometheus' HTTP API returns the number of classifications this test made. Skipped, with the
 * reason printed, when no `prometheus` binary can be found.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { BUILT, BuiltServer } from './built.ts';
import { classify, request } from './helpers.ts';

function findPrometheus(): string | undefined {
  for (const candidate of [process.env.PROMETHEUS_BIN, 'prometheus', '/usr/bin/prometheus']) {
    if (!candidate) continue;
    const r = spawnSync(candidate, ['--version'], { stdio: 'ignore' });
    if (r.status === 0) return candidate;
  }
  return undefined;
}

const PROMETHEUS = findPrometheus();
const SKIP = !BUILT
  ? 'dist/ is not built'
  : PROMETHEUS === undefined
    ? 'no prometheus binary (apt-get install -y prometheus, or set PROMETHEUS_BIN)'
    : false;
if (SKIP) console.log(`# prometheus scrape test skipped: ${SKIP}`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function query(port: number, promql: string): Promise<number | undefined> {
  const res = await request(port, 'GET', `/api/v1/query?query=${encodeURIComponent(promql)}`);
  if (res.status !== 200) return undefined;
  const doc = res.json() as { data?: { result?: { value: [number, string] }[] } };
  const v = doc.data?.result?.[0]?.value[1];
  return v === undefined ? undefined : Number(v);
}

describe('a real Prometheus scrapes the container', { skip: SKIP }, () => {
  let server: BuiltServer | undefined;
  let prometheus: ChildProcess | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'smsjunk-prometheus-'));
  after(() => {
    server?.stop();
    if (prometheus?.pid !== undefined && prometheus.exitCode === null)
      process.kill(prometheus.pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a PromQL query with the classifications this test made', async () => {
    server = new BuiltServer(2, { METRICS_PORT: '0' });
    const port = await server.port();
    const [l] = await server.waitFor((x) => x.message === 'metrics listening', 'metrics listening');
    const metricsPort = Number(l?.port);
    const SENT = 7;
    for (let i = 0; i < SENT; i++) {
      const text = i % 2 ? 'You have WON a prize, call 09061701461 to claim' : `lunch at ${i}?`;
      const body = JSON.stringify({ _version: 1, query: { sender: '87121', message: { text } } });
      assert.equal((await classify(port, body)).status, 200);
    }
    writeFileSync(
      join(dir, 'prometheus.yml'),
      `global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: smsjunk\n    static_configs:\n      - targets: ['127.0.0.1:${metricsPort}']\n`,
    );
    const webPort = await freePort();
    let log = '';
    prometheus = spawn(
      PROMETHEUS as string,
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${webPort}`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    prometheus.stderr?.on('data', (d: Buffer) => {
      log += d.toString();
    });
    let got: number | undefined;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      got = await query(webPort, 'sum(smsjunk_classifications_total{job="smsjunk"})').catch(() => undefined);
      if (got !== undefined) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    assert.equal(got, SENT, `Prometheus answered ${got}; its log: ${log.slice(-1500)}`);
    assert.equal(await query(webPort, 'sum(smsjunk_classifications_total{action="junk"})'), 3);
    assert.equal(await query(webPort, 'up{job="smsjunk"}'), 1);
    const p99 = await query(
      webPort,
      'histogram_quantile(0.99, sum by (le) (smsjunk_classify_duration_seconds_bucket))',
    );
    assert.ok(p99 !== undefined && p99 > 0 && p99 < 5, `a p99 from the histogram: ${p99}`);
  });
});
