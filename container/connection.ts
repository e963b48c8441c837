/**
 * What the server knows about one TCP connection, kept on the socket itself (one symbol-keyed
 * record per connection, nothing per request): how many of its requests still wait for an answer,
 * which one came last, and whether it must close once those are answered (malformed bytes
 * followed them, or the server is draining). `Connection: close` goes on the answer to the last
 * request only: node writes answers in order and stops after the first that closes.
 *
 * During a drain a connection is idle when nothing is pending, nothing is left to write and no
 * byte came in since its last answer; one idle through a whole sweep interval is closed (a busy
 * one gets its next request answered with `Connection: close` instead, so no request that is
 * already on the wire meets a closed socket).
 */
import type { Socket } from 'node:net';

export class Connection {
  /** Requests read on this connection and not answered yet. */
  pending = 0;
  /** The most recent request read on it. */
  latest: object | null = null;
  /** No request after the pending ones will be read: the last answer closes the connection. */
  closing = false;
  /** `bytesRead` when the last answer went out: more means a next request has begun. */
  readAtAnswer = 0;
  /** `bytesRead` at the drain sweep that found it idle, or -1. */
  idleAt = -1;

  constructor(readonly socket: Socket) {}

  /** A request was read (its headers). */
  opened(req: object): void {
    this.pending++;
    this.latest = req;
  }

  /** Its answer went out (or never will: the client is gone). */
  answered(): void {
    if (this.pending > 0) this.pending--;
    this.readAtAnswer = this.socket.bytesRead;
  }

  /** No request pending or begun, nothing left to write. */
  get idle(): boolean {
    const s = this.socket;
    return this.pending === 0 && s.writableLength === 0 && s.bytesRead === this.readAtAnswer;
  }

  /** One drain sweep: true when it was idle at the previous sweep too, with no byte since. */
  idleThroughSweep(): boolean {
    if (!this.idle) {
      this.idleAt = -1;
      return false;
    }
    const read = this.socket.bytesRead;
    if (this.idleAt === read) return true;
    this.idleAt = read;
    return false;
  }
}

const CONNECTION = Symbol('smsjunk.connection');

type Tracked = Socket & { [CONNECTION]?: Connection };

export function connectionOf(socket: Socket): Connection {
  const s = socket as Tracked;
  let c = s[CONNECTION];
  if (c === undefined) {
    c = new Connection(socket);
    s[CONNECTION] = c;
  }
  return c;
}
