"""extractor run: -j N equals -j 1 row for row, progress only on a terminal, stable
article identity, replace-never-duplicate, exact decimals in every format, read(),
extract_frame(), the DuckDB views, and the output's schema checks."""
from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import termios
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

import extractor
from extractor import pipeline
from extractor.ingest import content_id
from extractor.output import read
from synth import write_corpus

EXE = str(Path(sys.executable).with_name("extractor"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "in", n=120, seed=1)


def cli(*args, cwd=None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([EXE, *map(str, args)], capture_output=True, text=True, cwd=cwd, **kw)


def sorted_frames(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    out = {}
    for name, frame in tables.items():
        frame = frame.astype(str)
        out[name] = frame.sort_values(list(frame.columns)).reset_index(drop=True)
    return out


# --------------------------------------------------------------------------- -j


@pytest.mark.parametrize("jobs", [2, 3])
def test_jobs_output_identical_row_for_row(corpus, tmp_path, monkeypatch, jobs):
    monkeypatch.setattr(pipeline, "CHUNK_ARTICLES", 3)  # many chunks, finishing out of order
    one = pipeline.run([str(corpus)], str(tmp_path / "one.duckdb"), "duckdb", jobs=1, batch_size=17)
    many = pipeline.run([str(corpus)], str(tmp_path / "many.duckdb"), "duckdb", jobs=jobs, batch_size=17)
    assert (one.articles, one.errors, one.duplicates, one.figures) == \
        (many.articles, many.errors, many.duplicates, many.figures)
    a, b = read(tmp_path / "one.duckdb"), read(tmp_path / "many.duckdb")
    assert set(a) == set(b) >= {"articles", "figures", "errors", "texts"}
    for name in a:  # same rows in the same order
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)
    assert len(a["articles"]) == 126 and len(a["figures"]) > 300


def test_parquet_with_jobs_equals_single(corpus, tmp_path):
    pipeline.run([str(corpus)], str(tmp_path / "p1"), "parquet", jobs=1, batch_size=50)
    pipeline.run([str(corpus)], str(tmp_path / "p2"), "parquet", jobs=2, batch_size=50)
    a, b = read(tmp_path / "p1"), read(tmp_path / "p2")
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)


# --------------------------------------------------------------------------- progress


def _run_on_tty(args, cwd) -> str:
    """Run the CLI with stderr on a pseudo-terminal; return what it drew there."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 120, 0, 0))
    proc = subprocess.Popen([EXE, *map(str, args)], stdout=subprocess.PIPE, stderr=slave, cwd=cwd)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_on_terminal_not_in_pipe_nor_quiet(corpus, tmp_path):
    shown = _run_on_tty(["run", corpus, "-o", tmp_path / "t.duckdb", "-j", "1"], tmp_path)
    assert "extract" in shown and "B/s" in shown and "articles=126" in shown and "errors=3" in shown, shown
    quiet = _run_on_tty(["run", corpus, "-o", tmp_path / "q.duckdb", "-j", "1", "--quiet"], tmp_path)
    assert "B/s" not in quiet and "articles=" not in quiet
    piped = cli("run", corpus, "-o", tmp_path / "p.duckdb", "-j", "1")
    assert "B/s" not in piped.stderr and "articles=" not in piped.stderr
    assert piped.stdout.startswith("126 articles") and piped.returncode == 1  # 3 inputs failed


# --------------------------------------------------------------------------- identity


def test_article_ids_input_id_else_hash_of_source_and_text(corpus, tmp_path):
    pipeline.run([str(corpus)], str(tmp_path / "o.duckdb"), "duckdb")
    t = read(tmp_path / "o.duckdb")
    ids = list(t["articles"]["id"])
    assert ids[:3] == ["a0000", "a0001", "a0002"]
    assert t["articles"]["id"].is_unique
    extra = [json.loads(line) for line in (corpus / "more" / "extra.jsonl").read_text("utf-8").splitlines()
             if line.startswith("{") and line.endswith("}")]
    hashed = [content_id("extra.jsonl", d["text"]) for d in extra if "id" not in d and "text" in d]
    assert len(hashed) == 5 and set(hashed) <= set(ids)
    assert "more/note" in ids  # a text file: its path in the folder
    dup = t["errors"][t["errors"]["stage"] == "identity"]
    assert len(dup) == 1 and "a0001" in dup["reason"].iloc[0]
    # the first a0001 is kept: its title is the one from news.jsonl
    assert t["articles"].set_index("id").loc["a0001", "source"].endswith("news.jsonl:2")


def test_rerun_other_settings_replaces_never_duplicates(corpus, tmp_path):
    out = str(tmp_path / "o.duckdb")
    pipeline.run([str(corpus)], out, "duckdb")
    full = read(out)
    pipeline.run([str(corpus)], out, "duckdb", kinds=frozenset({"money"}))  # another run over the same articles
    only_money = read(out)
    assert len(only_money["articles"]) == len(full["articles"])
    assert set(only_money["figures"]["kind"]) == {"money"}
    assert not only_money["figures"].duplicated(["article_id", "id"]).any()
    assert len(only_money["errors"]) == len(full["errors"])
    assert len(only_money["texts"]) == len(full["texts"])
    pipeline.run([str(corpus)], out, "duckdb")  # and back: equal to the first run
    again = sorted_frames(read(out))
    for name, frame in sorted_frames(full).items():
        pd.testing.assert_frame_equal(frame, again[name], obj=name)


def test_same_command_again_skips_everything(corpus, tmp_path):
    out = tmp_path / "o.duckdb"
    first = cli("run", corpus, "-o", out, "-j", "1")
    second = cli("run", corpus, "-o", out, "-j", "2", "--resume")
    assert first.stdout.startswith("126 articles,")
    assert second.stdout.startswith("0 articles (and 130 input(s) already in the output, skipped)"), second.stdout
    assert second.returncode == 1  # the failed inputs are still failed
    assert len(read(out)["articles"]) == 126


def test_resume_without_an_earlier_run_fails_and_overwrite_starts_afresh(corpus, tmp_path):
    out = tmp_path / "o.duckdb"
    proc = cli("run", corpus, "-o", out, "--resume")
    assert proc.returncode != 0 and "E052" in proc.stderr
    con = duckdb.connect(str(out))
    con.execute("CREATE TABLE leftover AS SELECT 1 AS x")
    con.close()
    cli("run", corpus, "-o", out, "--overwrite", "-q")
    assert "leftover" not in read(out)


def test_output_from_another_schema(corpus, tmp_path):
    out = tmp_path / "o.duckdb"
    con = duckdb.connect(str(out))
    con.execute("CREATE TABLE errors (source VARCHAR, stage VARCHAR, reason VARCHAR)")  # older: no article_id
    con.close()
    pipeline.run([str(corpus)], str(out), "duckdb")
    assert "article_id" in read(out)["errors"].columns
    con = duckdb.connect(str(out))
    con.execute("ALTER TABLE figures ALTER COLUMN value TYPE DOUBLE")
    con.close()
    proc = cli("run", corpus, "-o", out)
    assert proc.returncode != 0 and "E051" in proc.stderr and "--overwrite" in proc.stderr


# --------------------------------------------------------------------------- formats and exact values


def test_exact_decimals_in_every_format(tmp_path):
    src = tmp_path / "in.jsonl"
    text = "全年到位资金22.735亿元，完成目标的114.82%，单价0.0000000001元，规模123456789012345678亿元。"
    src.write_text(json.dumps({"id": "x", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    for fmt, out in (("duckdb", "o.duckdb"), ("parquet", "p"), ("csv", "c"), ("jsonl", "o.jsonl")):
        pipeline.run([str(src)], str(tmp_path / out), fmt)
    con = duckdb.connect(str(tmp_path / "o.duckdb"), read_only=True)
    assert con.execute("SELECT data_type FROM information_schema.columns WHERE table_name = 'figures' "
                   "AND column_name = 'value'").fetchone()[0] == "DECIMAL(38,10)"
    assert con.execute("SELECT value FROM figures WHERE text = '22.735亿元'").fetchone()[0] == Decimal("2273500000")
    con.close()
    assert str(pq.read_schema(next((tmp_path / "p" / "figures").glob("*.parquet"))).field("value").type) \
        == "decimal128(38, 10)"
    csv_text = next((tmp_path / "c" / "figures").glob("*.csv")).read_text("utf-8")
    assert "2273500000" in csv_text and "114.82" in csv_text and "0.0000000001" in csv_text
    assert "2273500000.0" not in csv_text
    doc = json.loads((tmp_path / "o.jsonl").read_text("utf-8").splitlines()[0])
    assert {f["value"] for f in doc["figures"]} >= {"2273500000", "114.82"}
    values = {}
    for out in ("o.duckdb", "p", "c", "o.jsonl"):
        fig = read(tmp_path / out)["figures"]
        values[out] = dict(zip(fig["text"], fig["value"]))
        assert all(isinstance(v, Decimal) for v in fig["value"])
    assert values["o.duckdb"] == values["p"] == values["c"] == values["o.jsonl"]
    assert values["p"]["22.735亿元"] == Decimal("2273500000") and values["p"]["114.82%"] == Decimal("114.82")


def test_a_value_decimal_cannot_hold_is_an_error_row_and_the_summary_says_so(tmp_path):
    src = tmp_path / "in.jsonl"
    text = "投资5亿元，误差只有一千万亿分之一。"  # 1E-13 %: more places than DECIMAL(38,10) has
    src.write_text(json.dumps({"id": "x", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    for fmt, out in (("duckdb", "o.duckdb"), ("jsonl", "o.jsonl")):
        summary = pipeline.run([str(src)], str(tmp_path / out), fmt)
        assert summary.articles == 1 and summary.errors == 0 and summary.unstored == 1
        assert "1 figure value(s) beyond DECIMAL(38,10) (see the errors table)" in summary.line(out)
        tables = read(tmp_path / out)
        assert list(tables["errors"]["source"]) == ["x#f2"]
    assert list(read(tmp_path / "o.duckdb")["figures"]["text"]) == ["5亿元"]


def test_read_same_tables_from_duckdb_parquet_csv(corpus, tmp_path):
    for fmt, out in (("duckdb", "o.duckdb"), ("parquet", "p"), ("csv", "c")):
        pipeline.run([str(corpus)], str(tmp_path / out), fmt, batch_size=40)
    d, p, c = (sorted_frames(read(tmp_path / o)) for o in ("o.duckdb", "p", "c"))
    for name in ("articles", "figures", "errors", "texts"):
        pd.testing.assert_frame_equal(d[name], p[name], obj=name)
        pd.testing.assert_frame_equal(d[name], c[name], obj=name)


def test_extract_frame():
    df = pd.DataFrame({"id": ["n1", "n2", "n3"],
                       "text": ["营收36.57亿元，同比增长12%。", "没有数字。", "新签约项目12个"]})
    figs = extractor.extract_frame(df)
    assert list(figs["article_id"]) == ["n1", "n1", "n3"]
    assert figs["value"].tolist() == [Decimal("3657000000"), Decimal("12"), Decimal("12")]
    assert figs.columns[0] == "article_id" and {"kind", "start", "end", "rule"} <= set(figs.columns)
    other = extractor.extract_frame(df.rename(columns={"text": "body"}).drop(columns="id"), text_col="body")
    assert list(other["article_id"]) == ["0", "0", "2"]  # the index when there is no id column
    with pytest.raises(KeyError):
        extractor.extract_frame(df, text_col="body")


def test_duckdb_views(corpus, tmp_path):
    out = tmp_path / "o.duckdb"
    pipeline.run([str(corpus)], str(out), "duckdb")
    con = duckdb.connect(str(out), read_only=True)
    n_fig = con.execute("SELECT count(*) FROM figures").fetchone()[0]
    row = con.execute("SELECT count(*), count(article_title), min(article_date) FROM claims").fetchone()
    assert row[0] == n_fig and row[1] == n_fig - con.execute(
        "SELECT count(*) FROM figures WHERE article_id = 'more/note'").fetchone()[0]
    assert row[2].startswith("2016-")
    views = {r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    tables = {r[0] for r in con.execute("SHOW TABLES").fetchall()}
    assert ("check_claims" in views) == ("checks" in tables)
    con.close()


def test_views_tolerate_a_checks_table():
    from extractor.output import create_views

    con = duckdb.connect()
    con.execute("CREATE TABLE articles (id VARCHAR, title VARCHAR, date VARCHAR)")
    con.execute("CREATE TABLE figures (article_id VARCHAR, id VARCHAR, text VARCHAR, value DECIMAL(38,10))")
    assert create_views(con) == ["claims"]
    con.execute("CREATE TABLE checks (article_id VARCHAR, id VARCHAR, status VARCHAR, reported VARCHAR)")
    con.execute("INSERT INTO articles VALUES ('a', '标题', '2018-01-02')")
    con.execute("INSERT INTO figures VALUES ('a', 'f1', '114.82%', 114.82)")
    con.execute("INSERT INTO checks VALUES ('a', 'k1', 'inconsistent', 'f1')")
    assert create_views(con) == ["claims", "check_claims"]
    assert con.execute("SELECT article_title, stated_text, stated_value FROM check_claims").fetchone() == \
        ("标题", "114.82%", Decimal("114.82"))
    con.execute("ALTER TABLE checks ADD COLUMN total VARCHAR")
    con.execute("INSERT INTO figures VALUES ('a', 'f2', '21个', 21)")
    con.execute("INSERT INTO checks VALUES ('a', 'k2', 'inconsistent', NULL, 'f2')")  # a breakdown: its total
    create_views(con)
    assert con.execute("SELECT stated_text FROM check_claims WHERE id = 'k2'").fetchone() == ("21个",)


def test_workers_report_their_peak_memory(tmp_path):
    from extractor import pipeline

    one = pipeline.run(["corpora/clean"], str(tmp_path / "one.duckdb"), "duckdb", jobs=1)
    two = pipeline.run(["corpora/clean"], str(tmp_path / "two.duckdb"), "duckdb", jobs=2)
    assert one.worker_peak_mb == {}  # no workers
    assert 1 <= len(two.worker_peak_mb) <= 2
    assert all(10 < mb < 10_000 for mb in two.worker_peak_mb.values())
    assert two.articles == one.articles


def test_encoded_rows_are_the_rows_in_the_duckdb_writers_form():
    """What a worker encodes is what the writer would have made of the dicts:
    one JSON line per row, exact decimals as plain strings, and the summary's counts."""
    import orjson

    from extractor.ingest import RawArticle
    from extractor.output import Batch, encode_rows

    raw = RawArticle(id="a1", text="全年到位资金22.735亿元，完成目标的114.82%，新签约项目17个。", source="s")
    rows, _ = pipeline.process(raw, document=False)
    encoded, _ = pipeline.process(raw, document=False, encode=True)
    assert encoded == encode_rows(rows)
    decoded = [orjson.loads(line) for line in encoded.lines["figures"].splitlines()]
    assert [d["value"] for d in decoded] == [format(f["value"], "f") for f in rows["figures"]]
    assert "2273500000" in [d["value"] for d in decoded]
    assert encoded.lines["figures"].endswith(b"\n") and encoded.lines["figures"].count(b"\n") == len(rows["figures"])
    assert encoded.figure_kinds == tuple(f["kind"] for f in rows["figures"])
    assert encoded.text_bytes == len(raw.text.encode("utf-8"))
    batch = Batch(encoded=True)
    batch.add(pipeline.Item(0, "!x", "d", "x", "input_error"), {"errors": [{"source": "x", "stage": "read",
                                                                              "reason": "r", "article_id": None}]})
    batch.add(pipeline.Item(1, "a1", "d", "s", "ok", "a1"), encoded)
    assert len(batch.lines["errors"]) == 1 and batch.lines["figures"] == [encoded.lines["figures"]]


def test_background_writer_keeps_order_and_stops_at_the_first_failure():
    """Batches are written in order; after a failed write none is written (no gap),
    and the failure reaches the run's thread once."""
    written = []

    class Flaky:
        def write(self, batch):
            if batch == 2:
                raise OSError("disk full")
            written.append(batch)

    bg = pipeline.BackgroundWriter(Flaky())
    with pytest.raises(OSError, match="disk full"):
        for batch in range(6):
            bg.write(batch)
        bg.finish()
    bg.finish()  # raised once already: the finally of a run does not raise it again
    assert written == [0, 1]

    ok = pipeline.BackgroundWriter(type("W", (), {"write": lambda self, b: written.append(b)})())
    for batch in range(10, 20):
        ok.write(batch)
    ok.finish()
    assert written == [0, 1, *range(10, 20)]


def test_encoding_many_rows_or_a_huge_text_stays_small():
    """orjson's bytes hold about 4 KB each whatever their length, and its working memory
    on a huge string is many times the string: rows are copied out one by one, and a huge
    text goes through json.  Same JSON either way."""
    import tracemalloc

    import orjson

    from extractor.output import encode_rows

    figures = [{"article_id": "a", "id": f"f{i}", "kind": "money", "text": "22.735亿元", "start": i, "end": i + 8,
                "value": Decimal("2273500000"), "approx": False} for i in range(20_000)]
    text = "全年到位市外资金22.735亿元，" * 100_000  # 1.7 million characters
    tracemalloc.start()
    try:
        encoded = encode_rows({"figures": figures, "texts": [{"article_id": "a", "text": text}]})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40_000_000, peak  # the lines themselves are about 3 + 5 MB
    lines = encoded.lines["figures"].splitlines()
    assert len(lines) == 20_000 and orjson.loads(lines[7])["value"] == "2273500000"
    assert orjson.loads(encoded.lines["texts"]) == {"article_id": "a", "text": text}


def test_the_duckdb_writer_takes_a_batch_of_row_dicts_too(tmp_path):
    from extractor.ingest import RawArticle
    from extractor.output import Batch, DuckDBWriter

    raw = RawArticle(id="a1", text="营收5亿元，增长12%。", source="s")
    item, rows, _ = pipeline.process_item(0, raw, None, pipeline.DEFAULT_KINDS, None, False)
    batch = Batch()  # not encoded
    batch.add(item, rows)
    writer = DuckDBWriter(tmp_path / "o.duckdb", "run")
    writer.write(batch)
    writer.close()
    con = duckdb.connect(str(tmp_path / "o.duckdb"), read_only=True)
    assert con.execute("select text, value from figures order by start").fetchall() == [
        ("5亿元", Decimal("500000000")), ("12%", Decimal("12"))]
