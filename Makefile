# Two commands for a new user:
#   make run    install, start a local Elasticsearch, run one cycle over the bundled demo feeds
#   make test   install, start a local Elasticsearch, run the whole test suite
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
ES_PORT ?= 9200
export ELASTICSEARCH_URL ?= http://127.0.0.1:$(ES_PORT)
PYTEST_ARGS ?=

.PHONY: run run-deps test install system-deps es-start es-stop lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip uv

$(VENV)/.installed: requirements.txt pyproject.toml | $(BIN)/python
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements.txt
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $@

install: $(VENV)/.installed

system-deps:
	@scripts/system-deps.sh test

es-start:
	ES_PORT=$(ES_PORT) scripts/elasticsearch.sh start

es-stop:
	ES_PORT=$(ES_PORT) scripts/elasticsearch.sh stop

run-deps:
	@scripts/system-deps.sh run

run: run-deps install es-start
	$(BIN)/monitor demo

test: system-deps install es-start
	@$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing" >&2; exit 1; fi; exit $$rc

lint: install
	$(BIN)/ruff check monitor dags tests bench
	$(BIN)/mypy monitor dags

bench: install es-start
	$(BIN)/python bench/bench_analyze.py
	$(BIN)/python bench/bench_poll.py
	$(BIN)/python bench/bench_cycle.py
	$(BIN)/python bench/bench_match.py
	$(BIN)/python bench/bench_latency.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
