/**
 * Hostile input costs the normaliser work linear in its size: every generator of
 * shared/classifier/adversarial-texts.ts at n and 4n bytes, counted by the stages' work counters (characters,
 * candidates and matches examined), not timed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GENERATORS, generate } from '../../shared/classifier/adversarial-texts.ts';
import { normalize } from '../../shared/classifier/normalize/index.ts';
import { resetWork, type WorkCounter, work } from '../../shared/classifier/normalize/work.ts';

const SMALL = 8 * 1024;
/** Work per character the stages may do (phones go over the dozen digit groups of each start's window). */
const PER_CHAR = 24;

function workOf(text: string): Record<WorkCounter, number> {
  resetWork();
  normalize(text);
  return { ...work };
}

const total = (w: Record<WorkCounter, number>) => Object.values(w).reduce((a, b) => a + b, 0);

describe('normalize on hostile input', () => {
  for (const g of GENERATORS) {
    it(`does work linear in the size of ${g.name}`, () => {
      const small = generate(g, SMALL);
      const large = generate(g, 4 * SMALL);
      const a = workOf(small);
      const b = workOf(large);
      assert.ok(total(b) <= PER_CHAR * large.length, `${total(b)} steps for ${large.length} characters`);
      for (const k of Object.keys(b) as WorkCounter[]) {
        // 4x the text, at most 4x the work (and a stage that only runs on the larger text is cheap).
        const bound = a[k] > 0 ? 4.2 * a[k] + 64 : 2 * large.length;
        assert.ok(
          b[k] <= bound,
          `${k}: ${a[k]} steps at ${small.length} characters, ${b[k]} at ${large.length}`,
        );
      }
    });
  }

  it('reads each character of a run of "1." once and each digit group a dozen times for phone numbers', () => {
    const text = '1.'.repeat(20_000);
    const w = workOf(text);
    assert.ok(w.phones <= 14 * text.length, `${w.phones} phone steps for ${text.length} characters`);
    assert.deepEqual(normalize(text).features.phones, []);
  });

  it('keeps at most 30 combining marks on a letter, so Unicode normalisation never sorts a long run', () => {
    const marks = '\u0301\u0316'.repeat(30_000);
    assert.equal(Array.from(normalize(`\u0416${marks}`).text).length, 31);
    assert.equal(normalize(`Z${marks}x`).text, 'Zx'); // an ASCII letter loses them all, as before
  });

  it('scans a link path of 60,000 punctuation marks once to trim its end', () => {
    const text = `http://a.co/${'.)'.repeat(30_000)}x`;
    const w = workOf(text);
    assert.ok(w.urls <= 2 * text.length, `${w.urls} URL steps`);
    assert.equal(normalize(text).features.urls[0]?.end, text.length);
  });

  it('matches thousands of defanged links to their refanged spans in one pass', () => {
    const text = 'a[.]co '.repeat(5000);
    const n = normalize(text);
    assert.equal(n.features.urls.length, 5000);
    assert.ok(n.features.urls.every((u) => u.defanged && u.raw === 'a[.]co'));
    const w = workOf(text);
    assert.ok(w.urls <= 4 * text.length, `${w.urls} URL steps`);
  });
});
