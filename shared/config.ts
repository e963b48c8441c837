/**
 * The service configuration both runtimes read: every key the shared request path, the logger and
 * the secrets layer use, its default and its validation, in one table. The Lambda function reads
 * it from its environment; the container reads it (with its own server keys, `container/config.ts`)
 * from flags, environment and its config file.
 *
 * The README's Configuration section lists these keys; keep the two in step.
 */
import { APPLE_APP_ID } from './api/contract.ts';
import { type Cidr, parseCidr } from './cidr.ts';
import { trustsEveryAddress } from './cidr-cover.ts';
import {
  type ConfigSources,
  defaultsOf,
  defineKey,
  type KeyDefinition,
  loadKeys,
  problemOf,
} from './config-keys.ts';
import { MIN_TOKEN_LENGTH, tokenProblems } from './secrets/admin-token.ts';
import { normalizePrefix, parseTtlSeconds } from './secrets/settings.ts';

export const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL', 'SILENT'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface ServiceConfig {
  readonly serviceName: string;
  readonly logLevel: LogLevel;
  readonly accessLog: boolean;
  /** `TEAMID.bundle.id` of each app allowed to defer to this server. */
  readonly appleAppIds: readonly string[];
  /** CIDRs of proxies (the ALB's subnets) whose `X-Forwarded-For` is believed. */
  readonly trustedProxies: readonly string[];
  readonly maxBodyBytes: number;
  /** Handler deadline, counted from the request's arrival. */
  readonly timeoutMs: number;
  /** Parameter Store prefix (`/smsjunk/prod`); empty: secrets from `adminToken` / `logHashKey`. */
  readonly ssmPrefix: string;
  /** How often Parameter Store is re-read, in seconds (fractions allowed). */
  readonly ssmTtlSeconds: number;
  /** Operator Bearer token(s), `new,old` while rotating; used only without an SSM prefix. Secret. */
  readonly adminToken: string;
  /** HMAC key for the sender hash in logs; used only without an SSM prefix. Secret. */
  readonly logHashKey: string;
  /** Failed operator authentications per client within the window before it gets 429s. */
  readonly adminAuthFailureLimit: number;
  readonly adminAuthFailureWindowSeconds: number;
  /** Record metrics (EMF; the container's Prometheus endpoint and per-rule counters). */
  readonly metricsEnabled: boolean;
  /** CloudWatch namespace of the EMF metrics. */
  readonly metricsNamespace: string;
}

const SECOND = 1000;
/** A CloudWatch namespace: 1 to 255 of these characters, not AWS's own (`AWS/...`). */
const NAMESPACE = /^[A-Za-z0-9.\-_/#:]{1,255}$/;
function def<F extends keyof ServiceConfig>(
  d: KeyDefinition<ServiceConfig, F>,
): KeyDefinition<ServiceConfig> {
  return defineKey(d);
}

export const SERVICE_KEYS: readonly KeyDefinition<ServiceConfig>[] = [
  def({
    key: 'SERVICE_NAME',
    field: 'serviceName',
    kind: 'string',
    default: 'smsjunk',
    description: 'the `service` of every log line',
  }),
  def({
    key: 'LOG_LEVEL',
    field: 'logLevel',
    kind: 'string',
    default: 'INFO',
    description: `log level: ${LOG_LEVELS.join(', ')}`,
    check: (v) => (LOG_LEVELS.includes(v) ? undefined : `must be one of ${LOG_LEVELS.join(', ')}`),
  }),
  def({
    key: 'ACCESS_LOG',
    field: 'accessLog',
    kind: 'bool',
    default: true,
    description: 'one JSON log line per request',
  }),
  def({
    key: 'APPLE_APP_IDS',
    field: 'appleAppIds',
    kind: 'list',
    default: [],
    shownDefault: '(none)',
    description: 'comma-separated `TEAMID.bundle.id` list served in apple-app-site-association',
    check: (ids) => {
      const bad = ids.filter((id) => !APPLE_APP_ID.test(id));
      return bad.length ? `not TEAMID.bundle.id: ${bad.join(', ')}` : undefined;
    },
  }),
  def({
    key: 'TRUSTED_PROXIES',
    field: 'trustedProxies',
    kind: 'list',
    default: [],
    shownDefault: '(none)',
    description:
      'comma-separated CIDRs (IPv4/IPv6) whose X-Forwarded-For is believed, e.g. the ALB subnets; a list that trusts every address (`0.0.0.0/0`) is refused',
    check: (cidrs) => {
      const bad = cidrs.filter((c) => parseCidr(c) === undefined);
      if (bad.length) return `not a CIDR or IP address: ${bad.join(', ')}`;
      const all = trustsEveryAddress(cidrs.map((c) => parseCidr(c) as Cidr));
      if (!all) return undefined;
      return `trusts every ${all === 'ipv4' ? 'IPv4' : 'IPv6'} address: any client could then choose the address the logs and the failed-authentication limit see; list only the load balancer's subnets`;
    },
  }),
  def({
    key: 'MAX_BODY_BYTES',
    field: 'maxBodyBytes',
    kind: 'int',
    default: 64 * 1024,
    min: 256,
    max: 16 * 1024 * 1024,
    description: 'largest request body; larger is a 413',
  }),
  def({
    key: 'TIMEOUT_MS',
    field: 'timeoutMs',
    kind: 'int',
    default: 60 * SECOND,
    min: 1,
    description: 'handler deadline; later is a 503',
  }),
  def({
    key: 'SSM_PREFIX',
    field: 'ssmPrefix',
    kind: 'string',
    default: '',
    shownDefault: '(none)',
    description:
      'Parameter Store prefix, e.g. `/smsjunk/prod` (see Operations); without it nothing calls AWS and the secrets come from `ADMIN_TOKEN` / `LOG_HASH_KEY`',
    check: (prefix) => problemOf(() => normalizePrefix(prefix)),
  }),
  def({
    key: 'SSM_TTL_SECONDS',
    field: 'ssmTtlSeconds',
    kind: 'number',
    default: 60,
    description: 'how often Parameter Store is re-read (seconds, 0.1 to 86400); requests never wait for it',
    check: (ttl) => problemOf(() => parseTtlSeconds(ttl)),
  }),
  def({
    key: 'ADMIN_TOKEN',
    field: 'adminToken',
    kind: 'string',
    default: '',
    shownDefault: '(none)',
    secret: true,
    description: `operator Bearer token (\`new,old\` while rotating) when there is no \`SSM_PREFIX\`: each at least ${MIN_TOKEN_LENGTH} characters, no whitespace; none = operator endpoints off`,
    check: (value) => {
      const problems = tokenProblems(value);
      return problems.length > 0 ? `${problems.join('; ')} (make one with: openssl rand -hex 32)` : undefined;
    },
  }),
  def({
    key: 'ADMIN_AUTH_FAILURE_LIMIT',
    field: 'adminAuthFailureLimit',
    kind: 'int',
    default: 10,
    min: 1,
    description:
      'failed operator authentications per client IP (IPv6: per /64) within the window; beyond it a 429 with `Retry-After`',
  }),
  def({
    key: 'ADMIN_AUTH_FAILURE_WINDOW_SECONDS',
    field: 'adminAuthFailureWindowSeconds',
    kind: 'int',
    default: 60,
    min: 1,
    max: 86_400,
    description: "the window of `ADMIN_AUTH_FAILURE_LIMIT`, from a client's first failure",
  }),
  def({
    key: 'LOG_HASH_KEY',
    field: 'logHashKey',
    kind: 'string',
    default: '',
    shownDefault: '(none)',
    secret: true,
    description: 'HMAC key for the sender hash in access logs when there is no `SSM_PREFIX`; none = no hash',
  }),
  def({
    key: 'METRICS_ENABLED',
    field: 'metricsEnabled',
    kind: 'bool',
    default: true,
    description:
      "record metrics: EMF lines for CloudWatch (both runtimes), the per-rule counters of `/admin/status`, the container's Prometheus endpoint (see docs/OPERATIONS.md, Metrics)",
  }),
  def({
    key: 'METRICS_NAMESPACE',
    field: 'metricsNamespace',
    kind: 'string',
    default: 'smsjunk',
    description:
      'CloudWatch namespace of the EMF metrics; their `service` dimension is `SERVICE_NAME` (Lambda: `POWERTOOLS_SERVICE_NAME` when set)',
    check: (ns) =>
      !NAMESPACE.test(ns)
        ? 'must be 1 to 255 letters, digits or . - _ / # :'
        : ns.startsWith('AWS/')
          ? "must not start with AWS/ (AWS's own namespaces)"
          : undefined,
  }),
];

export const DEFAULT_SERVICE_CONFIG: ServiceConfig = defaultsOf(SERVICE_KEYS);

/** The service keys from these sources; throws `ConfigError` listing every problem. */
export function loadServiceConfig(sources: ConfigSources = {}): ServiceConfig {
  return loadKeys(SERVICE_KEYS, sources);
}
