/**
 * The container's side of the secrets layer: the service of one serving process (the whole server,
 * or one cluster worker) built on a background-refreshing `Secrets`. Each worker holds its own (one
 * `GetParametersByPath` per TTL per worker); requests never wait for Parameter Store. Where the
 * secrets come from (`SSM_PREFIX`, `SSM_TTL_SECONDS`, `ADMIN_TOKEN`, `LOG_HASH_KEY`) is part of the
 * validated config, so flags, environment and config file all work and workers inherit it.
 */
import cluster from 'node:cluster';
import type { Config } from '../shared/config.ts';
import { createLogger, type Logger } from '../shared/logger.ts';
import { createSecrets, type Secrets, settingsFromConfig } from '../shared/secrets/index.ts';
import { createService, type Service } from '../shared/service.ts';
import { singleRefresh, workerRefresh } from './cluster-refresh.ts';

export interface ServingProcess {
  readonly service: Service;
  readonly secrets: Secrets;
}

export interface ServingOptions {
  /**
   * Default: the container's logger, batched (the lines of one event-loop turn in one write; a
   * container is never frozen, so nothing is lost).
   */
  readonly logger?: Logger;
}

/**
 * Builds the secrets (background refresh, first load awaited at most 2 s) and the service on
 * them; its `/admin/refresh` reaches every worker (`cluster-refresh.ts`). Apple's app ids are read per request from the secrets (`<prefix>/apple-app-ids`, else
 * `APPLE_APP_IDS`), so a new list is served within one TTL.
 */
export async function serviceWithSecrets(
  config: Config,
  options: ServingOptions = {},
): Promise<ServingProcess> {
  const logger =
    options.logger ?? createLogger({ serviceName: config.serviceName, level: config.logLevel, batch: true });
  const secrets = createSecrets({ settings: settingsFromConfig(config), mode: 'background', log: logger });
  secrets.start();
  await secrets.ready();
  const service = createService(config, {
    logger,
    // classification is synchronous: the server admits requests as they arrive (server.ts)
    throttleAt: 'arrival',
    classifier: secrets.classifier,
    // `/admin/refresh` refreshes every worker of the container (through the primary), not only this one
    admin: {
      ...secrets.admin,
      refresh: (cluster.isWorker ? workerRefresh : singleRefresh)(() => secrets.refresh()),
    },
    appleAppIds: () => secrets.appleAppIds ?? config.appleAppIds,
    // `<prefix>/log-hash-key` (or LOG_HASH_KEY), read per request: a new key is used within one TTL.
    hashSender: (sender) => secrets.hashSender(sender),
  });
  return { service, secrets };
}
