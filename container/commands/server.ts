import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { ConfigError, flagName } from '../../shared/config-keys.ts';
import type { Log } from '../../shared/logger.ts';
import type { MetricsHooks } from '../../shared/metrics/hooks.ts';
import { createServiceWithSecrets } from '../../shared/service-with-secrets.ts';
import { runPrimary, WORKER_CONFIG_ENV } from '../cluster.ts';
import { singleRefresh, workerRefresh } from '../cluster-refresh.ts';
import {
  arrivalThrottle,
  CONTAINER_KEYS,
  type ContainerConfig,
  loadContainerConfig,
  readConfigFile,
} from '../config.ts';
import { createContainerLogger } from '../logger.ts';
import { startExporters } from '../metrics/exporters.ts';
import { primaryMetrics, servingMetrics } from '../metrics/process-metrics.ts';
import { runServer } from '../server.ts';
import { type Command, type Io, write } from './command.ts';

const keyFlags = CONTAINER_KEYS.map(
  (d) => `  --${flagName(d).padEnd(30)} ${d.key} (default ${d.shownDefault ?? String(d.default)})`,
);
// Secrets (ADMIN_TOKEN, LOG_HASH_KEY) are better not given as flags: other users of the host can
// read a process's arguments. The environment or the config file keep them out of `ps`.

export const serverCommand: Command = {
  path: ['server'],
  summary: 'run the HTTP API (port 5000 by default), one worker per CPU',
  usage: `Usage: smsjunk server [--config FILE] [--KEY VALUE ...]

Serves the HTTP API: POST /v1/classify, GET /health, GET /version,
GET /.well-known/apple-app-site-association (and the operator endpoints when configured).
Configuration: flags > environment > the --config JSON file ({"KEY": value}) > defaults.
Every bad key is reported at once (exit 2). SIGTERM or SIGINT drains and exits.

Options:
  --config FILE                    JSON file of KEY: value pairs
${keyFlags.join('\n')}
  -h, --help                       show this help`,
  async run(args, io) {
    const inherited = io.env[WORKER_CONFIG_ENV];
    if (cluster.isWorker && inherited) return runWorker(JSON.parse(inherited) as ContainerConfig);
    let config: ContainerConfig;
    try {
      config = configFrom(args, io);
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      write(io.stderr, `smsjunk server: invalid configuration\n  ${err.problems.join('\n  ')}`);
      return 2;
    }
    const workers = config.workers === 0 ? availableParallelism() : config.workers;
    const logger = createContainerLogger({ serviceName: config.serviceName, level: config.logLevel });
    if (workers === 1) {
      exitOnUncaught(logger);
      const metrics = config.metricsEnabled ? servingMetrics(false) : undefined;
      const service = await serviceOf(config, logger, metrics?.hooks);
      const exporters = metrics ? await startExporters(config, metrics, logger) : undefined;
      const code = await runServer(config, { logger, service });
      await exporters?.stop();
      return finish(code);
    }
    const metrics = config.metricsEnabled ? primaryMetrics() : undefined;
    const exporters = metrics ? await startExporters(config, metrics, logger) : undefined;
    const code = await runPrimary(
      {
        size: workers,
        config,
        logger,
        restartDelayMs: config.workerRestartDelayMs,
        restartMaxDelayMs: config.workerRestartMaxDelayMs,
        shutdownGraceMs: config.shutdownGraceMs,
        ...(metrics ? { metrics: metrics.pool } : {}),
      },
      (pool) => metrics?.bind(() => pool.workers()),
    );
    await exporters?.stop();
    return finish(code);
  },
};

/** Flags > environment > config file > defaults. */
export function configFrom(args: readonly string[], io: Pick<Io, 'env'>): ContainerConfig {
  const options: Record<string, { type: 'string' }> = { config: { type: 'string' } };
  for (const d of CONTAINER_KEYS) options[flagName(d)] = { type: 'string' };
  const { values } = parseArgs({ args: [...args], options, allowPositionals: false, strict: true });
  const flags: Record<string, string | undefined> = {};
  for (const d of CONTAINER_KEYS) flags[d.key] = values[flagName(d)] as string | undefined;
  const fileName = values.config as string | undefined;
  return loadContainerConfig({
    flags,
    env: io.env,
    ...(fileName ? { file: readConfigFile(fileName), fileName } : {}),
  });
}

/**
 * One serving process's service: secrets refreshed in the background (each worker its own; requests
 * never wait for Parameter Store), requests admitted on arrival, and `/admin/refresh` reaching every
 * worker of the container through the primary (`cluster-refresh.ts`).
 */
async function serviceOf(config: ContainerConfig, logger: Log, metrics?: MetricsHooks) {
  const { service } = await createServiceWithSecrets(config, {
    mode: 'background',
    logger,
    ...(metrics ? { metrics } : {}),
    throttle: arrivalThrottle(config),
    refresh: cluster.isWorker ? workerRefresh : singleRefresh,
  });
  return service;
}

async function runWorker(config: ContainerConfig): Promise<number> {
  const logger = createContainerLogger({ serviceName: config.serviceName, level: config.logLevel });
  exitOnUncaught(logger);
  const service = await serviceOf(
    config,
    logger,
    config.metricsEnabled ? servingMetrics(true).hooks : undefined,
  );
  const code = await runServer(config, { logger, service });
  // the IPC channel to the primary keeps a worker alive: leave explicitly once drained
  process.exit(code);
}

/**
 * A serving process that hit an exception outside any request logs it as one JSON line and exits 1;
 * the cluster primary (or ECS, for a single process) starts a fresh one.
 */
function exitOnUncaught(logger: Log): void {
  process.on('uncaughtException', (err) => {
    logger.critical('uncaught exception, process exits', { error: err, pid: process.pid });
    process.exit(1);
  });
}

/** The server is down; leave even if a stray handle would keep the event loop alive. */
function finish(code: number): number {
  setTimeout(() => process.exit(code), 1000).unref();
  return code;
}
