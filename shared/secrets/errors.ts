/** Named errors of the secrets layer (Powertools style: one class per failure, with `cause`). */

/** SSM_PREFIX, SSM_TTL_SECONDS or a flag has a value the service cannot use. */
export class SecretsConfigError extends Error {
  override readonly name = 'SecretsConfigError';
}

/** Reading Parameter Store failed (the SDK's own error, after its retries, is the `cause`). */
export class ParameterStoreError extends Error {
  override readonly name = 'ParameterStoreError';
  /** The SDK's error name, e.g. `ThrottlingException`, `InternalServerError`, `TimeoutError`. */
  readonly code: string;
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    const c = options.cause as { name?: unknown } | undefined;
    this.code = typeof c?.name === 'string' ? c.name : 'Error';
  }
}
