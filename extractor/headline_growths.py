"""A growth rate the headline alone states, of a figure the body states again with the value of the
period before beside it: 观赏鱼出口额达3860万美元 同比增长18.6% (the title), then 全年出口…3860万美元，
上年同期为3255万美元 (the body, which gives no rate).  A rate the body repeats is left to the body's
claim; one read so, across the headline and the body, confirms only."""
from __future__ import annotations

import regex

from .growth_bases import _previous_after
from .relate import Relation, _Slot, headline_end

# 同比增长|18.6%: the verb of a growth right before the headline's rate
_GROWTH_CUE = regex.compile(r"(?:同比|按年|比上年|较上年|比去年|较去年)?(?:增长|上升|提高|增加|成长|年增)\s*$")
_TITLE_GAP = regex.compile(r"[^，,。；;\n]{0,12}")  # (出口额达3860万美元| 同比增长: the title's own clause)


def headline_growths(text: str, slots: list[_Slot], relations: list[Relation]) -> list[Relation]:
    """Each growth rate in the headline that no claim has taken, over the headline's figure before it
    and the value of the period before that the body states beside the same figure."""
    end = headline_end(text)
    if end < 0:
        return []
    taken = {r.reported for r in relations}
    grown = {r.inputs[0] for r in relations if r.kind == "growth" and r.inputs}
    out = []
    for k, rate in enumerate(slots):
        if rate.start >= end:
            break
        cue = _GROWTH_CUE.search(text, max(0, rate.start - 8), rate.start) if k else None
        if cue is None or rate.figure.kind != "percent" or rate.figure.id in taken:
            continue
        current = slots[k - 1]
        if current.figure.kind == "percent" or not _TITLE_GAP.fullmatch(text, current.end, cue.start()):
            continue
        copy = next((i for i in range(k + 1, len(slots)) if slots[i].start > end
                     and slots[i].figure.value == current.figure.value and slots[i].same_measure(current)
                     and slots[i].fields.get("role") not in ("previous", "target", "change")), None)
        if copy is None or slots[copy].figure.id in grown or copy + 1 >= len(slots):
            continue  # (a rate the body repeats is the body's claim)
        # (3860万美元|，上年同期为|3255万美元: the period before named right after the body's figure, read as a
        # growth's base stated right after it is)
        previous = slots[copy + 1]
        if not previous.same_measure(current) or not _previous_after(text, slots[copy], previous, slots[copy]):
            continue
        rate.fields["role"] = "growth"
        out.append(Relation("growth", rate.figure.id, inputs=(current.figure.id, previous.figure.id), mode="inferred"))
    return out
