/**
 * Money amounts: currency, amount in major units ("50p" is 0.5 GBP, "£5k" is 5000) and a
 * per-message/minute rate; a UK number glued to its price ("08700621170150p") gives a phone too.
 */
import type { MoneyFeature } from '../types.ts';
import { work } from '../work.ts';
import type { Claims } from './claims.ts';

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,7}(?:[.,]\d{1,2}(?!\d))?`;
const MULT = String.raw`(?:(k|m|bn)(?![a-z])|\s(million|thousand|grand)\b)?`;
const PER = String.raw`(?:(?:\s?\/\s?|\s?per\s|\sa\s)(message|msg|mtmsg|txt|text|sms|minute|mins?|pm|week|wk|day|month|mnth|mth|year|yr|call|tone)|(pm|pw|ppm|pmin|pmsg)(?![a-z]))?`;
const MONEY = new RegExp(
  String.raw`(?<![\d.,£$€¥₹])(£|€|\$|¥|₹|\b(?:rs|inr|usd|gbp|eur)(?![a-z])\.?)\s?(${NUM})${MULT}${PER}` +
    String.raw`|(?<![\d.,£$€¥₹])(${NUM})${MULT}\s?(ppm|pence|p(?<=\dp)(?!\.m)|pounds?|quid|dollars?|bucks|euros?|usd|gbp|eur|inr|rupees?|yen|€)(?![a-z])${PER}`,
  'gi',
);
/** A UK number written straight into its price: "08700621170150p" is 08700621170 at 150p. */
const GLUED_PRICE = /(?<!\d)(0\d{10})(\d{1,4}(?:\.\d{1,2})?)(ppm|pence|p|gbp)(?![a-z])/gi;

function currencyOf(symbol: string): string {
  switch (symbol.toLowerCase().replace(/\.$/, '')) {
    case '£':
    case 'gbp':
    case 'pound':
    case 'pounds':
    case 'quid':
    case 'p':
    case 'pence':
    case 'ppm':
      return 'GBP';
    case '€':
    case 'eur':
    case 'euro':
    case 'euros':
      return 'EUR';
    case '¥':
    case 'yen':
      return 'JPY';
    case '₹':
    case 'rs':
    case 'inr':
    case 'rupee':
    case 'rupees':
      return 'INR';
    default:
      return 'USD';
  }
}

function perOf(token: string | undefined): string {
  if (token === undefined) return '';
  switch (token.toLowerCase()) {
    case 'message':
    case 'msg':
    case 'mtmsg':
    case 'pmsg':
    case 'txt':
    case 'text':
    case 'sms':
      return 'msg';
    case 'minute':
    case 'min':
    case 'mins':
    case 'pm':
    case 'ppm':
    case 'pmin':
      return 'min';
    case 'week':
    case 'wk':
    case 'pw':
      return 'week';
    case 'month':
    case 'mnth':
    case 'mth':
      return 'month';
    case 'year':
    case 'yr':
      return 'year';
    default:
      return token.toLowerCase();
  }
}

function amountOf(num: string, mult: string | undefined): number {
  let s = num;
  if (/,\d{3}/.test(s)) s = s.replace(/,/g, '');
  else s = s.replace(',', '.');
  let n = Number(s);
  switch (mult?.toLowerCase()) {
    case 'k':
    case 'thousand':
    case 'grand':
      n *= 1e3;
      break;
    case 'm':
    case 'million':
      n *= 1e6;
      break;
    case 'bn':
      n *= 1e9;
      break;
  }
  return n;
}

/** UK numbers written straight into their price: the number goes to `phones`, the price to `out`. */
function findGluedPrices(
  text: string,
  claims: Claims,
  phones: [number, string][],
  out: MoneyFeature[],
): void {
  GLUED_PRICE.lastIndex = 0;
  for (let m = GLUED_PRICE.exec(text); m !== null; m = GLUED_PRICE.exec(text)) {
    work.money++;
    const phone = m[1] as string;
    const unit = (m[3] as string).toLowerCase();
    const amount = Number(m[2]) / (unit === 'gbp' ? 1 : 100);
    const start = m.index + phone.length;
    const end = m.index + m[0].length;
    phones.push([m.index, phone]);
    claims.add(m.index, end);
    out.push({
      raw: text.slice(start, end),
      currency: 'GBP',
      amount,
      per: unit === 'ppm' ? 'min' : '',
      start,
      end,
    });
  }
}

/** The amount a MONEY match is: a currency before the number, or a unit after it. */
function moneyOf(m: RegExpExecArray): MoneyFeature {
  const start = m.index;
  const end = start + m[0].length;
  if (m[1] !== undefined) {
    return {
      raw: m[0],
      currency: currencyOf(m[1]),
      amount: amountOf(m[2] as string, m[3] ?? m[4]),
      per: perOf(m[5] ?? m[6]),
      start,
      end,
    };
  }
  const unit = (m[10] as string).toLowerCase();
  let amount = amountOf(m[7] as string, m[8] ?? m[9]);
  if (unit === 'p' || unit === 'pence' || unit === 'ppm') amount /= 100;
  const per = unit === 'ppm' ? 'min' : perOf(m[11] ?? m[12]);
  return { raw: m[0], currency: currencyOf(unit), amount, per, start, end };
}

export function findMoney(text: string, claims: Claims, phones: [number, string][]): MoneyFeature[] {
  const out: MoneyFeature[] = [];
  findGluedPrices(text, claims, phones, out);
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text); m !== null; m = MONEY.exec(text)) {
    work.money++;
    const start = m.index;
    const end = start + m[0].length;
    if (claims.overlaps(start, end)) continue;
    claims.add(start, end);
    out.push(moneyOf(m));
  }
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out;
}
