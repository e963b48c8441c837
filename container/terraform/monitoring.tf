# Alarms and a dashboard. Every alarm notifies var.alarm_sns_topic_arn on ALARM and on OK; what
# each one means and what to do first: docs/OPERATIONS.md, "Alarms". The server's own metrics
# come from its EMF lines (namespace var.metrics_namespace, dimension service plus the metric's
# own; names in shared/metrics/catalog.ts).

locals {
  alarm_actions = [var.alarm_sns_topic_arn]
  alb_dims      = { LoadBalancer = aws_lb.this.arn_suffix }
  target_dims   = { LoadBalancer = aws_lb.this.arn_suffix, TargetGroup = aws_lb_target_group.app.arn_suffix }
  service_dims  = { ClusterName = aws_ecs_cluster.this.name, ServiceName = aws_ecs_service.app.name }

  # The server's own metrics: one alarm each, on one series.
  custom_alarms = {
    timeouts = {
      description = "Requests answered 503 timeout (TIMEOUT_MS passed): the tasks cannot keep up or a request is stuck."
      metric      = "ErrorResponses"
      dimensions  = { Status = "503", Code = "timeout" }
      statistic   = "Sum"
      threshold   = 10
      periods     = 3
    }
    throttled = {
      description = "Requests answered 429 too_many_requests (THROTTLE_LIMIT and backlog full): more load than the tasks take."
      metric      = "ErrorResponses"
      dimensions  = { Status = "429", Code = "too_many_requests" }
      statistic   = "Sum"
      threshold   = 50
      periods     = 3
    }
    parameter_store_refresh_failures = {
      description = "Parameter Store reads fail: the tasks serve the last good token, rules and thresholds."
      metric      = "ParameterStoreRefreshes"
      dimensions  = { Result = "failure" }
      statistic   = "Sum"
      threshold   = 3
      periods     = 3
    }
    parameter_store_stale = {
      description = "The Parameter Store values in use are older than five TTLs: changes are not reaching the tasks."
      metric      = "ParameterStoreDataAge"
      dimensions  = {}
      statistic   = "Maximum"
      threshold   = 5 * var.ssm_ttl_seconds
      periods     = 2
    }
    worker_restarts = {
      description = "A server worker died and was replaced (see the log line 'worker died, replacing it')."
      metric      = "WorkerRestarts"
      dimensions  = {}
      statistic   = "Sum"
      threshold   = 0
      periods     = 1
    }
    event_loop_delay = {
      description = "A worker's event loop ran timers over 200 ms late (p99): requests wait behind CPU work."
      metric      = "EventLoopDelay"
      dimensions  = {}
      statistic   = "p99"
      threshold   = 200
      periods     = 3
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "alb_5xx_rate" {
  alarm_name          = "${local.name}-alb-5xx-rate"
  alarm_description   = "More than 1% of requests answered 5xx (by the tasks or by the load balancer) for 3 minutes."
  comparison_operator = "GreaterThanThreshold"
  threshold           = 1
  evaluation_periods  = 3
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions

  metric_query {
    id          = "rate"
    expression  = "100 * (FILL(target, 0) + FILL(elb, 0)) / FILL(requests, 1)"
    label       = "5xx per 100 requests"
    return_data = true
  }
  metric_query {
    id = "target"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "HTTPCode_Target_5XX_Count"
      dimensions  = local.alb_dims
      period      = 60
      stat        = "Sum"
    }
  }
  metric_query {
    id = "elb"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "HTTPCode_ELB_5XX_Count"
      dimensions  = local.alb_dims
      period      = 60
      stat        = "Sum"
    }
  }
  metric_query {
    id = "requests"
    metric {
      namespace   = "AWS/ApplicationELB"
      metric_name = "RequestCount"
      dimensions  = local.alb_dims
      period      = 60
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "target_p99" {
  alarm_name          = "${local.name}-target-p99"
  alarm_description   = "Target response time p99 above var.alarm_p99_seconds for 5 minutes."
  namespace           = "AWS/ApplicationELB"
  metric_name         = "TargetResponseTime"
  dimensions          = local.target_dims
  extended_statistic  = "p99"
  period              = 60
  evaluation_periods  = 5
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.alarm_p99_seconds
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "unhealthy_hosts" {
  alarm_name          = "${local.name}-unhealthy-hosts"
  alarm_description   = "A task fails the load balancer's health check (GET /health) for 3 minutes."
  namespace           = "AWS/ApplicationELB"
  metric_name         = "UnHealthyHostCount"
  dimensions          = local.target_dims
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 3
  comparison_operator = "GreaterThanThreshold"
  threshold           = 0
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "ecs_cpu" {
  alarm_name          = "${local.name}-ecs-cpu"
  alarm_description   = "Service CPU above 85% for 10 minutes: auto scaling is at max_capacity or not keeping up."
  namespace           = "AWS/ECS"
  metric_name         = "CPUUtilization"
  dimensions          = local.service_dims
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 10
  comparison_operator = "GreaterThanThreshold"
  threshold           = 85
  treat_missing_data  = "missing"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "ecs_memory" {
  alarm_name          = "${local.name}-ecs-memory"
  alarm_description   = "Service memory above 85% for 10 minutes: a task may be killed for memory."
  namespace           = "AWS/ECS"
  metric_name         = "MemoryUtilization"
  dimensions          = local.service_dims
  statistic           = "Average"
  period              = 60
  evaluation_periods  = 10
  comparison_operator = "GreaterThanThreshold"
  threshold           = 85
  treat_missing_data  = "missing"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
}

resource "aws_cloudwatch_metric_alarm" "custom" {
  for_each = local.custom_alarms

  alarm_name          = "${local.name}-${replace(each.key, "_", "-")}"
  alarm_description   = each.value.description
  namespace           = var.metrics_namespace
  metric_name         = each.value.metric
  dimensions          = merge({ service = local.service_name }, each.value.dimensions)
  statistic           = startswith(each.value.statistic, "p") ? null : each.value.statistic
  extended_statistic  = startswith(each.value.statistic, "p") ? each.value.statistic : null
  period              = 300
  evaluation_periods  = each.value.periods
  comparison_operator = "GreaterThanThreshold"
  threshold           = each.value.threshold
  treat_missing_data  = "notBreaching"
  alarm_actions       = local.alarm_actions
  ok_actions          = local.alarm_actions
}

resource "aws_cloudwatch_dashboard" "this" {
  dashboard_name = local.name
  dashboard_body = jsonencode({
    widgets = [
      for i, w in [
        { title = "Requests by status (ALB)", metrics = [
          ["AWS/ApplicationELB", "RequestCount", "LoadBalancer", aws_lb.this.arn_suffix, { stat = "Sum" }],
          [".", "HTTPCode_Target_4XX_Count", ".", ".", { stat = "Sum" }],
          [".", "HTTPCode_Target_5XX_Count", ".", ".", { stat = "Sum" }],
          [".", "HTTPCode_ELB_5XX_Count", ".", ".", { stat = "Sum" }],
        ] },
        { title = "Target response time p50 / p99 (s)", metrics = [
          ["AWS/ApplicationELB", "TargetResponseTime", "LoadBalancer", aws_lb.this.arn_suffix, "TargetGroup", aws_lb_target_group.app.arn_suffix, { stat = "p50" }],
          ["...", { stat = "p99" }],
        ] },
        { title = "Classifications by action", metrics = [
          for a in ["junk", "promotion", "transaction", "allow", "none"] :
          [{ expression = "SUM(SEARCH('{${var.metrics_namespace},service,Action,SubAction} service=\"${local.service_name}\" Action=\"${a}\" MetricName=\"Classifications\"', 'Sum', 60))", label = a }]
        ] },
        { title = "Classify duration p50 / p99 (ms)", metrics = [
          [var.metrics_namespace, "ClassifyDuration", "service", local.service_name, { stat = "p50" }],
          ["...", { stat = "p99" }],
        ] },
        { title = "Errors by code (429, 503 timeout, 4xx)", metrics = [
          [{ expression = "SEARCH('{${var.metrics_namespace},service,Status,Code} service=\"${local.service_name}\" MetricName=\"ErrorResponses\"', 'Sum', 60)" }],
        ] },
        { title = "Top rules (hits)", metrics = [
          [{ expression = "SORT(SEARCH('{${var.metrics_namespace},service,Rule} service=\"${local.service_name}\" MetricName=\"RuleHits\"', 'Sum', 300), SUM, DESC, 10)" }],
        ] },
        { title = "Parameter Store: refreshes and data age (s)", metrics = [
          [{ expression = "SEARCH('{${var.metrics_namespace},service,Result} service=\"${local.service_name}\" MetricName=\"ParameterStoreRefreshes\"', 'Sum', 300)" }],
          [var.metrics_namespace, "ParameterStoreDataAge", "service", local.service_name, { stat = "Maximum", yAxis = "right" }],
        ] },
        { title = "ECS CPU / memory (%)", metrics = [
          ["AWS/ECS", "CPUUtilization", "ClusterName", aws_ecs_cluster.this.name, "ServiceName", aws_ecs_service.app.name],
          [".", "MemoryUtilization", ".", ".", ".", "."],
        ] },
        { title = "Healthy / unhealthy tasks, worker restarts", metrics = [
          ["AWS/ApplicationELB", "HealthyHostCount", "LoadBalancer", aws_lb.this.arn_suffix, "TargetGroup", aws_lb_target_group.app.arn_suffix, { stat = "Minimum" }],
          [".", "UnHealthyHostCount", ".", ".", ".", ".", { stat = "Maximum" }],
          [var.metrics_namespace, "WorkerRestarts", "service", local.service_name, { stat = "Sum", yAxis = "right" }],
        ] },
        { title = "Event-loop delay p99 (ms)", metrics = [
          [var.metrics_namespace, "EventLoopDelay", "service", local.service_name, { stat = "p99" }],
        ] },
        ] : {
        type   = "metric"
        x      = (i % 2) * 12
        y      = floor(i / 2) * 6
        width  = 12
        height = 6
        properties = {
          title   = w.title
          region  = data.aws_region.current.name
          view    = "timeSeries"
          stacked = false
          period  = 60
          metrics = w.metrics
        }
      }
    ]
  })
}
