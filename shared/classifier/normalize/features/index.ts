/**
 * The features read from the final text: e-mail addresses, URLs, money amounts, phone numbers and
 * short codes. Each character of the text belongs to at most one feature, claimed in the order
 * e-mail, URL, money, phone, short code, so "£1000" is money and not a short code.
 */

import type { DomainLists } from '../domains.ts';
import type { Refang } from '../state.ts';
import { HAS_AT, HAS_DIGIT, HOST_DOT } from '../survey.ts';
import type { Features } from '../types.ts';
import { Claims } from './claims.ts';
import { findEmails } from './emails.ts';
import { NO_FEATURES, NONE } from './empty.ts';
import { findMoney } from './money.ts';
import { findPhones } from './phones.ts';
import { findShortCodes } from './short-codes.ts';
import { findUrls } from './urls.ts';

/** The features of the final text; `flags` is its survey (a host needs a dot between two labels). */
export function extractFeatures(
  text: string,
  flags: number,
  refangs: readonly Refang[] | null,
  lists: DomainLists,
): Features {
  const digit = (flags & HAS_DIGIT) !== 0;
  const dot = (flags & HOST_DOT) !== 0;
  const at = (flags & HAS_AT) !== 0;
  if (!digit && !dot) return NO_FEATURES;
  const claims = new Claims(text.length);
  const emails = at ? findEmails(text, claims) : NONE;
  const urls = dot ? findUrls(text, claims, refangs, lists) : NONE;
  if (!digit) return { urls, phones: NONE, shortCodes: NONE, emails, money: NONE };
  const phoneList: [number, string][] = [];
  const money = findMoney(text, claims, phoneList);
  const phones = findPhones(text, claims, phoneList);
  const shortCodes = findShortCodes(text, claims);
  return { urls, phones, shortCodes, emails, money };
}
