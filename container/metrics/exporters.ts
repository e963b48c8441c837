/**
 * Where a container's metrics go out: the Prometheus endpoint on METRICS_PORT and the EMF lines on
 * stdout every EMF_INTERVAL_SECONDS, both from one source of totals (the primary's cluster-wide
 * ones, or a single process's own): a scrape takes the workers' last snapshots, the EMF lines ask
 * every worker. `stop()` writes the last interval.
 */
import type { Log } from '../../shared/logger.ts';
import type { Snapshot } from '../../shared/metrics/store.ts';
import type { ContainerConfig } from '../config.ts';
import { EmfWriter } from './emf-writer.ts';
import { serveMetrics } from './endpoint.ts';

export interface Exporters {
  /** The Prometheus endpoint's port; none when METRICS_PORT is off. */
  readonly port: number | undefined;
  stop(): Promise<void>;
}

export interface MetricsSource {
  /** Exact totals (the EMF lines). */
  readonly totals: () => Promise<Snapshot>;
  /** Totals without waiting on a busy worker (a scrape). */
  readonly latest: () => Promise<Snapshot>;
}

export async function startExporters(
  config: ContainerConfig,
  source: MetricsSource,
  logger: Log,
  write: (line: string) => void = (line) => process.stdout.write(line),
): Promise<Exporters> {
  const endpoint =
    config.metricsPort >= 0 ? await serveMetrics(source.latest, config.metricsPort, config.host) : undefined;
  if (endpoint) {
    const { address } = endpoint;
    logger.info('metrics listening', {
      host: address.address,
      port: address.port,
      path: '/metrics',
      pid: process.pid,
    });
  }
  const emf = new EmfWriter({
    namespace: config.metricsNamespace,
    service: config.serviceName,
    runtime: 'container',
    intervalMs: config.emfIntervalSeconds * 1000,
    totals: source.totals,
    write,
  });
  emf.start();
  return {
    port: endpoint?.address.port,
    async stop() {
      endpoint?.server.close();
      endpoint?.server.closeAllConnections();
      await emf.stop();
    },
  };
}
