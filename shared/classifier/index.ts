/**
 * createClassifier(): the one entry the rest of the code uses. Rules are compiled and the model
 * decoded once here; `classify()` only normalises, scans, scores and decides.
 */
import { createHash } from 'node:crypto';
import { bundledModel, bundledRules } from './assets.ts';
import type { CompiledRules, Engine, RuleSource, ScanVariables } from './engine.ts';
import {
  type Contribution,
  type ModelFile,
  type ModelInput,
  parseModelFile,
  TextModel,
  type TextSignals,
} from './model.ts';
import { type Features, type Normalized, normalize, type Obfuscation } from './normalize/index.ts';
import { classifySender, type SenderKind, senderVariable } from './sender.ts';
import type { ClassifyInput, Verdict } from './types.ts';
import {
  type Combination,
  combine,
  countedModelPart,
  DEFAULT_COMBINATION,
  DEFAULT_THRESHOLDS,
  decide,
  modelPart,
  type Reason,
  ruleWeight,
  type Thresholds,
  toVote,
  type Vote,
} from './verdict.ts';
import { YaraXEngine } from './yara-x.ts';

export type { Diagnostic, Engine, RuleSource } from './engine.ts';
export { formatDiagnostic, RuleCompileError } from './engine.ts';
export type { ModelFile } from './model.ts';
export { ModelFormatError, parseModelFile } from './model.ts';
export type { Action, ClassifyInput, SubAction, Verdict } from './types.ts';
export type { Thresholds, Vote } from './verdict.ts';

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
  shortener_count: 0,
  ip_url_count: 0,
  defanged_url_count: 0,
  caps_keyword_count: 0,
  opening: '',
};

/**
 * A capitalised keyword after a reply/text verb ("Reply WIN", "txt CHAT to", "Send STOP SPTV"):
 * the rules scan lower-cased text, so this is the one case signal they get as a number. The verb
 * itself is not all capitals ("TEXT ME BACK" does not count).
 */
const CAPS_KEYWORD =
  /\b(?:[Rr]eply|[Tt]ext|[Tt]xt|[Ss]end|[Ss]ms)(?: with| back)?(?: the word| the keyword| word)?:? "?[A-Z][A-Z0-9#]{1,11}\b/g;
/** The start of the message in its own case, for the few rules that need a capitalised name. */
const OPENING_CHARS = 64;
/** A string scan variable the binding would read as a number or boolean. */
const NUMBER_LIKE = /^\s*(?:[+-]?\d+|true|false)\s*$/i;

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

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
   * The text model: its logistic log-odds (`score`), its naive-Bayes score (`bayes`), both times
   * their learned weights (`weighted`), the part of the combined score that counted (`counted`:
   * `weighted`, or the model's floor when a junk rule fired and `weighted` was lower), and the
   * features that moved that part most. Null when no model is loaded.
   */
  readonly model: {
    readonly score: number;
    readonly bayes: number;
    readonly weighted: number;
    readonly counted: number;
    readonly top: readonly Contribution[];
  } | null;
  /** Fired rules that vote, with the weight each added to `score` and whether it was learned. */
  readonly rules: readonly (Vote & { readonly scoreWeight: number; readonly learned: boolean })[];
  /** Every fired rule, voting or not (private rules are not reported by the engine). */
  readonly hits: readonly string[];
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
  /** The statistical layer; default: the bundled one; `null` disables it (rules only). */
  readonly model?: ModelFile | null;
  /**
   * Replaces the named thresholds of the model (or the rules-only defaults); the others stay. Read
   * the result back from `Classifier.thresholds`.
   */
  readonly thresholds?: Partial<Thresholds>;
}

/** Normalisation and rule hits of one message: everything but the statistical layer. */
export interface Analysis {
  readonly normalized: Normalized;
  /** Fired rules that carry an action. */
  readonly votes: readonly Vote[];
  /** Every fired rule's name. */
  readonly hits: readonly string[];
  readonly senderKind: SenderKind;
  /** What the text model reads. */
  readonly modelInput: ModelInput;
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
  classify(input: ClassifyInput): Verdict;
  explain(input: ClassifyInput): Explanation;
  /** Normalises and scans without scoring (what `train` and `eval` build on). */
  analyze(input: ClassifyInput): Analysis;
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
}

export function rulesVersionOf(sources: readonly RuleSource[]): string {
  const h = createHash('sha256');
  for (const s of sources) h.update(s.name).update('\0').update(s.source).update('\0');
  return h.digest('hex').slice(0, 16);
}

/** The normaliser's features as the text model's counts. */
export function signalsOf(n: Normalized): TextSignals {
  const f = n.features;
  const o = n.obfuscation;
  let defanged = 0;
  let shortenerOrIp = 0;
  for (const u of f.urls) {
    if (u.defanged) defanged++;
    if (u.shortener || u.ip) shortenerOrIp++;
  }
  let maxMoney = 0;
  let priced = 0;
  for (const m of f.money) {
    if (Number.isFinite(m.amount) && m.amount > maxMoney) maxMoney = m.amount;
    if (m.per) priced++;
  }
  return {
    urls: f.urls.length,
    defangedUrls: defanged,
    shortenerOrIpUrls: shortenerOrIp,
    phones: f.phones.length,
    shortCodes: f.shortCodes.length,
    emails: f.emails.length,
    money: f.money.length,
    maxMoney,
    pricedMoney: priced,
    obfuscation: o.invisible + o.confusables + o.spacedWords,
  };
}

/** What the rules scan for one message: the normalised text and the scan variables. */
export function scanInputOf(
  n: Normalized,
  sender: ReturnType<typeof classifySender>,
  signals: TextSignals = signalsOf(n),
): { data: Buffer; variables: ScanVariables } {
  let shorteners = 0;
  let ips = 0;
  let defanged = 0;
  for (const u of n.features.urls) {
    if (u.shortener) shorteners++;
    if (u.ip) ips++;
    if (u.defanged) defanged++;
  }
  const opening = n.text.slice(0, OPENING_CHARS);
  return {
    // The normaliser folds to ASCII, so lower-casing is the whole case fold: rules are written in
    // lower case without `nocase` (which doubles to triples the compile time).
    data: Buffer.from(n.text.toLowerCase(), 'utf8'),
    variables: {
      sender: senderVariable(sender),
      sender_kind: sender.kind,
      url_count: signals.urls,
      phone_count: signals.phones,
      shortcode_count: signals.shortCodes,
      email_count: signals.emails,
      money_count: n.features.money.length,
      obfuscation_count: signals.obfuscation,
      shortener_count: shorteners,
      ip_url_count: ips,
      defanged_url_count: defanged,
      caps_keyword_count: countMatches(CAPS_KEYWORD, n.text),
      opening: NUMBER_LIKE.test(opening) ? '' : opening,
    },
  };
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
    const normalized = normalize(input.text);
    const sender = classifySender(input.sender);
    const signals = signalsOf(normalized);
    const scan = scanInputOf(normalized, sender, signals);
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
      senderKind: sender.kind,
      modelInput: { text: normalized.text, signals },
    };
  }

  classify(input: ClassifyInput): Verdict {
    const a = this.analyze(input);
    const modelScores = this.#layer ? this.#layer.text.score(a.modelInput) : null;
    const score = combine(this.#combination, modelScores, a.votes);
    return decide(a.votes, score, this.thresholds, hasWords(a)).verdict;
  }

  explain(input: ClassifyInput): Explanation {
    const a = this.analyze(input);
    const layer = this.#layer;
    const modelScores = layer ? layer.text.score(a.modelInput) : null;
    const score = combine(this.#combination, modelScores, a.votes);
    const d = decide(a.votes, score, this.thresholds, hasWords(a));
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
              top: layer.text.contributions(a.modelInput, this.#combination, 10),
            }
          : null,
      rules: a.votes.map((v) => {
        const w = ruleWeight(v, this.#combination);
        return { ...v, scoreWeight: w.weight, learned: w.learned };
      }),
      hits: a.hits,
      features: a.normalized.features,
      obfuscation: a.normalized.obfuscation,
      normalizedText: a.normalized.text,
      senderKind: a.senderKind,
    };
  }

  withExtraRules(extra: readonly RuleSource[]): Classifier {
    return new YaraClassifier({ ...this.#options, extraRules: extra }, this.#layer);
  }

  withModel(model: ModelFile | null): Classifier {
    return new YaraClassifier(this.#options, loadLayer(model), this.#rules);
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

/**
 * Compiles the rules and loads the model. Throws `RuleCompileError` for rules that do not compile
 * and `ModelFormatError` for a model file this build cannot read.
 */
export function createClassifier(options: ClassifierOptions = {}): Classifier {
  const engine = options.engine ?? new YaraXEngine();
  const rules = options.rules ?? bundledRules();
  const layer = loadLayer(options.model === undefined ? bundledModel() : options.model);
  return new YaraClassifier(
    { engine, rules, extraRules: options.extraRules ?? [], thresholds: options.thresholds },
    layer,
  );
}
