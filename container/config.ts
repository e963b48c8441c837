/**
 * The container's configuration: the service keys both runtimes read (`shared/config.ts`) and the
 * keys only a server process has (port, workers, body and keep-alive timeouts, the in-flight
 * throttle, the drain, worker restarts), from flags > environment > a JSON config file > defaults.
 * Every bad key is reported at once and the server exits 2.
 */
import { readFileSync } from 'node:fs';
import { SERVICE_KEYS, type ServiceConfig } from '../shared/config.ts';
import {
  ConfigError,
  type ConfigSources,
  defaultsOf,
  defineKey,
  type KeyDefinition,
  loadKeys,
} from '../shared/config-keys.ts';
import type { ThrottleOptions } from '../shared/middleware/throttle.ts';

export interface ServerConfig {
  /** TCP port of the HTTP server. */
  readonly port: number;
  readonly host: string;
  /** Worker processes; 0 = one per available CPU; 1 = no cluster. */
  readonly workers: number;
  readonly bodyTimeoutMs: number;
  readonly throttle: boolean;
  readonly throttleLimit: number;
  readonly throttleBacklog: number;
  readonly throttleBacklogTimeoutMs: number;
  readonly throttleRetryAfterSeconds: number;
  readonly shutdownGraceMs: number;
  readonly keepAliveTimeoutMs: number;
  readonly headersTimeoutMs: number;
  readonly workerRestartDelayMs: number;
  readonly workerRestartMaxDelayMs: number;
  /** Port of the Prometheus endpoint (`GET /metrics`, every worker added up); -1: none. */
  readonly metricsPort: number;
  /** Seconds between two sets of EMF lines on stdout. */
  readonly emfIntervalSeconds: number;
}

/** Everything a container process reads. */
export interface ContainerConfig extends ServiceConfig, ServerConfig {}

const SECOND = 1000;

function def<F extends keyof ServerConfig>(d: KeyDefinition<ServerConfig, F>): KeyDefinition<ServerConfig> {
  return defineKey(d);
}

function checkHost(host: string): string | undefined {
  if (host === '' || /\s/.test(host)) return 'must be an IP address or a host name';
  return undefined;
}

export const SERVER_KEYS: readonly KeyDefinition<ServerConfig>[] = [
  def({
    key: 'PORT',
    field: 'port',
    kind: 'int',
    default: 5000,
    min: 0,
    max: 65535,
    description: 'HTTP port (0 = any free port)',
  }),
  def({
    key: 'HOST',
    field: 'host',
    kind: 'string',
    default: '0.0.0.0',
    description: 'address to listen on',
    check: checkHost,
  }),
  def({
    key: 'WORKERS',
    field: 'workers',
    kind: 'int',
    default: 0,
    shownDefault: 'auto',
    min: 1,
    max: 256,
    aliases: { auto: 0, '0': 0 },
    description: 'worker processes: `auto` = one per available CPU, `1` = no cluster',
  }),
  def({
    key: 'BODY_TIMEOUT_MS',
    field: 'bodyTimeoutMs',
    kind: 'int',
    default: 10 * SECOND,
    min: 1,
    description: 'time to receive a body once the headers are in; slower is a 408',
  }),
  def({
    key: 'THROTTLE',
    field: 'throttle',
    kind: 'bool',
    default: true,
    description: 'limit requests in flight per worker',
  }),
  def({
    key: 'THROTTLE_LIMIT',
    field: 'throttleLimit',
    kind: 'int',
    default: 100,
    min: 1,
    description: 'requests in flight per worker',
  }),
  def({
    key: 'THROTTLE_BACKLOG',
    field: 'throttleBacklog',
    kind: 'int',
    default: 1000,
    min: 0,
    description: 'requests waiting for a slot per worker; beyond it a 429 at once',
  }),
  def({
    key: 'THROTTLE_BACKLOG_TIMEOUT_MS',
    field: 'throttleBacklogTimeoutMs',
    kind: 'int',
    default: 5 * SECOND,
    min: 1,
    description: 'longest wait in the backlog before a 429',
  }),
  def({
    key: 'THROTTLE_RETRY_AFTER_SECONDS',
    field: 'throttleRetryAfterSeconds',
    kind: 'int',
    default: 1,
    min: 0,
    description: '`Retry-After` of a 429',
  }),
  def({
    key: 'SHUTDOWN_GRACE_MS',
    field: 'shutdownGraceMs',
    kind: 'int',
    default: 25 * SECOND,
    min: 0,
    description: 'time in-flight requests get to finish after SIGTERM (ECS waits 30 s)',
  }),
  def({
    key: 'KEEP_ALIVE_TIMEOUT_MS',
    field: 'keepAliveTimeoutMs',
    kind: 'int',
    default: 65 * SECOND,
    min: 1,
    description: 'idle keep-alive connections close after this; above the ALB idle timeout (60 s)',
  }),
  def({
    key: 'HEADERS_TIMEOUT_MS',
    field: 'headersTimeoutMs',
    kind: 'int',
    default: 66 * SECOND,
    min: 1,
    description: 'time to receive request headers; above the keep-alive timeout',
  }),
  def({
    key: 'WORKER_RESTART_DELAY_MS',
    field: 'workerRestartDelayMs',
    kind: 'int',
    default: 1 * SECOND,
    min: 0,
    description: 'first back-off before replacing a worker that died young; doubles per crash',
  }),
  def({
    key: 'WORKER_RESTART_MAX_DELAY_MS',
    field: 'workerRestartMaxDelayMs',
    kind: 'int',
    default: 30 * SECOND,
    min: 0,
    description: 'longest back-off between worker restarts',
  }),
  def({
    key: 'METRICS_PORT',
    field: 'metricsPort',
    kind: 'int',
    default: -1,
    shownDefault: 'off',
    aliases: { off: -1 },
    min: 0,
    max: 65535,
    description:
      'port of the Prometheus endpoint `GET /metrics` on `HOST`, every worker added up (served by the primary; 0 = any free port; `off` = no endpoint); never the API port, never behind the ALB (the Terraform task sets 9464)',
  }),
  def({
    key: 'EMF_INTERVAL_SECONDS',
    field: 'emfIntervalSeconds',
    kind: 'number',
    default: 60,
    description:
      'seconds between two sets of EMF metric lines on stdout, each aggregated over its interval (0.1 to 3600)',
    check: (s) => (s >= 0.1 && s <= 3600 ? undefined : 'must be 0.1 to 3600 seconds'),
  }),
];

/** Every key a container process reads: the service's, then the server's. */
export const CONTAINER_KEYS = [
  ...SERVICE_KEYS,
  ...SERVER_KEYS,
] as unknown as readonly KeyDefinition<ContainerConfig>[];

export const DEFAULT_CONTAINER_CONFIG: ContainerConfig = defaultsOf(CONTAINER_KEYS);

/** Flags > environment > config file > defaults; throws `ConfigError` listing every problem. */
export function loadContainerConfig(sources: ConfigSources = {}): ContainerConfig {
  return loadKeys(CONTAINER_KEYS, sources);
}

/** Reads and parses a JSON config file; a problem (missing, not JSON) becomes a ConfigError. */
export function readConfigFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError([`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new ConfigError([`${path}: not valid JSON (${(err as Error).message})`]);
  }
}

/** The service's in-flight throttle as the container runs it: admitted on arrival (see `server.ts`). */
export function arrivalThrottle(
  config: ServerConfig,
): (ThrottleOptions & { readonly at: 'arrival' }) | undefined {
  if (!config.throttle) return undefined;
  return {
    at: 'arrival',
    limit: config.throttleLimit,
    backlogLimit: config.throttleBacklog,
    backlogTimeoutMs: config.throttleBacklogTimeoutMs,
    retryAfterSeconds: config.throttleRetryAfterSeconds,
  };
}
