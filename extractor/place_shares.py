"""A place's share of a wider area's whole, named by the place alone: 临湾市…出口…2.34亿美元…。全省同类产品出口总额
为7.41亿美元，临湾占比31.6%.  The whole stands right before the share in its sentence, the wider area's (全省); the
part is the place's own figure of that measure, stated before (its subject the place)."""
from __future__ import annotations

import regex

from .indicators import WHOLE_AREA
from .relate import Relation, _Slot

# ，|临湾|占比|31.6%: the place, of two to four characters, right before 占比 opening the share's clause
_PLACE_SHARE = regex.compile(r"[，,]\s*(?P<place>\p{Han}{2,4}?)(?:[省市县区镇])?(?:所占比重|占比|所占份额)(?:为|达到?)?\s*$")
_PART_REACH = 400  # the place's figure is stated at most this far before its share


def place_shares(text: str, slots: list[_Slot]) -> list[Relation]:
    """Each share named by a place right after a whole of the wider area, over that place's own earlier
    figure of the whole's measure, no larger than the whole."""
    out = []
    for k in range(1, len(slots)):
        rate, whole = slots[k], slots[k - 1]
        if rate.figure.kind != "percent" or rate.fields.get("role") not in (None, "share") \
                or whole.sentence != rate.sentence or not WHOLE_AREA.match(whole.fields.get("subject") or ""):
            continue
        m = _PLACE_SHARE.fullmatch(text, whole.end, rate.start)
        if m is None:
            continue
        place = m.group("place")
        part = next((s for s in reversed(slots[:k - 1]) if rate.start - s.start <= _PART_REACH
                     and (s.fields.get("subject") or "").startswith(place) and s.same_measure(whole)
                     and s.fields.get("role") not in ("previous", "change", "target", "equivalent")
                     and s.figure.value <= whole.figure.value), None)
        if part is None:
            continue
        rate.fields["role"] = "share"
        out.append(Relation("share", rate.figure.id, inputs=(part.figure.id, whole.figure.id)))
    return out
