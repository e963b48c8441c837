/**
 * The container's logger: pino, a logger made for speed, writing the service's line
 * (`{"level","message","timestamp","service",...fields}`, empty values left out, an error as
 * `JsonLineFormatter.formatError` shapes it) to stdout through its asynchronous destination:
 * the lines of one event-loop turn go out in one write at its end (at most 8 KiB each), and none
 * waits longer than 200 ms. Measured with bench/http.mjs (one worker, access log on): Powertools'
 * console write per line cost about 20 µs of CPU a request, 13 % of the server's throughput.
 * Lambda keeps Powertools (its context and cold-start fields, and nothing is held when an instance
 * freezes). Whatever is still buffered is written when the process exits (pino's exit hook), or on
 * `flush()`.
 */
import pino from 'pino';
import type { LogLevel } from '../shared/config.ts';
import { JsonLineFormatter, type Log } from '../shared/logger.ts';

export interface ContainerLoggerOptions {
  readonly serviceName?: string;
  readonly level?: LogLevel;
  /** A file descriptor or path; default 1 (stdout). */
  readonly destination?: number | string;
  /** Write each line at once (tests that read the file right after logging). Default false. */
  readonly sync?: boolean;
}

export interface ContainerLogger extends Log {
  /** Writes what is buffered now. */
  flush(): void;
}

const PINO_LEVEL: Record<LogLevel, pino.LevelWithSilent> = {
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
  CRITICAL: 'fatal',
  SILENT: 'silent',
};

const LABEL: Record<string, string> = {
  trace: 'DEBUG',
  debug: 'DEBUG',
  info: 'INFO',
  warn: 'WARN',
  error: 'ERROR',
  fatal: 'CRITICAL',
};

/** Bytes gathered before a write. */
export const BATCH_BYTES = 8192;
/** Longest a line waits in the batch (behind a write still in flight). */
export const FLUSH_MS = 200;

function flushQuietly(destination: { flush(): void }): void {
  try {
    destination.flush();
  } catch {
    // nothing buffered, or a write is in flight: the next tick of the interval takes it
  }
}

export function createContainerLogger(options: ContainerLoggerOptions = {}): ContainerLogger {
  const service = options.serviceName ?? 'smsjunk';
  const errors = new JsonLineFormatter();
  const sync = options.sync ?? false;
  // Lines gather (up to BATCH_BYTES) into one write per event-loop turn instead of one each.
  const destination = pino.destination({
    dest: options.destination ?? 1,
    sync,
    ...(sync ? {} : { minLength: BATCH_BYTES }),
  });
  // The lines of one event-loop turn go out together at its end (a write in flight holds them until
  // the next turn's flush, or the interval's).
  let scheduled = false;
  const flushTurn = () => {
    scheduled = false;
    flushQuietly(destination);
  };
  const wrote = sync
    ? () => {}
    : () => {
        if (scheduled) return;
        scheduled = true;
        setImmediate(flushTurn);
      };
  if (!sync) setInterval(flushQuietly, FLUSH_MS, destination).unref();
  const p = pino(
    {
      level: PINO_LEVEL[options.level ?? 'INFO'],
      base: null,
      timestamp: false,
      formatters: { level: (label) => ({ level: LABEL[label] ?? label.toUpperCase() }) },
      serializers: { error: (e: unknown) => (e instanceof Error ? errors.formatError(e) : e) },
    },
    destination,
  );
  let stampMs = -1;
  let stamp = '';
  /** `message, timestamp, service` first, then the fields of the line, empty values left out. */
  function line(message: string, fields: Record<string, unknown>[]): Record<string, unknown> {
    const now = Date.now();
    if (now !== stampMs) {
      stampMs = now;
      stamp = new Date(now).toISOString();
    }
    const out: Record<string, unknown> = { message, timestamp: stamp, service };
    for (const f of fields) {
      for (const key in f) {
        const v = f[key];
        if (v !== undefined && v !== null && v !== '') out[key] = v;
      }
    }
    return out;
  }
  return {
    debug: (message, ...fields) => {
      if (p.isLevelEnabled('debug')) {
        p.debug(line(message, fields));
        wrote();
      }
    },
    info: (message, ...fields) => {
      if (p.isLevelEnabled('info')) {
        p.info(line(message, fields));
        wrote();
      }
    },
    warn: (message, ...fields) => {
      if (p.isLevelEnabled('warn')) {
        p.warn(line(message, fields));
        wrote();
      }
    },
    error: (message, ...fields) => {
      if (p.isLevelEnabled('error')) {
        p.error(line(message, fields));
        wrote();
      }
    },
    critical: (message, ...fields) => {
      if (p.isLevelEnabled('fatal')) {
        p.fatal(line(message, fields));
        wrote();
      }
    },
    flush: () => {
      try {
        destination.flushSync();
      } catch {
        // a write is in flight: what it holds goes out when it completes
      }
    },
  };
}
