# Cotrain. `make help` lists the targets. Two that matter: `make run` and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-12s %s\n", $$1, $$2}'

$(PY):
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check "uv>=0.13,<0.14"

install: $(PY) ## Install Python packages (from uv.lock) and npm packages (from package-lock.json)
	$(UV) sync --locked --active --quiet
	npm ci --no-audit --no-fund --loglevel=error

static: ## Build the front end into static_build/ (GOV.UK Frontend with Cotrain's brand)
	npm run --silent build

messages: $(PY) ## Compile translations (.po to .mo)
	$(PY) -m training.core.compile_messages

messages-update: ## Add new UI strings to the Welsh catalogue (then translate them)
	$(MANAGE) makemessages -l cy --no-location --no-obsolete -v 0 \
		--ignore=.venv --ignore=node_modules --ignore=static_build --ignore=var --ignore=tests

messages-check: ## Fail when the Welsh catalogue is out of date with the code
	$(PY) -m training.core.check_messages

setup: install static messages ## Install, build, migrate and load the demo data
	$(MANAGE) migrate --no-input -v 0
	$(MANAGE) seed_demo

run: setup ## Set everything up and serve the demo on http://127.0.0.1:8000
	@echo "Serving Cotrain on http://$(HOST):$(PORT)/  (emails: http://$(HOST):$(PORT)/dev/outbox/)"
	$(MANAGE) runserver $(HOST):$(PORT)

worker: ## Run a Celery worker with the beat scheduler (needs CELERY_BROKER_URL)
	$(VENV)/bin/celery -A training worker --beat --loglevel=INFO --concurrency=2

test: install static messages ## Run the whole test suite (browser tests skip if Chromium is missing)
	$(VENV)/bin/pytest -n 2 $(PYTEST_ARGS)

test-fast: install static messages ## Every test but the browser and worker tests, on 2 processes
	$(VENV)/bin/pytest -n 2 -m "not browser and not worker" $(PYTEST_ARGS)

lint: $(PY) ## ruff, the layer contracts, missing migrations, system checks, stale translations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache
	$(MANAGE) check --fail-level WARNING
	$(MANAGE) makemigrations --check --dry-run -v 0
	$(MAKE) --no-print-directory messages-check

format: $(PY) ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

.PHONY: help install static messages messages-update messages-check setup run worker test test-fast lint format
