import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isUnifiedIdeograph, UNIFIED_IDEOGRAPHS } from '../../shared/classifier/normalize/code-points.ts';
import { normalize } from '../../shared/classifier/normalize/index.ts';
import { LOOKALIKE } from '../../shared/classifier/normalize/lookalikes.ts';

const text = (s: string) => normalize(s).text;

describe('normalize', () => {
  it('returns plain ASCII prose unchanged, with no features and nothing counted', () => {
    const n = normalize('Ok lar... Joking wif u oni...');
    assert.equal(n.text, 'Ok lar... Joking wif u oni...');
    assert.equal(n.original, 'Ok lar... Joking wif u oni...');
    assert.deepEqual(n.features, { urls: [], phones: [], shortCodes: [], emails: [], money: [] });
    assert.deepEqual(n.obfuscation, {
      invisible: 0,
      confusables: 0,
      spacedWords: 0,
      entities: 0,
      diacritics: 0,
      controls: 0,
      defanged: 0,
    });
  });

  it('returns an empty text when the message is empty or only white space', () => {
    assert.equal(text(''), '');
    assert.equal(text(' \t\n '), '');
  });

  it('returns an empty text and counts them when the message is only invisible characters', () => {
    const n = normalize('\u200b\u200c\u200d\u2060\ufeff\u00ad\u202e');
    assert.equal(n.text, '');
    assert.equal(n.obfuscation.invisible, 7);
  });

  it('reads WINNER in every disguise the issue names', () => {
    assert.equal(text('ＷＩＮＮＥＲ'), 'WINNER'); // fullwidth
    assert.equal(text('W\u200bINNER'), 'WINNER'); // zero-width space
    assert.equal(text('W\u0406NNER'), 'WINNER'); // Cyrillic І
    assert.equal(text('𝐖𝐈𝐍𝐍𝐄𝐑'), 'WINNER'); // mathematical bold
    assert.equal(text('W I N N E R'), 'WINNER'); // spaced out
  });

  it('folds the other letter-like forms to ASCII', () => {
    assert.equal(text('Ⓦⓘⓝⓝⓔⓡ'), 'Winner'); // circled
    assert.equal(text('⒲⒤⒩'), 'win'); // parenthesised, which NFKC would write "(w)(i)(n)"
    assert.equal(text('🅆🄸🄽 🅦🅘🅝 🅆🄸🄽'), 'WIN WIN WIN'); // squared, negative circled
    assert.equal(text('🆆🅸🅽'), 'WIN'); // negative squared
    assert.equal(text('ᴡɪɴɴᴇʀ'), 'winner'); // small capitals
    assert.equal(text('ᴄ\u0301ʟᴀ\u0332ɪᴍ ø\u0308'), 'claim o'); // a letter with its own fold, under marks
    assert.equal(text('\u0431\u0301 \u03b1\u0301'), '\u0431\u0301 \u03ac'); // Cyrillic and Greek keep theirs
    assert.equal(text('𝕎𝕚𝕟 𝔽𝕣𝕖𝕖 𝒸𝒶𝓈𝒽'), 'Win Free cash'); // double-struck, script
    assert.equal(text('❶ ➋ ⓷'), '1 2 3');
    assert.equal(text('Ｃａｌｌ　０９０６１７０１４６１'), 'Call 09061701461'); // ideographic space too
  });

  it('counts look-alike forms as confusables and invisible characters as invisible', () => {
    assert.equal(normalize('ＷＩＮ').obfuscation.confusables, 3);
    assert.equal(normalize('W\u0406N').obfuscation.confusables, 1);
    assert.equal(normalize('W\u200bI\u200dN').obfuscation.invisible, 2);
    assert.equal(normalize('F R E E and W I N').obfuscation.spacedWords, 2);
  });

  it('strips stacked combining marks and keycaps from Latin letters and digits', () => {
    assert.equal(text('W\u0336\u0338I\u0301\u0302\u0303N\u0308'), 'WIN');
    assert.equal(text('0\ufe0f\u20e39\ufe0f\u20e3'), '09');
  });

  it('reads a lone regional indicator as a letter and keeps a pair as a flag', () => {
    assert.equal(text('🇫 🇷 🇪 🇪 entry'), 'FREE entry');
    assert.equal(text('🇫\u200b🇷\u200b🇪\u200b🇪'), 'FREE');
    assert.equal(text('from 🇬🇧 with love'), 'from 🇬🇧 with love');
  });

  it('folds accented Latin to ASCII and counts it as diacritics, not as confusables', () => {
    const n = normalize('Café déjà vu, señor. Grüße, Øresund, Łódź');
    assert.equal(n.text, 'Cafe deja vu, senor. Grusse, Oresund, Lodz');
    assert.equal(n.obfuscation.confusables, 0);
    assert.ok(n.obfuscation.diacritics >= 9);
    assert.equal(text('Ü predict wat time ü\u2019ll finish'), "U predict wat time u'll finish");
    assert.equal(text('e\u0301te\u0301'), 'ete'); // decomposed accents
  });

  it('keeps a Russian message Russian, word for word', () => {
    const ru = 'Привет, как дела? Это мой новый номер, напиши мне';
    const n = normalize(ru);
    assert.equal(n.text, ru);
    assert.equal(n.obfuscation.confusables, 0);
  });

  it('keeps Greek words, even one made only of look-alikes, when the message is Greek', () => {
    assert.equal(text('ΚΑΙ ο λόγος ήταν καλός'), 'ΚΑΙ ο λόγος ήταν καλός');
  });

  it('counts every letter of a Greek word when it weighs the message, so a Greek notice naming a Latin domain stays Greek', () => {
    // six of this Greek text's letters are not look-alikes, "gov gr gov gr wallet" has sixteen
    const greek = 'gov.gr: Ο κωδικός επιβεβαίωσης για το gov.gr wallet είναι 827311.';
    assert.equal(text(greek), greek);
    // a Latin message still folds its look-alike words
    assert.equal(
      text('\u0412\u0410\u041d\u041a: your account at bank.com is locked'),
      'BAHK: your account at bank.com is locked',
    );
  });

  it('folds look-alikes in a word that mixes them with Latin letters, even in a Cyrillic message', () => {
    assert.equal(text('Ваш pаypаl заблокирован'), 'Ваш paypal заблокирован');
  });

  it('folds a word made only of look-alikes when the message is Latin-script', () => {
    assert.equal(text('\u0412\u0410\u041d\u041a ACCOUNT LOCKED'), 'BAHK ACCOUNT LOCKED');
    assert.equal(text('Your \u0421\u0410\u0421\u041d is ready'), 'Your CACH is ready');
    assert.equal(text('Tap \u0430\u0440\u0440 now'), 'Tap app now');
  });

  it('folds a look-alike word when nothing in the message says it is Cyrillic', () => {
    // No letter of any other script: nothing says it is Russian, so the attack reading wins.
    assert.equal(text('\u041e\u041a'), 'OK');
    assert.equal(text('\u0434\u0430'), '\u0434\u0430'); // "да": д has no Latin look-alike
  });

  it('maps Windows-1252 bytes that became C1 controls to the quote or dash they were meant to be', () => {
    const n = normalize('Fine if that\u0092s the way u feel \u0096 ok \u0093yes\u0094 \u0091x\u0092');
    assert.equal(n.text, "Fine if that's the way u feel - ok \"yes\" 'x'");
    assert.equal(n.obfuscation.controls, 6);
    assert.equal(text('cost \u0080 5\u0085'), 'cost € 5...');
    assert.equal(text('a\u0081b\u009dc'), 'abc'); // no character in Windows-1252
  });

  it('removes C0 controls and DEL but keeps tabs and newlines as spaces', () => {
    assert.equal(text('a\u0000b\u0007c\u007fd\te\nf\r\ng'), 'abcd e f g');
  });

  it('folds typographic quotes and dashes to ASCII without counting them', () => {
    const n = normalize('I\u2018m \u201cfine\u201d \u2013 you\u2019re \u2014 ok\u2026');
    assert.equal(n.text, 'I\'m "fine" - you\'re - ok...');
    assert.equal(n.obfuscation.confusables, 0);
  });

  it('decodes the HTML entities of the corpus once', () => {
    const n = normalize('Call &lt;#&gt; at &lt;DECIMAL&gt; &amp; pay &pound;5 &amp;lt;');
    assert.equal(n.text, 'Call <#> at <DECIMAL> & pay £5 &lt;');
    assert.equal(n.obfuscation.entities, 7);
    assert.equal(text('&#87;&#x49;&#78;'), 'WIN');
    assert.equal(text('A &unknown; &#0; &#xD800; entity'), 'A &unknown; &#0; &#xD800; entity');
  });

  it('removes an invisible character or folds a look-alike that arrives as an entity', () => {
    const n = normalize('WIN&#8203;NER &#65313;');
    assert.equal(n.text, 'WINNER A');
    assert.equal(n.obfuscation.invisible, 1);
    assert.equal(text('W&#1030;NNER'), 'WINNER');
    assert.equal(text('a&nbsp;&nbsp;b'), 'a b');
  });

  it('collapses every kind of white space to one space and trims', () => {
    assert.equal(text('  hi\u00a0\u00a0there\u3000you \u2028 \u2003 x  '), 'hi there you x');
    assert.equal(text('one  two'), 'one two');
  });

  it('keeps emoji, strips their variation selectors and joiners', () => {
    assert.equal(
      text('Love it \u2764\ufe0f \ud83d\ude00\ud83d\udc4d'),
      'Love it \u2764 \ud83d\ude00\ud83d\udc4d',
    );
    assert.equal(
      text('\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67'),
      '\ud83d\udc68\ud83d\udc69\ud83d\udc67',
    );
  });

  it('keeps right-to-left text and removes bidi controls', () => {
    const n = normalize('\u202eمرحبا بك\u202c שלום');
    assert.equal(n.text, 'مرحبا بك שלום');
    assert.equal(n.obfuscation.invisible, 2);
  });

  it('removes lone surrogates so the text is well-formed', () => {
    const n = normalize('WIN\ud800NER \udc00x\ud83d');
    assert.equal(n.text, 'WINNER x');
    assert.equal(n.obfuscation.invisible, 3);
    assert.equal(Buffer.from(n.text, 'utf8').toString('utf8'), n.text);
  });

  it('handles a 10,000-character message and finds its features', () => {
    const unit = 'Call 09061701461 or visit bit.ly/abc for £100. ';
    const long = unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000);
    const n = normalize(long);
    assert.equal(n.text, long.trim());
    const copies = Math.floor(10_000 / unit.length);
    assert.ok(n.features.phones.length >= copies);
    assert.ok(n.features.urls.length >= copies);
    assert.ok(n.features.money.length >= copies);
    // One spaced run of 5,000 letters: rebuilt in one piece, in linear time.
    assert.equal(normalize('F R E E '.repeat(1250)).text, 'FREE'.repeat(1250));
  });

  it('handles a 10,000-character message of obfuscated characters', () => {
    const long = 'Ｗ\u200bІ𝐍 '.repeat(2500);
    const n = normalize(long);
    assert.equal(n.text, 'WIN '.repeat(2500).trim());
    assert.equal(n.obfuscation.invisible, 2500);
  });
});

describe('normalize spaced-out words', () => {
  it('rebuilds letters spaced with one separator', () => {
    assert.equal(text('F R E E entry'), 'FREE entry');
    assert.equal(text('F.R.E.E entry'), 'FREE entry');
    assert.equal(text('F-R-E-E entry'), 'FREE entry');
    assert.equal(text('F. R. E. E. entry'), 'FREE. entry');
    assert.equal(text('f_r_e_e*c*a*s*h'), 'free*cash');
    assert.equal(text('Claim your F r e e gift'), 'Claim your Free gift');
  });

  it('keeps two spaced words apart when two spaces separate them', () => {
    assert.equal(text('F R E E  E N T R Y'), 'FREE ENTRY');
  });

  it('leaves single letters of SMS speak alone', () => {
    assert.equal(text('I am a b c'), 'I am a b c');
    assert.equal(text('u r a star'), 'u r a star');
    assert.equal(text('i c u r busy'), 'i c u r busy');
    assert.equal(text('HOW R U MAN? C U THIS WK'), 'HOW R U MAN? C U THIS WK');
    assert.equal(text('x x x'), 'x x x');
    assert.equal(text('did u c d little thing'), 'did u c d little thing');
    assert.equal(text("That's y i said it's y u"), "That's y i said it's y u");
  });

  it('splits a run where its case changes', () => {
    assert.equal(text('Get a F R E E phone'), 'Get a FREE phone');
    assert.equal(text('u r a W I N N E R'), 'u r a WINNER');
  });

  it('rebuilds a word of SMS letters only when it is four or more capitals', () => {
    assert.equal(text('B A N K'), 'BANK');
    assert.equal(text('b a n k'), 'bank'); // k is not an SMS word
    assert.equal(text('C A R D'), 'CARD');
    assert.equal(text('c a r d'), 'c a r d');
    assert.equal(text('U R A'), 'U R A');
  });

  it('lets the last letter of a run start a run with another separator', () => {
    assert.equal(text('e. g. H O R O ARIES'), 'e. g. HORO ARIES');
    assert.equal(text('800 S. I. M. p o i n t s'), '800 SIM. points');
  });

  it('rebuilds a spaced word whose letters are look-alikes', () => {
    assert.equal(text('your \u0405 \u0406 \u041c card'), 'your SIM card');
  });

  it('does not touch abbreviations of two letters', () => {
    assert.equal(text('e.g. a.m. p.m. i.e. U.K.'), 'e.g. a.m. p.m. i.e. U.K.');
  });

  it('rebuilds spaced digits only with spaces and four or more', () => {
    const n = normalize('call 0 9 0 6 1 7 0 1 4 6 1 now');
    assert.equal(n.text, 'call 09061701461 now');
    assert.deepEqual(n.features.phones, ['09061701461']);
    assert.equal(text('score 1 2 3'), 'score 1 2 3');
    assert.equal(text('v1.2.3.4'), 'v1.2.3.4');
  });
});

describe('normalize URL features', () => {
  const urls = (s: string) => normalize(s).features.urls;

  it('returns host, TLD, scheme and path of a plain link', () => {
    const [u, ...rest] = urls('Go to https://Example.COM/Win?id=1, now!');
    assert.equal(rest.length, 0);
    assert.deepEqual(
      { ...u },
      {
        raw: 'https://Example.COM/Win?id=1',
        host: 'example.com',
        tld: 'com',
        defanged: false,
        url: 'https://Example.COM/Win?id=1',
        scheme: 'https',
        path: '/Win?id=1',
        ip: false,
        shortener: false,
        start: 6,
        end: 34,
      },
    );
  });

  it('returns bare domains, www hosts and second-level country domains', () => {
    assert.deepEqual(
      urls('www.getzed.co.uk or bit.ly/abc or example.co.uk. Also WWW.URAWINNER.COM').map((u) => [
        u.host,
        u.tld,
        u.path,
      ]),
      [
        ['www.getzed.co.uk', 'uk', ''],
        ['bit.ly', 'ly', '/abc'],
        ['example.co.uk', 'uk', ''],
        ['www.urawinner.com', 'com', ''],
      ],
    );
  });

  it('marks known shorteners', () => {
    const found = urls(
      'bit.ly/a tinyurl.com/b t.co/c goo.gl/d ow.ly/e is.gd/f cutt.ly/g rb.gy/h shorturl.at/i',
    );
    assert.equal(found.length, 9);
    assert.ok(found.every((u) => u.shortener));
    assert.deepEqual(
      urls('tiny.cc/x rebrand.ly/y s.id/z example.com/q').map((u) => u.shortener),
      [true, true, true, false],
    );
  });

  it('marks a raw IP host, and needs a scheme or path for one', () => {
    const [u] = urls('login at http://192.168.10.1:8080/bank now');
    assert.equal(u?.ip, true);
    assert.equal(u?.host, '192.168.10.1');
    assert.equal(u?.tld, '');
    assert.deepEqual(
      urls('version 1.2.3.4 and 10.0.0.1/admin').map((x) => [x.host, x.ip, x.path]),
      [['10.0.0.1', true, '/admin']],
    );
  });

  it('finds a link whose scheme is glued to the word before it', () => {
    assert.deepEqual(
      urls('experiencehttp://www.vouch4me.com/etlp/dining.asp').map((u) => [u.host, u.path]),
      [['www.vouch4me.com', '/etlp/dining.asp']],
    );
  });

  it('stops a glued TLD at the digits that follow it', () => {
    assert.deepEqual(
      urls('www.Ldew.com1win150ppmx3age16').map((u) => u.host),
      ['www.ldew.com'],
    );
  });

  it('finds no link in abbreviations, sentences without spaces, numbers or prices', () => {
    for (const s of [
      'e.g. this',
      'at 10 a.m. today',
      'in the U.K. now',
      'the end.Then we left',
      'it.is ok.so me.too',
      'Hi.how are u',
      'version 1.2.3.4',
      '£1.50 or Rs.500 or No.1',
      'the dot com boom',
      'file.txt',
      'ok...see you',
    ]) {
      assert.deepEqual(urls(s), [], s);
    }
  });

  it('refangs defanged links in the text and marks them defanged', () => {
    const cases: [string, string, string][] = [
      ['hxxp://evil.example/login', 'http://evil.example/login', 'evil.example'],
      ['hxxps://evil.example/x', 'https://evil.example/x', 'evil.example'],
      ['HXXPS://evil.example/x', 'https://evil.example/x', 'evil.example'],
      ['http[:]//evil.example/x', 'http://evil.example/x', 'evil.example'],
      ['example[.]com', 'example.com', 'example.com'],
      ['example(.)com', 'example.com', 'example.com'],
      ['example{.}com', 'example.com', 'example.com'],
      ['example[dot]com', 'example.com', 'example.com'],
      ['example dot com', 'example.com', 'example.com'],
      // a suffix of two labels, neither known alone as a TLD a host ends in
      ['bank-docs dot co dot za', 'bank-docs.co.za', 'bank-docs.co.za'],
      ['www . example . com', 'www.example.com', 'www.example.com'],
      ['www(.)example(.)co(.)uk/p', 'www.example.co.uk/p', 'www.example.co.uk'],
      ['http//www.example.com/p', 'http://www.example.com/p', 'www.example.com'],
    ];
    for (const [input, refanged, host] of cases) {
      const n = normalize(`visit ${input} now`);
      assert.equal(n.text, `visit ${refanged} now`, input);
      assert.equal(n.features.urls.length, 1, input);
      const u = n.features.urls[0];
      assert.equal(u?.host, host, input);
      assert.equal(u?.defanged, true, input);
      assert.equal(u?.raw, input, input);
      assert.ok(n.obfuscation.defanged > 0, input);
    }
  });

  it('does not mark an ordinary link defanged', () => {
    assert.equal(urls('see http://example.com')[0]?.defanged, false);
  });

  it('leaves prose with " dot " alone', () => {
    assert.equal(text('join the dots, dot your i'), 'join the dots, dot your i');
    assert.equal(text('Meet me at the dot com party'), 'Meet me at the dot com party');
  });
});

describe('normalize phone features', () => {
  const phones = (s: string) => normalize(s).features.phones;

  it('returns UK numbers, national and international', () => {
    assert.deepEqual(phones('Call 09061701461 to claim'), ['09061701461']);
    assert.deepEqual(phones('Call 0906 170 1461 to claim'), ['09061701461']);
    assert.deepEqual(phones('ring 0800 505060 today'), ['0800505060']);
    assert.deepEqual(phones('text +44 7911 123456 or 0044 7911 123456'), ['+447911123456', '+447911123456']);
    assert.deepEqual(phones('+44 (0)7911 123456'), ['+447911123456']);
    assert.deepEqual(phones('T&Cs 08452810075over18s'), ['08452810075']);
    assert.deepEqual(phones('CALL09050000327 NOW'), ['09050000327']);
  });

  it('returns North American numbers', () => {
    assert.deepEqual(phones('call (408) 555-0001 now'), ['4085550001']);
    assert.deepEqual(phones('call 408-555-0001 or 408.555.0001'), ['4085550001', '4085550001']);
    assert.deepEqual(phones('call 1-800-555-0199'), ['18005550199']);
    assert.deepEqual(phones('call +1 (408) 555-0001'), ['+14085550001']);
  });

  it('does not take a labelled identifier for a phone number', () => {
    for (const s of [
      'Your order 2025550143 has shipped',
      'Tracking no. 0123456789 out for delivery',
      'Tu envio 7012345678 llega hoy',
      'Ref #: 4085550001',
      'Sendungsnummer: 0123456789',
    ]) {
      assert.deepEqual(phones(s), [], s);
    }
    // the label belongs to the word before the number, not to any word earlier in the sentence
    assert.deepEqual(phones('About your order, call 2025550143'), ['2025550143']);
  });

  it('returns an Indian mobile number written as one run', () => {
    assert.deepEqual(phones('call the officer on 9876543210 today'), ['9876543210']);
    assert.deepEqual(phones('call the officer on 8240193277 today'), ['8240193277']);
    // not a run starting below 6 that is no North American number, nor one split in groups
    assert.deepEqual(phones('ref 5240193277 and 98765 43210x'), []);
  });

  it('separates a phone number from the next number', () => {
    assert.deepEqual(phones('call 09061701461 2 claim'), ['09061701461']);
    assert.deepEqual(phones('09061701461 09061701462'), ['09061701461', '09061701462']);
  });

  it('splits a UK number written straight into its price', () => {
    const n = normalize('Call 08700621170150p/min');
    assert.deepEqual(n.features.phones, ['08700621170']);
    assert.deepEqual(
      n.features.money.map((m) => [m.raw, m.currency, m.amount]),
      [['150p', 'GBP', 1.5]],
    );
  });

  it('does not take times, dates, prices, years or counts for phone numbers', () => {
    for (const s of [
      'see you at 12:30 or 12.30',
      'on 2024-05-21 or 21/05/2024 or 21.05.2024 or 21-05-2024',
      'win £1,000,000 or 1 000 000 pounds',
      '21st May 2005 and 2006',
      'only 1234567 left',
      'order 12345678',
    ]) {
      assert.deepEqual(phones(s), [], s);
    }
  });
});

describe('normalize short-code features', () => {
  const codes = (s: string) => normalize(s).features.shortCodes;

  it('returns a 4 to 6 digit number after text/txt/send/reply ... to', () => {
    assert.deepEqual(codes('Text FA to 87121 to receive entry'), ['87121']);
    assert.deepEqual(codes('Send STOP FRND to 62468'), ['62468']);
    assert.deepEqual(codes('reply YES to 8007'), ['8007']);
    assert.deepEqual(codes('txt MUSIC 2 87066'), ['87066']);
    assert.deepEqual(codes('Txt the word: CLAIM to No: 81010 now'), ['81010']);
  });

  it('returns a standalone 5 or 6 digit number', () => {
    assert.deepEqual(codes('Call 85233 now'), ['85233']);
  });

  it('does not take codes, references, years, prices or phone numbers for short codes', () => {
    for (const s of [
      'Your code is 482913',
      'PIN: 4829',
      'ref 12345 and order #123456',
      'May 2005',
      'win £10000 now',
      'call 09061701461',
      'only 1000 left',
      'it costs 12345p',
      'at 12:30',
    ]) {
      assert.deepEqual(codes(s), [], s);
    }
  });
});

describe('normalize money features', () => {
  const money = (s: string) => normalize(s).features.money.map((m) => [m.raw, m.currency, m.amount, m.per]);

  it('returns currency and amount for each written form', () => {
    assert.deepEqual(money('won £1000 or $5.99 or €50 or 100 USD or Rs 500 or 50p or 1,000 pounds'), [
      ['£1000', 'GBP', 1000, ''],
      ['$5.99', 'USD', 5.99, ''],
      ['€50', 'EUR', 50, ''],
      ['100 USD', 'USD', 100, ''],
      ['Rs 500', 'INR', 500, ''],
      ['50p', 'GBP', 0.5, ''],
      ['1,000 pounds', 'GBP', 1000, ''],
    ]);
  });

  it('returns the rate of premium-rate prices', () => {
    assert.deepEqual(money('£1.50/msg, 150p/min, 150ppm, £3/wk, £1.50pm, 10p per minute'), [
      ['£1.50/msg', 'GBP', 1.5, 'msg'],
      ['150p/min', 'GBP', 1.5, 'min'],
      ['150ppm', 'GBP', 1.5, 'min'],
      ['£3/wk', 'GBP', 3, 'week'],
      ['£1.50pm', 'GBP', 1.5, 'min'],
      ['10p per minute', 'GBP', 0.1, 'min'],
    ]);
  });

  it('reads thousands, multipliers and decimal commas', () => {
    assert.deepEqual(money('£2,000 or £5k or $1m or €2 million or 5,99€'), [
      ['£2,000', 'GBP', 2000, ''],
      ['£5k', 'GBP', 5000, ''],
      ['$1m', 'USD', 1_000_000, ''],
      ['€2 million', 'EUR', 2_000_000, ''],
      ['5,99€', 'EUR', 5.99, ''],
    ]);
  });

  it('reads the Indian grouping of lakhs and crores', () => {
    assert.deepEqual(
      money('credited with INR 1,23,456.00 and Rs 12,34,567').map((m) => [m[1], m[2]]),
      [
        ['INR', 123456],
        ['INR', 1234567],
      ],
    );
  });

  it('does not take times or bare numbers for money', () => {
    assert.deepEqual(money('at 5pm or 3 p.m. with 2000 people'), []);
  });
});

describe('normalize Arabic', () => {
  it('reads a letter under its short vowels as the letter alone, and counts no obfuscation for it', () => {
    const n = normalize('عمل عن بُعد مَرحَباً');
    assert.equal(n.text, 'عمل عن بعد مرحبا');
    assert.equal(n.obfuscation.confusables + n.obfuscation.invisible, 0);
  });
});

describe('normalize digits of other scripts', () => {
  it('reads Arabic-Indic, Persian, Devanagari, Bengali and Thai digits as ASCII, so a phone number or an amount is one', () => {
    assert.equal(normalize('رقم ٠١٢٣٤٥٦٧٨٩').text, 'رقم 0123456789');
    assert.equal(normalize('کد ۴۵۶۷').text, 'کد 4567');
    assert.equal(normalize('ओटीपी १२३४').text, 'ओटीपी 1234');
    assert.equal(normalize('ফোন ০১৭১১২২৩৩৪৪').features.phones.length, 1);
    assert.equal(normalize('ราคา ๕๐๐ บาท').text, 'ราคา 500 บาท');
    assert.equal(normalize('৫০০').obfuscation.confusables, 0);
  });
});

describe("normalize money in the currencies of today's alerts", () => {
  it("returns the ISO code of an amount written with a code, a sign or a bank's short form", () => {
    const cases: [string, string, number][] = [
      ['AED 349.00 spent at NOON', 'AED', 349],
      ['Amt: NGN25,000.00 CR', 'NGN', 25000],
      ['Ksh1,250.00 sent to JANE', 'KES', 1250],
      ['5,000 KES received', 'KES', 5000],
      ['RM150.00 transfer', 'MYR', 150],
      ['R$ 85,00 enviado', 'BRL', 85],
      ['Rs:4.00 debited', 'INR', 4],
      ['₦5,000 credited', 'NGN', 5000],
      ['S$45.00 to TAN', 'SGD', 45],
      // a one-letter currency glued to an amount only a price has (rand, naira, peso, kwacha)
      ['Paid R1,299.00 at the till', 'ZAR', 1299],
      ['N12,000 sent to you', 'NGN', 12000],
      ['bill of P2,150.75 due', 'PHP', 2150.75],
      ['K350.00 deducted', 'ZMW', 350],
      // the two-letter ones may stand a space apart
      ['You have received Tk 3,500.00 from 0171', 'BDT', 3500],
      // rand, naira and kwacha glued to four to seven bare digits
      ['can you send me R1500 for rent', 'ZAR', 1500],
      ['abeg help me with N5000.', 'NGN', 5000],
      ['K2500 for school fees', 'ZMW', 2500],
      // the CFA franc as written, thousands grouped with dots, and the new leone
      ["j'ai envoye par erreur 20.000 FCFA sur votre Moov", 'XOF', 20000],
      ['Vous avez recu 25000 FCFA de 77', 'XOF', 25000],
      ['Rechnung: €1.500,00 offen', 'EUR', 1500],
      ['You have received NLe 1,500.00 from', 'SLE', 1500],
    ];
    for (const [text, currency, amount] of cases) {
      const m = normalize(text).features.money;
      assert.equal(m.length, 1, text);
      assert.equal(m[0]?.currency, currency, text);
      assert.equal(m[0]?.amount, amount, text);
    }
  });

  it('returns no money for a code that is an English word, a time, or a letter and a bare number', () => {
    for (const text of [
      'try 5 times',
      'call me at 5 pm',
      'pen 2 is blue',
      'R2 D2 and P1',
      'N64 console',
      'room R12',
      'sh 5 times',
      'tk 12 items',
      'take the R512 north',
      'printer model K2000x',
      'ref R12345678',
    ])
      assert.deepEqual(normalize(text).features.money, [], text);
  });
});

describe('normalize links on every suffix of the public suffix list', () => {
  it('returns a bare host on a newer or abuse-prone TLD as a link, and prose with a word TLD as none', () => {
    for (const text of ['pay at usps-redelivery.sbs now', 'go to toll-pay.cyou', 'see amaz0n-help.bond/x'])
      assert.equal(normalize(text).features.urls.length, 1, text);
    for (const text of ['Hi.how are u', 'ok.now what', 'see you at x.example'])
      assert.equal(normalize(text).features.urls.length, 0, text);
  });

  it('returns a bare host after a sentence ended in another script (a CJK full stop folds to a dot)', () => {
    assert.equal(normalize('ご確認ください。example-pay.top/my').features.urls.length, 1);
    assert.equal(normalize('see a.b.example.com now').features.urls[0]?.raw, 'a.b.example.com');
  });

  it('returns a bare host on a word TLD when a machine made it (a hyphen or a digit), not prose', () => {
    for (const text of [
      'renew at permit-office.gov-help.us',
      'apply via bank-card.nl.app',
      'see tarif-2025.web.id',
    ])
      assert.equal(normalize(text).features.urls.length, 1, text);
    for (const text of ['call us.Then we talk', 'meet me at the shop.it was fun', 'see you.at noon'])
      assert.equal(normalize(text).features.urls.length, 0, text);
  });

  it("returns a bare host under a government's suffix on a word TLD, not the suffix alone", () => {
    for (const text of ['download it from myaadhaar.uidai.gov.in', 'see www.nta.go.jp', 'file at irs.gov'])
      assert.equal(normalize(text).features.urls.length, 1, text);
    for (const text of ["let's go.in a minute", 'we will go.in'])
      assert.equal(normalize(text).features.urls.length, 0, text);
  });

  it("returns a brand's own domain on its own or a word TLD as a link, and another host on that TLD as none", () => {
    for (const text of [
      'Pay the duty at mydhl.express.dhl today',
      'Shop the sale: nykaa.fyi',
      'track it at zoma.to',
    ])
      assert.equal(normalize(text).features.urls.length, 1, text);
    for (const text of ['that was my.fyi for today', 'i want to go.to the shop'])
      assert.equal(normalize(text).features.urls.length, 0, text);
  });
});

describe('normalize e-mail features', () => {
  it('returns lower-case addresses and does not count their domain as a link', () => {
    const n = normalize('Mail Bob.Smith+x@Example.co.uk today');
    assert.deepEqual(n.features.emails, ['bob.smith+x@example.co.uk']);
    assert.deepEqual(n.features.urls, []);
  });

  it('refangs a defanged address', () => {
    const n = normalize('write to claims[at]prize-centre[.]com');
    assert.equal(n.text, 'write to claims@prize-centre.com');
    assert.deepEqual(n.features.emails, ['claims@prize-centre.com']);
  });
});

describe('normalize offsets', () => {
  it('maps every character of an unchanged message to itself', () => {
    const n = normalize('Call 09061701461 now');
    for (let i = 0; i < n.text.length; i++) assert.equal(n.originalIndex(i), i);
  });

  it('maps a feature back to what was written in the original', () => {
    const original = '  Ｃａｌｌ\u200b 0906\u200b1701461\t\tor hxxp://example[.]com/x &amp; ＷＩＮ';
    const n = normalize(original);
    assert.equal(n.text, 'Call 09061701461 or http://example.com/x & WIN');
    const url = n.features.urls[0];
    assert.ok(url);
    const span = n.originalSpan(url.start, url.end);
    assert.equal(original.slice(span.start, span.end), 'hxxp://example[.]com/x');
    const phone = n.text.indexOf('0906');
    const p = n.originalSpan(phone, phone + 11);
    assert.equal(original.slice(p.start, p.end), '0906\u200b1701461');
    const win = n.text.indexOf('WIN');
    const w = n.originalSpan(win, win + 3);
    assert.equal(original.slice(w.start, w.end), 'ＷＩＮ');
    assert.equal(original.slice(n.originalIndex(0), n.originalIndex(0) + 1), 'Ｃ');
    const amp = n.text.indexOf('&');
    const a = n.originalSpan(amp, amp + 1);
    assert.equal(original.slice(a.start, a.end), '&amp;');
  });

  it('maps a rebuilt spaced word and a folded look-alike back to their letters', () => {
    const original = 'Get a F R E E p\u0430yp\u0430l gift';
    const n = normalize(original);
    assert.equal(n.text, 'Get a FREE paypal gift');
    const free = n.originalSpan(6, 10);
    assert.equal(original.slice(free.start, free.end), 'F R E E');
    const paypal = n.originalSpan(11, 17);
    assert.equal(original.slice(paypal.start, paypal.end), 'p\u0430yp\u0430l');
  });

  it('maps the end of the text to the end of the original and clamps out-of-range indexes', () => {
    const n = normalize('hi  there ');
    assert.equal(n.text, 'hi there');
    assert.deepEqual(n.originalSpan(0, n.text.length), { start: 0, end: 9 });
    assert.deepEqual(n.originalSpan(-5, 100), { start: 0, end: 9 });
    assert.equal(n.originalIndex(n.text.length), 10);
  });
});

describe('the unified ideographs read without ICU', () => {
  it('are letters of no Latin script, not marks, left alone by NFKC casefolding and NFD, in this runtime', () => {
    const letter = /^\p{L}$/u;
    const latinOrMark = /^[\p{Script=Latin}\p{M}]$/u;
    const changes = /\p{Changes_When_NFKC_Casefolded}/u;
    let n = 0;
    for (const [lo, hi] of UNIFIED_IDEOGRAPHS) {
      for (let cp = lo; cp <= hi; cp++) {
        const ch = String.fromCodePoint(cp);
        const ok =
          letter.test(ch) &&
          !latinOrMark.test(ch) &&
          !changes.test(ch) &&
          ch.normalize('NFD') === ch &&
          ch.normalize('NFKC') === ch &&
          !LOOKALIKE.has(cp);
        if (!ok) assert.fail(`U+${cp.toString(16)}`);
        n++;
      }
    }
    assert.ok(n > 90_000);
    assert.equal(isUnifiedIdeograph(0x4e00 - 1), false);
    assert.equal(isUnifiedIdeograph(0x2a6de), false);
  });
});

describe('normalize rare ideographs', () => {
  it('reads an ideograph of the supplementary planes as U+3400, counting no obfuscation, and keeps those of the BMP', () => {
    const n = normalize('價錢 \u{20bb7}\u{2a6d6}\u{30000} 一');
    assert.equal(n.text, '價錢 \u3400\u3400\u3400 一');
    assert.equal(n.obfuscation.confusables + n.obfuscation.invisible + n.obfuscation.diacritics, 0);
  });
});
