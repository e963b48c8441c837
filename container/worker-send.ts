/**
 * A message to a worker that may be dying: a send to a closed channel (EPIPE) calls `onError`
 * instead of emitting an unhandled 'error' that would bring the primary down with it.
 */

import type { Serializable } from 'node:child_process';
import type { Worker } from 'node:cluster';

export function sendToWorker(worker: Worker, message: Serializable, onError: () => void = () => {}): void {
  if (!worker.isConnected()) {
    onError();
    return;
  }
  worker.send(message, undefined, undefined, (error: Error | null) => {
    if (error) onError();
  });
}
