import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NeutralRequest, RequestContext } from '../../shared/api/http.ts';
import { loadServiceConfig } from '../../shared/config.ts';
import { storeHooks } from '../../shared/metrics/hooks.ts';
import type { RuleHitsDocument } from '../../shared/metrics/rule-hits.ts';
import { reasonLabel } from '../../shared/metrics/service-metrics.ts';
import { MetricStore } from '../../shared/metrics/store.ts';
import { createService } from '../../shared/service.ts';
import { classifyBody, smallClassifier, TokenAdmin } from '../api/fixtures.ts';
import { MemoryLog } from '../memory-log.ts';

const TOKEN = 'x'.repeat(40);

function req(
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): NeutralRequest {
  return {
    method,
    path,
    headers: body === undefined ? headers : { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: body === undefined ? null : Buffer.from(body),
    remoteAddress: '10.0.0.5',
  };
}
const ctx = (): RequestContext => ({ requestId: '', clientIp: '', logFields: {} });

function build() {
  const store = new MetricStore({ now: () => 0 });
  let t = 0;
  const service = createService(loadServiceConfig({ env: {} }), {
    classifier: smallClassifier,
    logger: new MemoryLog(),
    admin: new TokenAdmin(TOKEN),
    metrics: storeHooks(store),
    now: () => (t += 2), // every reading 2 ms later
  });
  return { store, service };
}

describe('the metrics the shared chain records', () => {
  it('counts requests by route and status, error answers by code, classifications, reasons and rule hits', async () => {
    const { store, service } = build();
    const h = service.handler;
    await h(req('POST', '/v1/classify', classifyBody('You have won a prize!')), ctx());
    await h(req('POST', '/v1/classify', classifyBody('see you at noon')), ctx());
    await h(req('POST', '/v1/classify', '{'), ctx());
    await h(req('GET', '/health'), ctx());
    await h(req('GET', '/no/such/path/14085550001'), ctx());
    const m = store.snapshot().metrics;
    const value = (name: string, ...labels: string[]) =>
      m[name]?.find((s) => s.labels.join() === labels.join())?.value;
    assert.equal(value('Requests', '/v1/classify', '200'), 2);
    assert.equal(value('Requests', '/v1/classify', '400'), 1);
    assert.equal(value('Requests', '/health', '200'), 1);
    assert.equal(value('Requests', 'other', '404'), 1, 'an unknown path is never a label');
    assert.equal(
      value('ErrorResponses', '400', 'invalid_json') ?? value('ErrorResponses', '400', 'bad_request'),
      1,
    );
    assert.equal(value('ErrorResponses', '404', 'not_found'), 1);
    assert.equal(value('Classifications', 'junk', 'none'), 1);
    assert.equal(value('Classifications', 'none', 'none'), 1);
    assert.equal(value('RuleHits', 'prize', 'junk'), 1);
    assert.equal(m.ClassifyDuration?.[0]?.value, 2);
    assert.equal(m.RequestDuration?.find((s) => s.labels[0] === '/v1/classify')?.value, 3);
    const reasons = (m.VerdictReasons ?? []).reduce((n, s) => n + s.value, 0);
    assert.equal(reasons, 2);
    assert.equal(m.Info?.length, 1, 'the versions in use');
    const text = JSON.stringify(m);
    assert.ok(!text.includes('prize!') && !text.includes('14085550001') && !text.includes('10.0.0.5'));
  });

  it('shows hits per rule and per action in /admin/status', async () => {
    const { service } = build();
    await service.handler(req('POST', '/v1/classify', classifyBody('won a prize')), ctx());
    const res = await service.handler(
      req('GET', '/admin/status', undefined, { authorization: `Bearer ${TOKEN}` }),
      ctx(),
    );
    assert.equal(res.status, 200);
    const doc = JSON.parse(typeof res.body === 'string' ? res.body : Buffer.from(res.body).toString()) as {
      ruleHits: RuleHitsDocument;
    };
    assert.equal(doc.ruleHits.enabled, true);
    assert.equal(doc.ruleHits.classifications, 1);
    assert.deepEqual(doc.ruleHits.actions, { junk: 1 });
    assert.deepEqual(doc.ruleHits.rules, [
      { rule: 'prize', source: 'prize.yar', hits: 1, actions: { junk: 1 } },
    ]);
  });

  it('names a transaction claim beaten by a phishing rule', () => {
    const thresholds = { junk: 2, promotion: 1, transaction: 1 };
    const detail = {
      reason: 'junk-score' as const,
      phishing: true,
      hits: ['bank_notice', 'phish'],
      votes: [{ rule: 'bank_notice', action: 'transaction' as const, weight: 1 }],
    };
    assert.equal(reasonLabel({ thresholds }, detail as never), 'phishing-over-transaction');
    assert.equal(reasonLabel({ thresholds }, { ...detail, phishing: false } as never), 'junk-score');
  });
});
