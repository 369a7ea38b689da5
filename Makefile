VENV ?= .venv
PY := $(VENV)/bin/python
PEER ?= ../shared/peer
BENCH ?= ../shared/bench/corpus.jsonl.gz
# The synthetic JSONL that bench streams to check memory stays flat (MB; 0 skips it).
BENCH_MEMORY_MB ?= 1000
# Tests read the seed article only when this folder exists; they skip without it.
SEED ?= ../shared/seed

.PHONY: install run test eval bench clean

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

run: install
	mkdir -p out
	$(VENV)/bin/extractor run corpora/ -o out/news.duckdb

test: install
	SEED_DIR=$(SEED) $(PY) -m pytest

eval: install
	$(VENV)/bin/extractor eval --peer $(PEER) --corpus corpora --variants $(BENCH) --variants-limit 500

bench: install
	$(PY) -m extractor.bench $(BENCH) $(if $(filter-out 0,$(BENCH_MEMORY_MB)),--memory --memory-mb $(BENCH_MEMORY_MB))

clean:
	rm -rf $(VENV) out build *.egg-info
