variable "aws_region" {
  description = "AWS region of the stack."
  type        = string
  default     = "eu-west-1"
}

variable "environment" {
  description = "Environment name (prod, staging, ...): names every resource and the Parameter Store path /smsjunk/<environment>."
  type        = string

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,15}$", var.environment))
    error_message = "environment must be 1-16 lower-case letters, digits or dashes, starting with a letter."
  }
}

# Network: the VPC and its subnets exist already; this stack only uses them.

variable "vpc_id" {
  description = "Id of the VPC the load balancer and the tasks run in."
  type        = string
}

variable "public_subnet_ids" {
  description = "Ids of the subnets of the internet-facing load balancer (at least two availability zones)."
  type        = list(string)

  validation {
    condition     = length(var.public_subnet_ids) >= 2
    error_message = "An application load balancer needs subnets in at least two availability zones."
  }
}

variable "private_subnet_ids" {
  description = "Ids of the subnets the tasks run in (with a NAT gateway or VPC endpoints for ECR, CloudWatch Logs and SSM)."
  type        = list(string)

  validation {
    condition     = length(var.private_subnet_ids) >= 1
    error_message = "The tasks need at least one subnet."
  }
}

variable "assign_public_ip" {
  description = "Give each task a public IP (only for subnets without NAT); normally false."
  type        = bool
  default     = false
}

variable "allowed_ingress_cidrs" {
  description = "IPv4 ranges allowed to reach the load balancer on 80 and 443."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}

# Load balancer

variable "certificate_arn" {
  description = "ARN of the ACM certificate of the HTTPS listener."
  type        = string
}

variable "ssl_policy" {
  description = "TLS policy of the HTTPS listener."
  type        = string
  default     = "ELBSecurityPolicy-TLS13-1-2-2021-06"
}

variable "deletion_protection" {
  description = "Protect the load balancer against deletion."
  type        = bool
  default     = true
}

# Image and task

variable "ecr_repository_name" {
  description = "Name of the existing ECR repository `make release` pushes to."
  type        = string
  default     = "smsjunk"
}

variable "image_tag" {
  description = "Tag of the image to run: the BUILD_NUMBER `make image` and `make release` used."
  type        = string

  validation {
    condition     = var.image_tag != "" && var.image_tag != "latest"
    error_message = "image_tag must name one build (a BUILD_NUMBER), not latest."
  }
}

variable "task_cpu" {
  description = "Fargate task CPU units (1024 = 1 vCPU)."
  type        = number
  default     = 1024
}

variable "task_memory" {
  description = "Fargate task memory in MiB."
  type        = number
  default     = 2048
}

variable "workers" {
  description = "Server worker processes per task; null means one per vCPU of task_cpu (Fargate may report more CPUs than the task may use)."
  type        = number
  default     = null
}

variable "log_level" {
  description = "Server log level (LOG_LEVEL)."
  type        = string
  default     = "INFO"

  validation {
    condition     = contains(["DEBUG", "INFO", "WARN", "ERROR", "CRITICAL", "SILENT"], var.log_level)
    error_message = "log_level must be DEBUG, INFO, WARN, ERROR, CRITICAL or SILENT."
  }
}

variable "log_retention_days" {
  description = "Days CloudWatch Logs keeps the container logs."
  type        = number
  default     = 30
}

variable "ssm_ttl_seconds" {
  description = "How long the server caches Parameter Store values before reloading them (SSM_TTL_SECONDS)."
  type        = number
  default     = 60
}

# Service size and scaling

variable "desired_count" {
  description = "Tasks at creation; auto scaling owns the count afterwards."
  type        = number
  default     = 2
}

variable "min_capacity" {
  description = "Fewest tasks auto scaling keeps running."
  type        = number
  default     = 2
}

variable "max_capacity" {
  description = "Most tasks auto scaling starts."
  type        = number
  default     = 10

  validation {
    condition     = var.max_capacity >= var.min_capacity
    error_message = "max_capacity must not be below min_capacity."
  }
}

variable "cpu_target_percent" {
  description = "Target average CPU utilisation of the service for target tracking."
  type        = number
  default     = 60
}

variable "requests_per_target" {
  description = "Target ALBRequestCountPerTarget: requests per task per minute (120000 = 2000 requests/s)."
  type        = number
  default     = 120000
}

# Metrics, alarms and the dashboard (monitoring.tf)

variable "alarm_sns_topic_arn" {
  description = "SNS topic every alarm notifies (on ALARM and on OK); subscribe the on-call rota to it."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]+$", var.alarm_sns_topic_arn))
    error_message = "alarm_sns_topic_arn must be an SNS topic ARN."
  }
}

variable "metrics_namespace" {
  description = "CloudWatch namespace of the server's EMF metrics (METRICS_NAMESPACE)."
  type        = string
  default     = "smsjunk"
}

variable "metrics_scrape_cidrs" {
  description = "CIDRs allowed to scrape the Prometheus endpoint (METRICS_PORT 9464) of each task; empty: none."
  type        = list(string)
  default     = []
}

variable "alarm_p99_seconds" {
  description = "Target response time p99 (seconds) above which the latency alarm fires."
  type        = number
  default     = 0.5
}
