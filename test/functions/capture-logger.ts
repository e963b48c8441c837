/**
 * The service's real Powertools Logger (with its one formatter), its lines captured the way
 * Powertools documents for tests: `POWERTOOLS_DEV` makes it print through the global `console`,
 * whose methods the test then records (node:test's `mock.method`, restored after the test).
 */
import type { TestContext } from 'node:test';
import { createLogger, type Logger } from '../../shared/logger.ts';

export interface CapturedLogger {
  readonly logger: Logger;
  /** Every line printed so far, parsed. */
  readonly lines: Record<string, unknown>[];
  /** Everything printed, for "never in any log line" checks. */
  text(): string;
}

export function captureLogger(t: TestContext, serviceName = 'smsjunk-test'): CapturedLogger {
  const previous = process.env.POWERTOOLS_DEV;
  process.env.POWERTOOLS_DEV = 'true';
  const logger = createLogger({ serviceName });
  if (previous === undefined) delete process.env.POWERTOOLS_DEV;
  else process.env.POWERTOOLS_DEV = previous;
  const printed: string[] = [];
  const keep = (line: unknown) => {
    printed.push(String(line));
  };
  for (const method of ['debug', 'info', 'warn', 'error', 'log'] as const)
    t.mock.method(console, method, keep);
  return {
    logger,
    get lines() {
      return printed.map((l) => JSON.parse(l) as Record<string, unknown>);
    },
    text: () => printed.join('\n'),
  };
}
