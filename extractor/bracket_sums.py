"""Parts listed in brackets right after their total, with no 其中 to open them: 新能源船舶59艘
（纯电动渡船38艘、LNG动力船舶21艘）.  Nothing in the text says such a list is all of the total, so
it is read only when its parts add up to the total exactly: it confirms, never refutes."""
from __future__ import annotations

import regex

from .growths import _COMPARED_RIGHT_AFTER
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


# 持牌大牌档26个，|分别位于|中西区（14个）、深水埗区（7个）…及东区（2个）: where the total's members are, each
# place's count in brackets after it
_PLACED = regex.compile(r"[，,]\s*(?:分别|主要)?(?:位于|分布于|分布在|分布|坐落于|落户)\s*")
_PLACE_THEN_BRACKET = regex.compile(r"(?P<name>\p{Han}{2,10})\s*[（(]\s*")


def placed_in_brackets(text: str, slots: list[_Slot]) -> list[Relation]:
    """Each count followed by where its members are, each place's count in brackets after its
    name (…26个，分别位于A（14个）、B（7个）、C（3个）及D（2个）), read when those add up to it."""
    if "（" not in text and "(" not in text:
        return []
    out = []
    for i, total in enumerate(slots):
        # (past the total's comparison: 26个，较十年前的28个减少2个，分别位于…)
        j = i
        while j + 2 < len(slots) and slots[j + 2].sentence == total.sentence \
                and slots[j + 2].fields.get("role") == "change" \
                and _COMPARED_RIGHT_AFTER.fullmatch(text, slots[j].end, slots[j + 1].start):
            j += 2
        placed = _PLACED.match(text, slots[j].end)
        if placed is None or total.figure.kind != "count" or total.figure.approx \
                or total.fields.get("role") not in (None, "part", "actual") or not _summable(text, total):
            continue
        parts, at = [], placed.end()
        for s in slots[j + 1:]:
            named = _PLACE_THEN_BRACKET.fullmatch(text, at, s.start)
            if named is None or _NOT_A_PART.search(named.group("name")) or not s.same_measure(total) \
                    or s.figure.approx or s.fields.get("role") or not _CLOSES.match(text, s.end):
                break
            parts.append(s)
            joins = _JOINS.match(text, _CLOSES.match(text, s.end).end())
            if joins is None:
                break
            at = joins.end()
        if len(parts) >= 2 and sum(p.figure.value for p in parts) == total.figure.value:
            out.append(cast_breakdown(total, parts, "inferred"))
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
