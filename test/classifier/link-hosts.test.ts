/**
 * A host longer than a DNS name (hostile text: `www.t.www.t....` over a whole body) is read as far
 * as a DNS name goes, its last 253 characters from a label's start: a listed host at its end is
 * still found, and the link facts are those of that tail (no brand is looked for in each of
 * thousands of labels).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledMaps } from '../../shared/classifier/assets.ts';
import { brandsInHost } from '../../shared/classifier/links/bait.ts';
import { type LinkFacts, readLinks } from '../../shared/classifier/links/facts.ts';
import { hostIn, lookalikeFold, MAX_HOST, parseBrands } from '../../shared/classifier/links/maps.ts';
import { senderBuiltHosts } from '../../shared/classifier/links/sender-host.ts';
import { normalize } from '../../shared/classifier/normalize/index.ts';
import { classifySender } from '../../shared/classifier/sender.ts';

const maps = bundledMaps().links;
const factsOf = (text: string) => {
  const n = normalize(text);
  return readLinks(n.features.urls, n.text.toLowerCase(), maps);
};

/** Each text's link facts have these counts. */
function expectFacts(texts: readonly string[], want: Partial<Record<keyof LinkFacts, number>>): void {
  for (const text of texts) {
    const f = factsOf(text);
    for (const [key, n] of Object.entries(want))
      assert.equal(f[key as keyof LinkFacts], n, `${key}: ${text}`);
  }
}

describe('hostIn', () => {
  it('finds a listed host at the end of a host of thousands of labels, and nothing else', () => {
    const set = new Set(['bit.ly', 'a.b.example.com']);
    const long = 'x.'.repeat(5000);
    assert.equal(hostIn(`${long}bit.ly`, set), true);
    assert.equal(hostIn(`${long}a.b.example.com`, set), true);
    assert.equal(hostIn(`${long}b.example.com`, set), false);
    assert.equal(hostIn('bit.ly', set), true);
    assert.equal(hostIn('notbit.ly', set), false);
  });
});

describe('parseBrands', () => {
  it('refuses a brand listed twice, which would split its names and domains', () => {
    const row = 'acme\tacme bank\tacme.example';
    assert.equal(parseBrands(row).length, 1);
    assert.throws(() => parseBrands(`${row}\n${row}`), /acme listed twice/);
  });
});

describe('readLinks on a host longer than a DNS name', () => {
  it('returns the facts of its last labels', () => {
    const tail = 'paypal-secure-login.top';
    const pad = 'www.t.'.repeat(100);
    assert.ok(pad.length + tail.length > MAX_HOST);
    const long = factsOf(`verify your paypal account at http://${pad}${tail}/x now`);
    const short = factsOf(`verify your paypal account at http://t.${tail}/x now`);
    assert.deepEqual(long, short);
    assert.equal(long.brandMismatches, 1);
  });
});

describe('brandsInHost', () => {
  // The index finds what a scan of every brand's every token finds: a long token anywhere in the
  // joined host (an anchored one from a part's start), a short one as a whole part.
  const partStarts = (parts: readonly string[]) => parts.map((_, i) => parts.slice(0, i).join('').length);
  const naive = (joined: string, parts: readonly string[]) =>
    maps.brands.filter((b) =>
      b.hostTokens.some((t) =>
        !t.long
          ? parts.includes(t.token)
          : t.anchored
            ? partStarts(parts).some((s) => joined.startsWith(t.token, s))
            : joined.includes(t.token),
      ),
    );
  const hosts: string[] = ['a.co', 'x', 'paypal-secure.top', 'my.usps-track.info', 'net-flix-pay.com'];
  for (const b of maps.brands)
    for (const t of b.hostTokens)
      hosts.push(t.token, `x${t.token}y.com`, `a-${t.token}.b`, `${t.token}${t.token}`);
  it('reads a name whose first word is a letter or two only from a part start', () => {
    const ids = (host: string) => {
      const folded = lookalikeFold(host);
      return brandsInHost(folded.replace(/[.-]/g, ''), folded.split(/[.-]/), maps.hostTokenIndex).map(
        (b) => b.id,
      );
    };
    assert.ok(!ids('boostmobile.com').includes('tmobile'));
    assert.ok(ids('t-mobile-billing.com').includes('tmobile'));
    assert.ok(ids('tmobile-verify.com').includes('tmobile'));
    assert.ok(ids('securepaypal.com').includes('paypal'), 'an unanchored name counts anywhere');
  });
  it('finds the brands a scan of every token finds, for hosts made of every token', () => {
    for (const host of hosts) {
      const folded = lookalikeFold(host);
      const joined = folded.replace(/[.-]/g, '');
      const parts = folded.split(/[.-]/);
      const got = brandsInHost(joined, parts, maps.hostTokenIndex).map((b) => b.id);
      assert.deepEqual(new Set(got), new Set(naive(joined, parts).map((b) => b.id)), host);
      assert.equal(new Set(got).size, got.length, `${host}: each brand once`);
    }
  });
});

describe('readLinks: a self-named link', () => {
  it('counts a plain domain the text names in its own words, one word or a run of them', () => {
    assert.equal(
      factsOf('Northwind: your parcel is out for delivery. Track at northwind.com/t/123').selfNamed,
      1,
    );
    assert.equal(factsOf('Delivered by Blue Heron Couriers. Details at blueheron.co.uk').selfNamed, 1);
  });
  it('does not count a host that adds words, a number, an abuse-prone TLD or an unnamed host', () => {
    assert.equal(factsOf('Northwind: pay the fee at northwind-delivery.com').selfNamed, 0);
    assert.equal(factsOf('txt CREDIT to 80488 now, T&Cs www.80488.biz').selfNamed, 0);
    assert.equal(factsOf('Northwind: pay the fee at northwind.top').selfNamed, 0);
    assert.equal(factsOf('your parcel is waiting at southwind.com').selfNamed, 0);
  });
  it('leaves a self-named link out of the top-level domains the model reads', () => {
    assert.deepEqual(factsOf('Northwind: track at northwind.com/t/1').tlds, []);
    assert.deepEqual(factsOf('your parcel is waiting at southwind.com').tlds, ['com']);
  });
});

describe('readLinks: a host that wears another address', () => {
  it('counts a generic TLD worn inside a host, a country code before a generic TLD, hyphens on an abuse-prone TLD', () => {
    assert.equal(factsOf('Pay the toll at tollpay.com-secure.vip/x').deceptive, 1);
    assert.equal(factsOf('Claim your rebate at rebate-gov.claims.us').deceptive, 1);
    assert.equal(factsOf('Relief fund: aid.org.donate-today.xyz').deceptive, 1);
    assert.equal(factsOf('Your card is blocked: kaado.jp.top').deceptive, 1);
    assert.equal(factsOf('Parcel on hold: parcel-release.icu').deceptive, 1);
  });
  it('counts a country code worn in a subdomain with the worn forms, whoever sends it', () => {
    assert.deepEqual(
      [factsOf('Tax due: nta-go-jp.zeikin-pay.com').worn, factsOf('Verify: bank-vn.verify-now.xyz').worn],
      [1, 1],
    );
    // a whole address worn as the subdomain, and a country code before an abuse-prone TLD
    assert.deepEqual(
      [factsOf('Verify: kaado-card.jp.verify-cs.com').worn, factsOf('Refund: rimborsi-stato.it.cfd').worn],
      [1, 1],
    );
    // a country's address across the dot, its dot made a hyphen after a subdomain
    assert.deepEqual(
      [factsOf('Update: poste-kurier.gr-delivery.top').worn, factsOf('Pay: toll.pl-oplata.com/x').worn],
      [1, 1],
    );
    // a country's second level worn, its dot made a hyphen
    assert.deepEqual(
      [factsOf('Redelivery: posta.co-il.top/d').worn, factsOf('Card locked: bank-help.com-au.help').worn],
      [1, 1],
    );
    assert.deepEqual(
      [factsOf('Plans at www.eco-uk.com').worn, factsOf('Join the co-investment fund: co-invest.org').worn],
      [0, 0],
    );
    // the same code opening a plain name, or after www, is a name
    assert.deepEqual(
      [factsOf('Menu at www.th-kitchen.com').worn, factsOf('Shop at cz-outlet.com').worn],
      [0, 0],
    );
    // a company's regional site (as a suffix or as the first label), and hyphenated words on an abuse-prone TLD, are not worn
    assert.equal(factsOf('Annual report at www.acme-th.com/report').worn, 0);
    assert.equal(factsOf('Jobs at uk.acme-careers.com/apply').worn, 0);
    assert.deepEqual(
      [
        factsOf('Parcel on hold: parcel-release.icu').deceptive,
        factsOf('Parcel on hold: parcel-release.icu').worn,
      ],
      [1, 0],
    );
  });
  it('does not count a shop named with a TLD word, a government domain, a subdomain on an abuse-prone TLD, a plain host', () => {
    assert.equal(factsOf('New season at net-a-porter.com').deceptive, 0);
    assert.equal(factsOf('Renew at dmv.ca.gov/renew').deceptive, 0);
    // an e-government portal's own name ("e-" and the word), not a worn "gov"
    assert.deepEqual(
      [
        factsOf('Your request was filed at e-gov.am').deceptive,
        factsOf('Your request: e-gov.am/status').worn,
      ],
      [0, 0],
    );
    assert.equal(factsOf('Tickets at party.somegroup.club').deceptive, 0);
    assert.equal(factsOf('Menu at joes-diner.com').deceptive, 0);
    assert.equal(factsOf('News at bbc.co.uk').deceptive, 0);
  });
});

describe("readLinks: a government's own domain", () => {
  it('counts a link on a suffix only a government registers as of known standing', () => {
    expectFacts(
      [
        'File online at www.gov.uk/self-assessment',
        'Book at nhs.uk/vaccines',
        'Details: www.irs.gov/refunds',
        'Apply at https://imigrasi.go.id',
        // a Canadian province's own suffix
        'Renouvelez en ligne sur saaq.gouv.qc.ca',
        'Renew at www.services.gov.on.ca/renew',
        // a national portal at the suffix itself
        'Consulte a restituicao em www.gov.br/receitafederal',
        'Tramita tu cita en https://www.gob.mx/sre',
      ],
      { brandLinks: 1, deceptive: 0 },
    );
  });
  it('does not count a host that only wears a government suffix', () => {
    for (const text of [
      'Refund: tax-refund.gov-uk.top/claim',
      'Pay at irs.gov.refund-now.com',
      'Payez sur saaq.gouv.qc.ca.amende-paiement.com',
      // go.to is a redirector under Tonga's suffix, not a government's
      'Your refund: tax.go.to/claim',
    ])
      assert.equal(factsOf(text).brandLinks, 0, text);
  });
});

describe("readLinks: a government's site beside a named brand", () => {
  it('is no impersonation of the brand (a bank sends its customers to the police or the regulator)', () => {
    expectFacts(
      [
        'HDFC Bank never asks for your PIN. Report fraud at cybercrime.gov.in or call 1930',
        'Barclays: scam texts can be reported to 7726 or at www.ncsc.gov.uk',
        'Wells Fargo will never ask for your code. Learn more at consumer.ftc.gov',
      ],
      { brandMismatches: 0, brandLinks: 1 },
    );
  });
  it('still finds a brand built into a host under a look-alike of a government suffix', () => {
    for (const text of [
      'HDFC: update KYC at hdfc-kyc.gov-in.top',
      'SBI alert: sbi-rewards.gov.in.claim-now.com/x',
    ])
      assert.equal(factsOf(text).brandMismatches, 1, text);
  });
});

describe("readLinks: a shop or utility that counts by a link's host only", () => {
  it("finds a look-alike host built of a South Asian or African shop's or utility's name", () => {
    for (const text of [
      'Your Swiggy One membership is on hold. Renew at swiggy-one.co.in/renew',
      'Flipkart Big Billion lucky draw: claim at flipkart-lucky.shop/win',
      'IRCTC refund pending, update bank details: irctc-refund.in/form',
      'Jiji: buyer paid via escrow, confirm at jiji-escrowpay.com',
      'ENEO: votre courant sera coupe ce soir, reglez votre facture sur eneo-paiement.com',
    ])
      assert.equal(factsOf(text).brandMismatches, 1, text);
  });
  it("counts the shop's own domains, and its name in text beside another link is no impersonation", () => {
    for (const text of [
      'Your Zomato order is out for delivery. Track: zoma.to/t/8KD2',
      'Flipkart: your order has shipped. Track it at fkrt.it/Zx9Q',
      'Daraz: your parcel is on its way, see daraz.pk/orders',
      'SENELEC: votre facture de novembre est disponible sur senelec.sn/factures',
    ]) {
      const f = factsOf(text);
      assert.equal(f.brandMismatches, 0, text);
      assert.equal(f.brandLinks, 1, text);
    }
    // a shop's notice through a short link of its own that the table does not know
    assert.equal(factsOf('Myntra: your return is picked up. Details: mynt.ra/r/22').brandMismatches, 0);
  });
});

describe('readLinks: a host built of a brand and a word of the lure', () => {
  it('counts it apart from a brand merely named beside another link', () => {
    for (const text of [
      'Westpac: new device added. Not you? cancel at westpac-cancel.com/au',
      'Your parcel is held: usps-redeliver.top/a1',
      'Netflix: payment failed, update at netflix-billing-update.net',
      'Bank of Ireland: new payee added, stop it at bankofireland-365-cancel.com',
      // the brand's own address worn in the host, its dot dropped or made a hyphen
      'Assurance Maladie : votre carte Vitale expire, renouvelez-la sur amelifr-carte.com',
      'USPS: your package is on hold, see usps-com.help/p',
      // the lure's word in another language
      'CAIXA: sua senha expira hoje, atualize em caixa-atualiza.com/app',
      'Trendyol: iade tutariniz hazir: trendyol-iade.com/x',
      'mBank: przelew wstrzymany, anuluj na mbank-anulowanie.com/pl',
      'Mercado Pago: tu cuenta fue bloqueada, ve mercadopago-devolucion.com/mx',
      'Akbank: hesabiniz askiya alindi, akbank-giris-tr.com adresinden dogrulayin',
      'Sparkasse: Ihr Zugang wird gesperrt, bitte sparkasse-sicherheit.info besuchen',
      'Nordea: bekräfta din identitet på nordea-bekraft.se.net',
      // a country's address of the brand's worn in another host's subdomain
      'Zasilka ceka na doruceni: packeta-sk.doruc.help/7781',
      'Teie pakk ootab: omniva-ee.pakiautomaat.top/p',
    ]) {
      const f = factsOf(text);
      assert.equal(f.brandMismatches, 1, text);
      assert.equal(f.baitedMismatches, 1, text);
    }
    // named in text, the link elsewhere: a mismatch, but not an address dressed as the brand's
    const named = factsOf('USPS: your parcel is waiting, see parcel-desk.com/x');
    assert.equal(named.brandMismatches, 1);
    assert.equal(named.baitedMismatches, 0);
  });
  it("is not a brand's own site that the table does not list (its product words are no lure)", () => {
    for (const text of [
      'Tesco Mobile: double data this month, see tescomobile-deals.com',
      'Santander: abre tu cuenta en bancosantander-online.es',
      'American Red Cross: book a donation at redcrossblood.org',
    ])
      assert.equal(factsOf(text).baitedMismatches, 0, text);
  });
});

describe('readLinks: a platform tenant named after a brand and the lure', () => {
  it('is a baited mismatch, not a platform link', () => {
    expectFacts(
      [
        'HDFC Bank: your account is on hold, finish e-KYC at hdfcbank-kyc.page.link/x',
        'PayPal: confirm your login at paypal-verify.app.link/a',
      ],
      { platforms: 0, baitedMismatches: 1 },
    );
  });
  it("leaves the platform's own host, a plain tenant and a brand's own tenant name alone", () => {
    expectFacts(
      [
        'Open the app to see your statement: https://hdfcbank.page.link/stmt',
        'Your cashback is in the app: https://myshop.app.link/cb',
        // a brand's own deep links, named after the brand alone
        'Swiggy: 50% off tonight, order at https://swiggy.onelink.me/88/t',
        'Watch it here https://support.google.com/answer/1',
      ],
      { platforms: 1, baitedMismatches: 0 },
    );
  });
});

describe("readLinks: a host that names a word of the text but wears a government's address", () => {
  it('is not self-named: it is worn', () => {
    const f = factsOf('Waka Kotahi: your rego has expired, renew now at nzta-rego.govt.nz.renew.ink');
    assert.equal(f.selfNamed, 0);
    assert.equal(f.worn, 1);
    // a sender's own site named in its words stays self-named
    assert.equal(factsOf('Pakmail: tu envio llega hoy, ve pakmail.com/rastreo').selfNamed, 1);
  });
});

describe('readLinks: the lure in the languages of the Nordics, the Baltics, the Gulf, Russia, Central Asia, Indonesia and West Africa', () => {
  it("counts a listed brand's name beside the lure's word as those languages write it in a host", () => {
    for (const text of [
      'Telia: faktura obetald, betala pa telia-betaling.com/se',
      'Posti: maksa tullimaksu posti-maksu.net/fi',
      'Nordea: logga in pa nordea-minasidor.com',
      'Telenor: se fakturaen din pa telenor-minside.info',
      'OP: kirjaudu op-omasivut.com nyt',
      'Сбербанк: вход в sberbank-kabinet.com/lk',
      'Gosuslugi: lk-gosuslugi.org/vhod',
      'Vipps: pengene kommer i retur, vipps-retur.com',
      'Kaspi: kaspi-qaytarish.com/uz',
      'BCA: dana pengembalian bca-pengembalian.com',
      'Danske Bank: aktivering af kort danskebank-aktivering.net',
      'Maybank: terima wang anda maybank-terima.com',
      'Tinkoff: tinkoff-poluchit.ru.com',
      'MTS: mts-prodlenie.com',
      'Mandiri: perpanjang kartu mandiri-perpanjang.com',
      'Absher: absher-violation.com',
      'Wildberries: wildberries-shtraf.com',
      'BRI: rekening diblokir bri-blokir.com',
      'Swedbank: kort sparrat swedbank-sparr.com',
      'Luminor: patvirtinkite luminor-patvirtin.com',
      'GTBank: update your BVN at gtbank-bvn.com',
      'Diia: diia-dopomoga.com',
    ]) {
      const f = factsOf(text);
      assert.equal(f.brandMismatches, 1, text);
      assert.equal(f.baitedMismatches, 1, text);
    }
  });
  it("leaves a brand's genuine hosts and the words those lure words sit inside alone", () => {
    for (const text of [
      'Telia: din faktura finns pa telia.se/mitt-telia',
      'Telenor: logg inn pa minside.telenor.no',
      'Sberbank: online.sberbank.ru',
      'Maybank: terima kasih, maybank2u.com.my',
      'Vattenfall: din elfaktura, vattenfall.se/mina-sidor',
      // "return" is no Nordic "retur", "terimakasih" no "terima", "sparrow" no "sparr"
      'IKEA: ikea-returns-info.com',
      'Maybank: maybank-terimakasih.com',
      'Swedbank: swedbank-sparrow.com',
    ])
      assert.equal(factsOf(text).baitedMismatches, 0, text);
  });
});

describe('sender_host_mismatch_count: the languages of the Nordics, the Baltics, the Gulf, Russia, Central Asia, Indonesia and West Africa', () => {
  const count = (sender: string, text: string) =>
    senderBuiltHosts(normalize(text, maps).features.urls, classifySender(sender), maps);
  it("counts the id's name beside a parcel's, a fine's or a renewal's word", () => {
    assert.equal(count('Kestrel', 'Kestrel: pakken venter, kestrel-levering.com'), 1);
    assert.equal(count('Kestrel', 'Kestrel: paketet ar forsenat kestrel-leverans.com'), 1);
    assert.equal(count('Kestrel', 'Kestrel: paket anda tertahan kestrel-kiriman.com'), 1);
    assert.equal(count('Kestrel', 'Kestrel: kestrel-posylka.com'), 1);
    assert.equal(count('Kestrel', 'Kestrel: maksamaton sakko kestrel-sakko.com'), 1);
    assert.equal(count('Kestrel', 'Kestrel: anda ada denda kestrel-denda.com'), 1);
    assert.equal(count('Kestrel', 'Kestrel: upgrade your line kestrel-upgrade.com'), 1);
  });
  it('counts a 3-letter id only when the host starts with it, a hyphen and a word of the lure', () => {
    assert.equal(count('DAO', 'DAO: din pakke kunne ikke leveres: dao-levering.com/dk'), 1);
    assert.equal(count('CSN', 'CSN: du har en aterbetalning, csn-refund.net'), 1);
    assert.equal(count('BCA', 'BCA: tarif baru, bca-aktivasi.com'), 1);
    // the name alone, beside a product word, inside a longer word, or after another word: no
    assert.equal(count('CSN', 'CSN: se dina sidor pa csn.se'), 0);
    assert.equal(count('CSN', 'CSN: se csn.com'), 0);
    assert.equal(count('STC', 'STC: stc-pay.com'), 0);
    assert.equal(count('BCA', 'BCA: bcaexpress-levering.com'), 0);
    assert.equal(count('DAO', 'DAO: my-dao-levering.com'), 0);
    assert.equal(count('OTP', 'OTP: otp-refund.com'), 0);
  });
  it('reads the name before a department or a country set off after a hyphen', () => {
    assert.equal(count('MOI-Qatar', 'MOI: moi-violation.com/qa'), 1);
    assert.equal(count('BCA-INFO', 'BCA: bca-blokir.com'), 1);
    assert.equal(count('GCB-Bank', 'GCB: gcb-bonus.com'), 1);
    assert.equal(count('ECG-Ghana', 'ECG: ecg-upgrade.com'), 1);
    assert.equal(count('ECG-Ghana', 'ECG: your bill at ecg.com.gh'), 0);
    assert.equal(count('GCB-Bank', 'GCB: gcbbank.com.gh'), 0);
    // any other word after the hyphen is part of the name
    assert.equal(count('ABC-Motors', 'ABC: abc-levering.com'), 0);
  });
});
