/**
 * Money amounts: currency, amount in major units ("50p" is 0.5 GBP, "£5k" is 5000) and a
 * per-message/minute rate; a UK number glued to its price ("08700621170150p") gives a phone too.
 */
import type { MoneyFeature } from '../types.ts';
import { work } from '../work.ts';
import type { Claims } from './claims.ts';

// (first the Indian grouping of lakhs and crores: "1,23,456.00", "12,34,56,789")
// (and thousands grouped with dots, as francophone and continental alerts write them: "20.000 FCFA",
// "€1.500,00"; three digits after each dot, so "20.00" stays twenty)
const NUM = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?![\d.])|\d{1,7}(?:[.,]\d{1,2}(?!\d))?`;
const MULT = String.raw`(?:(k|m|bn)(?![a-z])|\s(million|thousand|grand)\b)?`;
const PER = String.raw`(?:(?:\s?\/\s?|\s?per\s|\sa\s)(message|msg|mtmsg|txt|text|sms|minute|mins?|pm|week|wk|day|month|mnth|mth|year|yr|call|tone)|(pm|pw|ppm|pmin|pmsg)(?![a-z]))?`;
/**
 * ISO 4217 codes written before or after an amount in today's bank and wallet alerts ("AED
 * 349.00", "NGN25,000", "5,000 KES"); not the ones that are English words (try, pen, cop, all).
 * And two that are no ISO code but how the currency is written: "FCFA" (the CFA franc) and "NLe".
 */
const CODES =
  'fcfa|nle|inr|usd|gbp|eur|aed|sar|qar|kwd|bhd|omr|jod|egp|sgd|myr|hkd|twd|php|idr|thb|vnd|ngn|kes|ksh|tsh|ush|ghs|zar|ugx|tzs|rwf|xof|xaf|pkr|bdt|lkr|npr|cad|aud|nzd|brl|mxn|clp|ars|uyu|chf|sek|nok|dkk|pln|czk|huf|ron|rub|uah|ils|jpy|krw|cny|rmb';
/**
 * A letter standing for the currency, glued to an amount only a price has ("R2,000.00", "N7,500",
 * "P4,320.00", "K1,250.50", "Sh1,500", "Tk500.00": rand, naira, peso, kwacha, shilling, taka):
 * a thousands group or two decimals, so "R2" or "P1" alone is not money. The two-letter ones may
 * stand a space apart ("Tk 3,500.00"). Rand, naira and kwacha are also written glued to four to
 * seven bare digits ("R1500 for rent", "N5000 transport"); a road or a model number is shorter or
 * runs on into letters ("R21", "K2000x").
 */
const LETTER_SIGNS: Readonly<Record<string, string>> = {
  r: 'ZAR',
  n: 'NGN',
  p: 'PHP',
  k: 'ZMW',
  sh: 'KES',
  tk: 'BDT',
};
const LETTER_SIGN = String.raw`\b(?:(?:r|n|p|k|(?:sh|tk)(?= ?\d))(?= ?(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,7}\.\d{2}(?!\d)))|(?:r|n|k)(?=\d{4,7}(?!\d|[.,]\d|[a-z])))`;
/** Signs before an amount: the symbols, and the short forms banks use ("Rs", "RM", "Rp", "R$", "S$"). */
const SIGNS = String.raw`£|€|\$|¥|₹|₦|₱|₩|₺|₽|₴|₪|฿|₫|৳|₵|r\$|s\$|hk\$|a\$|c\$|us\$|nz\$|\b(?:rs|rm|rp|${CODES})(?![a-z])\.?:?|${LETTER_SIGN}`;
const MONEY = new RegExp(
  String.raw`(?<![\d.,£$€¥₹])(${SIGNS})\s?(${NUM})${MULT}${PER}` +
    String.raw`|(?<![\d.,£$€¥₹])(${NUM})${MULT}\s?(ppm|pence|p(?<=\dp)(?!\.m)|pounds?|quid|dollars?|bucks|euros?|rupees?|yen|naira|cedis?|rand|pesos?|baht|ringgit|dirhams?|riyals?|€|${CODES})(?![a-z])${PER}`,
  'gi',
);
/** A UK number written straight into its price: "08700621170150p" is 08700621170 at 150p. */
const GLUED_PRICE = /(?<!\d)(0\d{10})(\d{1,4}(?:\.\d{1,2})?)(ppm|pence|p|gbp)(?![a-z])/gi;

const SIGN_CODES: Readonly<Record<string, string>> = {
  '₦': 'NGN',
  '₱': 'PHP',
  '₩': 'KRW',
  '₺': 'TRY',
  '₽': 'RUB',
  '₴': 'UAH',
  '₪': 'ILS',
  '฿': 'THB',
  '₫': 'VND',
  '৳': 'BDT',
  '₵': 'GHS',
  r$: 'BRL',
  s$: 'SGD',
  hk$: 'HKD',
  a$: 'AUD',
  c$: 'CAD',
  us$: 'USD',
  nz$: 'NZD',
  rm: 'MYR',
  ringgit: 'MYR',
  rp: 'IDR',
  ksh: 'KES',
  tsh: 'TZS',
  ush: 'UGX',
  rmb: 'CNY',
  naira: 'NGN',
  cedi: 'GHS',
  cedis: 'GHS',
  // the CFA franc as West and Central Africa write it, and Sierra Leone's new leone
  fcfa: 'XOF',
  nle: 'SLE',
  rand: 'ZAR',
  baht: 'THB',
  dirham: 'AED',
  dirhams: 'AED',
  riyal: 'SAR',
  riyals: 'SAR',
};
const ISO = new Set(CODES.split('|'));

/** Currencies by the symbol as written: a text repeating one (hostile: thousands of "£1") reads it once. */
const CURRENCY_MEMO = new Map<string, string>();
/** Symbols and units as written are few; a hostile text could write more, so the memo stops growing here. */
const CURRENCY_MEMO_MAX = 256;

function currencyOf(symbol: string): string {
  let code = CURRENCY_MEMO.get(symbol);
  if (code === undefined) {
    code = currencyOfSymbol(symbol);
    if (CURRENCY_MEMO.size < CURRENCY_MEMO_MAX) CURRENCY_MEMO.set(symbol, code);
  }
  return code;
}

function currencyOfSymbol(symbol: string): string {
  const key = symbol.toLowerCase().replace(/[.:]+$/, '');
  const code = SIGN_CODES[key];
  if (code) return code;
  if (ISO.has(key) && key !== 'rs') return key.toUpperCase();
  switch (key) {
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
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (s.includes(',')) {
    if (/,\d{3}/.test(s)) s = s.replace(/,/g, '');
    else s = s.replace(',', '.');
  }
  let n = Number(s);
  if (mult === undefined) return n;
  switch (mult.toLowerCase()) {
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
      currency: LETTER_SIGNS[m[1].toLowerCase()] ?? currencyOf(m[1]),
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
