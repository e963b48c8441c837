import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { adversarialSamples } from '../../shared/adversarial-samples.ts';
import { bundledMaps, bundledRules, readRuleFiles } from '../../shared/classifier/assets.ts';
import type { Diagnostic, RuleSource } from '../../shared/classifier/engine.ts';
import { formatDiagnostic, SCAN_VARIABLES } from '../../shared/classifier/index.ts';
import { YaraXEngine } from '../../shared/classifier/yara-x.ts';
import { metaDiagnostics } from '../../shared/rule-metas.ts';
import { patternCaseDiagnostics } from '../../shared/rule-pattern-case.ts';
import {
  DEFAULT_SLOW_FACTOR,
  slowRuleDiagnostic,
  slowRules,
  timeRules,
  untimedDiagnostic,
} from '../../shared/rule-timing.ts';
import { ruleUnits } from '../../shared/rule-units.ts';
import { type Command, write } from './command.ts';

/**
 * A warning for each rule of `sources` more than `factor` times slower than the median rule on
 * an adversarial sample. The median is over `sources` and the bundled rules they do not replace
 * (by rule name), so one emergency rule is measured against the whole pack.
 */
function speedDiagnostics(engine: YaraXEngine, sources: readonly RuleSource[], factor: number): Diagnostic[] {
  const checked = ruleUnits(sources);
  const names = new Set(checked.map((u) => u.rule));
  const others = ruleUnits(bundledRules()).filter((u) => !names.has(u.rule));
  const samples = adversarialSamples(bundledMaps());
  const { costs, untimed } = timeRules(engine, [...checked, ...others], samples, {
    now: () => performance.now(),
    variables: SCAN_VARIABLES,
  });
  const mine = new Set(checked);
  return [
    ...untimed.filter((u) => mine.has(u.unit)).map(untimedDiagnostic),
    ...slowRules(costs, samples, factor, (u) => mine.has(u)).map(slowRuleDiagnostic),
  ];
}

export const rulesCheckCommand: Command = {
  path: ['rules', 'check'],
  summary: 'compile rule files, check their meta, and report every error as file:line: message',
  usage: `Usage: smsjunk rules check [--quiet] [--slow-factor N] [--no-timing] [FILES...]

Compiles the given .yar files (default: the bundled rule pack) together, as the service would,
then reads every rule's meta as the service does: an action other than exactly junk, promotion,
transaction or allow, a force other than "junk", a sub_action the action cannot have, a weight
that is not a number, a phishing meta (use the ": phishing" tag): any value the service would
silently ignore is an error.

Then times each rule alone (the private rules it names stand in as false and are timed as rules
of their own), the fastest of 3 scans, on adversarial texts of a 64 KiB body as the service
reads them (repeated keywords, digit runs, link prefixes, look-alikes ...), and warns about a
rule more than --slow-factor times slower than the pack's median rule on one of them: a gap or
an atom that hostile text can repeat, which the whole pack pays on every such message. Files
given alone are measured against the bundled pack's median.

Prints one "file:line:column: severity: message" line per problem.
Exit status: 0 when everything compiles and every meta is read, 1 when any file has an error
(a slow rule is a warning).

Options:
  --quiet            print errors only, not warnings (and skip the timing)
  --slow-factor N    warn about a rule N times slower than the median rule (default ${DEFAULT_SLOW_FACTOR})
  --no-timing        do not time the rules
  -h, --help         show this help`,
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        quiet: { type: 'boolean', default: false },
        'slow-factor': { type: 'string', default: String(DEFAULT_SLOW_FACTOR) },
        'no-timing': { type: 'boolean', default: false },
      },
    });
    const factor = Number(values['slow-factor']);
    if (!Number.isFinite(factor) || factor <= 1) {
      write(io.stderr, `smsjunk: --slow-factor must be a number above 1 (got ${values['slow-factor']})`);
      return 2;
    }
    let sources: ReturnType<typeof readRuleFiles>;
    try {
      sources = positionals.length > 0 ? readRuleFiles(positionals) : bundledRules();
    } catch (err) {
      write(io.stderr, `smsjunk: ${(err as Error).message}`);
      return 1;
    }
    const engine = new YaraXEngine();
    const diagnostics = engine.check(sources, SCAN_VARIABLES);
    diagnostics.push(...patternCaseDiagnostics(sources));
    // metas only of a set that compiles: the engine reads them
    if (!diagnostics.some((d) => d.severity === 'error'))
      diagnostics.push(...metaDiagnostics(engine, sources));
    if (!diagnostics.some((d) => d.severity === 'error') && !values.quiet && !values['no-timing'])
      diagnostics.push(...speedDiagnostics(engine, sources, factor));
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
