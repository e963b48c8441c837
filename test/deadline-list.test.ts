import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { type DeadlineEntry, DeadlineList } from '../shared/deadline-list.ts';

class Entry implements DeadlineEntry<Entry> {
  due = 0;
  prev: Entry | null = null;
  next: Entry | null = null;
  constructor(readonly name: string) {}
}

describe('DeadlineList', () => {
  it('expires entries in arrival order once their time has passed', async () => {
    const expired: string[] = [];
    const list = new DeadlineList<Entry>(30, (e) => expired.push(e.name));
    list.add(new Entry('a'));
    await sleep(10);
    list.add(new Entry('b'));
    await sleep(25);
    assert.deepEqual(expired, ['a']);
    await sleep(25);
    assert.deepEqual(expired, ['a', 'b']);
  });

  it('never expires an entry that was removed in time, and tolerates removing it twice', async () => {
    const expired: string[] = [];
    const list = new DeadlineList<Entry>(20, (e) => expired.push(e.name));
    const a = new Entry('a');
    const b = new Entry('b');
    const c = new Entry('c');
    list.add(a);
    list.add(b);
    list.add(c);
    list.remove(b);
    list.remove(b);
    list.remove(a);
    await sleep(45);
    assert.deepEqual(expired, ['c']);
  });

  it('arms again for an entry added after the list emptied', async () => {
    const expired: string[] = [];
    const list = new DeadlineList<Entry>(15, (e) => expired.push(e.name));
    const a = new Entry('a');
    list.add(a);
    list.remove(a);
    await sleep(30);
    list.add(new Entry('b'));
    await sleep(35);
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
