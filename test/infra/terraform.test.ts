// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are Terraform expressions as hcl2json returns them
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_CONTAINER_CONFIG as DEFAULT_CONFIG,
  loadContainerConfig as loadConfig,
} from '../../container/config.ts';
import { LOG_LEVELS } from '../../shared/config.ts';
import { dimensionsOf, METRICS } from '../../shared/metrics/catalog.ts';
import { secretsSettings } from '../../shared/secrets/settings.ts';
import { APP_DEFAULTS } from './app-defaults.ts';
import { healthcheck, instructions, parseDockerfile } from './dockerfile.ts';
import {
  evaluate,
  expressions,
  type Json,
  loadTerraform,
  resolveLocals,
  type TerraformConfig,
  type Value,
} from './terraform.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tfDir = join(root, 'container/terraform');

let tf: TerraformConfig;
before(async () => {
  tf = await loadTerraform(tfDir);
});

function containerDefinition(): Json {
  const task = tf.resource.aws_ecs_task_definition?.app;
  assert.equal(task?.container_definitions, '${jsonencode([local.container_definition])}');
  return tf.locals.container_definition;
}

function envOf(def: Json): Record<string, string> {
  return Object.fromEntries(
    (def.environment as { name: string; value: string }[]).map((e) => [e.name, e.value]),
  );
}

function taskPolicyStatements(): Json[] {
  return tf.data.aws_iam_policy_document?.task?.statement ?? [];
}

describe('container/terraform', () => {
  const terraform = spawnSync('terraform', ['version'], { encoding: 'utf8' });
  const noTerraform = terraform.status === 0 ? false : 'terraform is not on PATH';
  it('passes terraform fmt -check when terraform is installed', { skip: noTerraform }, () => {
    const r = spawnSync('terraform', ['fmt', '-check', '-diff', '-recursive', tfDir], { encoding: 'utf8' });
    assert.equal(r.status, 0, `terraform fmt -check failed:\n${r.stdout}${r.stderr}`);
  });

  it('serves the port and health path the server defaults to', () => {
    assert.equal(tf.locals.container_port, APP_DEFAULTS.port);
    assert.equal(tf.locals.health_path, APP_DEFAULTS.healthPath);
    const def = containerDefinition();
    assert.deepEqual(
      def.portMappings.map((p: Json) => [p.containerPort, p.hostPort, p.protocol]),
      [
        ['${local.container_port}', '${local.container_port}', 'tcp'],
        ['${local.metrics_port}', '${local.metrics_port}', 'tcp'],
      ],
    );
    assert.equal(envOf(def).PORT, '${tostring(local.container_port)}');

    const tg = tf.resource.aws_lb_target_group?.app;
    assert.equal(tg.port, '${local.container_port}');
    assert.equal(tg.target_type, 'ip');
    const hc = tg.health_check[0];
    assert.equal(hc.path, '${local.health_path}');
    assert.equal(hc.matcher, '200');
    assert.equal(hc.port, 'traffic-port');
    assert.ok(
      hc.interval * hc.unhealthy_threshold <= 60,
      'an unhealthy task leaves the target group within a minute',
    );

    const lb = tf.resource.aws_ecs_service?.app.load_balancer[0];
    assert.equal(lb.container_port, '${local.container_port}');
    assert.equal(lb.container_name, '${local.container_name}');
    assert.equal(def.name, '${local.container_name}');
  });

  it('drains a target for less than the server’s shutdown grace, and ECS waits longer than the grace', () => {
    assert.equal(tf.locals.shutdown_grace_seconds, APP_DEFAULTS.shutdownGraceSeconds);
    const tg = tf.resource.aws_lb_target_group?.app;
    assert.equal(tg.deregistration_delay, '${local.deregistration_delay_seconds}');
    assert.equal(containerDefinition().stopTimeout, '${local.stop_timeout_seconds}');
    const drain = tf.locals.deregistration_delay_seconds as number;
    const stop = tf.locals.stop_timeout_seconds as number;
    assert.ok(
      drain < APP_DEFAULTS.shutdownGraceSeconds,
      `deregistration delay ${drain}s must be under the grace`,
    );
    assert.ok(stop > APP_DEFAULTS.shutdownGraceSeconds, `stopTimeout ${stop}s must exceed the grace`);
    assert.ok(stop <= 120, 'Fargate caps stopTimeout at 120 s');
  });

  it('probes the container health exactly like the Dockerfile HEALTHCHECK', () => {
    const def = containerDefinition();
    assert.deepEqual(def.healthCheck.command.slice(0, 3), ['CMD', 'node', '-e']);
    const probe = resolveLocals(def.healthCheck.command[3], tf.locals);
    const dockerfile = parseDockerfile(readFileSync(join(root, 'container/Dockerfile'), 'utf8'));
    const runtime = dockerfile.stages.at(-1);
    assert.ok(runtime);
    const hc = healthcheck(instructions(runtime, 'HEALTHCHECK')[0] as never);
    assert.notEqual(hc, 'NONE');
    assert.deepEqual(hc === 'NONE' ? [] : hc.command, ['node', '-e', probe]);
  });

  it('limits the task role to reading our Parameter Store path', () => {
    assert.equal(tf.locals.ssm_prefix, '/smsjunk/${var.environment}');
    assert.match(
      tf.locals.ssm_parameter_arn,
      /^arn:\$\{data\.aws_partition\.current\.partition\}:ssm:\$\{data\.aws_region\.current\.name\}:\$\{data\.aws_caller_identity\.current\.account_id\}:parameter\$\{local\.ssm_prefix\}$/,
    );
    const statements = taskPolicyStatements();
    const ssm = statements.filter((s) => s.actions.some((a: string) => a.startsWith('ssm:')));
    assert.equal(ssm.length, 1);
    assert.deepEqual([...ssm[0].actions].sort(), [
      'ssm:GetParameter',
      'ssm:GetParameters',
      'ssm:GetParametersByPath',
    ]);
    assert.deepEqual(ssm[0].resources, ['${local.ssm_parameter_arn}', '${local.ssm_parameter_arn}/*']);
    assert.equal(ssm[0].effect ?? 'Allow', 'Allow');

    const kms = statements.filter((s) => s.actions.some((a: string) => a.startsWith('kms:')));
    assert.equal(kms.length, 1);
    assert.deepEqual(kms[0].actions, ['kms:Decrypt']);
    const conditions = Object.fromEntries(
      kms[0].condition.map((c: Json) => [c.variable, [c.test, c.values]]),
    );
    assert.deepEqual(conditions['kms:ViaService'], [
      'StringEquals',
      ['ssm.${data.aws_region.current.name}.amazonaws.com'],
    ]);
    assert.deepEqual(conditions['kms:EncryptionContext:PARAMETER_ARN'], [
      'StringLike',
      ['${local.ssm_parameter_arn}/*'],
    ]);
    assert.equal(statements.length, ssm.length + kms.length, 'the task role may do nothing else');

    // The task role carries only that document: no managed or other inline policies.
    const policies = Object.values<Json>(tf.resource.aws_iam_role_policy ?? {}).filter(
      (p) => p.role === '${aws_iam_role.task.id}',
    );
    assert.deepEqual(
      policies.map((p) => p.policy),
      ['${data.aws_iam_policy_document.task.json}'],
    );
    const attachments = Object.values<Json>(tf.resource.aws_iam_role_policy_attachment ?? {});
    assert.ok(!attachments.some((a) => String(a.role).includes('aws_iam_role.task')));
  });

  it('lets the execution role pull only our image and write only our log group', () => {
    const statements: Json[] = tf.data.aws_iam_policy_document?.execution?.statement ?? [];
    const wildcard = statements.filter((s) => s.resources.includes('*'));
    assert.deepEqual(
      wildcard.map((s) => s.actions),
      [['ecr:GetAuthorizationToken']],
      'only GetAuthorizationToken has no resource-level permission',
    );
    const pull = statements.find((s) => s.actions.includes('ecr:BatchGetImage'));
    assert.deepEqual(pull?.resources, ['${data.aws_ecr_repository.app.arn}']);
    const logs = statements.find((s) => s.actions.includes('logs:PutLogEvents'));
    assert.deepEqual(logs?.resources, ['${aws_cloudwatch_log_group.app.arn}:*']);
  });

  it('sends the container logs to CloudWatch with the awslogs driver and a retention', () => {
    const log = containerDefinition().logConfiguration;
    assert.equal(log.logDriver, 'awslogs');
    assert.equal(log.options['awslogs-group'], '${aws_cloudwatch_log_group.app.name}');
    assert.equal(log.options['awslogs-region'], '${data.aws_region.current.name}');
    assert.ok(log.options['awslogs-stream-prefix']);
    assert.equal(tf.resource.aws_cloudwatch_log_group?.app.retention_in_days, '${var.log_retention_days}');
    assert.ok(tf.variable.log_retention_days.default > 0);
  });

  it('passes the server its configuration in the environment', () => {
    const env = envOf(containerDefinition());
    assert.deepEqual(Object.keys(env).sort(), [
      'EMF_INTERVAL_SECONDS',
      'LOG_LEVEL',
      'METRICS_NAMESPACE',
      'METRICS_PORT',
      'PORT',
      'SERVICE_NAME',
      'SHUTDOWN_GRACE_MS',
      'SSM_PREFIX',
      'SSM_TTL_SECONDS',
      'TRUSTED_PROXIES',
      'WORKERS',
    ]);
    assert.equal(env.SSM_PREFIX, '${local.ssm_prefix}');
    assert.equal(env.SHUTDOWN_GRACE_MS, '${tostring(local.shutdown_grace_seconds * 1000)}');
    assert.equal(env.TRUSTED_PROXIES, '${local.trusted_proxies}');
    assert.match(tf.locals.trusted_proxies, /data\.aws_subnet\.alb : s\.cidr_block/);
    assert.equal(tf.data.aws_subnet?.alb.for_each, '${toset(var.public_subnet_ids)}');
    assert.deepEqual(tf.resource.aws_lb?.this.subnets, '${var.public_subnet_ids}');
  });

  it('gives the server an environment its own config loader and secrets settings accept', () => {
    // The variables' defaults, plus what a deployment passes (`make deploy`) and what Terraform
    // computes from data sources (two /24 ALB subnets).
    const vars: Record<string, Value> = { environment: 'prod', image_tag: '59' };
    for (const [name, v] of Object.entries<Json>(tf.variable)) {
      if (v.default !== undefined && v.default !== null && !(name in vars)) vars[name] = v.default;
    }
    const overrides = { trusted_proxies: '10.0.0.0/24,10.0.1.0/24', workers: 1 };
    const env = Object.fromEntries(
      Object.entries(envOf(containerDefinition())).map(([k, v]) => [
        k,
        String(evaluate(v, { vars, locals: tf.locals, overrides })),
      ]),
    );
    assert.deepEqual(
      { PORT: env.PORT, SSM_PREFIX: env.SSM_PREFIX, SHUTDOWN_GRACE_MS: env.SHUTDOWN_GRACE_MS },
      { PORT: '5000', SSM_PREFIX: '/smsjunk/prod', SHUTDOWN_GRACE_MS: '25000' },
    );
    const config = loadConfig({ env });
    assert.equal(config.port, DEFAULT_CONFIG.port);
    assert.equal(config.shutdownGraceMs, DEFAULT_CONFIG.shutdownGraceMs);
    assert.equal(config.logLevel, tf.variable.log_level.default);
    assert.deepEqual(config.trustedProxies, ['10.0.0.0/24', '10.0.1.0/24']);
    assert.equal(config.workers, 1);
    const secrets = secretsSettings({ env });
    assert.equal(secrets.prefix, '/smsjunk/prod');
    assert.equal(secrets.ttlMs, Number(env.SSM_TTL_SECONDS) * 1000);
    // Every value the log_level variable accepts is a level the server knows, and the reverse.
    assert.match(tf.variable.log_level.validation[0].condition, /contains\(\[(.*)\], var\.log_level\)/);
    const allowed = /\[(.*)\]/.exec(tf.variable.log_level.validation[0].condition)?.[1]?.match(/[A-Z]+/g);
    assert.deepEqual(allowed, [...LOG_LEVELS]);
  });

  it('terminates TLS with the given certificate and redirects HTTP to HTTPS', () => {
    const lb = tf.resource.aws_lb?.this;
    assert.equal(lb.idle_timeout, '${local.alb_idle_timeout_seconds}');
    assert.ok(
      tf.locals.alb_idle_timeout_seconds < APP_DEFAULTS.keepAliveTimeoutSeconds,
      'the ALB drops idle connections before the server does',
    );
    assert.equal(lb.load_balancer_type, 'application');
    const https = tf.resource.aws_lb_listener?.https;
    assert.deepEqual(
      [https.port, https.protocol, https.certificate_arn],
      [443, 'HTTPS', '${var.certificate_arn}'],
    );
    assert.equal(https.default_action[0].target_group_arn, '${aws_lb_target_group.app.arn}');
    const http = tf.resource.aws_lb_listener?.http;
    assert.deepEqual([http.port, http.protocol], [80, 'HTTP']);
    assert.deepEqual(http.default_action[0].redirect[0], {
      protocol: 'HTTPS',
      port: '443',
      status_code: 'HTTP_301',
    });
  });

  it('lets only the load balancer reach the tasks on the container port, and the given scrapers on the metrics port', () => {
    const ingress = Object.values<Json>(tf.resource.aws_vpc_security_group_ingress_rule ?? {});
    const scrape = tf.resource.aws_vpc_security_group_ingress_rule?.tasks_metrics;
    assert.equal(scrape.for_each, '${toset(var.metrics_scrape_cidrs)}');
    assert.deepEqual([scrape.from_port, scrape.to_port], ['${local.metrics_port}', '${local.metrics_port}']);
    assert.deepEqual(tf.variable.metrics_scrape_cidrs?.default, [], 'no scraper unless given');
    const toTasks = ingress.filter(
      (r) => r.security_group_id === '${aws_security_group.tasks.id}' && r !== scrape,
    );
    assert.equal(toTasks.length, 1);
    assert.equal(toTasks[0].referenced_security_group_id, '${aws_security_group.alb.id}');
    assert.equal(toTasks[0].cidr_ipv4, undefined);
    assert.deepEqual(
      [toTasks[0].from_port, toTasks[0].to_port],
      ['${local.container_port}', '${local.container_port}'],
    );
    const toAlb = ingress.filter((r) => r.security_group_id === '${aws_security_group.alb.id}');
    assert.deepEqual(toAlb.map((r) => r.from_port).sort(), [443, 80]);
    assert.equal(
      tf.resource.aws_ecs_service?.app.network_configuration[0].security_groups[0],
      '${aws_security_group.tasks.id}',
    );
  });

  it('scales the service on CPU and on requests per target between the given bounds', () => {
    const target = tf.resource.aws_appautoscaling_target?.app;
    assert.equal(target.min_capacity, '${var.min_capacity}');
    assert.equal(target.max_capacity, '${var.max_capacity}');
    assert.equal(target.resource_id, 'service/${aws_ecs_cluster.this.name}/${aws_ecs_service.app.name}');
    const metrics = Object.values<Json>(tf.resource.aws_appautoscaling_policy ?? {}).map((p) => {
      assert.equal(p.policy_type, 'TargetTrackingScaling');
      return p.target_tracking_scaling_policy_configuration[0].predefined_metric_specification[0];
    });
    assert.deepEqual(metrics.map((m) => m.predefined_metric_type).sort(), [
      'ALBRequestCountPerTarget',
      'ECSServiceAverageCPUUtilization',
    ]);
    const requests = metrics.find((m) => m.predefined_metric_type === 'ALBRequestCountPerTarget');
    assert.equal(requests.resource_label, '${aws_lb.this.arn_suffix}/${aws_lb_target_group.app.arn_suffix}');
    assert.deepEqual(tf.resource.aws_ecs_service?.app.lifecycle[0].ignore_changes, ['${desired_count}']);
  });

  it('runs the image on Fargate x86-64, which the YARA-X addon is built for', () => {
    const task = tf.resource.aws_ecs_task_definition?.app;
    assert.deepEqual(task.requires_compatibilities, ['FARGATE']);
    assert.equal(task.network_mode, 'awsvpc');
    assert.deepEqual(task.runtime_platform[0], {
      cpu_architecture: 'X86_64',
      operating_system_family: 'LINUX',
    });
    assert.equal(task.task_role_arn, '${aws_iam_role.task.arn}');
    assert.equal(task.execution_role_arn, '${aws_iam_role.execution.arn}');
  });

  it('pins the AWS provider to one major version', () => {
    const providers = tf.terraform.flatMap((t) => t.required_providers ?? []);
    const aws = providers.find((p) => p.aws)?.aws;
    assert.equal(aws?.source, 'hashicorp/aws');
    assert.match(aws?.version, /^~> \d+\.\d+$/);
    assert.ok(tf.terraform.some((t) => typeof t.required_version === 'string'));
  });

  it('refers only to variables, locals, resources and data sources it declares', () => {
    const all = [tf.resource, tf.data, tf.locals, tf.output, tf.provider, tf.variable];
    const exprs = all.flatMap(expressions);
    const missing = new Set<string>();
    for (const e of exprs) {
      // Strip string literals inside expressions, so "a.b" text is not taken for a reference.
      const code = e.replace(/"(?:[^"\\]|\\.)*"/g, '""');
      for (const m of code.matchAll(/(?<![\w.])var\.([a-z0-9_]+)/g)) {
        if (!((m[1] as string) in tf.variable)) missing.add(`var.${m[1]}`);
      }
      for (const m of code.matchAll(/(?<![\w.])local\.([a-z0-9_]+)/g)) {
        if (!((m[1] as string) in tf.locals)) missing.add(`local.${m[1]}`);
      }
      for (const m of code.matchAll(/(?<![\w.])data\.([a-z0-9_]+)\.([a-z0-9_]+)/g)) {
        if (!tf.data[m[1] as string]?.[m[2] as string]) missing.add(`data.${m[1]}.${m[2]}`);
      }
      for (const m of code.matchAll(/(?<![\w.])(aws_[a-z0-9_]+)\.([a-z0-9_]+)/g)) {
        if (!tf.resource[m[1] as string]?.[m[2] as string]) missing.add(`${m[1]}.${m[2]}`);
      }
    }
    assert.deepEqual([...missing], [], 'undeclared references');
    const used = new Set(exprs.flatMap((e) => [...e.matchAll(/var\.([a-z0-9_]+)/g)].map((m) => m[1])));
    assert.deepEqual(
      Object.keys(tf.variable).filter((v) => !used.has(v)),
      [],
      'declared but unused variables',
    );
  });

  it('sends every alarm to the SNS topic given as a variable, on ALARM and on OK', () => {
    assert.equal(tf.variable.alarm_sns_topic_arn?.type, '${string}');
    assert.deepEqual(tf.locals.alarm_actions, ['${var.alarm_sns_topic_arn}']);
    const alarms = tf.resource.aws_cloudwatch_metric_alarm ?? {};
    for (const [name, a] of Object.entries<Json>(alarms)) {
      assert.equal(a.alarm_actions, '${local.alarm_actions}', `${name} alarm_actions`);
      assert.equal(a.ok_actions, '${local.alarm_actions}', `${name} ok_actions`);
    }
  });

  it('alarms on ALB 5xx rate, target p99, unhealthy hosts, ECS CPU and memory', () => {
    const alarms = tf.resource.aws_cloudwatch_metric_alarm ?? {};
    const metricsOf = (a: Json): string[] =>
      a.metric_name
        ? [a.metric_name]
        : (a.metric_query as Json[]).flatMap((q) => q.metric?.map((m: Json) => m.metric_name) ?? []);
    assert.deepEqual(metricsOf(alarms.alb_5xx_rate).sort(), [
      'HTTPCode_ELB_5XX_Count',
      'HTTPCode_Target_5XX_Count',
      'RequestCount',
    ]);
    assert.equal(alarms.target_p99.metric_name, 'TargetResponseTime');
    assert.equal(alarms.target_p99.extended_statistic, 'p99');
    assert.equal(alarms.unhealthy_hosts.metric_name, 'UnHealthyHostCount');
    assert.deepEqual([alarms.ecs_cpu.namespace, alarms.ecs_cpu.metric_name], ['AWS/ECS', 'CPUUtilization']);
    assert.deepEqual(
      [alarms.ecs_memory.namespace, alarms.ecs_memory.metric_name],
      ['AWS/ECS', 'MemoryUtilization'],
    );
    assert.ok(tf.resource.aws_cloudwatch_dashboard?.this, 'a dashboard');
  });

  it("alarms on the server's own metrics by the names and dimensions the server writes", () => {
    const custom = tf.locals.custom_alarms as Record<string, Json>;
    assert.deepEqual(Object.keys(custom).sort(), [
      'event_loop_delay',
      'parameter_store_refresh_failures',
      'parameter_store_stale',
      'throttled',
      'timeouts',
      'worker_restarts',
    ]);
    for (const [name, a] of Object.entries(custom)) {
      const def = METRICS.find((m) => m.name === a.metric);
      assert.ok(def && def.runtime !== 'lambda', `${name}: ${a.metric} is a metric the container writes`);
      assert.deepEqual(
        Object.keys(a.dimensions).sort(),
        dimensionsOf(def).sort(),
        `${name}: the metric's own dimensions`,
      );
    }
    const alarm = tf.resource.aws_cloudwatch_metric_alarm?.custom;
    assert.equal(alarm.for_each, '${local.custom_alarms}');
    assert.equal(alarm.namespace, '${var.metrics_namespace}');
    assert.equal(alarm.dimensions, '${merge({ service = local.service_name }, each.value.dimensions)}');
    const env = envOf(containerDefinition());
    assert.equal(env.SERVICE_NAME, '${local.service_name}');
    assert.equal(env.METRICS_NAMESPACE, '${var.metrics_namespace}');
    assert.equal(env.METRICS_PORT, '${tostring(local.metrics_port)}');
    assert.equal(custom.timeouts.dimensions.Code, 'timeout');
    assert.equal(custom.throttled.dimensions.Code, 'too_many_requests');
    assert.equal(custom.parameter_store_refresh_failures.dimensions.Result, 'failure');
  });

  it('has a section in docs/OPERATIONS.md for every alarm', () => {
    const ops = readFileSync(join(root, 'docs/OPERATIONS.md'), 'utf8');
    const headings = ops
      .split('\n')
      .filter((l) => l.startsWith('### '))
      .join('\n');
    const names = Object.entries<Json>(tf.resource.aws_cloudwatch_metric_alarm ?? {}).flatMap(([key, a]) =>
      key === 'custom'
        ? Object.keys(tf.locals.custom_alarms).map((k) => k.replaceAll('_', '-'))
        : [String(a.alarm_name).replace('${local.name}-', '')],
    );
    assert.ok(names.length >= 11);
    for (const n of names) assert.ok(headings.includes(`\`${n}\``), `no section for ${n}`);
  });
});
