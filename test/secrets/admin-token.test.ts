import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bearerToken, parseTokens, TokenVerifier } from '../../shared/secrets/admin-token.ts';

describe('parseTokens', () => {
  it('returns both tokens of a rotation window, trimmed and without duplicates', () => {
    assert.deepEqual(parseTokens('new-token, old-token'), ['new-token', 'old-token']);
    assert.deepEqual(parseTokens('a,,a, '), ['a']);
    assert.deepEqual(parseTokens(' '), []);
    assert.deepEqual(parseTokens(undefined), []);
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
