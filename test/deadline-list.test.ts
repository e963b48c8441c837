import assert from 'node:assert/strict';
import { describe, it, type TestContext } from 'node:test';
import { type DeadlineEntry, DeadlineList } from '../shared/deadline-list.ts';

class Entry implements DeadlineEntry<Entry> {
  due = 0;
  prev: Entry | null = null;
  next: Entry | null = null;
  constructor(readonly name: string) {}
}

describe('DeadlineList', () => {
  /** node:test's mock timers and the list's clock, moved together: no test waits on wall time. */
  function fakeTime(t: TestContext): { now: () => number; tick: (ms: number) => void } {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    let now = 0;
    return {
      now: () => now,
      tick: (ms) => {
        now += ms;
        t.mock.timers.tick(ms);
      },
    };
  }

  it('expires entries in arrival order once their time has passed', (t) => {
    const time = fakeTime(t);
    const expired: string[] = [];
    const list = new DeadlineList<Entry>(30, (e) => expired.push(e.name), time.now);
    list.add(new Entry('a'));
    time.tick(10);
    list.add(new Entry('b'));
    time.tick(25);
    assert.deepEqual(expired, ['a']);
    time.tick(25);
    assert.deepEqual(expired, ['a', 'b']);
  });

  it('never expires an entry that was removed in time, and tolerates removing it twice', (t) => {
    const time = fakeTime(t);
    const expired: string[] = [];
    const list = new DeadlineList<Entry>(20, (e) => expired.push(e.name), time.now);
    const a = new Entry('a');
    const b = new Entry('b');
    const c = new Entry('c');
    list.add(a);
    list.add(b);
    list.add(c);
    list.remove(b);
    list.remove(b);
    list.remove(a);
    time.tick(45);
    assert.deepEqual(expired, ['c']);
  });

  it('arms again for an entry added after the list emptied', (t) => {
    const time = fakeTime(t);
    const expired: string[] = [];
    const list = new DeadlineList<Entry>(15, (e) => expired.push(e.name), time.now);
    const a = new Entry('a');
    list.add(a);
    list.remove(a);
    time.tick(30);
    list.add(new Entry('b'));
    time.tick(35);
    assert.deepEqual(expired, ['b']);
  });

  it('places an entry with an earlier deadline of its own before later ones, on its clock', () => {
    let now = 1_000;
    const expired: string[] = [];
    const list = new DeadlineList<Entry>(
      100,
      (e) => expired.push(e.name),
      () => now,
    );
    list.add(new Entry('late')); // due at 1100
    list.add(new Entry('early'), 1_020);
    list.add(new Entry('middle'), 1_050);
    now = 1_060;
    list.sweep();
    assert.deepEqual(expired, ['early', 'middle']);
    now = 1_100;
    list.sweep();
    assert.deepEqual(expired, ['early', 'middle', 'late']);
  });

  it('throws RangeError when the duration is not positive', () => {
    assert.throws(() => new DeadlineList<Entry>(0, () => {}), RangeError);
  });
});
