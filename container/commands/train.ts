import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { checkCorpus, describeProblems, readCorpus } from '../../shared/classifier/corpus.ts';
import { createClassifier } from '../../shared/classifier/index.ts';
import { trainModel } from '../../shared/classifier/model.ts';
import { type Command, UsageError, write } from './command.ts';

export const DEFAULT_MODEL_OUT = 'shared/model/model.json';

/** A positive integer option, or a usage error naming it. */
export function intOption(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`--${name} must be an integer of at least ${min}`);
  return n;
}

export const trainCommand: Command = {
  path: ['train'],
  summary: 'train the statistical layer from a labelled TSV corpus and write the model file',
  usage: `Usage: smsjunk train CORPUS.tsv [--out FILE] [--inner-folds K] [--seed N]

Trains the text model and learns how its score combines with the rule weights (per-rule weights
fitted on held-out model scores, each pulled towards its rule's meta weight), picks the junk
threshold on held-out training scores, and writes the model as compact JSON.

CORPUS.tsv holds one message per line, "label<TAB>text"; "ham" means wanted, any other label
(spam, smishing, ...) unwanted. Malformed lines are reported with their line number and skipped;
an empty corpus or more than 10% malformed lines fails the run (exit 1).
The rules are the bundled pack (the one the build ships with the model).

Options:
  --out FILE        where to write the model (default: ${DEFAULT_MODEL_OUT}, relative to the current directory)
  --inner-folds K   folds for the held-out scores the combination is fitted on (default 5)
  --seed N          seed for fold assignment and training order (default 7; same seed, same model)
  -h, --help        show this help`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        'inner-folds': { type: 'string' },
        seed: { type: 'string' },
      },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one corpus file');
    const innerFolds = intOption('inner-folds', values['inner-folds'], 2);
    const seed = intOption('seed', values.seed, 0);
    const corpus = readCorpus(positionals[0] as string);
    for (const line of describeProblems(corpus)) write(io.stderr, line);
    checkCorpus(corpus);
    const started = performance.now();
    const classifier = createClassifier({ model: null });
    const examples = corpus.rows.map((row) => {
      const a = classifier.analyze({ text: row.text });
      return {
        input: a.modelInput,
        votes: a.votes,
        unwanted: row.unwanted,
        group: a.normalized.text.toLowerCase(),
      };
    });
    const model = trainModel(examples, {
      innerFolds,
      seed,
      rulesVersion: classifier.rulesVersion,
      ruleCount: classifier.ruleCount,
    });
    const json = `${JSON.stringify(model)}\n`;
    const out = resolve(values.out ?? DEFAULT_MODEL_OUT);
    mkdirSync(dirname(out), { recursive: true });
    const tmp = `${out}.${process.pid}.tmp`;
    writeFileSync(tmp, json);
    renameSync(tmp, out);
    const seconds = (performance.now() - started) / 1000;
    const t = model.trainedOn;
    const held = t.heldOut
      ? `; on held-out training scores: ${(t.heldOut.unwantedCaught * 100).toFixed(2)}% unwanted caught, ${(t.heldOut.wantedFiltered * 100).toFixed(2)}% wanted filtered`
      : '';
    write(
      io.stderr,
      `trained on ${t.messages} messages (${t.unwanted} unwanted${corpus.malformed.length ? `, ${corpus.malformed.length} malformed lines skipped` : ''}) with ${t.ruleCount} rules in ${seconds.toFixed(1)}s; ${Object.keys(model.combination.rules).length} rule weights learned, junk threshold ${model.thresholds.junk}${held}`,
    );
    write(io.stdout, `wrote ${out} (${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB)`);
    return 0;
  },
};
