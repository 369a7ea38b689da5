"""--engine dask on a LocalCluster with 2 workers: the tables equal a local run's,
written as a Parquet dataset partitioned by year of publication."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from extractor import pipeline
from extractor.dask_engine import plan_parts, run_dask, year_of
from synth import sorted_tables, write_corpus

distributed = pytest.importorskip("distributed")
EXE = str(Path(sys.executable).with_name("extractor"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "in", n=150, seed=3)


@pytest.fixture(scope="module")
def local(corpus, tmp_path_factory) -> dict[str, pd.DataFrame]:
    out = tmp_path_factory.mktemp("local") / "local.duckdb"
    pipeline.run([str(corpus)], str(out), "duckdb", kinds=frozenset({"money", "percent", "count"}))
    return sorted_tables(out)


def test_year_of():
    assert [year_of(d) for d in ("2018-11-03", "2016年2月26日", None, "", "11/03/2018", "20181")] == \
        ["2018", "2016", "unknown", "unknown", "unknown", "unknown"]


def test_large_jsonl_cut_on_line_boundaries(corpus):
    parts = plan_parts([str(corpus)], block_bytes=4096)
    news = [p for p in parts if p.source.endswith("news.jsonl")]
    assert len(news) > 3
    assert news[0].start == 0 and news[0].first_line == 1
    for a, b in zip(news, news[1:]):
        assert a.end == b.start
    data = (corpus / "news.jsonl").read_bytes()
    assert news[-1].end == len(data)
    for p in news:
        assert data[:p.start].count(b"\n") + 1 == p.first_line
        assert p.start == 0 or data[p.start - 1:p.start] == b"\n"


def test_dask_local_cluster_equals_local_run(corpus, local, tmp_path):
    out = tmp_path / "dask"
    kinds = frozenset({"money", "percent", "count"})
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        summary = run_dask([str(corpus)], str(out), "parquet", kinds, scheduler=cluster.scheduler_address,
                           block_bytes=4096)
    assert summary.articles == len(local["articles"]) == 156
    got = sorted_tables(out)
    assert set(got) == set(local)
    for name, frame in local.items():
        pd.testing.assert_frame_equal(frame, got[name], obj=name)
    years = {p.name for p in (out / "figures").iterdir()}
    assert {"year=2016", "year=2017", "year=2018", "year=2019"} <= years
    f2017 = pq.ParquetDataset(out / "figures" / "year=2017").read().column("article_id").to_pylist()
    dates = local["articles"].set_index("id")["date"]
    assert f2017 and all(dates[a].startswith("2017") for a in f2017)
    assert str(pq.read_schema(next((out / "figures").rglob("*.parquet"))).field("value").type) == "decimal128(38, 10)"


def test_cli_engine_dask_own_local_cluster(corpus, local, tmp_path):
    out = tmp_path / "viacli"
    proc = subprocess.run([EXE, "run", str(corpus), "-o", str(out), "--engine", "dask", "-j", "2",
                           "--kinds", "money,percent,count"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr  # the corpus has failing inputs
    assert proc.stdout.startswith("156 articles"), proc.stdout
    got = sorted_tables(out)
    for name, frame in local.items():
        pd.testing.assert_frame_equal(frame, got[name], obj=name)


def test_dask_refuses_duckdb_output(corpus, tmp_path):
    proc = subprocess.run([EXE, "run", str(corpus), "-o", str(tmp_path / "o.duckdb"), "--engine", "dask"],
                          capture_output=True, text=True)
    assert proc.returncode != 0 and "E054" in proc.stderr


def test_dask_counts_a_value_decimal_cannot_hold_as_a_local_run_does(tmp_path):
    src = tmp_path / "in.jsonl"
    text = "投资5亿元，误差只有一千万亿分之一。"  # 1E-13 %: more places than DECIMAL(38,10) has
    src.write_text(json.dumps({"id": "x", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        summary = run_dask([str(src)], str(tmp_path / "dask"), "parquet", scheduler=cluster.scheduler_address)
    local = pipeline.run([str(src)], str(tmp_path / "o.duckdb"), "duckdb")
    assert summary.unstored == local.unstored == 1
    assert summary.line("dask").split(" -> ")[0] == local.line("o.duckdb").split(" -> ")[0]
