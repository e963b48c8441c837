import { parseArgs } from 'node:util';
import { createClassifier } from '../../shared/classifier/index.ts';
import { type Command, readAll, UsageError, write } from './command.ts';

export const classifyCommand: Command = {
  path: ['classify'],
  summary: 'classify one message (text from the argument or stdin)',
  usage: `Usage: smsjunk classify [--sender S] [--json] [--explain] [TEXT]

Classifies one message and prints Apple's action and sub-action.
TEXT is read from standard input when absent.

Options:
  --sender S   the sender (phone number, short code, e-mail or alphanumeric id)
  --json       print {"action","subAction"} as JSON
  --explain    print the full explanation (fired rules, weights, model score, features) as JSON
  -h, --help   show this help`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        sender: { type: 'string' },
        json: { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
      },
    });
    if (positionals.length > 1) throw new UsageError('give the message as one quoted argument, or on stdin');
    const text = positionals[0] ?? (await readAll(io.stdin)).replace(/\r?\n$/, '');
    const classifier = createClassifier();
    const input = { text, sender: values.sender };
    if (values.explain) {
      write(io.stdout, JSON.stringify(classifier.explain(input), null, 2));
    } else {
      const v = classifier.classify(input);
      write(io.stdout, values.json ? JSON.stringify(v) : `${v.action}\t${v.subAction}`);
    }
    return 0;
  },
};
