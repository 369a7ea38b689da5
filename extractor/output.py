"""Write table batches as DuckDB (the default), Parquet, CSV or JSONL."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pyarrow as pa

from .numeral import to_decimal_string
from .tables import DECIMAL, SCHEMAS, to_arrow

FORMATS = ("duckdb", "jsonl", "parquet", "csv")
_SUFFIX_FORMAT = {".duckdb": "duckdb", ".db": "duckdb", ".jsonl": "jsonl", ".parquet": "parquet", ".csv": "csv"}


def format_for(path: str, given: str | None = None) -> str:
    if given:
        if given not in FORMATS:
            raise ValueError(f"unknown format {given!r}; choose from {', '.join(FORMATS)}")
        return given
    return _SUFFIX_FORMAT.get(Path(path).suffix.lower(), "duckdb")


class Batch:
    """Rows for every table, gathered between two writes."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in SCHEMAS}
        self.documents: list[dict[str, Any]] = []  # JSONL: one per article

    def __len__(self) -> int:
        return len(self.rows["articles"]) + len(self.rows["errors"])


class DuckDBWriter:
    def __init__(self, path: Path) -> None:
        import duckdb

        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            path.unlink()
        self.path = path
        self.con = duckdb.connect(str(path))
        for name, schema in SCHEMAS.items():
            self.con.register("_empty", schema.empty_table())
            self.con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM _empty')
            self.con.unregister("_empty")

    def write(self, batch: Batch) -> None:
        self.con.execute("BEGIN")
        for name, rows in batch.rows.items():
            if rows:
                self.con.register("_batch", to_arrow(name, rows))
                self.con.execute(f'INSERT INTO "{name}" SELECT * FROM _batch')
                self.con.unregister("_batch")
        self.con.execute("COMMIT")

    def close(self) -> None:
        self.con.close()


class DatasetWriter:
    """Parquet or CSV: a folder per table (``OUT/figures/part-00000.parquet``)."""

    def __init__(self, path: Path, fmt: str) -> None:
        if path.exists():
            shutil.rmtree(path) if path.is_dir() else path.unlink()
        self.path, self.fmt, self.part = path, fmt, 0
        for name in SCHEMAS:
            (path / name).mkdir(parents=True, exist_ok=True)

    def write(self, batch: Batch) -> None:
        for name, rows in batch.rows.items():
            table = to_arrow(name, rows)
            target = self.path / name / f"part-{self.part:05d}.{self.fmt}"
            if self.fmt == "parquet":
                import pyarrow.parquet as pq

                pq.write_table(table, target)
            else:
                import pyarrow.csv as pacsv

                pacsv.write_csv(_decimals_as_text(table), target)
        self.part += 1

    def close(self) -> None:
        pass


class JSONLWriter:
    """One JSON document per article; errors in ``OUT.errors.jsonl`` beside it."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.docs = path.open("w", encoding="utf-8")
        self.errors = path.with_suffix(".errors.jsonl").open("w", encoding="utf-8")

    def write(self, batch: Batch) -> None:
        for doc in batch.documents:
            self.docs.write(json.dumps(doc, ensure_ascii=False) + "\n")
        for row in batch.rows["errors"]:
            self.errors.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.docs.flush()
        self.errors.flush()

    def close(self) -> None:
        self.docs.close()
        self.errors.close()


def open_writer(path: str, fmt: str):
    target = Path(path)
    if fmt == "duckdb":
        return DuckDBWriter(target)
    if fmt == "jsonl":
        return JSONLWriter(target)
    return DatasetWriter(target, fmt)


def _decimals_as_text(table: pa.Table) -> pa.Table:
    """CSV keeps exact values as canonical strings (2273500000, not 2273500000.0000000000)."""
    for i, f in enumerate(table.schema):
        if f.type == DECIMAL:
            texts = [None if v is None else to_decimal_string(v) for v in table.column(i).to_pylist()]
            table = table.set_column(i, pa.field(f.name, pa.string()), pa.array(texts, pa.string()))
    return table
