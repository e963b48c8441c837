import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createClassifier } from '../../shared/classifier/index.ts';
import { FOLDERS } from '../../shared/classifier/labels.ts';
import { templateKey } from '../../shared/classifier/model/folds.ts';
import { trainModel } from '../../shared/classifier/model/train.ts';
import { type Command, UsageError, write } from './command.ts';
import { checkTrainable, DEFAULT_DATA_DIR, loadCorpus, TRAINING_LIST, trainingCorpora } from './corpora.ts';

export const DEFAULT_MODEL_OUT = 'shared/model/model.json';

/** A positive integer option, or a usage error naming it. */
export function intOption(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} must be an integer of at least ${min}`);
  return n;
}

/** A finite number option, or a usage error naming it. */
export function floatOption(name: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number`);
  return n;
}

export const trainCommand: Command = {
  path: ['train'],
  summary: 'train the statistical layer from labelled TSV corpora and write the model file',
  usage: `Usage: smsjunk train [CORPUS.tsv ...] [--data DIR] [--out FILE] [--inner-folds K] [--seed N]

Trains the text model (a softmax over Apple's four folders: none, junk, promotion, transaction,
and a naive Bayes for junk), learns how its junk score combines with the rule weights (per-rule
weights fitted on held-out model scores, each pulled towards its rule's meta weight), picks the
junk threshold and the model's own folder thresholds on held-out training scores, and writes the
model as compact JSON.

Without CORPUS arguments it trains on the corpora ${TRAINING_LIST} lists, read from the
data folder (--data, default ${DEFAULT_DATA_DIR}): the union of the trainable corpora. A corpus
whose name says "eval-only" is refused: it is for measurement only.

A corpus holds one message per line, "label<TAB>text" (or "label<TAB>sender<TAB>text" under that
header); labels: ham, transaction[:sub], promotion[:sub], spam, smishing, scam. Malformed lines
are reported with their line number and skipped; an empty corpus or more than 10% malformed lines
fails the run (exit 1). The rules are the bundled pack (the one the build ships with the model).

Options:
  --data DIR        the data folder for the default corpora (default ${DEFAULT_DATA_DIR})
  --out FILE        where to write the model (default: ${DEFAULT_MODEL_OUT}, relative to the current directory)
  --inner-folds K   folds for the held-out scores the combination and thresholds are fitted on (default 5)
  --seed N          seed for fold assignment and training order (default 7; same seed, same model)
  --floor F         once a junk rule fired, the text model's part of the score counts no lower than F
                    (default 0; write a negative one as --floor=-1)
  -h, --help        show this help`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        out: { type: 'string' },
        'inner-folds': { type: 'string' },
        seed: { type: 'string' },
        floor: { type: 'string' },
      },
    });
    if (positionals.length > 0 && values.data !== undefined)
      throw new UsageError('--data picks the default corpora; give either corpora or --data');
    const innerFolds = intOption('inner-folds', values['inner-folds'], 2);
    const seed = intOption('seed', values.seed, 0);
    const paths = positionals.length > 0 ? positionals : trainingCorpora(values.data ?? DEFAULT_DATA_DIR);
    checkTrainable(paths);
    const corpora = paths.map((p) => loadCorpus(p, io));
    const started = performance.now();
    const classifier = createClassifier({ model: null });
    const examples = corpora.flatMap((corpus) =>
      corpus.rows.map((row) => {
        const a = classifier.analyze({ text: row.text, sender: row.sender });
        return {
          input: a.modelInput,
          votes: a.votes,
          folder: row.label.folder,
          group: templateKey(a.normalized.text),
        };
      }),
    );
    const model = trainModel(examples, {
      innerFolds,
      seed,
      rulesVersion: classifier.rulesVersion,
      ruleCount: classifier.ruleCount,
      corpora: paths.map((p) => basename(p)),
      ...(values.floor !== undefined ? { modelFloor: floatOption('floor', values.floor) } : {}),
    });
    const json = `${JSON.stringify(model)}\n`;
    const out = resolve(values.out ?? DEFAULT_MODEL_OUT);
    mkdirSync(dirname(out), { recursive: true });
    const tmp = `${out}.${process.pid}.tmp`;
    writeFileSync(tmp, json);
    renameSync(tmp, out);
    const seconds = (performance.now() - started) / 1000;
    const t = model.trainedOn;
    const skipped = corpora.reduce((n, c) => n + c.malformed.length, 0);
    const held = t.heldOut
      ? `; on held-out training scores: ${(t.heldOut.unwantedCaught * 100).toFixed(2)}% unwanted caught, ${(t.heldOut.wantedJunked * 100).toFixed(2)}% wanted junked`
      : '';
    const th = model.thresholds;
    const folders = FOLDERS.map((f) => `${t.folders[f]} ${f}`).join(', ');
    write(
      io.stderr,
      `trained on ${t.messages} messages (${t.unwanted} unwanted; ${folders}${skipped ? `; ${skipped} malformed lines skipped` : ''}) from ${corpora.length} corpus file(s) with ${t.ruleCount} rules in ${seconds.toFixed(1)}s; ${Object.keys(model.combination.rules).length} rule weights learned, junk threshold ${th.junk}, model folders transaction ${th.modelTransaction ?? '-'} promotion ${th.modelPromotion ?? '-'}${held}`,
    );
    write(io.stdout, `wrote ${out} (${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB)`);
    return 0;
  },
};
