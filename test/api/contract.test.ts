import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkJsonContentType,
  decodePath,
  parseClassifyRequest,
  toClassifyInput,
  verdictBody,
} from '../../shared/api/contract.ts';
import type { NeutralRequest } from '../../shared/api/http.ts';

const JSON_TYPE = 'application/json; charset=utf-8';

function req(body: string | Uint8Array | null, contentType: string | undefined = JSON_TYPE): NeutralRequest {
  return {
    method: 'POST',
    path: '/v1/classify',
    headers: contentType === undefined ? {} : { 'content-type': contentType },
    body: typeof body === 'string' ? Buffer.from(body) : body,
    remoteAddress: '127.0.0.1',
  };
}

function code(fn: () => unknown): { status: number; code: string; message: string } {
  try {
    fn();
  } catch (err) {
    const e = err as { status: number; code: string; message: string };
    return { status: e.status, code: e.code, message: e.message };
  }
  throw new Error('expected a throw');
}

describe('parseClassifyRequest', () => {
  it("returns the text and sender of Apple's deferral body", () => {
    const input = parseClassifyRequest(
      req(
        '{"_version":1,"query":{"sender":"14085550001","message":{"text":"Hi there"}},"app":{"version":"1.1"}}',
      ),
    );
    assert.deepEqual(input, { text: 'Hi there', sender: '14085550001' });
  });

  it('returns empty text and sender when they are missing, null or empty', () => {
    assert.deepEqual(toClassifyInput({ query: {} }), { text: '', sender: '' });
    assert.deepEqual(toClassifyInput({ query: { sender: null, message: null } }), { text: '', sender: '' });
    assert.deepEqual(toClassifyInput({ query: { sender: '', message: { text: '' } } }), {
      text: '',
      sender: '',
    });
  });

  it('ignores unknown fields Apple may add', () => {
    const input = toClassifyInput({
      _version: 2,
      query: { sender: '87121', countryCode: 'GB', message: { text: 'x', receivedAt: 1 } },
      app: { version: '9' },
      extra: [1, 2],
    });
    assert.deepEqual(input, { text: 'x', sender: '87121' });
  });

  it('returns a 400 naming the field for each wrong type', () => {
    const cases: [unknown, string][] = [
      [[], 'request body must be a JSON object'],
      ['text', 'request body must be a JSON object'],
      [{ _version: '1', query: {} }, '_version must be a number'],
      [{}, 'query must be an object'],
      [{ query: 'x' }, 'query must be an object'],
      [{ query: { sender: 14085550001 } }, 'query.sender must be a string'],
      [{ query: { message: 'hi' } }, 'query.message must be an object'],
      [{ query: { message: { text: 5 } } }, 'query.message.text must be a string'],
      [{ query: { message: { text: ['a'] } } }, 'query.message.text must be a string'],
    ];
    for (const [doc, message] of cases) {
      const e = code(() => toClassifyInput(doc));
      assert.equal(e.status, 400);
      assert.equal(e.code, 'invalid_request');
      assert.equal(e.message, message);
    }
  });

  it('returns 400 invalid_json for truncated or empty JSON, without echoing the body', () => {
    const truncated = code(() => parseClassifyRequest(req('{"query":{"message":{"text":"SECRET')));
    assert.equal(truncated.status, 400);
    assert.equal(truncated.code, 'invalid_json');
    assert.ok(!truncated.message.includes('SECRET'));
    const quoted = code(() => parseClassifyRequest(req('SECRET text here')));
    assert.equal(quoted.code, 'invalid_json');
    assert.ok(!quoted.message.includes('SECRET'), quoted.message);
    assert.equal(code(() => parseClassifyRequest(req(''))).code, 'invalid_json');
    assert.equal(code(() => parseClassifyRequest(req(null))).code, 'invalid_json');
  });

  it('returns 400 invalid_encoding for bytes that are not UTF-8', () => {
    const bad = Buffer.concat([
      Buffer.from('{"query":{"message":{"text":"'),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from('"}}}'),
    ]);
    const e = code(() => parseClassifyRequest(req(bad)));
    assert.equal(e.status, 400);
    assert.equal(e.code, 'invalid_encoding');
  });

  it('returns the text of multi-byte UTF-8 intact', () => {
    const input = parseClassifyRequest(
      req(JSON.stringify({ query: { message: { text: 'Gewinn 💰 ÿ 中奖' } } })),
    );
    assert.equal(input.text, 'Gewinn 💰 ÿ 中奖');
  });

  it('returns 413 for a body over the limit', () => {
    const e = code(() =>
      parseClassifyRequest(req(`{"query":{"message":{"text":"${'a'.repeat(2000)}"}}}`), 1024),
    );
    assert.equal(e.status, 413);
  });

  it('returns the adapter body error before anything else', () => {
    const e = code(() => parseClassifyRequest({ ...req('{}'), bodyError: new RangeError('x') }));
    assert.equal(e.message, 'x');
  });
});

describe('checkJsonContentType', () => {
  it('returns for application/json with or without a UTF-8 charset, in any case', () => {
    for (const ok of [
      'application/json',
      JSON_TYPE,
      'Application/JSON; Charset="UTF-8"',
      'application/json;charset=utf8',
    ]) {
      checkJsonContentType(ok);
    }
  });

  it('returns 415 for other media types, other charsets and a missing type', () => {
    for (const bad of [
      undefined,
      '',
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=latin1',
      'application/jsonx',
    ]) {
      assert.equal(code(() => checkJsonContentType(bad)).status, 415, String(bad));
    }
  });
});

describe('verdictBody', () => {
  it("returns exactly Apple's two fields", () => {
    assert.equal(
      verdictBody({ action: 'transaction', subAction: 'transactionalFinance' }),
      '{"action":"transaction","subAction":"transactionalFinance"}',
    );
  });
});

describe('decodePath', () => {
  it('returns the decoded path, or a 400 for a broken escape', () => {
    assert.equal(decodePath('/v1/classify'), '/v1/classify');
    assert.equal(decodePath('/v1%2Fclassify'), '/v1/classify');
    assert.equal(code(() => decodePath('/%E0%A4%A')).status, 400);
  });
});
