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

// Written by other engineers of the team, who read neither the rules nor the corpora (test/fixtures/
// traffic/written-*.tsv, three sets of 2026-12): scam and notification families of many countries.
// Several rule families were written after these sets showed the gap, so they are regression
// floors (today's figures rounded down), not an independent measure; docs/EVAL.md has the figures
// measured before any rule was written from them.
describe("today's traffic (written by others)", () => {
  it('junks at least 90% of the scams and files at most 1% as a transaction', (t) => {
    const { figures } = run('written-scams.tsv');
    t.diagnostic(
      `scams junked ${pct(figures.unwantedJunked)} of ${figures.unwanted}, as transaction ${pct(figures.unwantedAsTransaction)}`,
    );
    assert.ok((figures.unwantedJunked ?? 0) >= 0.9, `scams junked ${pct(figures.unwantedJunked)}`);
    assert.ok(
      (figures.unwantedAsTransaction ?? 0) <= 0.01,
      `as transaction ${pct(figures.unwantedAsTransaction)}`,
    );
  });

  it('junks at most 1% of the notifications and files at least 96% in their folder', (t) => {
    const { figures } = run('written-notifications.tsv');
    t.diagnostic(
      `notifications junked ${pct(figures.legitimateJunked)}, own folder ${pct(figures.folderAccuracy)}`,
    );
    assert.ok((figures.legitimateJunked ?? 1) <= 0.01, `junked ${pct(figures.legitimateJunked)}`);
    assert.ok((figures.folderAccuracy ?? 0) >= 0.96, `folder accuracy ${pct(figures.folderAccuracy)}`);
  });

  it('junks no promotion and files at least 95% under Promotions', (t) => {
    const { figures } = run('written-promotions.tsv');
    t.diagnostic(
      `promotions junked ${pct(figures.legitimateJunked)}, own folder ${pct(figures.folderAccuracy)}`,
    );
    assert.equal(figures.legitimateJunked, 0);
    assert.ok((figures.folderAccuracy ?? 0) >= 0.95, `folder accuracy ${pct(figures.folderAccuracy)}`);
  });

  it('files at most 1% of the personal texts', (t) => {
    const { figures } = run('written-personal.tsv');
    t.diagnostic(`personal filtered ${pct(figures.personalFiltered)} of ${figures.wanted}`);
    assert.ok((figures.personalFiltered ?? 1) <= 0.01, `filtered ${pct(figures.personalFiltered)}`);
  });
});

// Three more sets written by others in the same way (traffic/written-b-*.tsv, 2026-12: sets 5 and
// 6 with senders, and bank, weather and public alerts without one). Each was measured once before
// any rule was written after it (docs/EVAL.md); rule families were then written for what they
// showed, so these too are regression floors (today's figures rounded down), not a measure.
describe("today's traffic (written by others, second round)", () => {
  it('junks at least 87% of the scams and files at most 1% as a transaction', (t) => {
    const { figures } = run('written-b-scams.tsv');
    t.diagnostic(`scams junked ${pct(figures.unwantedJunked)} of ${figures.unwanted}`);
    assert.ok((figures.unwantedJunked ?? 0) >= 0.87, `scams junked ${pct(figures.unwantedJunked)}`);
    assert.ok(
      (figures.unwantedAsTransaction ?? 0) <= 0.01,
      `as transaction ${pct(figures.unwantedAsTransaction)}`,
    );
  });

  it('junks at most 1.5% of the notifications and files at least 95% in their folder', (t) => {
    const { figures } = run('written-b-notifications.tsv');
    t.diagnostic(
      `notifications junked ${pct(figures.legitimateJunked)}, own folder ${pct(figures.folderAccuracy)}`,
    );
    assert.ok((figures.legitimateJunked ?? 1) <= 0.015, `junked ${pct(figures.legitimateJunked)}`);
    assert.ok((figures.folderAccuracy ?? 0) >= 0.95, `folder accuracy ${pct(figures.folderAccuracy)}`);
  });

  it('junks no promotion and files at least 95% under Promotions', (t) => {
    const { figures } = run('written-b-promotions.tsv');
    t.diagnostic(`promotions own folder ${pct(figures.folderAccuracy)}`);
    assert.equal(figures.legitimateJunked, 0);
    assert.ok((figures.folderAccuracy ?? 0) >= 0.95, `folder accuracy ${pct(figures.folderAccuracy)}`);
  });

  it('files at most 2% of the personal texts', (t) => {
    const { figures } = run('written-b-personal.tsv');
    t.diagnostic(`personal filtered ${pct(figures.personalFiltered)} of ${figures.wanted}`);
    assert.ok((figures.personalFiltered ?? 1) <= 0.02, `filtered ${pct(figures.personalFiltered)}`);
  });
});
