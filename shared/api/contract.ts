/**
 * The wire contract with iOS: parsing and validating the body a Message Filter extension sends when
 * it defers to its server, and the shapes we answer with.
 *
 *   request:  {"_version":1,"query":{"sender":"14085550001","message":{"text":"..."}},"app":{"version":"1.1"}}
 *   response: {"action":"junk","subAction":"none"}
 *
 * Tolerant where Apple may change things (unknown fields are ignored, a missing or empty sender or
 * text is classified as empty), strict about types (a wrong type is a 400 naming the field).
 */
import { isUtf8 } from 'node:buffer';
import type { ClassifyInput, Verdict } from '../classifier/index.ts';
import { BUILD, type BuildStamp, runtimeDescription } from '../version.ts';
import {
  BadRequestError,
  InvalidEncodingError,
  InvalidJsonError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from './errors.ts';
import type { NeutralRequest } from './http.ts';

export { JSON_CONTENT_TYPE } from './errors.ts';

/** The default body limit: an SMS is at most a few KiB of JSON. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/** `application/json`, optionally with `charset=utf-8`; anything else is a 415. */
export function checkJsonContentType(contentType: string | undefined): void {
  if (contentType === 'application/json; charset=utf-8' || contentType === 'application/json') return;
  if (contentType === undefined || contentType === '') {
    throw new UnsupportedMediaTypeError('missing Content-Type; send application/json; charset=utf-8');
  }
  const parts = contentType.split(';');
  const media = (parts[0] ?? '').trim().toLowerCase();
  if (media !== 'application/json') {
    throw new UnsupportedMediaTypeError('Content-Type must be application/json');
  }
  for (let i = 1; i < parts.length; i++) {
    const param = (parts[i] ?? '').trim();
    const eq = param.indexOf('=');
    if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const charset = param
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .toLowerCase();
    if (charset !== 'utf-8' && charset !== 'utf8') {
      throw new UnsupportedMediaTypeError('only charset=utf-8 is supported');
    }
  }
}

/**
 * Content type, size, UTF-8 and JSON checks, in that order. Parser messages are not passed on
 * (V8 quotes the input in some of them); only the position is.
 */
export function decodeJsonBody(req: NeutralRequest, maxBodyBytes: number = DEFAULT_MAX_BODY_BYTES): unknown {
  if (req.bodyError) throw req.bodyError;
  checkJsonContentType(req.headers['content-type']);
  const body = req.body;
  if (body === null || body.byteLength === 0) throw new InvalidJsonError('request body is empty');
  if (body.byteLength > maxBodyBytes) throw new PayloadTooLargeError(maxBodyBytes);
  if (!isUtf8(body)) throw new InvalidEncodingError();
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    const at = /at position (\d+)/.exec((err as Error).message);
    throw new InvalidJsonError(
      at ? `request body is not valid JSON (at position ${at[1]})` : 'request body is not valid JSON',
      { cause: err },
    );
  }
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A string field that may be absent or null (treated as empty); any other type is a 400. */
function optionalString(v: unknown, field: string): string {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') throw new ValidationError(field, `${field} must be a string`);
  return v;
}

/** The fields we read from Apple's body; everything else is ignored. */
export function toClassifyInput(doc: unknown): ClassifyInput & { readonly sender: string } {
  if (!isObject(doc)) throw new ValidationError('body', 'request body must be a JSON object');
  const version = doc._version;
  if (version !== undefined && version !== null && typeof version !== 'number') {
    throw new ValidationError('_version', '_version must be a number');
  }
  const query = doc.query;
  if (!isObject(query)) throw new ValidationError('query', 'query must be an object');
  const sender = optionalString(query.sender, 'query.sender');
  const message = query.message;
  if (message === undefined || message === null) return { text: '', sender };
  if (!isObject(message)) throw new ValidationError('query.message', 'query.message must be an object');
  return { text: optionalString(message.text, 'query.message.text'), sender };
}

/** Decode and validate a classify (or explain) request. */
export function parseClassifyRequest(
  req: NeutralRequest,
  maxBodyBytes: number = DEFAULT_MAX_BODY_BYTES,
): ClassifyInput & { readonly sender: string } {
  return toClassifyInput(decodeJsonBody(req, maxBodyBytes));
}

/** Exactly `{"action":...,"subAction":...}` with Apple's names, nothing else. */
export function verdictBody(v: Verdict): string {
  return JSON.stringify({ action: v.action, subAction: v.subAction });
}

export interface VersionDocument extends BuildStamp {
  readonly rulesVersion: string;
  readonly ruleCount: number;
  readonly runtime: string;
}

export function versionDocument(rules: { rulesVersion: string; ruleCount: number }): VersionDocument {
  return {
    buildNumber: BUILD.buildNumber,
    buildDate: BUILD.buildDate,
    gitHash: BUILD.gitHash,
    rulesVersion: rules.rulesVersion,
    ruleCount: rules.ruleCount,
    runtime: runtimeDescription(),
  };
}

/** The apple-app-site-association document for Message Filter: which apps may defer to us. */
export function appSiteAssociation(appIds: readonly string[]): { messagefilter: { apps: string[] } } {
  return { messagefilter: { apps: [...appIds] } };
}

/** `TEAMID.bundle.id`: a 10-character team id, a dot, a reverse-DNS bundle id. */
export const APPLE_APP_ID = /^[A-Z0-9]{10}\.[A-Za-z0-9][A-Za-z0-9.-]*$/;

/** Decodes a request path, or throws a 400 for a malformed percent escape. */
export function decodePath(raw: string): string {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch (err) {
    throw new BadRequestError('malformed percent-encoding in path', { cause: err });
  }
}
