terraform {
  # 1.9: variable validations that refer to other variables; 1.10: S3 native state locking.
  required_version = ">= 1.10.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.80"
    }
  }

  # State lives in S3 (with native S3 locking). Partial configuration: bucket, key and region
  # come from a per-environment file at init time, for example
  #   terraform -chdir=container/terraform init -backend-config=prod.s3.tfbackend
  # (see example.s3.tfbackend; `make deploy` does this).
  backend "s3" {}
}
