/**
 * Each rule's scan time on hostile samples, against the pack's median rule: what `rules check`
 * warns about. A rule is compiled alone (rule-units.ts: the markers it names stand in as a false
 * variable, and are timed as rules of their own) and each sample scanned `repeats` times, keeping
 * the fastest (the least disturbed by other work on the machine), the repeats a pass apart. Every
 * time carries the binding's fixed cost of a scan, the median rule's too. The clock is injected.
 */
import type { ScanSample } from './adversarial-samples.ts';
import type { CompiledRules, Diagnostic, Engine, ScanVariables } from './classifier/engine.ts';
import { type RuleUnit, unitVariables } from './rule-units.ts';

/**
 * A rule this many times slower than the median rule on some sample is warned about. On a sample
 * that repeats one piece of punctuation (a long text's words are read at most 8 times, clip.ts, so
 * no keyword repeats further), every rule with an atom in it is verified at each repetition
 * (linear); a gap after such an atom (`\.\..{0,40}[0-9]`) is verified over its whole width each
 * time and goes past 100x.
 */
export const DEFAULT_SLOW_FACTOR = 100;
export const DEFAULT_REPEATS = 3;

export interface TimingOptions {
  /** Milliseconds, monotonic (performance.now). */
  readonly now: () => number;
  /** The service's scan variables (`unitVariables` adds the one that stands for other rules). */
  readonly variables: ScanVariables;
  readonly repeats?: number;
}

export interface RuleCosts {
  readonly unit: RuleUnit;
  /** Milliseconds per sample, in the samples' order. */
  readonly ms: readonly number[];
}

export interface Untimed {
  readonly unit: RuleUnit;
  readonly reason: string;
}

/**
 * Every unit's own cost on every sample; a unit that does not compile alone is left out, said why.
 * The repeats are passes over all units and samples, so the scans kept for one rule and sample are
 * a whole pass apart: one stretch of the process off the CPU (a neighbour's burst) can spoil one
 * of them, not all.
 */
export function timeRules(
  engine: Engine,
  units: readonly RuleUnit[],
  samples: readonly ScanSample[],
  options: TimingOptions,
): { costs: RuleCosts[]; untimed: Untimed[] } {
  const variables = unitVariables(options.variables);
  const compiled: { unit: RuleUnit; rules: CompiledRules; ms: number[] }[] = [];
  const untimed: Untimed[] = [];
  for (const unit of units) {
    try {
      const rules = engine.compile([{ name: unit.source, source: unit.text }], variables);
      compiled.push({ unit, rules, ms: samples.map(() => Number.POSITIVE_INFINITY) });
    } catch (err) {
      untimed.push({ unit, reason: (err as Error).message.split('\n')[0] ?? 'does not compile alone' });
    }
  }
  const repeats = Math.max(1, options.repeats ?? DEFAULT_REPEATS);
  for (let k = 0; k < repeats; k++) {
    for (const c of compiled) {
      samples.forEach((s, i) => {
        const t0 = options.now();
        c.rules.scan(s.data, s.variables);
        c.ms[i] = Math.min(c.ms[i] as number, options.now() - t0);
      });
    }
  }
  return { costs: compiled.map(({ unit, ms }) => ({ unit, ms })), untimed };
}

export interface SlowRule {
  readonly unit: RuleUnit;
  /** The sample it is slowest on, against the median there. */
  readonly sample: string;
  readonly ratio: number;
  readonly ms: number;
  readonly medianMs: number;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * The rules of `checked` more than `factor` times slower than the median of `all` on some
 * sample, each once, at its worst sample; slowest first.
 */
export function slowRules(
  all: readonly RuleCosts[],
  samples: readonly Pick<ScanSample, 'name'>[],
  factor: number,
  checked: (unit: RuleUnit) => boolean = () => true,
): SlowRule[] {
  if (all.length === 0) return [];
  const medians = samples.map((_, i) => median(all.map((c) => c.ms[i] as number)));
  const out: SlowRule[] = [];
  for (const c of all) {
    if (!checked(c.unit)) continue;
    let worst: SlowRule | undefined;
    c.ms.forEach((ms, i) => {
      const medianMs = medians[i] as number;
      const ratio = medianMs > 0 ? ms / medianMs : 0;
      if (ratio > factor && (!worst || ratio > worst.ratio))
        worst = { unit: c.unit, sample: samples[i]?.name ?? String(i), ratio, ms, medianMs };
    });
    if (worst) out.push(worst);
  }
  return out.sort((a, b) => b.ratio - a.ratio);
}

const ms = (x: number) => (x >= 1 ? x.toFixed(1) : x.toFixed(3));

export function slowRuleDiagnostic(s: SlowRule): Diagnostic {
  return {
    severity: 'warning',
    source: s.unit.source,
    line: s.unit.line,
    code: 'slow-rule',
    message: `rule ${s.unit.rule}: ${Math.round(s.ratio)}x the pack's median rule on the adversarial sample ${s.sample} (${ms(s.ms)} ms against ${ms(s.medianMs)} ms): a gap or an atom that hostile text repeats; bound or anchor it`,
  };
}

export function untimedDiagnostic(u: Untimed): Diagnostic {
  return {
    severity: 'warning',
    source: u.unit.source,
    line: u.unit.line,
    code: 'slow-rule',
    message: `rule ${u.unit.rule}: not timed, it does not compile alone (${u.reason})`,
  };
}
