"""Articles -> table rows; the table schemas, declared once for every format."""
from __future__ import annotations

import json
from decimal import Decimal, localcontext
from typing import Any

import pyarrow as pa

from .records import Article

# DECIMAL(38, 10): 28 integer digits (10^27 yuan) and 10 decimals (千分之 of a
# percent) hold every figure a report states, exactly.
DECIMAL = pa.decimal128(38, 10)
_QUANTUM = Decimal("1e-10")

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("id", pa.string()), ("source", pa.string()), ("title", pa.string()),
        ("date", pa.string()), ("outlet", pa.string()), ("length", pa.int64()),
        ("figures", pa.int64()), ("metadata", pa.string()),
        ("reporters", pa.string()), ("script", pa.string()),
    ]),
    "figures": pa.schema([
        ("article_id", pa.string()), ("id", pa.string()), ("kind", pa.string()),
        ("text", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
        ("value", DECIMAL), ("value_max", DECIMAL), ("currency", pa.string()),
        ("unit", pa.string()), ("approx", pa.bool_()), ("negative", pa.bool_()),
        ("of", pa.string()), ("rule", pa.string()),
        ("period", pa.string()),
        ("indicator", pa.string()), ("role", pa.string()), ("subject", pa.string()),
    ]),
    # one row per claim the text makes; inputs: JSON list of figure ids
    "checks": pa.schema([
        ("article_id", pa.string()), ("id", pa.string()), ("kind", pa.string()),
        ("relation", pa.string()), ("status", pa.string()), ("reported", pa.string()),
        ("total", pa.string()), ("inputs", pa.string()), ("reported_value", DECIMAL),
        ("computed_low", DECIMAL), ("computed_high", DECIMAL),
        ("explanation_zh", pa.string()), ("explanation_en", pa.string()), ("reason", pa.string()),
    ]),
    # article_id: the article an error belongs to (null for an input that gave no article)
    "errors": pa.schema([
        ("source", pa.string()), ("stage", pa.string()), ("reason", pa.string()),
        ("article_id", pa.string()),
    ]),
    # one row per distinct org per article; mentions: JSON [[start, end], ...] of every mention
    "orgs": pa.schema([
        ("article_id", pa.string()), ("id", pa.string()), ("text", pa.string()),
        ("start", pa.int64()), ("end", pa.int64()), ("name", pa.string()),
        ("type", pa.string()), ("rule", pa.string()), ("mentions", pa.string()),
    ]),
    # each article's raw text, so offsets can be checked and a report can highlight them
    "texts": pa.schema([("article_id", pa.string()), ("text", pa.string())]),
}

# The column naming the article a table's rows belong to: a re-run replaces
# an article's rows in every table by this key.
KEY_COLUMNS = {"articles": "id"}


def key_column(table: str) -> str | None:
    """``id`` for articles, ``article_id`` for any table that has one, else None."""
    if table in KEY_COLUMNS:
        return KEY_COLUMNS[table]
    return "article_id" if "article_id" in SCHEMAS[table].names else None


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


def check_rows(article: Article) -> list[dict[str, Any]]:
    """One row per check; bounds that DECIMAL(38,10) cannot hold are rounded
    outward, so the stored interval still contains the computed one."""
    rows = []
    for c in article.checks:
        d = c.to_dict()
        d["inputs"] = json.dumps(list(c.inputs))
        for key, rounding in (("reported_value", None), ("computed_low", "ROUND_FLOOR"), ("computed_high", "ROUND_CEILING")):
            value = getattr(c, key)
            if value is not None and not fits_decimal(value):
                value = value.quantize(_QUANTUM, rounding=rounding) if rounding else None
            d[key] = value
        rows.append({"article_id": article.id, **d})
    return rows


def to_arrow(table: str, rows: list[dict[str, Any]]) -> pa.Table:
    schema = SCHEMAS[table]
    return pa.Table.from_pylist(rows, schema=schema)


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)
