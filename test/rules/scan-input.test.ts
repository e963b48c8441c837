/**
 * What the rules scan: a lower-cased copy of the normalised text and the scan variables the
 * classifier computes (the case signals, the URL flags), through the real normaliser and the real
 * YARA-X engine; and the engine's handling of defaults and diagnostics the pack relies on.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledMaps } from '../../shared/classifier/assets.ts';
import { SCAN_VARIABLES, scanInputOf } from '../../shared/classifier/index.ts';
import { readLinks } from '../../shared/classifier/links/facts.ts';
import { normalize } from '../../shared/classifier/normalize/index.ts';
import { classifySender } from '../../shared/classifier/sender.ts';
import { YaraXEngine } from '../../shared/classifier/yara-x.ts';

function inputOf(text: string, sender?: string) {
  const n = normalize(text);
  return scanInputOf(
    n,
    classifySender(sender),
    readLinks(n.features.urls, n.text.toLowerCase(), bundledMaps().links),
  );
}

describe('scanInputOf', () => {
  it('returns the normalised text in lower case as the scanned buffer', () => {
    const { data } = inputOf('You have WON a Prize');
    assert.equal(data.toString('utf8'), 'you have won a prize');
  });

  it('returns caps_keyword_count for a capitalised keyword after a reply or text verb', () => {
    assert.equal(inputOf('Reply WIN to this message now').variables.caps_keyword_count, 1);
    assert.equal(inputOf('txt CHAT to 86688, then send STOP').variables.caps_keyword_count, 2);
  });

  it('returns no caps keyword when the verb is in capitals too or the word is lower case', () => {
    assert.equal(inputOf('TEXT ME BACK').variables.caps_keyword_count, 0);
    assert.equal(inputOf('reply when you can').variables.caps_keyword_count, 0);
  });

  it('returns the message start in its own case as opening, empty when it would read as a number', () => {
    assert.equal(inputOf('Hi, is this Linda?').variables.opening, 'Hi, is this Linda?');
    assert.equal(inputOf('12345').variables.opening, '');
  });

  it('returns shortener, raw-IP and defanged link counts from the link reader', () => {
    const v = inputOf('see bit.ly/abc or http://192.168.1.20/login or evil[.]example/x').variables;
    assert.equal(v.shortener_count, 1);
    assert.equal(v.ip_url_count, 1);
    assert.equal(v.defanged_url_count, 1);
  });
});

describe('brand links', () => {
  const links = (text: string) => {
    const n = normalize(text);
    return readLinks(n.features.urls, n.text.toLowerCase(), bundledMaps().links);
  };
  it("counts a bank's name alone under a country's own suffix as its own", () => {
    const f = links('HSBC: your statement is ready, see https://www.hsbc.com.sg/statements');
    assert.equal(f.brandLinks, 1);
    assert.equal(f.brandMismatches, 0);
  });
  it("counts a brand's hyphenated name, as it writes it, under a country's suffix as its own, and a hyphen it does not write as nobody's", () => {
    const own = links('T-Mobile: nove tarify pro vas, navstivte t-mobile.cz');
    assert.equal(own.brandLinks, 1);
    assert.equal(own.brandMismatches, 0);
    const forged = links('PayPal: your account is limited, verify at https://pay-pal.de/login');
    assert.equal(forged.brandLinks, 0);
    assert.equal(forged.brandMismatches, 1);
  });
  it("does not count the name alone under a generic, abuse-prone or resold suffix as the brand's", () => {
    for (const text of [
      'Apple: your iPhone was found, sign in at https://apple.com.ht/us/find',
      'USPS: your parcel is held, confirm at https://usps.top/track',
      'Apple ID locked, verify at https://apple.click/id',
      'Jio: your recharge failed, retry at https://jio.sh/pay',
    ]) {
      const f = links(text);
      assert.equal(f.brandLinks, 0, text);
      assert.equal(f.brandMismatches, 1, text);
    }
  });
});

describe('YaraXEngine scan variables', () => {
  const rules = new YaraXEngine().compile(
    [
      {
        name: 'v.yar',
        source:
          'rule three_links { condition: url_count == 3 }\nrule no_links { condition: url_count == 0 }\n',
      },
    ],
    SCAN_VARIABLES,
  );

  it('returns the default for a variable left at its default after a scan that set it', () => {
    const names = (n: number) =>
      rules.scan(Buffer.from('x'), { ...SCAN_VARIABLES, url_count: n }).map((h) => h.rule);
    assert.deepEqual(names(3), ['three_links']);
    assert.deepEqual(names(0), ['no_links']);
    assert.deepEqual(names(3), ['three_links']);
  });
});

describe('YaraXEngine diagnostics', () => {
  it('returns the engine detail line after the headline', () => {
    const d = new YaraXEngine().check(
      [{ name: 'bad.yar', source: 'rule a {\n  strings:\n    $a = /[£]/\n  condition:\n    $a\n}\n' }],
      SCAN_VARIABLES,
    );
    const error = d.find((x) => x.severity === 'error');
    assert.ok(error);
    assert.equal(error.message, 'invalid regular expression: Unicode not allowed here');
    assert.equal(error.line, 3);
  });
});
