import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  CorpusError,
  checkCorpus,
  describeProblems,
  isEvalOnly,
  isWantedLabel,
  parseCorpus,
  readCorpus,
} from '../../shared/classifier/corpus.ts';

const fixture = (name: string) => new URL(`../fixtures/corpus/${name}`, import.meta.url).pathname;

describe('parseCorpus', () => {
  it('returns rows with their line numbers and labels read through the vocabulary', () => {
    const c = parseCorpus(
      'ham\thello\nspam\tWIN now\nsmishing\tverify your account\nHam\tok\ntransaction:finance\tcard 1234 charged\npromotion\t20% off\nscam\tinvest now\n',
    );
    assert.deepEqual(
      c.rows.map((r) => [r.line, r.label.raw, r.label.folder, r.label.subAction, r.text, r.unwanted]),
      [
        [1, 'ham', 'none', undefined, 'hello', false],
        [2, 'spam', 'junk', undefined, 'WIN now', true],
        [3, 'smishing', 'junk', undefined, 'verify your account', true],
        [4, 'Ham', 'none', undefined, 'ok', false],
        [5, 'transaction:finance', 'transaction', 'transactionalFinance', 'card 1234 charged', false],
        [6, 'promotion', 'promotion', undefined, '20% off', false],
        [7, 'scam', 'junk', undefined, 'invest now', true],
      ],
    );
    assert.deepEqual(c.malformed, []);
    assert.equal(c.lines, 7);
  });

  it('returns a label outside the vocabulary or an unknown sub-action as a malformed line', () => {
    const c = parseCorpus(
      'hamster\thi\ntransaction:banking\tx\npromotion:finance\ty\nTransaction:publicServices\tok\n',
    );
    assert.deepEqual(
      c.malformed.map((p) => p.line),
      [1, 2, 3],
    );
    assert.match(c.malformed[0]?.reason ?? '', /unknown label "hamster"/);
    assert.match(c.malformed[1]?.reason ?? '', /unknown sub-action in label "transaction:banking"/);
    assert.equal(c.rows[0]?.label.subAction, 'transactionalPublicServices');
  });

  it('reads the sender column under a label<TAB>sender<TAB>text header, empty meaning unknown', () => {
    const c = parseCorpus(
      'label\tsender\ttext\nham\t+14155550123\tsee you\tlater\nspam\t\tWIN\nham\tonly two\n',
    );
    assert.equal(c.hasSender, true);
    assert.deepEqual(
      c.rows.map((r) => [r.sender, r.text]),
      [
        ['+14155550123', 'see you\tlater'],
        [undefined, 'WIN'],
      ],
    );
    assert.deepEqual(c.malformed, [{ line: 4, reason: 'no tab between sender and text' }]);
  });

  it('returns each malformed line with its line number and reason, and skips it', () => {
    const c = readCorpus(fixture('malformed.tsv'));
    assert.deepEqual(c.malformed, [
      { line: 3, reason: 'no tab between label and text' },
      { line: 4, reason: 'empty label' },
      { line: 5, reason: 'label "not spam" contains spaces' },
      { line: 7, reason: 'empty text' },
    ]);
    assert.deepEqual(
      c.rows.map((r) => r.line),
      [1, 2, 6, 8, 9, 10],
    );
  });

  it('tolerates a byte-order mark and CRLF line endings', () => {
    const c = readCorpus(fixture('crlf-bom.tsv'));
    assert.deepEqual(
      c.rows.map((r) => [r.label.raw, r.text]),
      [
        ['ham', 'see you at noon'],
        ['spam', 'WIN a FREE prize now, txt WIN to 80086'],
        ['ham', 'thanks, got it'],
      ],
    );
    assert.deepEqual(c.malformed, []);
  });

  it('skips a label<TAB>text header on the first line and says so', () => {
    const c = readCorpus(fixture('header.tsv'));
    assert.equal(c.header, true);
    assert.equal(c.rows.length, 2);
    assert.equal(c.rows[0]?.line, 2);
  });

  it('keeps tabs inside the text and ignores blank lines', () => {
    const c = parseCorpus('\nspam\tcol1\tcol2\n\n   \nham\tx\n');
    assert.deepEqual(
      c.rows.map((r) => [r.line, r.text]),
      [
        [2, 'col1\tcol2'],
        [5, 'x'],
      ],
    );
    assert.equal(c.lines, 2);
  });

  it('treats a label with leading or trailing spaces as malformed', () => {
    assert.equal(parseCorpus(' ham\thi\n').malformed[0]?.reason, 'label " ham" contains spaces');
  });
});

describe('isWantedLabel', () => {
  it('returns true for ham, transaction and promotion labels in any case', () => {
    assert.equal(isWantedLabel('ham'), true);
    assert.equal(isWantedLabel('HAM'), true);
    assert.equal(isWantedLabel('transaction:orders'), true);
    assert.equal(isWantedLabel('promotion'), true);
    assert.equal(isWantedLabel('spam'), false);
    assert.equal(isWantedLabel('hamster'), false);
  });
});

describe('isEvalOnly', () => {
  it('returns true for a corpus whose file name says eval-only', () => {
    assert.equal(isEvalOnly('/data/a2p-en-eval-only.tsv'), true);
    assert.equal(isEvalOnly('/eval-only/a2p-en.tsv'), false);
    assert.equal(isEvalOnly('a2p-en.tsv'), false);
  });
});

describe('readCorpus', () => {
  it('throws a CorpusError with the cause when the file cannot be read', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'smsjunk-corpus-')), 'nope.tsv');
    assert.throws(
      () => readCorpus(missing),
      (err: unknown) => {
        assert.ok(err instanceof CorpusError);
        assert.match(err.message, /cannot read corpus .*nope\.tsv: no such file/);
        assert.equal((err.cause as { code?: string }).code, 'ENOENT');
        return true;
      },
    );
    assert.throws(() => readCorpus(tmpdir()), /is a directory/);
  });
});

describe('checkCorpus', () => {
  it('throws when the corpus is empty', () => {
    assert.throws(() => checkCorpus(readCorpus(fixture('empty.tsv'))), /is empty/);
  });

  it('throws when every line is malformed', () => {
    assert.throws(() => checkCorpus(parseCorpus('a b\tc\nno tab\n')), /no usable messages \(2 malformed/);
  });

  it('throws when more than 10% of the lines are malformed', () => {
    assert.throws(
      () => checkCorpus(readCorpus(fixture('malformed.tsv'))),
      (err: unknown) =>
        err instanceof CorpusError && /4 of 10 lines are malformed \(40\.0%/.test(err.message),
    );
  });

  it('accepts a few malformed lines, and a custom limit', () => {
    const c = readCorpus(fixture('one-malformed.tsv'));
    assert.equal(c.malformed.length, 1);
    checkCorpus(c);
    assert.throws(() => checkCorpus(c, { maxMalformed: 0 }), CorpusError);
  });
});

describe('describeProblems', () => {
  it('returns file:line: reason lines, capped with a count of the rest', () => {
    const c = parseCorpus('x\ny\nz\nham\tok\n', 'c.tsv');
    assert.deepEqual(describeProblems(c, 2), [
      'c.tsv:1: malformed line skipped: no tab between label and text',
      'c.tsv:2: malformed line skipped: no tab between label and text',
      '... and 1 more malformed line(s)',
    ]);
  });
});
