"""A whole, the part of it that reached a stage, and the rest: 首批车辆16辆，已完成组装9辆，其余7辆
计划明年交付.  Said so in one sentence, with no 其中 to open a list, the part and the rest are all
of the whole: they must add up to it."""
from __future__ import annotations

import regex

from .relate import Relation, _Slot
from .sums import _summable, cast_breakdown

# ，其余|7辆: the rest, opening its clause
_REST = regex.compile(r"[，,；;]\s*其余(?:的)?\s*$")
# ，已完成组装|9辆 (已交付, 已开工建设…): the part that reached a stage, opening its clause
_STAGE_REACHED = regex.compile(r"[，,；;]\s*(?:目前|截至[^，,。；;]{1,8}?[，,]?)?已(?:经)?\p{Han}{1,8}?\s*$")
# (其余 within this many characters before the rest; a stage's clause at most this long)
_REST_REACH = 6
_STAGE_REACH = 20


def rest_sums(text: str, slots: list[_Slot]) -> list[Relation]:
    """Each whole, stage and rest the text states in a row, of one measure, in one sentence
    (whole，已…part，其余rest), the part and the rest cast in no role yet."""
    if "其余" not in text:
        return []
    out = []
    for k, rest in enumerate(slots):
        if rest.figure.kind not in ("count", "money") \
                or not _REST.search(text, max(0, rest.start - _REST_REACH), rest.start):
            continue
        earlier = [s for s in slots[:k] if s.same_measure(rest) and s.sentence == rest.sentence]
        if len(earlier) < 2:
            continue
        whole, part = earlier[-2:]
        # (the whole may be planned: 计划改造项目16个，已完工9个，其余7个; the part is what is done)
        if whole.fields.get("role") not in (None, "target", "actual") or part.fields.get("role") not in (None, "actual") \
                or rest.fields.get("role") \
                or not all(_summable(text, s, ()) and s.figure.value_max is None for s in (whole, part, rest)) \
                or whole.figure.approx or whole.figure.value <= part.figure.value \
                or not _STAGE_REACHED.search(text, max(whole.end, part.start - _STAGE_REACH), part.start) \
                or "其中" in text[whole.end:part.start]:
            continue
        role = whole.fields.get("role")
        out.append(cast_breakdown(whole, [part, rest]))
        if role:
            whole.fields["role"] = role  # (a plan stays one)
    return out
