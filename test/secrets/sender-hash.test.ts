import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hmacSender, SENDER_HASH_LENGTH } from '../../shared/secrets/sender-hash.ts';

describe('hmacSender', () => {
  it('returns the same short hex hash for the same sender however it is written', () => {
    const a = hmacSender('key-1', '+1 (408) 555-0001');
    assert.match(a ?? '', new RegExp(`^[0-9a-f]{${SENDER_HASH_LENGTH}}$`));
    assert.equal(hmacSender('key-1', '+14085550001'), a);
    assert.ok(!(a ?? '').includes('4085550001'));
  });

  it('returns different hashes for different senders or keys', () => {
    assert.notEqual(hmacSender('key-1', '87121'), hmacSender('key-1', '87122'));
    assert.notEqual(hmacSender('key-1', '87121'), hmacSender('key-2', '87121'));
  });

  it('returns undefined when there is no sender', () => {
    assert.equal(hmacSender('key-1', undefined), undefined);
    assert.equal(hmacSender('key-1', '  '), undefined);
  });
});
