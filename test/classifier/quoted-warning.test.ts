import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClassifier } from '../../shared/classifier/index.ts';
import { normalize } from '../../shared/classifier/normalize/index.ts';
import { quotesAWarning } from '../../shared/classifier/quoted-warning.ts';

const warns = (text: string) => quotesAWarning(normalize(text).text.toLowerCase());

describe('quotesAWarning', () => {
  it('returns true for a quoted message with a warning around it, in any quotes the normaliser folds', () => {
    for (const text of [
      'Mum, got this today: "Royal Mail: your parcel is held, pay the £1.99 fee at royalmail-redeliver.info" its a scam, dont click',
      'FYI this came to my phone “Your Netflix account is suspended, update payment at netflx-billing.com”. Fake, ignore it',
      'Ojo, me llegó esto: "Su cuenta BBVA ha sido bloqueada, ingrese a bbva-validar.com" es una estafa',
      'HSBC: we will never ask for your PIN. Messages like "Your account is locked, verify at hsbc-secure.com" are fraud',
    ]) {
      assert.equal(warns(text), true, text);
    }
  });

  it('returns false for a lure that vouches for itself, a short quote, or a warning with nothing quoted', () => {
    for (const text of [
      'got this "Your account is locked, verify at bank-secure-login.com" its not a scam, do it quick',
      'He said "fine" and left, beware of the dog lol',
      'USPS: your package is on hold, update your address at usps-trackhelp.top. Beware of delays',
    ]) {
      assert.equal(warns(text), false, text);
    }
  });
});

describe('a quoted scam forwarded as a warning, classified', () => {
  const c = createClassifier();
  it('stays in the inbox, while the same lure alone is junk', () => {
    const lure = 'USPS: your package is on hold, pay the $1.99 redelivery fee at usps-redeliver-help.top';
    assert.equal(c.classify({ text: lure, sender: '+14155550123' }).action, 'junk');
    const warning = `Heads up, this came to my phone: "${lure}". It's a scam, don't click it`;
    assert.equal(c.classify({ text: warning, sender: '+14155550123' }).action, 'none');
  });
});
