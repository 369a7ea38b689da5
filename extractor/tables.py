"""Articles -> table rows; the table schemas, declared once for every format."""
from __future__ import annotations

import functools
import json
from decimal import Decimal, localcontext
from typing import Any

from .records import Article

# DECIMAL(38, 10): 28 integer digits (10^27 yuan) and 10 decimals (千分之 of a
# percent) hold every figure a report states, exactly.
DECIMAL_SQL = "DECIMAL(38,10)"
_QUANTUM = Decimal("1e-10")

# Every table's columns with their DuckDB types, declared once.  The DuckDB writer
# needs nothing more; the Arrow schemas (Parquet, CSV, reading back) are derived
# from these on first use, so a DuckDB run never loads pyarrow (nor the pandas it pulls in).
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("id", "VARCHAR"), ("source", "VARCHAR"), ("title", "VARCHAR"),
        ("date", "VARCHAR"), ("outlet", "VARCHAR"), ("length", "BIGINT"),
        ("figures", "BIGINT"), ("metadata", "VARCHAR"),
        ("reporters", "VARCHAR"), ("script", "VARCHAR"),
    ),
    "figures": (
        ("article_id", "VARCHAR"), ("id", "VARCHAR"), ("kind", "VARCHAR"),
        ("text", "VARCHAR"), ("start", "BIGINT"), ("end", "BIGINT"),
        ("value", DECIMAL_SQL), ("value_max", DECIMAL_SQL), ("currency", "VARCHAR"),
        ("unit", "VARCHAR"), ("approx", "BOOLEAN"), ("negative", "BOOLEAN"),
        ("of", "VARCHAR"), ("rule", "VARCHAR"),
        ("period", "VARCHAR"),
        ("indicator", "VARCHAR"), ("role", "VARCHAR"), ("subject", "VARCHAR"),
    ),
    # one row per claim the text makes; inputs: JSON list of figure ids
    "checks": (
        ("article_id", "VARCHAR"), ("id", "VARCHAR"), ("kind", "VARCHAR"),
        ("relation", "VARCHAR"), ("status", "VARCHAR"), ("reported", "VARCHAR"),
        ("total", "VARCHAR"), ("inputs", "VARCHAR"), ("reported_value", DECIMAL_SQL),
        ("computed_low", DECIMAL_SQL), ("computed_high", DECIMAL_SQL),
        ("explanation_zh", "VARCHAR"), ("explanation_en", "VARCHAR"), ("reason", "VARCHAR"),
    ),
    # article_id: the article an error belongs to (null for an input that gave no article)
    "errors": (
        ("source", "VARCHAR"), ("stage", "VARCHAR"), ("reason", "VARCHAR"),
        ("article_id", "VARCHAR"),
    ),
    # one row per distinct org per article; mentions: JSON [[start, end], ...] of every mention
    "orgs": (
        ("article_id", "VARCHAR"), ("id", "VARCHAR"), ("text", "VARCHAR"),
        ("start", "BIGINT"), ("end", "BIGINT"), ("name", "VARCHAR"),
        ("type", "VARCHAR"), ("rule", "VARCHAR"), ("mentions", "VARCHAR"),
    ),
    # each article's raw text, so offsets can be checked and a report can highlight them
    "texts": (("article_id", "VARCHAR"), ("text", "VARCHAR")),
}


def arrow_type(sql: str):
    import pyarrow as pa

    return {"VARCHAR": pa.string(), "BIGINT": pa.int64(), "BOOLEAN": pa.bool_(),
            DECIMAL_SQL: pa.decimal128(38, 10)}[sql]


def arrow_schema(columns) -> "pa.Schema":  # noqa: F821
    import pyarrow as pa

    return pa.schema([(name, arrow_type(sql)) for name, sql in columns])


@functools.cache
def schemas() -> dict[str, "pa.Schema"]:  # noqa: F821
    return {table: arrow_schema(cols) for table, cols in COLUMNS.items()}


def __getattr__(name: str):
    """``SCHEMAS`` (table -> Arrow schema) and ``DECIMAL`` (the Arrow decimal type)
    load pyarrow, so they are made when first asked for."""
    if name == "SCHEMAS":
        return schemas()
    if name == "DECIMAL":
        return arrow_type(DECIMAL_SQL)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# The column naming the article a table's rows belong to: a re-run replaces
# an article's rows in every table by this key.
KEY_COLUMNS = {"articles": "id"}


def key_column(table: str) -> str | None:
    """``id`` for articles, ``article_id`` for any table that has one, else None."""
    if table in KEY_COLUMNS:
        return KEY_COLUMNS[table]
    return "article_id" if any(name == "article_id" for name, _ in COLUMNS[table]) else None


def fits_decimal(value: Decimal | None) -> bool:
    """Can ``value`` be stored in DECIMAL(38, 10) without rounding?"""
    if value is None:
        return True
    with localcontext() as ctx:
        ctx.prec = 80  # quantize must not itself overflow (10^26 yuan has 37 digits at 10 decimals)
        q = value.quantize(_QUANTUM)
    return q == value and len(q.as_tuple().digits) <= 38


def article_row(article: Article, source: str) -> dict[str, Any]:
    meta = dict(article.metadata)
    return {
        "id": article.id,
        "source": source,
        "title": _str_or_none(meta.pop("title", None)),
        "date": _str_or_none(meta.pop("date", None)),
        "outlet": _str_or_none(meta.pop("outlet", None)),
        "length": len(article.text),
        "figures": len(article.figures),
        "reporters": _str_or_none(meta.pop("reporters", None)),
        "script": _str_or_none(meta.pop("script", None)),
        "metadata": json.dumps(meta, ensure_ascii=False, default=str) if meta else None,
    }


def figure_rows(article: Article) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """Figure rows, and error rows for any value too large for the DECIMAL column."""
    rows, errors = [], []
    for f in article.figures:
        if not (fits_decimal(f.value) and fits_decimal(f.value_max)):
            errors.append({"source": f"{article.id}#{f.id}", "stage": "output",
                           "reason": f"value {f.value} of {f.text!r} does not fit DECIMAL(38,10)"})
            continue
        rows.append({
            "article_id": article.id, "id": f.id, "kind": f.kind, "text": f.text,
            "start": f.start, "end": f.end, "value": f.value, "value_max": f.value_max,
            "currency": f.currency, "unit": f.unit, "approx": f.approx,
            "negative": f.negative, "of": f.of, "rule": f.rule,
            "period": f.period,
            "indicator": f.indicator, "role": f.role, "subject": f.subject,
        })
    return rows, errors


def org_rows(article: Article) -> list[dict[str, Any]]:
    """One row per distinct org in the article, its mentions as JSON raw offsets."""
    return [{
        "article_id": article.id, "id": o.id, "text": o.text, "start": o.start, "end": o.end,
        "name": o.name, "type": o.type, "rule": o.rule,
        "mentions": json.dumps([list(m) for m in o.mentions]),
    } for o in article.orgs]


# How a check's value that DECIMAL(38,10) cannot hold is stored: bounds rounded
# outward, so the stored interval still contains the computed one; a reported
# value not at all (the rate figure has it, in errors).
_CHECK_ROUNDING = {"reported_value": None, "computed_low": "ROUND_FLOOR", "computed_high": "ROUND_CEILING"}


def stored_check_value(key: str, value: Decimal | None) -> Decimal | None:
    if value is None or fits_decimal(value):
        return value
    rounding = _CHECK_ROUNDING[key]
    return value.quantize(_QUANTUM, rounding=rounding) if rounding else None


def check_rows(article: Article) -> list[dict[str, Any]]:
    """One row per check, its values as DECIMAL(38,10) holds them (stored_check_value)."""
    rows = []
    for c in article.checks:
        d = c.to_dict()
        d["inputs"] = json.dumps(list(c.inputs))
        for key in _CHECK_ROUNDING:
            d[key] = stored_check_value(key, getattr(c, key))
        rows.append({"article_id": article.id, **d})
    return rows


def to_arrow(table: str, rows: list[dict[str, Any]]) -> "pa.Table":  # noqa: F821
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=schemas()[table])


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)
