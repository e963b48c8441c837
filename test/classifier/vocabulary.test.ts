import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledMaps } from '../../shared/classifier/assets.ts';
import { SCAN_VARIABLES } from '../../shared/classifier/scan-input.ts';
import { countVocabulary, parseVocabulary, VOCABULARY_LISTS } from '../../shared/classifier/vocabulary.ts';

const vocabulary = bundledMaps().vocabulary;
const count = (text: string) => countVocabulary(text.toLowerCase(), vocabulary);

describe('vocabulary', () => {
  it('declares a scan variable for every list the rules may read', () => {
    for (const name of VOCABULARY_LISTS) assert.equal(SCAN_VARIABLES[`${name}_count`], 0, name);
    assert.deepEqual(
      vocabulary.lists.map((l) => l.variable).sort(),
      VOCABULARY_LISTS.map((n) => `${n}_count`).sort(),
    );
  });

  it('counts whole words in Latin letters and any run in other scripts', () => {
    assert.equal(count('Call us or reply STOP').contact_count, 2);
    assert.equal(count('recall the callback').contact_count, 0);
    assert.equal(count('Claim now, then confirm').claim_count, 2);
    assert.equal(count('reclaimed and unconfirmed').claim_count, 0);
    assert.equal(count('请回复1').contact_count, 1);
    assert.equal(count('chat on whats app').contact_count, 1);
  });

  it('counts nothing in a message without the words', () => {
    assert.deepEqual(count('see you at six'), { contact_count: 0, claim_count: 0 });
  });

  it('refuses a list no rule can read, and a malformed line', () => {
    assert.throws(() => parseVocabulary('pay\tpay, send\n'), /unknown list 'pay'/);
    assert.throws(() => parseVocabulary('contact\n'), /expected name<TAB>words/);
  });
});
