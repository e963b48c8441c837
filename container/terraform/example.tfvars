# Copy to <environment>.tfvars (for example prod.tfvars) and fill in; `make deploy` passes
# environment and image_tag itself.
aws_region          = "eu-west-1"
vpc_id              = "vpc-0123456789abcdef0"
public_subnet_ids   = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
private_subnet_ids  = ["subnet-0bbbbbbbbbbbbbbb1", "subnet-0bbbbbbbbbbbbbbb2"]
certificate_arn     = "arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-0000-0000-000000000000"
ecr_repository_name = "smsjunk"
min_capacity        = 2
max_capacity        = 10
alarm_sns_topic_arn = "arn:aws:sns:eu-west-1:123456789012:smsjunk-prod-alarms"
