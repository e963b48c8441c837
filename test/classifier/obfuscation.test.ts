import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createClassifier } from '../../shared/classifier/index.ts';
import { normalize } from '../../shared/classifier/normalize/index.ts';
import { CASE_PRESERVING, obfuscate, TRANSFORMS, type Transform } from '../fixtures/obfuscate.ts';

/** Spam-like sentences of many families, written for this test. */
const SENTENCES = [
  // Prize claims and premium rate
  'Congratulations! You have WON a £1000 prize. Call 09061701461 to claim before midnight',
  'URGENT! Your mobile number has been selected to receive a £2,000 cash award. Call 09066612661 now',
  'WINNER!! As a valued customer you have been selected to receive a FREE holiday. Reply WIN to 87121',
  'Final notice: your unclaimed reward of $500 expires today, claim at bit.ly/claim-now',
  'You are a winner of our weekly draw, text CLAIM to 85069 (150p/msg, 18+ only)',
  'FREE entry into our weekly competition to win FA Cup final tickets. Text FA to 87121',
  // Parcel smishing
  'Royal Mail: your parcel is held due to an unpaid shipping fee of £1.99. Pay at royalmail-redelivery.com/pay',
  'DHL: We could not deliver your package today. Reschedule your delivery here: hxxps://dhl-track[.]info/p?id=8812',
  'USPS: Your package has a pending delivery fee of $2.99, update your address at usps-post.top/track',
  'Evri: your parcel could not be delivered, book a new slot at evri-parcel.co.uk/rebook',
  // Bank account lock
  'HSBC ALERT: Your account has been suspended due to unusual activity. Verify now at hsbc-secure-login.com',
  'Your Barclays card has been locked. To unlock, confirm your details at barclays-verify.net or call 0800 123 4567',
  'Santander: a payment of £950.00 to a new payee was attempted. If this was not you visit santander.uk-cancel.com',
  'Lloyds Bank: we have stopped a suspicious transfer. Call our fraud team on +44 7911 123456 immediately',
  // Crypto and investment
  'Bitcoin is going to the moon! Invest $250 today and earn $5,000 weekly, guaranteed profit. WhatsApp +1 (408) 555-0001',
  'Your crypto wallet has been frozen. Validate your seed phrase at wallet-unlock.io within 24 hours',
  'Exclusive trading signals group: 300% returns every month. Join at t.me/profitsignals',
  'Elon giveaway: send 0.1 BTC and receive 0.2 BTC back. Offer ends tonight at elon-double.xyz',
  // Tolls, taxes, fines
  'E-ZPass: you have an unpaid toll balance of $11.69. Pay now to avoid a late fee: ezpass-tolls.com/pay',
  'HMRC: you are eligible for a tax refund of £452.60. Submit your claim at hmrc-refund-gov.uk.com',
  'DVLA: your vehicle tax payment failed. Update your billing details at dvla-renewal.com',
  'Parking fine notice: pay £60 within 14 days at parking-penalty.co.uk/pay to avoid court action',
  // One-time-password theft and account takeover
  'Someone tried to sign in to your Apple ID. If this was not you, reply with the code we just sent you',
  'Amazon security: share the 6 digit code to confirm your identity and stop the order of an iPhone 15',
  'WhatsApp support: your account will be deleted. Send us the verification code to keep it active',
  // Jobs and money mules
  'Part time job offer: earn £300 per day from home, no experience needed. Contact our HR on WhatsApp 07700 900123',
  'Hello, I am a recruiter. We are hiring online assistants, daily salary $200-$800. Reply YES for details',
  // Wrong number and romance openers
  'Hi, is this Sarah? We met at the conference last week, text me back at 07911 654321',
  'Hey dear, sorry wrong number. Anyway you seem nice, can we be friends?',
  // Subscriptions and premium services
  'You have subscribed to our ringtone club for £4.50 per week. To stop send STOP to 69888',
  'Get 10 FREE ringtones now! Reply TONES to 85222, only 150p per tone',
  'Dating service: 3 local singles want to meet you tonight. Call 09050002311 (£1.50/min)',
  // Loans and debt
  'Need cash fast? Loans of up to £5,000 approved in minutes, no credit checks. Apply at quickloan-uk.com',
  'Government debt relief scheme: write off up to 80% of your debt. Reply INFO to 60060',
  // Promotions
  'SALE! 70% off all designer bags this weekend only. Shop now at www.designer-outlet-sale.shop',
  'Exclusive offer: get a FREE iPhone 15 Pro, just pay shipping £4.99 at free-iphone-uk.win',
  // Telecom and utilities
  'Vodafone: your bill of £35.40 could not be paid. Update your payment method at vodafone-billing.com',
  'Your Netflix membership is on hold. Update your payment details at netflix-account-update.com',
  // Lottery and inheritance
  'Your email address has won 1,000,000 USD in the international lottery. Contact claims@lottery-intl.org',
  'I am a lawyer representing a late client with an inheritance of 4.5 million euros that is yours to claim',
];

/** What the normaliser should make of both the clear text and its obfuscated form. */
function canonical(s: string, t: Transform): string {
  const text = normalize(s).text;
  return CASE_PRESERVING.has(t) ? text : text.toLowerCase();
}

describe('obfuscate fixture', () => {
  it('changes every sentence under every transform, the same way for the same seed', () => {
    for (const t of TRANSFORMS) {
      for (const s of SENTENCES) {
        const o = obfuscate(s, t, 3);
        if (t === 'spaced' || t === 'dotted') continue; // only eligible words, checked below
        assert.notEqual(o, s, `${t}: ${s}`);
        assert.equal(obfuscate(s, t, 3), o);
      }
    }
  });

  it('spaces out at least one word of most sentences', () => {
    for (const t of ['spaced', 'dotted'] as const) {
      const changed = SENTENCES.filter((s) => obfuscate(s, t) !== s).length;
      assert.ok(changed >= SENTENCES.length * 0.9, `${t}: ${changed} of ${SENTENCES.length}`);
    }
  });

  it('leaves HTML entities alone and changes the text around them', () => {
    assert.equal(obfuscate('&lt;#&gt;', 'fullwidth'), '&lt;\uff03&gt;');
    assert.equal(obfuscate('&amp; ACE', 'cyrillic', 2).slice(0, 6), '&amp; ');
    assert.notEqual(obfuscate('&amp; ACE', 'cyrillic', 2), '&amp; ACE');
  });
});

describe('normalize on obfuscated spam', () => {
  for (const t of TRANSFORMS) {
    it(`returns the clear-text normal form when the sentences are obfuscated with ${t}`, () => {
      for (const [i, s] of SENTENCES.entries()) {
        const o = obfuscate(s, t, i + 1);
        assert.equal(canonical(o, t), canonical(s, t), `${t}: ${JSON.stringify(o)}`);
      }
    });
  }

  it('returns the same features when the sentences are obfuscated', () => {
    for (const t of TRANSFORMS) {
      for (const [i, s] of SENTENCES.entries()) {
        const clear = normalize(s).features;
        const hidden = normalize(obfuscate(s, t, i + 1)).features;
        assert.deepEqual(
          hidden.urls.map((u) => u.host),
          clear.urls.map((u) => u.host),
          `${t}: ${s}`,
        );
        assert.deepEqual(hidden.phones, clear.phones, `${t}: ${s}`);
        assert.deepEqual(hidden.shortCodes, clear.shortCodes, `${t}: ${s}`);
        assert.deepEqual(hidden.emails, clear.emails, `${t}: ${s}`);
        assert.deepEqual(
          hidden.money.map((m) => [m.currency, m.amount, m.per]),
          clear.money.map((m) => [m.currency, m.amount, m.per]),
          `${t}: ${s}`,
        );
      }
    }
  });

  it('counts the disguise when the sentences are obfuscated', () => {
    for (const t of TRANSFORMS) {
      for (const [i, s] of SENTENCES.entries()) {
        const o = obfuscate(s, t, i + 1);
        if (o === s) continue;
        const c = normalize(o).obfuscation;
        const seen = c.invisible + c.confusables + c.spacedWords + c.diacritics;
        assert.ok(seen > 0, `${t}: nothing counted for ${JSON.stringify(o)}`);
        assert.equal(normalize(s).obfuscation.confusables, 0, s);
      }
    }
  });
});

const root = fileURLToPath(new URL('../..', import.meta.url));
const corpusPath = join(root, '..', 'shared', 'data', 'sms-spam-collection.tsv');
const corpusMissing = existsSync(corpusPath)
  ? false
  : `no corpus at ../shared/data/sms-spam-collection.tsv (relative to the repository root)`;

describe('classifier on obfuscated corpus spam', () => {
  it('returns the clear-text verdict (or junk) for at least 98% of obfuscated spam variants', {
    skip: corpusMissing,
  }, (t) => {
    const spam = readFileSync(corpusPath, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('spam\t'))
      .map((l) => l.slice(5));
    assert.ok(spam.length > 500, `only ${spam.length} spam rows read`);
    const classifier = createClassifier();
    const clear = spam.map((text) => classifier.classify({ text }));
    const junk = clear.filter((v) => v.action === 'junk').length;
    t.diagnostic(`clear text: ${junk} of ${spam.length} spam messages are junk`);
    // Without any verdict to lose, the comparison below would prove nothing.
    assert.ok(junk >= spam.length / 4, `only ${junk} of ${spam.length} clear-text spam messages are junk`);
    let same = 0;
    let total = 0;
    let sameText = 0;
    const misses: string[] = [];
    for (const tr of TRANSFORMS) {
      let trSame = 0;
      for (const [i, text] of spam.entries()) {
        const hidden = obfuscate(text, tr, i + 1);
        const v = classifier.classify({ text: hidden });
        const c = clear[i];
        // the same verdict, or junk: hiding the text may cost a spammer, never help (these are all
        // spam, so junk is right whatever the clear text got; the normal form is checked above)
        const ok = (v.action === c?.action && v.subAction === c.subAction) || v.action === 'junk';
        if (ok) trSame++;
        else if (misses.length < 5)
          misses.push(`${tr}: ${JSON.stringify(hidden)} -> ${v.action}, clear ${c?.action}`);
        if (canonical(hidden, tr) === canonical(text, tr)) sameText++;
      }
      t.diagnostic(`${tr}: ${((100 * trSame) / spam.length).toFixed(2)}% same verdict`);
      assert.ok(
        trSame / spam.length >= 0.98,
        `${tr}: ${trSame} of ${spam.length}; e.g. ${misses.join('; ')}`,
      );
      same += trSame;
      total += spam.length;
    }
    const rate = same / total;
    t.diagnostic(
      `overall: ${(100 * rate).toFixed(2)}% of ${total} obfuscated variants keep the clear-text verdict; ` +
        `${((100 * sameText) / total).toFixed(2)}% normalise to the clear text`,
    );
    console.log(`obfuscated corpus spam: ${(100 * rate).toFixed(2)}% same verdict (${same}/${total})`);
    assert.ok(rate >= 0.98, `${same} of ${total}; e.g. ${misses.join('; ')}`);
  });
});
