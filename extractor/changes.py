"""Claims of a change in amount between two values the text states: 达1286家，较上年末
的1113家净增173家, 由上年的1192家增至1286家，净增84家.  relate.py builds the slots and
calls :func:`changes`; the relation is ``change`` (inputs: the current value, then the
previous one; reported: the change) and its check is of kind ``difference`` (validate.py).
Only the figures the text ties in one claim are read: a change whose base is not stated
(比上年增加12家) is left alone.
"""
from __future__ import annotations

import regex

from .relate import Relation, _Slot

_UP = "净增|增加了|增加|增长了|增长|增|多了|多|增收|多增|提高了|提高|上升了|上升"
_DOWN = "净减|减少了|减少|下降了|下降|减|少了|少|减收|少增|降低了|降低"
# A change right before its figure, and which way it goes.
_CHANGE_VERB = regex.compile(rf"(?P<verb>{_UP}|{_DOWN})\s*$")
_DECREASE = frozenset(_DOWN.split("|"))
# 较上年末的|1113家, 比上年的|1192家: a base compared with, right before the previous value.
_COMPARED = regex.compile(r"(?:较|比)[^，,。；;：:\d%]{0,12}?的?\s*$")
# What stands between the current value and the comparison: a comma, or nothing.
_THEN = regex.compile(r"\s*[，,]?\s*")
# 由|从 (上年的) previous (增至|增加到) current: a change from the first value to the second.
_FROM = regex.compile(r"(?:由|从)[^，,。；;：:\d%]{0,8}?的?\s*$")
_TO = regex.compile(r"\s*(?:增加|增长|增|提高|上升|升|减少|下降|降低|降|减)?(?:到|至)\s*")
_AFTER_TO = regex.compile(r"\s*[，,]\s*")


def changes(text: str, slots: list[_Slot]) -> list[Relation]:
    """Each change figure whose current and previous values its claim states."""
    out = []
    for k in range(2, len(slots)):
        change = slots[k]
        if change.figure.kind in ("percent", "percentage_point") or change.figure.value_max is not None:
            continue
        verb = _CHANGE_VERB.search(text, max(change.sentence, change.start - 6), change.start)
        if verb is None:
            continue
        pair = _compared(text, slots, k, verb) or _from_to(text, slots, k, verb)
        if pair is None:
            continue
        current, previous = pair
        if current.fields.get("role") == "part":
            # 总数612间，其中…澳门及海外41间，较上年底的574间净增38间: the change is the total's
            current = _total_of(slots, current)
            if current is None:
                continue
        if not (current.same_measure(change) and previous.same_measure(change)) \
                or current.fields.get("role") in ("target", "previous") or current.figure.value_max is not None \
                or previous.figure.value_max is not None:
            continue
        change.fields.setdefault("role", "change")
        if current.fields.get("indicator") and not change.fields.get("indicator"):
            change.fields["indicator"] = current.fields["indicator"]
        direction = "down" if verb.group("verb") in _DECREASE else "up"
        out.append(Relation("change", change.figure.id, inputs=(current.figure.id, previous.figure.id),
                            mode=direction))
    return out


def _total_of(slots: list[_Slot], part: _Slot) -> _Slot | None:
    """The total of the breakdown ``part`` ends, when it stands in the part's sentence."""
    k = slots.index_by_id()[part.figure.id]
    return next((s for s in (slots[j] for j in range(k - 1, -1, -1)) if s.sentence == part.sentence
                 and s.same_measure(part) and s.fields.get("role") == "total"), None)


def _compared(text: str, slots: list[_Slot], k: int, verb: regex.Match) -> tuple[_Slot, _Slot] | None:
    """current，较…的previous verb change (达1286家，较上年末的1113家净增173家)."""
    current, previous = slots[k - 2], slots[k - 1]
    if previous.end != verb.start() and text[previous.end:verb.start()].strip():
        return None
    cue = _COMPARED.search(text, max(previous.sentence, previous.start - 16), previous.start)
    if cue is None or current.sentence != previous.sentence or not _THEN.fullmatch(text, current.end, cue.start()):
        return None
    return current, previous


def _from_to(text: str, slots: list[_Slot], k: int, verb: regex.Match) -> tuple[_Slot, _Slot] | None:
    """由previous增至current，verb change (由上年的1192家增至1286家，净增84家)."""
    previous, current = slots[k - 2], slots[k - 1]
    if current.sentence != previous.sentence or not _TO.fullmatch(text, previous.end, current.start) \
            or not _AFTER_TO.fullmatch(text, current.end, verb.start()):
        return None
    if _FROM.search(text, max(previous.sentence, previous.start - 12), previous.start) is None:
        return None
    return current, previous
