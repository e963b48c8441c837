/**
 * The operator token: one value, or `new,old` while a rotation is under way (both accepted). Each
 * token is at least 32 characters with no whitespace (`openssl rand -hex 32` gives 64): a short
 * one is guessable, and one with a space could never match a Bearer header.
 * Tokens are compared as HMAC-SHA256 digests under a per-process random key with
 * `crypto.timingSafeEqual`, so neither the content nor the length of a token leaks through timing,
 * and every configured token is compared on every check (no early exit).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** `"new, old"` -> `['new', 'old']`: trimmed, empty entries and duplicates dropped. */
export function parseTokens(value: string | undefined): string[] {
  if (value === undefined) return [];
  const out: string[] = [];
  for (const part of value.split(',')) {
    const t = part.trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

export const MIN_TOKEN_LENGTH = 32;

/** What is wrong with a token value (`new,old`), never quoting it; empty when every token is usable. */
export function tokenProblems(value: string | undefined): string[] {
  const tokens = (value ?? '').split(',').map((t) => t.trim());
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (t === '') return;
    const which = tokens.length > 1 ? `token ${i + 1} of ${tokens.length}` : 'the token';
    if (t.length < MIN_TOKEN_LENGTH) out.push(`${which} is shorter than ${MIN_TOKEN_LENGTH} characters`);
    if (/\s/.test(t)) out.push(`${which} contains whitespace (it could never match a Bearer header)`);
  });
  return out;
}

/** The token of an `Authorization: Bearer <token>` header (scheme case-insensitive), or undefined. */
export function bearerToken(authorization: string | undefined): string | undefined {
  if (!authorization) return undefined;
  const m = /^\s*bearer\s+(\S+)\s*$/i.exec(authorization);
  return m?.[1];
}

export class TokenVerifier {
  /** How many tokens are accepted (1, or 2 during a rotation); never the tokens themselves. */
  readonly count: number;
  readonly #key = randomBytes(32);
  readonly #digests: readonly Buffer[];

  constructor(tokens: readonly string[]) {
    this.#digests = tokens.map((t) => this.#digest(t));
    this.count = tokens.length;
  }

  #digest(token: string): Buffer {
    return createHmac('sha256', this.#key).update(token, 'utf8').digest();
  }

  /** True when the candidate equals one of the tokens. Constant time in the candidate. */
  verify(candidate: string | undefined): boolean {
    if (candidate === undefined || this.#digests.length === 0) return false;
    const d = this.#digest(candidate);
    let ok = false;
    for (const t of this.#digests) ok = timingSafeEqual(d, t) || ok;
    return ok;
  }
}
