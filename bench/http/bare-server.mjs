// The floor for bench/http.mjs: a bare node:http cluster with as many workers as the server under
// test, that reads each body, parses the same JSON and calls the same classifier (bundled rules
// and model, built once per worker), and answers the verdict. No routing, middleware, validation
// or log: what the real server costs beyond this is our code's overhead.
// bench/http.mjs bundles it with build.mjs's own esbuild settings, so the classifier code is the
// server's, byte for byte:   node dist/bench-bare/bare-server.mjs   (PORT=5001 WORKERS=2)
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { createClassifier } from '../../shared/classifier/index.ts';

const port = Number(process.env.PORT ?? 5001);
const workers = Number(process.env.WORKERS ?? 0) || availableParallelism();

if (cluster.isPrimary && workers > 1) {
  cluster.schedulingPolicy = cluster.SCHED_RR; // as the server's primary
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
  const classifier = createClassifier();
  const server = createServer((req, res) => {
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': 2 });
      res.end('ok');
      return;
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const doc = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const v = classifier.classify({
        sender: doc.query?.sender ?? '',
        text: doc.query?.message?.text ?? '',
      });
      const body = JSON.stringify({ action: v.action, subAction: v.subAction });
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
    });
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, '127.0.0.1', () => {
    if (workers <= 1) console.log(`bare: listening on 127.0.0.1:${port} with 1 worker`);
  });
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}
