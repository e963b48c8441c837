/**
 * Overload over real HTTP: classification is synchronous, so the deadline and the throttle must
 * count from each request's arrival. The classifier here is a stand-in (the real small rule set)
 * that costs a fixed 30 ms on the server's clock: an injected clock that only moves when a
 * classification runs, so the figures below are exact and no test waits on wall time.
 *
 * The requests come in on separate connections written in one tick of this process, which also
 * runs the server: they are all in the server's socket buffers before its event loop reads any,
 * as requests that arrive while the loop is busy would be.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { describe, it } from 'node:test';
import type { Classifier } from '../../shared/classifier/index.ts';
import { classifyBody, smallClassifier } from '../api/fixtures.ts';
import { ManualClock, RawClient, startServer, type TestServer } from './helpers.ts';

const COST_MS = 30;

/** The real classifier, each classification costing COST_MS on the server's clock. */
function costly(clock: ManualClock): () => Classifier {
  const real = smallClassifier();
  const slow = Object.create(real, {
    classify: {
      value: (input: Parameters<Classifier['classify']>[0]) => {
        clock.advance(COST_MS);
        return real.classify(input);
      },
    },
  }) as Classifier;
  return () => slow;
}

/** `n` classify requests on `n` connections, all written in the same tick; their raw answers. */
async function burst(s: TestServer, n: number): Promise<{ status: number; text: string }[]> {
  const clients = await Promise.all(Array.from({ length: n }, () => RawClient.connect(s.port)));
  while (s.sockets.length < n) await once(s.http.server, 'connection');
  const body = classifyBody('you won a prize');
  const head = `POST /v1/classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
  for (const c of clients) c.socket.write(head + body);
  const texts = await Promise.all(clients.map((c) => c.waitFor(/\r\n\r\n\{.*\}/s)));
  for (const c of clients) c.socket.destroy();
  return texts.map((text) => ({ status: Number(text.slice(9, 12)), text }));
}

describe('overload', () => {
  it('returns 503 at once to requests whose deadline passed while they waited, and no 200 later than TIMEOUT_MS after arrival plus one classification', async () => {
    const clock = new ManualClock();
    const s = await startServer({ TIMEOUT_MS: '100' }, { classifier: costly(clock), now: clock.now });
    try {
      const answers = await burst(s, 10);
      // started at 0, 30, 60 and 90 ms after arrival: in time; the fifth would start at 120
      assert.deepEqual(
        answers.map((a) => a.status).sort(),
        [200, 200, 200, 200, 503, 503, 503, 503, 503, 503],
      );
      for (const a of answers.filter((x) => x.status === 503)) assert.match(a.text, /"code":"timeout"/);
      const lines = s.sink.records().filter((r) => r.message === 'request');
      assert.equal(lines.length, 10);
      for (const l of lines) {
        if (l.status === 200)
          assert.ok(Number(l.durationMs) <= 100 + COST_MS, `a 200 after ${l.durationMs} ms`);
        else assert.equal(l.error, 'timeout');
      }
      assert.equal(clock.ms - 1_000, 4 * COST_MS, 'the late ones cost no classification');
    } finally {
      await s.close();
    }
  });

  it('counts requests from their arrival: over THROTTLE_LIMIT with no backlog, a 429 at once', async () => {
    const clock = new ManualClock();
    const s = await startServer(
      { THROTTLE_LIMIT: '1', THROTTLE_BACKLOG: '0', TIMEOUT_MS: '200' },
      { classifier: costly(clock), now: clock.now },
    );
    try {
      const answers = await burst(s, 26);
      const statuses = answers.map((a) => a.status);
      assert.equal(statuses.filter((x) => x === 200).length, 1, JSON.stringify(statuses));
      assert.equal(statuses.filter((x) => x === 429).length, 25);
      for (const a of answers.filter((x) => x.status === 429)) assert.match(a.text, /retry-after: 1\r\n/i);
      assert.deepEqual(s.service.throttle?.stats().inFlight, 0, 'every slot given back');
    } finally {
      await s.close();
    }
  });
});
