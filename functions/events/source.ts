/**
 * What every event translator implements, and the small helpers they share. A translator turns
 * one event source's request into the neutral request of `shared/api/http.ts` and the neutral
 * response back into the result shape that source expects. Nothing else in `functions/` looks
 * inside an event.
 */
import { Buffer } from 'node:buffer';
import { decodePath as decodeSharedPath } from '../../shared/api/contract.ts';
import type { NeutralRequest, NeutralResponse } from '../../shared/api/http.ts';

export type SourceName = 'http-api-v2' | 'rest-api-v1' | 'alb' | 'function-url';

/** The method and path of a request, read without decoding its body. */
export interface RequestLine {
  readonly method: string;
  readonly path: string;
}

export interface EventSource<E, R> {
  readonly name: SourceName;
  /** True when `event` has this source's shape. */
  matches(event: unknown): event is E;
  /** Cheap: for middleware that answers before the full translation (the heartbeat). */
  line(event: E): RequestLine;
  toRequest(event: E): NeutralRequest;
  /** The response in the shape the source expects; `event` tells how the request was shaped. */
  toResult(response: NeutralResponse, event: E): R;
  /** The id AWS gave this request (API Gateway's request id, the ALB's trace id). */
  requestId(event: E): string | undefined;
}

/** The fields every result shape (API Gateway v1/v2, ALB, Function URL) has in common. */
export interface HttpResult {
  statusCode?: number;
  /** ALB only: `200 OK`. */
  statusDescription?: string;
  headers?: Record<string, string | number | boolean>;
  multiValueHeaders?: Record<string, (string | number | boolean)[]>;
  body?: string;
  isBase64Encoded?: boolean;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The request body bytes; an absent or empty body is `null`. */
export function decodeBody(body: string | null | undefined, isBase64Encoded: boolean | undefined) {
  if (body === null || body === undefined || body === '') return null;
  return new Uint8Array(isBase64Encoded ? Buffer.from(body, 'base64') : Buffer.from(body, 'utf8'));
}

/** The response body as the event sources carry it: text as is, bytes base64-encoded. */
export function encodeBody(body: string | Uint8Array): { body: string; isBase64Encoded: boolean } {
  if (typeof body === 'string') return { body, isBase64Encoded: false };
  return {
    body: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('base64'),
    isBase64Encoded: true,
  };
}

/** Header names in lower case; names that differ only in case are joined with `, `. */
export function lowerCaseHeaders(
  headers: Readonly<Record<string, string | undefined>> | null | undefined,
  multiValue?: Readonly<Record<string, readonly string[] | undefined>> | null,
): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (name: string, value: string) => {
    const key = name.toLowerCase();
    const prev = out[key];
    out[key] = prev === undefined ? value : `${prev}, ${value}`;
  };
  if (multiValue) {
    for (const [name, values] of Object.entries(multiValue)) {
      if (values && values.length > 0) add(name, values.join(', '));
    }
    return out;
  }
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined) add(name, value);
  }
  return out;
}

/** The shared path decoding; a malformed escape leaves the path as it came (as the container does). */
export function decodePath(raw: string): string {
  try {
    return decodeSharedPath(raw);
  } catch {
    return raw;
  }
}

/** One value of a lower-cased header (the first, when the source gives several). */
export function headerValue(
  headers: Readonly<Record<string, string | undefined>> | null | undefined,
  multiValue: Readonly<Record<string, readonly string[] | undefined>> | null | undefined,
  name: string,
): string | undefined {
  for (const [key, values] of Object.entries(multiValue ?? {})) {
    if (key.toLowerCase() === name && values?.[0] !== undefined) return values[0];
  }
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() === name && value !== undefined) return value;
  }
  return undefined;
}
