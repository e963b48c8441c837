import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type FeatureGroup, Featurizer, NO_SIGNALS } from '../../../shared/classifier/model/features.ts';
import { input } from './helpers.ts';

function named(f: Featurizer, text: string, signals = NO_SIGNALS) {
  const out: { name: string; bucket: number; group: FeatureGroup }[] = [];
  f.extract({ text, signals }, (name, bucket, group) => out.push({ name, bucket, group }));
  return out;
}

describe('Featurizer', () => {
  it('returns the same buckets when naming features as without', () => {
    const f = new Featurizer(16, [3, 5]);
    for (const text of [
      'WIN a £1000 prize!! Call 09061234567 now',
      'ok see u at 7.30 x',
      'Größe ÜBER alles — café naïve 😀 don’t',
      '您的验证码是 123456，请勿泄露',
      '',
      'A',
    ]) {
      const signals = { ...NO_SIGNALS, urls: 1, money: 2, maxMoney: 1000, tlds: ['top'], sender: 'alpha' };
      f.extract({ text, signals });
      const fast = Array.from(f.buffer.subarray(0, f.total));
      const textCount = f.textCount;
      const names = named(f, text, signals);
      assert.deepEqual(
        names.map((n) => n.bucket),
        fast,
        text,
      );
      assert.equal(names.filter((n) => n.group === 'text').length, textCount, text);
    }
  });

  it('folds digits so numbers of the same shape share features', () => {
    const f = new Featurizer(16, [3, 3]);
    const buckets = (text: string) => {
      f.extract(input(text));
      return Array.from(f.buffer.subarray(0, f.total));
    };
    assert.deepEqual(buckets('call 09061234567'), buckets('call 09059876543'));
    assert.notDeepEqual(buckets('call 09061234567'), buckets('call 0906123456'));
  });

  it('returns each Han character as a word, and word pairs of neighbouring characters', () => {
    const names = named(new Featurizer(16, [3, 3]), '您的包裹').map((n) => n.name);
    for (const w of ['word:您', 'word:的', 'word:包', 'word:裹', 'pair:包 裹'])
      assert.ok(names.includes(w), w);
  });

  it('counts an ideograph as three characters of length, so a Chinese message is not a short one', () => {
    const f = new Featurizer(16, [3, 3]);
    const len = (text: string) => named(f, text).find((n) => n.name.startsWith('meta:len:'))?.name;
    assert.equal(len('您的包裹因地址不详无法投递请点击链接更新'), 'meta:len:1');
    assert.equal(len('ok'), 'meta:len:0');
  });

  it('returns link, sender and top-level-domain facts as meta features, and none for a missing sender', () => {
    const f = new Featurizer(16, [3, 3]);
    const signals = {
      ...NO_SIGNALS,
      urls: 1,
      brandMismatchUrls: 1,
      shortenerUrls: 1,
      tlds: ['xyz'],
      sender: 'phone:mobile',
    };
    const metas = named(f, 'x', signals)
      .filter((n) => n.group === 'meta')
      .map((n) => n.name);
    for (const m of [
      'meta:url:1',
      'meta:url:brand-mismatch',
      'meta:url:shortener',
      'meta:tld:xyz',
      'meta:sender:phone:mobile',
    ])
      assert.ok(metas.includes(m), m);
    assert.ok(!named(f, 'x').some((n) => n.name.startsWith('meta:sender')));
  });

  it('refuses bits and n-gram lengths outside their range', () => {
    assert.throws(() => new Featurizer(30, [3, 5]), RangeError);
    assert.throws(() => new Featurizer(16, [5, 3]), RangeError);
  });
});
