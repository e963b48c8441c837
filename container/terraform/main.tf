# The smsjunk HTTP server on ECS Fargate behind an application load balancer.
#   ecs.tf          cluster, log group, task definition, service
#   iam.tf          task execution role (image pull, logs) and task role (our Parameter Store path)
#   alb.tf          load balancer, target group, HTTPS listener and HTTP->HTTPS redirect
#   security.tf     security groups: the world -> ALB (80, 443) -> tasks (5000)
#   autoscaling.tf  target tracking on CPU and on requests per target
#   monitoring.tf   alarms (ALB, ECS, the server's own metrics) to an SNS topic, and a dashboard
# The VPC and subnets are inputs; nothing here creates network.

provider "aws" {
  region = var.aws_region

  default_tags {
    tags = {
      Project     = "smsjunk"
      Environment = var.environment
      ManagedBy   = "terraform"
    }
  }
}

data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

data "aws_ecr_repository" "app" {
  name = var.ecr_repository_name
}

# The load balancer's subnets: the server trusts X-Forwarded-For only from these ranges.
data "aws_subnet" "alb" {
  for_each = toset(var.public_subnet_ids)
  id       = each.value
}

locals {
  name = "smsjunk-${var.environment}"

  # The server's defaults (shared/config.ts, shared/middleware/heartbeat.ts): port, heartbeat
  # path, shutdown grace (set explicitly in the task environment as well).
  container_port         = 5000
  metrics_port           = 9464
  service_name           = "smsjunk"
  health_path            = "/health"
  shutdown_grace_seconds = 25

  # Stopping a task: the target group drains it first (deregistration delay, shorter than the
  # grace period), then ECS sends SIGTERM and waits stop_timeout_seconds (longer than the grace
  # period the server takes to finish in-flight requests) before SIGKILL.
  deregistration_delay_seconds = 20
  stop_timeout_seconds         = 30

  # Below the server's keep-alive timeout (65 s), so the ALB never sends a request on a
  # connection the server is just closing (which would be a 502).
  alb_idle_timeout_seconds = 60

  # Parameter Store: the task reads this path and nothing else.
  ssm_prefix         = "/smsjunk/${var.environment}"
  ssm_parameter_arn  = "arn:${data.aws_partition.current.partition}:ssm:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:parameter${local.ssm_prefix}"
  trusted_proxies    = join(",", sort([for s in data.aws_subnet.alb : s.cidr_block]))
  workers            = var.workers != null ? var.workers : max(1, floor(var.task_cpu / 1024))
  image              = "${data.aws_ecr_repository.app.repository_url}:${var.image_tag}"
  log_group_name     = "/ecs/${local.name}"
  container_name     = "app"
  health_check_probe = "fetch('http://127.0.0.1:'+(process.env.PORT||${local.container_port})+'${local.health_path}',{signal:AbortSignal.timeout(3000)}).then(r=>process.exit(r.status===200?0:1),()=>process.exit(1))"
}
