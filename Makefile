# tidings: the two commands a new user needs are `make run` and `make test` (see README.md).
# Every target is safe to run again: the virtual environment is (re)installed only when pyproject.toml or
# constraints.txt is newer than the stamp file.

PYTHON ?= $(shell command -v python3.11 >/dev/null 2>&1 && echo python3.11 || echo python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED := ../shared
WIKINEWS := $(SHARED)/corpus/wikinews

.DEFAULT_GOAL := help
.PHONY: help run test setup lint typecheck quality docs clean distclean

help:
	@echo "make run        set everything up, then extract events from examples/ and print them"
	@echo "make test       set everything up, then run ruff, mypy, import-linter and pytest"
	@echo "make setup      create $(VENV) and install tidings with its model and dev extras"
	@echo "make lint       ruff check and the import-linter layers contract"
	@echo "make typecheck  mypy on src/tidings"
	@echo "make quality    score extraction on every annotated set (needs $(SHARED))"
	@echo "make docs       regenerate docs/cli.md from the command's --help"
	@echo "make clean      remove caches and test artifacts (keeps $(VENV))"

setup: $(STAMP)

# pip is upgraded before anything else: the pip 23 that a new venv may bring resolves trafilatura without
# lxml_html_clean, and then `import trafilatura` fails.
$(STAMP): pyproject.toml constraints.txt
	@echo "==> setting up $(VENV) with $(PYTHON)"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip
	$(BIN)/python -m pip install -e '.[model,dev]' -c constraints.txt
	touch $@

# Off a terminal (a log, a pipe) rich would wrap the table at 80 columns; give it room.
run: $(STAMP)
	@[ -t 1 ] || export COLUMNS=$${COLUMNS:-160}; \
	echo "$(BIN)/tidings extract --format table examples/*"; \
	$(BIN)/tidings extract --format table examples/*

test: $(STAMP)
	bash scripts/check.sh

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/lint-imports --no-cache

typecheck: $(STAMP)
	$(BIN)/mypy src/tidings

quality: $(STAMP)
	@if [ -d $(SHARED) ]; then \
		echo "== Wikinews dev set"; $(BIN)/tidings eval $(WIKINEWS)/dev.gold.jsonl $(WIKINEWS)/dev.jsonl; \
		for set in more-dev more-dev2 more-dev3 more-dev4 more-dev5 more-dev6 more-dev7 more-check more-fresh more-fresh2 more-fresh3; do \
			echo "== $$set (articles of more.jsonl)"; \
			$(BIN)/tidings eval tests/data/$$set.gold.jsonl $(WIKINEWS)/more.jsonl | sed -n 1,3p; \
		done; \
		echo "== dev articles, second annotator"; \
		$(BIN)/tidings eval tests/data/dev-second-annotator.gold.jsonl $(WIKINEWS)/dev.jsonl | sed -n 1,3p; \
	else \
		echo "quality: $(SHARED) not found next to this checkout; nothing to score"; \
	fi

docs: $(STAMP)
	$(BIN)/python tools/gen_cli_docs.py docs/cli.md

clean:
	rm -rf test-artifacts build dist src/*.egg-info .mypy_cache .ruff_cache .pytest_cache .hypothesis \
		.import_linter_cache
	find src tests tools -name __pycache__ -type d -prune -exec rm -rf {} +

# Also removes the virtual environment; the next `make run` or `make test` builds it again.
distclean: clean
	rm -rf $(VENV)
