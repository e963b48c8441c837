import { parseArgs } from 'node:util';
import { bundledRules, readRuleFiles } from '../../shared/classifier/assets.ts';
import { formatDiagnostic, SCAN_VARIABLES } from '../../shared/classifier/index.ts';
import { YaraXEngine } from '../../shared/classifier/yara-x.ts';
import { type Command, write } from './command.ts';

export const rulesCheckCommand: Command = {
  path: ['rules', 'check'],
  summary: 'compile rule files and report every error as file:line: message',
  usage: `Usage: smsjunk rules check [--quiet] [FILES...]

Compiles the given .yar files (default: the bundled rule pack) together, as the service would,
and prints one "file:line:column: severity: message" line per problem.
Exit status: 0 when everything compiles, 1 when any file has an error.

Options:
  --quiet      print errors only, not warnings
  -h, --help   show this help`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { quiet: { type: 'boolean', default: false } },
    });
    let sources: ReturnType<typeof readRuleFiles>;
    try {
      sources = positionals.length > 0 ? readRuleFiles(positionals) : bundledRules();
    } catch (err) {
      write(io.stderr, `smsjunk: ${(err as Error).message}`);
      return 1;
    }
    const diagnostics = new YaraXEngine().check(sources, SCAN_VARIABLES);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    for (const d of diagnostics) {
      if (values.quiet && d.severity !== 'error') continue;
      write(d.severity === 'error' ? io.stdout : io.stderr, formatDiagnostic(d));
    }
    write(
      io.stderr,
      `${sources.length} file(s), ${errors.length} error(s), ${diagnostics.length - errors.length} warning(s)`,
    );
    return errors.length > 0 ? 1 : 0;
  },
};
