/**
 * Every log line of the service is one JSON object on stdout, in Lambda and in the container
 * alike, written by Powertools' `Logger` through its documented extension point for the line
 * format: the custom log formatter (`logFormatter`, a `LogFormatter` subclass). `JsonLineFormatter`
 * is the one formatter of every line, the secrets layer's included:
 *
 *   {"level","message","timestamp","service",[Lambda: cold_start, function_*, correlation_id,
 *    xray_trace_id],[sampling_rate],...the line's own fields}
 *
 * The shared code logs through `Log`, the part of the Logger it uses (a Powertools Logger is one);
 * never message text or a raw sender: the access log carries only the facts listed in
 * `middleware/access-log.ts`.
 */
import { LogFormatter, Logger, LogItem } from '@aws-lambda-powertools/logger';
import type { LogAttributes, UnformattedAttributes } from '@aws-lambda-powertools/logger/types';
import type { LogLevel } from './config.ts';

export type { Logger } from '@aws-lambda-powertools/logger';

/** What the shared code needs of a logger: one line per call, a message and flat fields. */
export interface Log {
  debug(message: string, ...fields: Record<string, unknown>[]): void;
  info(message: string, ...fields: Record<string, unknown>[]): void;
  warn(message: string, ...fields: Record<string, unknown>[]): void;
  error(message: string, ...fields: Record<string, unknown>[]): void;
  critical(message: string, ...fields: Record<string, unknown>[]): void;
}

/** The line format: Powertools' standard keys first, then the line's own fields, in their order. */
export class JsonLineFormatter extends LogFormatter {
  formatAttributes(attributes: UnformattedAttributes, additional: LogAttributes): LogItem {
    const lambda = attributes.lambdaContext;
    const line: LogAttributes = {
      level: attributes.logLevel,
      message: attributes.message,
      timestamp: this.formatTimestamp(attributes.timestamp),
      service: attributes.serviceName,
    };
    if (lambda !== undefined) {
      line.cold_start = lambda.coldStart;
      line.function_arn = lambda.invokedFunctionArn;
      line.function_memory_size = lambda.memoryLimitInMB;
      line.function_name = lambda.functionName;
      line.function_request_id = lambda.awsRequestId;
    }
    if (attributes.sampleRateValue) line.sampling_rate = attributes.sampleRateValue;
    if (attributes.xRayTraceId) line.xray_trace_id = attributes.xRayTraceId;
    for (const key in additional) line[key] = additional[key];
    return new LogItem({ attributes: line });
  }
}

export interface LoggerOptions {
  readonly serviceName?: string;
  readonly level?: LogLevel;
  /** Keys added to every line (for example `{ pid }` in a worker). */
  readonly persistentKeys?: Record<string, string | number | boolean>;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  return new Logger({
    serviceName: options.serviceName ?? 'smsjunk',
    logLevel: options.level ?? 'INFO',
    logFormatter: new JsonLineFormatter(),
    ...(options.persistentKeys ? { persistentKeys: options.persistentKeys } : {}),
  });
}
