import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClassifier } from '../../shared/classifier/index.ts';
import {
  classifySender,
  declaredCategory,
  senderFeature,
  senderVariable,
} from '../../shared/classifier/sender.ts';

describe('classifySender', () => {
  it('returns the sender kind for each form a sender takes', () => {
    const kv = (s: string | undefined) => {
      const i = classifySender(s);
      return { kind: i.kind, value: i.value };
    };
    assert.deepEqual(kv('87121'), { kind: 'shortcode', value: '87121' });
    assert.deepEqual(kv('+1 (408) 555-0001'), { kind: 'phone', value: '+14085550001' });
    assert.deepEqual(kv('14085550001'), { kind: 'phone', value: '14085550001' });
    assert.deepEqual(kv('Bob@Example.com'), { kind: 'email', value: 'bob@example.com' });
    assert.deepEqual(kv('AMAZON'), { kind: 'alpha', value: 'AMAZON' });
    assert.deepEqual(kv(''), { kind: 'none', value: '' });
    assert.deepEqual(kv(undefined), { kind: 'none', value: '' });
  });

  it("returns an international number's country and line type from libphonenumber's metadata", () => {
    const pick = (s: string) => {
      const i = classifySender(s);
      return [i.country, i.line];
    };
    assert.deepEqual(pick('+2348031234567'), ['NG', 'mobile']);
    assert.deepEqual(pick('+18005551234'), ['US', 'toll_free']);
    assert.deepEqual(pick('+442071838750'), ['GB', 'fixed_line']);
    assert.deepEqual(pick('+8613812345678'), ['CN', 'mobile']);
    assert.deepEqual(pick('+1900555'), ['', 'invalid']);
    assert.deepEqual(pick('4155550123'), ['', 'unknown'], 'without + the country is unknown');
    assert.deepEqual(pick('87121'), ['', '']);
  });

  it('returns the sender as a model feature: the kind, a number with its line type, nothing when missing', () => {
    assert.equal(senderFeature(classifySender('+2348031234567')), 'phone:mobile');
    assert.equal(senderFeature(classifySender('HDFCBK')), 'alpha');
    assert.equal(senderFeature(classifySender('a@b.example')), 'email');
    assert.equal(senderFeature(classifySender(undefined)), '');
  });

  it('encodes the sender as kind:value so the scan variable never looks numeric', () => {
    assert.equal(senderVariable(classifySender('87121')), 'shortcode:87121');
    assert.equal(senderVariable(classifySender('+14085550001')), 'phone:+14085550001');
  });
});

describe('classifier with numeric senders', () => {
  it('matches a rule on the sender when the sender is a short code or a phone number', () => {
    const classifier = createClassifier({
      model: null,
      rules: [
        {
          name: 'sender.yar',
          source:
            'rule premium_sender { meta: action = "junk" weight = 5.0 condition: sender == "shortcode:87121" or sender == "phone:+14085550001" }',
        },
      ],
    });
    assert.equal(classifier.classify({ text: 'hello', sender: '87121' }).action, 'junk');
    assert.equal(classifier.classify({ text: 'hello', sender: '+14085550001' }).action, 'junk');
    assert.equal(classifier.classify({ text: 'hello', sender: '87122' }).action, 'none');
  });
});

describe('declaredCategory', () => {
  it("reads an Indian header's category suffix", () => {
    assert.equal(declaredCategory(classifySender('AD-AIRTEL-P')), 'promotion');
    assert.equal(declaredCategory(classifySender('JD-HDFCBK-S')), 'transaction');
    assert.equal(declaredCategory(classifySender('VM-SBIUPI-T')), 'transaction');
    assert.equal(declaredCategory(classifySender('DL-GOVTIN-G')), 'transaction');
  });
  it('declares nothing for any other sender', () => {
    for (const s of ['AX-HDFCBK', 'AMAZON', 'PROMO-P', '+919876543210', '56161', 'x-y-p@mail.com']) {
      assert.equal(declaredCategory(classifySender(s)), undefined, s);
    }
  });
});
