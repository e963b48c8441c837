import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clipText, HEAD, TAIL } from '../../shared/classifier/clip.ts';
import { createClassifier } from '../../shared/classifier/index.ts';

describe('clipText', () => {
  it('returns a text of a real message unchanged', () => {
    const text = 'x'.repeat(HEAD + TAIL);
    assert.equal(clipText(text), text);
  });

  it('reads the longest concatenated SMS (ten parts of 153 GSM-7 characters) whole, twice over', () => {
    const tenParts = 'x'.repeat(10 * 153);
    assert.equal(clipText(tenParts), tenParts);
    assert.ok(HEAD + TAIL >= 2 * tenParts.length);
  });

  it('returns the head and the tail of a longer text, joined by a line break', () => {
    const text = `${'a'.repeat(HEAD)}${'b'.repeat(50_000)}${'c'.repeat(TAIL)}`;
    assert.equal(clipText(text), `${'a'.repeat(HEAD)}\n${'c'.repeat(TAIL)}`);
  });

  it('never splits a surrogate pair at either cut', () => {
    const emoji = '😀';
    const text = `${'a'.repeat(HEAD - 1)}${emoji}${'b'.repeat(10_000)}${emoji}${'c'.repeat(TAIL - 1)}`;
    const clipped = clipText(text);
    assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(clipped));
  });
});

describe('classifier on padded messages', () => {
  const classifier = createClassifier();
  const scam =
    'USPS: your parcel is on hold, pay the redelivery fee of $1.99 at https://usps-redelivery.top/x';

  it('returns the verdict of the message itself when it is padded to 64 KiB before or after', () => {
    const clear = classifier.classify({ text: scam });
    assert.equal(clear.action, 'junk');
    const filler = 'lorem ipsum dolor sit amet '.repeat(2500);
    assert.deepEqual(classifier.classify({ text: `${scam}\n${filler}` }), clear);
    assert.deepEqual(classifier.classify({ text: `${filler}\n${scam}` }), clear);
  });
});
