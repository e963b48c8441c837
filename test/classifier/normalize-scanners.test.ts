/**
 * The shortcuts give the results of what they replaced: white space (`\s`), phone numbers against
 * the regex-driven scan on random texts, and plain characters folded without normalising.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededRandom as prng } from '../../shared/classifier/model/folds.ts';
import { isSpace } from '../../shared/classifier/normalize/code-points.ts';
import { Claims } from '../../shared/classifier/normalize/features/claims.ts';
import { findPhones } from '../../shared/classifier/normalize/features/phones.ts';
import { computeCluster, computeSingle, KEEP } from '../../shared/classifier/normalize/folds.ts';
import { newState } from '../../shared/classifier/normalize/state.ts';
import { collapseWhitespace } from '../../shared/classifier/normalize/whitespace.ts';

function randomText(next: () => number, pieces: readonly string[], max: number): string {
  let s = '';
  const k = 1 + Math.floor(next() * max);
  for (let j = 0; j < k; j++) s += pieces[Math.floor(next() * pieces.length)];
  return s;
}

// The phone scan as it was, one regex match per candidate and `phoneValue` per digit group.
const PHONE = /(?<![\d+])(?:\+\s?)?\(?\d[\d ().-]{5,22}\d(?!\d)/g;
const DATE_LIKE = /^(?:\d{4}[-. ]\d{1,2}[-. ]\d{1,2}|\d{1,2}[-. ]\d{1,2}[-. ]\d{2,4})$/;
const NANP = /^\(?[2-9]\d{2}\)?[ .-]?[2-9]\d{2}[ .-]?\d{4}$/;
const NANP_1 = /^1[ .-]?\(?[2-9]\d{2}\)?[ .-]?[2-9]\d{2}[ .-]?\d{4}$/;
const LOCAL_7 = /^[2-9]\d{2}-\d{4}$/;

function referenceValue(raw: string): string | undefined {
  const written = raw.replace('(0)', '');
  const digits = written.replace(/\D/g, '');
  const n = digits.length;
  if (written.charCodeAt(0) === 0x2b) return n >= 8 && n <= 15 ? `+${digits}` : undefined;
  if (digits.startsWith('00')) return n >= 10 && n <= 17 ? `+${digits.slice(2)}` : undefined;
  if (DATE_LIKE.test(written)) return undefined;
  if (digits[0] === '0') return n === 10 || n === 11 ? digits : undefined;
  if (n === 12 && digits.startsWith('44')) return `+${digits}`;
  if (n === 11 && NANP_1.test(written)) return digits;
  if (n === 10 && NANP.test(written)) return digits;
  if (n === 10 && /^[6-9]\d{9}$/.test(written)) return digits;
  if (n === 7 && LOCAL_7.test(written)) return digits;
  return undefined;
}

function referencePhones(text: string, claims: Claims): string[] {
  const found: [number, string][] = [];
  PHONE.lastIndex = 0;
  for (let m = PHONE.exec(text); m !== null; m = PHONE.exec(text)) {
    const groupEnds = [...m[0].matchAll(/\d+/g)].map((g) => (g.index ?? 0) + g[0].length);
    let best = -1;
    let value: string | undefined;
    for (let k = groupEnds.length - 1; k >= 0 && value === undefined; k--) {
      const end = groupEnds[k] as number;
      const v = referenceValue(m[0].slice(0, end));
      if (v !== undefined && !claims.overlaps(m.index, m.index + end)) [best, value] = [end, v];
    }
    if (value === undefined) {
      PHONE.lastIndex = m.index + (groupEnds[0] as number);
      continue;
    }
    found.push([m.index, value]);
    claims.add(m.index, m.index + best);
    PHONE.lastIndex = m.index + best;
  }
  return found.map((f) => f[1]);
}

describe('isSpace', () => {
  it('is true for exactly the code units /\\s/ matches', () => {
    for (let c = 0; c <= 0xffff; c++) {
      assert.equal(isSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
    }
  });
});

describe('collapseWhitespace', () => {
  it('collapses every run of white space as /\\s+/ would', () => {
    const next = prng(3);
    const pieces = ['a', 'b c', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\u2028', '\ufeff', 'x\r\ny', '.'];
    for (let k = 0; k < 3000; k++) {
      const text = randomText(next, pieces, 12);
      const expected = text.replace(/\s+/g, ' ').replace(/^ | $/g, '');
      assert.equal(collapseWhitespace(text, newState(null)), expected, JSON.stringify(text));
    }
  });
});

describe('findPhones', () => {
  it('finds what the regex-driven scan found, on random digit runs', () => {
    const next = prng(5);
    const pieces = [
      '0',
      '1',
      '2',
      '4',
      '5',
      '7',
      '9',
      '44',
      '00',
      '07',
      '555',
      '408',
      '(0)',
      ' ',
      '(',
      ')',
      '.',
      '-',
    ];
    const more = [...pieces, '+', '+ ', '\u00a0', 'x', '/', ':', '£'];
    let phones = 0;
    for (let k = 0; k < 20_000; k++) {
      const text = randomText(next, k % 2 === 0 ? pieces : more, 40);
      const a = new Claims(text.length);
      const b = new Claims(text.length);
      if (k % 3 === 0 && text.length > 4) {
        // A feature claimed before the phones (money, a link), somewhere in the text.
        const start = Math.floor(next() * (text.length - 3));
        a.add(start, start + 3);
        b.add(start, start + 3);
      }
      const expected = referencePhones(text, a);
      phones += expected.length;
      assert.deepEqual(findPhones(text, b, []), expected, JSON.stringify(text));
    }
    assert.ok(phones > 1000, `${phones} phone numbers in the sample`);
  });
});

describe('computeSingle', () => {
  it('keeps a character only where the cluster path (NFKC, NFD) keeps it too', () => {
    let kept = 0;
    for (let cp = 0x80; cp <= 0x10ffff; cp += cp < 0x10000 ? 1 : 7) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const f = computeSingle(cp);
      if (f.kind !== KEEP || f.look || f.mark) continue;
      kept++;
      assert.deepEqual(f, computeCluster(String.fromCodePoint(cp)), `U+${cp.toString(16)}`);
    }
    assert.ok(kept > 100_000, `${kept} code points kept`);
  });
});
