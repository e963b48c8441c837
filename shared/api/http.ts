/**
 * The runtime-neutral HTTP shapes. An adapter (node:http in `container/`, Lambda events in
 * `functions/`) turns its runtime's request into a `NeutralRequest`, the shared app answers with a
 * `NeutralResponse`, and the adapter writes it back. Nothing here knows which runtime it runs in.
 */

export interface NeutralRequest {
  /** Upper-case method. */
  readonly method: string;
  /** Decoded path without the query string, e.g. `/v1/classify`. */
  readonly path: string;
  /** Header names in lower case; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  /** The raw body bytes (already base64-decoded by a Lambda adapter), or null when there is none. */
  readonly body: Uint8Array | null;
  /** The client address as the adapter sees it (the TCP peer, or the event's source IP). */
  readonly remoteAddress: string;
  /**
   * Set by an adapter that could not read the request (a body too large, too slow or cut off by
   * the client; a Lambda event of no HTTP source); the app answers with it (through the error
   * mapper) instead of looking at `body`. The request still passes the whole chain: it gets a
   * request id, an access-log line and the no-cache headers like any other.
   */
  readonly bodyError?: Error;
  /**
   * The id the platform already gave this request (API Gateway's request id, the ALB's trace id,
   * the Lambda invocation's): the request id when the client sent no acceptable `X-Request-Id`.
   */
  readonly platformRequestId?: string;
  /**
   * Aborted when the platform gives up on the request (Lambda's early timeout, before its own
   * deadline): the timeout middleware then answers 503 at once, through the access log.
   */
  readonly signal?: AbortSignal;
  /**
   * When the request arrived (its headers were read), on the clock the middleware measures with:
   * the access log's duration and the timeout's deadline count from here. Absent: from the
   * moment the chain starts.
   */
  readonly receivedAt?: number;
}

export interface NeutralResponse {
  readonly status: number;
  /**
   * Header names in lower case. Each response owns a fresh object: middleware on the way up adds
   * to it (request id, no-cache), so a handler must never return a shared headers object.
   */
  readonly headers: Record<string, string>;
  readonly body: string | Uint8Array;
  /** The JSON error code of an error answer (`errorResponse` sets it), for the access log. */
  readonly errorCode?: string;
}

/**
 * Per-request state, as typed fields: middleware fills it in on the way down (request id, client
 * IP), the app adds what the access log needs on the way up (its facts, the sender to hash).
 */
export interface RequestContext {
  requestId: string;
  clientIp: string;
  /** Set by a deadline (timeout middleware); handlers may check it to stop early. */
  readonly signal?: AbortSignal;
  /** Facts a handler wants in the access log line (never message text or a raw sender). */
  readonly logFields: Record<string, string | number | boolean>;
  /**
   * The raw sender the app read, for the access log's keyed `senderHash` only: the access log
   * takes it (and clears it) when it writes the line; it is never logged itself.
   */
  sender?: string | undefined;
}

/** A fresh context with a stable shape, for an adapter to hand the chain. */
export class RequestState implements RequestContext {
  requestId = '';
  clientIp = '';
  readonly logFields: Record<string, string | number | boolean> = {};
  sender: string | undefined = undefined;
}

export type Handler = (req: NeutralRequest, ctx: RequestContext) => Promise<NeutralResponse>;

/** chi-style: every middleware has this one signature and wraps the next handler. */
export type Middleware = (next: Handler) => Handler;

export function compose(middleware: readonly Middleware[], handler: Handler): Handler {
  return middleware.reduceRight<Handler>((next, m) => m(next), handler);
}

/** Hooks the operator endpoints (`/v1/explain`, `/admin/*`) call; provided by the secrets layer. */
export interface AdminHooks {
  /**
   * `disabled` when no admin token is configured or loaded (the endpoints answer 404),
   * `unauthorized` for a missing or wrong token (401), `ok` otherwise. Constant-time comparison.
   */
  authorize(authorization: string | undefined): 'ok' | 'unauthorized' | 'disabled';
  /** The `/admin/status` document (never a secret value). */
  status(): Promise<Record<string, unknown>>;
  /** Refresh from Parameter Store now; answers with what changed. */
  refresh(): Promise<Record<string, unknown>>;
}
