/**
 * A drain that loses nothing. Against the built container (cluster included): 100 keep-alive
 * connections kept busy through SIGTERM see no reset, every connection ends on an answer that
 * says `Connection: close`, and the process exits 0; a request cut at the end of the grace period
 * is logged and the exit code is 1. In process: a request on the wire when the drain starts is
 * answered (and an idle connection closed), and a drain asked for while work is queued starts
 * before that work is done.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import http from 'node:http';
import { after, describe, it } from 'node:test';
import type { Classifier } from '../../shared/classifier/index.ts';
import { classifyBody, smallClassifier } from '../api/fixtures.ts';
import { smallPack } from '../small-pack.ts';
import { BUILT, BuiltServer } from './built.ts';
import { ManualClock, RawClient, startServer } from './helpers.ts';

const BODY = classifyBody('Congratulations, you have WON a prize, call 09061701461', '87121');

interface Outcome {
  answers: number;
  /** The connection ended on an answer saying `Connection: close`. */
  closed: boolean;
  error?: string;
}

/** One keep-alive connection sending classify requests back to back until told to close. */
async function busyConnection(port: number, onAnswer: () => void): Promise<Outcome> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const outcome: Outcome = { answers: 0, closed: false };
  try {
    for (;;) {
      const r = await new Promise<{ close: boolean } | { error: string }>((resolve) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/v1/classify',
            agent,
            headers: { 'content-type': 'application/json' },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve({ close: res.headers.connection === 'close' }));
          },
        );
        req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
        req.end(BODY);
      });
      if ('error' in r) {
        outcome.error = r.error;
        return outcome;
      }
      outcome.answers++;
      onAnswer();
      if (r.close) {
        outcome.closed = true;
        return outcome;
      }
    }
  } finally {
    agent.destroy();
  }
}

describe('drain of the built container', { skip: !BUILT }, () => {
  const servers: BuiltServer[] = [];
  after(() => {
    for (const s of servers) s.stop();
  });

  it('returns an answer to every request on 100 busy keep-alive connections through SIGTERM: no reset, each ends on Connection: close, exit 0', async (t) => {
    const s = new BuiltServer(2, smallPack());
    servers.push(s);
    const port = await s.port();
    let answered = 0;
    let warm: () => void = () => {};
    const warmedUp = new Promise<void>((r) => {
      warm = r;
    });
    const connections = Array.from({ length: 100 }, () =>
      busyConnection(port, () => {
        if (++answered === 500) warm();
      }),
    );
    await warmedUp; // every connection open and busy
    s.signal('SIGTERM');
    const outcomes = await Promise.all(connections);
    const code = await s.exited;
    const errors = outcomes.filter((o) => o.error !== undefined).map((o) => o.error);
    t.diagnostic(`${answered} answers, ${errors.length} errors, exit ${code}`);
    assert.deepEqual(errors, [], 'no request was reset');
    assert.equal(outcomes.filter((o) => o.closed).length, 100, 'each connection ended on Connection: close');
    assert.equal(code, 0);
    assert.equal(s.lines.filter((l) => l.message === 'draining').length, 2, 'both workers drained');
    assert.equal(s.lines.filter((l) => l.message === 'request cut at the end of the grace period').length, 0);
    assert.deepEqual(s.foreign, []);
  });

  it('logs a request cut at the end of the grace period and exits 1', async () => {
    const s = new BuiltServer(2, { SHUTDOWN_GRACE_MS: '300', ...smallPack() });
    servers.push(s);
    const port = await s.port();
    const c = await RawClient.connect(port);
    await c.write(
      'POST /v1/classify HTTP/1.1\r\nHost: x\r\nX-Request-Id: cut-me\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":',
    );
    s.signal('SIGTERM');
    const [cut] = await s.waitFor(
      (l) => l.message === 'request cut at the end of the grace period',
      'cut line',
    );
    assert.equal(cut?.level, 'WARN');
    assert.equal(cut?.path, '/v1/classify');
    assert.equal(cut?.clientIp, '127.0.0.1');
    assert.equal(cut?.stage, 'reading body');
    assert.equal(await s.exited, 1, 'the exit code says a request was cut');
    await c.closed;
  });
});

describe('drain in process', () => {
  it('answers a request already on the wire when the drain starts, with Connection: close, and closes an idle connection', async () => {
    const s = await startServer({}, { classifier: smallClassifier });
    try {
      const [idle, busy] = [await RawClient.connect(s.port), await RawClient.connect(s.port)];
      for (const c of [idle, busy]) {
        await c.write('GET /version HTTP/1.1\r\nHost: x\r\n\r\n');
        await c.waitFor(/"rulesVersion"/);
      }
      // Both connections are idle to the server. In this tick the client sends its next request on
      // one and the drain begins, before the server has read a byte of it.
      busy.received = '';
      busy.socket.write('GET /version HTTP/1.1\r\nHost: x\r\n\r\n');
      const drained = s.http.drain(30_000);
      assert.match(
        await busy.waitFor(/"rulesVersion"/),
        /^HTTP\/1\.1 200 OK\r\n.*\r\nconnection: close\r\n/is,
      );
      await busy.closed;
      await idle.closed;
      assert.equal(await drained, true);
    } finally {
      await s.close();
    }
  });

  it('starts a drain asked for while work is queued before that work is done', async () => {
    // The classifier stand-in costs 30 ms on the server's clock (more than a run-queue turn) and asks
    // for the drain during the first classification, as a SIGTERM arriving then would.
    const clock = new ManualClock();
    const real = smallClassifier();
    let signalled = false;
    const slow = Object.create(real, {
      classify: {
        value: (input: Parameters<Classifier['classify']>[0]) => {
          clock.advance(30);
          if (!signalled) {
            signalled = true;
            process.kill(process.pid, 'SIGUSR2');
          }
          return real.classify(input);
        },
      },
    }) as Classifier;
    const s = await startServer({}, { classifier: () => slow, now: clock.now });
    process.once('SIGUSR2', () => void s.http.drain(30_000));
    try {
      const clients = await Promise.all(Array.from({ length: 10 }, () => RawClient.connect(s.port)));
      while (s.sockets.length < 10) await once(s.http.server, 'connection');
      const head = `POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${BODY.length}\r\n\r\n`;
      for (const c of clients) c.socket.write(head + BODY);
      const texts = await Promise.all(clients.map((c) => c.waitFor(/\{"action":.*\}/s)));
      const closing = texts.filter((x) => /\r\nconnection: close\r\n/i.test(x)).length;
      assert.equal(closing, 9, 'every answer after the one running when the drain was asked closes');
    } finally {
      await s.close();
    }
  });
});
