/**
 * The Prometheus endpoint: `GET /metrics` on its own port (METRICS_PORT), never on the API port, so
 * it is never behind the ALB and needs no token (keep the port inside the VPC: the task's security
 * group). In a cluster the primary serves it (the workers only hand over their counters); with one
 * worker, the serving process itself.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Snapshot } from '../../shared/metrics/store.ts';
import { PROMETHEUS_CONTENT_TYPE, prometheusText } from './prometheus.ts';

export async function serveMetrics(
  totals: () => Promise<Snapshot>,
  port: number,
  host: string,
): Promise<{ server: http.Server; address: AddressInfo }> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed\n');
      return;
    }
    totals()
      .then(prometheusText)
      .then(
        (text) => {
          res.writeHead(200, { 'content-type': PROMETHEUS_CONTENT_TYPE, 'cache-control': 'no-store' });
          res.end(req.method === 'HEAD' ? undefined : text);
        },
        () => res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n'),
      );
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  server.unref();
  return { server, address: server.address() as AddressInfo };
}
