/**
 * The classifier that requests use, swapped atomically when the extra rules (or thresholds) from
 * Parameter Store change. A new set is compiled here, during a refresh, never in a request; if it
 * does not compile, or a rule's meta holds a value the service would ignore (`action = "Junk"`:
 * it would load and never vote; see `checkRuleMeta`), the previous classifier stays live and the
 * problems (parameter, line, message) are kept for the status page until a later set is accepted.
 */
import { bundledModel, bundledRules } from '../classifier/assets.ts';
import type { Engine } from '../classifier/engine.ts';
import {
  type Classifier,
  type ClassifierOptions,
  createClassifier,
  defaultEngine,
  RuleCompileError,
  type RuleSource,
  rulesVersionOf,
} from '../classifier/index.ts';
import type { Thresholds } from '../classifier/verdict.ts';
import { metaDiagnostics } from '../rule-metas.ts';

export interface RuleProblem {
  /** The rule source: a parameter name such as `/smsjunk/prod/rules/emergency`. */
  readonly parameter: string;
  readonly line?: number;
  readonly column?: number;
  readonly code: string;
  readonly message: string;
}

export interface RulesFailure {
  /** `compile`: the set does not compile; `meta`: it does, but a meta value would be ignored. */
  readonly reason: 'compile' | 'meta';
  /** When the failing set was first seen (epoch ms). */
  readonly at: number;
  /** `rulesVersion` the failing set would have had. */
  readonly attemptedVersion: string;
  readonly problems: readonly RuleProblem[];
}

export type ApplyResult =
  | { readonly status: 'unchanged' }
  | { readonly status: 'swapped'; readonly previousVersion: string; readonly rulesVersion: string }
  | { readonly status: 'failed'; readonly failure: RulesFailure; readonly repeated: boolean };

function problemsOf(err: unknown): RuleProblem[] {
  if (err instanceof RuleCompileError) {
    return err.diagnostics.map((d) => ({
      parameter: d.source,
      ...(d.line === undefined ? {} : { line: d.line }),
      ...(d.column === undefined ? {} : { column: d.column }),
      code: d.code,
      message: d.message,
    }));
  }
  return [{ parameter: '<rules>', code: 'error', message: err instanceof Error ? err.message : String(err) }];
}

function keyOf(extra: readonly RuleSource[], thresholds: Partial<Thresholds> | undefined): string {
  return `${rulesVersionOf(extra)}|${thresholds ? JSON.stringify(thresholds) : ''}`;
}

export class LiveClassifier {
  readonly #options: ClassifierOptions;
  #current: Classifier | undefined;
  #extra: readonly RuleSource[] = [];
  #thresholds: Partial<Thresholds> | undefined;
  #key: string;
  #failure: RulesFailure | undefined;
  #failedKey: string | undefined;

  /**
   * Reads the base rules (bundled unless `options.rules`) and model now; compiles on first use,
   * so a start-up that loads extra rules before serving compiles once, not twice (about 1 s each
   * for the bundled pack).
   */
  constructor(options: ClassifierOptions = {}) {
    // Resolve the bundled rules and model once, so a swap never reads the disk again.
    this.#options = {
      ...options,
      engine: options.engine ?? defaultEngine(),
      rules: options.rules ?? bundledRules(),
      model: options.model === undefined ? (bundledModel() ?? null) : options.model,
    };
    this.#key = keyOf([], undefined);
  }

  /** The live classifier; read it per request, never keep it. */
  get current(): Classifier {
    this.#current ??= createClassifier(this.#options);
    return this.#current;
  }

  /** Compiles the live set now if nothing has yet (start-up, not a request, pays for it). */
  warm(): void {
    this.#current ??= createClassifier(this.#options);
  }

  /** `rulesVersion` of the live set, without compiling it. */
  get rulesVersion(): string {
    return this.#current?.rulesVersion ?? rulesVersionOf([...(this.#options.rules ?? []), ...this.#extra]);
  }

  /** Names of the extra rule sources in the live set. */
  get extraSources(): readonly string[] {
    return this.#extra.map((s) => s.name);
  }

  /**
   * The live classifier's thresholds: the model's learned ones (or the rules-only defaults without
   * a model), with the Parameter Store override on top when there is one.
   */
  get thresholds(): Thresholds {
    return this.current.thresholds;
  }

  /** Thresholds set through `apply` (from Parameter Store), or undefined. */
  get thresholdsOverride(): Partial<Thresholds> | undefined {
    return this.#thresholds;
  }

  /** The set that last failed to compile, while no later set has replaced it. */
  get failure(): RulesFailure | undefined {
    return this.#failure;
  }

  /**
   * Makes `extra` (and `thresholds`, when given) live unless it is already; on a compile error
   * keeps the current classifier. `repeated` says the same failing set was seen before (so the
   * caller logs it once, not every refresh).
   */
  apply(
    extra: readonly RuleSource[],
    thresholds: Partial<Thresholds> | undefined,
    now = Date.now(),
  ): ApplyResult {
    const key = keyOf(extra, thresholds);
    if (key === this.#key) {
      this.#failure = undefined;
      this.#failedKey = undefined;
      return { status: 'unchanged' };
    }
    if (key === this.#failedKey && this.#failure) {
      return { status: 'failed', failure: this.#failure, repeated: true };
    }
    let next: Classifier;
    if (this.#current !== undefined && rulesVersionOf(extra) === rulesVersionOf(this.#extra)) {
      // Only the thresholds changed: the compiled rules are kept (no recompile, no stall).
      next = this.#current.withThresholds(thresholds);
      const previousVersion = this.rulesVersion;
      this.#commit(next, extra, thresholds, key);
      return { status: 'swapped', previousVersion, rulesVersion: next.rulesVersion };
    }
    try {
      const metaErrors = metaDiagnostics(this.#options.engine as Engine, extra).filter(
        (d) => d.severity === 'error',
      );
      if (metaErrors.length > 0) throw new RuleCompileError(metaErrors);
      next = createClassifier({
        ...this.#options,
        extraRules: extra,
        ...(thresholds ? { thresholds } : {}),
      });
    } catch (err) {
      this.#failedKey = key;
      const meta = err instanceof RuleCompileError && err.diagnostics.every((d) => d.code === 'meta');
      this.#failure = {
        reason: meta ? 'meta' : 'compile',
        at: now,
        attemptedVersion: rulesVersionOf([...(this.#options.rules ?? []), ...extra]),
        problems: problemsOf(err),
      };
      return { status: 'failed', failure: this.#failure, repeated: false };
    }
    const previousVersion = this.rulesVersion;
    this.#commit(next, extra, thresholds, key);
    return { status: 'swapped', previousVersion, rulesVersion: next.rulesVersion };
  }

  #commit(
    next: Classifier,
    extra: readonly RuleSource[],
    thresholds: Partial<Thresholds> | undefined,
    key: string,
  ): void {
    this.#current = next;
    this.#extra = [...extra];
    this.#thresholds = thresholds;
    this.#key = key;
    this.#failure = undefined;
    this.#failedKey = undefined;
  }
}
