"""Parts listed in brackets right after their total, with no 其中 to open them: 新能源船舶59艘
（纯电动渡船38艘、LNG动力船舶21艘）.  Nothing in the text says such a list is all of the total, so
it is read only when its parts add up to the total exactly: it confirms, never refutes."""
from __future__ import annotations

import regex

from .relate import Relation, _Slot
from .sums import _summable, cast_breakdown

_OPENS = regex.compile(r"\s*[（(]")
_NAME = regex.compile(r"[\p{Han}A-Za-z]{2,16}")  # an item's name, right before its figure
_JOINS = regex.compile(r"\s*(?:[、，,]|和|及|与)\s*")
_CLOSES = regex.compile(r"\s*[）)]")
# a name that makes its figure something other than a part: a base, a conversion, a bound, a share, an average
_NOT_A_PART = regex.compile(r"上年|去年|同期|上月|上季|折合|约|占|增|减|降|比|较|为|含|包括|其中|以上|以下|平均|人均|每|均")


def bracket_sums(text: str, slots: list[_Slot]) -> list[Relation]:
    """Each figure whose brackets right after it hold only named figures of its measure that add up to it."""
    if "（" not in text and "(" not in text:
        return []
    out = []
    for i, total in enumerate(slots):
        opens = _OPENS.match(text, total.end)
        # (a part may be broken down in turn: 其中新能源船舶59艘（…）)
        if opens is None or total.fields.get("role") not in (None, "part", "actual") or total.figure.approx \
                or not _summable(text, total):
            continue
        parts = _bracketed_parts(text, slots[i + 1:], total, opens.end())
        if len(parts) >= 2 and sum(p.figure.value for p in parts) == total.figure.value:
            role = total.fields.get("role")
            out.append(cast_breakdown(total, parts, "inferred"))
            if role == "part":
                total.fields["role"] = role  # (still a part of the whole before it)
    return out


def _bracketed_parts(text: str, after: list[_Slot], total: _Slot, at: int) -> list[_Slot]:
    """The figures of ``after`` that the brackets opening at ``at`` list, each after its name, up to
    the closing bracket; none when anything else stands there."""
    parts = []
    for s in after:
        name = _NAME.fullmatch(text, at, s.start)
        if name is None or _NOT_A_PART.search(name.group()) or not s.same_measure(total) or s.figure.approx \
                or s.fields.get("role") or not _summable(text, s):
            return []
        parts.append(s)
        if _CLOSES.match(text, s.end):
            return parts
        joins = _JOINS.match(text, s.end)
        if joins is None:
            return []
        at = joins.end()
    return []
