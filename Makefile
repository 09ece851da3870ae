# Two commands do everything on a fresh Debian machine with Python 3.11: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export NO_MKDOCS_2_WARNING := 1

.PHONY: install test-tools site serve test test-fast check lint clean

$(STAMP): pyproject.toml .ci/system-deps
	.ci/system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

node_modules/.package-lock.json: package.json package-lock.json
	.ci/system-deps --test
	npm ci --no-audit --no-fund

## What only the tests need: Debian's Chromium and axe-core from npm (never a browser download).
test-tools: install node_modules/.package-lock.json
	.ci/system-deps --test

## Build the whole site into site/ (German at the root, Dutch under site/nl/) with both PDFs in site/pdf/.
site: install
	$(BIN)/manual build

## Live preview while editing a record or page: without PDFs, re-rendering only the pages an edit changes.
serve: install
	MANUAL_PDF=false $(BIN)/mkdocs serve --livereload --dirty --no-strict

## Check every record without building (file:line: field: message).
check: install
	$(BIN)/manual check

lint: install
	$(BIN)/ruff check plugins tests bench
	$(BIN)/ruff format --check plugins tests bench
	$(BIN)/mypy

## Run every test: lint, type check, unit tests of the core, end-to-end builds, PDFs and browser checks.
test: lint test-tools
	$(BIN)/pytest

## The unit layer only: no site build, PDF, browser or server (tests marked `slow` are left out).
test-fast: lint
	$(BIN)/pytest -m "not slow"

clean:
	rm -rf site .site-staging .site-previous docs/manual node_modules
