# Touchline: `make run` materialises everything on the bundled samples; `make test` tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test dev lint validate bench quality clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: install
	$(BIN)/touchline run
	@echo
	@echo "marts.current_staff (first rows):"
	@$(BIN)/touchline sql "select club, squad, coach, role, since, days_in_post from marts.current_staff order by club, squad limit 12"

test: install
	$(BIN)/pytest -q

dev: install
	mkdir -p .dagster_home
	cp dagster.yaml .dagster_home/dagster.yaml  # one DuckDB writer at a time (concurrency pool)
	DAGSTER_HOME=$(CURDIR)/.dagster_home $(BIN)/dagster dev -w workspace.yaml

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

validate: install
	$(BIN)/dagster definitions validate -w workspace.yaml

bench: install
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/sources.py
	$(BIN)/python bench/noise.py
	$(BIN)/python bench/constructions.py

quality: install
	$(BIN)/python bench/quality.py

clean:
	rm -rf data .dagster_home
