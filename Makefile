# The two set-up commands of the README:
#   make run    install pressner and annotate the sample releases
#   make test   install pressner with its test tools and run the whole test suite
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: install dev run test bench

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip==25.3

install: $(BIN)/python
	$(BIN)/pip install -q -e .

dev: $(BIN)/python
	$(BIN)/pip install -q -e ".[dev]"
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null 2>&1) \
		|| echo "chromium could not be installed: the browser test will be skipped"

run: install
	$(BIN)/pressner build
	$(BIN)/pressner annotate samples/releases.jsonl -o samples-out.jsonl
	@echo "wrote samples-out.jsonl"

test: dev
	$(BIN)/python -m pytest -q -p no:cacheprovider

bench: install
	$(BIN)/python -m extractor.bench
