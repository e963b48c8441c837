/** E-mail addresses, in lower case; they are claimed first. */

import { work } from '../work.ts';
import type { Claims } from './claims.ts';

const EMAIL =
  /(?<![\w.%+-])[a-z0-9][a-z0-9._%+-]{0,63}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?![a-z-])/gi;

export function findEmails(text: string, claims: Claims): readonly string[] {
  const out: string[] = [];
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) {
    work.emails++;
    out.push(m[0].toLowerCase());
    claims.add(m.index, m.index + m[0].length);
  }
  return out;
}
