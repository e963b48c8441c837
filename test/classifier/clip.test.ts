import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { capRepeats, clipText, HEAD, MAX_REPEATS, TAIL } from '../../shared/classifier/clip.ts';
import { createClassifier } from '../../shared/classifier/index.ts';

describe('clipText', () => {
  it('returns a text of a real message unchanged', () => {
    const text = 'x'.repeat(HEAD + TAIL);
    assert.equal(clipText(text), text);
  });

  it('reads the longest concatenated SMS (ten parts of 153 GSM-7 characters) whole, repeated words and all', () => {
    const tenParts = 'the '.repeat(400).slice(0, 10 * 153);
    assert.equal(tenParts.length, 1530);
    assert.equal(clipText(tenParts), tenParts);
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

describe('capRepeats', () => {
  it('returns a text whose words repeat at most MAX_REPEATS times unchanged', () => {
    const text = 'one two three, one two three. ' + 'four '.repeat(MAX_REPEATS);
    assert.equal(capRepeats(text), text);
  });

  it('drops the copies of a word past the MAX_REPEATS-th, whatever their case, and keeps what lies between', () => {
    const text = `Call now: ${'call CALL '.repeat(50)}to claim`;
    const capped = capRepeats(text);
    assert.equal(capped.match(/call/gi)?.length, MAX_REPEATS);
    assert.ok(capped.startsWith('Call now: call '));
    assert.ok(capped.endsWith('to claim'));
    assert.equal(capped.length, text.length - 4 * (100 + 1 - MAX_REPEATS));
  });

  it('counts words glued to punctuation or digits apart from them: "txt,1 txt,2" and "1.1.1."', () => {
    const glued = Array.from({ length: 300 }, (_, k) => `txt,${k}`).join(' ');
    assert.equal(capRepeats(glued).match(/txt/g)?.length, MAX_REPEATS);
    assert.equal(capRepeats('1.'.repeat(2000)).match(/1/g)?.length, MAX_REPEATS);
  });

  it('reads words of any script, with their marks: a Devanagari word repeated is capped as one', () => {
    const word = 'कमाई';
    assert.equal(capRepeats(`${word} `.repeat(50)).split(word).length - 1, MAX_REPEATS);
  });
});

describe('clipText and repeated words', () => {
  it('reads a text that fits in HEAD + TAIL units as written, repeats and all', () => {
    const text = 'ha '.repeat(Math.floor((HEAD + TAIL) / 3));
    assert.ok(text.length <= HEAD + TAIL);
    assert.equal(clipText(text), text);
  });

  it('caps the repeats of a text one unit longer than HEAD + TAIL', () => {
    const text = `${'ha '.repeat(Math.floor((HEAD + TAIL) / 3))}${'x'.repeat(HEAD + TAIL + 1 - 3 * Math.floor((HEAD + TAIL) / 3))}`;
    assert.equal(text.length, HEAD + TAIL + 1);
    assert.equal(clipText(text).match(/\bha\b/g)?.length, MAX_REPEATS);
  });

  it('reads a longer text with each word at most MAX_REPEATS times', () => {
    const text = 'free entry '.repeat(5000);
    const read = clipText(text);
    assert.equal(read.match(/\bfree\b/g)?.length, MAX_REPEATS);
    assert.equal(read.match(/\bentry\b/g)?.length, MAX_REPEATS);
    const words = read.match(/\p{L}+/gu) ?? [];
    assert.ok(words.length <= 2 * MAX_REPEATS + 2, `${words.length} words read`);
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

  it('returns the verdict of the message itself when it is repeated to fill the body', () => {
    const clear = classifier.classify({ text: scam });
    assert.deepEqual(classifier.classify({ text: `${scam} `.repeat(600) }).action, clear.action);
  });
});
