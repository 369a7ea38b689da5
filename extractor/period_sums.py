"""A total stated for a span of the year and the figures of each month (or quarter) of that span
stated before it in its paragraph (3月毛收入为w…。2月份毛收入为x，1月份为y，首季累计毛收入z; 一季度营收a，
二季度营收b，上半年累计营收c): the months add up to the span.  The parts are read by the periods
their figures are of, not tied by the text, so the sum confirms the total, never refutes it."""
from __future__ import annotations

import regex

from .indicators import _clause_start, paragraph_start
from .relate import Relation, _agrees, _Slot
from .sum_names import _common_suffix

# The span a total is stated for, right before it in its clause, and the periods (figure.period's
# month or quarter) it is made of.
_SPANS = (
    (regex.compile(r"(?:首季度?|第?[一1]季度?|[1一]\s*[-－—至~]\s*3\s*月份?)(?:累计|合计|共)?\p{Han}{0,8}$"),
     (("01", "02", "03"),)),
    (regex.compile(r"(?:上半年|[1一]\s*[-－—至~]\s*6\s*月份?)(?:累计|合计|共)?\p{Han}{0,8}$"),
     (("Q1", "Q2"), ("01", "02", "03", "04", "05", "06"))),
    (regex.compile(r"(?:前三季度?|首三季度?|[1一]\s*[-－—至~]\s*9\s*月份?)(?:累计|合计|共)?\p{Han}{0,8}$"),
     (("Q1", "Q2", "Q3"),)),
)
_SPAN_REACH = 16  # the span named this far before its total at most
_PART_REACH = 400  # the periods' figures stated this far before the total at most, in its paragraph
_NOT_PARTS = ("change", "target", "equivalent")  # (a rate's roles fall on no money or count)
# 2月份毛收入为|x: a month's figure labelled so, which may be the month before's value of a rate too
_MONTH_LABEL = regex.compile(r"(?<!\d)(?P<month>\d{1,2})月份?\p{Han}{0,6}?(?:为|是|达)?\s*$")


def period_sums(text: str, slots: list[_Slot], context: dict) -> list[Relation]:
    """Each total whose clause names a span of the year, with one figure before it of its measure,
    named as it is (or by nothing), for each month or quarter of the span, when they add up."""
    out = []
    for k, total in enumerate(slots):
        if total.figure.kind not in ("money", "count") or total.fields.get("role") not in (None, "actual", "total") \
                or total.figure.approx or total.figure.value_max is not None:
            continue
        before = text[_clause_start(text, total.start, max(total.sentence, total.start - _SPAN_REACH)):total.start]
        for span, makeups in _SPANS:
            if not span.search(before):
                continue
            parts = next((p for p in (_parts_of(text, slots[:k], total, periods) for periods in makeups) if p), None)
            if parts:
                relation = Relation("breakdown", None, total=total.figure.id,
                                    inputs=tuple(p.figure.id for p in parts), mode="inferred")
                if _agrees(relation, slots, context):
                    out.append(relation)
            break
    return out


def _parts_of(text: str, earlier: list[_Slot], total: _Slot, periods: tuple[str, ...]) -> list[_Slot] | None:
    """The one figure of each of ``periods`` before ``total`` in its paragraph, of its measure and year."""
    year = (total.figure.period or "")[:4]
    floor = max(paragraph_start(text, total.start, _PART_REACH), total.start - _PART_REACH)
    named = total.fields.get("indicator") or ""
    found: dict[str, list[_Slot]] = {}
    for s in earlier:
        period = s.figure.period or ""
        if s.start < floor or len(period) != 7 or period[:4] != year or period[5:] not in periods:
            continue
        if s.same_measure(total) and s.fields.get("role") not in _NOT_PARTS and not s.figure.approx \
                and s.figure.value < total.figure.value and _named_alike(s, named) \
                and (s.fields.get("role") != "previous" or _labelled(text, s, period[5:])):
            found.setdefault(period[5:], []).append(s)
    if sorted(found) != sorted(periods) or any(len(v) != 1 for v in found.values()):
        return None
    return [found[p][0] for p in periods]


def _labelled(text: str, s: _Slot, month: str) -> bool:
    """Is ``s`` labelled by its month right before it in its clause (2月份毛收入为|x)?"""
    if not month.isdigit():
        return False  # (a quarter's value of the quarter before: no month to label it)
    m = _MONTH_LABEL.search(text, _clause_start(text, s.start, max(s.sentence, s.start - 12)), s.start)
    return m is not None and int(m.group("month")) == int(month)


def _named_alike(s: _Slot, named: str) -> bool:
    """Is ``s`` named by nothing, or by the measure ``named`` ends with (two characters or more)?"""
    indicator = s.fields.get("indicator") or ""
    return not indicator or len(_common_suffix([indicator, named])) >= 2
