/** Real parts for the API tests: a small YARA-X rule set, and a small real AdminHooks. */
import { timingSafeEqual } from 'node:crypto';
import type { AdminHooks } from '../../shared/api/http.ts';
import { type Classifier, createClassifier } from '../../shared/classifier/index.ts';

export const PRIZE_RULE = {
  name: 'prize.yar',
  source:
    'rule prize { meta: action = "junk" weight = 5.0 strings: $a = "won a prize" nocase condition: $a }',
};

let shared: Classifier | undefined;
/** Compiled once per test file: the real engine on one rule, no statistical layer. */
export function smallClassifier(): Classifier {
  shared ??= createClassifier({ rules: [PRIZE_RULE], model: null });
  return shared;
}

/** Token check in constant time; `undefined` token = admin disabled. Counts refreshes. */
export class TokenAdmin implements AdminHooks {
  refreshes = 0;
  readonly seenHeaders: (string | undefined)[] = [];
  constructor(readonly token: string | undefined) {}

  authorize(authorization: string | undefined): 'ok' | 'unauthorized' | 'disabled' {
    this.seenHeaders.push(authorization);
    if (this.token === undefined) return 'disabled';
    const expected = Buffer.from(`Bearer ${this.token}`);
    const given = Buffer.from(authorization ?? '');
    return given.length === expected.length && timingSafeEqual(given, expected) ? 'ok' : 'unauthorized';
  }

  async status(): Promise<Record<string, unknown>> {
    return { rules: 'bundled', refreshes: this.refreshes };
  }

  async refresh(): Promise<Record<string, unknown>> {
    this.refreshes++;
    return { changed: false, refreshes: this.refreshes };
  }
}

export function classifyBody(text: unknown, sender: unknown = '14085550001'): string {
  return JSON.stringify({ _version: 1, query: { sender, message: { text } }, app: { version: '1.1' } });
}
