"""Throughput and memory benchmark: ``python -m extractor.bench CORPUS.jsonl[.gz]``.

One run prints, over the same article texts:

- jieba.lcut (dictionary warmed first; its load time is excluded): CPU seconds, MB/s;
- the whole pipeline in one process (read the JSONL, extract, write DuckDB to a
  temporary folder): CPU MB/s and its ratio to jieba.lcut (target >= 10x);
- a stage breakdown (read+parse, normalize, extract) and a single-regex floor;
- peak RSS of the pipeline process (target < 300 MB);
- the wall-clock speed-up of ``-j 2`` over ``-j 1``, with the peak memory of the
  parent and of each worker process;
- with ``--memory``, peak RSS over a synthetic JSONL of ``--memory-mb`` MB (200 unless
  told; made by repeating the corpus under new ids, temporary, removed after).

Each measurement runs in a fresh child process, so one tool's memory or warm
caches never count for another.  MB are 10^6 bytes: of article text (UTF-8) for
throughput, of resident memory for peak RSS.
The corpus path comes from the command line or the ``BENCH`` environment
variable; nothing is copied into the repository.

Example: python -m extractor.bench ../shared/bench/corpus.jsonl.gz --limit 2000
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_RATIO = 10.0
TARGET_RSS_MB = 300.0
MEMORY_CORPUS_MB = 200


# --------------------------------------------------------------------------- helpers

def _open_lines(path: str):
    """Binary line iterator over a JSONL file, gzipped or not (streams)."""
    return gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb")


def _texts(path: str, limit: int | None) -> list[str]:
    with _open_lines(path) as handle:
        lines = itertools.islice(handle, limit) if limit else handle
        return [json.loads(line)["text"] for line in lines if line.strip()]


def _peak_rss_mb() -> float:
    from .pipeline import peak_rss_mb

    return peak_rss_mb()


def _report(**values) -> None:
    values["peak_rss_mb"] = _peak_rss_mb()
    print("BENCH-RESULT " + json.dumps(values), flush=True)


# --------------------------------------------------------------------------- workers (child processes)

def _worker_jieba(path: str, limit: int | None) -> None:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    texts = _texts(path, limit)
    t0 = time.process_time()
    jieba.initialize()
    load = time.process_time() - t0
    t0 = time.process_time()
    for text in texts:
        jieba.lcut(text)
    cpu = time.process_time() - t0
    _report(cpu=cpu, load=load, articles=len(texts), bytes=sum(len(t.encode("utf-8")) for t in texts))


def _worker_pipeline(path: str, limit: int | None) -> None:
    from . import pipeline

    _warm()
    rss_ready = _peak_rss_mb()
    with tempfile.TemporaryDirectory(prefix="extractor-bench-") as tmp:
        out = str(Path(tmp) / "bench.duckdb")
        w0, t0 = time.perf_counter(), time.process_time()
        summary = pipeline.run([path], out, "duckdb", limit=limit)
        cpu, wall = time.process_time() - t0, time.perf_counter() - w0
        size = os.path.getsize(out)
    _report(cpu=cpu, wall=wall, articles=summary.articles, errors=summary.errors,
            figures=sum(summary.figures.values()), rss_ready_mb=rss_ready, duckdb_bytes=size)


def _warm() -> None:
    """Load what the first article would load (rules, OpenCC, the org lexicons and
    jieba's dictionary), so that no measurement counts it."""
    from .api import extract

    extract("預熱：某某集团有限公司营收36.57亿元，增长12%，新签项目3个。")


def _worker_stages(path: str, limit: int | None) -> None:
    import regex

    from .api import DEFAULT_KINDS, extract, figure_kinds
    from .figures import build_figures
    from .normalize import normalize
    from .rules import cached_rules

    rules = cached_rules(None)
    kinds = figure_kinds(DEFAULT_KINDS)
    _warm()
    t0 = time.process_time()
    texts = _texts(path, limit)
    read = time.process_time() - t0
    t0 = time.process_time()
    norms = [normalize(t) for t in texts]
    norm = time.process_time() - t0
    t0 = time.process_time()
    for n in norms:
        build_figures(n, rules, kinds, quantities=True)  # as extract() does
    figs = time.process_time() - t0
    del norms
    t0 = time.process_time()
    for t in texts:
        extract(t, kinds=DEFAULT_KINDS - {"org"})
    no_orgs = time.process_time() - t0
    t0 = time.process_time()
    for t in texts:
        extract(t, kinds=DEFAULT_KINDS)
    whole = time.process_time() - t0
    floor = regex.compile(r"\d+(?:\.\d+)?\s*(?:%|万|亿|元|个|家|次)")
    t0 = time.process_time()
    for t in texts:
        for _ in floor.finditer(t):
            pass
    one_regex = time.process_time() - t0
    _report(read=read, normalize=norm, figures=figs, no_orgs=no_orgs, extract=whole, one_regex=one_regex,
            bytes=sum(len(t.encode("utf-8")) for t in texts))


def _worker_jobs(path: str, limit: int | None, jobs: int) -> None:
    """``pipeline.run`` with ``jobs`` worker processes: wall time, and the peak memory
    of the parent and of each worker."""
    from . import pipeline

    with tempfile.TemporaryDirectory(prefix="extractor-bench-") as tmp:
        w0 = time.perf_counter()
        summary = pipeline.run([path], str(Path(tmp) / "jobs.duckdb"), "duckdb", limit=limit, jobs=jobs)
        wall = time.perf_counter() - w0
    _report(wall=wall, articles=summary.articles, workers=sorted(summary.worker_peak_mb.values()))


WORKERS = {"jieba": _worker_jieba, "pipeline": _worker_pipeline, "stages": _worker_stages,
           "jobs1": lambda path, limit: _worker_jobs(path, limit, 1),
           "jobs2": lambda path, limit: _worker_jobs(path, limit, 2)}


def _child(kind: str, path: str, limit: int | None) -> dict:
    cmd = [sys.executable, "-m", "extractor.bench", path, "--worker", kind]
    if limit:
        cmd += ["--limit", str(limit)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH-RESULT "):
            return json.loads(line[len("BENCH-RESULT "):])
    raise RuntimeError(f"bench worker {kind!r} failed (exit {proc.returncode}):\n{proc.stderr[-2000:]}")


# --------------------------------------------------------------------------- -j N and --memory

def _synthetic(path: str, tmp: str, megabytes: int) -> str:
    """A JSONL of ``megabytes`` MB made by repeating the corpus under new ids."""
    target = Path(tmp) / "synthetic.jsonl"
    goal, written, copy = megabytes * 10**6, 0, 0
    with target.open("wb") as dst:
        while written < goal:
            with _open_lines(path) as src:
                for line in src:
                    if not line.strip():
                        continue
                    doc = json.loads(line)
                    doc["id"] = f"{doc.get('id')}#{copy}"
                    data = (json.dumps(doc, ensure_ascii=False) + "\n").encode("utf-8")
                    dst.write(data)
                    written += len(data)
                    if written >= goal:
                        break
            copy += 1
    return str(target)


# --------------------------------------------------------------------------- main

def _mbps(nbytes: int, seconds: float) -> float:
    return nbytes / 1e6 / seconds if seconds > 0 else float("inf")


def _ok(good: bool) -> str:
    return "OK" if good else "MISSED"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m extractor.bench",
        description="Throughput of the pipeline against jieba.lcut, and peak memory.",
        epilog="Example: python -m extractor.bench ../shared/bench/corpus.jsonl.gz --limit 2000",
    )
    parser.add_argument("path", nargs="?", default=None,
                        help="JSONL corpus (.jsonl or .jsonl.gz, fields id/text); default: $BENCH")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (quick run)")
    parser.add_argument("--memory", action="store_true",
                        help=f"also measure peak RSS over a synthetic ~{MEMORY_CORPUS_MB} MB JSONL (temporary)")
    parser.add_argument("--memory-mb", type=int, default=MEMORY_CORPUS_MB, metavar="MB",
                        help="size of that synthetic JSONL (1000 for the 1 GB check of the ingest issue)")
    parser.add_argument("--no-jobs", action="store_true", help="skip the -j 2 vs -j 1 comparison")
    parser.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    path = args.path or os.environ.get("BENCH")
    if not path or not os.path.isfile(path) or not os.access(path, os.R_OK):
        where = repr(path) if path else "none given"
        print(f"bench: no readable corpus ({where}). Pass a JSONL or JSONL.gz file with id/text fields,\n"
              f"  e.g. python -m extractor.bench ../shared/bench/corpus.jsonl.gz  (or set BENCH=...)",
              file=sys.stderr)
        return 2
    if args.limit is not None and args.limit <= 0:
        parser.error("--limit takes a positive number")

    if args.worker:
        WORKERS[args.worker](path, args.limit)
        return 0

    limit_note = f", first {args.limit} articles" if args.limit else ""
    print(f"bench: {path}{limit_note}; each measurement in its own process; MB = 10^6 bytes of UTF-8 text",
          flush=True)
    jb = _child("jieba", path, args.limit)
    nbytes = jb["bytes"]
    jieba_mbps = _mbps(nbytes, jb["cpu"])
    print(f"corpus       {jb['articles']:,} articles, {nbytes / 1e6:.2f} MB of text")
    print(f"jieba.lcut   {jb['cpu']:7.2f} s CPU  {jieba_mbps:6.2f} MB/s   (dictionary load {jb['load']:.2f} s, excluded)",
          flush=True)

    st = _child("stages", path, args.limit)
    annotate = st["no_orgs"] - st["normalize"] - st["figures"]
    orgs = st["extract"] - st["no_orgs"]
    print("stages       CPU s (MB/s), texts in memory, nothing written:")
    for name, sec in (("read gz+JSON", st["read"]), ("normalize", st["normalize"]),
                      ("figures (rules, values)", st["figures"]),
                      ("annotate, relate, checks", annotate), ("orgs", orgs),
                      ("whole extract()", st["extract"])):
        print(f"  {name:26s} {sec:7.2f} s  {_mbps(nbytes, sec):7.1f} MB/s  {100 * sec / st['extract']:4.0f}% of extract")
    print(f"regex floor  {_mbps(nbytes, st['one_regex']):.1f} MB/s for one regex pass over the raw text "
          f"(= {st['one_regex'] and jb['cpu'] / st['one_regex']:.0f}x jieba.lcut)", flush=True)

    pl = _child("pipeline", path, args.limit)
    mbps = _mbps(nbytes, pl["cpu"])
    ratio = jb["cpu"] / pl["cpu"] if pl["cpu"] > 0 else float("inf")
    print(f"pipeline     {pl['cpu']:7.2f} s CPU ({pl['wall']:.2f} s wall; writing and bookkeeping beyond "
          f"extract(): {max(0.0, pl['cpu'] - st['extract'] - st['read']):.2f} s), {pl['articles']:,} articles, "
          f"{pl['figures']:,} figures, {pl['errors']} errors -> DuckDB {pl['duckdb_bytes'] / 1e6:.1f} MB")
    print(f"pipeline {mbps:.1f} MB/s = {ratio:.1f}x jieba.lcut ({jieba_mbps:.2f} MB/s)   "
          f"target >= {TARGET_RATIO:.0f}x: {_ok(ratio >= TARGET_RATIO)}")
    print(f"peak RSS     {pl['peak_rss_mb']:.0f} MB (after imports and rule loading: {pl['rss_ready_mb']:.0f} MB)   "
          f"target < {TARGET_RSS_MB:.0f} MB: {_ok(pl['peak_rss_mb'] < TARGET_RSS_MB)}", flush=True)

    if args.no_jobs:
        print("-j           skipped (--no-jobs)")
    else:
        one, two = _child("jobs1", path, args.limit), _child("jobs2", path, args.limit)
        workers = ", ".join(f"{w:.0f}" for w in two["workers"])
        print(f"-j 2         {two['wall']:.2f} s wall vs -j 1 {one['wall']:.2f} s = {one['wall'] / two['wall']:.2f}x "
              f"speed-up ({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; target >= 1.8x on an idle "
              f"2-core machine); peak RSS: parent {two['peak_rss_mb']:.0f} MB, workers {workers} MB   "
              f"target < {TARGET_RSS_MB:.0f} MB each: "
              f"{_ok(max([two['peak_rss_mb'], *two['workers']]) < TARGET_RSS_MB)}", flush=True)

    if args.memory:
        with tempfile.TemporaryDirectory(prefix="extractor-bench-") as tmp:
            t0 = time.perf_counter()
            synthetic = _synthetic(path, tmp, args.memory_mb)
            size = os.path.getsize(synthetic)
            made = time.perf_counter() - t0
            mem = _child("pipeline", synthetic, None)
        print(f"memory       synthetic JSONL {size / 1e6:.0f} MB ({mem['articles']:,} articles, made in {made:.0f} s, removed): "
              f"peak RSS {mem['peak_rss_mb']:.0f} MB, {_mbps(size, mem['cpu']):.1f} MB/s of JSONL   "
              f"target < {TARGET_RSS_MB:.0f} MB: {_ok(mem['peak_rss_mb'] < TARGET_RSS_MB)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
