/**
 * The sender as logs and explanations may carry it: a short keyed hash instead of the number.
 * The same sender written differently ("+1 (408) 555-0001", "+14085550001") hashes the same,
 * because the hash is taken over the classifier's canonical `kind:value` form.
 */
import { createHmac } from 'node:crypto';
import { classifySender, senderVariable } from '../classifier/sender.ts';

/** Hex characters kept: 64 bits, enough to tell senders apart in logs, too short to be a lookup key. */
export const SENDER_HASH_LENGTH = 16;

export function hmacSender(key: string | Uint8Array, sender: string | undefined): string | undefined {
  const info = classifySender(sender);
  if (info.kind === 'none') return undefined;
  return createHmac('sha256', key)
    .update(senderVariable(info), 'utf8')
    .digest('hex')
    .slice(0, SENDER_HASH_LENGTH);
}
