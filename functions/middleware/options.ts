/** Option checks shared by the middleware factories: a bad option fails at module load, not per request. */

import type { Logger } from '@aws-lambda-powertools/logger';

/** A middleware factory was given an option it cannot work with. */
export class MiddlewareOptionsError extends TypeError {
  override readonly name = 'MiddlewareOptionsError';
  constructor(middleware: string, message: string, options?: { cause?: unknown }) {
    super(`${middleware}: ${message}`, options);
  }
}

export function requireFunction(middleware: string, name: string, value: unknown): void {
  if (typeof value !== 'function') {
    throw new MiddlewareOptionsError(middleware, `option "${name}" must be a function, got ${typeof value}`);
  }
}

/** The logging surface the middleware need: Powertools' `Logger`. */
export type LogSink = Pick<Logger, 'info' | 'error'>;

export function requireLogger(middleware: string, logger: unknown): asserts logger is LogSink {
  const l = logger as Partial<LogSink> | undefined;
  if (typeof l?.info !== 'function' || typeof l?.error !== 'function') {
    throw new MiddlewareOptionsError(
      middleware,
      'option "logger" must have info() and error() (a Powertools Logger)',
    );
  }
}
