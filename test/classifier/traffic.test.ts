// Today's traffic, hand-written (test/fixtures/traffic/): the shipped classifier (bundled rules
// and model) on scams, notifications, verification codes and personal texts. The floors are
// today's figures rounded down: a change that junks a notification, files a personal text or lets
// a scam family through fails here before it reaches a phone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseCorpus } from '../../shared/classifier/corpus.ts';
import { measure } from '../../shared/classifier/evaluation/measure.ts';
import { createClassifier } from '../../shared/classifier/index.ts';

const classifier = createClassifier();

function run(file: string) {
  const corpus = parseCorpus(readFileSync(new URL(`../fixtures/traffic/${file}`, import.meta.url), 'utf8'));
  assert.equal(corpus.malformed.length, 0, `${file}: malformed lines`);
  const messages = corpus.rows.map((r) => ({ text: r.text, sender: r.sender, label: r.label }));
  const verdicts = messages.map((m) =>
    classifier.classify({ text: m.text, ...(m.sender ? { sender: m.sender } : {}) }),
  );
  return { messages, verdicts, figures: measure(messages, verdicts) };
}

const pct = (x: number | null) => `${((x ?? 0) * 100).toFixed(1)}%`;

describe("today's traffic (hand-written)", () => {
  it('junks most scams of every family and files none as a transaction', (t) => {
    const { figures } = run('scams.tsv');
    t.diagnostic(`scams junked ${pct(figures.unwantedJunked)} of ${figures.unwanted}`);
    assert.ok((figures.unwantedJunked ?? 0) >= 0.9, `scams junked ${pct(figures.unwantedJunked)}`);
    assert.equal(figures.unwantedAsTransaction, 0);
  });

  it('junks no notification and files at least 90% in their own folder', (t) => {
    const { figures } = run('notifications.tsv');
    t.diagnostic(
      `notifications junked ${pct(figures.legitimateJunked)}, own folder ${pct(figures.folderAccuracy)}`,
    );
    assert.equal(figures.legitimateJunked, 0);
    assert.ok((figures.folderAccuracy ?? 0) >= 0.9, `folder accuracy ${pct(figures.folderAccuracy)}`);
  });

  it('files no personal text (West African English and Pidgin included)', (t) => {
    const { figures } = run('personal.tsv');
    t.diagnostic(`personal filtered ${pct(figures.personalFiltered)} of ${figures.wanted}`);
    assert.equal(figures.personalFiltered, 0);
  });

  it('never junks a verification code, and junks every request to pass one on', () => {
    const { messages, verdicts } = run('codes.tsv');
    messages.forEach((m, i) => {
      const action = verdicts[i]?.action;
      if (m.label.unwanted) assert.equal(action, 'junk', m.text);
      else assert.equal(action, 'transaction', m.text);
    });
  });
});

// Written by other engineers of the team, who read neither the rules nor the corpora
// (test/fixtures/traffic/written-*.tsv: sets 1-3 of 2026-12; written-b-*.tsv: sets 5 and 6 with
// senders, and bank, weather and public alerts without one; written-c-*.tsv: sets 7 and 8;
// written-d-*.tsv: set 9, and a second set of alerts without a sender with their look-alike scams;
// written-e-*.tsv: set 10, and US alerts without a sender with theirs; written-f-*.tsv: set 11, the
// session's last, of which only four personal texts were written for); written-g-*.tsv: set 12, with
// hard personal texts; written-h-*.tsv: set 13, West and East Africa, South and South-East Asia and
// the Caribbean, no promotions; written-i-*.tsv: set 14, 38 countries). Each set was measured once before any
// rule was written after it (docs/EVAL.md has those figures); rule families were then written for
// what they showed, so these are regression floors (today's figures rounded down), not a measure.
// Since set 14 the shipped model also trains on them (shared/model/training-corpora.txt): the
// floors guard the rules and the pipeline; the measures are the fresh sets, each measured once
// before it joined (docs/EVAL.md), and the held-out set, never trained on. written-j-*.tsv and
// written-k-*.tsv are sets 15 and 16; written-l-*.tsv set 17; written-m-*.tsv and written-n-*.tsv
// two rounds written for training; written-o-*.tsv set 18; written-p-*.tsv set 19; written-q-*.tsv
// set 20; written-r-*.tsv set 21; written-s-*.tsv set 22; written-t-*.tsv set 23;
// written-u-*.tsv set 24; written-v-*.tsv set 25; written-w-*.tsv
// set 26; written-x-*.tsv set 27; written-y-*.tsv set 28; written-z-*.tsv set 29; written-aa-*.tsv
// set 30; written-ab-*.tsv set 31; written-ac-*.tsv set 32; written-ad-*.tsv set 33; written-ae-*.tsv
// set 34; written-af-*.tsv set 35; written-ag-*.tsv set 36; written-ah-*.tsv set 37; written-ai-*.tsv,
// written-aj-*.tsv and written-ak-*.tsv sets 38, 39 and 40; written-al-*.tsv ... written-at-*.tsv
// sets 41 to 49; written-au-*.tsv ... written-az-*.tsv sets 50 to 55, written-ba ... written-bf
// sets 56 to 61, written-bg ... written-bo sets 62 to 70; written-bp ... written-fd the later
// sets, each named in its title below and in test/fixtures/traffic/README.md; each measured once
// when it arrived (docs/EVAL.md).
interface Floors {
  readonly scamsJunked: number;
  readonly notificationsJunked: number;
  readonly notificationsInFolder: number;
  /** Both absent for a set written without promotions. */
  readonly promotions?: { readonly junked: number; readonly inFolder: number };
  readonly personalFiltered: number;
  /**
   * Scams filed under Transactions, at most (default 1%). Set 34 holds bank fraud alerts copied
   * whole and sent from geographic numbers, which read as a bank's own: its figure is the floor.
   */
  readonly scamsAsTransaction?: number;
}

function writtenByOthers(title: string, prefix: string, f: Floors): void {
  describe(title, () => {
    it(`junks at least ${pct(f.scamsJunked)} of the scams and files at most ${pct(f.scamsAsTransaction ?? 0.01)} as a transaction`, (t) => {
      const { figures } = run(`${prefix}-scams.tsv`);
      t.diagnostic(`scams junked ${pct(figures.unwantedJunked)} of ${figures.unwanted}`);
      assert.ok(
        (figures.unwantedJunked ?? 0) >= f.scamsJunked,
        `scams junked ${pct(figures.unwantedJunked)}`,
      );
      assert.ok(
        (figures.unwantedAsTransaction ?? 0) <= (f.scamsAsTransaction ?? 0.01),
        `as transaction ${pct(figures.unwantedAsTransaction)}`,
      );
    });

    it(`junks at most ${pct(f.notificationsJunked)} of the notifications and files at least ${pct(f.notificationsInFolder)} in their folder`, (t) => {
      const { figures } = run(`${prefix}-notifications.tsv`);
      t.diagnostic(
        `notifications junked ${pct(figures.legitimateJunked)}, own folder ${pct(figures.folderAccuracy)}`,
      );
      assert.ok(
        (figures.legitimateJunked ?? 1) <= f.notificationsJunked,
        `junked ${pct(figures.legitimateJunked)}`,
      );
      assert.ok(
        (figures.folderAccuracy ?? 0) >= f.notificationsInFolder,
        `folder accuracy ${pct(figures.folderAccuracy)}`,
      );
    });

    const promotions = f.promotions;
    if (promotions)
      it(`junks at most ${pct(promotions.junked)} of the promotions and files at least ${pct(promotions.inFolder)} under Promotions`, (t) => {
        const { figures } = run(`${prefix}-promotions.tsv`);
        t.diagnostic(`promotions own folder ${pct(figures.folderAccuracy)}`);
        assert.ok(
          (figures.legitimateJunked ?? 1) <= promotions.junked,
          `junked ${pct(figures.legitimateJunked)}`,
        );
        assert.ok(
          (figures.folderAccuracy ?? 0) >= promotions.inFolder,
          `folder accuracy ${pct(figures.folderAccuracy)}`,
        );
      });

    it(`files at most ${pct(f.personalFiltered)} of the personal texts`, (t) => {
      const { figures } = run(`${prefix}-personal.tsv`);
      t.diagnostic(`personal filtered ${pct(figures.personalFiltered)} of ${figures.wanted}`);
      assert.ok(
        (figures.personalFiltered ?? 1) <= f.personalFiltered,
        `filtered ${pct(figures.personalFiltered)}`,
      );
    });
  });
}

writtenByOthers("today's traffic (written by others)", 'written', {
  scamsJunked: 0.9,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.96,
  promotions: { junked: 0, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, second round)", 'written-b', {
  scamsJunked: 0.87,
  notificationsJunked: 0.015,
  notificationsInFolder: 0.95,
  promotions: { junked: 0, inFolder: 0.94 },
  personalFiltered: 0.02,
});

writtenByOthers("today's traffic (written by others, third round: sets 7 and 8)", 'written-c', {
  scamsJunked: 0.85,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.95,
  promotions: { junked: 0.02, inFolder: 0.92 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, fourth round)", 'written-d', {
  scamsJunked: 0.87,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.95,
  promotions: { junked: 0.02, inFolder: 0.84 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, fifth round)", 'written-e', {
  scamsJunked: 0.9,
  notificationsJunked: 0.02,
  notificationsInFolder: 0.92,
  promotions: { junked: 0.01, inFolder: 0.86 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, sixth round)", 'written-f', {
  scamsJunked: 0.87,
  notificationsJunked: 0.02,
  notificationsInFolder: 0.92,
  promotions: { junked: 0.03, inFolder: 0.9 },
  personalFiltered: 0.02,
});

writtenByOthers("today's traffic (written by others, seventh round)", 'written-g', {
  scamsJunked: 0.91,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.96,
  promotions: { junked: 0.02, inFolder: 0.91 },
  personalFiltered: 0.03,
});

writtenByOthers("today's traffic (written by others, eighth round)", 'written-h', {
  scamsJunked: 0.92,
  notificationsJunked: 0,
  notificationsInFolder: 0.97,
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, ninth round)", 'written-i', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.82 },
  personalFiltered: 0.03,
});

writtenByOthers("today's traffic (written by others, tenth round: set 15)", 'written-j', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.95,
  promotions: { junked: 0.01, inFolder: 0.92 },
  personalFiltered: 0.02,
});

writtenByOthers("today's traffic (written by others, eleventh round: set 16)", 'written-k', {
  scamsJunked: 0.94,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.95,
  promotions: { junked: 0.01, inFolder: 0.93 },
  personalFiltered: 0.005,
});

writtenByOthers("today's traffic (written by others, twelfth round: set 17)", 'written-l', {
  scamsJunked: 0.97,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.005,
});

writtenByOthers(
  "today's traffic (written by others, thirteenth round: Asia-Pacific and North America)",
  'written-m',
  {
    scamsJunked: 0.97,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.95,
    promotions: { junked: 0.01, inFolder: 0.97 },
    personalFiltered: 0.015,
  },
);

writtenByOthers(
  "today's traffic (written by others, fourteenth round: Europe, Africa and Latin America)",
  'written-n',
  {
    scamsJunked: 0.96,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.95 },
    personalFiltered: 0.01,
  },
);

writtenByOthers("today's traffic (written by others, fifteenth round: set 18)", 'written-o', {
  scamsJunked: 0.97,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.93 },
  personalFiltered: 0.005,
});

writtenByOthers("today's traffic (written by others, sixteenth round: set 19)", 'written-p', {
  scamsJunked: 0.92,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.97 },
  personalFiltered: 0.005,
});

writtenByOthers("today's traffic (written by others, seventeenth round: set 20)", 'written-q', {
  scamsJunked: 0.92,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.95,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.015,
});

writtenByOthers("today's traffic (written by others, eighteenth round: set 21)", 'written-r', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.95,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, nineteenth round: set 22)", 'written-s', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.95,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, twentieth round: set 23)", 'written-t', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.95,
  promotions: { junked: 0.01, inFolder: 0.93 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, twenty-first round: set 24)", 'written-u', {
  scamsJunked: 0.94,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.95,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, twenty-second round: set 25)", 'written-v', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.95,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, twenty-third round: set 26)", 'written-w', {
  scamsJunked: 0.92,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.94,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, twenty-fourth round: set 27)", 'written-x', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.95,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, twenty-fifth round: set 28)", 'written-y', {
  scamsJunked: 0.97,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, twenty-sixth round: set 29)", 'written-z', {
  scamsJunked: 0.98,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, twenty-seventh round: set 30)", 'written-aa', {
  scamsJunked: 0.98,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, twenty-eighth round: set 31)", 'written-ab', {
  scamsJunked: 0.98,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, twenty-ninth round: set 32)", 'written-ac', {
  scamsJunked: 0.98,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, thirtieth round: set 33)", 'written-ad', {
  scamsJunked: 0.97,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, thirty-first round: set 34)", 'written-ae', {
  scamsJunked: 0.96,
  scamsAsTransaction: 0.015,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, thirty-second round: set 35)", 'written-af', {
  scamsJunked: 0.98,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, thirty-third round: set 36)", 'written-ag', {
  scamsJunked: 0.95,
  scamsAsTransaction: 0.015,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, thirty-fourth round: set 37)", 'written-ah', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, thirty-fifth round: set 38)", 'written-ai', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, thirty-sixth round: set 39)", 'written-aj', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.9 },
  personalFiltered: 0.01,
});

// Sets 40 and 138: Taiwanese and Korean notices and offers sent from numbers in national form
// (0911..., 02-...) go to the inbox since such a number may be a person's (94% and 92.5% in their
// folder, were 97% and 93%; 83% of set 40's offers, was 85%).
writtenByOthers("today's traffic (written by others, thirty-seventh round: set 40)", 'written-ak', {
  scamsJunked: 0.93,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.94,
  promotions: { junked: 0.01, inFolder: 0.83 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, thirty-eighth round: set 41)", 'written-al', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, thirty-ninth round: set 42)", 'written-am', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.02, inFolder: 0.9 },
  personalFiltered: 0.015,
});

writtenByOthers("today's traffic (written by others, fortieth round: set 43)", 'written-an', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, forty-first round: set 44)", 'written-ao', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, forty-second round: set 45)", 'written-ap', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.9 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, forty-third round: set 46)", 'written-aq', {
  scamsJunked: 0.94,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, forty-fourth round: set 47)", 'written-ar', {
  scamsJunked: 0.88,
  scamsAsTransaction: 0.015,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.93 },
  personalFiltered: 0.02,
});

writtenByOthers("today's traffic (written by others, forty-fifth round: set 48)", 'written-as', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.015,
});

writtenByOthers("today's traffic (written by others, forty-sixth round: set 49)", 'written-at', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, forty-seventh round: set 50)", 'written-au', {
  scamsJunked: 0.94,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.015,
});

writtenByOthers("today's traffic (written by others, forty-eighth round: set 51)", 'written-av', {
  scamsJunked: 0.97,
  notificationsJunked: 0.015,
  notificationsInFolder: 0.96,
  promotions: { junked: 0.01, inFolder: 0.9 },
  personalFiltered: 0.02,
});

writtenByOthers("today's traffic (written by others, forty-ninth round: set 52)", 'written-aw', {
  scamsJunked: 0.9,
  notificationsJunked: 0.015,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, fiftieth round: set 53)", 'written-ax', {
  scamsJunked: 0.89,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.95,
  promotions: { junked: 0.01, inFolder: 0.93 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, fifty-first round: set 54)", 'written-ay', {
  scamsJunked: 0.93,
  notificationsJunked: 0.015,
  notificationsInFolder: 0.95,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.015,
});

writtenByOthers("today's traffic (written by others, fifty-second round: set 55)", 'written-az', {
  scamsJunked: 0.9,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.97 },
  personalFiltered: 0.025,
});

writtenByOthers("today's traffic (written by others, fifty-third round: set 56)", 'written-ba', {
  scamsJunked: 0.93,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.96,
  promotions: { junked: 0.02, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, fifty-fourth round: set 57)", 'written-bb', {
  scamsJunked: 0.93,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.96,
  promotions: { junked: 0.01, inFolder: 0.88 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, fifty-fifth round: set 58)", 'written-bc', {
  scamsJunked: 0.9,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.95,
  promotions: { junked: 0.01, inFolder: 0.92 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, fifty-sixth round: set 59)", 'written-bd', {
  scamsJunked: 0.92,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.96,
  promotions: { junked: 0.01, inFolder: 0.97 },
  personalFiltered: 0.015,
});

writtenByOthers("today's traffic (written by others, fifty-seventh round: set 60)", 'written-be', {
  scamsJunked: 0.92,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.97 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, fifty-eighth round: set 61)", 'written-bf', {
  scamsJunked: 0.9,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.88 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, fifty-ninth round: set 62)", 'written-bg', {
  scamsJunked: 0.93,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.96,
  promotions: { junked: 0.01, inFolder: 0.97 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, sixtieth round: set 63)", 'written-bh', {
  scamsJunked: 0.94,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, sixty-first round: set 64)", 'written-bi', {
  scamsJunked: 0.94,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, sixty-second round: set 65)", 'written-bj', {
  scamsJunked: 0.92,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.93 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, sixty-third round: set 66)", 'written-bk', {
  scamsJunked: 0.91,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.97 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, sixty-fourth round: set 67)", 'written-bl', {
  scamsJunked: 0.94,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.93 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, sixty-fifth round: set 68)", 'written-bm', {
  scamsJunked: 0.88,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.93 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, sixty-sixth round: set 69)", 'written-bn', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.02,
});

writtenByOthers("today's traffic (written by others, sixty-seventh round: set 70)", 'written-bo', {
  scamsJunked: 0.92,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, sixty-eighth round: set 71)", 'written-bp', {
  scamsJunked: 0.92,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, sixty-ninth round: set 72)", 'written-bq', {
  scamsJunked: 0.94,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, seventieth round: set 73)", 'written-br', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, seventy-first round: set 74)", 'written-bs', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, seventy-second round: set 75)", 'written-bt', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, seventy-third round: set 76)", 'written-bu', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.98 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, seventy-fourth round: set 77)", 'written-bv', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.98 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, seventy-fifth round: set 78)", 'written-bw', {
  scamsJunked: 0.94,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.95,
  promotions: { junked: 0.01, inFolder: 0.93 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, seventy-sixth round: set 79)", 'written-bx', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, seventy-seventh round: set 80)", 'written-by', {
  scamsJunked: 0.93,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, seventy-eighth round: set 81)", 'written-bz', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, seventy-ninth round: set 82)", 'written-ca', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.98 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, eightieth round: set 83)", 'written-cb', {
  scamsJunked: 0.91,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, eighty-first round: set 84)", 'written-cc', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, eighty-second round: set 85)", 'written-cd', {
  scamsJunked: 0.91,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, eighty-third round: set 86)", 'written-ce', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.96,
  promotions: { junked: 0.01, inFolder: 0.93 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, eighty-fourth round: set 87)", 'written-cf', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, eighty-fifth round: set 88)", 'written-cg', {
  scamsJunked: 0.94,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.98 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, eighty-sixth round: set 89)", 'written-ch', {
  scamsJunked: 0.89,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.94,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, eighty-seventh round: set 90)", 'written-ci', {
  scamsJunked: 0.97,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.93 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, eighty-eighth round: set 91)", 'written-cj', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, eighty-ninth round: set 92)", 'written-ck', {
  scamsJunked: 0.9,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, ninetieth round: set 93)", 'written-cl', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.98 },
  personalFiltered: 0.015,
});

writtenByOthers("today's traffic (written by others, ninety-first round: set 94)", 'written-cm', {
  scamsJunked: 0.93,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.98 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, ninety-second round: set 95)", 'written-cn', {
  scamsJunked: 0.88,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.95,
  promotions: { junked: 0.01, inFolder: 0.9 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, ninety-third round: set 96)", 'written-co', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, ninety-fourth round: set 97)", 'written-cp', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, ninety-fifth round: set 98)", 'written-cq', {
  scamsJunked: 0.91,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.96,
  promotions: { junked: 0.01, inFolder: 0.9 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, ninety-sixth round: set 99)", 'written-cr', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, ninety-seventh round: set 100)", 'written-cs', {
  scamsJunked: 0.93,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.97 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, ninety-eighth round: set 101)", 'written-ct', {
  scamsJunked: 0.87,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.96,
  promotions: { junked: 0.01, inFolder: 0.93 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, ninety-ninth round: set 102)", 'written-cu', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.91 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundredth round: set 103)", 'written-cv', {
  scamsJunked: 0.91,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.97 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-first round: set 104)", 'written-cw', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.96,
  promotions: { junked: 0.01, inFolder: 0.93 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-second round: set 105)", 'written-cx', {
  scamsJunked: 0.94,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-third round: set 106)", 'written-cy', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-fourth round: set 107)", 'written-cz', {
  scamsJunked: 0.91,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-fifth round: set 108)", 'written-da', {
  scamsJunked: 0.98,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.93 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-sixth round: set 109)", 'written-db', {
  scamsJunked: 0.97,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-seventh round: set 110)", 'written-dc', {
  scamsJunked: 0.91,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-eighth round: set 111)", 'written-dd', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.98 },
  personalFiltered: 0.01,
});

// 94%: the retrain that joined sets 128-164 moved one of its scams (a 95.0% floor) to the inbox.
writtenByOthers("today's traffic (written by others, hundred-and-ninth round: set 112)", 'written-de', {
  scamsJunked: 0.94,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-tenth round: set 122)", 'written-df', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.96,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-eleventh round: set 123)", 'written-dg', {
  scamsJunked: 0.98,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.98 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-twelfth round: set 124)", 'written-dh', {
  scamsJunked: 0.97,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-thirteenth round: set 125)", 'written-di', {
  scamsJunked: 0.94,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.96,
  promotions: { junked: 0.01, inFolder: 0.91 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-fourteenth round: set 126)", 'written-dj', {
  scamsJunked: 0.99,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-fifteenth round: set 127)", 'written-dk', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-sixteenth round: set 128)", 'written-dl', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.96,
  promotions: { junked: 0.01, inFolder: 0.98 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-seventeenth round: set 129)", 'written-dm', {
  scamsJunked: 0.99,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.98 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-eighteenth round: set 130)", 'written-dn', {
  scamsJunked: 0.98,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.93 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-nineteenth round: set 131)", 'written-do', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.98 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-twentieth round: set 132)", 'written-dp', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.98 },
  personalFiltered: 0.01,
});

writtenByOthers(
  "today's traffic (written by others, hundred-and-twenty-first round: set 133)",
  'written-dq',
  {
    scamsJunked: 0.95,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.98 },
    personalFiltered: 0.01,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-twenty-second round: set 134)",
  'written-dr',
  {
    scamsJunked: 0.95,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.98 },
    personalFiltered: 0.01,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-twenty-third round: set 135)",
  'written-ds',
  {
    scamsJunked: 0.96,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.91 },
    personalFiltered: 0.01,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-twenty-fourth round: set 136)",
  'written-dt',
  {
    scamsJunked: 0.95,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.99,
    promotions: { junked: 0.01, inFolder: 0.93 },
    personalFiltered: 0.01,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-twenty-fifth round: set 137)",
  'written-du',
  {
    scamsJunked: 0.86,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.99,
    promotions: { junked: 0.01, inFolder: 0.95 },
    personalFiltered: 0.01,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-twenty-sixth round: set 138)",
  'written-dv',
  {
    scamsJunked: 0.89,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.92,
    promotions: { junked: 0.01, inFolder: 0.96 },
    personalFiltered: 0.01,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-twenty-seventh round: set 139)",
  'written-dw',
  {
    scamsJunked: 0.85,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.99,
    promotions: { junked: 0.01, inFolder: 0.91 },
    personalFiltered: 0.01,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-twenty-eighth round: set 140)",
  'written-dx',
  {
    scamsJunked: 0.98,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.97,
    promotions: { junked: 0.01, inFolder: 0.95 },
    personalFiltered: 0.01,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-twenty-ninth round: set 141)",
  'written-dy',
  {
    scamsJunked: 0.92,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.98 },
    personalFiltered: 0.01,
  },
);

writtenByOthers("today's traffic (written by others, hundred-and-thirtieth round: set 142)", 'written-dz', {
  scamsJunked: 0.83,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.015,
});

writtenByOthers(
  "today's traffic (written by others, hundred-and-thirty-first round: set 143)",
  'written-ea',
  {
    scamsJunked: 0.87,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.78 },
    personalFiltered: 0.01,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-thirty-second round: set 144)",
  'written-eb',
  {
    scamsJunked: 0.83,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.93 },
    personalFiltered: 0.005,
    scamsAsTransaction: 0.03,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-thirty-third round: set 145)",
  'written-ec',
  {
    scamsJunked: 0.82,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.99,
    promotions: { junked: 0.01, inFolder: 0.93 },
    personalFiltered: 0.01,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-thirty-fourth round: set 146)",
  'written-ed',
  {
    scamsJunked: 0.84,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.95,
    promotions: { junked: 0.01, inFolder: 0.9 },
    personalFiltered: 0.01,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-thirty-fifth round: set 147)",
  'written-ee',
  {
    scamsJunked: 0.94,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.96 },
    personalFiltered: 0.01,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-thirty-sixth round: set 148)",
  'written-ef',
  {
    scamsJunked: 0.86,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.99,
    promotions: { junked: 0.01, inFolder: 0.95 },
    personalFiltered: 0.01,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-thirty-seventh round: set 149)",
  'written-eg',
  {
    scamsJunked: 0.92,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.99,
    promotions: { junked: 0.01, inFolder: 0.96 },
    personalFiltered: 0.005,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-thirty-eighth round: set 150)",
  'written-eh',
  {
    scamsJunked: 0.86,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.99,
    promotions: { junked: 0.02, inFolder: 0.95 },
    personalFiltered: 0.01,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-thirty-ninth round: set 151)",
  'written-ei',
  {
    scamsJunked: 0.83,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.73 },
    personalFiltered: 0.015,
  },
);

writtenByOthers("today's traffic (written by others, hundred-and-fortieth round: set 152)", 'written-ej', {
  scamsJunked: 0.88,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.96,
  promotions: { junked: 0.01, inFolder: 0.75 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-forty-first round: set 153)", 'written-ek', {
  scamsJunked: 0.95,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.005,
});

writtenByOthers(
  "today's traffic (written by others, hundred-and-forty-second round: set 154)",
  'written-el',
  {
    scamsJunked: 0.86,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.95 },
    personalFiltered: 0.01,
  },
);

writtenByOthers("today's traffic (written by others, hundred-and-forty-third round: set 155)", 'written-em', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.99,
  promotions: { junked: 0.01, inFolder: 0.95 },
  personalFiltered: 0.005,
});

writtenByOthers(
  "today's traffic (written by others, hundred-and-forty-fourth round: set 156)",
  'written-en',
  {
    scamsJunked: 0.82,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.91,
    promotions: { junked: 0.02, inFolder: 0.91 },
    personalFiltered: 0.005,
  },
);

writtenByOthers("today's traffic (written by others, hundred-and-forty-fifth round: set 157)", 'written-eo', {
  scamsJunked: 0.93,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.02,
});

writtenByOthers("today's traffic (written by others, hundred-and-forty-sixth round: set 158)", 'written-ep', {
  scamsJunked: 0.93,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.005,
});

writtenByOthers(
  "today's traffic (written by others, hundred-and-forty-seventh round: set 159)",
  'written-eq',
  {
    scamsJunked: 0.91,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.98 },
    personalFiltered: 0.02,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-forty-eighth round: set 160)",
  'written-er',
  {
    scamsJunked: 0.89,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.96,
    promotions: { junked: 0.01, inFolder: 0.86 },
    personalFiltered: 0.005,
  },
);

writtenByOthers("today's traffic (written by others, hundred-and-forty-ninth round: set 161)", 'written-es', {
  scamsJunked: 0.82,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.75 },
  personalFiltered: 0.025,
});

writtenByOthers("today's traffic (written by others, hundred-and-fiftieth round: set 162)", 'written-et', {
  scamsJunked: 0.79,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.91 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-fifty-first round: set 163)", 'written-eu', {
  scamsJunked: 0.87,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.86 },
  personalFiltered: 0.025,
});

writtenByOthers(
  "today's traffic (written by others, hundred-and-fifty-second round: set 164)",
  'written-ev',
  {
    scamsJunked: 0.81,
    scamsAsTransaction: 0.02,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.81 },
    personalFiltered: 0.015,
  },
);

writtenByOthers("today's traffic (written by others, hundred-and-fifty-third round: set 165)", 'written-ew', {
  scamsJunked: 0.97,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.025,
});

writtenByOthers(
  "today's traffic (written by others, hundred-and-fifty-fourth round: set 166)",
  'written-ex',
  {
    scamsJunked: 0.93,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.86 },
    personalFiltered: 0.01,
  },
);

writtenByOthers("today's traffic (written by others, hundred-and-fifty-fifth round: set 167)", 'written-ey', {
  scamsJunked: 0.96,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.96 },
  personalFiltered: 0.015,
});

writtenByOthers("today's traffic (written by others, hundred-and-fifty-sixth round: set 168)", 'written-ez', {
  scamsJunked: 0.92,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.97,
  promotions: { junked: 0.01, inFolder: 0.98 },
  personalFiltered: 0.01,
});

writtenByOthers(
  "today's traffic (written by others, hundred-and-fifty-seventh round: set 169)",
  'written-fa',
  {
    scamsJunked: 0.88,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.98 },
    personalFiltered: 0.01,
  },
);

// Set 170: 95.5% since the retrain on sets 165-180 (96% before), 95.0% since the retrain on sets 181-188
// (one scam more to the inbox).
writtenByOthers(
  "today's traffic (written by others, hundred-and-fifty-eighth round: set 170)",
  'written-fb',
  {
    scamsJunked: 0.95,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.97,
    promotions: { junked: 0.01, inFolder: 0.98 },
    personalFiltered: 0.01,
  },
);

writtenByOthers("today's traffic (written by others, hundred-and-fifty-ninth round: set 171)", 'written-fc', {
  scamsJunked: 0.93,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.98 },
  personalFiltered: 0.015,
});

writtenByOthers("today's traffic (written by others, hundred-and-sixtieth round: set 172)", 'written-fd', {
  scamsJunked: 0.94,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.98 },
  personalFiltered: 0.01,
});

// Sets 173 to 180 (written-fe ... written-fl), the session of 2026-12-07 from 22:35: 173 Greater China,
// 174 Japan and Korea, 175 the Balkans and Greece, 176 Central America and the Caribbean, each measured
// once at its start (d3b4938) and written for after in general words; 177 the United States, 178
// India, 179 Southern Africa, 180 Pakistan, Bangladesh, Afghanistan and Iran, measured once when they
// arrived (0c966a0). Floors at the figures of 0c966a0; set 173 junks 2 of its 60 offers (3.3%) and
// set 178 one (1.7%).
writtenByOthers("today's traffic (written by others, hundred-and-sixty-first round: set 173)", 'written-fe', {
  scamsJunked: 0.87,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.89,
  promotions: { junked: 0.034, inFolder: 0.73 },
  personalFiltered: 0.01,
});

writtenByOthers(
  "today's traffic (written by others, hundred-and-sixty-second round: set 174)",
  'written-ff',
  {
    scamsJunked: 0.86,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.9,
    promotions: { junked: 0.01, inFolder: 0.98 },
    personalFiltered: 0.01,
  },
);

writtenByOthers("today's traffic (written by others, hundred-and-sixty-third round: set 175)", 'written-fg', {
  scamsJunked: 0.75,
  scamsAsTransaction: 0.025,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.9 },
  personalFiltered: 0.015,
});

writtenByOthers(
  "today's traffic (written by others, hundred-and-sixty-fourth round: set 176)",
  'written-fh',
  {
    scamsJunked: 0.9,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.98 },
    personalFiltered: 0.01,
  },
);

writtenByOthers("today's traffic (written by others, hundred-and-sixty-fifth round: set 177)", 'written-fi', {
  scamsJunked: 0.92,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.96,
  promotions: { junked: 0.01, inFolder: 0.98 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-sixty-sixth round: set 178)", 'written-fj', {
  scamsJunked: 0.94,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.017, inFolder: 0.95 },
  personalFiltered: 0.015,
});

writtenByOthers(
  "today's traffic (written by others, hundred-and-sixty-seventh round: set 179)",
  'written-fk',
  {
    scamsJunked: 0.81,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.96 },
    personalFiltered: 0.01,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-sixty-eighth round: set 180)",
  'written-fl',
  {
    scamsJunked: 0.69,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.88,
    promotions: { junked: 0.01, inFolder: 0.75 },
    personalFiltered: 0.015,
  },
);

// Sets 181 to 188 but 183 (written-fm, fn, fp ... ft), the session of 2026-12-08: 181 Turkey and the
// Caucasus, 182 Indonesia, Malaysia and the Philippines, 184 the Nordic and Baltic countries, 185 the
// Gulf, 186 Russia, Ukraine, Belarus, Kazakhstan and Uzbekistan, 187 the United States, 188 Nigeria,
// Ghana, Sierra Leone and Liberia, each measured once when it arrived (a3b904b) and written for after in
// general words. Floors at the figures of 4220ba8 (set 181's four e-government notices, junked at
// a3b904b, were mended there); set 182 junks one of its 60 offers (1.7%), set 187 two of its notices.

writtenByOthers("today's traffic (written by others, hundred-and-sixty-ninth round: set 181)", 'written-fm', {
  scamsJunked: 0.72,
  scamsAsTransaction: 0.03,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.01, inFolder: 0.98 },
  personalFiltered: 0.01,
});

writtenByOthers("today's traffic (written by others, hundred-and-seventieth round: set 182)", 'written-fn', {
  scamsJunked: 0.82,
  notificationsJunked: 0.01,
  notificationsInFolder: 0.98,
  promotions: { junked: 0.017, inFolder: 0.9 },
  personalFiltered: 0.015,
});

writtenByOthers(
  "today's traffic (written by others, hundred-and-seventy-second round: set 184)",
  'written-fp',
  {
    scamsJunked: 0.65,
    scamsAsTransaction: 0.16,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.7 },
    personalFiltered: 0.01,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-seventy-third round: set 185)",
  'written-fq',
  {
    scamsJunked: 0.84,
    scamsAsTransaction: 0.025,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.98 },
    personalFiltered: 0.01,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-seventy-fourth round: set 186)",
  'written-fr',
  {
    scamsJunked: 0.78,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.88 },
    personalFiltered: 0.05,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-seventy-fifth round: set 187)",
  'written-fs',
  {
    scamsJunked: 0.97,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.96,
    promotions: { junked: 0.01, inFolder: 0.93 },
    personalFiltered: 0.01,
  },
);

writtenByOthers(
  "today's traffic (written by others, hundred-and-seventy-sixth round: set 188)",
  'written-ft',
  {
    scamsJunked: 0.85,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.98 },
    personalFiltered: 0.01,
  },
);

// Set 183 (written-fo), France, Belgium, Switzerland and Luxembourg, measured once when it arrived
// (5f15324); floors at those figures.
writtenByOthers(
  "today's traffic (written by others, hundred-and-seventy-first round: set 183)",
  'written-fo',
  {
    scamsJunked: 0.88,
    notificationsJunked: 0.01,
    notificationsInFolder: 0.98,
    promotions: { junked: 0.01, inFolder: 0.98 },
    personalFiltered: 0.01,
  },
);
