"""The annotate stage of one article: boilerplate found and blanked, metadata detected on
what is left (given fields winning), figures inside boilerplate dropped and the rest
numbered again, each with the period of its clause."""
from __future__ import annotations

import operator
from dataclasses import fields, replace
from typing import Any

import regex

from .boilerplate import find_boilerplate, inside
from .metadata import detect_metadata, merge_metadata, surface_of
from .normalize import Normalized
from .period import assign_periods
from .records import Figure


def annotate(norm: Normalized, figures: list, given: dict[str, Any] | None,
             boiler: list[tuple[int, int, str]] | None = None) -> tuple[list, dict[str, Any]]:
    """Boilerplate, metadata and periods for one article (issue 3).

    Figures inside boilerplate are dropped (and the rest numbered again);
    metadata is detected on the text with boilerplate blanked, given fields
    winning; each remaining figure gets the period of its clause, resolved
    against the publication date."""
    text = norm.text
    if boiler is None:  # (``find_boilerplate(norm.text)``, when the caller has it)
        boiler = find_boilerplate(text)
    blanked = text
    if boiler:
        parts, last = [], 0
        for s, e, _ in boiler:
            parts.append(text[last:s])
            parts.append(_NOT_NEWLINE.sub(" ", text[s:e]))
            last = e
        parts.append(text[last:])
        blanked = "".join(parts)
    meta = merge_metadata(detect_metadata(blanked, norm.raw, surface_of(norm), norm.script), given)
    if boiler:
        meta["boilerplate_chars"] = sum(e - s for s, e in (norm.raw_span(s, e) for s, e, _ in boiler))
        meta["boilerplate"] = sorted({k for _, _, k in boiler})
    if not figures:
        return [], meta
    if len(norm.text) == len(norm.raw):  # nothing deleted: offsets are the same
        spans = [(f.start, f.end) for f in figures]
    else:
        spans = [(norm.norm_offset(f.start), norm.norm_offset(f.end - 1) + 1) for f in figures]
    kept = [(f, span) for f, span in zip(figures, spans) if not inside(*span, boiler)] if boiler \
        else list(zip(figures, spans))
    periods = assign_periods(blanked, [span for _, span in kept], meta.get("date"))
    out = []
    numbers = {"f": 0, "q": 0}  # (q: a quantity build_figures set aside, numbered apart)
    for (f, _), p in zip(kept, periods):
        series = "q" if f.id[0] == "q" else "f"
        numbers[series] += 1
        id = f"{series}{numbers[series]}"
        out.append(f if f.id == id and f.period == p else _numbered(f, id, p))  # the same figure when unchanged
    return out, meta


_NOT_NEWLINE = regex.compile(r"[^\n]")
_FIGURE_FIELDS = tuple(f.name for f in fields(Figure))
_FIGURE_VALUES = operator.attrgetter(*_FIGURE_FIELDS)
_ID_AT, _PERIOD_AT = _FIGURE_FIELDS.index("id"), _FIGURE_FIELDS.index("period")


def _numbered(figure, id: str, period: str | None):
    """``replace(figure, id=id, period=period)``, faster for a Figure."""
    if type(figure) is not Figure:
        return replace(figure, id=id, period=period)
    values = list(_FIGURE_VALUES(figure))
    values[_ID_AT], values[_PERIOD_AT] = id, period
    return Figure(*values)
