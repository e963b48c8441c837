import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bundledMaps } from '../../shared/classifier/assets.ts';
import { countCodes } from '../../shared/classifier/codes.ts';

const words = bundledMaps().codes;
const codes = (text: string) => countCodes(text.toLowerCase(), words);

describe('countCodes', () => {
  it('returns a code for every way a service writes one', () => {
    for (const text of [
      '123456 is your HSBC one-time passcode. It expires in 10 minutes.',
      'Your Uber code: 5521',
      'G-482913 is your Google verification code.',
      'X: 482-913 is your code. Do not share it.',
      'Use 903112 to verify your account.',
      'Snapchat code: 472-915. Happy Snapping!',
      'Your OTP for the transaction of AED 349.00 at NOON.COM is 538120.',
      'tu codigo de verificacion de mercado libre es 482091',
      'seu codigo de acesso e 551902',
      'code de confirmation 814492 pour valider votre operation',
      'ihr bestatigungscode lautet 550193',
      'kode otp anda adalah 330912',
      '【微信】验证码：538201，用于登录验证',
      '您的验证码为902317，10分钟内有效',
      'आपका IRCTC ओटीपी 482910 है',
      'OTP ของคุณ คือ 305596',
      'Ваш код подтверждения: 4412',
      '您的验证码是 482913，5分钟内有效，请勿泄露。',
      'Use the code (7744) on Acme to log in to your account.',
      '882193 (Acme Verification Code)',
      '【购物】您的验证码为902317，10分钟内有效，如非本人操作请忽略本短信。',
      '4412 - Acme login code',
      // the label bare, opening a sentence after the service's warnings
      'Quillo: nobody from us will ever call about this. Report anyone who asks for it. Code: 660318',
      'PayNest! Only you should type this in. Code: 77204',
    ]) {
      assert.ok(codes(text) > 0, text);
    }
  });

  it('returns no code for numbers that are something else', () => {
    for (const text of [
      "What's your code for the gym? Mine is 4451",
      'Mum the code they sent is 4821',
      'the door code is 4821, see you inside',
      'Zip code: 90210',
      'The total is 1234,5 EUR for the two nights',
      'room (2204) - the one with the sea view',
      'Promo code: 2024 gets you 20% off',
      'Use 4821 in store for $10 off your order',
      'Dear U have been invited. This is our final attempt to contact u! Txt CHAT to 86688',
      'My new number is 07700 900123, call me',
      'The MTN card pin is 1234 5678 9012 3456. Load am quick',
      'I paid £1234.50 for the flights',
      // a bare label with a door's four digits, or a pin a person passes on
      'Back gate is locked. Code: 4821, then push hard',
      'Ok. Pin: 55219 for the shopping card, dont lose it',
    ]) {
      assert.equal(codes(text), 0, text);
    }
  });

  it("returns no code for a door's, gate's or locker's code a person passes on, in any word order", () => {
    for (const text of [
      'o codigo do portao e 6631, sobe direto',
      'il codice del citofono è 2290, terzo piano',
      'kod do paczkomatu: 448120, odbierzesz?',
      'the garage code 7713 works again',
      'el codigo del portal es 1357 y luego el cuarto b',
      'o codigo da porta e 7319, segundo esquerdo',
      'koden till porten ar 4412, tredje vaningen',
      'kod do furtki to 2468, potem klatka c',
      'o codigo da caixa das chaves e 5172, apartamento 2',
      'la llave esta en el cajetin, codigo 3391',
      'la llave queda en el cofre con senha 4417, check-in a las 15',
      'el codigo del portero es 5521, subi nomas',
      'код домофона 4472, а от калитки 1190',
      'la clave del wifi es casa_2024',
      // the door, gate or keys a few words from the code word, in the same sentence
      'la puerta de abajo se abre con el codigo 8842, sube al segundo',
      'il codice per aprire il cancello grande e 3310',
      'ο κωδικος για την πορτα ειναι 6604',
      'the front door opens with code 2219 after 6pm',
      'el codigo de la llave es 7720, esta en el buzon',
    ]) {
      assert.equal(codes(text), 0, text);
    }
    // a door in another sentence leaves a service's code a code
    assert.ok(codes('deja el paquete en la puerta. tu codigo de verificacion es 482913') > 0);
    assert.ok(codes('your verification code is 551902. never give it to anyone at your door') > 0);
    assert.ok(
      codes('kod odbioru: 448120, paczka czeka do piatku') > 0,
      "a parcel locker's pickup code from its service",
    );
  });
});
