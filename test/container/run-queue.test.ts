/**
 * The run queue's lanes on an injected clock: each item "costs" what it advances the clock by, so
 * the shares are exact and no test waits on real time.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Queued, RunQueue } from '../../container/run-queue.ts';

interface Job extends Queued<Job> {
  readonly ms: number;
  readonly heavy: boolean;
  readonly id: number;
}

function setup(heavyShare?: number) {
  let now = 0;
  const ran: Job[] = [];
  const q = new RunQueue<Job>(
    (j) => {
      now += j.ms;
      ran.push(j);
    },
    { now: () => now, isHeavy: (j) => j.heavy, ...(heavyShare !== undefined ? { heavyShare } : {}) },
  );
  let id = 0;
  const job = (ms: number, heavy: boolean): Job => ({ ms, heavy, id: id++, queuedNext: null });
  /** Runs turns until the queue is empty (each turn is what setImmediate would run). */
  const drain = () => {
    while (q.length > 0) q.turn();
  };
  return { q, ran, job, drain, time: () => now };
}

describe('RunQueue', () => {
  it('runs ordinary items in arrival order', () => {
    const { q, ran, job, drain } = setup();
    for (let i = 0; i < 5; i++) q.push(job(0.1, false));
    drain();
    assert.deepEqual(
      ran.map((j) => j.id),
      [0, 1, 2, 3, 4],
    );
  });

  it('gives heavy items at most their share of the time while ordinary ones wait', (t) => {
    const { q, ran, job } = setup(0.2);
    for (let i = 0; i < 50; i++) q.push(job(10, true)); // hostile bodies: 10 ms each
    for (let i = 0; i < 10000; i++) q.push(job(0.05, false)); // ordinary messages: 50 µs each
    // run while ordinary work is waiting; count the time each lane got
    let heavyMs = 0;
    let lightMs = 0;
    while (ran.filter((j) => !j.heavy).length < 10000) {
      const before = ran.length;
      q.turn();
      for (const j of ran.slice(before)) {
        if (j.heavy) heavyMs += j.ms;
        else lightMs += j.ms;
      }
    }
    const share = heavyMs / (heavyMs + lightMs);
    t.diagnostic(`heavy share ${share.toFixed(3)}`);
    assert.ok(share <= 0.25, `heavy share ${share.toFixed(2)} while ordinary items waited`);
    assert.ok(heavyMs > 0, 'heavy items are not starved');
  });

  it('gives heavy items every turn when no ordinary item waits', () => {
    const { q, ran, job, drain } = setup(0.1);
    for (let i = 0; i < 10; i++) q.push(job(10, true));
    drain();
    assert.equal(ran.length, 10);
  });

  it('refuses a share outside (0, 1]', () => {
    assert.throws(() => new RunQueue<Job>(() => {}, { heavyShare: 0 }), /heavyShare/);
    assert.throws(() => new RunQueue<Job>(() => {}, { heavyShare: 1.5 }), /heavyShare/);
  });
});
