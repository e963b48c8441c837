/**
 * The access log's sender hash through the whole service: the app records the sender, the access
 * log writes the keyed hash the secrets layer computes, and never the number itself.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NeutralRequest } from '../../shared/api/http.ts';
import { loadServiceConfig as loadConfig } from '../../shared/config.ts';
import { createSecrets, settingsFromConfig } from '../../shared/secrets/index.ts';
import { hmacSender } from '../../shared/secrets/sender-hash.ts';
import { createService } from '../../shared/service.ts';
import { MemoryLog } from '../memory-log.ts';
import { classifyBody, smallClassifier } from './fixtures.ts';

const SENDER = '+14085550001';

function classify(sender: string): NeutralRequest {
  return {
    method: 'POST',
    path: '/v1/classify',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: Buffer.from(classifyBody('see you at 7', sender)),
    remoteAddress: '10.0.0.5',
  };
}

function build(env: Record<string, string>) {
  const config = loadConfig({ env });
  const secrets = createSecrets({ settings: settingsFromConfig(config) });
  const sink = new MemoryLog();
  const service = createService(config, {
    classifier: smallClassifier,
    logger: sink,
    hashSender: (sender) => secrets.hashSender(sender),
  });
  return { service, sink };
}

describe('createService hashSender', () => {
  it('returns an access-log line with the keyed sender hash and never the number when a key is set', async () => {
    const { service, sink } = build({ LOG_HASH_KEY: 'test-hash-key-5d1f' });
    const res = await service.handler(classify(SENDER), { requestId: '', clientIp: '', logFields: {} });
    assert.equal(res.status, 200);
    const line = sink.records().find((r) => r.message === 'request');
    assert.ok(line, sink.lines.join('\n'));
    assert.equal(line.senderHash, hmacSender('test-hash-key-5d1f', SENDER));
    assert.match(String(line.senderHash), /^[0-9a-f]{16}$/);
    assert.ok(!sink.lines.join('\n').includes('4085550001'), 'the raw sender reached the log');
  });

  it('returns an access-log line without senderHash when no key is set', async () => {
    const { service, sink } = build({});
    await service.handler(classify(SENDER), { requestId: '', clientIp: '', logFields: {} });
    const line = sink.records().find((r) => r.message === 'request');
    assert.ok(line);
    assert.equal(Object.hasOwn(line, 'senderHash'), false);
  });
});
