/**
 * What the server knows about one TCP connection, kept on the socket itself (one symbol-keyed
 * record per connection, nothing per request): how many of its requests still wait for an answer,
 * which one came last, and whether it must close once those are answered (malformed bytes
 * followed them, or the server is draining). `Connection: close` goes on the answer to the last
 * request only: node writes answers in order and stops after the first that closes.
 */
import type { Socket } from 'node:net';

export class Connection {
  /** Requests read on this connection and not answered yet. */
  pending = 0;
  /** The most recent request read on it. */
  latest: object | null = null;
  /** No request after the pending ones will be read: the last answer closes the connection. */
  closing = false;

  constructor(readonly socket: Socket) {}

  /** A request was read (its headers). */
  opened(req: object): void {
    this.pending++;
    this.latest = req;
  }

  /** Its answer went out (or never will: the client is gone). */
  answered(): void {
    if (this.pending > 0) this.pending--;
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
