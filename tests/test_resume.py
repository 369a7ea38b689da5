"""Crash safety: SIGKILL the run at seeded random points, run the same command
again, and the tables are those of an uninterrupted run; no article missing or
duplicated in any table, after every kill as at the end."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from synth import sorted_tables, write_corpus

EXE = str(Path(sys.executable).with_name("extractor"))
KILLS = 10
SEED = 20261130


def command(corpus: Path, out: Path, jobs: int) -> list[str]:
    return [EXE, "run", str(corpus), "-o", str(out), "-j", str(jobs), "--batch-size", "7", "-q",
            "--kinds", "money,percent,count"]


def check_consistent(path: Path) -> int:
    """Whole batches only: every committed article has its rows in every table, once."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        articles = one("SELECT count(*) FROM articles")
        assert one("SELECT count(DISTINCT id) FROM articles") == articles
        assert one("SELECT count(*) FROM texts") == articles
        assert one("SELECT count(DISTINCT article_id) FROM texts") == articles
        assert one("SELECT count(*) FROM figures f ANTI JOIN articles a ON a.id = f.article_id") == 0
        assert one("SELECT count(*) - count(DISTINCT (article_id, id)) FROM figures") == 0
        assert one("SELECT sum(figures) FROM articles") in (None, one("SELECT count(*) FROM figures"))
        assert one("SELECT count(*) - count(DISTINCT source) FROM errors WHERE article_id IS NULL") == 0
        assert one("SELECT count(*) FROM _progress WHERE status = 'ok'") == articles
        assert one("SELECT count(*) - count(DISTINCT seq) FROM _progress") == 0
        return articles
    finally:
        con.close()


def kill_group(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGKILL)  # the run and its worker processes
    proc.wait()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "in", n=300, seed=7)


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory) -> tuple[dict[str, pd.DataFrame], float, float]:
    """The uninterrupted run's tables, its time, and the start-up time of a run with nothing to do."""
    folder = tmp_path_factory.mktemp("ref")
    (folder / "empty.jsonl").write_text("", encoding="utf-8")
    t0 = time.monotonic()
    subprocess.run(command(folder / "empty.jsonl", folder / "empty.duckdb", 1), capture_output=True)
    startup = time.monotonic() - t0
    out = folder / "ref.duckdb"
    t0 = time.monotonic()
    proc = subprocess.run(command(corpus, out, 1), capture_output=True, text=True)
    elapsed = time.monotonic() - t0
    assert proc.returncode == 1, proc.stderr  # exit 1: the synthetic corpus has failing inputs
    return sorted_tables(out), elapsed, startup


def test_sigkill_at_random_points_then_resume(corpus, reference, tmp_path):
    expected, elapsed, startup = reference
    total = len(expected["articles"])
    rng = random.Random(SEED)
    kills, outputs, attempt, mid_run = 0, 0, 0, 0
    out = tmp_path / "run0.duckdb"
    # at least KILLS kills, and on until a third of them hit a partly written output: the
    # window is timed on this machine, whose load may change while the test runs
    while kills < KILLS or mid_run < KILLS // 3:
        attempt += 1
        assert attempt < 80, f"{kills} kills in {attempt} runs, {mid_run} of them mid-run"
        jobs = rng.choice([1, 1, 2])
        proc = subprocess.Popen(command(corpus, out, jobs), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, start_new_session=True)
        try:
            proc.wait(timeout=rng.uniform(0.8 * startup, max(startup + 0.3, elapsed)))
        except subprocess.TimeoutExpired:
            kill_group(proc)
            kills += 1
            if out.exists():
                mid_run += 0 < check_consistent(out) < total
            continue
        assert proc.returncode == 1, proc.stderr.read()
        # Finished before its kill: it must equal the uninterrupted run; go on with a new output.
        got = sorted_tables(out)
        for name, frame in expected.items():
            pd.testing.assert_frame_equal(frame, got[name], obj=name)
        outputs += 1
        out = tmp_path / f"run{outputs}.duckdb"
    # Resume the last one to the end (the same command; --resume when it has committed something).
    resume = ["--resume"] if out.exists() and check_consistent(out) else []
    proc = subprocess.run(command(corpus, out, 2) + resume, capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    got = sorted_tables(out)
    assert set(got) == set(expected)
    for name, frame in expected.items():
        pd.testing.assert_frame_equal(frame, got[name], obj=name)
    assert check_consistent(out) == total == 306
    assert kills >= KILLS and mid_run >= KILLS // 3
