/**
 * Hostile bodies over real HTTP cost no more than a real message's worth of work: every
 * generator of shared/classifier/adversarial-texts.ts at the server's MAX_BODY_BYTES is answered
 * 200, and the normaliser examines at most a bounded amount per character of the classified part
 * (the head and tail of clip.ts), counted by its work counters, not timed. A scam padded to 64 KiB
 * before or after with ordinary text gets the answer of the scam alone.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { bodyOf, GENERATORS, generate, MAX_BODY_BYTES } from '../../shared/classifier/adversarial-texts.ts';
import { HEAD, TAIL } from '../../shared/classifier/clip.ts';
import { type Classifier, createClassifier } from '../../shared/classifier/index.ts';
import { resetWork, work } from '../../shared/classifier/normalize/work.ts';
import { classify, startServer, type TestServer } from './helpers.ts';

/** Work per character the normaliser's stages may do (as in test/classifier/normalize-work.test.ts). */
const PER_CHAR = 24;
const CLASSIFIED = HEAD + 1 + TAIL;

describe('hostile bodies over HTTP', () => {
  let s: TestServer;
  let classifier: Classifier;
  before(async () => {
    classifier = createClassifier();
    s = await startServer({}, { classifier: () => classifier });
  });
  after(() => s?.close());

  for (const g of GENERATORS) {
    it(`answers ${g.name} at ${MAX_BODY_BYTES} bytes with bounded normaliser work`, async () => {
      const text = generate(g, MAX_BODY_BYTES);
      resetWork();
      const r = await classify(s.port, bodyOf(text));
      assert.equal(r.status, 200, r.body);
      const total = Object.values(work).reduce((a, b) => a + b, 0);
      // a letter's marks are read again when its cluster is folded: at most twice each
      assert.ok(work.chars <= 2 * CLASSIFIED, `${work.chars} characters read of ${text.length}`);
      assert.ok(total <= PER_CHAR * CLASSIFIED, `${total} steps for ${text.length} characters`);
    });
  }

  it('answers a scam padded to 64 KiB before or after as it answers the scam alone', async () => {
    const scam =
      'USPS: your parcel is on hold, pay the redelivery fee of $1.99 at https://usps-redelivery.top/x';
    const alone = await classify(s.port, bodyOf(scam, '+14085550001'));
    assert.equal(alone.status, 200);
    const pad = generate(
      GENERATORS.find((g) => g.name === 'ordinary message padded') as (typeof GENERATORS)[number],
      MAX_BODY_BYTES - 1024,
    );
    for (const text of [`${pad} ${scam}`, `${scam} ${pad}`]) {
      const r = await classify(s.port, bodyOf(text, '+14085550001'));
      assert.equal(r.status, 200);
      assert.deepEqual(r.json(), alone.json());
    }
  });
});
