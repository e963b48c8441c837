/**
 * `osls package` on this machine with no AWS account, then the artifact alone: unzipped into an
 * empty folder outside the repository and run in a fresh `node` process, it must answer exactly
 * as the handler built from source does.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createLambdaHandler } from '../../functions/classify/lambda.ts';
import { loadServiceConfig as loadConfig } from '../../shared/config.ts';
import { dimensionsOf, METRIC } from '../../shared/metrics/catalog.ts';
import { createService } from '../../shared/service.ts';
import { captureLogger } from './capture-logger.ts';
import { type FixtureName, lambdaContext, loadEvent } from './fixtures.ts';
import { invokeInFreshProcess } from './invoke.ts';
import { extractZip, readZip } from './unzip.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const OSLS = join(root, 'node_modules/osls/bin/serverless.js');

/** No AWS account: dummy credentials and region, no telemetry or notices. */
const OFFLINE_AWS_ENV = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? tmpdir(),
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_REGION: 'eu-west-1',
  SLS_TELEMETRY_DISABLED: '1',
  SLS_NOTIFICATIONS_MODE: 'off',
  CI: 'true',
};

const EVENTS: FixtureName[] = [
  'http-api-v2',
  'http-api-v2-base64',
  'http-api-v2-health',
  'rest-api-v1',
  'alb',
  'sqs',
];

describe('osls package', () => {
  let work: string;
  let zip: string;
  // biome-ignore lint/suspicious/noExplicitAny: the CloudFormation template is plain JSON.
  let template: any;

  before(() => {
    assert.ok(
      existsSync(join(root, 'dist/lambda/handler.mjs')),
      'dist/lambda/handler.mjs is missing: run `npm run build` first (npm test does)',
    );
    work = mkdtempSync(join(tmpdir(), 'smsjunk-package-'));
    const out = join(work, 'artifact');
    const r = spawnSync(
      process.execPath,
      [OSLS, 'package', '--stage', 'ci', '--region', 'eu-west-1', '--package', out],
      { cwd: root, env: OFFLINE_AWS_ENV, encoding: 'utf8', timeout: 120_000 },
    );
    assert.equal(r.status, 0, `osls package failed:\n${r.stdout}\n${r.stderr}`);
    zip = join(out, 'classify.zip');
    template = JSON.parse(readFileSync(join(out, 'cloudformation-template-update-stack.json'), 'utf8'));
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('packs only the bundle folder: handler and its chunks, rules, the compiled pack, maps, model and the native addon, no node_modules or source maps', () => {
    const names = [...readZip(zip).keys()].sort();
    assert.ok(names.includes('dist/lambda/handler.mjs'));
    assert.ok(
      names.some((n) => /^dist\/lambda\/chunk-[A-Z0-9]+\.mjs$/.test(n)),
      'the SDK chunks',
    );
    assert.ok(names.includes('dist/lambda/yara-x.linux-x64-gnu.node'));
    assert.ok(names.some((n) => /^dist\/lambda\/rules\/[^/]+\.yar$/.test(n)));
    assert.ok(names.includes('dist/lambda/maps/brands.tsv'));
    assert.ok(names.some((n) => /^dist\/lambda\/compiled\/[0-9a-f]{32}\.yxc$/.test(n)));
    const unexpected = names.filter(
      (n) =>
        !/^dist\/lambda\/(handler\.mjs|chunk-[A-Z0-9]+\.mjs|yara-x\.linux-x64-gnu\.node|rules\/[^/]+\.yar|compiled\/[0-9a-f]{32}\.yxc|maps\/[^/]+\.(txt|tsv)|model\/model\.json)$/.test(
          n,
        ),
    );
    assert.deepEqual(unexpected, []);
  });

  it('answers like the handler built from source when the unzipped artifact runs alone in a fresh node process', async (t) => {
    const dir = join(work, 'unzipped');
    extractZip(zip, dir);
    const events = EVENTS.map(loadEvent);
    const { results: fromArtifact } = await invokeInFreshProcess(
      join(dir, 'dist/lambda/handler.mjs'),
      events,
    );

    const { logger } = captureLogger(t);
    const service = createService(loadConfig({ env: {} }), { logger });
    const fromSource = createLambdaHandler({ service, logger });
    const expected = [];
    for (const [i, name] of EVENTS.entries()) {
      expected.push(await fromSource(loadEvent(name), lambdaContext(6000, `invocation-${i + 1}`)));
    }
    assert.deepEqual(fromArtifact, expected);
    const classify = fromArtifact[0] as { statusCode: number; body: string };
    assert.equal(classify.statusCode, 200);
    assert.ok(
      ['none', 'allow', 'junk', 'promotion', 'transaction'].includes(JSON.parse(classify.body).action),
    );
  });

  it('deploys nodejs22.x on x86_64 with the bundle handler, memory, timeout, environment and log retention', () => {
    const fn = template.Resources.ClassifyLambdaFunction.Properties;
    assert.equal(fn.Runtime, 'nodejs22.x');
    assert.deepEqual(fn.Architectures, ['x86_64']);
    assert.equal(fn.Handler, 'dist/lambda/handler.handler');
    assert.equal(fn.MemorySize, 512);
    assert.equal(fn.Timeout, 6);
    assert.deepEqual(fn.Environment.Variables, {
      SSM_PREFIX: '/smsjunk/ci',
      SSM_TTL_SECONDS: '300',
      POWERTOOLS_SERVICE_NAME: 'smsjunk',
      METRICS_NAMESPACE: 'smsjunk',
      LOG_LEVEL: 'INFO',
    });
    assert.equal(template.Resources.ClassifyLogGroup.Properties.RetentionInDays, 30);
  });

  it('alarms on 5xx rate, p99 duration, throttles, errors and Parameter Store refresh failures, to one SNS topic', () => {
    const r = template.Resources;
    assert.equal(r.AlarmTopic.Type, 'AWS::SNS::Topic');
    const alarms = Object.entries(r).filter(
      ([, v]) => (v as { Type: string }).Type === 'AWS::CloudWatch::Alarm',
    );
    assert.deepEqual(alarms.map(([k]) => k).sort(), [
      'Api5xxRateAlarm',
      'DurationP99Alarm',
      'ErrorsAlarm',
      'ParameterStoreRefreshFailuresAlarm',
      'ThrottlesAlarm',
    ]);
    for (const [name, a] of alarms) {
      const p = (a as { Properties: { AlarmActions: unknown; OKActions: unknown } }).Properties;
      assert.deepEqual(p.AlarmActions, [{ Ref: 'AlarmTopic' }], name);
      assert.deepEqual(p.OKActions, [{ Ref: 'AlarmTopic' }], name);
    }
    const rate = r.Api5xxRateAlarm.Properties.Metrics;
    assert.deepEqual(
      rate
        .filter((m: { MetricStat?: unknown }) => m.MetricStat)
        .map((m: { MetricStat: { Metric: { MetricName: string } } }) => m.MetricStat.Metric.MetricName),
      ['5xx', 'Count'],
    );
    assert.equal(r.DurationP99Alarm.Properties.ExtendedStatistic, 'p99');
    assert.deepEqual(r.DurationP99Alarm.Properties.Dimensions, [
      { Name: 'FunctionName', Value: { Ref: 'ClassifyLambdaFunction' } },
    ]);
    assert.equal(r.ThrottlesAlarm.Properties.MetricName, 'Throttles');
    assert.equal(r.ErrorsAlarm.Properties.MetricName, 'Errors');
    // the custom alarm reads what the handler writes: the catalog's name and dimensions, the function's namespace
    const ssm = r.ParameterStoreRefreshFailuresAlarm.Properties;
    const def = METRIC.ParameterStoreRefreshes;
    assert.equal(ssm.MetricName, def.name);
    assert.equal(ssm.Namespace, r.ClassifyLambdaFunction.Properties.Environment.Variables.METRICS_NAMESPACE);
    assert.deepEqual(
      ssm.Dimensions.map((d: { Name: string }) => d.Name),
      ['service', ...dimensionsOf(def)],
    );
    assert.deepEqual(ssm.Dimensions[0], { Name: 'service', Value: 'smsjunk' });
    assert.deepEqual(ssm.Dimensions[1], { Name: 'Result', Value: 'failure' });
  });

  it('has a section in docs/OPERATIONS.md for every alarm', () => {
    const ops = readFileSync(join(root, 'docs/OPERATIONS.md'), 'utf8');
    const headings = ops
      .split('\n')
      .filter((l) => l.startsWith('### '))
      .join('\n');
    for (const a of Object.values(template.Resources) as {
      Type: string;
      Properties: { AlarmName: string };
    }[]) {
      if (a.Type !== 'AWS::CloudWatch::Alarm') continue;
      const name = a.Properties.AlarmName.replace('smsjunk-ci-', '');
      assert.ok(headings.includes(`\`${name}\``), `no section for ${name}`);
    }
  });

  it('draws a dashboard whose body is valid JSON once CloudFormation substitutes it', () => {
    const [body, vars] = template.Resources.Dashboard.Properties.DashboardBody['Fn::Sub'];
    assert.deepEqual(Object.keys(vars).sort(), ['ApiId', 'Fn', 'Ns', 'Svc']);
    const doc = JSON.parse(body.replace(/\$\{[A-Za-z:]+\}/g, 'X'));
    assert.ok(doc.widgets.length >= 6);
    const names = JSON.stringify(doc);
    for (const m of [
      'Classifications',
      'ClassifyDuration',
      'RuleHits',
      'ErrorResponses',
      'ColdStart',
      'ParameterStoreDataAge',
    ]) {
      assert.ok(names.includes(m), `the dashboard shows ${m}`);
    }
  });

  it('routes every API path, a catch-all, and throttles the HTTP API stage', () => {
    const routes = Object.values(template.Resources)
      // biome-ignore lint/suspicious/noExplicitAny: CloudFormation resources.
      .filter((r: any) => r.Type === 'AWS::ApiGatewayV2::Route')
      // biome-ignore lint/suspicious/noExplicitAny: CloudFormation resources.
      .map((r: any) => r.Properties.RouteKey)
      .sort();
    assert.deepEqual(routes, [
      '$default',
      'GET /.well-known/apple-app-site-association',
      'GET /admin/status',
      'GET /health',
      'GET /version',
      'HEAD /health',
      'HEAD /version',
      'POST /admin/refresh',
      'POST /v1/classify',
      'POST /v1/explain',
    ]);
    const stage = template.Resources.HttpApiStage.Properties.DefaultRouteSettings;
    assert.ok(stage.ThrottlingRateLimit > 0 && stage.ThrottlingBurstLimit >= stage.ThrottlingRateLimit);
  });

  it('grants only this stage’s parameters, and kms:Decrypt only through SSM', () => {
    const statements =
      template.Resources.IamRoleLambdaExecution.Properties.Policies[0].PolicyDocument.Statement;
    const text = (v: unknown) => JSON.stringify(v);
    // biome-ignore lint/suspicious/noExplicitAny: IAM statements.
    const ssm = statements.find((s: any) => s.Action.includes('ssm:GetParametersByPath'));
    assert.deepEqual([...ssm.Action].sort(), [
      'ssm:GetParameter',
      'ssm:GetParameters',
      'ssm:GetParametersByPath',
    ]);
    assert.equal(ssm.Resource.length, 2);
    assert.match(text(ssm.Resource[0]), /:parameter\/smsjunk\/ci"\]\]\}$/);
    assert.match(text(ssm.Resource[1]), /:parameter\/smsjunk\/ci\/\*"\]\]\}$/);
    // biome-ignore lint/suspicious/noExplicitAny: IAM statements.
    const kms = statements.find((s: any) => text(s.Action).includes('kms:'));
    assert.deepEqual(kms.Action, ['kms:Decrypt']);
    assert.match(text(kms.Condition.StringEquals['kms:ViaService']), /"ssm\."/);
    assert.match(text(kms.Condition.StringLike['kms:EncryptionContext:PARAMETER_ARN']), /smsjunk\/ci\/\*/);
    // Nothing else beyond the framework's own log statements.
    // biome-ignore lint/suspicious/noExplicitAny: IAM statements.
    const others = statements.filter((s: any) => s !== ssm && s !== kms);
    // biome-ignore lint/suspicious/noExplicitAny: IAM statements.
    assert.ok(others.every((s: any) => [s.Action].flat().every((a: string) => a.startsWith('logs:'))));
  });
});
