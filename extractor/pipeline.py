"""The batch run: inputs -> per-article extraction -> writer, with a summary.

``process(raw)`` is the one pure, picklable per-article function; the local
run calls it in this process (``jobs=1``) or in a standard-library process
pool (``jobs=N``, chunks of articles, results taken back in input order, a
bounded number of chunks in flight so memory stays flat), and the Dask engine
(``dask_engine.py``) calls it over partitions. Whatever N, the batches and
their rows are the same, in the same order.

Every input item gets a ``seq`` (its place in the input stream), a ``key``
(its article id, or ``!source`` for an input that gave no article) and a
``digest`` of what was read; the DuckDB writer commits them with each batch,
and a run started again skips the items it finds committed with the same
digest (see ``output.py``). Within one run the first article read with an id
wins; a later one with the same id is an error row (stage ``identity``).
"""
from __future__ import annotations

import hashlib
import itertools
import json
import os
import sys
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from .api import DEFAULT_KINDS, extract
from .errors import InputError, OutputError
from .idset import IdSet
from .ingest import RawArticle, input_size, read_inputs
from .output import Batch, Encoded, Item, encode_rows, open_writer
from .tables import article_row, check_rows, figure_rows, org_rows

BATCH_ARTICLES = 200  # input items per committed batch (one transaction; more costs memory, fewer costs speed)
CHUNK_ARTICLES = 16  # articles per task sent to a worker process
CHUNK_BYTES = 1 << 20  # ... or fewer when they are long
WINDOW_PER_JOB = 4  # chunks in flight per worker process

Rows = dict[str, list[dict[str, Any]]]


@dataclass
class Summary:
    articles: int = 0
    errors: int = 0
    duplicates: int = 0
    skipped: int = 0  # items already committed by an earlier start of this run
    figures: Counter = field(default_factory=Counter)
    orgs: int = 0
    checks: Counter = field(default_factory=Counter)  # by status
    unstored: int = 0  # figures whose value DECIMAL(38,10) cannot hold: a row in errors each
    worker_peak_mb: dict = field(default_factory=dict)  # -j N: each worker's peak RSS, by pid

    def count(self, rows: Rows | Encoded) -> None:
        """An article done: its figures by kind, orgs and checks by status."""
        self.articles += 1
        if isinstance(rows, Encoded):
            self.figures.update(rows.figure_kinds)
            self.orgs += rows.orgs
            self.checks.update(rows.check_statuses)
            self.unstored += rows.unstored
        else:
            self.figures.update(f["kind"] for f in rows.get("figures", ()))
            self.orgs += len(rows.get("orgs", ()))
            self.checks.update(c["status"] for c in rows.get("checks", ()))
            self.unstored += len(rows.get("errors", ()))

    def line(self, output: str) -> str:
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.figures.items())) or "none"
        problems = ([f"{self.errors} input(s) failed"] if self.errors else []) + (
            [f"{self.unstored} figure value(s) beyond DECIMAL(38,10)"] if self.unstored else [])
        failed = f"{', '.join(problems)} (see the errors table)" if problems else "no errors"
        dups = f"; {self.duplicates} duplicate id(s) skipped" if self.duplicates else ""
        resumed = f" (and {self.skipped} input(s) already in the output, skipped)" if self.skipped else ""
        claims = ", ".join(f"{n} {k}" for k, n in sorted(self.checks.items()))
        extra = f", {self.orgs} orgs, {sum(self.checks.values())} checks ({claims})" if self.orgs or self.checks else ""
        return (f"{self.articles} articles{resumed}, {sum(self.figures.values())} figures ({kinds}){extra}; "
                f"{failed}{dups} -> {output}")


def process(raw: RawArticle, kinds=DEFAULT_KINDS, rules=None, document: bool = True,
            spacy_model: str | None = None, encode: bool = False) -> tuple[Rows | Encoded, dict | None]:
    """One article -> (rows for each table, its JSON document, or None when not ``document``).

    Pure and picklable, so a process pool or a Dask partition can call it.
    ``spacy_model``: an installed spaCy pipeline whose ORG entities join the org candidates.
    ``encode``: the rows come as ``Encoded`` JSON lines (what the DuckDB writer reads)."""
    extra = ()
    if spacy_model and "org" in kinds:
        from .components import model_orgs

        extra = model_orgs(spacy_model, raw.text)
    article = extract(raw.text, raw.id, kinds=kinds, rules=rules, metadata=raw.metadata, extra_orgs=extra)
    figures, errors = figure_rows(article)
    for e in errors:
        e["article_id"] = article.id
    rows = {
        "articles": [article_row(article, raw.source)],
        "figures": figures,
        "errors": errors,
        "texts": [{"article_id": article.id, "text": raw.text}],
        "orgs": org_rows(article),
        "checks": check_rows(article),
    }
    return encode_rows(rows) if encode else rows, article.to_dict() if document else None


# --------------------------------------------------------------------------- items


def digest_of(item: RawArticle | InputError) -> str:
    """What was read, hashed: an item whose digest changed is processed again."""
    h = hashlib.sha1()
    if isinstance(item, InputError):
        parts = ("!", item.source, item.stage, item.reason)
    else:
        meta = json.dumps(item.metadata, ensure_ascii=False, sort_keys=True, default=str)
        parts = (item.id, item.source, item.text, meta)
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def error_outcome(seq: int, digest: str, source: str, stage: str, reason: str, status: str = "input_error"):
    row = {"source": source, "stage": stage, "reason": reason, "article_id": None}
    return Item(seq, "!" + source, digest, source, status), {"errors": [row]}, None


def process_item(seq: int, raw: RawArticle, digest: str | None, kinds, rules, document: bool = True,
                 spacy_model: str | None = None, encode: bool = False) -> tuple[Item, Rows | Encoded, dict | None]:
    """``process`` with the one broad catch: a failing article becomes an error row.
    ``digest`` None: hashed here (in the worker, not in the parent that feeds them all)."""
    if digest is None:
        digest = digest_of(raw)
    try:
        rows, doc = process(raw, kinds, rules, document, spacy_model, encode)
    except Exception as exc:  # the one broad catch: per article, recorded
        row = {"source": raw.source, "stage": "extract", "reason": f"{type(exc).__name__}: {exc}",
               "article_id": raw.id}
        return Item(seq, raw.id, digest, raw.source, "failed", raw.id), {"errors": [row]}, None
    return Item(seq, raw.id, digest, raw.source, "ok", raw.id), rows, doc


def process_chunk(tasks: list[tuple], kinds, rules, document: bool = True, spacy_model: str | None = None,
                  encode: bool = False) -> list[tuple[Item, Rows | Encoded, dict | None, int]]:
    """A worker's task: ``("do", seq, raw, digest, size)`` items are processed, the
    others (``("done", outcome, size)``: input errors, duplicates, skips) pass through."""
    out = []
    for task in tasks:
        if task[0] == "do":
            _, seq, raw, digest, size = task
            out.append((*process_item(seq, raw, digest, kinds, rules, document, spacy_model, encode), size))
        else:
            _, outcome, size = task
            out.append((*outcome, size))
    return out


def plan(items: Iterable[RawArticle | InputError], committed: dict[int, tuple[str, str]]) -> Iterator[tuple]:
    """Input items -> tasks, in order: what to process, what is already done.

    ``committed``: ``seq -> (digest, status)`` of the items an earlier start of
    this run committed; those are skipped (``outcome`` None)."""
    seen = IdSet()  # (8 bytes an id: a stream of millions of articles)
    for seq, item in enumerate(items):
        done = committed.get(seq)
        # Hashed here only when compared with what was committed; the rest are hashed by process_item.
        digest = digest_of(item) if done is not None or not isinstance(item, RawArticle) or item.id in seen else None
        size = (item.size or len(item.text.encode("utf-8", "surrogatepass"))) if isinstance(item, RawArticle) else 0
        if done is not None and done[0] == digest:
            if isinstance(item, RawArticle):
                seen.add(item.id)
            yield ("done", ("skip", done[1], None), size)
        elif isinstance(item, InputError):
            yield ("done", error_outcome(seq, digest, item.source, item.stage, item.reason), size)
        elif item.id in seen:
            yield ("done", error_outcome(seq, digest, item.source, "identity",
                                         f"duplicate article id {item.id!r}; the first one read is kept",
                                         "duplicate"), size)
        else:
            seen.add(item.id)
            yield ("do", seq, item, digest, size)


def chunked(tasks: Iterator[tuple], size: int = CHUNK_ARTICLES, max_bytes: int = CHUNK_BYTES) -> Iterator[list]:
    chunk, nbytes = [], 0
    for task in tasks:
        chunk.append(task)
        nbytes += task[-1]
        if len(chunk) >= size or nbytes >= max_bytes:
            yield chunk
            chunk, nbytes = [], 0
    if chunk:
        yield chunk


def ordered_map(fn, chunks: Iterator[list], jobs: int, *args, peaks: dict | None = None) -> Iterator[list]:
    """``fn(chunk, *args)`` for every chunk, results in input order.

    ``jobs`` > 1: a ``ProcessPoolExecutor`` with at most ``jobs * WINDOW_PER_JOB``
    chunks submitted and not yet taken back (``Executor.map`` would read the
    whole input first).  ``peaks`` gets each worker's peak RSS in MB, by pid."""
    if jobs <= 1:
        for chunk in chunks:
            yield fn(chunk, *args)
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["extractor.warm"])  # workers fork from a warm process
    else:
        context = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(jobs, mp_context=context)
    try:
        pending: deque = deque()
        for chunk in chunks:
            if any(task[0] == "do" for task in chunk):
                pending.append(pool.submit(_measured, fn, chunk, *args))
            else:  # nothing to compute (skips, input errors): no trip to a worker
                done = Future()
                done.set_result(fn(chunk, *args))
                pending.append(done)
            if len(pending) >= jobs * WINDOW_PER_JOB:
                yield _unwrap(pending.popleft().result(), peaks)
        while pending:
            yield _unwrap(pending.popleft().result(), peaks)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB (10^6 bytes)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6  # ru_maxrss: KiB on Linux


@dataclass(frozen=True)
class _Measured:
    """A worker's result, with the worker's pid and its peak memory so far."""

    pid: int
    peak_mb: float
    result: Any


def _measured(fn, chunk, *args) -> _Measured:
    return _Measured(os.getpid(), peak_rss_mb(), fn(chunk, *args))


def _unwrap(result, peaks: dict | None):
    if not isinstance(result, _Measured):
        return result  # computed in this process (a chunk with nothing to do)
    if peaks is not None:
        peaks[result.pid] = max(result.peak_mb, peaks.get(result.pid, 0.0))
    return result.result


# --------------------------------------------------------------------------- run


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def code_fingerprint(rules=None) -> str:
    """Hash of this package's code and the rules in use: a run with other code is another run."""
    from .rules import builtin_dir

    h = hashlib.sha1()
    roots = [Path(__file__).parent, builtin_dir()] + ([Path(rules)] if rules else [])
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".yaml", ".txt", ".tsv")):
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def run_id(inputs: list[str], kinds, rules, id_field: str, text_field: str, spacy_model: str | None = None) -> str:
    """What makes two runs 'the same command': inputs, settings, code and rules."""
    spec = {
        "inputs": [i if i == "-" else str(Path(i).resolve()) for i in inputs],
        "kinds": sorted(kinds), "rules": str(Path(rules).resolve()) if rules else None,
        "id_field": id_field, "text_field": text_field, "code": code_fingerprint(rules),
    }
    if spacy_model:  # only when given, so earlier outputs keep their run ids
        spec["spacy_model"] = str(Path(spacy_model).resolve()) if Path(spacy_model).exists() else spacy_model
    return hashlib.sha1(json.dumps(spec, sort_keys=True).encode()).hexdigest()[:16]


class Progress:
    """Articles and MB done, MB/s, ETA and errors on a terminal (tqdm on stderr); silent otherwise."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.bar = None
        if enabled and sys.stderr.isatty():
            from tqdm import tqdm

            try:
                width = os.get_terminal_size(sys.stderr.fileno()).columns
            except OSError:
                width = 0
            self.bar = tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1000, ncols=width or 100,
                            smoothing=0.1, file=sys.stderr, desc="extract", mininterval=0.2)

    def update(self, nbytes: int, summary: Summary) -> None:
        if self.bar is not None:
            if self.bar.total is not None and self.bar.n + nbytes > self.bar.total:
                self.bar.total = self.bar.n + nbytes
            self.bar.update(nbytes)
            self.bar.set_postfix(articles=summary.articles + summary.skipped, errors=summary.errors, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def run(inputs: list[str], output: str, fmt: str, kinds=DEFAULT_KINDS, rules=None,
        id_field: str = "id", text_field: str = "text", limit: int | None = None, *,
        jobs: int = 1, resume: bool = False, overwrite: bool = False, progress: bool = False,
        engine: str = "local", scheduler: str | None = None, batch_size: int | None = None,
        spacy_model: str | None = None) -> Summary:
    """Extract every input into ``output``; ``limit`` stops after that many input items.

    DuckDB: a run over an output that holds an earlier start of the same
    command carries on where that one stopped; ``resume=True`` insists on it;
    ``overwrite=True`` starts the output afresh."""
    if engine == "dask":
        from .dask_engine import run_dask

        return run_dask(inputs, output, fmt, kinds, rules, id_field, text_field,
                        scheduler=scheduler, workers=jobs, progress=progress, spacy_model=spacy_model)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}; choose local or dask")
    rid = run_id(inputs, kinds, rules, id_field, text_field, spacy_model)
    # With -j N the parent only reads and writes, and each batch costs it a fixed ~15 ms of
    # DuckDB statements: larger batches keep it from holding back the workers (its memory
    # holds no extraction state, so there is room for them).
    per_batch = batch_size or BATCH_ARTICLES * max(1, min(jobs, 4))
    writer = open_writer(output, fmt, rid, overwrite)
    encode = getattr(writer, "encodes", False)
    # With workers the parent only reads and writes: a thread of its own keeps the workers fed
    # while DuckDB commits. In one process it would cost more CPU (6% more on 1 GB of JSONL, the
    # threads taking turns) and memory (a second batch: 299 against 293 MB) than it saves.
    background = BackgroundWriter(writer) if jobs > 1 else InlineWriter(writer)
    summary, batch = Summary(), Batch(encode)
    bar = None
    try:
        committed: dict[int, tuple[str, str]] = {}
        if getattr(writer, "resumable", False):
            committed = writer.committed()
        if resume and not committed:
            raise OutputError("E052", output, "nothing to resume: no earlier start of this command (same inputs, "
                              "kinds, rules and version) wrote there; run without --resume")
        bar = Progress(None if inputs == ["-"] else input_size(inputs), progress)
        items = itertools.islice(read_inputs(inputs, id_field=id_field, text_field=text_field), limit)
        chunks = chunked(plan(items, committed))
        for results in ordered_map(process_chunk, chunks, jobs, kinds, rules, fmt == "jsonl", spacy_model, encode,
                                   peaks=summary.worker_peak_mb):
            nbytes = 0
            for item, rows, doc, size in results:
                nbytes += size
                if item == "skip":
                    summary.skipped += 1
                    summary.errors += rows in ("failed", "input_error")
                    summary.duplicates += rows == "duplicate"
                    continue
                batch.add(item, rows, doc)
                if item.status == "ok":
                    summary.count(rows)
                elif item.status == "duplicate":
                    summary.duplicates += 1
                else:
                    summary.errors += 1
                if len(batch) >= per_batch:
                    background.write(batch)
                    batch = Batch(encode)
            bar.update(nbytes, summary)
        background.write(batch)
        background.finish()
    finally:
        if bar is not None:
            bar.close()
        try:
            background.finish()
        finally:
            writer.close()
    return summary


class InlineWriter:
    """``writer.write`` where it is called (``BackgroundWriter``'s interface)."""

    def __init__(self, writer) -> None:
        self.writer = writer

    def write(self, batch: Batch) -> None:
        self.writer.write(batch)

    def finish(self) -> None:
        pass


class BackgroundWriter:
    """``writer.write`` in a thread of its own, one batch at a time and in order.

    DuckDB lets go of the GIL while it inserts and commits (and waits for the
    disk to sync), so meanwhile this process goes on reading input, taking
    results back and feeding the workers, who would otherwise wait for it. A
    batch is handed over once the one before it is written: one batch is
    written while the next is gathered, so memory stays flat. A failed write
    is raised by the next ``write`` or by ``finish``; later batches are dropped,
    never written after a gap."""

    def __init__(self, writer) -> None:
        import queue
        import threading

        self.writer, self.error, self.raised = writer, None, False
        self.queue: queue.Queue = queue.Queue(maxsize=1)
        self.thread = threading.Thread(target=self._loop, name="extractor-writer", daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while (batch := self.queue.get()) is not None:
            if self.error is None:
                try:
                    self.writer.write(batch)
                except BaseException as exc:  # handed to the run's thread
                    self.error = exc
            self.queue.task_done()

    def _raise(self) -> None:
        if self.error is not None and not self.raised:  # once: finish() in a finally must not raise it again
            self.raised = True
            raise self.error

    def write(self, batch: Batch) -> None:
        self.queue.join()  # the batch before is written
        self._raise()
        self.queue.put(batch)

    def finish(self) -> None:
        """Wait for every batch handed over to be written; raise what failed."""
        if self.thread.is_alive():
            self.queue.put(None)
            self.thread.join()
        self._raise()


# --------------------------------------------------------------------------- DataFrames


def extract_frame(df, text_col: str = "text", id_col: str | None = None, kinds=DEFAULT_KINDS, rules=None):
    """Extraction over a pandas DataFrame: one row per figure, the ``figures`` table's
    columns (``article_id`` from ``id_col``, else an ``id`` column, else the index).

    Exact values stay exact: ``value`` and ``value_max`` hold ``decimal.Decimal``."""
    from .output import _to_pandas
    from .tables import to_arrow

    if text_col not in df.columns:
        raise KeyError(f"no column {text_col!r} in the frame; columns: {', '.join(map(str, df.columns))}")
    ids = df[id_col] if id_col else (df["id"] if "id" in df.columns else df.index.to_series())
    rows = []
    for doc_id, text in zip(ids, df[text_col]):
        article = extract(text if isinstance(text, str) else "", str(doc_id), kinds=kinds, rules=rules)
        rows.extend(figure_rows(article)[0])
    return _to_pandas(to_arrow("figures", rows))
