/**
 * The build stamp, set by the build (esbuild `define`, as the original Makefile did with
 * `-ldflags -X`). Running from source (tests, tsx) it reads `dev`/`unknown`.
 */
declare const __SMSJUNK_BUILD_NUMBER__: string | undefined;
declare const __SMSJUNK_BUILD_DATE__: string | undefined;
declare const __SMSJUNK_BUILD_HASH__: string | undefined;

export interface BuildStamp {
  readonly buildNumber: string;
  readonly buildDate: string;
  readonly gitHash: string;
}

export const BUILD: BuildStamp = {
  buildNumber: typeof __SMSJUNK_BUILD_NUMBER__ === 'string' ? __SMSJUNK_BUILD_NUMBER__ : 'dev',
  buildDate: typeof __SMSJUNK_BUILD_DATE__ === 'string' ? __SMSJUNK_BUILD_DATE__ : 'unknown',
  gitHash: typeof __SMSJUNK_BUILD_HASH__ === 'string' ? __SMSJUNK_BUILD_HASH__ : 'unknown',
};

/** "node v22.11.0 linux/x64": the runtime the code is actually running on. */
export function runtimeDescription(): string {
  return `node ${process.version} ${process.platform}/${process.arch}`;
}
