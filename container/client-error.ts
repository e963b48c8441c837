/**
 * node's `clientError` codes (malformed HTTP, headers too large or too slow) as our JSON errors,
 * and the raw answer written on a socket that carries no pending request (node has no response
 * object for it). The error's `rawPacket` holds client bytes: neither it nor node's message is
 * ever echoed or logged, only the code.
 */
import http from 'node:http';
import type { Socket } from 'node:net';
import {
  BadRequestError,
  errorBody,
  type HttpError,
  JSON_CONTENT_TYPE,
  RequestHeaderFieldsTooLargeError,
  RequestTimeoutError,
} from '../shared/api/errors.ts';
import { NO_CACHE_HEADERS } from '../shared/middleware/no-cache.ts';

/** The JSON error a client error code stands for. */
export function clientErrorFor(code: string): HttpError {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return new RequestHeaderFieldsTooLargeError();
    case 'ERR_HTTP_HEADERS_TIMEOUT':
      return new RequestTimeoutError('request headers not received in time');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new RequestTimeoutError('request not received in time');
    default:
      return new BadRequestError('malformed HTTP request');
  }
}

/** `HTTP/1.1 <status>` with the JSON body, no-cache headers and `Connection: close`, then close. */
export function writeRawError(socket: Socket, error: HttpError, requestId: string): void {
  const body = errorBody(error.code, error.message);
  const head = [
    `HTTP/1.1 ${error.status} ${http.STATUS_CODES[error.status]}`,
    `content-type: ${JSON_CONTENT_TYPE}`,
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
    ...Object.entries(NO_CACHE_HEADERS).map(([k, v]) => `${k}: ${v}`),
    `x-request-id: ${requestId}`,
  ].join('\r\n');
  socket.end(`${head}\r\n\r\n${body}`);
  socket.destroySoon?.();
}
