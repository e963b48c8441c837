/**
 * Card alerts print the shop as its domain in capitals ("at AMAZON.COM", "APPLE.COM/BILL"): that
 * names a merchant, it is not a link to follow, so it is not counted as a link. A capitalised host
 * that carries a brand's name it does not own still impersonates it, and a link to a known brand's
 * own domain is the brand's (a legitimacy signal) even when the text does not name the brand,
 * unless it hands the reader on to another address.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledMaps } from '../../shared/classifier/assets.ts';
import { readLinks } from '../../shared/classifier/links/facts.ts';
import { normalize } from '../../shared/classifier/normalize/index.ts';
import { signalsOf } from '../../shared/classifier/scan-input.ts';
import { classifySender } from '../../shared/classifier/sender.ts';

const maps = bundledMaps().links;
const read = (text: string) => {
  const n = normalize(text);
  const links = readLinks(n.features.urls, n.text.toLowerCase(), maps);
  return { links, urls: signalsOf(n, links, classifySender(undefined)).urls };
};

describe('merchant names in capitals', () => {
  it('a brand domain or a plain host in capitals is a merchant, not a link', () => {
    for (const text of [
      'A $12.99 purchase at APPLE.COM/BILL on card ending 1234 was approved.',
      'Your payment was declined at AMAZON.COM for card ending 2231.',
      'You spent $40.00 at SHOPLOCAL.COM with card ending 8812.',
    ]) {
      const { links, urls } = read(text);
      assert.equal(links.merchants, 1, text);
      assert.equal(urls, 0, text);
      assert.equal(links.brandMismatches, 0, text);
    }
  });

  it('a capitalised host built on a brand it does not own is still a mismatching link', () => {
    const { links, urls } = read('USPS: YOUR PACKAGE IS ON HOLD. VISIT USPS-REDELIVERY.COM TO PAY THE FEE.');
    assert.equal(links.merchants, 0);
    assert.equal(urls, 1);
    assert.equal(links.brandMismatches, 1);
  });

  it('lower case, a scheme, "WWW.", a path on an unknown host or an abuse-prone TLD keep it a link', () => {
    for (const text of [
      'purchase at shoplocal.com on card ending 1234',
      'purchase at HTTPS://SHOPLOCAL.COM on card ending 1234',
      'purchase at SHOPLOCAL.COM/PAY on card ending 1234',
      'purchase at SHOPLOCAL.TOP on card ending 1234',
      'READ ALL I WROTE AT WWW.SHOPLOCAL.COM',
    ]) {
      const { links, urls } = read(text);
      assert.equal(links.merchants, 0, text);
      assert.equal(urls, 1, text);
    }
  });
});

describe("a known brand's own domain, not named in the text", () => {
  it('counts as a brand link', () => {
    assert.equal(read('Track your order at https://www.amazon.com/gp/your-orders').links.brandLinks, 1);
  });

  it('does not when its path hands the reader on to another address', () => {
    const { links } = read('See https://www.google.com/url?q=https://evil.example/x for details');
    assert.equal(links.brandLinks, 0);
  });
});
