import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { describe, it } from 'node:test';
import { alb } from '../../functions/events/alb.ts';
import { detect, findSource, UnknownEventError } from '../../functions/events/detect.ts';
import { functionUrl } from '../../functions/events/function-url.ts';
import { httpApiV2 } from '../../functions/events/http-api-v2.ts';
import { restApiV1 } from '../../functions/events/rest-api-v1.ts';
import { type FixtureName, loadEvent } from './fixtures.ts';

const text = (body: Uint8Array | null) => (body ? Buffer.from(body).toString('utf8') : null);

describe('detect', () => {
  const cases: [FixtureName, string][] = [
    ['http-api-v2', 'http-api-v2'],
    ['http-api-v2-base64', 'http-api-v2'],
    ['http-api-v2-health', 'http-api-v2'],
    ['rest-api-v1', 'rest-api-v1'],
    ['alb', 'alb'],
    ['alb-multi-value', 'alb'],
    ['function-url', 'function-url'],
  ];
  for (const [fixture, source] of cases) {
    it(`returns the ${source} translator when the event is the ${fixture} fixture`, () => {
      assert.equal(detect(loadEvent(fixture)).name, source);
    });
  }

  it('throws UnknownEventError naming the top-level keys when the event is not an HTTP request', () => {
    for (const event of [loadEvent('sqs'), {}, null, 'GET /health', [1, 2]]) {
      assert.equal(findSource(event), undefined);
      assert.throws(
        () => detect(event),
        (err: unknown) =>
          err instanceof UnknownEventError &&
          err.name === 'UnknownEventError' &&
          /unsupported event/.test(err.message),
      );
    }
    assert.throws(() => detect(loadEvent('sqs')), /keys \[Records\]/);
  });

  it('never puts event values in the error message', () => {
    const event = { Records: [{ body: 'WINNER call 09061701461' }], secret: 'hunter2' };
    assert.throws(
      () => detect(event),
      (err: Error) => !err.message.includes('WINNER') && !err.message.includes('hunter2'),
    );
  });
});

describe('httpApiV2', () => {
  it('returns the method, path, lower-case headers, cookies, body and source IP when translating a request', () => {
    const event = loadEvent('http-api-v2');
    const req = httpApiV2.toRequest(event);
    assert.equal(req.method, 'POST');
    assert.equal(req.path, '/v1/classify');
    assert.equal(req.remoteAddress, '203.0.113.17');
    assert.equal(req.headers['content-type'], 'application/json');
    assert.equal(req.headers.cookie, 'session=abc123; theme=dark');
    assert.equal(text(req.body), event.body);
    assert.equal(httpApiV2.requestId(event), 'FkYCqj3yDoEEMUw=');
  });

  it('returns the decoded bytes when the body is base64-encoded', () => {
    const plain = httpApiV2.toRequest(loadEvent('http-api-v2'));
    const encoded = httpApiV2.toRequest(loadEvent('http-api-v2-base64'));
    assert.deepEqual(encoded.body, plain.body);
  });

  it('returns a null body when the request has none', () => {
    assert.equal(httpApiV2.toRequest(loadEvent('http-api-v2-health')).body, null);
  });

  it('returns a percent-decoded path, and the raw path when an escape is malformed', () => {
    const event = loadEvent('http-api-v2');
    event.rawPath = '/v1/caf%C3%A9';
    assert.equal(httpApiV2.line(event).path, '/v1/café');
    event.rawPath = '/v1/%E0%A4%A';
    assert.equal(httpApiV2.line(event).path, '/v1/%E0%A4%A');
  });

  it('returns a text body, or base64 with isBase64Encoded when the response body is bytes', () => {
    const event = loadEvent('http-api-v2');
    const json = httpApiV2.toResult(
      { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' },
      event,
    );
    assert.deepEqual(json, {
      statusCode: 200,
      headers: { 'content-type': 'application/json' },
      body: '{}',
      isBase64Encoded: false,
    });
    const bytes = Uint8Array.from([0, 255, 1, 254]);
    const bin = httpApiV2.toResult({ status: 200, headers: {}, body: bytes }, event);
    assert.equal(bin.isBase64Encoded, true);
    assert.deepEqual(new Uint8Array(Buffer.from(bin.body ?? '', 'base64')), bytes);
  });

  it('moves set-cookie to the cookies list when the response sets a cookie', () => {
    const result = httpApiV2.toResult(
      { status: 204, headers: { 'set-cookie': 'a=1; Path=/', 'x-request-id': 'r1' }, body: '' },
      loadEvent('http-api-v2'),
    );
    assert.deepEqual(result.cookies, ['a=1; Path=/']);
    assert.deepEqual(result.headers, { 'x-request-id': 'r1' });
  });
});

describe('functionUrl', () => {
  it('returns the same neutral request as the HTTP API when given the Function URL fixture', () => {
    const event = loadEvent('function-url');
    const req = functionUrl.toRequest(event);
    assert.equal(req.method, 'POST');
    assert.equal(req.path, '/v1/classify');
    assert.equal(req.remoteAddress, '203.0.113.17');
    assert.equal(text(req.body), event.body);
    assert.equal(functionUrl.requestId(event), '5b5b1d39-5ba1-4c5b-9b8f-0ad7e8d2c2f1');
  });

  it('is not chosen for an HTTP API event on an execute-api domain', () => {
    assert.equal(functionUrl.matches(loadEvent('http-api-v2')), false);
    assert.equal(httpApiV2.matches(loadEvent('function-url')), true);
  });
});

describe('restApiV1', () => {
  it('returns every value of a repeated header joined when translating a request', () => {
    const event = loadEvent('rest-api-v1');
    const req = restApiV1.toRequest(event);
    assert.equal(req.method, 'POST');
    assert.equal(req.path, '/v1/classify');
    assert.equal(req.headers['x-client-tag'], 'alpha, beta');
    assert.equal(req.headers['x-forwarded-for'], '203.0.113.17, 130.176.98.87');
    assert.equal(req.headers.cookie, 'session=abc123; theme=dark');
    assert.equal(req.remoteAddress, '203.0.113.17');
    assert.ok(Object.keys(req.headers).every((k) => k === k.toLowerCase()));
    assert.equal(text(req.body), event.body);
  });

  it('returns the single-value headers when the event has no multiValueHeaders', () => {
    const event = loadEvent('rest-api-v1');
    delete event.multiValueHeaders;
    assert.equal(restApiV1.toRequest(event).headers['x-client-tag'], 'beta');
  });

  it('returns a string body with isBase64Encoded when translating a response', () => {
    const result = restApiV1.toResult(
      { status: 404, headers: { 'content-type': 'application/json' }, body: '{}' },
      loadEvent('rest-api-v1'),
    );
    assert.deepEqual(result, {
      statusCode: 404,
      headers: { 'content-type': 'application/json' },
      body: '{}',
      isBase64Encoded: false,
    });
  });
});

describe('alb', () => {
  it('returns the decoded body and the last x-forwarded-for hop when translating a single-value request', () => {
    const event = loadEvent('alb');
    const req = alb.toRequest(event);
    assert.equal(req.method, 'POST');
    assert.equal(req.path, '/v1/classify');
    assert.equal(req.remoteAddress, '203.0.113.17');
    assert.equal(text(req.body), Buffer.from(event.body, 'base64').toString('utf8'));
    assert.equal(alb.requestId(event), 'Root=1-67a0f1c5-2d3e4f5a6b7c8d9e0f1a2b3c');
  });

  it('returns joined values and the ALB-appended client when translating a multi-value request', () => {
    const event = loadEvent('alb-multi-value');
    const req = alb.toRequest(event);
    assert.equal(req.headers['x-client-tag'], 'alpha, beta');
    assert.equal(req.remoteAddress, '203.0.113.17');
    assert.equal(alb.requestId(event), 'Root=1-67a0f1c6-3e4f5a6b7c8d9e0f1a2b3c4d');
  });

  it('answers with statusDescription and headers when the request had single-value headers', () => {
    const result = alb.toResult(
      { status: 503, headers: { 'content-type': 'application/json' }, body: '{}' },
      loadEvent('alb'),
    );
    assert.deepEqual(result, {
      statusCode: 503,
      statusDescription: '503 Service Unavailable',
      headers: { 'content-type': 'application/json' },
      body: '{}',
      isBase64Encoded: false,
    });
  });

  it('answers with multiValueHeaders only when the request had them', () => {
    const result = alb.toResult(
      { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' },
      loadEvent('alb-multi-value'),
    );
    assert.equal(result.statusDescription, '200 OK');
    assert.equal(result.headers, undefined);
    assert.deepEqual(result.multiValueHeaders, { 'content-type': ['application/json'] });
  });
});
