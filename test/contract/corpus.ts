/**
 * A deterministic sample of the labelled SMS corpus beside the repository
 * (`../shared/data/sms-spam-collection.tsv`), read by the product's own corpus parser, or the
 * reason it is not there.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpus } from '../../shared/classifier/corpus.ts';
import { ROOT } from './targets.ts';

export const CORPUS = join(ROOT, '../shared/data/sms-spam-collection.tsv');

export interface Sample {
  readonly label: string;
  readonly text: string;
  readonly sender: string | undefined;
}

/** A sender for a sample: every kind the classifier tells apart, chosen by position. */
const SENDERS = [undefined, '87121', '+14085550001', 'AMAZON', 'info@example.com', '07781482378'];

/** `size` rows at an even stride through the file (first row included), or a skip reason. */
export function corpusSample(size: number): Sample[] | string {
  if (!existsSync(CORPUS)) return `corpus not found at ${CORPUS} (a fresh clone has no ../shared/data)`;
  const { rows } = readCorpus(CORPUS);
  if (rows.length < size) return `corpus at ${CORPUS} has ${rows.length} rows, fewer than ${size}`;
  const stride = rows.length / size;
  const out: Sample[] = [];
  for (let i = 0; i < size; i++) {
    const row = rows[Math.floor(i * stride)];
    if (row) out.push({ label: row.label.raw, text: row.text, sender: SENDERS[i % SENDERS.length] });
  }
  return out;
}
