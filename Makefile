# kiji: `make run` opens the bundled article (`make run ARGS=path/to/folder`: a
# library, or any kiji arguments), `make test` runs the whole suite.
# Both create .venv and install the project (editable, with test extras) first.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test bench snapshots golden clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/kiji $(ARGS)

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m benchmarks

snapshots: $(STAMP)
	$(BIN)/python -m pytest -q tests/test_snapshots.py --snapshot-update

golden: $(STAMP)
	KIJI_GOLDEN_UPDATE=1 $(BIN)/python -m pytest -q tests/test_golden.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
