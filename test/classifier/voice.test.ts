import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SenderInfo } from '../../shared/classifier/sender.ts';
import { speaksAsPerson } from '../../shared/classifier/voice.ts';

const unknown: SenderInfo = { kind: 'none', value: '', country: '', line: '' };

describe('speaksAsPerson', () => {
  it('hears a person in first-person and Pidgin words', () => {
    assert.equal(speaksAsPerson('abeg send am to my account before evening', unknown), true);
    assert.equal(speaksAsPerson('i am at the station now, where are you', unknown), true);
  });
  it('does not hear Pidgin in a clock time', () => {
    assert.equal(
      speaksAsPerson('your account was debited on 03 nov at 10:42 am for the payment', unknown),
      false,
    );
    assert.equal(speaksAsPerson('the office opens at 9am and closes at 5 pm on weekdays', unknown), false);
  });
  it('does not hear Pidgin "don" in "don\'t"', () => {
    assert.equal(
      speaksAsPerson("don't share this code with anyone, it expires in 10 minutes", unknown),
      false,
    );
    assert.equal(speaksAsPerson('e don finish, the money don enter your account', unknown), true);
  });

  it('does not hear "I" in a link whose host starts with i.', () => {
    assert.equal(
      speaksAsPerson('recharge with the new pack now at i.airtel.in/449 for more data', unknown),
      false,
    );
    assert.equal(speaksAsPerson('i will recharge the pack now, send me the link', unknown), true);
  });

  it('still hears "am" outside a time', () => {
    assert.equal(speaksAsPerson('we dey wait for you since 10:42 am, bring am come', unknown), true);
  });
  it('takes a mobile sender or a short text as a person', () => {
    const mobile: SenderInfo = { kind: 'phone', value: '+447911123456', country: 'GB', line: 'mobile' };
    assert.equal(speaksAsPerson('your account was debited for the payment today', mobile), true);
    assert.equal(speaksAsPerson('debited today', unknown), true);
  });
  it('takes a number in national form (trunk 0, no country code) as possibly a person', () => {
    const national = (value: string): SenderInfo => ({ kind: 'phone', value, country: '', line: 'unknown' });
    const text = 'the meeting moved to four, same room as last week, see you there';
    assert.equal(speaksAsPerson(text, national('09012345678')), true);
    assert.equal(speaksAsPerson(text, national('01098765432')), true);
    // without a trunk 0 (a US number without +1) or too short to be a subscriber's, nothing is assumed
    assert.equal(speaksAsPerson(text, national('2025550123')), false);
    assert.equal(speaksAsPerson(text, national('0123456')), false);
  });
  it('counts words with letters only: a passed-on number is a short text', () => {
    assert.equal(speaksAsPerson("it's +1 202 555 0181", unknown), true);
    assert.equal(speaksAsPerson('code 4471 2290 8812 1123 5530', unknown), true);
  });
});
