import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkCorpus, describeProblems, readCorpus } from '../../shared/classifier/corpus.ts';
import { evaluate, formatReport } from '../../shared/classifier/evaluate.ts';
import { createClassifier, type ModelFile } from '../../shared/classifier/index.ts';
import { type Command, UsageError, write } from './command.ts';
import { intOption } from './train.ts';

export const evalCommand: Command = {
  path: ['eval'],
  summary: 'measure the classifier on a labelled TSV corpus (confusion matrix, MCC, rule hit-frequencies)',
  usage: `Usage: smsjunk eval CORPUS.tsv [--folds K] [--json] [--model FILE | --no-model] [--no-rules] [--seed N]

Classifies every message of the corpus and prints the confusion matrix over Apple's actions
(rows: wanted/unwanted; columns: none/allow/junk/promotion/transaction), unwanted caught, wanted
filtered and junked, accuracy and MCC on the filtered-or-not decision, the throughput, and per
rule its hits on wanted and unwanted messages with its precision (the rule author's
hit-frequencies).

Without --folds, the classifier is measured as shipped (bundled rules and model). With --folds K,
the statistical layer (text model, combination weights, junk threshold) is retrained on K-1 folds
and tested on the held-out fold, K times, so no figure is measured on a training row; identical
texts always share a fold. The rules are the bundled pack in both cases.

CORPUS.tsv holds one message per line, "label<TAB>text"; "ham" means wanted, any other label
unwanted. Malformed lines are reported with their line number and skipped; an empty corpus or more
than 10% malformed lines fails the run (exit 1).

Options:
  --folds K     K-fold cross-validation of the statistical layer (K >= 2)
  --json        print exactly one JSON object (the figures) on stdout
  --model FILE  measure this model file instead of the shipped one (not with --folds)
  --no-model    measure the rules alone (not with --folds)
  --no-rules    leave the rule pack out (the statistical layer alone; with or without --folds)
  --seed N      fold assignment seed (default 1)
  -h, --help    show this help`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        folds: { type: 'string' },
        json: { type: 'boolean', default: false },
        model: { type: 'string' },
        'no-model': { type: 'boolean', default: false },
        'no-rules': { type: 'boolean', default: false },
        seed: { type: 'string' },
      },
    });
    if (positionals.length !== 1) throw new UsageError('give exactly one corpus file');
    const folds = intOption('folds', values.folds, 2);
    const seed = intOption('seed', values.seed, 0);
    if (folds !== undefined && (values.model !== undefined || values['no-model'])) {
      throw new UsageError('--model and --no-model exclude --folds (--folds trains its own models)');
    }
    if (values.model !== undefined && values['no-model'])
      throw new UsageError('--model and --no-model exclude each other');
    let model: ModelFile | undefined;
    if (values.model !== undefined) {
      try {
        model = JSON.parse(readFileSync(values.model, 'utf8')) as ModelFile;
      } catch (cause) {
        throw new Error(`cannot read model ${values.model}: ${(cause as Error).message}`, { cause });
      }
    }
    const corpus = readCorpus(positionals[0] as string);
    for (const line of describeProblems(corpus)) write(io.stderr, line);
    checkCorpus(corpus);
    const rules = values['no-rules'] ? [] : undefined;
    const classifier = createClassifier({
      rules,
      model: folds !== undefined || values['no-model'] ? null : model,
    });
    if (folds === undefined && !classifier.model && !values['no-model']) {
      write(io.stderr, 'note: no trained model found; measuring the rules alone');
    }
    const report = evaluate(classifier, corpus.rows, {
      folds,
      seed,
      onFold: values.json
        ? undefined
        : (f, k, seconds) => write(io.stderr, `fold ${f}/${k} trained and tested in ${seconds.toFixed(1)}s`),
    });
    if (values.json) {
      write(
        io.stdout,
        JSON.stringify({ corpus: corpus.name, skippedLines: corpus.malformed.length, ...report }),
      );
    } else {
      if (corpus.malformed.length > 0) {
        write(io.stdout, `${corpus.name}: ${corpus.malformed.length} malformed line(s) skipped`);
      }
      write(io.stdout, formatReport(report));
    }
    return 0;
  },
};
