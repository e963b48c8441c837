import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bearerToken, parseTokens, TokenVerifier, tokenProblems } from '../../shared/secrets/admin-token.ts';

describe('parseTokens', () => {
  it('returns both tokens of a rotation window, trimmed and without duplicates', () => {
    assert.deepEqual(parseTokens('new-token, old-token'), ['new-token', 'old-token']);
    assert.deepEqual(parseTokens('a,,a, '), ['a']);
    assert.deepEqual(parseTokens(' '), []);
    assert.deepEqual(parseTokens(undefined), []);
  });
});

describe('tokenProblems', () => {
  const good = 'a'.repeat(32);
  it('returns nothing for tokens of 32 characters or more without whitespace, or for none', () => {
    assert.deepEqual(tokenProblems(good), []);
    assert.deepEqual(tokenProblems(` ${good} , ${'b'.repeat(64)} `), []);
    assert.deepEqual(tokenProblems(undefined), []);
  });

  it('returns which token is too short or has whitespace, never the token', () => {
    assert.deepEqual(tokenProblems('a'), ['the token is shorter than 32 characters']);
    assert.deepEqual(tokenProblems(`${good},${'c'.repeat(20)} ${'c'.repeat(20)}`), [
      'token 2 of 2 contains whitespace (it could never match a Bearer header)',
    ]);
  });
});

describe('bearerToken', () => {
  it('returns the token of a Bearer header whatever the scheme case', () => {
    assert.equal(bearerToken('Bearer abc'), 'abc');
    assert.equal(bearerToken('bearer  abc '), 'abc');
  });

  it('returns undefined when the header is missing or not Bearer', () => {
    assert.equal(bearerToken(undefined), undefined);
    assert.equal(bearerToken('Basic YTpi'), undefined);
    assert.equal(bearerToken('Bearer'), undefined);
    assert.equal(bearerToken('Bearer a b'), undefined);
  });
});

describe('TokenVerifier', () => {
  it('accepts each configured token and nothing else', () => {
    const v = new TokenVerifier(['new-token', 'old-token']);
    assert.equal(v.count, 2);
    assert.equal(v.verify('new-token'), true);
    assert.equal(v.verify('old-token'), true);
    assert.equal(v.verify('new-token '), false);
    assert.equal(v.verify('new-toke'), false);
    assert.equal(v.verify('NEW-TOKEN'), false);
    assert.equal(v.verify(''), false);
    assert.equal(v.verify(undefined), false);
  });

  it('accepts nothing when no token is configured', () => {
    assert.equal(new TokenVerifier([]).verify('anything'), false);
  });
});
