import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClassifier } from '../../shared/classifier/index.ts';
import { normalize } from '../../shared/classifier/normalize/index.ts';
import { quotesAWarning, warnsOfAScam } from '../../shared/classifier/quoted-warning.ts';

const warns = (text: string) => quotesAWarning(normalize(text).text.toLowerCase());

describe('quotesAWarning', () => {
  it('returns true for a quoted message with a warning around it, in any quotes the normaliser folds', () => {
    for (const text of [
      'Mum, got this today: "Royal Mail: your parcel is held, pay the £1.99 fee at royalmail-redeliver.info" its a scam, dont click',
      'FYI this came to my phone “Your Netflix account is suspended, update payment at netflx-billing.com”. Fake, ignore it',
      'Ojo, me llegó esto: "Su cuenta BBVA ha sido bloqueada, ingrese a bbva-validar.com" es una estafa',
      'HSBC: we will never ask for your PIN. Messages like "Your account is locked, verify at hsbc-secure.com" are fraud',
      // a lure's opening is enough to tell which one
      'Heads up, I got a text "Hi Grandpa it\'s me" from an unknown number asking for bail money. Call me first!',
    ]) {
      assert.equal(warns(text), true, text);
    }
  });

  it('returns false for a lure that vouches for itself, a short quote, or a warning with nothing quoted', () => {
    for (const text of [
      'got this "Your account is locked, verify at bank-secure-login.com" its not a scam, do it quick',
      'He said "fine" and left, beware of the dog lol',
      // a lure's keyword to reply is not a quoted message
      'Beware: your prize expires today. Reply "CLAIM" to 80888 to collect it',
      'USPS: your package is on hold, update your address at usps-trackhelp.top. Beware of delays',
    ]) {
      assert.equal(warns(text), false, text);
    }
  });
});

describe('warnsOfAScam', () => {
  const told = (text: string) => {
    const n = normalize(text);
    return warnsOfAScam(n.text.toLowerCase(), n.features.urls.length + n.features.phones.length > 0);
  };
  it('returns true for a warning told without quotes: do not click or open it, it is a scam', () => {
    for (const text of [
      'Dad got a text saying his Amazon account is locked, told him to delete it, its a scam',
      'Il nonno ha ricevuto un messaggio della banca con un link, digli di non aprire niente, è una truffa',
      'Oma hat eine SMS vom Paketdienst bekommen, bitte nicht klicken, das ist Betrug',
      'おばあちゃんに怪しいメールが来たみたい。リンクは開かないでって言っておいて',
      'ยายได้ข้อความว่าได้เงินคืน อย่าคลิกนะ หลอกลวง',
      'Somebody said he sent 300 cedis to my momo by mistake and I should return it. Dont fall for that one o',
      'Mama usirudishe pesa yoyote kwa mtu anayesema alikutumia kimakosa, ni matapeli',
      // a scam call: hang up, don't answer; someone posing as the writer; "there's no such thing"
      'Someone rang Aunty saying her bank account was frozen. Told her to hang up, it is a scam',
      'If anybody calls saying I had an accident and need money sent, hang up and ring me. It wasnt me',
      'Bank wale ke naam se KYC ka call aaye to mat uthana, aisa jaisa kuch nahi hota',
      "Don't answer calls from anyone claiming to be customs about a parcel, there is no such thing as a parcel fine by phone",
      'Tell your parents: a call about a "suspended" Aadhaar from the police is fake, there is nothing called that, just cut the call and it is a scam',
      'Someone added me to a WhatsApp group paying for likes, first they paid then they asked for a deposit. Is this a scam?',
      'Bhai ek loan app wala baar baar call kar raha hai processing charge ke liye, fraud hai na?',
      'Opa hat heute eine SMS von angeblich seiner Bank bekommen. Das war Betrug, er hat zum Glück nichts gemacht',
      'Aunty got a call that her son was arrested and needed bail. Tell everyone not to send anything, it was a scam',
      "Please ignore any message saying your gas will be cut off tonight, it's a fraud, we paid it last week",
      'That fake toll text scam is going around again, my dad nearly paid it',
      'If anyone calls saying they are from the bank and your card is blocked, just hang up',
      'Agar koi bhi call kare ki aapka SIM band hoga, toh phone kaat dena',
      'Mama, mtu akikuambia umeshinda zawadi na utume ada kwanza, ni wizi',
      // someone called claiming to be from somewhere: told, not the lure itself
      'Some guy rang Nan claiming to be from her bank about her pension, she nearly gave him her details',
      'ระวังนะ มีคนโทรมาอ้างว่าเป็นเจ้าหน้าที่ธนาคาร บอกว่าบัญชีถูกอายัด แม่เกือบโอนเงินไปแล้ว',
      // a person asking about a message they got, or whether to click it
      'Did you also get a text saying the water will be cut off tonight? We paid on Monday',
      'Bhai mere paas SBI ka msg aaya, account block hoga, link bhi hai. Click karun kya?',
      // "fake hai, click mat karna"; a family word against the voice-clone call; blocked it; thank god
      'Yaar HDFC ke naam se KYC ka message aaya link ke saath. Fake hai, click mat karna',
      'Ek message aaya ki gas connection kat jayega aaj, kisi number pe call karo. Fake hai na? Agency aisa nahi bhejti',
      'Nani ko kisi ne call kiya ke pension ka paisa aaya hai, code batao. Sab ko bol dena koi code na de',
      'Nana, remember: if someone who sounds like me calls asking for money, ask me our family word first',
      'Got a text asking if I was Kevin about some AI crypto thing. Replied wrong number and blocked it',
      "Mum nearly transferred her savings after a call from the bank's fraud team, thank god she rang me first",
      'Someone called saying there is a digital arrest for a parcel. Police never do this, please do not join any video call',
      // a child warning of the new-number scam in their own name, in five languages
      "Dad it's me, new work phone. Don't send money to anyone claiming to be me on another number",
      'Achtung: Oma hat eine WhatsApp von einer neuen Nummer bekommen, das war nicht ich! Bitte niemandem Geld schicken',
      'Mãe, se alguém pedir Pix dizendo que troquei de número, não sou eu. Avise seus pais também',
      'Bu, kalau ada yang minta uang atas nama saya dari nomor lain, jangan percaya ya',
      'Someone rang saying they were from my bank, hung up and called the bank myself, total scam',
      // "pretty sure it's fake", "it's fraud" (no article), "mat sunna" (romanised Hindi/Urdu: don't listen)
      'My aunt got a text that her gas account was overdue, pretty sure its fake. Dont click stuff like that',
      'Never click those "your Netflix is on hold" links, mum got one again. It\'s fraud, tell grandpa',
      'Agar koi call karke bole ki lottery lagi hai toh mat sunna, fraud hai. Chachi ke sath hua',
    ]) {
      assert.equal(told(text), true, text);
    }
  });
  it('returns false for a lure that calls itself a scam alert but has a link or a number, or vouches for itself', () => {
    for (const text of [
      'Scam alert: your card was used abroad. Do not click other links, secure it at https://card-secure-check.top',
      'Scam prevention team: a payment was stopped. Do not open other messages, call 1-888-555-0199 now',
      'this is not a scam, dont ignore it, your prize is waiting',
      "The bank says don't click links in texts",
      "Grandma it's me, I'm in jail, please don't hang up on me, I need bail tonight",
      "Don't answer calls from unknown numbers: your account is blocked, call 1800 123 4567 now",
      'This is not a scam: your refund is approved, reply with your card number to receive it',
      // a bank's code notice warns in the present tense: it is a notice, not a person's warning
      "Your sign-in code is 552 901. Never share it with anyone. If a caller asks you for it, it's a scam.",
    ]) {
      assert.equal(told(text), false, text);
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

describe('a code notice that warns about scammers, classified', () => {
  const c = createClassifier();
  it('goes to Transactions: the code it delivers, under a bare "Code:" after the warnings, is read as one', () => {
    for (const text of [
      'Zappay here! NEVER give this code to anyone on a call. BEWARE: whoever asks you for it is running a scam. Code: 552190',
      "Quillo: don't open links sent with this. Beware, anyone asking for it is a scammer. Code: 660318",
    ]) {
      assert.equal(c.classify({ text, sender: '55123' }).action, 'transaction', text);
    }
  });

  it('leaves a person telling of such a code without giving one in the inbox', () => {
    const text =
      "Mum, a bank code came to your phone? Don't open any link with it, whoever calls asking for it is a scam";
    assert.equal(c.classify({ text, sender: '+447700900123' }).action, 'none');
  });
});
