/**
 * The node:http adapter: an IncomingMessage in, a NeutralRequest to the shared handler, the
 * NeutralResponse back out. It only translates, plus what only a socket owner can do:
 *
 * - reads the body with a hard cap: past `maxBodyBytes` it stops reading and answers 413 with
 *   `Connection: close` (a declared Content-Length over the cap is refused before reading a byte);
 *   a body slower than `bodyTimeoutMs` is a 408; a client that goes away is noticed (logged as 499);
 * - HEAD answers carry the headers of GET and no body;
 * - timeouts so slow or half-open clients are cut off: keep-alive above the ALB's 60 s idle timeout,
 *   headers timeout above that, the body timeout, and node's request timeout as a backstop;
 * - every request gets an answer in our JSON error format, or a log line saying why not: malformed
 *   HTTP gets a JSON 400/408/431 (after the pending answer on that connection, if any: a valid
 *   request followed by garbage is answered, then the connection closes), a broken chunked body a
 *   400, an unknown `Expect` a 417, a missing `Host` a 400 and `CONNECT` a 501, all through the
 *   chain and its access log, where node would answer bare or just close;
 * - graceful drain: `/health` turns 503 and the listener closes; every request already read is
 *   answered, each answer on an open connection says `Connection: close`, and a connection idle for
 *   a whole `drainIdleMs` is closed (never one whose next request may be on the wire: node's own
 *   `close()` resets those). At the end of the grace period whatever is left is cut, each cut
 *   request logged.
 */
import { once } from 'node:events';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';
import { decodePath } from '../shared/api/contract.ts';
import {
  BadRequestError,
  ClientClosedError,
  ExpectationFailedError,
  errorResponse,
  type HttpError,
  NotImplementedError,
  PayloadTooLargeError,
  RequestTimeoutError,
  TooManyRequestsError,
} from '../shared/api/errors.ts';
import { type Handler, type NeutralRequest, type NeutralResponse, RequestState } from '../shared/api/http.ts';
import { type Clock, monotonic } from '../shared/clock.ts';
import { type DeadlineEntry, DeadlineList } from '../shared/deadline-list.ts';
import type { Log } from '../shared/logger.ts';
import { type Health, isHeartbeat } from '../shared/middleware/heartbeat.ts';
import { newRequestId } from '../shared/middleware/request-id.ts';
import type { Throttle } from '../shared/middleware/throttle.ts';
import { createService, type Service } from '../shared/service.ts';
import { clientErrorFor, writeRawError } from './client-error.ts';
import { arrivalThrottle, type ContainerConfig } from './config.ts';
import { type Connection, connectionOf } from './connection.ts';
import { createContainerLogger } from './logger.ts';
import { type Queued, RunQueue } from './run-queue.ts';

export type ServerTimeouts = Pick<
  ContainerConfig,
  'maxBodyBytes' | 'bodyTimeoutMs' | 'keepAliveTimeoutMs' | 'headersTimeoutMs'
>;

export interface HttpServerOptions extends ServerTimeouts {
  readonly handler: Handler;
  readonly health: Health;
  readonly logger: Log;
  /** The clock of `receivedAt` (the service's middleware must use the same); default `performance.now()`. */
  readonly now?: Clock;
  /**
   * Admission on arrival (a service built with `throttle.at: 'arrival'`): a slot is taken as each
   * request arrives, before its body is read, and given back once it is answered.
   */
  readonly throttle?: Throttle;
  /** Work per run-queue turn before node gets to read sockets, timers and signals again. */
  readonly sliceMs?: number;
  /** During a drain, how long a connection must stay idle before it is closed. Default 500. */
  readonly drainIdleMs?: number;
}

export const DEFAULT_DRAIN_IDLE_MS = 500;

/** Per-request state lives on the request itself: no closures per request. */
class Incoming extends http.IncomingMessage implements DeadlineEntry<Incoming>, Queued<Incoming> {
  owner: HttpServer | null = null;
  response: ServerResponse | null = null;
  /** When its headers were read (the server's clock). */
  receivedAt = 0;
  /** The TCP peer, read on arrival: a socket that is gone by the answer has no address any more. */
  peer = '';
  /** Holds a throttle slot, given back once the request is answered. */
  admitted = false;
  chunks: Buffer[] = [];
  size = 0;
  settled = false;
  body: Uint8Array | null = null;
  /** Place in the body-deadline list while the body is being read. */
  due = 0;
  prev: Incoming | null = null;
  next: Incoming | null = null;
  /** Place in the run queue once the body is in. */
  queuedNext: Incoming | null = null;
  /** Its context once the chain runs (the request id, for a line if it is cut). */
  context: RequestState | null = null;
}

function onBodyData(this: Incoming, chunk: Buffer): void {
  if (this.settled) return;
  this.size += chunk.length;
  const owner = this.owner as HttpServer;
  if (this.size > owner.maxBodyBytes) {
    this.pause(); // stop reading: the rest stays on the wire and the connection is closed
    settleBody(this, new PayloadTooLargeError(owner.maxBodyBytes));
    return;
  }
  this.chunks.push(chunk);
}

function onBodyEnd(this: Incoming): void {
  settleBody(this, undefined);
}

function onBodyAborted(this: Incoming): void {
  settleBody(this, new ClientClosedError());
}

function onBodyTimeout(req: Incoming): void {
  req.pause();
  settleBody(req, new RequestTimeoutError());
}

/**
 * A body no message needs (a long SMS is a few KB of JSON): it waits in the run queue's heavy lane,
 * which gets a bounded share of the time while ordinary requests wait.
 */
export const HEAVY_BODY_BYTES = 8 * 1024;

function isHeavyBody(req: Incoming): boolean {
  return req.size > HEAVY_BODY_BYTES;
}

/** The body is in (or will never be): a failure is answered at once, a body waits for its turn. */
function settleBody(req: Incoming, error: Error | undefined): void {
  if (req.settled) return;
  req.settled = true;
  const owner = req.owner as HttpServer;
  owner.bodyDeadlines.remove(req);
  const chunks = req.chunks;
  req.chunks = [];
  if (error) {
    owner.dispatch(req, error);
    return;
  }
  if (req.size > 0) req.body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, req.size);
  owner.runQueue.push(req);
}

/**
 * An answer given without reading the body closes the connection (the rest stays on the wire),
 * except a 429 before a body of declared length: node reads and drops that one (it is at most
 * MAX_BODY_BYTES), and closing with it unread would reset the connection under the 429.
 */
function mustClose(req: Incoming, bodyError: Error | undefined): boolean {
  if (bodyError === undefined) return false;
  return !(bodyError instanceof TooManyRequestsError && req.headers['transfer-encoding'] === undefined);
}

function runQueued(req: Incoming): void {
  // a client that left while its request waited gets no work done for it (its line says 499)
  (req.owner as HttpServer).dispatch(req, req.socket.destroyed ? new ClientClosedError() : undefined);
}

/** `/a/b?x=1` -> `/a/b`; absolute-form targets reduced to their path. */
function pathOf(url: string): string {
  const q = url.indexOf('?');
  let raw = q < 0 ? url : url.slice(0, q);
  if (raw.charCodeAt(0) !== 47 /* / */ && raw !== '*') {
    try {
      raw = new URL(raw).pathname;
    } catch {
      // not a URL either: routed as-is, ends in a 404
    }
  }
  try {
    return decodePath(raw);
  } catch {
    return raw;
  }
}

export class HttpServer {
  readonly server: http.Server;
  readonly maxBodyBytes: number;
  /** @internal */
  readonly bodyDeadlines: DeadlineList<Incoming>;
  /** @internal */
  readonly runQueue: RunQueue<Incoming>;
  readonly #handler: Handler;
  readonly #health: Health;
  readonly #logger: Log;
  readonly #now: Clock;
  readonly #throttle: Throttle | undefined;
  readonly #drainIdleMs: number;
  /** Open connections, for the drain. */
  readonly #connections = new Set<Connection>();
  /** Requests read and not answered yet, to log any the grace period cuts. */
  readonly #inFlight = new Set<Incoming>();
  #draining = false;
  #drained: Promise<boolean> | undefined;

  constructor(options: HttpServerOptions) {
    this.#handler = options.handler;
    this.#health = options.health;
    this.#logger = options.logger;
    this.#now = options.now ?? monotonic;
    this.#throttle = options.throttle;
    this.#drainIdleMs = options.drainIdleMs ?? DEFAULT_DRAIN_IDLE_MS;
    this.maxBodyBytes = options.maxBodyBytes;
    this.bodyDeadlines = new DeadlineList<Incoming>(options.bodyTimeoutMs, onBodyTimeout, this.#now);
    this.runQueue = new RunQueue<Incoming>(runQueued, {
      ...(options.sliceMs !== undefined ? { sliceMs: options.sliceMs } : {}),
      now: this.#now,
      isHeavy: isHeavyBody,
    });
    this.server = http.createServer({
      IncomingMessage: Incoming,
      keepAliveTimeout: options.keepAliveTimeoutMs,
      headersTimeout: options.headersTimeoutMs,
      // node's own whole-request deadline, a backstop behind the headers and body timeouts
      requestTimeout: options.headersTimeoutMs + options.bodyTimeoutMs,
      // how often node checks those deadlines (its default, 30 s, would let them slip)
      connectionsCheckingInterval: Math.max(100, Math.min(1000, Math.floor(options.headersTimeoutMs / 4))),
      noDelay: true,
      joinDuplicateHeaders: true,
      // our own check answers a missing Host in the JSON format (node's is a bare 400)
      requireHostHeader: false,
    });
    this.server.on('connection', (socket: Socket) => this.#onConnection(socket));
    this.server.on('request', (req: Incoming, res: ServerResponse) => this.#onRequest(req, res));
    this.server.on('checkContinue', (req: Incoming, res: ServerResponse) => this.#onCheckContinue(req, res));
    this.server.on('checkExpectation', (req: Incoming, res: ServerResponse) => {
      this.#arrive(req, res);
      this.dispatch(req, new ExpectationFailedError());
    });
    this.server.on('connect', (req: Incoming, socket: Socket) => this.#onConnect(req, socket));
    this.server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) =>
      this.#onClientError(err, socket),
    );
  }

  get draining(): boolean {
    return this.#draining;
  }

  async listen(port: number, host: string): Promise<AddressInfo> {
    this.server.listen(port, host);
    await once(this.server, 'listening');
    return this.server.address() as AddressInfo;
  }

  #onConnection(socket: Socket): void {
    const conn = connectionOf(socket);
    this.#connections.add(conn);
    socket.once('close', () => this.#connections.delete(conn));
  }

  #declaredTooLarge(req: IncomingMessage): boolean {
    const declared = req.headers['content-length'];
    return declared !== undefined && Number(declared) > this.maxBodyBytes;
  }

  /** Stamps the arrival: the access log's duration and the deadline count from here. */
  #arrive(req: Incoming, res: ServerResponse): void {
    if (req.owner !== null) return;
    req.owner = this;
    req.response = res;
    req.receivedAt = this.#now();
    req.peer = req.socket.remoteAddress ?? '';
    connectionOf(req.socket).opened(req);
    this.#inFlight.add(req);
  }

  #onRequest(req: Incoming, res: ServerResponse): void {
    this.#arrive(req, res);
    if (req.headers.host === undefined && req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
      this.dispatch(
        req,
        new BadRequestError('an HTTP/1.1 request needs a Host header', undefined, 'missing_host'),
      );
      return;
    }
    if (isHeartbeat(req)) {
      this.dispatch(req, undefined); // load-balancer probes pass the throttle and the queue
      return;
    }
    if (this.#declaredTooLarge(req)) {
      this.dispatch(req, new PayloadTooLargeError(this.maxBodyBytes));
      return;
    }
    const throttle = this.#throttle;
    if (!throttle || throttle.tryAcquire()) {
      req.admitted = throttle !== undefined;
      this.#readBody(req);
      return;
    }
    const waiting = throttle.wait();
    if (waiting === false) {
      this.dispatch(req, new TooManyRequestsError(throttle.retryAfterSeconds));
      return;
    }
    waiting.then((granted) => {
      if (req.settled) {
        if (granted) throttle.release(); // answered meanwhile (its connection broke)
        return;
      }
      if (!granted) {
        this.dispatch(
          req,
          new TooManyRequestsError(throttle.retryAfterSeconds, 'timed out waiting for capacity, retry later'),
        );
        return;
      }
      req.admitted = true;
      if (req.socket.destroyed) this.dispatch(req, new ClientClosedError());
      else this.#readBody(req);
    });
  }

  /** Reads the body behind its deadline; the request joins the run queue once it is in. */
  #readBody(req: Incoming): void {
    const headers = req.headers;
    if (headers['content-length'] === undefined && headers['transfer-encoding'] === undefined) {
      settleBody(req, undefined);
      return;
    }
    this.bodyDeadlines.add(req);
    req.on('data', onBodyData);
    req.on('end', onBodyEnd);
    req.on('error', onBodyAborted);
  }

  /** `Expect: 100-continue`: refuse an oversized body before the client sends it. */
  #onCheckContinue(req: Incoming, res: ServerResponse): void {
    this.#arrive(req, res);
    if (this.#declaredTooLarge(req)) {
      this.dispatch(req, new PayloadTooLargeError(this.maxBodyBytes));
      return;
    }
    res.writeContinue();
    this.#onRequest(req, res);
  }

  /**
   * @internal Runs the shared chain and writes its one answer: once the body is in (from the run
   * queue), or at once for a request refused before its body was read.
   */
  dispatch(req: Incoming, bodyError: Error | undefined): void {
    req.settled = true;
    const neutral: NeutralRequest = {
      method: req.method ?? 'GET',
      path: pathOf(req.url ?? '/'),
      headers: req.headers as Record<string, string>,
      body: req.body,
      remoteAddress: req.peer,
      bodyError,
      receivedAt: req.receivedAt,
    };
    req.body = null;
    const ctx = new RequestState();
    req.context = ctx;
    let answer: Promise<NeutralResponse>;
    try {
      answer = this.#handler(neutral, ctx);
    } catch (err) {
      answer = Promise.reject(err);
    }
    answer
      .catch((err: unknown) => {
        // the chain has its own recoverer; this is the last line of defence
        this.#logger.error('handler chain failed', { error: err });
        return errorResponse(err);
      })
      .then((res) => this.#write(req, req.response as ServerResponse, res, mustClose(req, bodyError)))
      .catch((err: unknown) => this.#logger.error('writing an answer failed', { error: err }))
      .finally(() => this.#release(req));
  }

  /** The request is answered (or its client gone): its throttle slot goes back, once. */
  #release(req: Incoming): void {
    this.#inFlight.delete(req);
    connectionOf(req.socket).answered();
    if (!req.admitted) return;
    req.admitted = false;
    this.#throttle?.release();
  }

  /** `CONNECT`: node has handed us the raw socket; a 501 through the chain, then close. */
  #onConnect(req: Incoming, socket: Socket): void {
    const res = new http.ServerResponse(req);
    res.shouldKeepAlive = false;
    res.assignSocket(socket);
    res.on('finish', () => socket.destroySoon());
    this.#arrive(req, res);
    this.dispatch(req, new NotImplementedError('CONNECT is not supported'));
  }

  /**
   * One `writeHead(status, flatHeaderArray)` and one `end(body)`: no `setHeader` calls, the length
   * known up front, and a string body goes out in the same write as the head.
   */
  #write(req: IncomingMessage, res: ServerResponse, answer: NeutralResponse, bodyUnread: boolean): void {
    if (res.writableEnded || res.destroyed || req.socket.destroyed) return; // client gone: nothing to write
    const headers = answer.headers;
    const body = answer.body;
    const flat: string[] = [];
    for (const name in headers) {
      if (name === 'content-length' || name === 'connection') continue; // ours to set
      flat.push(name, headers[name] as string);
    }
    flat.push('content-length', String(typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength));
    const conn = connectionOf(req.socket);
    if (bodyUnread || ((this.#draining || conn.closing) && conn.latest === req))
      flat.push('connection', 'close');
    res.writeHead(answer.status, flat);
    if (req.method === 'HEAD') res.end();
    else res.end(body);
  }

  /**
   * Malformed HTTP, oversized headers, headers too slow. With a request still to be answered on the
   * connection, that answer goes out first (with `Connection: close`), and a request whose body the
   * bad bytes broke gets the JSON error as its answer. Otherwise a raw JSON answer, then close.
   */
  #onClientError(err: NodeJS.ErrnoException, socket: Socket): void {
    const code = err.code ?? 'ERR';
    if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'HPE_INVALID_EOF_STATE' || !socket.writable) {
      socket.destroy(); // the client is gone (or closed mid-request): what it left half-read logs a 499
      return;
    }
    const conn = connectionOf(socket);
    if (conn.closing && conn.pending > 0) return; // the same broken stream again: already handled
    conn.closing = true;
    const error = clientErrorFor(code);
    const latest = conn.latest as Incoming | null;
    if (conn.pending > 0 && latest !== null) {
      // a request whose body the bad bytes broke gets the error as its answer
      if (!latest.complete && !latest.settled) settleBody(latest, error);
      else this.#logClientError(socket, code, error, newRequestId(), 'closed after the pending answer');
      return;
    }
    const id = newRequestId();
    writeRawError(socket, error, id);
    this.#logClientError(socket, code, error, id, 'answered');
  }

  #logClientError(socket: Socket, code: string, error: HttpError, requestId: string, outcome: string): void {
    this.#logger.info('client error', {
      status: error.status,
      code,
      error: error.code,
      outcome,
      requestId,
      clientIp: socket.remoteAddress ?? '',
    });
  }

  /**
   * Graceful drain: `/health` -> 503, stop accepting, answer every request already read (each
   * answer closing its connection), close connections that stay idle, and at the end of `graceMs`
   * cut what is left, logging each cut request. Resolves true when everything finished in time.
   */
  drain(graceMs: number): Promise<boolean> {
    if (this.#drained) return this.#drained;
    this.#draining = true;
    this.#health.startDraining();
    this.#drained = new Promise<boolean>((resolve) => {
      const sweep = setInterval(() => this.#closeIdle(), this.#drainIdleMs);
      const grace = setTimeout(() => {
        clearInterval(sweep);
        for (const req of this.#inFlight) this.#logCut(req);
        this.server.closeAllConnections();
        resolve(false);
      }, graceMs);
      // net's close: stop accepting, call back once every connection has closed. (http's close
      // would also destroy every connection idle at this instant, and reset the request that the
      // client may already have sent on it.)
      net.Server.prototype.close.call(this.server, () => {
        clearInterval(sweep);
        clearTimeout(grace);
        resolve(true);
      });
      this.#closeIdle();
    });
    return this.#drained;
  }

  /** A drain sweep: connections idle since the previous one are closed. */
  #closeIdle(): void {
    for (const conn of this.#connections) if (conn.idleThroughSweep()) conn.socket.destroy();
  }

  /** One line per request the grace period cut: what it was, and how far it got. */
  #logCut(req: Incoming): void {
    let stage = 'handling';
    if (!req.settled) stage = req.admitted || !this.#throttle ? 'reading body' : 'waiting for capacity';
    else if (req.context === null) stage = 'queued';
    this.#logger.warn('request cut at the end of the grace period', {
      method: req.method ?? '',
      path: pathOf(req.url ?? '/'),
      requestId: req.context?.requestId ?? '',
      clientIp: req.context?.clientIp || req.peer,
      durationMs: Math.round((this.#now() - req.receivedAt) * 1000) / 1000,
      stage,
    });
  }

  /** Requests read and not yet answered. */
  get inFlight(): number {
    return this.#inFlight.size;
  }
}

export interface RunServerOptions {
  /** Default: the service's logger. */
  readonly logger?: Log;
  /** The prepared service (tests, the secrets layer); default: `createService(config)`. */
  readonly service?: Service;
  /** Called once listening, with the bound address. */
  readonly onListening?: (address: AddressInfo) => void;
  /** Signals that start the drain; default SIGTERM and SIGINT. */
  readonly signals?: readonly NodeJS.Signals[];
}

/**
 * One serving process (the whole service with WORKERS=1, or one cluster worker): build the service,
 * listen, and on SIGTERM/SIGINT drain. Resolves with the exit code: 0 when every in-flight request
 * finished within the grace period, 1 when some had to be cut.
 */
export async function runServer(config: ContainerConfig, options: RunServerOptions = {}): Promise<number> {
  const logger =
    options.logger ??
    options.service?.logger ??
    createContainerLogger({ serviceName: config.serviceName, level: config.logLevel });
  const service = options.service ?? createService(config, { logger, throttle: arrivalThrottle(config) });
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
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  // The handlers first: a signal that arrives as the server starts is already a drain, never a kill.
  const done = new Promise<number>((resolve) => {
    function onSignal(signal: NodeJS.Signals): void {
      for (const s of signals) process.removeListener(s, onSignal);
      logger.info('draining', { signal, graceMs: config.shutdownGraceMs, pid: process.pid });
      server.drain(config.shutdownGraceMs).then((clean) => {
        if (clean) logger.info('drained', { pid: process.pid });
        else logger.warn('grace period over, remaining connections cut; exit code 1', { pid: process.pid });
        resolve(clean ? 0 : 1);
      });
    }
    for (const s of signals) process.on(s, onSignal);
  });
  const address = await server.listen(config.port, config.host);
  logger.info('listening', { host: address.address, port: address.port, pid: process.pid });
  options.onListening?.(address);
  return done;
}
