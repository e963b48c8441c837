/**
 * On Node < 22 the AWS SDK prints a multi-line `NodeVersionSupportWarning` to stderr (through
 * `process.emitWarning`, once per process: in every cluster worker), which breaks one-JSON-line
 * logs. The SDK's own switch turns it off (`AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true`,
 * read by `emitWarningIfUnsupportedVersion` in @aws-sdk/core); the notice goes out once as a JSON
 * (INFO) line instead. An operator who set the switch either way is left alone.
 */
import type { Log } from '../logger.ts';

export const SDK_NODE_WARNING_SWITCH = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';
/** The oldest Node the SDK's releases after January 2027 support. */
export const SDK_MIN_NODE = 22;

/** Call before the first SDK client is built. */
export function quietSdkNodeWarning(
  log: Log,
  env: NodeJS.ProcessEnv = process.env,
  version: string = process.version,
): void {
  if (env[SDK_NODE_WARNING_SWITCH] !== undefined) return;
  env[SDK_NODE_WARNING_SWITCH] = 'true';
  if (Number.parseInt(version.slice(1), 10) < SDK_MIN_NODE) {
    log.info(`AWS SDK releases after January 2027 require node >= ${SDK_MIN_NODE}`, {
      nodeVersion: version,
    });
  }
}
