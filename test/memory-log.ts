/**
 * A `Log` that keeps its lines in memory, each formatted by the service's one formatter
 * (`JsonLineFormatter`) exactly as Powertools prints it: the same attributes, empty values dropped,
 * errors through the formatter's `formatError`. `test/middleware/logger-line.test.ts` checks that a
 * real Logger prints these very lines.
 */
import type { UnformattedAttributes } from '@aws-lambda-powertools/logger/types';
import type { LogLevel } from '../shared/config.ts';
import { JsonLineFormatter, type Log } from '../shared/logger.ts';

const RANK: Record<string, number> = { DEBUG: 8, INFO: 12, WARN: 16, ERROR: 20, CRITICAL: 24, SILENT: 28 };

export class MemoryLog implements Log {
  readonly lines: string[] = [];
  readonly #formatter = new JsonLineFormatter();

  constructor(
    readonly serviceName = 'smsjunk',
    readonly level: LogLevel = 'INFO',
  ) {}

  debug(message: string, ...fields: Record<string, unknown>[]): void {
    this.#line('DEBUG', message, fields);
  }
  info(message: string, ...fields: Record<string, unknown>[]): void {
    this.#line('INFO', message, fields);
  }
  warn(message: string, ...fields: Record<string, unknown>[]): void {
    this.#line('WARN', message, fields);
  }
  error(message: string, ...fields: Record<string, unknown>[]): void {
    this.#line('ERROR', message, fields);
  }
  critical(message: string, ...fields: Record<string, unknown>[]): void {
    this.#line('CRITICAL', message, fields);
  }

  /** Every line parsed as JSON. */
  records(): Record<string, unknown>[] {
    return this.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  /** Everything logged, for "this never appears in a log line" checks. */
  text(): string {
    return this.lines.join('\n');
  }

  #line(level: string, message: string, fields: Record<string, unknown>[]): void {
    if ((RANK[level] ?? 0) < (RANK[this.level] ?? 0)) return;
    const attributes = {
      logLevel: level,
      timestamp: new Date(),
      serviceName: this.serviceName,
      message,
    } as unknown as UnformattedAttributes;
    const item = this.#formatter.formatAttributes(attributes, Object.assign({}, ...fields));
    item.prepareForPrint();
    this.lines.push(
      JSON.stringify(item.getAttributes(), (_key, value: unknown) => {
        if (value instanceof Error) return this.#formatter.formatError(value);
        if (typeof value === 'bigint') return value.toString();
        return value;
      }),
    );
  }
}
