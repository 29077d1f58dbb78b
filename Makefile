# `make demo` and `make test` are the README's quick start; each makes its own virtualenv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench screenshots clean

$(BIN)/parley: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/parley

demo: $(BIN)/parley
	rm -f examples/demo.db
	$(BIN)/parley ingest examples/reports --db examples/demo.db
	$(BIN)/parley events --db examples/demo.db

test: $(BIN)/parley
	$(BIN)/ruff check src tests benchmarks docs
	$(BIN)/pytest -q

bench: $(BIN)/parley
	$(BIN)/python benchmarks/extract_speed.py

# docs/*.png for the README, in Debian's headless chromium (/usr/bin/chromium)
screenshots: $(BIN)/parley
	$(BIN)/python docs/screenshots.py

clean:
	rm -rf $(VENV) examples/demo.db
