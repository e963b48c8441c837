import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClassifier } from '../../shared/classifier/index.ts';
import { normalize } from '../../shared/classifier/normalize/index.ts';
import { visualCase } from '../../shared/classifier/visual-case.ts';

const view = (text: string) => visualCase(normalize(text));

describe('visualCase', () => {
  it('returns the letters written in Latin small capitals as capitals, the rest as the normaliser gives them', () => {
    assert.equal(view('ꜰʀᴇᴇ ᴍꜱɢ: ʀᴇᴘʟʏ ɢᴏ'), 'FREE MSG: REPLY GO');
    assert.equal(view('Hi, ᴡɪɴ now'), 'Hi, WIN now');
    // a letter without a small capital (x) stays small, so "ᴛxᴛ" is not a capitalised word
    assert.equal(view('ᴛxᴛ'), 'TxT');
  });

  it('returns the normalised text itself when the message has no small capital', () => {
    for (const text of ['Your code is 123456', '𝐅𝐑𝐄𝐄 ｐｒｉｚｅ', 'ordinary text, lower case']) {
      const n = normalize(text);
      assert.equal(visualCase(n), n.text, text);
    }
  });

  it('keeps the place of every letter after characters the normaliser removed or folded', () => {
    assert.equal(view('a\u200bʙ ᴄ\u0301 ﬁ ᴅ'), 'aB C fi D');
  });
});

describe('classifier on a message in small capitals', () => {
  it('returns the text model the capitalised words of the same message written in capitals', () => {
    const c = createClassifier();
    const caps = c.analyze({ text: 'FREE entry: WIN a PRIZE today' }).modelInput.text;
    const small = c.analyze({ text: 'ꜰʀᴇᴇ entry: ᴡɪɴ a ᴘʀɪᴢᴇ today' }).modelInput.text;
    assert.equal(small, caps);
  });
});
