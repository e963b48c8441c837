/**
 * The secrets layer: everything the service reads from Parameter Store (or, without a prefix,
 * from the environment), and what is built on it: the operator hooks (`AdminHooks`), the live
 * classifier with hot-loaded rules, the sender hash for logs, and Apple's app ids.
 *
 * Parameters under the prefix (`/smsjunk/prod` below):
 *
 * | parameter                     | type         | what                                                |
 * | ----------------------------- | ------------ | --------------------------------------------------- |
 * | `/smsjunk/prod/admin-token`   | SecureString | operator Bearer token; `new,old` while rotating     |
 * | `/smsjunk/prod/log-hash-key`  | SecureString | HMAC key for the sender hash in logs                |
 * | `/smsjunk/prod/rules/<name>`  | String       | extra YARA rules, compiled with the bundled pack    |
 * | `/smsjunk/prod/apple-app-ids` | StringList   | `TEAMID.bundle.id,...` for the association file      |
 * | `/smsjunk/prod/thresholds`    | String       | JSON `{"junk":2.5}`: replaces the named thresholds  |
 *
 *     const secrets = createSecrets({ settings: secretsSettings({ env: process.env }), mode: 'background' });
 *     secrets.start();
 *     createService(config, { classifier: secrets.classifier, admin: secrets.admin });
 */
import type { SSMClientConfig } from '@aws-sdk/client-ssm';
import type { AdminHooks, Middleware } from '../api/http.ts';
import type { Classifier, ClassifierOptions, RuleSource } from '../classifier/index.ts';
import { THRESHOLD_NAMES, type Thresholds } from '../classifier/verdict.ts';
import { createLogger, type Log } from '../logger.ts';
import { BUILD, runtimeDescription } from '../version.ts';
import { bearerToken, parseTokens, TokenVerifier, tokenProblems } from './admin-token.ts';
import type { BackoffOptions } from './backoff.ts';
import { errorFields, ParameterCache, type RefreshOutcome, type Snapshot } from './cache.ts';
import { LiveClassifier, type RuleProblem } from './live-rules.ts';
import { type ParameterSource, SsmParameterSource } from './parameter-source.ts';
import { hmacSender } from './sender-hash.ts';
import type { SecretsSettings } from './settings.ts';

export { ParameterStoreError, SecretsConfigError } from './errors.ts';
export type { Parameter, ParameterSource } from './parameter-source.ts';
export { type SecretsSettings, secretsSettings, settingsFromConfig } from './settings.ts';

/** Parameter names relative to the prefix. */
export const PARAMETERS = {
  adminToken: 'admin-token',
  logHashKey: 'log-hash-key',
  rulesPath: 'rules/',
  appleAppIds: 'apple-app-ids',
  thresholds: 'thresholds',
} as const;

/** `TEAMID.bundle.identifier`, as Apple's association file wants it. */
const APP_ID = /^[A-Z0-9]{10}\.[A-Za-z0-9][A-Za-z0-9.-]*$/;

export type RefreshMode = 'background' | 'on-demand';

export interface SecretsOptions {
  readonly settings: SecretsSettings;
  /** `background` (container: timer) or `on-demand` (Lambda: first use after expiry). Default `on-demand`. */
  readonly mode?: RefreshMode;
  /** Where parameters come from; default: Parameter Store through the AWS SDK. */
  readonly source?: ParameterSource;
  /** Merged into the SDK client's config (tests: `{ endpoint, credentials, region }`). */
  readonly clientConfig?: SSMClientConfig;
  /** How the base classifier is built (default: bundled rules and model). */
  readonly classifier?: ClassifierOptions;
  readonly log?: Log;
  readonly backoff?: BackoffOptions;
  /** Called after every read of Parameter Store with whether it worked (metrics). Must not throw. */
  readonly onRefresh?: (ok: boolean) => void;
  /** On-demand mode: longest a request waits for a refresh before using what there is. Default 2000. */
  readonly maxWaitMs?: number;
  readonly now?: () => number;
}

/** A problem with a parameter's value that is not a rule compile error. */
interface ConfigProblem {
  readonly parameter: string;
  readonly message: string;
}

/** What the service uses, derived from one snapshot (or the environment). */
interface Derived {
  readonly tokens: TokenVerifier | undefined;
  /** A token value was configured but refused (too short, whitespace): fail closed, not disabled. */
  readonly tokensRefused: boolean;
  readonly hashKey: string | undefined;
  /** From `<prefix>/apple-app-ids`; undefined when there is no such parameter. */
  readonly appleAppIds: readonly string[] | undefined;
  readonly problems: readonly ConfigProblem[];
}

function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function appIds(
  value: string | undefined,
  parameter: string,
  problems: ConfigProblem[],
): string[] | undefined {
  if (value === undefined) return undefined;
  const ids: string[] = [];
  for (const id of splitList(value)) {
    if (APP_ID.test(id)) ids.push(id);
    else problems.push({ parameter, message: `"${id}" is not an app id like ABCDE12345.com.example.app` });
  }
  return ids;
}

function parseThresholds(
  value: string,
  parameter: string,
  problems: ConfigProblem[],
): Partial<Thresholds> | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(value);
  } catch {
    problems.push({ parameter, message: 'not JSON; expected {"junk":2,"promotion":1,"transaction":1}' });
    return undefined;
  }
  const known = new Set<string>(THRESHOLD_NAMES);
  const named: Record<string, number> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push({ parameter, message: 'expected a JSON object' });
    return undefined;
  }
  for (const [k, v] of Object.entries(raw)) {
    if (!known.has(k)) {
      problems.push({ parameter, message: `unknown threshold "${k}" (${THRESHOLD_NAMES.join(', ')})` });
      return undefined;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      problems.push({ parameter, message: `threshold "${k}" must be a finite number` });
      return undefined;
    }
    named[k] = v;
  }
  // Only the named ones: the others stay the model's learned values.
  return named as Partial<Thresholds>;
}

function iso(ms: number | undefined): string | null {
  return ms === undefined ? null : new Date(ms).toISOString();
}

export class Secrets {
  readonly settings: SecretsSettings;
  readonly mode: RefreshMode;
  /** The operator hooks the shared app's `/admin/*` and `/v1/explain` routes call. */
  readonly admin: AdminHooks;
  /** The live classifier (bound; pass it as the service's `classifier` option). */
  readonly classifier: () => Classifier;
  /** Ensures fresh secrets before each request (a no-op unless on-demand and expired). */
  readonly middleware: Middleware;

  readonly #cache: ParameterCache | undefined;
  readonly #source: ParameterSource | undefined;
  readonly #live: LiveClassifier;
  readonly #log: Log;
  readonly #maxWaitMs: number;
  readonly #now: () => number;
  readonly #startedAt: number;
  #derived: Derived;
  /** Version of the `admin-token` parameter last refused (logged once per version). */
  #refusedTokenVersion: number | undefined;

  constructor(options: SecretsOptions) {
    this.settings = options.settings;
    this.mode = options.mode ?? 'on-demand';
    this.#log = options.log ?? createLogger();
    this.#maxWaitMs = options.maxWaitMs ?? 2000;
    this.#now = options.now ?? Date.now;
    this.#startedAt = this.#now();
    this.#live = new LiveClassifier(options.classifier);

    const prefix = this.settings.prefix;
    if (prefix === undefined) {
      this.#derived = this.#fromEnvironment();
    } else {
      // Fail closed until Parameter Store has answered once: no token, so `unauthorized`.
      this.#derived = {
        tokens: undefined,
        tokensRefused: false,
        hashKey: undefined,
        appleAppIds: undefined,
        problems: [],
      };
      this.#source =
        options.source ??
        new SsmParameterSource({ clientConfig: options.clientConfig ?? {}, log: this.#log });
      this.#cache = new ParameterCache({
        source: this.#source,
        prefix,
        ttlMs: this.settings.ttlMs,
        log: this.#log,
        ...(options.backoff ? { backoff: options.backoff } : {}),
        ...(options.now ? { now: options.now } : {}),
        ...(options.onRefresh ? { onOutcome: (o: RefreshOutcome) => options.onRefresh?.(o.ok) } : {}),
        onSnapshot: (next) => this.#apply(next),
      });
    }

    const live = this.#live;
    this.classifier = function liveClassifier() {
      return live.current;
    };
    this.admin = {
      authorize: (authorization) => this.authorize(authorization),
      status: () => Promise.resolve(this.status()),
      refresh: () => this.refresh(),
    };
    const secrets = this;
    this.middleware = function freshSecrets(next) {
      return async function secretsFresh(req, ctx) {
        await secrets.ensureFresh();
        return next(req, ctx);
      };
    };
  }

  /** Background mode: first load now (not awaited by requests), then every TTL. */
  start(): void {
    if (this.#cache && this.mode === 'background') void this.#cache.start();
  }

  /**
   * Waits until the first load has been tried (at most `timeoutMs`) and the live rules are
   * compiled; true when secrets are loaded. Call it before serving (container start, Lambda init).
   */
  async ready(timeoutMs = this.#maxWaitMs): Promise<boolean> {
    const cache = this.#cache;
    if (!cache) {
      this.#live.warm();
      return true;
    }
    if (!cache.state.lastAttempt) {
      const attempt = cache.refresh();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        attempt,
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, timeoutMs);
          timer.unref();
        }),
      ]);
      clearTimeout(timer);
    }
    this.#live.warm();
    return cache.snapshot !== undefined;
  }

  /** On-demand mode: refresh when expired (shared, bounded wait). Cheap when fresh. */
  async ensureFresh(): Promise<void> {
    if (this.#cache && this.mode === 'on-demand') await this.#cache.ensureFresh(this.#maxWaitMs);
  }

  close(): void {
    this.#cache?.stop();
    this.#source?.close();
  }

  /** The short keyed hash of a sender for logs, or undefined without a key (or a sender). */
  hashSender(sender: string | undefined): string | undefined {
    const key = this.#derived.hashKey;
    return key === undefined ? undefined : hmacSender(key, sender);
  }

  /**
   * Apple app ids from `<prefix>/apple-app-ids`, or undefined when Parameter Store has none (the
   * service then uses its config's `APPLE_APP_IDS`).
   */
  get appleAppIds(): readonly string[] | undefined {
    return this.#derived.appleAppIds;
  }

  /** Age in seconds of the Parameter Store values in use; null without a prefix or before the first load. */
  dataAgeSeconds(): number | null {
    const loadedAt = this.#cache?.snapshot?.loadedAt;
    return loadedAt === undefined ? null : (this.#now() - loadedAt) / 1000;
  }

  get thresholds(): Thresholds {
    return this.#live.thresholds;
  }

  authorize(authorization: string | undefined): 'ok' | 'unauthorized' | 'disabled' {
    const tokens = this.#derived.tokens;
    if (!tokens) {
      if ((this.#cache && !this.#cache.snapshot) || this.#derived.tokensRefused) return 'unauthorized';
      return 'disabled';
    }
    return tokens.verify(bearerToken(authorization)) ? 'ok' : 'unauthorized';
  }

  /**
   * Reads Parameter Store now and applies it. `ok` is true only when everything read is in use:
   * false when Parameter Store failed, when the extra rules were refused (they do not compile, or
   * a meta would be ignored) or when a parameter holds an unusable value; `errors` says which, in
   * the status page's shape.
   */
  async refresh(): Promise<Record<string, unknown>> {
    const before = this.#live.rulesVersion;
    if (!this.#cache) {
      return {
        ok: true,
        source: 'environment',
        message: 'no SSM prefix configured; secrets come from the environment',
        added: [],
        changed: [],
        removed: [],
        rulesVersion: before,
        previousRulesVersion: before,
        errors: [],
      };
    }
    const outcome = await this.#cache.refreshNow();
    const after = this.#live.rulesVersion;
    const errors = this.#errors();
    const base = {
      ok: errors.length === 0,
      source: 'ssm',
      prefix: this.#cache.prefix,
      at: iso(outcome.at),
      durationMs: outcome.durationMs,
      rulesVersion: after,
      previousRulesVersion: before,
      rulesChanged: after !== before,
      rulesError: this.#live.failure?.problems ?? null,
      errors,
    };
    if (!outcome.ok) {
      return { ...base, added: [], changed: [], removed: [], error: errorFields(outcome.error) };
    }
    return { ...base, ...outcome.diff };
  }

  /** What is wrong now: Parameter Store failing, extra rules refused, unusable parameter values. */
  #errors(): Record<string, unknown>[] {
    const errors: Record<string, unknown>[] = [];
    const s = this.#cache?.state;
    const last = s?.lastAttempt;
    if (s && last && !last.ok) {
      errors.push({
        kind: 'parameter-store',
        ...errorFields(last.error),
        since: iso(s.failingSince),
        failures: s.failures,
      });
    }
    const failure = this.#live.failure;
    if (failure)
      for (const p of failure.problems) errors.push({ kind: 'rules', since: iso(failure.at), ...p });
    for (const p of this.#derived.problems) errors.push({ kind: 'parameter', ...p });
    return errors;
  }

  status(): Record<string, unknown> {
    const now = this.#now();
    const memory = process.memoryUsage();
    const live = this.#live.current;
    const out: Record<string, unknown> = {
      build: { ...BUILD, runtime: runtimeDescription() },
      uptimeSeconds: Math.round((now - this.#startedAt) / 1000),
      memory: {
        rssBytes: memory.rss,
        heapUsedBytes: memory.heapUsed,
        heapTotalBytes: memory.heapTotal,
        externalBytes: memory.external,
      },
      rules: {
        version: live.rulesVersion,
        count: live.ruleCount,
        extra: this.#live.extraSources,
        thresholds: this.#live.thresholds,
      },
      admin: { enabled: this.#derived.tokens !== undefined, tokens: this.#derived.tokens?.count ?? 0 },
      logHashKey: this.#derived.hashKey !== undefined,
      appleAppIds: this.#derived.appleAppIds ?? null,
    };
    const cache = this.#cache;
    if (!cache) {
      out.source = { kind: 'environment' };
    } else {
      const s = cache.state;
      out.source = { kind: 'ssm', prefix: cache.prefix, ttlSeconds: cache.ttlMs / 1000, mode: this.mode };
      out.parameters = [...(s.snapshot?.parameters.values() ?? [])].map((p) => ({
        name: p.name,
        type: p.type,
        version: p.version,
        lastModified: p.lastModified ? p.lastModified.toISOString() : null,
      }));
      const last = s.lastAttempt;
      const age = s.snapshot ? (now - s.snapshot.loadedAt) / 1000 : null;
      out.refresh = {
        lastAttemptAt: iso(last?.at),
        lastResult: last ? (last.ok ? 'ok' : 'error') : 'never',
        lastDurationMs: last?.durationMs ?? null,
        lastSuccessAt: iso(s.lastSuccessAt),
        dataAgeSeconds: age === null ? null : Math.round(age * 10) / 10,
        stale: age === null || age * 1000 > cache.ttlMs,
        failures: s.failures,
        nextAttemptAt: s.failures > 0 ? iso(s.nextAttemptAt) : null,
        refreshing: s.refreshing,
      };
    }
    const errors = this.#errors();
    out.errors = errors;
    return out;
  }

  #fromEnvironment(): Derived {
    const env = this.settings.env;
    const refused = tokenProblems(env.adminToken);
    const tokens = refused.length > 0 ? [] : parseTokens(env.adminToken);
    return {
      tokens: tokens.length > 0 ? new TokenVerifier(tokens) : undefined,
      tokensRefused: refused.length > 0,
      hashKey: env.logHashKey,
      appleAppIds: undefined,
      problems: refused.map((message) => ({ parameter: 'ADMIN_TOKEN', message: `refused: ${message}` })),
    };
  }

  /** Derives everything from a new snapshot; runs inside the refresh, before it becomes visible. */
  #apply(snapshot: Snapshot): void {
    const prefix = this.settings.prefix as string;
    const name = (relative: string) => `${prefix}/${relative}`;
    const value = (relative: string) => snapshot.parameters.get(name(relative))?.value;
    const problems: ConfigProblem[] = [];

    const tokenParameter = name(PARAMETERS.adminToken);
    const tokenValue = value(PARAMETERS.adminToken);
    const refused = tokenProblems(tokenValue);
    // A refused value keeps the tokens in use (none at a cold start: the endpoints stay closed).
    const tokens = refused.length > 0 ? undefined : parseTokens(tokenValue);
    if (tokenValue !== undefined && tokens?.length === 0) {
      problems.push({ parameter: tokenParameter, message: 'empty; operator endpoints are disabled' });
    }
    for (const message of refused) {
      problems.push({ parameter: tokenParameter, message: `refused: ${message}; the tokens in use stay` });
    }
    const version = snapshot.parameters.get(tokenParameter)?.version;
    if (refused.length > 0 && version !== this.#refusedTokenVersion) {
      this.#log.error('admin token refused; the tokens in use stay', {
        parameter: tokenParameter,
        problems: refused,
      });
    }
    this.#refusedTokenVersion = refused.length > 0 ? version : undefined;
    const hashKey = value(PARAMETERS.logHashKey)?.trim() || undefined;

    const rulesPrefix = name(PARAMETERS.rulesPath);
    const extra: RuleSource[] = [];
    for (const p of snapshot.parameters.values()) {
      if (p.name.startsWith(rulesPrefix)) extra.push({ name: p.name, source: p.value });
    }
    const thresholdsValue = value(PARAMETERS.thresholds);
    const thresholds =
      thresholdsValue === undefined
        ? undefined
        : parseThresholds(thresholdsValue, name(PARAMETERS.thresholds), problems);
    // An invalid thresholds value keeps the thresholds that are live.
    const effectiveThresholds =
      thresholdsValue !== undefined && thresholds === undefined ? this.#live.thresholdsOverride : thresholds;

    const result = this.#live.apply(extra, effectiveThresholds, snapshot.loadedAt);
    if (result.status === 'swapped') {
      this.#log.info('rules swapped', {
        rulesVersion: result.rulesVersion,
        previousRulesVersion: result.previousVersion,
        extraRules: extra.map((s) => s.name),
      });
    } else if (result.status === 'failed' && !result.repeated) {
      this.#log.error(
        result.failure.reason === 'meta'
          ? 'extra rules refused: a meta value the service would ignore; the previous rules stay live'
          : 'extra rules do not compile; the previous rules stay live',
        { problems: result.failure.problems },
      );
    }

    this.#derived = {
      tokens:
        tokens === undefined
          ? this.#derived.tokens
          : tokens.length > 0
            ? new TokenVerifier(tokens)
            : undefined,
      tokensRefused: refused.length > 0,
      hashKey,
      appleAppIds: appIds(value(PARAMETERS.appleAppIds), name(PARAMETERS.appleAppIds), problems),
      problems,
    };
  }
}

export function createSecrets(options: SecretsOptions): Secrets {
  return new Secrets(options);
}

export type { RefreshOutcome, RuleProblem };
