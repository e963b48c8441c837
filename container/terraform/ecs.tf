resource "aws_ecs_cluster" "this" {
  name = local.name

  setting {
    name  = "containerInsights"
    value = "enabled"
  }
}

resource "aws_cloudwatch_log_group" "app" {
  name              = local.log_group_name
  retention_in_days = var.log_retention_days
}

locals {
  container_definition = {
    name      = local.container_name
    image     = local.image
    essential = true

    portMappings = [
      {
        name          = "http"
        containerPort = local.container_port
        hostPort      = local.container_port
        protocol      = "tcp"
        appProtocol   = "http"
      },
      {
        name          = "metrics"
        containerPort = local.metrics_port
        hostPort      = local.metrics_port
        protocol      = "tcp"
        appProtocol   = "http"
      },
    ]

    environment = [
      { name = "PORT", value = tostring(local.container_port) },
      { name = "SSM_PREFIX", value = local.ssm_prefix },
      { name = "SSM_TTL_SECONDS", value = tostring(var.ssm_ttl_seconds) },
      { name = "TRUSTED_PROXIES", value = local.trusted_proxies },
      { name = "LOG_LEVEL", value = var.log_level },
      { name = "WORKERS", value = tostring(local.workers) },
      { name = "SHUTDOWN_GRACE_MS", value = tostring(local.shutdown_grace_seconds * 1000) },
      # metrics: EMF lines on stdout (awslogs makes them CloudWatch metrics), Prometheus on its own port
      { name = "SERVICE_NAME", value = local.service_name },
      { name = "METRICS_NAMESPACE", value = var.metrics_namespace },
      { name = "METRICS_PORT", value = tostring(local.metrics_port) },
      { name = "EMF_INTERVAL_SECONDS", value = "60" },
    ]

    # SIGTERM, then this long before SIGKILL: more than the server's shutdown grace.
    stopTimeout = local.stop_timeout_seconds

    # An init process as PID 1 forwards SIGTERM to node and reaps zombies.
    linuxParameters = {
      initProcessEnabled = true
    }

    # The server writes nothing to disk; its logs go to stdout.
    readonlyRootFilesystem = true

    logConfiguration = {
      logDriver = "awslogs"
      options = {
        awslogs-group         = aws_cloudwatch_log_group.app.name
        awslogs-region        = data.aws_region.current.name
        awslogs-stream-prefix = "smsjunk"
        # A slow CloudWatch must not block the event loop; the buffer drops lines when full.
        mode            = "non-blocking"
        max-buffer-size = "25m"
      }
    }

    # The same probe as the Dockerfile's HEALTHCHECK (ECS ignores that one).
    healthCheck = {
      command     = ["CMD", "node", "-e", local.health_check_probe]
      interval    = 15
      timeout     = 5
      retries     = 3
      startPeriod = 15
    }
  }
}

resource "aws_ecs_task_definition" "app" {
  family                   = local.name
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = var.task_cpu
  memory                   = var.task_memory
  execution_role_arn       = aws_iam_role.execution.arn
  task_role_arn            = aws_iam_role.task.arn

  # The YARA-X addon in the image is linux-x64-gnu.
  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "X86_64"
  }

  container_definitions = jsonencode([local.container_definition])
}

resource "aws_ecs_service" "app" {
  name                              = local.name
  cluster                           = aws_ecs_cluster.this.id
  task_definition                   = aws_ecs_task_definition.app.arn
  launch_type                       = "FARGATE"
  desired_count                     = var.desired_count
  health_check_grace_period_seconds = 30
  enable_execute_command            = false
  propagate_tags                    = "SERVICE"
  wait_for_steady_state             = true

  deployment_minimum_healthy_percent = 100
  deployment_maximum_percent         = 200

  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }

  network_configuration {
    subnets          = var.private_subnet_ids
    security_groups  = [aws_security_group.tasks.id]
    assign_public_ip = var.assign_public_ip
  }

  load_balancer {
    target_group_arn = aws_lb_target_group.app.arn
    container_name   = local.container_name
    container_port   = local.container_port
  }

  # Auto scaling owns the task count once the service exists.
  lifecycle {
    ignore_changes = [desired_count]
  }

  depends_on = [aws_lb_listener.https]
}
