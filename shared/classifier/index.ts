/**
 * createClassifier(): the one entry the rest of the code uses. Rules are compiled and the model
 * decoded once here; `classify()` only normalises, scans, scores and decides.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { bundledMaps, bundledModel, bundledRules, type ClassifierMaps, defaultAssetsDir } from './assets.ts';
import { PackFolders } from './compiled-packs.ts';
import type { CompiledRules, Engine, RuleSource } from './engine.ts';
import type { LinkFacts } from './links/facts.ts';
import type { ModelInput } from './model/features.ts';
import { type ModelFile, parseModelFile } from './model/model-file.ts';
import { type Contribution, TextModel } from './model/text-model.ts';
import type { Features, Normalized, Obfuscation } from './normalize/index.ts';
import { quotesAWarning, warnsOfAScam } from './quoted-warning.ts';
import { readMessage } from './read-message.ts';
import { SCAN_VARIABLES, signalsOf } from './scan-input.ts';
import {
  type Combination,
  combine,
  countedModelPart,
  DEFAULT_COMBINATION,
  type ModelScores,
  modelPart,
  ruleWeight,
} from './score.ts';
import { declaredCategory, type SenderInfo, type SenderKind } from './sender.ts';
import { WordReading } from './sub-action.ts';
import type { ClassifyInput, Verdict } from './types.ts';
import { DEFAULT_THRESHOLDS, decide, type FolderOpinion, type Reason, type Thresholds } from './verdict.ts';
import { visualCase } from './visual-case.ts';
import { speaksAsPerson } from './voice.ts';
import { toVote, type Vote } from './votes.ts';
import { YaraXEngine } from './yara-x.ts';

export type { ClassifierMaps } from './assets.ts';
export type { Diagnostic, Engine, RuleSource } from './engine.ts';
export { formatDiagnostic, RuleCompileError } from './engine.ts';
export type { ModelFile } from './model/model-file.ts';
export { ModelFormatError, parseModelFile } from './model/model-file.ts';
export { SCAN_VARIABLES, scanInputOf, signalsOf } from './scan-input.ts';
export type { Action, ClassifyInput, SubAction, Verdict } from './types.ts';
export type { Reason, Thresholds } from './verdict.ts';
export type { Vote } from './votes.ts';

export interface Explanation {
  readonly verdict: Verdict;
  /** Which step of the decision gave the verdict (see verdict.ts). */
  readonly reason: Reason;
  /** Combined unwanted log-odds (bias, weighted model score and rule weights). */
  readonly score: number;
  readonly thresholds: Thresholds;
  /** The combination's bias (part of `score`). */
  readonly bias: number;
  /**
   * The text model: its junk log-odds (`score`), its naive-Bayes score (`bayes`), both times
   * their learned weights (`weighted`), the part of the combined score that counted (`counted`:
   * `weighted`, or the model's floor when a junk rule fired and `weighted` was lower), its folder
   * odds against none (`transaction`, `promotion`), and the features that moved the junk part
   * most. Null when no model is loaded.
   */
  readonly model: {
    readonly score: number;
    readonly bayes: number;
    readonly weighted: number;
    readonly counted: number;
    readonly transaction: number;
    readonly promotion: number;
    readonly top: readonly Contribution[];
  } | null;
  /** Fired rules that vote, with the weight each added to `score` and whether it was learned. */
  readonly rules: readonly (Vote & { readonly scoreWeight: number; readonly learned: boolean })[];
  /** Every fired rule, voting or not (private rules are not reported by the engine). */
  readonly hits: readonly string[];
  readonly features: Features;
  /** What the links say (shorteners, brands, abuse-prone domains...). */
  readonly links: LinkFacts;
  readonly obfuscation: Obfuscation;
  readonly normalizedText: string;
  readonly senderKind: SenderKind;
  /** A number sender's country and line type ("" when unknown or not a number). */
  readonly senderCountry: string;
  readonly senderLine: string;
}

/**
 * What `classify(input, detail)` fills in for a caller that counts verdicts (metrics): the step
 * of the decision, whether a phishing marker fired, and the rules (never text). Reused per call.
 */
export interface ClassifyDetail {
  reason: Reason | undefined;
  phishing: boolean;
  /** Every fired rule's name. */
  hits: readonly string[];
  /** Fired rules that carry an action. */
  votes: readonly Vote[];
}

export interface ClassifierOptions {
  readonly engine?: Engine;
  /** Base rules; default: the bundled pack. */
  readonly rules?: readonly RuleSource[];
  /** Extra rules (for example from Parameter Store), compiled together with the base rules. */
  readonly extraRules?: readonly RuleSource[];
  /** The statistical layer; default: the bundled one; `null` disables it (rules only). */
  readonly model?: ModelFile | null;
  /** Link knowledge and sub-action words; default: the bundled maps. */
  readonly maps?: ClassifierMaps;
  /**
   * Replaces the named thresholds of the model (or the rules-only defaults); the others stay. Read
   * the result back from `Classifier.thresholds`.
   */
  readonly thresholds?: Partial<Thresholds>;
}

/** Normalisation, links, sender and rule hits of one message: everything but the statistical layer. */
export interface Analysis {
  readonly normalized: Normalized;
  /** Fired rules that carry an action. */
  readonly votes: readonly Vote[];
  /** Every fired rule's name. */
  readonly hits: readonly string[];
  readonly sender: SenderInfo;
  readonly links: LinkFacts;
  /** What the text model reads. */
  readonly modelInput: ModelInput;
  /** One-time codes the message delivers (`codes.ts`; the `code_count` scan variable). */
  readonly codes: number;
  /** A link built around the alphanumeric sender id's own name that is not its address (`sender_host_mismatch_count`). */
  readonly borrowedId: boolean;
}

/** What a status page may show about the loaded statistical layer. */
export interface ModelInfo {
  readonly trainedOn: ModelFile['trainedOn'];
  readonly learnedRules: number;
  /**
   * True when the model was trained with exactly the base rules loaded now. False after a pack
   * change without retraining: still safe (edited and new rules fall back to their meta weights),
   * but `train` should be run again.
   */
  readonly trainedWithTheseRules: boolean;
}

export interface Classifier {
  /** The verdict; with `detail`, also why (filled in, for metrics). */
  classify(input: ClassifyInput, detail?: ClassifyDetail): Verdict;
  explain(input: ClassifyInput): Explanation;
  /** Normalises, reads links and sender, and scans, without scoring (what `train` and `eval` build on). */
  analyze(input: ClassifyInput): Analysis;
  /** The verdict of an analysed message (`classify` is `decideAnalysis(analyze(input))`). */
  decideAnalysis(a: Analysis): Verdict;
  /** sha256 (hex, 16 chars) over every loaded rule source, in order. */
  readonly rulesVersion: string;
  readonly ruleCount: number;
  readonly sources: readonly RuleSource[];
  readonly thresholds: Thresholds;
  /** The loaded statistical layer, or null (rules only). */
  readonly model: ModelInfo | null;
  /** A new classifier with the same base rules and model, and these extra rules. Throws on compile errors. */
  withExtraRules(extra: readonly RuleSource[]): Classifier;
  /** A new classifier with the same compiled rules and another statistical layer (null: rules only). */
  withModel(model: ModelFile | null): Classifier;
  /** A new classifier with the same compiled rules and model, and this threshold override (replacing any). */
  withThresholds(thresholds: Partial<Thresholds> | undefined): Classifier;
}

export function rulesVersionOf(sources: readonly RuleSource[]): string {
  const h = createHash('sha256');
  for (const s of sources) h.update(s.name).update('\0').update(s.source).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** A loaded statistical layer: the decoded text model and how it combines with the rules. */
interface Layer {
  readonly text: TextModel;
  readonly file: ModelFile;
}

interface Options {
  readonly engine: Engine;
  readonly rules: readonly RuleSource[];
  readonly extraRules: readonly RuleSource[];
  readonly maps: ClassifierMaps;
  readonly thresholds: Partial<Thresholds> | undefined;
}

class YaraClassifier implements Classifier {
  readonly rulesVersion: string;
  readonly ruleCount: number;
  readonly sources: readonly RuleSource[];
  readonly thresholds: Thresholds;
  readonly model: ModelInfo | null;
  readonly #rules: CompiledRules;
  readonly #layer: Layer | null;
  readonly #combination: Combination;
  readonly #options: Options;

  constructor(options: Options, layer: Layer | null, compiled?: CompiledRules) {
    this.#options = options;
    this.sources = [...options.rules, ...options.extraRules];
    this.#rules = compiled ?? options.engine.compile(this.sources, SCAN_VARIABLES);
    this.#layer = layer;
    this.#combination = layer ? layer.file.combination : DEFAULT_COMBINATION;
    this.thresholds = { ...(layer ? layer.file.thresholds : DEFAULT_THRESHOLDS), ...options.thresholds };
    this.model = layer
      ? {
          trainedOn: layer.file.trainedOn,
          learnedRules: Object.keys(layer.file.combination.rules).length,
          trainedWithTheseRules: layer.file.trainedOn.rulesVersion === rulesVersionOf(options.rules),
        }
      : null;
    this.rulesVersion = rulesVersionOf(this.sources);
    this.ruleCount = this.#rules.ruleCount;
  }

  analyze(input: ClassifyInput): Analysis {
    const { normalized, sender, links, scan } = readMessage(input, this.#options.maps);
    const scanned = this.#rules.scan(scan.data, scan.variables);
    const votes: Vote[] = [];
    const hits: string[] = new Array(scanned.length);
    for (let i = 0; i < scanned.length; i++) {
      const h = scanned[i] as (typeof scanned)[number];
      hits[i] = h.rule;
      const v = toVote(h);
      if (v) votes.push(v);
    }
    return {
      normalized,
      votes,
      hits,
      sender,
      links,
      modelInput: { text: visualCase(normalized), signals: signalsOf(normalized, links, sender) },
      codes: Number(scan.variables.code_count ?? 0),
      borrowedId: Number(scan.variables.sender_host_mismatch_count ?? 0) > 0,
    };
  }

  #decide(a: Analysis, modelScores: ModelScores | null) {
    const score = combine(this.#combination, modelScores, a.votes);
    const words = this.#options.maps.subActions;
    const lower = a.normalized.text.toLowerCase();
    const reading = new WordReading(lower, words);
    const opinion: FolderOpinion | undefined = modelScores
      ? {
          scores: modelScores,
          eligible: !speaksAsPerson(lower, a.sender) && !a.borrowedId,
          // an id whose link is built around its own name is borrowed: no business's folder for it
          business: (a.sender.kind === 'alpha' || a.sender.kind === 'shortcode') && !a.borrowedId,
          person: a.sender.kind === 'phone' || a.sender.kind === 'email',
          code: a.codes > 0,
          marketing: () => reading.marketing(),
          ...declaredOf(a.sender),
          subAction: (folder) => reading.subAction(folder),
        }
      : undefined;
    const f = a.normalized.features;
    const warning = quotesAWarning(lower) || warnsOfAScam(lower, f.urls.length + f.phones.length > 0);
    return { score, decision: decide(a.votes, score, this.thresholds, hasWords(a), opinion, warning) };
  }

  decideAnalysis(a: Analysis): Verdict {
    const modelScores = this.#layer ? this.#layer.text.score(a.modelInput) : null;
    return this.#decide(a, modelScores).decision.verdict;
  }

  classify(input: ClassifyInput, detail?: ClassifyDetail): Verdict {
    const a = this.analyze(input);
    if (detail === undefined) return this.decideAnalysis(a);
    const d = this.#decide(a, this.#layer ? this.#layer.text.score(a.modelInput) : null).decision;
    detail.reason = d.reason;
    detail.phishing = d.phishing;
    detail.hits = a.hits;
    detail.votes = a.votes;
    return d.verdict;
  }

  explain(input: ClassifyInput): Explanation {
    const a = this.analyze(input);
    const layer = this.#layer;
    const modelScores = layer ? layer.text.score(a.modelInput) : null;
    const { score, decision: d } = this.#decide(a, modelScores);
    return {
      verdict: d.verdict,
      reason: d.reason,
      score: round3(score),
      thresholds: this.thresholds,
      bias: this.#combination.bias,
      model:
        layer && modelScores !== null
          ? {
              score: round3(modelScores.logistic),
              bayes: round3(modelScores.bayes),
              weighted: round3(modelPart(this.#combination, modelScores)),
              counted: round3(countedModelPart(this.#combination, modelScores, a.votes)),
              transaction: round3(modelScores.transaction),
              promotion: round3(modelScores.promotion),
              top: layer.text.contributions(a.modelInput, this.#combination, 10),
            }
          : null,
      rules: a.votes.map((v) => {
        const w = ruleWeight(v, this.#combination);
        return { ...v, scoreWeight: w.weight, learned: w.learned };
      }),
      hits: a.hits,
      features: a.normalized.features,
      links: a.links,
      obfuscation: a.normalized.obfuscation,
      normalizedText: a.normalized.text,
      senderKind: a.sender.kind,
      senderCountry: a.sender.country,
      senderLine: a.sender.line,
    };
  }

  withExtraRules(extra: readonly RuleSource[]): Classifier {
    return new YaraClassifier({ ...this.#options, extraRules: extra }, this.#layer);
  }

  withModel(model: ModelFile | null): Classifier {
    return new YaraClassifier(this.#options, loadLayer(model), this.#rules);
  }

  withThresholds(thresholds: Partial<Thresholds> | undefined): Classifier {
    return new YaraClassifier({ ...this.#options, thresholds }, this.#layer, this.#rules);
  }
}

const LETTER = /\p{L}/u;

/** Whether the message has a letter of any script for the text model to read. */
function hasWords(a: Analysis): boolean {
  return LETTER.test(a.normalized.text);
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function loadLayer(model: ModelFile | null | undefined): Layer | null {
  if (!model) return null;
  const file = parseModelFile(model);
  return { text: new TextModel(file.text), file };
}

let processEngine: YaraXEngine | undefined;

/**
 * The process's YARA-X engine: it keeps the last set it compiled, so the same set is compiled once.
 * It reads compiled packs from the assets' `compiled/` folder (`rules compile` writes them there at
 * build time) and, when `SMSJUNK_RULES_CACHE` names a folder, from and to that folder too.
 */
export function defaultEngine(): Engine {
  processEngine ??= new YaraXEngine({ packs: defaultPacks() });
  return processEngine;
}

function defaultPacks(): PackFolders {
  const cache = process.env.SMSJUNK_RULES_CACHE || undefined;
  let shipped: string[] = [];
  try {
    shipped = [join(defaultAssetsDir(), 'compiled')];
  } catch {
    // no assets folder: the caller passes its own rules, and nothing is shipped compiled
  }
  return new PackFolders(cache === undefined ? shipped : [...shipped, cache], cache);
}

/**
 * Compiles the rules and loads the model. Throws `RuleCompileError` for rules that do not compile
 * and `ModelFormatError` for a model file this build cannot read.
 */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  const engine = options.engine ?? defaultEngine();
  const rules = options.rules ?? bundledRules();
  const layer = loadLayer(options.model === undefined ? bundledModel() : options.model);
  return new YaraClassifier(
    {
      engine,
      rules,
      extraRules: options.extraRules ?? [],
      maps: options.maps ?? bundledMaps(),
      thresholds: options.thresholds,
    },
    layer,
  );
}

/** The folder a business sender's header declares, as `FolderOpinion.declared` (absent: none declared). */
function declaredOf(sender: SenderInfo): { declared?: 'promotion' | 'transaction' } {
  const declared = declaredCategory(sender);
  return declared ? { declared } : {};
}
