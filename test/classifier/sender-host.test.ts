import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledMaps } from '../../shared/classifier/assets.ts';
import { createClassifier } from '../../shared/classifier/index.ts';
import { senderBuiltHosts } from '../../shared/classifier/links/sender-host.ts';
import { normalize } from '../../shared/classifier/normalize/index.ts';
import { classifySender } from '../../shared/classifier/sender.ts';

const maps = bundledMaps().links;
const count = (sender: string, text: string) =>
  senderBuiltHosts(normalize(text, maps).features.urls, classifySender(sender), maps);

describe('sender_host_mismatch_count: a link built around the sender id', () => {
  it("counts a host that starts with the id's name and adds to it", () => {
    assert.equal(count('Trendyol', 'Trendyol: kargo ucreti bekleniyor: trendyol-kargo-odeme.shop'), 1);
    assert.equal(count('KASPI', 'Kaspi: подтвердите данные kaspi-kz-verify.com/x'), 1);
    assert.equal(count('Tele2', 'Продлите договор: tele2-dogovor.ru.com'), 1);
  });
  it("counts the id's name as whole words beside a word of the lure, on any TLD", () => {
    assert.equal(count('Ostrava', 'Ostrava: parcel on hold, new slot at ostrava-delivery.com/x'), 1);
    assert.equal(count('NordBank', 'NordBank: card expiring, renew at nordbank-card-renew.com'), 1);
    assert.equal(count('NordBank', 'NordBank: confirm at my-nordbank-secure.net'), 1);
    // a card's safety or a parcel's errand, in English and the languages of Europe and Latin America
    assert.equal(count('NordBank', 'NordBank: SafeCard expired, reactivate at nordbank-safecard.com'), 1);
    assert.equal(count('Ostrava', 'Ostrava: zasilka ceka na vas: ostrava-doruceni.com/x'), 1);
    assert.equal(count('Ostrava', 'Ostrava: su envio esta retenido: ostrava-entrega.com/x'), 1);
    // a renewal (French, Spanish) and a verification (Swahili) beside the name
    assert.equal(count('Kestrel', 'Kestrel: votre carte expire, renouvelez: kestrel-renouvellement.com'), 1);
    assert.equal(count('Kestrel', 'Kestrel: su tarjeta vence, renovacion en kestrel-renovacion.com'), 1);
    assert.equal(count('Kestrel', 'Kestrel: hakiki akaunti yako kestrel-hakiki.com'), 1);
    // points, prizes and benefits (Spanish, Portuguese), a bill's copy
    assert.equal(count('Kestrel', 'Kestrel: tus puntos vencen hoy, canjealos: kestrel-puntos.com'), 1);
    assert.equal(count('Kestrel', 'Kestrel: voce ganhou um beneficio, ative: kestrel-beneficio.com'), 1);
    assert.equal(count('Kestrel', 'Kestrel: sua conta venceu, emita: kestrel-2via.com'), 1);
    // an id with its region set off after the name ("Kestrel-PE", "Kestrel BR")
    assert.equal(count('Kestrel-PE', 'Kestrel: tus puntos vencen hoy: kestrel-puntos.com'), 1);
    assert.equal(count('Kestrel BR', 'Kestrel: ative seu beneficio: kestrel-beneficio.com'), 1);
    assert.equal(count('Kestrel-PE', 'Kestrel: tu recibo en kestrel.com.pe'), 0);
    // the name and a word of the brand's own before the lure
    assert.equal(count('Kestrel', 'Kestrel Bank: bonus credited, claim at kestrelbank-bonus.com/c'), 1);
    assert.equal(count('Kestrel', 'Kestrel Bank: new branch hours at kestrelbank-branches.com'), 0);
    // beside another word, or inside a longer word, it is a site of the brand's or someone else's
    assert.equal(count('NordBank', 'NordBank: new savings rates at nordbank-sparen.com'), 0);
    assert.equal(count('Ostrava', 'Ostrava: see ostravadelivery.com'), 0);
    assert.equal(count('Ostrava', 'Ostrava: see newostrava-refund.com'), 0);
  });
  it("is not the id's own address, another id, a generic id or a person's number", () => {
    assert.equal(count('Trendyol', 'Trendyol: siparisiniz yolda: trendyol.com/siparis'), 0);
    assert.equal(count('KASPI', 'Kaspi.kz: перевод выполнен, kaspi.kz/app'), 0);
    assert.equal(count('INFO', 'Your bill is ready: info-billing.shop'), 0);
    // a brand's other sites add a word to its name: no impersonator's build
    assert.equal(count('WAEC', 'Results are out: check at waecdirect.org'), 0);
    assert.equal(count('CANAL+', 'Réabonnez-vous sur canalplus-afrique.com'), 0);
    assert.equal(count('+905321234567', 'trendyol-kargo-odeme.com'), 0);
  });
  it("counts the id's name with a country code or a lure's word as a subdomain of another's address", () => {
    assert.equal(count('Kestrel', 'Kestrel: your bill is unpaid, pay today: kestrel-bg.plateni.cc'), 1);
    assert.equal(count('Kestrel', 'Kestrel: parcel held: kestrel-delivery.dostavka.top/x'), 1);
    // the name alone as a subdomain is often the business's own service on a partner's address
    assert.equal(count('Kestrel', 'Kestrel: you have a new message, log in at kestrel.northclinic.org'), 0);
    assert.equal(count('Kestrel', 'Kestrel: renew your registration at kestrel.vic.gov.au'), 0);
  });
});

describe('a borrowed sender id', () => {
  it('gets no folder of a business: a notice-shaped lure on a host built around the id is not filed as a transaction', () => {
    const c = createClassifier();
    for (const [sender, text] of [
      [
        'Trendyol',
        'Trendyol: siparisiniz icin 29 TL kargo ucreti odenmedi, iade edilecek: trendyol-tr.delivery/odeme',
      ],
      ['Zalando', 'Zalando: your order is on hold, shipping fee unpaid: zalando-uk.shop/pay'],
    ] as const) {
      assert.notEqual(c.classify({ sender, text }).action, 'transaction', text);
    }
    assert.equal(
      c.classify({
        sender: 'Zalando',
        text: 'Zalando: your order has shipped. Track it at zalando.co.uk/orders',
      }).action,
      'transaction',
    );
  });
});
