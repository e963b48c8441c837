import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClassifier } from '../../shared/classifier/index.ts';
import { classifySender, senderVariable } from '../../shared/classifier/sender.ts';

describe('classifySender', () => {
  it('returns the sender kind for each form a sender takes', () => {
    assert.deepEqual(classifySender('87121'), { kind: 'shortcode', value: '87121' });
    assert.deepEqual(classifySender('+1 (408) 555-0001'), { kind: 'phone', value: '+14085550001' });
    assert.deepEqual(classifySender('14085550001'), { kind: 'phone', value: '14085550001' });
    assert.deepEqual(classifySender('Bob@Example.com'), { kind: 'email', value: 'bob@example.com' });
    assert.deepEqual(classifySender('AMAZON'), { kind: 'alpha', value: 'AMAZON' });
    assert.deepEqual(classifySender(''), { kind: 'none', value: '' });
    assert.deepEqual(classifySender(undefined), { kind: 'none', value: '' });
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
