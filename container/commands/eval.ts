import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type EvalReport,
  evaluate,
  type LabelledMessage,
} from '../../shared/classifier/evaluation/evaluate.ts';
import { formatReport } from '../../shared/classifier/evaluation/report.ts';
import { type Classifier, createClassifier, type ModelFile } from '../../shared/classifier/index.ts';
import { type Command, type Io, UsageError, write } from './command.ts';
import { checkTrainable, listOption, loadCorpus, messagesOf } from './corpora.ts';
import { intOption } from './train.ts';

const PERCENT_KEYS = [
  'unwantedCaught',
  'unwantedJunked',
  'unwantedAsTransaction',
  'personalFiltered',
  'legitimateJunked',
  'folderAccuracy',
] as const;

/** One summary line per held-out corpus for leave-one-corpus-out. */
function locoTable(rows: readonly { corpus: string; report: EvalReport }[]): string {
  const w = Math.max(...rows.map((r) => r.corpus.length), 6);
  const cell = (r: EvalReport, key: (typeof PERCENT_KEYS)[number]) => {
    const i = r.intervals[key];
    return (i ? `${((i.k / i.n) * 100).toFixed(1)}% (${i.k}/${i.n})` : '-').padStart(18);
  };
  const out = [`${'corpus'.padEnd(w)}${PERCENT_KEYS.map((k) => k.padStart(18)).join('')}`];
  for (const { corpus, report } of rows)
    out.push(`${corpus.padEnd(w)}${PERCENT_KEYS.map((k) => cell(report, k)).join('')}`);
  return out.join('\n');
}

function progress(io: Io, json: boolean, what: string) {
  return json
    ? undefined
    : (f: number, k: number, seconds: number) =>
        write(io.stderr, `${what}: model ${f}/${k} trained and tested in ${seconds.toFixed(1)}s`);
}

export const evalCommand: Command = {
  path: ['eval'],
  summary:
    'measure the classifier on labelled TSV corpora (per-label confusion, folder and junk rates with intervals, rule hit-frequencies)',
  usage: `Usage: smsjunk eval CORPUS.tsv [--folds K] [--train A.tsv,B.tsv] [--json] [--model FILE | --no-model] [--no-rules] [--seed N]
       smsjunk eval --train A.tsv,B.tsv --test C.tsv [--json]
       smsjunk eval --loco A.tsv,B.tsv,C.tsv [--json]

Classifies every message of the corpus and prints the confusion matrix over Apple's actions (rows:
wanted, unwanted and every label; columns: none/allow/junk/promotion/transaction) and the rates,
each with its counts and 95% Wilson interval:
  unwantedCaught         unwanted messages taken out of the inbox (any action but none/allow)
  unwantedJunked         unwanted messages answered junk
  unwantedAsTransaction  unwanted messages answered transaction (they look trustworthy there)
  wantedFiltered         wanted messages harmed: personal ones filtered, notifications junked
  personalFiltered       ham answered anything but none/allow
  legitimateJunked       transaction and promotion messages answered junk
  folderAccuracy         transaction and promotion messages answered their own folder
  subActionAccuracy      messages labelled with a sub-action answered that folder and sub-action
then accuracy and MCC of the binary decision, the throughput, and per rule its hits on wanted and
unwanted messages with its precision (the rule author's hit-frequencies).

Modes:
  as-is (default)  the classifier as shipped (bundled rules and model);
  --folds K        K-fold cross-validation: the statistical layer (text model, combination,
                   thresholds) retrained on K-1 folds and tested on the held-out fold, K times;
                   messages of one template (digits folded) always share a fold; with --train,
                   those corpora join every fold's training rows and are never tested;
  --train A,B      train-test: the statistical layer trained on corpora A and B, tested on the
                   corpus (or --test C);
  --loco A,B,C     leave-one-corpus-out: each corpus tested with a layer trained on the others.
Every setting a training picks (combination, thresholds) is picked by inner cross-validation on
its own training rows. The rules are the bundled pack in every mode. A corpus whose name says
"eval-only" is never trained on (refused in --train and --loco training).

A corpus holds one message per line, "label<TAB>text" (or "label<TAB>sender<TAB>text" under that
header); labels: ham, transaction[:sub], promotion[:sub], spam, smishing, scam. Malformed lines are
reported with their line number and skipped; an empty corpus or more than 10% malformed lines fails
the run (exit 1).

Options:
  --folds K        K-fold cross-validation of the statistical layer (K >= 2)
  --train LIST     comma-separated corpora to train the statistical layer on
  --test FILE      the corpus to test (instead of the positional CORPUS)
  --loco LIST      comma-separated corpora for leave-one-corpus-out
  --json           print exactly one JSON object (the figures) on stdout
  --model FILE     measure this model file instead of the shipped one (as-is only)
  --no-model       measure the rules alone (as-is only)
  --no-rules       leave the rule pack out (the statistical layer alone; any mode)
  --seed N         fold assignment seed (default 1)
  -h, --help       show this help`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        folds: { type: 'string' },
        train: { type: 'string' },
        test: { type: 'string' },
        loco: { type: 'string' },
        json: { type: 'boolean', default: false },
        model: { type: 'string' },
        'no-model': { type: 'boolean', default: false },
        'no-rules': { type: 'boolean', default: false },
        seed: { type: 'string' },
      },
    });
    const folds = intOption('folds', values.folds, 2);
    const seed = intOption('seed', values.seed, 0);
    const train = listOption(values.train);
    const loco = listOption(values.loco);
    const trains = folds !== undefined || train.length > 0 || loco.length > 0;
    if (trains && (values.model !== undefined || values['no-model'])) {
      throw new UsageError(
        '--model and --no-model measure the classifier as it is: not with --folds, --train or --loco',
      );
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
    const rules = values['no-rules'] ? [] : undefined;
    const build = (): Classifier =>
      createClassifier({ rules, model: trains || values['no-model'] ? null : model });

    if (loco.length > 0) {
      if (positionals.length > 0 || values.test !== undefined || train.length > 0 || folds !== undefined)
        throw new UsageError('--loco takes its corpora as its list: no CORPUS, --test, --train or --folds');
      if (loco.length < 2) throw new UsageError('--loco needs at least two corpora');
      const corpora = loco.map((p) => ({ path: p, messages: messagesOf(loadCorpus(p, io)) }));
      const classifier = build();
      const results = corpora.map((held) => {
        const others = corpora.filter((c) => c !== held);
        checkTrainable(others.map((c) => c.path));
        const trainOn: LabelledMessage[] = others.flatMap((c) => c.messages);
        const report = evaluate(classifier, held.messages, {
          trainOn,
          seed,
          onFold: progress(io, values.json, basename(held.path)),
        });
        return { corpus: held.path, report };
      });
      if (values.json) {
        write(
          io.stdout,
          JSON.stringify({
            mode: 'leave-one-corpus-out',
            corpora: results.map((r) => ({ corpus: r.corpus, ...r.report })),
          }),
        );
      } else {
        for (const { corpus, report } of results) {
          write(io.stdout, `== ${corpus} (trained on the others)`);
          write(io.stdout, formatReport(report, { rules: false }));
          write(io.stdout, '');
        }
        write(io.stdout, locoTable(results));
      }
      return 0;
    }

    if (values.test !== undefined && positionals.length > 0)
      throw new UsageError('give the corpus either as CORPUS or --test');
    const testPath = values.test ?? positionals[0];
    if (testPath === undefined || positionals.length > 1)
      throw new UsageError('give exactly one corpus file');
    checkTrainable(train);
    const corpus = loadCorpus(testPath, io);
    const trainOn = train.flatMap((p) => messagesOf(loadCorpus(p, io)));
    const classifier = build();
    if (!trains && !classifier.model && !values['no-model']) {
      write(io.stderr, 'note: no trained model found; measuring the rules alone');
    }
    const report = evaluate(classifier, messagesOf(corpus), {
      folds,
      seed,
      ...(trainOn.length > 0 ? { trainOn } : {}),
      onFold: progress(io, values.json, basename(testPath)),
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
