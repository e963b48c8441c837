/**
 * Picks the translator for an event. The order matters: an ALB event also has `httpMethod` and
 * `path` like a REST API event, and a Function URL event is a payload 2.0 event with its own domain.
 */
import { BadRequestError } from '../../shared/api/errors.ts';
import { alb } from './alb.ts';
import { functionUrl } from './function-url.ts';
import { httpApiV2 } from './http-api-v2.ts';
import { restApiV1 } from './rest-api-v1.ts';
import { type EventSource, isObject } from './source.ts';

// biome-ignore lint/suspicious/noExplicitAny: each translator is typed; the list holds them all.
export type AnyEventSource = EventSource<any, any>;

export const EVENT_SOURCES: readonly AnyEventSource[] = [alb, functionUrl, httpApiV2, restApiV1];

/** The event is not an HTTP request from a source we serve: a 400 `unsupported_event`. */
export class UnknownEventError extends BadRequestError {
  override readonly name = 'UnknownEventError';
  /** The event's top-level keys (never values), to tell what was sent. */
  readonly keys: readonly string[];
  constructor(event: unknown) {
    const keys = isObject(event) ? Object.keys(event).sort().slice(0, 20) : [];
    const shape = isObject(event)
      ? `an object with keys [${keys.join(', ')}]`
      : event === null
        ? 'null'
        : typeof event;
    super(
      `unsupported event: expected an API Gateway (HTTP API 2.0, REST 1.0), ALB or Function URL request, got ${shape}`,
      undefined,
      'unsupported_event',
    );
    this.keys = keys;
  }
}

export function findSource(event: unknown): AnyEventSource | undefined {
  return EVENT_SOURCES.find((s) => s.matches(event));
}

/**
 * The id AWS gave this request: API Gateway's or the Function URL's `requestContext.requestId`,
 * the ALB's `x-amzn-trace-id`, else the invocation's. The log lines' `correlation_id`, and the
 * request id when the client sent no acceptable `X-Request-Id`.
 */
export function awsRequestIdOf(event: unknown, context: { awsRequestId?: string } | undefined): string {
  return findSource(event)?.requestId(event) || context?.awsRequestId || '';
}

export function detect(event: unknown): AnyEventSource {
  const source = findSource(event);
  if (!source) throw new UnknownEventError(event);
  return source;
}
