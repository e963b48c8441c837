/**
 * The Lambda entry point (`dist/lambda/handler.handler`). Everything expensive happens here, once,
 * at module load (the init phase): configuration, the logger, the YARA rules compiled and the
 * model loaded (by the secrets layer's live classifier), and the first Parameter Store load. A
 * warm invocation only translates, classifies and answers; rules are recompiled only when
 * Parameter Store hands over new ones (a refresh, never in a request).
 */
import { compose } from '../../shared/api/http.ts';
import { loadServiceConfig } from '../../shared/config.ts';
import { createLogger } from '../../shared/logger.ts';
import { createSecrets, settingsFromConfig } from '../../shared/secrets/index.ts';
import { createService } from '../../shared/service.ts';
import { createHttpHandler } from './chain.ts';

const env = process.env;
const config = loadServiceConfig({ env });
// Unbatched on purpose: each line is written at once, so none is lost when Lambda freezes the
// process between invocations (a batched logger would hold the last turn's lines).
const logger = createLogger({
  serviceName: env.POWERTOOLS_SERVICE_NAME || config.serviceName,
  level: config.logLevel,
});
// On demand: a Lambda instance is frozen between invocations, so no timer; the first request
// after the TTL refreshes (bounded wait, stale values on error).
const secrets = createSecrets({ settings: settingsFromConfig(config), mode: 'on-demand', log: logger });
// The first Parameter Store load belongs to the init phase too (a no-op without a prefix). Init may
// take up to 10 s on its own clock, so it waits longer than a request would (2 s): a cold instance
// should start with the admin token and the extra rules, not serve 401s until the next refresh.
const INIT_SECRETS_WAIT_MS = 4000;
await secrets.ready(INIT_SECRETS_WAIT_MS);
const service = createService(config, {
  classifier: secrets.classifier,
  admin: secrets.admin,
  // As the container: Parameter Store's list when there is one, read per request (hot).
  appleAppIds: () => secrets.appleAppIds ?? config.appleAppIds,
  logger,
  runtimeStatus: () => ({
    kind: 'lambda',
    functionName: env.AWS_LAMBDA_FUNCTION_NAME ?? null,
    functionVersion: env.AWS_LAMBDA_FUNCTION_VERSION ?? null,
    memoryMb: env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE ? Number(env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE) : null,
  }),
});

export const handler = createHttpHandler({
  app: compose([secrets.middleware], service.app),
  logger,
  hashSender: (sender) => secrets.hashSender(sender),
});
