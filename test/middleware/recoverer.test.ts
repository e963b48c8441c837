import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ValidationError } from '../../shared/api/errors.ts';
import { recoverer } from '../../shared/middleware/recoverer.ts';
import { MemoryLog } from '../memory-log.ts';
import { context, request } from './helpers.ts';

describe('recoverer', () => {
  it('returns a generic 500 JSON and logs the stack when a handler throws', async () => {
    const sink = new MemoryLog();
    const mw = recoverer({ logger: sink });
    const secret = new Error('db password is hunter2', { cause: new Error('inner') });
    const res = await mw(async () => {
      throw secret;
    })(request(), { ...context(), requestId: 'r-1' });
    assert.equal(res.status, 500);
    assert.deepEqual(JSON.parse(String(res.body)), {
      error: { code: 'internal_error', message: 'internal server error' },
    });
    assert.doesNotMatch(String(res.body), /hunter2|stack|at /);
    const [line] = sink.records();
    assert.equal(line?.level, 'ERROR');
    assert.equal(line?.requestId, 'r-1');
    const error = line?.error as { message: string; stack: string };
    assert.equal(error.message, 'db password is hunter2');
    assert.match(error.stack, /recoverer\.test\.ts/);
  });

  it('returns the named error status and message without logging a 4xx', async () => {
    const sink = new MemoryLog();
    const mw = recoverer({ logger: sink });
    const res = await mw(async () => {
      throw new ValidationError('query', 'query must be an object');
    })(request(), context());
    assert.equal(res.status, 400);
    assert.deepEqual(JSON.parse(String(res.body)), {
      error: { code: 'invalid_request', message: 'query must be an object' },
    });
    assert.equal(sink.lines.length, 0);
  });

  it('returns a 500 for a thrown non-error value and keeps serving', async () => {
    const mw = recoverer({ logger: new MemoryLog() });
    let calls = 0;
    const h = mw(async () => {
      calls++;
      if (calls === 1) throw 'a string';
      return { status: 200, headers: {}, body: 'ok' };
    });
    assert.equal((await h(request(), context())).status, 500);
    assert.equal((await h(request(), context())).status, 200);
  });
});
