output "alb_dns_name" {
  description = "DNS name of the load balancer (point the API's DNS record here)."
  value       = aws_lb.this.dns_name
}

output "alb_zone_id" {
  description = "Route 53 zone id of the load balancer, for an alias record."
  value       = aws_lb.this.zone_id
}

output "cluster_name" {
  description = "ECS cluster name."
  value       = aws_ecs_cluster.this.name
}

output "service_name" {
  description = "ECS service name."
  value       = aws_ecs_service.app.name
}

output "task_definition_arn" {
  description = "The task definition revision this apply deployed."
  value       = aws_ecs_task_definition.app.arn
}

output "image" {
  description = "The image the service runs."
  value       = local.image
}

output "log_group_name" {
  description = "CloudWatch log group of the containers."
  value       = aws_cloudwatch_log_group.app.name
}

output "task_role_arn" {
  description = "Role of the running server (Parameter Store read on ssm_prefix)."
  value       = aws_iam_role.task.arn
}

output "ssm_prefix" {
  description = "The Parameter Store path the server reads."
  value       = local.ssm_prefix
}

output "dashboard_name" {
  description = "CloudWatch dashboard of the service."
  value       = aws_cloudwatch_dashboard.this.dashboard_name
}
