import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  errorResponse,
  HandlerTimeoutError,
  InvalidJsonError,
  MethodNotAllowedError,
  NotFoundError,
  PayloadTooLargeError,
  TooManyRequestsError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../../shared/api/errors.ts';

function body(err: unknown) {
  const res = errorResponse(err);
  return { status: res.status, headers: res.headers, json: JSON.parse(String(res.body)) };
}

describe('errorResponse', () => {
  it('returns each named error with its status, code and message', () => {
    const cases: [unknown, number, string][] = [
      [new InvalidJsonError(), 400, 'invalid_json'],
      [
        new ValidationError('query.message.text', 'query.message.text must be a string'),
        400,
        'invalid_request',
      ],
      [new UnauthorizedError(), 401, 'unauthorized'],
      [new NotFoundError(), 404, 'not_found'],
      [new MethodNotAllowedError(['GET', 'HEAD']), 405, 'method_not_allowed'],
      [new PayloadTooLargeError(65536), 413, 'payload_too_large'],
      [new UnsupportedMediaTypeError(), 415, 'unsupported_media_type'],
      [new TooManyRequestsError(2), 429, 'too_many_requests'],
      [new HandlerTimeoutError(60000), 503, 'timeout'],
    ];
    for (const [err, status, code] of cases) {
      const r = body(err);
      assert.equal(r.status, status);
      assert.equal(r.json.error.code, code);
      assert.equal(r.json.error.message, (err as Error).message);
      assert.equal(r.headers['content-type'], 'application/json; charset=utf-8');
      assert.deepEqual(Object.keys(r.json), ['error']);
    }
  });

  it('returns the Allow, Retry-After and WWW-Authenticate headers of the errors that need them', () => {
    assert.equal(body(new MethodNotAllowedError(['POST'])).headers.allow, 'POST');
    assert.equal(body(new TooManyRequestsError(3)).headers['retry-after'], '3');
    assert.equal(body(new UnauthorizedError()).headers['www-authenticate'], 'Bearer');
  });

  it('returns a generic 500 that reveals nothing of an unknown error', () => {
    const r = body(new TypeError("Cannot read properties of undefined (reading 'secretField')"));
    assert.equal(r.status, 500);
    assert.deepEqual(r.json, { error: { code: 'internal_error', message: 'internal server error' } });
    assert.equal(body('a string').status, 500);
    assert.equal(body(undefined).status, 500);
  });

  it('returns a fresh headers object every time, so middleware may add to it', () => {
    const err = new NotFoundError();
    const a = errorResponse(err);
    a.headers['x-request-id'] = 'one';
    assert.equal(errorResponse(err).headers['x-request-id'], undefined);
  });
});
