/**
 * The Powertools Logger factory. Every log line of the service is one JSON object on stdout
 * (`{"level","message","timestamp","service",...}`), in Lambda and in the container alike.
 *
 * A `destination` replaces stdout (tests capture lines this way, with the real formatter).
 * Never pass message text or a raw sender to a logger: the access log carries only the facts
 * listed in `access-log.ts`.
 */
import { Logger, type LogItem } from '@aws-lambda-powertools/logger';
import type { ConstructorOptions } from '@aws-lambda-powertools/logger/types';
import type { LogLevel } from './config.ts';

export type { Logger } from '@aws-lambda-powertools/logger';

/** Anything with a `write(line)`: a stream, or an array-backed sink in a test. */
export interface LogDestination {
  write(line: string): unknown;
}

export interface LoggerOptions {
  readonly serviceName?: string;
  readonly level?: LogLevel;
  /** Where the JSON lines go; default stdout (Powertools' own console). */
  readonly destination?: LogDestination;
  /** Keys added to every line (for example `{ pid }` in a worker). */
  readonly persistentKeys?: Record<string, string | number | boolean>;
}

/** A Logger whose lines go to a destination of our choice instead of the process console. */
class DestinationLogger extends Logger {
  readonly #destination: LogDestination;

  constructor(destination: LogDestination, options: ConstructorOptions) {
    super(options);
    this.#destination = destination;
  }

  protected override printLog(_level: number, log: LogItem): void {
    log.prepareForPrint();
    this.#destination.write(`${JSON.stringify(log.getAttributes(), this.getJsonReplacer())}\n`);
  }

  protected override createLogger(options?: ConstructorOptions): Logger {
    return new DestinationLogger(this.#destination, options ?? {});
  }
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const ctor: ConstructorOptions = {
    serviceName: options.serviceName ?? 'smsjunk',
    logLevel: options.level ?? 'INFO',
    ...(options.persistentKeys ? { persistentKeys: options.persistentKeys } : {}),
  };
  return options.destination ? new DestinationLogger(options.destination, ctor) : new Logger(ctor);
}

/** An in-memory destination: every line parsed, for tests and diagnostics. */
export class MemoryDestination implements LogDestination {
  readonly lines: string[] = [];
  write(line: string): void {
    this.lines.push(line);
  }
  /** Every line parsed as JSON. */
  records(): Record<string, unknown>[] {
    return this.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  }
}
