/**
 * The logging surface the secrets layer needs. The service's logger (Powertools `Logger`) fits it
 * as it is; the default writes one JSON line to stderr. Fields never carry a secret value,
 * message text or a raw sender.
 */

export interface SecretsLog {
  /** Rest parameters of attribute objects: the shape of Powertools' `Logger` methods. */
  info(message: string, ...fields: Record<string, unknown>[]): void;
  warn(message: string, ...fields: Record<string, unknown>[]): void;
  error(message: string, ...fields: Record<string, unknown>[]): void;
}

function line(level: string, message: string, fields: Record<string, unknown>[]): void {
  const record = {
    level,
    message,
    service: 'smsjunk',
    component: 'secrets',
    timestamp: new Date().toISOString(),
  };
  process.stderr.write(`${JSON.stringify(Object.assign(record, ...fields))}\n`);
}

export const stderrLog: SecretsLog = {
  info: (message, ...fields) => line('INFO', message, fields),
  warn: (message, ...fields) => line('WARN', message, fields),
  error: (message, ...fields) => line('ERROR', message, fields),
};
