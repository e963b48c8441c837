/**
 * The built container's metrics, over real HTTP: the Prometheus endpoint on its own port adds the
 * workers' pushed counters up (in the primary) and keeps a replaced worker's counts, `/admin/status` shows the
 * per-rule counters of the whole container, and the EMF lines on stdout are valid, aggregated per
 * interval and add up to what was sent.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { emfLines, emfProblems } from '../metrics/emf-spec.ts';
import { BUILT, BuiltServer } from './built.ts';
import { classify, request } from './helpers.ts';
import { total } from './prometheus-text.ts';

const TOKEN = 'metrics-test-token-0123456789abcdef';
const SENDER = '+14085550123';
const body = (text: string) => JSON.stringify({ _version: 1, query: { sender: SENDER, message: { text } } });
const SCAM = 'You have WON a prize, call 09061701461 to claim';

async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = await read();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no ${what}`);
}

describe('container metrics (built, 2 workers)', { skip: !BUILT }, () => {
  let s: BuiltServer;
  let port: number;
  let metricsPort: number;
  const scrape = async () => (await request(metricsPort, 'GET', '/metrics')).body;
  before(async () => {
    s = new BuiltServer(2, { METRICS_PORT: '0', EMF_INTERVAL_SECONDS: '0.2', ADMIN_TOKEN: TOKEN });
    port = await s.port();
    const [l] = await s.waitFor((l) => l.message === 'metrics listening', 'metrics listening');
    metricsPort = Number(l?.port);
    for (let i = 0; i < 6; i++)
      assert.equal((await classify(port, body(i % 2 ? SCAM : 'see you at noon'))).status, 200);
    assert.equal((await request(port, 'GET', '/nope')).status, 404);
  });
  after(() => s.stop());

  it("serves every worker's counts added up at GET /metrics on METRICS_PORT, in prom-client's text format", async () => {
    // a scrape adds up what each worker last pushed (each second), never waiting on a busy one
    // every request counted, the 404 included (it may be another worker's, pushed a second later)
    await until(
      'the pushed snapshots',
      scrape,
      (t) =>
        total(t, 'smsjunk_classifications_total') === 6 &&
        total(t, 'smsjunk_requests_total', { route: '/v1/classify', status: '200' }) === 6 &&
        total(t, 'smsjunk_error_responses_total', { status: '404', code: 'not_found' }) === 1,
    );
    const res = await request(metricsPort, 'GET', '/metrics');
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    assert.equal(total(res.body, 'smsjunk_classifications_total'), 6);
    assert.equal(total(res.body, 'smsjunk_classifications_total', { action: 'junk' }), 3);
    assert.equal(total(res.body, 'smsjunk_requests_total', { route: '/v1/classify', status: '200' }), 6);
    assert.equal(total(res.body, 'smsjunk_error_responses_total', { status: '404', code: 'not_found' }), 1);
    assert.equal(total(res.body, 'smsjunk_request_duration_seconds_count', { route: '/v1/classify' }), 6);
    assert.equal(total(res.body, 'smsjunk_classify_duration_seconds_bucket', { le: '+Inf' }), 6);
    assert.ok(total(res.body, 'smsjunk_rule_hits_total') >= 3, 'rules fired on the scams');
    assert.equal(total(res.body, 'smsjunk_info'), 1, 'one build, rules and model version in use');
    assert.ok(
      total(res.body, 'smsjunk_event_loop_delay_seconds_count') > 0,
      'both workers sample their event loop',
    );
    for (const secret of [SENDER, '14085550123', 'WON a prize', 'noon', TOKEN, '127.0.0.1']) {
      assert.ok(!res.body.includes(secret), `no ${secret} in the metrics`);
    }
    assert.equal((await request(metricsPort, 'GET', '/other')).status, 404);
    assert.equal((await request(port, 'GET', '/metrics')).status, 404, 'not on the API port');
  });

  it('shows the per-rule counters of every worker in /admin/status', async () => {
    const res = await request(port, 'GET', '/admin/status', {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const doc = res.json() as {
      ruleHits: {
        classifications: number;
        actions: Record<string, number>;
        rules: { rule: string; hits: number; source: string | null }[];
      };
    };
    assert.equal(doc.ruleHits.classifications, 6);
    assert.equal(doc.ruleHits.actions.junk, 3);
    const fired = doc.ruleHits.rules.filter((r) => r.hits > 0);
    assert.ok(fired.length > 0 && fired.every((r) => r.source?.endsWith('.yar')), JSON.stringify(fired));
    assert.ok(doc.ruleHits.rules.length > 20, 'every loaded rule has a line, fired or not');
  });

  it('writes valid EMF lines per interval that add up to what was sent', async () => {
    const sum = () =>
      emfLines(s.lines).reduce(
        (n, d) => n + (typeof d.Classifications === 'number' ? d.Classifications : 0),
        0,
      );
    await until(
      '6 classifications in EMF',
      async () => sum(),
      (n) => n >= 6,
    );
    const docs = emfLines(s.lines);
    for (const d of docs) assert.deepEqual(emfProblems(d), [], JSON.stringify(d));
    assert.equal(sum(), 6);
    const perRequest = docs.filter((d) => d.Requests !== undefined);
    assert.ok(
      perRequest.some((d) => (d.Requests as number) > 1),
      'aggregated, not a line per request',
    );
    assert.ok(docs.every((d) => d.service === 'smsjunk'));
  });

  it('counts a worker that died and keeps what it had counted', async () => {
    const before = await until(
      'every count pushed',
      scrape,
      (t) => total(t, 'smsjunk_classifications_total') === 6,
    );
    const pids = s.lines.filter((l) => l.message === 'worker started').map((l) => Number(l.pid));
    process.kill(pids[0] as number, 'SIGKILL');
    await s.waitFor((l) => l.message === 'worker listening', 'a replacement', 3);
    const after = await until(
      'a restart counted',
      scrape,
      (t) => total(t, 'smsjunk_worker_restarts_total') === 1,
    );
    assert.equal(
      total(after, 'smsjunk_classifications_total'),
      total(before, 'smsjunk_classifications_total'),
    );
  });
});

describe('container metrics off (METRICS_ENABLED=false)', { skip: !BUILT }, () => {
  it('opens no metrics port and writes no EMF line', async () => {
    const s = new BuiltServer(1, {
      METRICS_ENABLED: 'false',
      METRICS_PORT: '0',
      EMF_INTERVAL_SECONDS: '0.1',
    });
    try {
      const port = await s.port();
      assert.equal((await classify(port, body(SCAM))).status, 200);
      await s.waitFor((l) => l.message === 'request', 'the access line');
      // a stop writes the last interval (were metrics on): once stopped, all is printed
      const closed = once(s.child, 'close');
      s.signal('SIGTERM');
      await closed;
      assert.equal(await s.exited, 0);
      assert.ok(
        s.lines.some((l) => l.message === 'drained'),
        'stopped by the drain',
      );
      assert.equal(emfLines(s.lines).length, 0);
      assert.ok(!s.lines.some((l) => l.message === 'metrics listening'));
    } finally {
      s.stop();
    }
  });
});
