/**
 * A rule's `meta:` checked against what the verdict reads (`toVote` in verdict.ts): every value
 * the service would silently ignore is an error, so a rule that compiles and loads but never votes
 * as written is refused (`rules check`, hot rules from Parameter Store). Pure: a rule's name and
 * its meta as the engine hands it over in, the problems out, each naming the meta key.
 *
 * What the service reads: `action` exactly `junk`, `promotion`, `transaction` or `allow`; `force`
 * exactly `junk` (a forced rule votes junk, whatever its `action`); `sub_action` one of Apple's
 * names for a transaction or promotion vote (anything else files as `none`); `weight` a finite
 * number (else 1); `phishing` the boolean `true` on a junk vote (or the `: phishing` tag; the
 * binding before YARA-X 1.20 handed booleans over as "unknown"); `description` a string.
 */
import type { MetaValue } from './engine.ts';
import { PROMOTION_SUB_ACTIONS, TRANSACTION_SUB_ACTIONS } from './types.ts';

export const VOTE_ACTIONS = ['junk', 'promotion', 'transaction', 'allow'] as const;
/** Every meta key the verdict reads. */
export const META_KEYS = ['action', 'force', 'sub_action', 'weight', 'phishing', 'description'] as const;

export interface MetaProblem {
  /** The meta key the problem is about. */
  readonly key: string;
  /** `error`: a value the service ignores; `warning`: a key it never reads. */
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

const SUB_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  transaction: TRANSACTION_SUB_ACTIONS,
  promotion: PROMOTION_SUB_ACTIONS,
};

const show = (v: MetaValue): string => JSON.stringify(v);
const loose = (k: string): string => k.toLowerCase().replace(/[^a-z]/g, '');
const KNOWN = new Map<string, string>(META_KEYS.map((k) => [loose(k), k]));

export function checkRuleMeta(rule: string, meta: Readonly<Record<string, MetaValue>>): MetaProblem[] {
  const out: MetaProblem[] = [];
  const error = (key: string, message: string) =>
    out.push({ key, severity: 'error', message: `rule ${rule}: ${message}` });
  for (const key of Object.keys(meta)) {
    if ((META_KEYS as readonly string[]).includes(key)) continue;
    const meant = KNOWN.get(loose(key));
    if (meant) error(key, `meta "${key}" is never read (keys are exact): write ${meant}`);
    else
      out.push({
        key,
        severity: 'warning',
        message: `rule ${rule}: meta "${key}" is not read by the service`,
      });
  }
  const { action, force, sub_action: sub, weight, phishing, description } = meta;
  const forced = force !== undefined && force === 'junk';
  if (force !== undefined && !forced)
    error('force', `force = ${show(force)} is ignored: the one forcing value is "junk"`);
  const valid = typeof action === 'string' && (VOTE_ACTIONS as readonly string[]).includes(action);
  if (action !== undefined && !valid) {
    error(
      'action',
      `action = ${show(action)} is not one of ${VOTE_ACTIONS.join(', ')} (exact, lower case): the rule never votes`,
    );
  }
  if (forced && valid && action !== 'junk')
    error('action', `action = ${show(action)} is ignored: force = "junk" makes the rule vote junk`);
  const vote = forced ? 'junk' : valid ? (action as string) : undefined;
  if (vote === undefined) {
    for (const [key, v] of Object.entries({ sub_action: sub, weight, phishing })) {
      if (v !== undefined && action === undefined)
        error(key, `${key} is ignored: without an action the rule never votes`);
    }
    if (action === undefined && force === undefined && out.length === 0) {
      out.push({
        key: 'action',
        severity: 'warning',
        message: `rule ${rule}: no action: the rule never votes`,
      });
    }
  }
  if (sub !== undefined && vote !== undefined) {
    const names = SUB_ACTIONS[vote];
    if (typeof sub !== 'string' || (sub !== 'none' && !names?.includes(sub))) {
      const allowed = names
        ? `one of ${names.join(', ')}`
        : `none (only transaction and promotion votes have one)`;
      error('sub_action', `sub_action = ${show(sub)} is ignored for a ${vote} vote: ${allowed}`);
    }
  }
  if (weight !== undefined && (typeof weight !== 'number' || !Number.isFinite(weight))) {
    error(
      'weight',
      `weight = ${show(weight)} is ignored (the rule weighs 1): write a number, such as 2.5, without quotes`,
    );
  }
  if (
    phishing !== undefined &&
    (typeof phishing !== 'boolean' || (phishing && vote !== undefined && vote !== 'junk'))
  ) {
    error(
      'phishing',
      typeof phishing === 'boolean'
        ? `phishing is ignored on a ${vote} vote: only junk votes mark phishing`
        : `phishing = ${show(phishing)} is never read as true: write phishing = true (no quotes) or tag the rule ": phishing"`,
    );
  }
  if (description !== undefined && typeof description !== 'string') {
    error('description', `description = ${show(description)} is ignored: write a string`);
  }
  return out;
}
