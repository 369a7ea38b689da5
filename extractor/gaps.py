"""Claims of the gap between two sides the text names, each stated before it: 去程货值x…；回程
货值y，去程比回程多z (z = x - y), 出口比进口少z (z = y - x).  Cast as balances.py casts its
differences: ``change`` (inputs: the larger side, then the smaller; reported: the gap), checked
as kind ``difference`` (validate.py).
"""
from __future__ import annotations

import regex

from .balances import _named_before
from .relate import Relation, _Slot, full_sentence_start

# (，去程比回程多|39.8亿元; 出口比进口少出…: the two sides by their names, then which way the gap runs)
_GAP_CUE = regex.compile(r"[，,；;]\s*(?P<plus>\p{Han}{1,6}?)比(?P<minus>\p{Han}{1,6}?)(?P<way>多|少|高|低)(?:出|了)?\s*$")
_LESS = frozenset(("少", "低"))
_GAP_REACH = 200  # the sides stand in the gap's full sentence, at most this far back


def gaps(text: str, slots: list[_Slot]) -> list[Relation]:
    """A gap between two sides named before it (z = x - y for 多 or 高, y - x for 少 or 低), each the
    nearest figure of the gap's measure named so in its full sentence, a part of a breakdown as well
    (货值x。从运输方向看，去程货值y；回程货值z，去程比回程多w); never of a period (比上年多 names no
    figure: a change, changes.py's)."""
    if "比" not in text:
        return []
    out = []
    for k, gap in enumerate(slots):
        if gap.figure.kind not in ("money", "count") or gap.figure.value_max is not None or gap.fields.get("role"):
            continue
        cue = _GAP_CUE.search(text, max(gap.sentence, gap.start - 16), gap.start)
        if cue is None:
            continue
        opens = full_sentence_start(text, gap.start, max(0, gap.start - _GAP_REACH))
        plus = _named_before(slots, k, cue.group("plus"), gap, opens)
        minus = _named_before(slots, k, cue.group("minus"), gap, opens)
        if plus is None or minus is None or plus is minus:
            continue
        larger, smaller = (minus, plus) if cue.group("way") in _LESS else (plus, minus)
        gap.fields["role"] = "change"
        out.append(Relation("change", gap.figure.id, inputs=(larger.figure.id, smaller.figure.id), mode="up"))
    return out
