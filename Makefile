# kiji: `make run` opens the bundled article (`make run ARGS=path/to/folder`: a
# library, or any kiji arguments), `make test` runs the whole suite.
# Both create .venv and install the project (editable, with test extras) first,
# with the dependencies at the versions in constraints.txt (`make lock` renews it).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LOCK   := constraints.txt

.PHONY: install run test bench snapshots golden lock mutate mutation-scores app-loop clean

install: $(STAMP)

$(STAMP): pyproject.toml setup.py $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c $(LOCK) -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/kiji $(ARGS)

test: $(STAMP)
	@command -v tmux >/dev/null || echo "make test: tmux is not installed, so the terminal tests (tests/test_terminal.py) are SKIPPED; install tmux to run them"
	HYPOTHESIS_PROFILE=ci $(BIN)/python -m pytest -q -rs

bench: $(STAMP)
	$(BIN)/python -m benchmarks

snapshots: $(STAMP)
	$(BIN)/python -m pytest -q tests/test_snapshots.py --snapshot-update

golden: $(STAMP)
	KIJI_GOLDEN_UPDATE=1 $(BIN)/python -m pytest -q tests/test_golden.py

# Mutation testing of the core rules (mutmut, [tool.mutmut] in pyproject.toml):
# each group of rules against the fast tests written for it (scripts/mutate.py
# says which). Slow, so not part of `make test`: the README records its scores.
# `make mutate GROUPS=heading` runs one group; results stay in mutants/.
# MUTATE="--sample 100" draws 100 mutants of each group, MUTATE=--open reruns
# what was not killed; `make mutation-scores MUTATE=--survivors` lists survivors.
GROUPS ?=
MUTATE ?=
mutate: $(STAMP)
	nice -n 10 $(BIN)/python scripts/mutate.py run $(MUTATE) $(GROUPS)

mutation-scores: $(STAMP)
	$(BIN)/python scripts/mutate.py scores $(MUTATE)

# The explorer's tests (Pilot and snapshots) N runs in a row, stopping at the
# first failure, to find races (scripts/app_loop.py); COVERAGE=1 runs them
# under coverage's line tracing, LOGS=dir keeps each run's log there.
N ?= 20
COVERAGE ?=
LOGS ?=
app-loop: $(STAMP)
	$(BIN)/python scripts/app_loop.py --runs $(N) $(if $(COVERAGE),--coverage) $(if $(LOGS),--logs $(LOGS))

# The newest versions pyproject.toml allows, resolved in a fresh venv, written
# to constraints.txt; run `make test` on them before committing the new lock.
lock:
	rm -rf $(VENV)-lock
	$(PYTHON) -m venv $(VENV)-lock
	$(VENV)-lock/bin/python -m pip install --quiet --upgrade pip
	$(VENV)-lock/bin/python -m pip install --quiet '.[test]'
	{ echo "# The tested versions of kiji's dependencies: make install installs with these"; \
	  echo "# (pip install -c); pyproject.toml keeps the compatible ranges. Written by make lock."; \
	  $(VENV)-lock/bin/python scripts/freeze.py; } > $(LOCK)
	rm -rf $(VENV)-lock

clean:
	rm -rf $(VENV) $(VENV)-lock build dist *.egg-info .pytest_cache mutants
