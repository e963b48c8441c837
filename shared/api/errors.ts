/**
 * Named errors and the ONE mapper from any thrown value to a status and a JSON body
 * `{"error":{"code":"...","message":"..."}}`. Both runtimes use it: the container through the
 * recoverer middleware, the Lambda handler in its `onError`.
 *
 * Only an `HttpError`'s own code and message ever leave the server; anything else becomes a
 * generic 500 (its message, stack and `cause` stay in the log).
 */
import type { NeutralResponse } from './http.ts';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

export interface HttpErrorOptions {
  readonly cause?: unknown;
  /** Extra response headers (`allow`, `retry-after`, `www-authenticate`), lower-case names. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** An error the client is told about: its status, code and message are safe to show. */
export class HttpError extends Error {
  override readonly name: string = 'HttpError';
  readonly status: number;
  readonly code: string;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, code: string, message: string, options: HttpErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = status;
    this.code = code;
    this.headers = options.headers ?? {};
  }
}

/** Malformed JSON, an empty body, a bad path. */
export class BadRequestError extends HttpError {
  override readonly name: string = 'BadRequestError';
  constructor(message: string, options?: HttpErrorOptions, code = 'bad_request') {
    super(400, code, message, options);
  }
}

export class InvalidJsonError extends BadRequestError {
  override readonly name = 'InvalidJsonError';
  constructor(message = 'request body is not valid JSON', options?: HttpErrorOptions) {
    super(message, options, 'invalid_json');
  }
}

/** The JSON is well-formed but a field has the wrong shape or type; the message names the field. */
export class ValidationError extends BadRequestError {
  override readonly name = 'ValidationError';
  readonly field: string;
  constructor(field: string, message: string) {
    super(message, undefined, 'invalid_request');
    this.field = field;
  }
}

export class InvalidEncodingError extends BadRequestError {
  override readonly name = 'InvalidEncodingError';
  constructor(message = 'request body is not valid UTF-8') {
    super(message, undefined, 'invalid_encoding');
  }
}

/** Generic on purpose: never says whether the scheme, the token or its presence was wrong. */
export class UnauthorizedError extends HttpError {
  override readonly name = 'UnauthorizedError';
  constructor() {
    super(401, 'unauthorized', 'authentication required', { headers: { 'www-authenticate': 'Bearer' } });
  }
}

export class NotFoundError extends HttpError {
  override readonly name = 'NotFoundError';
  constructor(message = 'no such resource') {
    super(404, 'not_found', message);
  }
}

export class MethodNotAllowedError extends HttpError {
  override readonly name = 'MethodNotAllowedError';
  readonly allow: readonly string[];
  constructor(allow: readonly string[]) {
    super(405, 'method_not_allowed', `method not allowed; allowed: ${allow.join(', ')}`, {
      headers: { allow: allow.join(', ') },
    });
    this.allow = allow;
  }
}

/** The body did not arrive in time. The connection is closed after the answer. */
export class RequestTimeoutError extends HttpError {
  override readonly name = 'RequestTimeoutError';
  constructor(message = 'request body not received in time') {
    super(408, 'request_timeout', message);
  }
}

/** The body is over the limit. The connection is closed after the answer (the rest is not read). */
export class PayloadTooLargeError extends HttpError {
  override readonly name = 'PayloadTooLargeError';
  readonly limit: number;
  constructor(limit: number) {
    super(413, 'payload_too_large', `request body is larger than ${limit} bytes`);
    this.limit = limit;
  }
}

/** An `Expect` other than `100-continue`. The connection is closed after the answer. */
export class ExpectationFailedError extends HttpError {
  override readonly name = 'ExpectationFailedError';
  constructor() {
    super(417, 'expectation_failed', 'only Expect: 100-continue is supported');
  }
}

/** The request headers are over the server's limit. */
export class RequestHeaderFieldsTooLargeError extends HttpError {
  override readonly name = 'RequestHeaderFieldsTooLargeError';
  constructor() {
    super(431, 'headers_too_large', 'request headers too large');
  }
}

/** A method the server supports for no resource at all (`CONNECT`). */
export class NotImplementedError extends HttpError {
  override readonly name = 'NotImplementedError';
  constructor(message: string) {
    super(501, 'not_implemented', message);
  }
}

export class UnsupportedMediaTypeError extends HttpError {
  override readonly name = 'UnsupportedMediaTypeError';
  constructor(message = 'send Content-Type: application/json; charset=utf-8') {
    super(415, 'unsupported_media_type', message);
  }
}

export class TooManyRequestsError extends HttpError {
  override readonly name: string = 'TooManyRequestsError';
  constructor(
    retryAfterSeconds: number,
    message = 'server is at capacity, retry later',
    code = 'too_many_requests',
  ) {
    super(429, code, message, { headers: { 'retry-after': String(retryAfterSeconds) } });
  }
}

/** Too many failed operator authentications from this client: none is checked until `Retry-After`. */
export class TooManyAuthFailuresError extends TooManyRequestsError {
  override readonly name = 'TooManyAuthFailuresError';
  constructor(retryAfterSeconds: number) {
    super(retryAfterSeconds, 'too many failed authentications, retry later', 'too_many_auth_failures');
  }
}

/**
 * The client went away before its request was read. Nobody receives the answer; the status
 * (nginx's 499) only shows in the access log.
 */
export class ClientClosedError extends HttpError {
  override readonly name = 'ClientClosedError';
  constructor() {
    super(499, 'client_closed_request', 'client closed the request');
  }
}

export class ServiceUnavailableError extends HttpError {
  override readonly name: string = 'ServiceUnavailableError';
  constructor(message = 'service unavailable', options?: HttpErrorOptions, code = 'service_unavailable') {
    super(503, code, message, options);
  }
}

/** The handler did not answer before its deadline (timeout middleware). */
export class HandlerTimeoutError extends ServiceUnavailableError {
  override readonly name = 'HandlerTimeoutError';
  constructor(ms: number) {
    super(`request not handled within ${ms} ms`, undefined, 'timeout');
  }
}

export function errorBody(code: string, message: string): string {
  const body: ErrorBody = { error: { code, message } };
  return JSON.stringify(body);
}

/** True for errors we answer on purpose (4xx and named 5xx), which need no stack in the log. */
export function isHttpError(err: unknown): err is HttpError {
  return err instanceof HttpError;
}

/**
 * The one mapper: any thrown value -> the response the client sees. A fresh headers object every
 * time (middleware adds to it). Unknown errors become a generic 500 with no detail.
 */
export function errorResponse(err: unknown): NeutralResponse {
  if (err instanceof HttpError) {
    return {
      status: err.status,
      headers: { 'content-type': JSON_CONTENT_TYPE, ...err.headers },
      body: errorBody(err.code, err.message),
      errorCode: err.code,
    };
  }
  return {
    status: 500,
    headers: { 'content-type': JSON_CONTENT_TYPE },
    body: errorBody('internal_error', 'internal server error'),
    errorCode: 'internal_error',
  };
}

const ERROR_CODE = /^\{"error":\{"code":"([a-z_]{1,64})"/;

/** The code of an error body as `errorBody` writes it (`{"error":{"code":"x",...}}`), else undefined. */
export function errorCodeOf(body: string | undefined): string | undefined {
  return body === undefined ? undefined : ERROR_CODE.exec(body)?.[1];
}
