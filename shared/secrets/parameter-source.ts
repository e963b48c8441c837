/**
 * Reads every parameter under a prefix from Parameter Store with `GetParametersByPath`
 * (recursive, decrypted, 10 a page, following `NextToken`). Endpoint, region and credentials come
 * from the SDK's standard chain (`AWS_ENDPOINT_URL_SSM`, `AWS_REGION`, the ECS or Lambda role, ...);
 * signing and per-request retries are the SDK's own.
 */
import type { SSMClient, SSMClientConfig } from '@aws-sdk/client-ssm';
import { createLogger, type Log } from '../logger.ts';
import { ParameterStoreError } from './errors.ts';
import { quietSdkNodeWarning } from './sdk-node-warning.ts';

export interface Parameter {
  /** The full name, `/smsjunk/prod/admin-token`. */
  readonly name: string;
  readonly type: string;
  readonly value: string;
  readonly version: number;
  readonly lastModified: Date | undefined;
}

/** Anything that can list the parameters under a prefix. */
export interface ParameterSource {
  fetchAll(prefix: string, signal?: AbortSignal): Promise<Parameter[]>;
  close(): void;
}

export interface SsmSourceOptions {
  /** Merged over our defaults: e.g. `{ endpoint, region, credentials }` in tests. */
  readonly clientConfig?: SSMClientConfig;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Where the SDK's Node-version notice goes as one JSON line (see `sdk-node-warning.ts`). */
  readonly log?: Log;
}

type Sdk = typeof import('@aws-sdk/client-ssm');

/**
 * The SDK module, loaded on first use so a service without a prefix never evaluates it. A bundle
 * that splits it into its own chunk may expose the CommonJS module only as `default`.
 */
async function loadSdk(): Promise<Sdk> {
  const m = (await import('@aws-sdk/client-ssm')) as Sdk & { default?: Sdk };
  if (typeof m.SSMClient === 'function') return m;
  if (m.default && typeof m.default.SSMClient === 'function') return m.default;
  throw new TypeError('@aws-sdk/client-ssm has no SSMClient export');
}

/** A prefix holding more than this many parameters is a mistake (a wrong prefix such as `/`). */
export const MAX_PAGES = 50;

/**
 * SDK settings for a background refresh: a short connect and request timeout (a hung call must
 * not hold a Lambda invocation), and few attempts (our refresh loop backs off between attempts).
 * `AWS_MAX_ATTEMPTS` / `AWS_RETRY_MODE` still win when set.
 */
export function defaultClientConfig(env: Readonly<Record<string, string | undefined>>): SSMClientConfig {
  const config: SSMClientConfig = {
    requestHandler: { connectionTimeout: 1000, requestTimeout: 3000 },
  };
  if (!env.AWS_MAX_ATTEMPTS) config.maxAttempts = 2;
  if (!env.AWS_RETRY_MODE) config.retryMode = 'standard';
  return config;
}

export class SsmParameterSource implements ParameterSource {
  readonly #config: SSMClientConfig;
  readonly #log: Log;
  #client: Promise<SSMClient> | undefined;

  constructor(options: SsmSourceOptions = {}) {
    this.#config = { ...defaultClientConfig(options.env ?? process.env), ...options.clientConfig };
    this.#log = options.log ?? createLogger();
  }

  #ssm(): Promise<SSMClient> {
    this.#client ??= loadSdk().then((m) => {
      quietSdkNodeWarning(this.#log);
      return new m.SSMClient(this.#config);
    });
    return this.#client;
  }

  async fetchAll(prefix: string, signal?: AbortSignal): Promise<Parameter[]> {
    const [{ GetParametersByPathCommand }, client] = await Promise.all([loadSdk(), this.#ssm()]);
    const out: Parameter[] = [];
    let nextToken: string | undefined;
    let pages = 0;
    try {
      do {
        if (++pages > MAX_PAGES) {
          throw new Error(`more than ${MAX_PAGES * 10} parameters under ${prefix}; is the prefix right?`);
        }
        const page = await client.send(
          new GetParametersByPathCommand({
            Path: prefix,
            Recursive: true,
            WithDecryption: true,
            MaxResults: 10,
            NextToken: nextToken,
          }),
          signal ? { abortSignal: signal } : {},
        );
        for (const p of page.Parameters ?? []) {
          if (p.Name === undefined || p.Value === undefined) continue;
          out.push({
            name: p.Name,
            type: p.Type ?? 'String',
            value: p.Value,
            version: p.Version ?? 0,
            lastModified: p.LastModifiedDate,
          });
        }
        nextToken = page.NextToken;
      } while (nextToken);
    } catch (cause) {
      const e = cause as { name?: string; message?: string };
      throw new ParameterStoreError(
        `GetParametersByPath ${prefix} failed: ${e.name ?? 'Error'}: ${e.message ?? String(cause)}`,
        { cause },
      );
    }
    return out;
  }

  close(): void {
    this.#client?.then(
      (c) => c.destroy(),
      () => {},
    );
  }
}
