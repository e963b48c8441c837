import assert from 'node:assert/strict';
import type { Worker } from 'node:cluster';
import { describe, it } from 'node:test';
import { sendToWorker } from '../../container/worker-send.ts';

/** A worker whose channel closed under the send: Node reports EPIPE to the send's callback. */
function closing(connected: boolean): Worker & { sent: number } {
  const w = {
    sent: 0,
    isConnected: () => connected,
    send(_m: unknown, _h: unknown, _o: unknown, cb: (e: Error | null) => void) {
      w.sent++;
      queueMicrotask(() => cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })));
      return false;
    },
  };
  return w as unknown as Worker & { sent: number };
}

describe('sendToWorker', () => {
  it('calls onError for a send that fails, instead of an error event that stops the primary', async () => {
    const w = closing(true);
    const failed = await new Promise<boolean>((resolve) => sendToWorker(w, { x: 1 }, () => resolve(true)));
    assert.equal(failed, true);
    assert.equal(w.sent, 1);
  });
  it('does not send to a disconnected worker', () => {
    const w = closing(false);
    let errors = 0;
    sendToWorker(w, { x: 1 }, () => errors++);
    assert.equal(errors, 1);
    assert.equal(w.sent, 0);
  });
});
