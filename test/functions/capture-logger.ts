/** A real Powertools Logger that keeps its formatted lines instead of printing them. */
import { Logger, type LogItem } from '@aws-lambda-powertools/logger';

export class CapturingLogger extends Logger {
  readonly lines: Record<string, unknown>[] = [];

  protected override printLog(_level: number, log: LogItem): void {
    log.prepareForPrint();
    this.lines.push(JSON.parse(JSON.stringify(log.getAttributes(), this.getJsonReplacer())));
  }

  /** Every line as it would be printed, for "never in any log line" checks. */
  text(): string {
    return this.lines.map((l) => JSON.stringify(l)).join('\n');
  }
}
