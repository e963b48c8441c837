/**
 * The one wiring of the secrets layer and the service, for both entry points: the Lambda handler
 * (on-demand refresh: a frozen instance has no timer) and each container process (background
 * refresh: requests never wait for Parameter Store). The first load is awaited (bounded) before
 * the service is built, so a fresh process starts with its tokens and extra rules.
 *
 * What the service reads from the secrets, per request so a change is live within one TTL: the
 * live classifier (hot rules and thresholds), the operator hooks, Apple's app ids
 * (`<prefix>/apple-app-ids`, else `APPLE_APP_IDS`) and the log hash key (`senderHash`). With
 * metrics, every read of Parameter Store is counted and the age of the values in use collected.
 */
import type { AdminHooks } from './api/http.ts';
import type { ServiceConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { dataAgeCollector, recordRefresh } from './metrics/service-metrics.ts';
import {
  createSecrets,
  type RefreshMode,
  type Secrets,
  type SecretsOptions,
  settingsFromConfig,
} from './secrets/index.ts';
import { createService, type Service, type ServiceOptions } from './service.ts';

type Report = Record<string, unknown>;

export interface ServiceWithSecretsOptions
  extends Omit<ServiceOptions, 'classifier' | 'admin' | 'appleAppIds' | 'hashSender' | 'inner'> {
  /** `background` (a container process) or `on-demand` (a Lambda instance). */
  readonly mode: RefreshMode;
  /** Longest wait for the first Parameter Store load before serving; default the secrets' own (2 s). */
  readonly readyTimeoutMs?: number;
  /**
   * What `POST /admin/refresh` runs, given this process's own refresh: the container's reaches
   * every cluster worker. Default: this process's own.
   */
  readonly refresh?: (local: () => Promise<Report>) => () => Promise<Report>;
  /** Passed to the secrets layer (a test's SSM endpoint, parameter source, clock). */
  readonly secrets?: Omit<SecretsOptions, 'settings' | 'mode' | 'log'>;
}

export interface ServiceWithSecrets {
  readonly service: Service;
  readonly secrets: Secrets;
}

export async function createServiceWithSecrets(
  config: ServiceConfig,
  options: ServiceWithSecretsOptions,
): Promise<ServiceWithSecrets> {
  const { mode, readyTimeoutMs, refresh, secrets: secretsOptions, ...serviceOptions } = options;
  // one logger, so the secrets layer's lines have the service's format and name
  const logger =
    serviceOptions.logger ?? createLogger({ serviceName: config.serviceName, level: config.logLevel });
  const hooks = serviceOptions.metrics;
  const secrets = createSecrets({
    ...secretsOptions,
    settings: settingsFromConfig(config),
    mode,
    log: logger,
    ...(hooks ? { onRefresh: (ok: boolean) => recordRefresh(hooks.recorder, ok) } : {}),
  });
  if (hooks && secrets.settings.prefix !== undefined) {
    hooks.addCollector(dataAgeCollector(() => secrets.dataAgeSeconds()));
  }
  secrets.start();
  await secrets.ready(readyTimeoutMs);
  const local = () => secrets.refresh();
  const admin: AdminHooks = { ...secrets.admin, refresh: refresh ? refresh(local) : local };
  const service = createService(config, {
    ...serviceOptions,
    logger,
    classifier: secrets.classifier,
    admin,
    appleAppIds: () => secrets.appleAppIds ?? config.appleAppIds,
    hashSender: (sender) => secrets.hashSender(sender),
    // on demand, the first request after the TTL refreshes (bounded wait), within its deadline
    ...(mode === 'on-demand' ? { inner: [secrets.middleware] } : {}),
  });
  return { service, secrets };
}
