/**
 * What the middleware here share: their one shape, and option checks (a bad option fails when the
 * chain is built, at module load, never per request).
 */
import type { Logger } from '@aws-lambda-powertools/logger';
import type { MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';
import type { HttpResult } from '../events/source.ts';

/** The one shape of every middleware here: any HTTP event in, a result of its source's shape out. */
export type HttpMiddleware = MiddlewareObj<unknown, HttpResult, Error, Context>;

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
export type LogSink = Pick<Logger, 'info' | 'warn' | 'error'>;

export function requireLogger(middleware: string, logger: unknown): asserts logger is LogSink {
  const l = logger as Partial<LogSink> | undefined;
  if (typeof l?.info !== 'function' || typeof l?.warn !== 'function' || typeof l?.error !== 'function') {
    throw new MiddlewareOptionsError(
      middleware,
      'option "logger" must have info(), warn() and error() (a Powertools Logger)',
    );
  }
}
