/**
 * Where secrets come from, read the same way in both runtimes: `SSM_PREFIX` and `SSM_TTL_SECONDS`
 * (keys of the service config, so the container also takes them as `--ssm-prefix` /
 * `--ssm-ttl-seconds` or from its config file). Without a prefix nothing calls AWS: secrets come
 * from `ADMIN_TOKEN` and `LOG_HASH_KEY`, or are absent. (`APPLE_APP_IDS` is the service config's; a
 * `<prefix>/apple-app-ids` parameter overrides it.)
 */
import { SecretsConfigError } from './errors.ts';

export const DEFAULT_TTL_SECONDS = 60;

export interface SecretsSettings {
  /** `/smsjunk/prod` (no trailing slash), or undefined: secrets from the environment. */
  readonly prefix: string | undefined;
  readonly ttlMs: number;
  /** Values used only without a prefix. */
  readonly env: {
    readonly adminToken: string | undefined;
    readonly logHashKey: string | undefined;
  };
}

export interface SettingsInput {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `--ssm-prefix`; wins over `SSM_PREFIX`. An empty string means "no prefix". */
  readonly ssmPrefix?: string | undefined;
  /** `--ssm-ttl-seconds`; wins over `SSM_TTL_SECONDS`. */
  readonly ttlSeconds?: string | number | undefined;
}

/** A Parameter Store path: `/a/b`, segments of letters, digits and `_.-`, no trailing slash. */
const PREFIX = /^(\/[A-Za-z0-9_.-]+)+$/;

export function normalizePrefix(raw: string | undefined): string | undefined {
  const p = raw?.trim();
  if (!p) return undefined;
  const trimmed = p.length > 1 ? p.replace(/\/+$/, '') : p;
  if (!PREFIX.test(trimmed)) {
    throw new SecretsConfigError(
      `SSM prefix "${p}" is not a Parameter Store path like /smsjunk/prod (segments of A-Z a-z 0-9 _ . -)`,
    );
  }
  if (/^\/(aws|ssm)/i.test(trimmed)) {
    throw new SecretsConfigError(`SSM prefix "${p}" may not start with /aws or /ssm`);
  }
  return trimmed;
}

export function parseTtlSeconds(raw: string | number | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_TTL_SECONDS;
  const n = typeof raw === 'number' ? raw : Number(String(raw).trim());
  if (!Number.isFinite(n) || n < 0.1 || n > 86_400) {
    throw new SecretsConfigError(`SSM TTL "${raw}" must be a number of seconds between 0.1 and 86400`);
  }
  return n;
}

function nonEmpty(v: string | undefined): string | undefined {
  return v !== undefined && v.trim() !== '' ? v : undefined;
}

export function secretsSettings(input: SettingsInput): SecretsSettings {
  const prefixRaw = input.ssmPrefix !== undefined ? input.ssmPrefix : input.env.SSM_PREFIX;
  const ttlRaw = input.ttlSeconds !== undefined ? input.ttlSeconds : input.env.SSM_TTL_SECONDS;
  return {
    prefix: normalizePrefix(prefixRaw),
    ttlMs: Math.round(parseTtlSeconds(ttlRaw) * 1000),
    env: {
      adminToken: nonEmpty(input.env.ADMIN_TOKEN),
      logHashKey: nonEmpty(input.env.LOG_HASH_KEY),
    },
  };
}

/** The service config's keys the secrets layer reads (`shared/config.ts` validates them). */
export interface SecretsConfigKeys {
  readonly ssmPrefix: string;
  readonly ssmTtlSeconds: number;
  readonly adminToken: string;
  readonly logHashKey: string;
}

/** The settings of a validated service config (the way both runtimes build them). */
export function settingsFromConfig(config: SecretsConfigKeys): SecretsSettings {
  return secretsSettings({
    env: { ADMIN_TOKEN: config.adminToken, LOG_HASH_KEY: config.logHashKey },
    ssmPrefix: config.ssmPrefix,
    ttlSeconds: config.ssmTtlSeconds,
  });
}
