# The two set-up commands of the README:
#   make run    install pressner and annotate the sample releases
#   make test   install pressner with its test tools and run the whole test suite
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install dev run test bench wheel lock

# Exact versions: every install goes through the lock file (pyproject.toml has the ranges).
PIP_INSTALL := $(BIN)/pip install -q -c requirements.lock

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip==25.3

install: $(BIN)/python
	$(PIP_INSTALL) -e .

dev: $(BIN)/python
	$(PIP_INSTALL) -e ".[dev]"
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null 2>&1) \
		|| echo "chromium could not be installed: the browser test will be skipped"
	@bash .ci/postgres.sh install

run: install
	$(BIN)/pressner build
	$(BIN)/pressner annotate samples/releases.jsonl -o samples-out.jsonl
	@echo "wrote samples-out.jsonl"

# A throwaway PostgreSQL server (.ci/postgres.sh) for the knowledge-base test, unless
# PRESSNER_KB_POSTGRES_URL already names one; without it that test skips with its reason.
# `make test PYTEST_ARGS="tests/kb -rs"` runs part of the suite the same way.
test: dev
	@export PRESSNER_PG_DIR="$$(mktemp -d -t pressner-pg.XXXXXX)"; \
	url="$${PRESSNER_KB_POSTGRES_URL:-$$(bash .ci/postgres.sh start)}"; \
	[ -n "$$url" ] || echo "PostgreSQL could not be started: the KB PostgreSQL test will be skipped"; \
	PRESSNER_KB_POSTGRES_URL="$$url" $(BIN)/python -m pytest -q -p no:cacheprovider $(PYTEST_ARGS); rc=$$?; \
	bash .ci/postgres.sh stop; exit $$rc

# Both profiles in one run; `make bench JSON=FILE` also writes the figures as JSON.
bench: install
	$(BIN)/python -m extractor.bench $(if $(JSON),--json $(JSON))

# The wheel, with the pipeline data inside (dist/pressner-*.whl).
wheel: $(BIN)/python
	rm -rf build
	$(BIN)/pip wheel -q --no-deps -w dist .

# Re-resolve the lock file after changing the ranges in pyproject.toml: .[dev] (the core,
# every extra, the test and data-build tools) in a fresh venv, then pip freeze.
lock:
	rm -rf .lock-venv && $(PY) -m venv .lock-venv
	.lock-venv/bin/pip install -q --upgrade pip==25.3
	.lock-venv/bin/pip install -q ".[dev]"
	{ sed -n '1,3p' requirements.lock; .lock-venv/bin/pip freeze --exclude-editable | grep -v '^pressner'; } > requirements.lock.new
	mv requirements.lock.new requirements.lock && rm -rf .lock-venv build
