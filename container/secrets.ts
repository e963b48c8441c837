/**
 * The container's side of the secrets layer: the `--ssm-prefix` / `--ssm-ttl-seconds` flags, and
 * the service of one serving process (the whole server, or one cluster worker) built on a
 * background-refreshing `Secrets`. Each worker holds its own (one `GetParametersByPath` per TTL
 * per worker); requests never wait for Parameter Store.
 */
import type { Config } from '../shared/config.ts';
import { createLogger, type Logger } from '../shared/logger.ts';
import { createSecrets, type Secrets, secretsSettings } from '../shared/secrets/index.ts';
import { createService, type Service } from '../shared/service.ts';
import { UsageError } from './commands/command.ts';

export const SECRETS_USAGE = `  --ssm-prefix PATH                Parameter Store prefix, e.g. /smsjunk/prod (SSM_PREFIX; default: none,
                                   secrets from ADMIN_TOKEN / LOG_HASH_KEY)
  --ssm-ttl-seconds N              how often to re-read it (SSM_TTL_SECONDS, default 60)`;

export interface SecretsFlags {
  readonly ssmPrefix?: string;
  readonly ttlSeconds?: string;
}

const FLAGS: Record<string, keyof SecretsFlags> = {
  '--ssm-prefix': 'ssmPrefix',
  '--ssm-ttl-seconds': 'ttlSeconds',
};

/** Takes `--ssm-prefix X` / `--ssm-prefix=X` (and the TTL flag) out of `args`; the rest is returned. */
export function takeSecretsFlags(args: readonly string[]): { args: string[]; flags: SecretsFlags } {
  const rest: string[] = [];
  const flags: { -readonly [K in keyof SecretsFlags]: string } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const field = FLAGS[name];
    if (!field) {
      rest.push(arg);
      continue;
    }
    if (eq > 0) flags[field] = arg.slice(eq + 1);
    else {
      const value = args[i + 1];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      flags[field] = value;
      i++;
    }
  }
  return { args: rest, flags };
}

export interface ServingProcess {
  readonly service: Service;
  readonly secrets: Secrets;
}

/**
 * Builds the secrets (background refresh, first load awaited at most 2 s) and the service on
 * them. Throws `SecretsConfigError` for an unusable prefix or TTL.
 */
export async function serviceWithSecrets(
  config: Config,
  options: { env: NodeJS.ProcessEnv; flags: SecretsFlags; logger?: Logger },
): Promise<ServingProcess> {
  const logger = options.logger ?? createLogger({ serviceName: config.serviceName, level: config.logLevel });
  const settings = secretsSettings({
    env: options.env,
    ssmPrefix: options.flags.ssmPrefix,
    ttlSeconds: options.flags.ttlSeconds,
  });
  const secrets = createSecrets({ settings, mode: 'background', log: logger });
  secrets.start();
  await secrets.ready();
  // Apple's association file is built once: the Parameter Store list, if any, at start-up.
  const appleAppIds = secrets.appleAppIds ?? config.appleAppIds;
  const service = createService(
    { ...config, appleAppIds },
    { logger, classifier: secrets.classifier, admin: secrets.admin },
  );
  return { service, secrets };
}
