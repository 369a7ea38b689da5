"""``extractor run --engine dask``: the same per-article function over partitions on a Dask cluster.

The client lists the input files and cuts large uncompressed JSONL files into
byte ranges on line boundaries (counting lines, so every article keeps the
``file:LINE`` source a local run gives it). Each partition is one task: a
worker reads its files or byte range with ``ingest``, runs
``pipeline.process_item`` on every article and writes its rows as Parquet
files, ``OUT/<table>/year=YYYY/part-NNNNN.parquet`` (the year of the article's
publication date; ``year=unknown`` when it has none, and for input errors).
The tables hold the same rows as a local run's: when an id comes again in a
later partition, a second round of tasks drops that article's rows from the
later partition's files and writes its ``identity`` error row, as a local run
keeps the first article read with an id.

Workers need this package installed and the input and output paths visible
under the same names (a shared file system); see docs/dask.md.
"""
from __future__ import annotations

import itertools
import os
import shutil
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import regex

from .api import DEFAULT_KINDS
from .errors import InputError, OutputError

BLOCK_BYTES = 64 << 20  # JSONL files larger than this are cut into ranges of about this size
_YEAR = regex.compile(r"^\s*((?:1[89]|20)\d\d)(?!\d)")


@dataclass(frozen=True)
class Part:
    """One partition: a whole file, or lines ``[first_line, ...)`` at bytes ``[start, end)`` of a JSONL file."""

    index: int
    path: str
    source: str
    doc_id: str
    kind: str | None
    start: int = 0
    end: int | None = None
    first_line: int = 1
    error: tuple[str, str, str] | None = None  # an input that cannot be read at all: (source, stage, reason)


def year_of(date) -> str:
    """``"2018-11-03"`` -> ``"2018"``; ``"unknown"`` when the date gives no year."""
    m = _YEAR.match(str(date)) if date else None
    return m.group(1) if m else "unknown"


def plan_parts(inputs: list[str], block_bytes: int = BLOCK_BYTES) -> list[Part]:
    from .ingest import _stem_id, _walk, kind_of

    files: list[tuple] = []
    for given in inputs:
        if given == "-":
            raise OutputError("E053", "-", "--engine dask reads files, not stdin; save the input to a file first")
        path = Path(given)
        if path.is_dir():
            for file in _walk(path):
                if isinstance(file, InputError):
                    files.append((None, file.source, "", None, (file.source, file.stage, file.reason)))
                elif kind_of(file) is not None:
                    files.append((file, str(Path(given) / file.relative_to(path)), _stem_id(file, path),
                                  kind_of(file), None))
        elif path.is_file():
            files.append((path, given, _stem_id(path, None), kind_of(path), None))
        else:
            files.append((None, given, "", None, (given, "read", "no such file or folder")))
    parts: list[Part] = []
    for path, source, doc_id, kind, error in files:
        if error is None and kind == "jsonl" and path.suffix.lower() == ".jsonl" and path.stat().st_size > block_bytes:
            for start, end, line in _line_ranges(path, block_bytes):
                parts.append(Part(len(parts), str(path), source, doc_id, kind, start, end, line))
        else:
            parts.append(Part(len(parts), str(path) if path else "", source, doc_id, kind, error=error))
    return parts


def _line_ranges(path: Path, block_bytes: int):
    """Byte ranges of about ``block_bytes`` that end on a newline, with their first line number."""
    size = path.stat().st_size
    start, line = 0, 1
    with path.open("rb") as handle:
        while start < size:
            handle.seek(min(start + block_bytes, size))
            handle.readline()  # to the end of the line we landed in
            end = min(handle.tell(), size)
            handle.seek(start)
            lines = _count_newlines(handle, end - start)
            yield start, end, line
            start, line = end, line + lines


def _count_newlines(handle, nbytes: int) -> int:
    count = 0
    while nbytes > 0:
        chunk = handle.read(min(nbytes, 1 << 24))
        if not chunk:
            break
        count += chunk.count(b"\n")
        nbytes -= len(chunk)
    return count


def _items(part: Part, id_field: str, text_field: str):
    from .ingest import read_file, read_jsonl_lines

    if part.error:
        yield InputError(*part.error)
        return
    if part.end is None:
        yield from read_file(Path(part.path), part.source, part.doc_id, part.kind,
                             id_field=id_field, text_field=text_field)
        return
    with open(part.path, "rb") as handle:
        handle.seek(part.start)
        data = handle.read(part.end - part.start)
    # Blank lines first so that read_jsonl_lines numbers the lines as in the whole file.
    lines = itertools.chain(itertools.repeat(b"", part.first_line - 1), data.splitlines(keepends=True))
    yield from read_jsonl_lines(lines, part.source, id_field=id_field, text_field=text_field)


def process_partition(part: Part, output: str, kinds, rules, id_field: str, text_field: str,
                      spacy_model: str | None = None) -> dict:
    """Read, extract and write one partition; return its counts. Runs on a worker."""
    from .output import write_part
    from .pipeline import digest_of, error_outcome, process_item
    from .tables import SCHEMAS, key_column, to_arrow

    rows: dict[str, dict[str, list]] = {name: {} for name in SCHEMAS}
    counts = {"articles": 0, "errors": 0, "duplicates": 0, "figures": Counter(), "unstored": 0, "ids": []}
    seen: set[str] = set()
    year_by_article: dict[str, str] = {}
    for seq, item in enumerate(_items(part, id_field, text_field)):
        digest = digest_of(item)
        if isinstance(item, InputError):
            _, table_rows, _ = error_outcome(seq, digest, item.source, item.stage, item.reason)
            counts["errors"] += 1
        elif item.id in seen:
            _, table_rows, _ = error_outcome(seq, digest, item.source, "identity",
                                             f"duplicate article id {item.id!r}; the first one read is kept",
                                             "duplicate")
            counts["duplicates"] += 1
        else:
            seen.add(item.id)
            outcome, table_rows, _ = process_item(seq, item, digest, kinds, rules, False, spacy_model)
            unstored = len(table_rows.get("errors", ())) if outcome.status == "ok" else 0
            counts["ids"].append((item.id, item.source, outcome.status, dict(Counter(
                f["kind"] for f in table_rows.get("figures", ()))), unstored))
            if outcome.status == "ok":
                counts["articles"] += 1
                counts["figures"].update(f["kind"] for f in table_rows.get("figures", ()))
                counts["unstored"] += unstored
                year_by_article[item.id] = year_of(table_rows["articles"][0].get("date"))
            else:
                counts["errors"] += 1
        for name, table in table_rows.items():
            column = key_column(name)
            for row in table:
                year = year_by_article.get(row.get(column), "unknown") if column else "unknown"
                rows[name].setdefault(year, []).append(row)
    for name, by_year in rows.items():
        for year, table in by_year.items():
            target = Path(output) / name / f"year={year}" / f"part-{part.index:05d}.parquet"
            write_part(target, to_arrow(name, table), "parquet")
    return counts


def run_dask(inputs: list[str], output: str, fmt: str, kinds=DEFAULT_KINDS, rules=None,
             id_field: str = "id", text_field: str = "text", *, scheduler: str | None = None,
             workers: int | None = None, progress: bool = False, block_bytes: int = BLOCK_BYTES,
             spacy_model: str | None = None):
    """Run over a Dask cluster (``scheduler`` address, else a new LocalCluster); returns a ``Summary``."""
    from distributed import Client, LocalCluster

    from .pipeline import Summary

    if fmt != "parquet":
        raise OutputError("E054", output, f"--engine dask writes a Parquet dataset, not {fmt}; "
                          "give --format parquet (or an -o folder without a suffix)")
    out = Path(output)
    if out.exists():
        shutil.rmtree(out) if out.is_dir() else out.unlink()
    out.mkdir(parents=True)
    parts = plan_parts(inputs, block_bytes)
    rules = str(Path(rules).resolve()) if rules else None
    if spacy_model and Path(spacy_model).exists():  # a saved folder: workers may start elsewhere
        spacy_model = str(Path(spacy_model).resolve())
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        futures = client.map(process_partition, parts, output=str(out.resolve()), kinds=kinds, rules=rules,
                             id_field=id_field, text_field=text_field, spacy_model=spacy_model, pure=False)
        if progress and sys.stderr.isatty():
            from distributed import progress as show_progress

            show_progress(futures)
        results = client.gather(futures)
        later = _later_duplicates(results)
        if later:
            client.gather(client.map(drop_articles, list(later), list(later.values()),
                                     output=str(out.resolve()), pure=False))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    _write_empty_tables(out)
    summary = Summary()
    for r in results:
        summary.articles += r["articles"]
        summary.errors += r["errors"]
        summary.duplicates += r["duplicates"]
        summary.figures.update(r["figures"])
        summary.unstored += r["unstored"]
    for dropped in later.values():
        for _, _, status, kinds_count, unstored in dropped:
            summary.duplicates += 1
            if status == "ok":
                summary.articles -= 1
                summary.figures.subtract(kinds_count)
                summary.unstored -= unstored
            else:
                summary.errors -= 1
    summary.figures = +summary.figures
    return summary


def _later_duplicates(results: list[dict]) -> dict[int, list[tuple]]:
    """Partition index -> the articles in it whose id an earlier partition already had."""
    seen: set[str] = set()
    later: dict[int, list[tuple]] = {}
    for index, r in enumerate(results):
        for entry in r["ids"]:
            if entry[0] in seen:
                later.setdefault(index, []).append(entry)
            else:
                seen.add(entry[0])
    return later


def drop_articles(index: int, dropped: list[tuple], output: str) -> None:
    """Rewrite partition ``index``'s files without the rows of ``dropped`` articles and
    write their ``identity`` error rows, as a local run records a duplicate id. Runs on a worker."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from .output import write_part
    from .tables import SCHEMAS, key_column, to_arrow

    ids = sorted({d[0] for d in dropped})
    for name in SCHEMAS:
        column = key_column(name)
        if not column:
            continue
        for file in sorted((Path(output) / name).glob(f"year=*/part-{index:05d}.parquet")):
            table = pq.read_table(file, schema=SCHEMAS[name])
            keep = table.filter(pc.invert(pc.fill_null(pc.is_in(table[column], value_set=pa_array(ids)), False)))
            if keep.num_rows != table.num_rows:
                write_part(file, keep, "parquet")
    rows = [{"source": source, "stage": "identity", "reason": f"duplicate article id {doc_id!r}; the first one "
             "read is kept", "article_id": None} for doc_id, source, *_ in dropped]
    write_part(Path(output) / "errors" / "year=unknown" / f"part-{index:05d}-duplicates.parquet",
               to_arrow("errors", rows), "parquet")


def pa_array(values):
    import pyarrow as pa

    return pa.array(values, pa.string())


def _write_empty_tables(out: Path) -> None:
    """A table no partition wrote still gets its folder and schema (one empty file)."""
    from .output import write_part
    from .tables import SCHEMAS

    for name, schema in SCHEMAS.items():
        if not any((out / name).rglob("*.parquet")):
            write_part(out / name / "year=unknown" / "part-empty.parquet", schema.empty_table(), "parquet")
