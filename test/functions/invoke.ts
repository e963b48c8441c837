/**
 * Runs a built handler the way the Lambda runtime does, in a new `node` process: import the
 * module (the init phase), then invoke it once per event in order. Asynchronous, so a fixture
 * server in the test process (the SSM fixture) can answer the handler meanwhile.
 */
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';

export interface FreshRun {
  readonly results: unknown[];
  /** Every JSON log line the process printed. */
  readonly logs: Record<string, unknown>[];
  readonly stdout: string;
  readonly stderr: string;
}

const MARK = '@@RESULTS@@';

export function invokeInFreshProcess(
  handlerFile: string,
  events: readonly unknown[],
  env: Record<string, string> = {},
): Promise<FreshRun> {
  const script = `
    const { handler } = await import(${JSON.stringify(pathToFileURL(handlerFile).href)});
    const events = JSON.parse(process.argv[1]);
    const out = [];
    for (const [i, event] of events.entries()) {
      const deadline = Date.now() + 6000;
      out.push(await handler(event, {
        awsRequestId: 'invocation-' + (i + 1), functionName: 'smsjunk-ci-classify',
        functionVersion: '$LATEST', memoryLimitInMB: '512',
        invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:smsjunk-ci-classify',
        getRemainingTimeInMillis: () => deadline - Date.now(),
      }));
    }
    process.stdout.write('\\n${MARK}' + JSON.stringify(out) + '\\n');`;
  // Outside the repository and with a bare environment: nothing but the artifact can be found.
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(events)], {
    cwd: tmpdir(),
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString('utf8');
  });
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const at = stdout.lastIndexOf(MARK);
      if (code !== 0 || at < 0) {
        reject(new Error(`the handler process failed (exit ${code}):\n${stdout}\n${stderr}`));
        return;
      }
      const logs = stdout
        .slice(0, at)
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      resolve({ results: JSON.parse(stdout.slice(at + MARK.length)), logs, stdout, stderr });
    });
  });
}
