import { parseArgs } from 'node:util';
import { bundledRules } from '../../shared/classifier/assets.ts';
import { rulesVersionOf } from '../../shared/classifier/index.ts';
import { BUILD, runtimeDescription } from '../../shared/version.ts';
import { type Command, write } from './command.ts';

export const versionCommand: Command = {
  path: ['version'],
  summary: 'print the build stamp (build number, date, git hash), bundled rules version and runtime',
  usage: `Usage: smsjunk version [--json]

Prints the build number, build date and git hash stamped in by the build, the version of the
bundled rule pack (as GET /version reports it before any extra rules are loaded) and the runtime.

Options:
  --json       print the same facts as one JSON object
  -h, --help   show this help`,
  async run(args, io) {
    const { values } = parseArgs({ args: [...args], options: { json: { type: 'boolean', default: false } } });
    let rulesVersion = 'unknown';
    try {
      rulesVersion = rulesVersionOf(bundledRules());
    } catch {
      // no rules folder beside the build: the stamp is still worth printing
    }
    const doc = { ...BUILD, rulesVersion, runtime: runtimeDescription() };
    write(
      io.stdout,
      values.json
        ? JSON.stringify(doc)
        : `smsjunk ${doc.buildNumber} (built ${doc.buildDate}, git ${doc.gitHash}), rules ${doc.rulesVersion}, ${doc.runtime}`,
    );
    return 0;
  },
};
