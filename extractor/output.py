"""Write table batches as DuckDB (the default), Parquet, CSV or JSONL; read them back.

DuckDB output is crash-safe and resumable. Each batch is one transaction that
holds every table's rows for its input items together with their rows in the
internal ``_progress`` table (run, seq, key, digest, status, source). A run
killed at any point leaves whole batches only; the same command run again
(its ``run`` id is the same) skips every item whose ``(seq, digest)`` it
finds there and so ends with exactly the tables an uninterrupted run writes.
An output that already held rows when the writer opened it is written in
replace mode: before a batch goes in, the rows of its articles (by
``tables.key_column``) and the error rows of its sources are deleted, so
running over the same articles again replaces them and never duplicates them.

Parquet, CSV and JSONL outputs are written afresh by every run.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from .errors import OutputError
from .numeral import to_decimal_string
from .tables import COLUMNS, DECIMAL_SQL, arrow_type, fits_decimal, key_column, schemas, stored_check_value, to_arrow

if TYPE_CHECKING:  # pyarrow loads only for Parquet, CSV and reading back
    import pyarrow as pa

FORMATS = ("duckdb", "jsonl", "parquet", "csv")
_SUFFIX_FORMAT = {".duckdb": "duckdb", ".db": "duckdb", ".jsonl": "jsonl", ".parquet": "parquet", ".csv": "csv"}

PROGRESS = "_progress"
PROGRESS_COLUMNS = (
    ("run", "VARCHAR"), ("seq", "BIGINT"), ("key", "VARCHAR"), ("digest", "VARCHAR"),
    ("status", "VARCHAR"), ("source", "VARCHAR"),
)
# A batch's items, with the article each became (what replace mode deletes by).
_ITEMS_COLUMNS = PROGRESS_COLUMNS + (("article_id", "VARCHAR"),)
# The views created in a DuckDB output (see ``create_views``).
VIEWS = ("claims", "check_claims")


def format_for(path: str, given: str | None = None) -> str:
    if given:
        if given not in FORMATS:
            raise ValueError(f"unknown format {given!r}; choose from {', '.join(FORMATS)}")
        return given
    return _SUFFIX_FORMAT.get(Path(path).suffix.lower(), "duckdb")


@dataclass(frozen=True, slots=True)
class Item:
    """One input item's bookkeeping: where it stands in the input and what it became."""

    seq: int  # position in the input stream (0-based)
    key: str  # the article id; "!" + source for an input that gave no article
    digest: str  # hash of what was read: a changed input is processed again
    source: str
    status: str  # ok | failed | input_error | duplicate
    article_id: str | None = None  # set when the item is an article (ok or failed)


@dataclass(frozen=True, slots=True)
class Encoded:
    """One item's rows already encoded as the DuckDB writer reads them: each
    table's rows as JSON lines (made where the item was extracted, so with
    ``-j N`` the workers encode and the parent only concatenates), and the
    counts a run's summary needs."""

    lines: dict[str, bytes]  # table -> its rows, one JSON line each, every line ending in \n
    longest: int  # the longest line, in bytes
    text_bytes: int  # UTF-8 size of the largest text (the writer's memory follows it)
    figure_kinds: tuple[str, ...]
    orgs: int
    check_statuses: tuple[str, ...]
    unstored: int = 0  # figures whose value DECIMAL(38,10) cannot hold: in errors, not in figures


def encode_rows(rows: dict[str, list[dict[str, Any]]]) -> Encoded:
    lines, longest = {}, 0
    for name, table_rows in rows.items():
        if not table_rows:
            continue
        dump = _json_line if name == "texts" else _orjson_line
        # Lines are joined a thousand at a time: orjson's bytes hold about 4 KB each,
        # whatever their length (70,000 figures of one article held 570 MB at once).
        pieces = []
        for at in range(0, len(table_rows), 1024):
            encoded = [dump(row) for row in table_rows[at:at + 1024]]
            longest = max(longest, max(map(len, encoded)))
            encoded.append(b"")
            pieces.append(b"\n".join(encoded))
        lines[name] = pieces[0] if len(pieces) == 1 else b"".join(pieces)
    texts = rows.get("texts", ())
    return Encoded(lines, longest, max((len(r["text"].encode("utf-8")) for r in texts), default=0),
                   tuple(f["kind"] for f in rows.get("figures", ())), len(rows.get("orgs", ())),
                   tuple(c["status"] for c in rows.get("checks", ())), len(rows.get("errors", ())))


HUGE_ROW_CHARS = 1 << 20


def _orjson_line(row: dict[str, Any]) -> bytes:
    return orjson.dumps(row, default=_plain_decimal)


def _json_line(row: dict[str, Any]) -> bytes:
    """One row as a JSON line: orjson, several times faster than json.dumps (once the
    writer's largest cost), but for a row holding a huge text (a 50 MB article), where
    orjson took about 14 times the text's size and json about 3 times."""
    if any(isinstance(v, str) and len(v) > HUGE_ROW_CHARS for v in row.values()):
        return json.dumps(row, ensure_ascii=False, separators=(",", ":"), default=_plain_decimal).encode("utf-8")
    return orjson.dumps(row, default=_plain_decimal)


class Batch:
    """Rows for every table, gathered between two writes (one transaction).

    ``encoded``: rows are kept as JSON lines (``Encoded``; rows given as dicts
    are encoded when added, so each table keeps the order of its items)."""

    def __init__(self, encoded: bool = False) -> None:
        self.encoded = encoded
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
        self.lines: dict[str, list[bytes]] = {name: [] for name in COLUMNS}
        self.longest = self.text_bytes = 0
        self.documents: list[dict[str, Any]] = []  # JSONL: one per article
        self.items: list[Item] = []

    def add(self, item: Item, rows: "dict[str, list[dict[str, Any]]] | Encoded", document: dict | None = None) -> None:
        if self.encoded and not isinstance(rows, Encoded):
            rows = encode_rows(rows)
        if isinstance(rows, Encoded):
            for name, lines in rows.lines.items():
                self.lines[name].append(lines)
            self.longest = max(self.longest, rows.longest)
            self.text_bytes = max(self.text_bytes, rows.text_bytes)
        else:
            for name, table_rows in rows.items():
                self.rows[name].extend(table_rows)
        if document is not None:
            self.documents.append(document)
        self.items.append(item)

    def __len__(self) -> int:
        return len(self.items)


# --------------------------------------------------------------------------- DuckDB


DUCKDB_MEMORY_MB = 48  # the writer's buffer pool (its JSON reader takes 32 MB of it); more spills to disk
DUCKDB_MEMORY = f"{DUCKDB_MEMORY_MB}MB"


def memory_for(batch: "Batch") -> int:
    """MB the writer needs for this batch: the usual pool, or room for its largest
    text when one article is huge (a 50 MB article is one 50 MB string to read as
    JSON, parse and store)."""
    largest = batch.text_bytes
    return max(DUCKDB_MEMORY_MB, 4 * largest // 2**20 + 32)


class DuckDBWriter:
    resumable = True
    encodes = True  # takes batches of encoded rows (``Batch(encoded=True)``)

    def __init__(self, path: Path, run_id: str = "", overwrite: bool = False) -> None:
        import duckdb

        path.parent.mkdir(parents=True, exist_ok=True)
        if overwrite:
            for p in (path, Path(f"{path}.wal")):
                if p.exists():
                    p.unlink()
        self.path, self.run_id = path, run_id
        try:
            # A bounded buffer pool: by default DuckDB keeps up to 80% of RAM of written
            # pages, so a long run's memory grew with its output (800 MB at 200 MB of input).
            self.con = duckdb.connect(str(path), config={"memory_limit": DUCKDB_MEMORY, "threads": 1})
            self.memory_mb = DUCKDB_MEMORY_MB
        except duckdb.Error as exc:
            raise OutputError("E050", str(path), f"cannot open as DuckDB ({exc}); is another run writing it? "
                                                  "Give another -o, or --overwrite to start it afresh") from None
        try:
            self._prepare()
        except BaseException:
            self.con.close()
            raise

    def _prepare(self) -> None:
        con = self.con
        existing = {r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
            "AND table_type = 'BASE TABLE'").fetchall()}
        con.execute("BEGIN")
        for name, columns in {**COLUMNS, PROGRESS: PROGRESS_COLUMNS}.items():
            if name in existing:
                self._migrate(name, columns)
            else:
                con.execute(f'CREATE TABLE "{name}" ({", ".join(f"{_q(c)} {t}" for c, t in columns)})')
        con.execute("COMMIT")
        # Rows already there (an earlier run, or this one before a crash): replace mode.
        self.replacing = any(con.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone()
                             for name in ("articles", "errors", PROGRESS))
        # Batches reach DuckDB as JSON lines in a private folder (read_json is DuckDB's
        # own fast reader; no Arrow or pandas in a DuckDB run), removed at close.
        self._spool = tempfile.mkdtemp(prefix="extractor-batch-")

    def _migrate(self, name: str, columns) -> None:
        """Add columns a newer schema declares; refuse a table whose columns differ otherwise."""
        have = dict(self.con.execute(f'SELECT column_name, data_type FROM information_schema.columns '
                                     f"WHERE table_schema = 'main' AND table_name = '{name}'").fetchall())
        want = dict(columns)
        changed = sorted(c for c in have if c not in want or want[c] != have[c])
        if changed:
            self.con.execute("ROLLBACK")
            raise OutputError("E051", str(self.path), f"table {name} was written by another version "
                              f"(columns {', '.join(changed)} differ); run again with --overwrite to start afresh")
        for column, type_ in want.items():
            if column not in have:
                self.con.execute(f'ALTER TABLE "{name}" ADD COLUMN {_q(column)} {type_}')

    def committed(self) -> dict[int, tuple[str, str]]:
        """``seq -> (digest, status)`` of every item this run has committed (what a resume skips)."""
        rows = self.con.execute(f"SELECT seq, digest, status FROM {PROGRESS} WHERE run = ?", [self.run_id]).fetchall()
        return {seq: (digest, status) for seq, digest, status in rows}

    def write(self, batch: Batch) -> None:
        if not batch.items:
            return
        if not batch.encoded:  # a batch of row dicts (made by hand): encoded here
            encoded = encode_rows(batch.rows)
            batch.lines = {name: [lines] for name, lines in encoded.lines.items()}
            batch.longest, batch.text_bytes = encoded.longest, encoded.text_bytes
        con = self.con
        needed = memory_for(batch)
        if needed != self.memory_mb:  # grow for a huge article, shrink back after it
            con.execute(f"SET memory_limit = '{needed}MB'")
            self.memory_mb = needed
        items = [{"run": self.run_id, "seq": i.seq, "key": i.key, "digest": i.digest, "status": i.status,
                  "source": i.source, "article_id": i.article_id} for i in batch.items]
        con.execute("BEGIN")
        try:
            if self.replacing:  # the items, kept for the deletes: what they replace goes first
                con.execute(f"CREATE OR REPLACE TEMP TABLE _items AS {self._select(items, _ITEMS_COLUMNS)}")
                self._delete_replaced()
            for name, lines in batch.lines.items():
                if lines:
                    con.execute(f'INSERT INTO "{name}" BY NAME {self._select_lines(lines, batch.longest, COLUMNS[name])}')
            if self.replacing:
                con.execute(f"INSERT INTO {PROGRESS} BY NAME SELECT run, seq, key, digest, status, source FROM _items")
                con.execute("DROP TABLE _items")
            else:
                con.execute(f"INSERT INTO {PROGRESS} BY NAME {self._select(items, PROGRESS_COLUMNS)}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def _select(self, rows: list[dict[str, Any]], columns) -> str:
        """A SELECT over ``rows`` (see :meth:`_select_lines`)."""
        encoded = encode_rows({"rows": rows})
        return self._select_lines([encoded.lines.get("rows", b"")], encoded.longest, columns)

    def _select_lines(self, lines: list[bytes], longest: int, columns) -> str:
        """A SELECT over rows given as JSON lines, written to the spool: exact decimals
        travel as plain strings and are cast to DECIMAL by DuckDB, never through a float."""
        target = os.path.join(self._spool, "batch.jsonl")
        with open(target, "wb") as spool:
            spool.writelines(lines)
        types = ", ".join(f"{_q(c)}: '{'VARCHAR' if t == DECIMAL_SQL else t}'" for c, t in columns)
        picked = ", ".join(f"CAST({_q(c)} AS {t}) AS {_q(c)}" if t == DECIMAL_SQL else _q(c) for c, t in columns)
        # maximum_object_size: a line holds a whole article's text
        return (f"SELECT {picked} FROM read_json('{_sql_string(target)}', columns={{{types}}}, "
                f"format='newline_delimited', maximum_object_size={max(longest + 1024, 2**20)})")

    def _delete_replaced(self) -> None:
        con, run = self.con, self.run_id
        for name in COLUMNS:
            column = key_column(name)
            if column:
                con.execute(f'DELETE FROM "{name}" WHERE "{column}" IN '
                            f"(SELECT article_id FROM _items WHERE article_id IS NOT NULL)")
        # Input errors (no article) of these sources that another run wrote.
        con.execute(f"DELETE FROM errors WHERE article_id IS NULL AND source IN (SELECT p.source FROM {PROGRESS} p "
                    f"JOIN _items i ON p.source = i.source WHERE p.run <> ?)", [run])
        con.execute(f"DELETE FROM {PROGRESS} WHERE (run = ? AND seq IN (SELECT seq FROM _items)) "
                    f"OR (run <> ? AND (key IN (SELECT key FROM _items) OR source IN (SELECT source FROM _items)))",
                    [run, run])

    def close(self) -> None:
        try:
            create_views(self.con)
        finally:
            self.con.close()
            shutil.rmtree(self._spool, ignore_errors=True)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _sql_string(text: str) -> str:
    return text.replace("'", "''")


def _plain_decimal(value):
    if isinstance(value, Decimal):
        return format(value, "f")  # exact, and never an exponent
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def create_views(con) -> list[str]:
    """The analyst's views; each only when the tables and columns it needs exist.

    - ``claims``: every figure with its article's title, date and outlet.
    - ``check_claims``: every check (once a ``checks`` table exists) with its
      article's title and date, and the text and value of the figure the text
      states (``reported``, else a breakdown's ``total``): ``stated_text``, ``stated_value``.
    """
    columns: dict[str, set[str]] = {}
    for table, column in con.execute("SELECT table_name, column_name FROM information_schema.columns "
                                     "WHERE table_schema = 'main'").fetchall():
        columns.setdefault(table, set()).add(column)
    made = []
    art = columns.get("articles", set())
    meta = [c for c in ("title", "date", "outlet") if c in art]
    if "figures" in columns and "id" in art and "article_id" in columns["figures"]:
        picked = ", ".join(f'a."{c}" AS "article_{c}"' for c in meta)
        con.execute(f"CREATE OR REPLACE VIEW claims AS SELECT f.*{', ' + picked if picked else ''} "
                    f"FROM figures f LEFT JOIN articles a ON a.id = f.article_id")
        made.append("claims")
    checks = columns.get("checks", set())
    if "article_id" in checks and "id" in art:
        picked = [f'a."{c}" AS "article_{c}"' for c in meta]
        join = "LEFT JOIN articles a ON a.id = c.article_id"
        if "reported" in checks and {"id", "article_id", "text", "value"} <= columns.get("figures", set()):
            # the figure the text states: the rate, or a breakdown's total
            stated = "coalesce(c.reported, c.total)" if "total" in checks else "c.reported"
            picked += ['rf.text AS stated_text', 'rf.value AS stated_value']
            join += f" LEFT JOIN figures rf ON rf.article_id = c.article_id AND rf.id = {stated}"
        con.execute(f"CREATE OR REPLACE VIEW check_claims AS SELECT c.*, {', '.join(picked)} FROM checks c {join}")
        made.append("check_claims")
    return made


# --------------------------------------------------------------------------- Parquet, CSV, JSONL


class DatasetWriter:
    """Parquet or CSV: a folder per table (``OUT/figures/part-00000.parquet``)."""

    resumable = False

    def __init__(self, path: Path, fmt: str) -> None:
        if path.exists():
            shutil.rmtree(path) if path.is_dir() else path.unlink()
        self.path, self.fmt, self.part = path, fmt, 0
        for name in COLUMNS:
            (path / name).mkdir(parents=True, exist_ok=True)

    def committed(self) -> dict[int, tuple[str, str]]:
        return {}

    def write(self, batch: Batch) -> None:
        if not batch.items and self.part:
            return
        for name, rows in batch.rows.items():
            write_part(self.path / name / f"part-{self.part:05d}.{self.fmt}", to_arrow(name, rows), self.fmt)
        self.part += 1

    def close(self) -> None:
        pass


def write_part(target: Path, table: "pa.Table", fmt: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        pq.write_table(table, target)
    else:
        import pyarrow.csv as pacsv

        pacsv.write_csv(_decimals_as_text(table), target)


class JSONLWriter:
    """One JSON document per article; errors in ``OUT.errors.jsonl`` beside it."""

    resumable = False

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.docs = path.open("w", encoding="utf-8")
        self.errors = path.with_suffix(".errors.jsonl").open("w", encoding="utf-8")

    def committed(self) -> dict[int, tuple[str, str]]:
        return {}

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


def open_writer(path: str, fmt: str, run_id: str = "", overwrite: bool = False):
    target = Path(path)
    if fmt == "duckdb":
        return DuckDBWriter(target, run_id, overwrite)
    if fmt == "jsonl":
        return JSONLWriter(target)
    return DatasetWriter(target, fmt)


def _decimals_as_text(table: pa.Table) -> pa.Table:
    """CSV keeps exact values as canonical strings (2273500000, not 2273500000.0000000000)."""
    import pyarrow as pa

    for i, f in enumerate(table.schema):
        if f.type == _decimal():
            texts = [None if v is None else to_decimal_string(v) for v in table.column(i).to_pylist()]
            table = table.set_column(i, pa.field(f.name, pa.string()), pa.array(texts, pa.string()))
    return table


# --------------------------------------------------------------------------- reading back


def read(path: str | Path) -> dict[str, "pd.DataFrame"]:  # noqa: F821
    """An output's tables as pandas DataFrames, whatever its format.

    A DuckDB file, a Parquet or CSV folder (one sub-folder per table, Hive
    ``year=`` partitions allowed), or a JSONL file of article documents.
    Exact values come back exact: DECIMAL columns hold ``decimal.Decimal``.
    Tables this version declares come first, in their declared column order.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such output")
    if path.is_dir():
        tables = _read_folder(path)
    elif path.suffix.lower() == ".jsonl":
        tables = _read_jsonl(path)
    else:
        tables = _read_duckdb(path)
    return {name: _to_pandas(_in_schema_order(name, t)) for name, t in tables.items()}


def _to_pandas(table: pa.Table):
    """Arrow -> pandas; DECIMAL columns as canonical ``Decimal`` (Decimal('4'), not 4.0000000000)."""
    import pyarrow as pa

    frame = table.to_pandas()
    for f in table.schema:
        if pa.types.is_decimal(f.type):
            frame[f.name] = [None if v is None else Decimal(to_decimal_string(v)) for v in table.column(f.name).to_pylist()]
            frame[f.name] = frame[f.name].astype(object)
    return frame


def _in_schema_order(name: str, table: pa.Table) -> pa.Table:
    if name not in schemas():
        return table
    declared = [c for c in schemas()[name].names if c in table.column_names]
    return table.select(declared + [c for c in table.column_names if c not in declared])


def _read_duckdb(path: Path) -> dict[str, pa.Table]:
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        names = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
            "AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_%' ESCAPE '\\' "
            "ORDER BY table_name").fetchall()]
        names = [n for n in schemas() if n in names] + [n for n in names if n not in schemas()]
        return {n: con.sql(f'SELECT * FROM "{n}"').to_arrow_table() for n in names}
    finally:
        con.close()


def _read_folder(path: Path) -> dict[str, pa.Table]:
    import pyarrow.dataset as ds

    tables = {}
    folders = sorted(p for p in path.iterdir() if p.is_dir())
    folders = [p for n in schemas() for p in folders if p.name == n] + [p for p in folders if p.name not in schemas()]
    for folder in folders:
        files = sorted(folder.rglob("*.parquet")) or sorted(folder.rglob("*.csv"))
        if not files:
            continue
        if files[0].suffix == ".parquet":
            table = ds.dataset([str(f) for f in files], format="parquet").to_table()
        else:
            table = _read_csv_files(folder.name, files)
        tables[folder.name] = table
    return tables


def _read_csv_files(name: str, files: list[Path]) -> pa.Table:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    schema = schemas().get(name)
    types = {f.name: (pa.string() if f.type == _decimal() else f.type) for f in schema} if schema else None
    parts = [pacsv.read_csv(f, convert_options=pacsv.ConvertOptions(column_types=types, strings_can_be_null=True))
             for f in files]
    table = pa.concat_tables(parts) if parts else None
    if schema is None:
        return table
    for i, f in enumerate(table.schema):
        if f.name in schema.names and schema.field(f.name).type == _decimal():
            values = [None if v is None else Decimal(v) for v in table.column(i).to_pylist()]
            table = table.set_column(i, pa.field(f.name, _decimal()), pa.array(values, _decimal()))
    return table


def _read_jsonl(path: Path) -> dict[str, pa.Table]:
    """Article documents -> articles, and one table per nested list (figures, orgs, checks)."""
    import pyarrow as pa

    articles: list[dict] = []
    nested: dict[str, list[dict]] = {name: [] for name in ("figures", "orgs", "checks")}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            doc = json.loads(line)
            for name, rows in nested.items():
                for row in doc.pop(name, None) or []:
                    rows.append({"article_id": doc.get("id"), **row})
            articles.append(doc)
    out = {"articles": pa.Table.from_pylist(articles)}
    for name, rows in nested.items():
        schema = schemas().get(name)
        if schema is None:
            continue
        kept = []
        for row in rows:
            for f in schema:
                value = row.get(f.name)
                if value is not None and f.type == _decimal():
                    row[f.name] = Decimal(value)
                elif isinstance(value, (list, dict)) and f.type == pa.string():
                    row[f.name] = json.dumps(value, ensure_ascii=False)
            # as the DuckDB, Parquet and CSV tables hold them: a figure whose value
            # DECIMAL(38,10) cannot hold is a row of errors only, a check's value rounded
            if name == "figures" and not (fits_decimal(row.get("value")) and fits_decimal(row.get("value_max"))):
                continue
            if name == "checks":
                for key in ("reported_value", "computed_low", "computed_high"):
                    row[key] = stored_check_value(key, row.get(key))
            kept.append(row)
        rows = kept
        extra = [pa.field(k, pa.string()) for k in sorted({k for r in rows for k in r}) if k not in schema.names]
        for row in rows:
            for f in extra:
                if row.get(f.name) is not None and not isinstance(row[f.name], str):
                    row[f.name] = json.dumps(row[f.name], ensure_ascii=False)
        out[name] = pa.Table.from_pylist(rows, schema=pa.schema(list(schema) + extra))
    errors_path = path.with_suffix(".errors.jsonl")
    errors = [json.loads(line) for line in errors_path.open(encoding="utf-8") if line.strip()] \
        if errors_path.exists() else []
    out["errors"] = pa.Table.from_pylist(errors, schema=schemas()["errors"])
    return out


def _decimal():
    return arrow_type(DECIMAL_SQL)
