"""Shares read after every family has run, on the relations already found: a change
in points named only as 占比, a share of the year before from two growths' previous
values, and a share right after a part of a list that adds up to its total."""
from __future__ import annotations

import regex

from .relate import Relation, _agrees, _Slot
from .sum_items import _ITEM_BREAK

# What a change in points of a share calls the share: 占比提升1.4个百分点至47.2%.
_SHARE_WORDS = frozenset({"占比", "比重", "所占比重", "占的比重", "占比重"})
_SHARE_CHANGE_REACH = 16  # characters between the change and the share it is of


def share_changes(slots: list[_Slot]) -> None:
    """A change in points named only as 占比/比重 is a change of the share stated right
    beside it in its sentence (…，占68.2%，比重较去年同期提升2.5个百分点; 占比提升1.4个百分点
    至47.2%): it takes that share's indicator and the role ``change``."""
    for k, s in enumerate(slots):
        if s.figure.kind != "percentage_point" or s.fields.get("indicator") not in _SHARE_WORDS:
            continue
        near = [t for t in (slots[k - 1] if k else None, slots[k + 1] if k + 1 < len(slots) else None)
                if t is not None and t.sentence == s.sentence and t.figure.kind == "percent"
                and t.fields.get("role") == "share" and t.fields.get("indicator")
                and min(abs(t.start - s.end), abs(s.start - t.end)) <= _SHARE_CHANGE_REACH]
        if near:
            s.fields["indicator"] = near[0].fields["indicator"]
            s.fields.setdefault("role", "change")


def earlier_shares(slots: list[_Slot], relations: list[Relation]) -> list[Relation]:
    """The earlier rate of a share's change in points is the share of the year before, when
    growths give both operands' previous values (营业收入…较上年同期的29.24亿元增长R；研发投入
    3.22亿元，比上年同期的2.54亿元增长R，占营业收入的9.8%，比上年同期提高1.1个百分点（上年同期
    为8.7%）: 8.7% = 2.54 / 29.24).  Read around, it confirms, never refutes."""
    by_id = {s.figure.id: s for s in slots}
    previous = {r.inputs[0]: r.inputs[1] for r in relations if r.kind == "growth" and len(r.inputs) == 2
                and by_id[r.inputs[1]].fields.get("role") == "previous"}
    shares = {r.reported: r.inputs for r in relations if r.kind == "share" and len(r.inputs) == 2}
    reported = {r.reported for r in relations if r.reported}
    out = []
    for r in relations:
        if r.kind != "points" or len(r.inputs) != 2 or r.inputs[0] not in shares or r.inputs[1] in reported:
            continue
        part, whole = shares[r.inputs[0]]
        # (cast as a share already by its cue, 占…的比重由上年同期的6.9%提高到9.0%, but tied to nothing)
        if part in previous and whole in previous and by_id[r.inputs[1]].fields.get("role") in (None, "share"):
            by_id[r.inputs[1]].fields["role"] = "share"
            out.append(Relation("share", r.inputs[1], inputs=(previous[part], previous[whole]), mode="inferred"))
            reported.add(r.inputs[1])
    return out


# 电视机136.2万台，|占|38.1%: a share right after a part, its whole unnamed
_UNNAMED_WHOLE = regex.compile(r"[，,]\s*(?:占比|占|所占比重|比重)(?:为|达到?)?\s*")


def shares_of_listed_totals(text: str, slots: list[_Slot], relations: list[Relation], context: dict) -> list[Relation]:
    """A share right after a part, its whole unnamed (分品类看，电视机136.2万台，占38.1%；电冰箱98.5万台…), tied
    to nothing yet, is of the total of the list the part is in, when that list is all of its total and
    adds up to it exactly: the text ties them, so the share may refute.  So is one later in the part's
    ；-item whose whole is named as all of the total's (_share_of_all_later), the list all or not."""
    index = slots.index_by_id()
    reported = {r.reported for r in relations if r.reported}
    out = []
    for r in relations:
        if r.kind != "breakdown" or r.total not in index:
            continue
        # (a list said to be all of its total, else one a share names that total for: 占三隧总流量的)
        exhaustive = r.mode == "exhaustive"
        shared = []  # (part, rate) of the parts with such a share, before the list is asked to add up
        total = slots[index[r.total]]
        for part in r.inputs:
            k = index[part] + 1
            rate = slots[k] if k < len(slots) else None
            if exhaustive and rate is not None and rate.figure.kind == "percent" and rate.figure.id not in reported \
                    and rate.fields.get("role") in (None, "share") \
                    and _UNNAMED_WHOLE.fullmatch(text, slots[k - 1].end, rate.start):
                shared.append((part, rate))
            elif (rate := _share_of_all_later(text, slots, k, total)) is not None and rate.figure.id not in reported:
                shared.append((part, rate))
        if not shared or not _agrees(r, slots, context):
            continue
        for part, rate in shared:
            rate.fields["role"] = "share"
            out.append(Relation("share", rate.figure.id, inputs=(part, r.total)))
            reported.add(rate.figure.id)
    return out


def _share_of_all_later(text: str, slots: list[_Slot], k: int, total: _Slot) -> _Slot | None:
    """The share later in the ；-item of the part before ``slots[k]``, of a whole named as all of what
    ``total`` names (西隧日均7.83万架次，较去年同期…增加13.3%，占三隧总流量的比例为31.8%: 总 after words of the
    total's name, 三隧), over figures of the part's own clauses (its base, its change)."""
    part = slots[k - 1]
    named = total.fields.get("indicator") or ""
    for rate in slots[k:k + _LATER_TRIES]:
        if _ITEM_BREAK.search(text, part.end, rate.start) or rate.sentence != part.sentence:
            return None
        if rate.figure.kind != "percent" or rate.fields.get("role") not in (None, "share"):
            continue
        cue = _WHOLE_OF_ALL.search(text, max(part.end, rate.start - 24), rate.start)
        whole = cue.group("whole") if cue else ""
        head = whole.split("总")[0]  # (三隧|总流量: the total's own words before 总, not 农村小学和教学点|总数)
        return rate if "总" in whole and len(head) >= 2 and head in named else None
    return None


_LATER_TRIES = 4  # (a base and a change between the part and its share)
_WHOLE_OF_ALL = regex.compile(r"[，,]\s*(?:占|佔)(?P<whole>\p{Han}{2,12}?)(?:的)?(?:比例|比重|份额)?(?:为|达到?)?\s*$")
