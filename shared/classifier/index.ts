/**
 * createClassifier(): the one entry the rest of the code uses. Rules are compiled once here;
 * `classify()` only normalises, scans and scores.
 */
import { createHash } from 'node:crypto';
import { bundledModel, bundledRules } from './assets.ts';
import type { CompiledRules, Engine, RuleSource, ScanVariables } from './engine.ts';
import { type ModelFile, TextModel } from './model.ts';
import { type Features, type Normalized, normalize, type Obfuscation } from './normalize.ts';
import { classifySender, type SenderKind, senderVariable } from './sender.ts';
import type { ClassifyInput, Verdict } from './types.ts';
import { DEFAULT_THRESHOLDS, decide, type Thresholds, toVote, type Vote } from './verdict.ts';
import { YaraXEngine } from './yara-x.ts';

export type { Diagnostic, Engine, RuleSource } from './engine.ts';
export { formatDiagnostic, RuleCompileError } from './engine.ts';
export type { ModelFile } from './model.ts';
export type { Action, ClassifyInput, SubAction, Verdict } from './types.ts';

/** Every scan variable a rule may use, with its default (which fixes its type). */
export const SCAN_VARIABLES: ScanVariables = {
  sender: 'none:',
  sender_kind: 'none',
  url_count: 0,
  phone_count: 0,
  shortcode_count: 0,
  email_count: 0,
  money_count: 0,
  obfuscation_count: 0,
};

export interface Explanation {
  readonly verdict: Verdict;
  /** Combined unwanted log-odds (model and rules). */
  readonly score: number;
  readonly model: { readonly score: number; readonly weighted: number } | null;
  readonly rules: readonly (Vote & { readonly scoreWeight: number })[];
  readonly features: Features;
  readonly obfuscation: Obfuscation;
  readonly normalizedText: string;
  readonly senderKind: SenderKind;
}

export interface ClassifierOptions {
  readonly engine?: Engine;
  /** Base rules; default: the bundled pack. */
  readonly rules?: readonly RuleSource[];
  /** Extra rules (for example from Parameter Store), compiled together with the base rules. */
  readonly extraRules?: readonly RuleSource[];
  /** The text model; default: the bundled one; `null` disables the statistical layer. */
  readonly model?: ModelFile | null;
  readonly thresholds?: Thresholds;
}

export interface Classifier {
  classify(input: ClassifyInput): Verdict;
  explain(input: ClassifyInput): Explanation;
  /** sha256 (hex, 16 chars) over every loaded rule source, in order. */
  readonly rulesVersion: string;
  readonly ruleCount: number;
  readonly sources: readonly RuleSource[];
  /** A new classifier with the same base rules and model, and these extra rules. Throws on compile errors. */
  withExtraRules(extra: readonly RuleSource[]): Classifier;
}

export function rulesVersionOf(sources: readonly RuleSource[]): string {
  const h = createHash('sha256');
  for (const s of sources) h.update(s.name).update('\0').update(s.source).update('\0');
  return h.digest('hex').slice(0, 16);
}

interface Analysis {
  readonly normalized: Normalized;
  readonly votes: Vote[];
  readonly modelScore: number | null;
  readonly senderKind: SenderKind;
}

class YaraClassifier implements Classifier {
  readonly rulesVersion: string;
  readonly ruleCount: number;
  readonly sources: readonly RuleSource[];
  readonly #rules: CompiledRules;
  readonly #model: TextModel | null;
  readonly #options: ClassifierOptions & { engine: Engine; rules: readonly RuleSource[] };
  readonly #thresholds: Thresholds;

  constructor(
    options: ClassifierOptions & { engine: Engine; rules: readonly RuleSource[] },
    model: TextModel | null,
  ) {
    this.#options = options;
    this.sources = [...options.rules, ...(options.extraRules ?? [])];
    this.#rules = options.engine.compile(this.sources, SCAN_VARIABLES);
    this.#model = model;
    this.#thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
    this.rulesVersion = rulesVersionOf(this.sources);
    this.ruleCount = this.#rules.ruleCount;
  }

  #analyse(input: ClassifyInput): Analysis {
    const normalized = normalize(input.text);
    const sender = classifySender(input.sender);
    const f = normalized.features;
    const o = normalized.obfuscation;
    const hits = this.#rules.scan(Buffer.from(normalized.text, 'utf8'), {
      sender: senderVariable(sender),
      sender_kind: sender.kind,
      url_count: f.urls.length,
      phone_count: f.phones.length,
      shortcode_count: f.shortCodes.length,
      email_count: f.emails.length,
      money_count: f.money.length,
      obfuscation_count: o.invisible + o.confusables + o.spacedWords,
    });
    const votes: Vote[] = [];
    for (const h of hits) {
      const v = toVote(h);
      if (v) votes.push(v);
    }
    const modelScore = this.#model ? this.#model.score(normalized.text) : null;
    return { normalized, votes, modelScore, senderKind: sender.kind };
  }

  #decide(a: Analysis) {
    return decide(
      a.votes,
      { bias: 0, model: a.modelScore ?? 0, ruleWeight: (v) => (v.action === 'junk' ? v.weight : 0) },
      this.#thresholds,
    );
  }

  classify(input: ClassifyInput): Verdict {
    return this.#decide(this.#analyse(input)).verdict;
  }

  explain(input: ClassifyInput): Explanation {
    const a = this.#analyse(input);
    const d = this.#decide(a);
    return {
      verdict: d.verdict,
      score: d.score,
      model: a.modelScore === null ? null : { score: a.modelScore, weighted: a.modelScore },
      rules: a.votes.map((v) => ({ ...v, scoreWeight: v.action === 'junk' ? v.weight : 0 })),
      features: a.normalized.features,
      obfuscation: a.normalized.obfuscation,
      normalizedText: a.normalized.text,
      senderKind: a.senderKind,
    };
  }

  withExtraRules(extra: readonly RuleSource[]): Classifier {
    return new YaraClassifier({ ...this.#options, extraRules: extra }, this.#model);
  }
}

export function createClassifier(options: ClassifierOptions = {}): Classifier {
  const engine = options.engine ?? new YaraXEngine();
  const rules = options.rules ?? bundledRules();
  const modelFile = options.model === undefined ? bundledModel() : options.model;
  return new YaraClassifier({ ...options, engine, rules }, modelFile ? new TextModel(modelFile) : null);
}
