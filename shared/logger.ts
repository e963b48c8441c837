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
  /**
   * Gather the lines of one event-loop turn and write them to stdout together (one write instead
   * of one per line; flushed on exit). For long-running servers; not for Lambda, which freezes
   * the process between invocations.
   */
  readonly batch?: boolean;
  /** Keys added to every line (for example `{ pid }` in a worker). */
  readonly persistentKeys?: Record<string, string | number | boolean>;
}

function isFlat(attributes: Record<string, unknown>): boolean {
  for (const key in attributes) {
    const t = typeof attributes[key];
    if (t === 'object' || t === 'bigint' || t === 'function' || t === 'symbol') return false;
  }
  return true;
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
    const attributes = log.getAttributes();
    // Powertools' replacer (errors, bigints, cycles) is costly per key; flat lines do without it.
    const text = isFlat(attributes)
      ? JSON.stringify(attributes)
      : JSON.stringify(attributes, this.getJsonReplacer());
    this.#destination.write(`${text}\n`);
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
  const destination = options.destination ?? (options.batch ? batchedStdout() : undefined);
  return destination ? new DestinationLogger(destination, ctor) : new Logger(ctor);
}

/** Lines written during one turn of the event loop go out in one write at its end. */
export class BatchedDestination implements LogDestination {
  readonly #out: LogDestination;
  readonly #maxBytes: number;
  #pending: string[] = [];
  #bytes = 0;
  #scheduled = false;

  constructor(out: LogDestination, maxBytes = 64 * 1024) {
    this.#out = out;
    this.#maxBytes = maxBytes;
  }

  write(line: string): void {
    this.#pending.push(line);
    this.#bytes += line.length;
    if (this.#bytes >= this.#maxBytes) this.flush();
    else if (!this.#scheduled) {
      this.#scheduled = true;
      setImmediate(flushBatch, this);
    }
  }

  flush(): void {
    this.#scheduled = false;
    if (this.#pending.length === 0) return;
    const text = this.#pending.length === 1 ? (this.#pending[0] as string) : this.#pending.join('');
    this.#pending = [];
    this.#bytes = 0;
    this.#out.write(text);
  }
}

function flushBatch(d: BatchedDestination): void {
  d.flush();
}

let sharedBatch: BatchedDestination | undefined;

/** The process-wide batched stdout (flushed when the process exits). */
export function batchedStdout(): BatchedDestination {
  if (!sharedBatch) {
    const batch = new BatchedDestination(process.stdout);
    process.on('exit', () => batch.flush());
    sharedBatch = batch;
  }
  return sharedBatch;
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
