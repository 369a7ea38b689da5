VENV ?= .venv
PY := $(VENV)/bin/python
PEER ?= ../shared/peer
BENCH ?= ../shared/bench/corpus.jsonl.gz
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
	$(PY) -m extractor.bench $(BENCH)

clean:
	rm -rf $(VENV) out build *.egg-info
