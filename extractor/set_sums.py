"""A total and, right after it, parts that name every member of a set of categories that cover the
whole (rules/relate.yaml ``exhaustive_sets``), with no opener: 全球门市1,026家，国内714家、海外312家.
The parts of such a set are all of the total they follow: they must add up to it."""
from __future__ import annotations

import regex

from .relate import Relation, _Slot
from .sums import _summable, cast_breakdown

# 1,026家，|国内|714家: the first part's clause opens on its category, right after the total
_FIRST_PART = regex.compile(r"[，,]\s*(?P<name>\p{Han}{2,8}?)(?:为|是|有|达)?\s*")
# 714家、|海外|312家: the next parts joined to the one before
_NEXT_PART = regex.compile(r"\s*(?:、|[，,]|和|及|与)\s*(?P<name>\p{Han}{2,8}?)(?:为|是|有|达)?\s*")


def set_sums(text: str, slots: list[_Slot], context: dict) -> list[Relation]:
    """Each total followed at once by as many parts as a category set has members, the parts of its
    measure, each named by its category first, one part for every member."""
    groups = [tuple(g) for g in context.get("exhaustive_sets", ())]
    out = []
    for k, total in enumerate(slots[:-1]):
        # (read once, before any set: most figures have no category right after them)
        first = _FIRST_PART.fullmatch(text, total.end, slots[k + 1].start)
        if first is None or total.fields.get("role") or not _summable(text, total, ()) \
                or total.figure.value_max is not None or total.figure.approx:
            continue
        for group in (g for g in groups if first.group("name").startswith(g)):
            parts = _parts_naming(text, slots[k + 1:k + 1 + len(group)], total, group)
            if parts:
                out.append(cast_breakdown(total, parts))
                break
    return out


def _parts_naming(text: str, following: list[_Slot], total: _Slot, group: tuple[str, ...]) -> list[_Slot] | None:
    """``following`` when they are the parts of ``total`` that name each member of ``group`` once."""
    if len(following) != len(group):
        return None
    members, end = [], total.end
    for n, part in enumerate(following):
        joined = (_NEXT_PART if n else _FIRST_PART).fullmatch(text, end, part.start)
        if joined is None or part.sentence != total.sentence or not part.same_measure(total) \
                or part.fields.get("role") or part.figure.value_max is not None or not _summable(text, part, ()):
            return None
        member = next((w for w in group if joined.group("name").startswith(w)), None)
        if member is None or member in members:
            return None
        members.append(member)
        end = part.end
    return following
