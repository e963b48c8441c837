# smsjunk: build, test, container image, release and deploy.
#   make help                                  list the targets
#   make image REGISTRY_REPO=<ecr-url> BUILD_NUMBER=59
#   make release REGISTRY_REPO=<ecr-url> BUILD_NUMBER=59
#   make deploy ENVIRONMENT=prod BUILD_NUMBER=59

# Build stamp, read by build.mjs (and passed into the image as build args).
# (evaluated once, so every command of one make run sees the same stamp)
ifndef BUILD_DATE
BUILD_DATE := $(shell date -u '+%Y-%m-%dT%H:%M:%SZ')
endif
ifndef BUILD_HASH
BUILD_HASH := $(shell git rev-parse --short HEAD 2>/dev/null || echo unknown)
endif
BUILD_NUMBER ?=
# If we don't set the build number it defaults to dev
ifeq ($(BUILD_NUMBER),)
BUILD_NUMBER := dev
endif

NPM       ?= npm
NPX       ?= npx
DOCKER    ?= docker
TERRAFORM ?= terraform

# The image repository (ECR URL). `make image` falls back to a local name without it;
# `make release` and `make deploy` need it.
REGISTRY_REPO   ?=
IMAGE           := $(if $(REGISTRY_REPO),$(REGISTRY_REPO),smsjunk)
DOCKERFILE      := container/Dockerfile
# The YARA-X addon in the image is linux-x64-gnu: build for amd64 even on an arm64 laptop.
DOCKER_PLATFORM ?= linux/amd64

# Terraform for the ECS stack: one var file and one backend config per environment.
ENVIRONMENT       ?= prod
TF_DIR            := container/terraform
TF_VAR_FILE       ?= $(ENVIRONMENT).tfvars
TF_BACKEND_CONFIG ?= $(ENVIRONMENT).s3.tfbackend
TF_PLAN           := .terraform/smsjunk-$(ENVIRONMENT)-$(BUILD_NUMBER).tfplan

# Serverless (osls) stage for the Lambda package.
STAGE ?= dev

.DEFAULT_GOAL := help
.PHONY: help build test lint image release deploy package offline bench clean

help: ## list the targets
	@echo 'Usage: make <target> [BUILD_NUMBER=n] [REGISTRY_REPO=url] [ENVIRONMENT=env]'
	@echo
	@awk 'BEGIN {FS = ":.*## "} /^[a-z][a-z-]*:.*## / {printf "  %-10s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

build: ## build dist/ (container and Lambda bundles), stamped with BUILD_NUMBER, date and git hash
	BUILD_NUMBER='$(BUILD_NUMBER)' BUILD_DATE='$(BUILD_DATE)' BUILD_HASH='$(BUILD_HASH)' $(NPM) run build

test: ## type-check, build and run the whole test suite
	$(NPM) test

lint: ## Biome lint and format check
	$(NPM) run lint

image: ## docker build the container image, tagged BUILD_NUMBER and latest
	$(DOCKER) build -f $(DOCKERFILE) --platform $(DOCKER_PLATFORM) \
		--build-arg BUILD_NUMBER='$(BUILD_NUMBER)' \
		--build-arg BUILD_HASH='$(BUILD_HASH)' \
		--build-arg BUILD_DATE='$(BUILD_DATE)' \
		-t $(IMAGE):$(BUILD_NUMBER) -t $(IMAGE):latest .

release: ## docker push both tags to REGISTRY_REPO (log in first: aws ecr get-login-password | docker login ...)
	$(if $(REGISTRY_REPO),,$(error REGISTRY_REPO is not set: make release REGISTRY_REPO=<account>.dkr.ecr.<region>.amazonaws.com/smsjunk))
	$(DOCKER) push $(REGISTRY_REPO):$(BUILD_NUMBER)
	$(DOCKER) push $(REGISTRY_REPO):latest

deploy: ## terraform plan the ECS stack with image_tag=BUILD_NUMBER, then apply exactly that plan
	$(if $(filter dev,$(BUILD_NUMBER)),$(error make deploy needs the BUILD_NUMBER of a released image, not "dev"))
	$(TERRAFORM) -chdir=$(TF_DIR) init -input=false -backend-config=$(TF_BACKEND_CONFIG)
	$(TERRAFORM) -chdir=$(TF_DIR) plan -input=false -var-file=$(TF_VAR_FILE) \
		-var 'environment=$(ENVIRONMENT)' -var 'image_tag=$(BUILD_NUMBER)' -out=$(TF_PLAN)
	$(TERRAFORM) -chdir=$(TF_DIR) apply -input=false $(TF_PLAN)

package: ## package the Lambda function with osls (serverless) for STAGE
	$(NPM) run build
	$(NPX) osls package --stage $(STAGE)

offline: ## run the Lambda API locally with serverless-offline
	$(NPM) run offline

bench: ## build and run the benchmarks (bench/*.mjs; bench/http.mjs needs wrk)
	$(NPM) run bench

clean: ## remove build output, packages and benchmark results
	rm -rf dist .serverless bench/results
