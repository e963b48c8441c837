/** The human-readable report `eval` prints. */
import { ACTIONS } from '../types.ts';
import type { EvalReport } from './evaluate.ts';
import type { ActionCounts, Rate } from './measure.ts';

function pct(x: number): string {
  return `${(x * 100).toFixed(2)}%`;
}

/** One line of a rate: share, counts and interval. */
function rateLine(name: string, r: Rate | undefined): string | undefined {
  if (!r) return undefined;
  return `${name.padEnd(24)}${pct(r.k / r.n).padStart(8)}  (${r.k} of ${r.n}; 95% ${pct(r.low)}..${pct(r.high)})`;
}

/** The human-readable report `eval` prints. */
export function formatReport(r: EvalReport, options: { rules?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push(
    r.mode === 'cross-validation'
      ? `${r.folds}-fold cross-validation: the statistical layer retrained on ${(r.folds ?? 0) - 1} folds${r.trainedOn ? ` (plus ${r.trainedOn} messages of other corpora)` : ''}, tested on the held-out one; rules fixed (${r.ruleCount} rules, ${r.rulesVersion})`
      : r.mode === 'train-test'
        ? `train-test: the statistical layer trained on ${r.trainedOn} messages of other corpora, tested here; rules fixed (${r.ruleCount} rules, ${r.rulesVersion})`
        : `the classifier as it is (${r.ruleCount} rules, ${r.rulesVersion}; ${r.model ? `model trained on ${r.model.messages} messages on ${r.model.date.slice(0, 10)}: figures on its own training corpora are optimistic, use --folds or --train` : 'no model: rules alone'})`,
  );
  if (r.model && !r.model.trainedWithTheseRules) {
    lines.push('note: the model was trained with another rule pack; run train again');
  }
  lines.push(`${r.messages} messages: ${r.wanted} wanted, ${r.unwanted} unwanted`, '');
  const w = 12;
  const rows: [string, ActionCounts][] = [
    ['wanted', r.confusion.wanted],
    ['unwanted', r.confusion.unwanted],
    ...Object.entries(r.confusion.byLabel).sort(([a], [b]) => (a < b ? -1 : 1)),
  ];
  const labelWidth = Math.max(10, ...rows.map(([n]) => n.length + 2));
  lines.push(`${''.padEnd(labelWidth)}${ACTIONS.map((a) => a.padStart(w)).join('')}`);
  for (const [name, counts] of rows) {
    lines.push(`${name.padEnd(labelWidth)}${ACTIONS.map((a) => String(counts[a]).padStart(w)).join('')}`);
  }
  lines.push('');
  for (const name of [
    'unwantedCaught',
    'unwantedJunked',
    'unwantedAsTransaction',
    'wantedFiltered',
    'wantedJunked',
    'personalFiltered',
    'legitimateJunked',
    'folderAccuracy',
    'subActionAccuracy',
  ]) {
    const line = rateLine(name, r.intervals[name]);
    if (line) lines.push(line);
  }
  lines.push(`${'accuracy'.padEnd(24)}${pct(r.accuracy).padStart(8)}`);
  lines.push(`${'MCC'.padEnd(24)}${r.mcc.toFixed(4).padStart(8)}`);
  lines.push(`${'throughput'.padEnd(24)}${String(r.messagesPerSecond).padStart(8)} messages/s`);
  const th = r.junkThresholds;
  if (th.length === 1) lines.push(`${'junk threshold'.padEnd(24)}${String(th[0]).padStart(8)}`);
  else if (th.length > 1)
    lines.push(`${'junk threshold'.padEnd(24)}${Math.min(...th)} .. ${Math.max(...th)} (per fold)`);
  if (options.rules === false) return lines.join('\n');
  lines.push('');
  lines.push('rule hit-frequencies (precision = share of its hits that are unwanted):');
  const nameWidth = Math.max(4, ...r.rules.map((x) => x.name.length));
  lines.push(`  ${'rule'.padEnd(nameWidth)}  ${'wanted'.padStart(7)}  ${'unwanted'.padStart(8)}  precision`);
  const sorted = [...r.rules].sort(
    (a, b) => b.unwantedHits + b.wantedHits - (a.unwantedHits + a.wantedHits) || (a.name < b.name ? -1 : 1),
  );
  for (const x of sorted) {
    lines.push(
      `  ${x.name.padEnd(nameWidth)}  ${String(x.wantedHits).padStart(7)}  ${String(x.unwantedHits).padStart(8)}  ${x.precision === null ? '-' : x.precision.toFixed(3)}`,
    );
  }
  return lines.join('\n');
}
