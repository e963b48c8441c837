/**
 * The CloudWatch embedded metric format specification's structure, checked on one parsed line
 * (https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html):
 * a root `_aws` with an integer `Timestamp` (epoch ms) and `CloudWatchMetrics`, a list of
 * directives each with a `Namespace` (1 to 255 characters), `Dimensions` (a list of dimension sets,
 * each a list of at most 30 names, every one a top-level string member) and `Metrics` (at most 100,
 * each a `Name` that is a top-level member holding a number or a list of at most 100 numbers, and
 * a `Unit` among CloudWatch's). Returns the problems (empty: valid).
 */
const UNITS = new Set([
  'Seconds',
  'Microseconds',
  'Milliseconds',
  'Bytes',
  'Kilobytes',
  'Megabytes',
  'Gigabytes',
  'Terabytes',
  'Bits',
  'Kilobits',
  'Megabits',
  'Gigabits',
  'Terabits',
  'Percent',
  'Count',
  'Bytes/Second',
  'Kilobytes/Second',
  'Megabytes/Second',
  'Gigabytes/Second',
  'Terabytes/Second',
  'Bits/Second',
  'Kilobits/Second',
  'Megabits/Second',
  'Gigabits/Second',
  'Terabits/Second',
  'Count/Second',
  'None',
]);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function emfProblems(doc: unknown): string[] {
  const p: string[] = [];
  if (!isObject(doc)) return ['not a JSON object'];
  const aws = doc._aws;
  if (!isObject(aws)) return ['no _aws object'];
  if (!Number.isInteger(aws.Timestamp) || (aws.Timestamp as number) < 1e12)
    p.push('_aws.Timestamp is not epoch ms');
  const directives = aws.CloudWatchMetrics;
  if (!Array.isArray(directives) || directives.length === 0) return [...p, 'no CloudWatchMetrics'];
  for (const d of directives) {
    if (!isObject(d)) {
      p.push('a directive is not an object');
      continue;
    }
    if (typeof d.Namespace !== 'string' || d.Namespace.length < 1 || d.Namespace.length > 255)
      p.push('bad Namespace');
    if (!Array.isArray(d.Dimensions)) p.push('Dimensions is not a list');
    else
      for (const set of d.Dimensions) {
        if (!Array.isArray(set) || set.length > 30) p.push('a dimension set is not a list of at most 30');
        else
          for (const name of set)
            if (typeof doc[name as string] !== 'string')
              p.push(`dimension ${name} is not a top-level string`);
      }
    if (!Array.isArray(d.Metrics) || d.Metrics.length > 100) {
      p.push('Metrics is not a list of at most 100');
      continue;
    }
    for (const m of d.Metrics) {
      if (!isObject(m) || typeof m.Name !== 'string' || m.Name.length === 0) {
        p.push('a metric has no Name');
        continue;
      }
      if (m.Unit !== undefined && !UNITS.has(m.Unit as string)) p.push(`${m.Name}: unit ${String(m.Unit)}`);
      const v = doc[m.Name];
      const ok =
        (typeof v === 'number' && Number.isFinite(v)) ||
        (Array.isArray(v) &&
          v.length > 0 &&
          v.length <= 100 &&
          v.every((x) => typeof x === 'number' && Number.isFinite(x)));
      if (!ok) p.push(`${m.Name} is not a top-level number or list of at most 100 numbers`);
    }
  }
  return p;
}

/** The EMF documents among a process's stdout lines (parsed). */
export function emfLines(lines: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return lines.filter((l) => isObject(l._aws));
}

/** Every metric name the documents carry. */
export function metricNames(docs: readonly Record<string, unknown>[]): Set<string> {
  const out = new Set<string>();
  for (const d of docs)
    for (const dir of (d._aws as { CloudWatchMetrics: { Metrics: { Name: string }[] }[] }).CloudWatchMetrics)
      for (const m of dir.Metrics) out.add(m.Name);
  return out;
}
