/** Real HTTP over 127.0.0.1 for the container tests: an in-process server and small clients. */
import { once } from 'node:events';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import type { TestContext } from 'node:test';
import { arrivalThrottle, loadContainerConfig as loadConfig } from '../../container/config.ts';
import { HttpServer } from '../../container/server.ts';
import type { AdminHooks } from '../../shared/api/http.ts';
import type { Classifier } from '../../shared/classifier/index.ts';
import type { Clock } from '../../shared/clock.ts';
import { createService, type Service } from '../../shared/service.ts';
import { MemoryLog } from '../memory-log.ts';

// Captured before any test mocks the timers: the generous bounds on waiting stay real.
const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout } = globalThis;

export interface TestServer {
  readonly port: number;
  readonly http: HttpServer;
  readonly service: Service;
  readonly sink: MemoryLog;
  /** Every socket the server accepted, to inspect what it read. */
  readonly sockets: net.Socket[];
  close(): Promise<void>;
}

export async function startServer(
  env: Record<string, string> = {},
  options: { classifier?: () => Classifier; admin?: AdminHooks; now?: Clock } = {},
): Promise<TestServer> {
  const config = loadConfig({ env: { HOST: '127.0.0.1', PORT: '0', ...env } });
  const sink = new MemoryLog();
  const logger = sink;
  const service = createService(config, { logger, throttle: arrivalThrottle(config), ...options });
  const server = new HttpServer({
    now: service.now,
    ...(service.throttle && service.throttleAt === 'arrival' ? { throttle: service.throttle } : {}),
    handler: service.handler,
    health: service.health,
    logger,
    maxBodyBytes: config.maxBodyBytes,
    bodyTimeoutMs: config.bodyTimeoutMs,
    keepAliveTimeoutMs: config.keepAliveTimeoutMs,
    headersTimeoutMs: config.headersTimeoutMs,
  });
  const sockets: net.Socket[] = [];
  server.server.on('connection', (s: net.Socket) => sockets.push(s));
  const address = await server.listen(0, '127.0.0.1');
  return {
    port: address.port,
    http: server,
    service,
    sink,
    sockets,
    async close() {
      server.server.closeAllConnections();
      if (server.server.listening) await new Promise((r) => server.server.close(r));
    },
  };
}

export interface Reply {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
  json(): unknown;
}

export function request(
  port: number,
  method: string,
  path: string,
  options: { body?: string | Buffer; headers?: Record<string, string>; agent?: http.Agent | false } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path, headers: options.headers, agent: options.agent ?? false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

export const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

export function classify(
  port: number,
  body: string | Buffer,
  headers: Record<string, string> = JSON_HEADERS,
) {
  return request(port, 'POST', '/v1/classify', { body, headers });
}

/** A raw TCP client: write what you like, collect everything the server sends until it closes. */
export class RawClient {
  readonly socket: net.Socket;
  received = '';
  closed: Promise<void>;
  #ended = false;

  private constructor(socket: net.Socket) {
    this.socket = socket;
    socket.setEncoding('latin1');
    socket.on('data', (d: string) => {
      this.received += d;
    });
    socket.on('error', () => undefined); // a reset is an outcome the tests look at, not a failure
    this.closed = new Promise((resolve) =>
      socket.once('close', () => {
        this.#ended = true;
        resolve();
      }),
    );
  }

  static async connect(port: number): Promise<RawClient> {
    const socket = net.connect(port, '127.0.0.1');
    await once(socket, 'connect');
    return new RawClient(socket);
  }

  write(data: string | Buffer): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.destroyed) return resolve();
      this.socket.write(data, () => resolve());
    });
  }

  /** Resolves once the received text matches; fails if the connection closes first, or after `ms`. */
  waitFor(pattern: RegExp, ms = 10_000): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = this.socket;
      const done = (error?: Error) => {
        realClearTimeout(timer);
        socket.off('data', onData);
        socket.off('close', onClose);
        if (error) reject(error);
        else resolve(this.received);
      };
      const fail = (why: string) => new Error(`no ${pattern} ${why}; got: ${this.received.slice(0, 300)}`);
      const onData = () => {
        if (pattern.test(this.received)) done();
      };
      const onClose = () => done(pattern.test(this.received) ? undefined : fail('before the close'));
      const timer = realSetTimeout(() => done(fail(`within ${ms} ms`)), ms);
      socket.on('data', onData);
      socket.on('close', onClose);
      if (pattern.test(this.received)) done();
      else if (this.#ended) onClose();
    });
  }
}

/** Resolves with the connect error code, or 'connected'. */
export function tryConnect(port: number): Promise<string> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.on('connect', () => {
      s.destroy();
      resolve('connected');
    });
    s.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
  });
}

export function addressOf(server: net.Server): AddressInfo {
  return server.address() as AddressInfo;
}

/** A clock that moves only when told to: the server's arrival stamps, durations and deadlines. */
export class ManualClock {
  ms = 1_000;
  readonly now: Clock = () => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}

/**
 * A manual clock that also moves node:test's mock timers (setTimeout, setInterval): the server's
 * deadline timers fire when the test advances it. A server started under it must close in the test.
 */
export class FakeTime extends ManualClock {
  readonly #t: TestContext;
  constructor(t: TestContext) {
    super();
    this.#t = t;
    t.mock.timers.enable({ apis: ['setTimeout', 'setInterval'] });
  }
  override advance(ms: number): void {
    super.advance(ms);
    this.#t.mock.timers.tick(ms);
  }
}
