// The baseline for bench/http.mjs: a bare node:http cluster with the same number of workers as
// the server under test. It reads each request body to the end and answers a fixed JSON verdict,
// so the difference to the real server is exactly our code (routing, middleware, access log,
// parsing, normalisation, YARA-X scan, model, verdict).
//   PORT=5001 WORKERS=2 node bench/http/bare-server.mjs
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';

const port = Number(process.env.PORT ?? 5001);
const workers = Number(process.env.WORKERS ?? 0) || availableParallelism();
const BODY = Buffer.from('{"action":"junk","subAction":"none"}');

if (cluster.isPrimary && workers > 1) {
  for (let i = 0; i < workers; i++) cluster.fork();
  let ready = 0;
  cluster.on('listening', () => {
    if (++ready === workers) console.log(`bare: listening on 127.0.0.1:${port} with ${workers} workers`);
  });
  process.on('SIGTERM', () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
    process.exit(0);
  });
} else {
  const server = createServer((req, res) => {
    req.on('data', () => {});
    req.on('end', () => {
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': BODY.length,
      });
      res.end(BODY);
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, '127.0.0.1', () => {
    if (workers <= 1) console.log(`bare: listening on 127.0.0.1:${port} with 1 worker`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
