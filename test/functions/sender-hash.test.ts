/**
 * The Lambda access log's sender hash: the real middy chain around the real shared service, with
 * the secrets layer's keyed hash; the log line carries the hash and never the number.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHttpHandler } from '../../functions/classify/chain.ts';
import { loadServiceConfig as loadConfig } from '../../shared/config.ts';
import { createSecrets, settingsFromConfig } from '../../shared/secrets/index.ts';
import { hmacSender } from '../../shared/secrets/sender-hash.ts';
import { createService } from '../../shared/service.ts';
import { smallClassifier } from '../api/fixtures.ts';
import { CapturingLogger } from './capture-logger.ts';
import { lambdaContext, loadEvent } from './fixtures.ts';

const SENDER = '+14085550001'; // the sender in the http-api-v2 fixture

function build(env: Record<string, string>) {
  const config = loadConfig({ env });
  const secrets = createSecrets({ settings: settingsFromConfig(config), mode: 'on-demand' });
  const logger = new CapturingLogger({ serviceName: 'smsjunk-test' });
  const service = createService(config, { classifier: smallClassifier, logger });
  const handler = createHttpHandler({ app: service.app, logger, hashSender: (s) => secrets.hashSender(s) });
  return { handler, logger };
}

describe('Lambda access log hashSender', () => {
  it('returns an access-log line with the keyed sender hash and never the number when a key is set', async () => {
    const { handler, logger } = build({ LOG_HASH_KEY: 'lambda-hash-key-77' });
    const result = await handler(loadEvent('http-api-v2'), lambdaContext());
    assert.equal(result.statusCode, 200);
    const line = logger.lines.find((l) => l.message === 'request');
    assert.ok(line, logger.text());
    assert.equal(line.senderHash, hmacSender('lambda-hash-key-77', SENDER));
    assert.ok(!logger.text().includes('4085550001'), 'the raw sender reached the log');
  });

  it('returns an access-log line without senderHash when no key is set', async () => {
    const { handler, logger } = build({});
    await handler(loadEvent('http-api-v2'), lambdaContext());
    const line = logger.lines.find((l) => l.message === 'request');
    assert.ok(line);
    assert.equal(Object.hasOwn(line, 'senderHash'), false);
  });
});
