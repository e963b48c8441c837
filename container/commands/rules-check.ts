import { parseArgs } from 'node:util';
import { bundledRules, readRuleFiles } from '../../shared/classifier/assets.ts';
import { formatDiagnostic, SCAN_VARIABLES } from '../../shared/classifier/index.ts';
import { YaraXEngine } from '../../shared/classifier/yara-x.ts';
import { metaDiagnostics } from '../../shared/rule-metas.ts';
import { type Command, write } from './command.ts';

export const rulesCheckCommand: Command = {
  path: ['rules', 'check'],
  summary: 'compile rule files, check their meta, and report every error as file:line: message',
  usage: `Usage: smsjunk rules check [--quiet] [FILES...]

Compiles the given .yar files (default: the bundled rule pack) together, as the service would,
then reads every rule's meta as the service does: an action other than exactly junk, promotion,
transaction or allow, a force other than "junk", a sub_action the action cannot have, a weight
that is not a number, a phishing meta (use the ": phishing" tag): any value the service would
silently ignore is an error. Prints one "file:line:column: severity: message" line per problem.
Exit status: 0 when everything compiles and every meta is read, 1 when any file has an error.

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
    const engine = new YaraXEngine();
    const diagnostics = engine.check(sources, SCAN_VARIABLES);
    // metas only of a set that compiles: the engine reads them
    if (!diagnostics.some((d) => d.severity === 'error'))
      diagnostics.push(...metaDiagnostics(engine, sources));
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
