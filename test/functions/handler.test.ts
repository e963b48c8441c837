/**
 * The real entry point (`functions/classify/handler.ts`) from source, in this process: the init
 * phase builds everything once, warm invocations only answer.
 */
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { before, describe, it } from 'node:test';
import yarax from '../../shared/classifier/yara-x-binding.ts';
import { lambdaContext, loadEvent } from './fixtures.ts';

type Handler = typeof import('../../functions/classify/handler.ts').handler;

let compiles = 0;
let handler: Handler;
let compilesAtInit = 0;

before(async () => {
  // Count every rule compilation the engine asks the native binding for.
  const compile = yarax.compile;
  yarax.compile = function countedCompile(...args: Parameters<typeof compile>) {
    compiles++;
    return compile.apply(yarax, args);
  };
  process.env.LOG_LEVEL = 'SILENT';
  process.env.POWERTOOLS_METRICS_DISABLED = 'true'; // recorded, not printed (the contract test reads them)
  delete process.env.SSM_PREFIX;
  ({ handler } = await import('../../functions/classify/handler.ts'));
  compilesAtInit = compiles;
});

describe('handler', () => {
  it('compiles the rules at module load and never again on warm invocations', async () => {
    assert.ok(compilesAtInit >= 1, 'the rules were compiled during init');
    for (let i = 0; i < 25; i++) {
      const event = loadEvent(i % 2 ? 'http-api-v2' : 'rest-api-v1');
      const result = await handler(event, lambdaContext());
      assert.equal(result.statusCode, 200);
    }
    assert.equal(compiles, compilesAtInit);
  });

  it('answers 400 invalid_encoding when a base64 body is not UTF-8', async () => {
    const event = loadEvent('http-api-v2-base64');
    event.body = Buffer.concat([
      Buffer.from('{"query":{"message":{"text":"'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('"}}}'),
    ]).toString('base64');
    const result = await handler(event, lambdaContext());
    assert.equal(result.statusCode, 400);
    assert.equal(JSON.parse(result.body ?? '').error.code, 'invalid_encoding');
  });

  it('answers the JSON 404 when the path has a malformed percent escape', async () => {
    const event = loadEvent('http-api-v2');
    event.rawPath = '/v1/%E0%A4%A';
    const result = await handler(event, lambdaContext());
    assert.equal(result.statusCode, 404);
    assert.equal(JSON.parse(result.body ?? '').error.code, 'not_found');
  });

  it('answers 405 with Allow when a known path gets another method', async () => {
    const event = loadEvent('http-api-v2');
    event.requestContext.http.method = 'GET';
    delete event.body;
    const result = await handler(event, lambdaContext());
    assert.equal(result.statusCode, 405);
    assert.equal(result.headers?.allow, 'POST');
  });
});
