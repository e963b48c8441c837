/**
 * The Lambda entry point (`dist/lambda/handler.handler`). Everything expensive happens here, once,
 * at module load (the init phase): configuration, the logger, the YARA rules compiled and the
 * model loaded (by the secrets layer's live classifier), and the first Parameter Store load. A
 * warm invocation only translates, runs the shared chain and answers; rules are recompiled only
 * when Parameter Store hands over new ones (a refresh, never in a request).
 */
import { loadServiceConfig } from '../../shared/config.ts';
import { createLogger } from '../../shared/logger.ts';
import { createServiceWithSecrets } from '../../shared/service-with-secrets.ts';
import { PowertoolsMetrics } from '../metrics/powertools-recorder.ts';
import { createLambdaHandler } from './lambda.ts';

const env = process.env;
const config = loadServiceConfig({ env });
// Unbatched: each line is written at once, so none is lost when Lambda freezes the process.
const serviceName = env.POWERTOOLS_SERVICE_NAME || config.serviceName;
const logger = createLogger({ serviceName, level: config.logLevel });
// EMF through Powertools, namespace and service from the configuration, once per invocation
const metrics = config.metricsEnabled
  ? new PowertoolsMetrics({ namespace: config.metricsNamespace, serviceName })
  : undefined;
// On demand: a Lambda instance is frozen between invocations, so no timer; the first request
// after the TTL refreshes (bounded wait, stale values on error). The first load belongs to the
// init phase, which may take 10 s on its own clock: it waits longer than a request would (2 s), so
// a cold instance starts with the admin token and the extra rules. No in-flight throttle: one
// request at a time per instance, concurrency is Lambda's.
const { service } = await createServiceWithSecrets(config, {
  mode: 'on-demand',
  readyTimeoutMs: 4000,
  logger,
  ...(metrics ? { metrics: metrics.hooks } : {}),
  runtimeStatus: () => ({
    kind: 'lambda',
    functionName: env.AWS_LAMBDA_FUNCTION_NAME ?? null,
    functionVersion: env.AWS_LAMBDA_FUNCTION_VERSION ?? null,
    memoryMb: env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE ? Number(env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE) : null,
  }),
});

export const handler = createLambdaHandler({ service, logger, ...(metrics ? { metrics } : {}) });
