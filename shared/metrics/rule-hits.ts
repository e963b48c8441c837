/**
 * The per-rule counters of `/admin/status` (`ruleHits`), for rule authors: since when, how many
 * messages were classified and with which action, and for every rule of the loaded set (hot rules
 * included, with the parameter that holds each) how many messages it fired on and what they
 * became. A rule that fired earlier and is no longer loaded keeps its line, with `source: null`.
 * Built from the counters of a snapshot (a container's: every worker added up).
 */
import { METRIC } from './catalog.ts';
import type { Snapshot } from './store.ts';

export interface RuleLine {
  readonly rule: string;
  /** The rule file or `<prefix>/rules/<name>` parameter declaring it; null when no longer loaded. */
  readonly source: string | null;
  readonly hits: number;
  /** Hits by the verdict's action. */
  readonly actions: Readonly<Record<string, number>>;
}

export interface RuleHitsDocument {
  readonly enabled: true;
  /** Since when these count (the process's start; a container's oldest worker's). */
  readonly since: string;
  readonly classifications: number;
  readonly actions: Readonly<Record<string, number>>;
  /** Most hits first, then by name. */
  readonly rules: readonly RuleLine[];
}

function add(into: Record<string, number>, key: string, n: number): void {
  into[key] = (into[key] ?? 0) + n;
}

/** `loaded`: the rules loaded now, by name, with the source declaring each (`declaredRules`). */
export function ruleHitsDocument(snapshot: Snapshot, loaded: ReadonlyMap<string, string>): RuleHitsDocument {
  const actions: Record<string, number> = {};
  let classifications = 0;
  for (const s of snapshot.metrics[METRIC.Classifications.name] ?? []) {
    add(actions, s.labels[0] as string, s.value);
    classifications += s.value;
  }
  const byRule = new Map<string, { hits: number; actions: Record<string, number> }>();
  for (const name of loaded.keys()) byRule.set(name, { hits: 0, actions: {} });
  for (const s of snapshot.metrics[METRIC.RuleHits.name] ?? []) {
    const [rule = '', action = ''] = s.labels;
    let line = byRule.get(rule);
    if (line === undefined) {
      line = { hits: 0, actions: {} };
      byRule.set(rule, line);
    }
    line.hits += s.value;
    add(line.actions, action, s.value);
  }
  const rules: RuleLine[] = [...byRule.entries()].map(([rule, l]) => ({
    rule,
    source: loaded.get(rule) ?? null,
    hits: l.hits,
    actions: l.actions,
  }));
  rules.sort((a, b) => b.hits - a.hits || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { enabled: true, since: new Date(snapshot.since).toISOString(), classifications, actions, rules };
}
