/**
 * Every configuration key of the service, its default and its validation, in one table.
 *
 * Sources, strongest first: command-line flags > environment > an optional JSON config file >
 * defaults. Every bad key is reported at once (`ConfigError.problems`), each as one line naming
 * the key, the source and the value, so a broken deployment says everything that is wrong.
 *
 * The README's Configuration section lists these keys; keep the two in step.
 */
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { APPLE_APP_ID } from './api/contract.ts';
import { trustsEveryAddress } from './cidr-cover.ts';
import { MIN_TOKEN_LENGTH, tokenProblems } from './secrets/admin-token.ts';
import { normalizePrefix, parseTtlSeconds } from './secrets/settings.ts';

export const LOG_LEVELS = ['DEBUG', 'INFO', 'WARN', 'ERROR', 'CRITICAL', 'SILENT'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  /** TCP port of the HTTP server. */
  readonly port: number;
  readonly host: string;
  /** Worker processes; 0 = one per available CPU; 1 = no cluster. */
  readonly workers: number;
  readonly serviceName: string;
  readonly logLevel: LogLevel;
  readonly accessLog: boolean;
  /** `TEAMID.bundle.id` of each app allowed to defer to this server. */
  readonly appleAppIds: readonly string[];
  /** CIDRs of proxies (the ALB's subnets) whose `X-Forwarded-For` is believed. */
  readonly trustedProxies: readonly string[];
  readonly maxBodyBytes: number;
  readonly bodyTimeoutMs: number;
  readonly throttle: boolean;
  readonly throttleLimit: number;
  readonly throttleBacklog: number;
  readonly throttleBacklogTimeoutMs: number;
  readonly throttleRetryAfterSeconds: number;
  readonly timeoutMs: number;
  readonly shutdownGraceMs: number;
  readonly keepAliveTimeoutMs: number;
  readonly headersTimeoutMs: number;
  readonly workerRestartDelayMs: number;
  readonly workerRestartMaxDelayMs: number;
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
}

type Kind = 'int' | 'number' | 'bool' | 'string' | 'list';

export interface KeyDefinition<F extends keyof Config = keyof Config> {
  /** Environment variable and config-file name. */
  readonly key: string;
  readonly field: F;
  readonly kind: Kind;
  readonly default: Config[F];
  /** As the README shows it. */
  readonly shownDefault?: string;
  readonly description: string;
  readonly min?: number;
  readonly max?: number;
  /** Extra check on the converted value; answers a problem or undefined. */
  readonly check?: (value: Config[F]) => string | undefined;
  /** Extra spellings accepted (e.g. `auto` for WORKERS). */
  readonly aliases?: Readonly<Record<string, Config[F]>>;
  /** A secret: its value is never shown (not in problems, help or the README). */
  readonly secret?: boolean;
}

function def<F extends keyof Config>(d: KeyDefinition<F>): KeyDefinition {
  return d as unknown as KeyDefinition;
}

const SECOND = 1000;

export const KEYS: readonly KeyDefinition[] = [
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
    key: 'TIMEOUT_MS',
    field: 'timeoutMs',
    kind: 'int',
    default: 60 * SECOND,
    min: 1,
    description: 'handler deadline; later is a 503',
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
];

/** Runs a validator that throws; answers its message, or undefined when it passed. */
function problemOf(validate: () => unknown): string | undefined {
  try {
    validate();
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

export const DEFAULT_CONFIG: Config = Object.freeze(
  Object.fromEntries(KEYS.map((k) => [k.field, k.default])) as unknown as Config,
);

/** `port` -> `--port`, `throttleBacklogTimeoutMs` -> `--throttle-backlog-timeout-ms`. */
export function flagName(d: KeyDefinition): string {
  return d.key.toLowerCase().replaceAll('_', '-');
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
    this.problems = problems;
  }
}

export interface ConfigSources {
  /** Command-line values by key name (`PORT`), strongest. */
  readonly flags?: Readonly<Record<string, string | boolean | undefined>>;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** A parsed JSON config file: an object by key name (`"PORT": 5000`). */
  readonly file?: unknown;
  /** Where the file came from, for messages. */
  readonly fileName?: string;
}

/**
 * Merges the sources and validates every key. Throws `ConfigError` listing every problem.
 */
export function loadConfig(sources: ConfigSources = {}): Config {
  const problems: string[] = [];
  const file = fileValues(sources, problems);
  const out: Record<string, unknown> = {};
  for (const d of KEYS) {
    const fromFlag = sources.flags?.[d.key];
    const fromEnv = sources.env?.[d.key];
    let raw: unknown;
    let where: string;
    if (fromFlag !== undefined) {
      raw = fromFlag;
      where = `--${flagName(d)}`;
    } else if (fromEnv !== undefined && fromEnv !== '') {
      raw = fromEnv;
      where = `environment ${d.key}`;
    } else if (file[d.key] !== undefined) {
      raw = file[d.key];
      where = `${sources.fileName ?? 'config file'} ${d.key}`;
    } else {
      out[d.field] = d.default;
      continue;
    }
    const result = convert(d, raw);
    if (typeof result === 'object' && result !== null && 'problem' in result) {
      const got = d.secret ? 'a hidden value' : JSON.stringify(raw);
      problems.push(`${d.key}: ${result.problem} (got ${got} from ${where})`);
      continue;
    }
    out[d.field] = result;
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(out) as unknown as Config;
}

function fileValues(sources: ConfigSources, problems: string[]): Record<string, unknown> {
  const f = sources.file;
  if (f === undefined || f === null) return {};
  const name = sources.fileName ?? 'config file';
  if (typeof f !== 'object' || Array.isArray(f)) {
    problems.push(`${name}: must be a JSON object of KEY: value`);
    return {};
  }
  const known = new Set(KEYS.map((k) => k.key));
  for (const k of Object.keys(f)) {
    if (!known.has(k)) problems.push(`${name}: unknown key ${JSON.stringify(k)}`);
  }
  return f as Record<string, unknown>;
}

type Converted = Config[keyof Config] | { problem: string };

function convert(d: KeyDefinition, raw: unknown): Converted {
  const alias =
    typeof raw === 'string' || typeof raw === 'number' ? d.aliases?.[String(raw).trim()] : undefined;
  let value: Converted;
  if (alias !== undefined) {
    value = alias;
  } else {
    switch (d.kind) {
      case 'int':
        value = toInt(d, raw);
        break;
      case 'number':
        value = toNumber(raw);
        break;
      case 'bool':
        value = toBool(raw);
        break;
      case 'string':
        value = typeof raw === 'string' ? raw.trim() : { problem: 'must be a string' };
        break;
      case 'list':
        value = toList(raw);
        break;
    }
  }
  if (typeof value === 'object' && value !== null && 'problem' in value) return value;
  const problem = d.check?.(value as never);
  return problem === undefined ? value : { problem };
}

function toInt(d: KeyDefinition, raw: unknown): Converted {
  const n =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string' && /^\s*-?\d+\s*$/.test(raw)
        ? Number(raw)
        : Number.NaN;
  if (!Number.isSafeInteger(n)) return { problem: 'must be a whole number' };
  if (d.min !== undefined && n < d.min) return { problem: `must be at least ${d.min}` };
  if (d.max !== undefined && n > d.max) return { problem: `must be at most ${d.max}` };
  return n;
}

function toNumber(raw: unknown): Converted {
  const n =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string' && /^\s*-?(\d+\.?\d*|\.\d+)\s*$/.test(raw)
        ? Number(raw)
        : Number.NaN;
  return Number.isFinite(n) ? n : { problem: 'must be a number' };
}

function toBool(raw: unknown): Converted {
  if (typeof raw === 'boolean') return raw;
  const s = typeof raw === 'string' ? raw.trim().toLowerCase() : '';
  if (['true', '1', 'yes', 'on'].includes(s)) return true;
  if (['false', '0', 'no', 'off'].includes(s)) return false;
  return { problem: 'must be true or false' };
}

function toList(raw: unknown): Converted {
  if (Array.isArray(raw)) {
    if (!raw.every((x) => typeof x === 'string')) return { problem: 'must be a list of strings' };
    return raw.map((x: string) => x.trim()).filter((x) => x !== '');
  }
  if (typeof raw !== 'string') return { problem: 'must be a comma-separated string or a list' };
  return raw
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

function checkHost(host: string): string | undefined {
  if (host === '' || /\s/.test(host)) return 'must be an IP address or a host name';
  return undefined;
}

export interface Cidr {
  readonly address: string;
  readonly prefix: number;
  readonly family: 'ipv4' | 'ipv6';
}

/** `10.0.0.0/16`, `2600:1f18::/36`, or a single address (full-length prefix). Undefined if invalid. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  const address = slash < 0 ? text : text.slice(0, slash);
  const version = isIP(address);
  if (version === 0) return undefined;
  const bits = version === 4 ? 32 : 128;
  let prefix = bits;
  if (slash >= 0) {
    const p = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(p)) return undefined;
    prefix = Number(p);
    if (prefix > bits) return undefined;
  }
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
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

/** Markdown table rows for the README: key, default, meaning. */
export function configTable(): string {
  const rows = KEYS.map((d) => {
    const shown = d.shownDefault ?? (Array.isArray(d.default) ? d.default.join(',') : String(d.default));
    return `| \`${d.key}\` | \`--${flagName(d)}\` | \`${shown}\` | ${d.description} |`;
  });
  return ['| key | flag | default | meaning |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
