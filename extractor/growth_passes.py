"""Passes over the growths and changes the families have cast: a change right after a figure that
names no measure takes the figure's (unnamed_changes, after every family that casts a change), a
growth right after a share is of the share's part (of_share_parts, after the shares), and a completion
rate right after a growth is of the growth's current value (completed_by_growth, after the growths),
and a growth right after a completion, against a previous value alone, of the completion's actual
(grown_after_completion)."""
from __future__ import annotations

import regex

from .growths import _CHANGE_UNNAMED, _level_past_its_rates
from .relate import RATE_VERBS, Relation, _Slot, _Slots

# 同比上涨0.2%，|环比|下降0.1%: a rate against another base, right after one
_OTHER_BASE = regex.compile(r"[，,]\s*(?:同比|环比|按年|按月|按季|季增|季减|年增|年减|月增|月减)")
# ，比上年末增加|1.32万人: a change right after the level, its base named, its measure not
_UNNAMED_CHANGE = regex.compile(r"[，,]" + _CHANGE_UNNAMED)
# Between a figure and its own rate: 余额8036.52亿元，同比增长|9.1%.
_OWN_RATE = regex.compile(r"[，,]?\s*(?:同比|环比|比上年|比去年|较上年|较去年)?(?:同期)?(?:增长|下降|增加|减少)了?\s*")


def unnamed_changes(text: str, slots: list[_Slot]) -> None:
    """A change right after a figure in the next clause, that names no measure of its
    own, measures the figure's (年末全市常住人口290.15万人，比上年末增加1.32万人): it
    takes that indicator, and the role ``change`` when no relation gave it one.  A change
    in points follows a percentage; any other, a figure of its own kind and unit."""
    for k in range(1, len(slots)):
        s, before = slots[k], slots[k - 1]
        if (s.figure.kind == "percent" and s.fields.get("role") == "growth" and not s.fields.get("indicator")
                and before.figure.kind == "percent" and before.fields.get("role") == "growth"
                and before.fields.get("indicator") and _OTHER_BASE.match(text, before.end, s.start)):
            s.fields["indicator"] = before.fields["indicator"]  # 同比上涨0.2%，环比下降|0.1%: another base
            continue
        if s.fields.get("indicator") or s.fields.get("role") not in (None, "change"):
            continue  # (a change a growth check already took still lacks its name)
        if not _UNNAMED_CHANGE.fullmatch(text, before.end, s.start):
            before = _level_past_its_rates(text, slots, k) if s.figure.kind not in ("percent", "percentage_point") else None
            if before is not None:
                s.fields["indicator"] = before.fields["indicator"]
                s.fields["role"] = "change"
            continue
        if s.figure.kind == "percentage_point":
            if before.figure.kind != "percent":
                continue
        elif s.figure.kind == "percent":
            continue
        elif not s.same_measure(before):
            # 余额8036.52亿元，同比增长9.1%，比年初增加612.38亿元: past the figure's own rate
            rate, before = before, slots[k - 2] if k >= 2 else None
            if (before is None or rate.figure.kind != "percent" or rate.fields.get("role") != "growth"
                    or not s.same_measure(before) or rate.fields.get("indicator") != before.fields.get("indicator")
                    or not _OWN_RATE.fullmatch(text, before.end, rate.start)):
                continue
        if before.fields.get("indicator"):
            s.fields["indicator"] = before.fields["indicator"]
            s.fields["role"] = "change"


# 日本仍是最大市场，占外销总值的66.8%，|较去年同期的|5.48亿元|成长|19.9%: a base of the year before right
# after a share, then the rate against it
_BASE_AFTER_SHARE = regex.compile(r"\s*[，,]\s*(?:同比)?(?:较|比)(?:上年同期|去年同期|上一年同期|上年|去年)的\s*")
_RATE_AFTER_BASE = regex.compile(rf"\s*(?:同比)?(?:{RATE_VERBS}|成长|衰退)了?\s*")


def of_share_parts(text: str, slots: _Slots, relations: list[Relation]) -> list[Relation]:
    """日本仍是最大市场，占外销总值的66.8%，较去年同期的5.48亿元成长19.9%: a growth whose clause
    names the year before's value and no current one, right after a share, is of the share's
    part (the subject of both).  Tied as firmly as that share is: one read from the context
    only confirms."""
    parts = {r.reported: r for r in relations if r.kind == "share" and len(r.inputs) == 2}
    if not parts:
        return []
    index = slots.index_by_id()
    reported = {r.reported for r in relations}
    out = []
    for share, previous, rate in zip(slots, slots[1:], slots[2:]):
        tie = parts.get(share.figure.id)
        if tie is None or rate.figure.id in reported or rate.figure.kind != "percent" \
                or rate.fields.get("role") not in (None, "growth") or previous.fields.get("role") not in (None, "previous") \
                or not _BASE_AFTER_SHARE.fullmatch(text, share.end, previous.start) \
                or not _RATE_AFTER_BASE.fullmatch(text, previous.end, rate.start):
            continue
        part = slots[index[tie.inputs[0]]]
        if part.start > share.start or not part.same_measure(previous) or part.fields.get("role") not in (None, "actual", "part"):
            continue
        rate.fields.update(role="growth", indicator=part.fields.get("indicator"))
        previous.fields["role"] = "previous"
        inferred = tie.mode == "inferred" or tie.mode.endswith(" inferred")
        out.append(Relation("growth", rate.figure.id, inputs=(part.figure.id, previous.figure.id),
                            mode="inferred" if inferred else "previous"))
    return out


# 增长35.3%，|为年度目标|20宗的115%: a completion's clause right after a growth rate, naming no actual
_THEN_TARGET = regex.compile(r"[，,]\s*(?:为|完成|达到?)?(?:年度|全年|年初)?\p{Han}{0,4}?(?:目标|计划|任务)(?:任务)?的?\s*")


def completed_by_growth(text: str, slots: _Slots, relations: list[Relation]) -> list[Relation]:
    """``relations`` with each completion rate that found no actual (批准数目较2023年的17宗增长35.3%，为
    年度目标20宗的115%) given the current value of the growth whose rate ends the clause right before
    its target, of the target's measure: the clauses say one thing of one figure."""
    index = slots.index_by_id()
    grown = {r.reported: r for r in relations if r.kind == "growth" and len(r.inputs) == 2}
    out = []
    for r in relations:
        if r.kind == "completion" and len(r.inputs) == 1 and r.reason and r.inputs[0] in index:
            k = index[r.inputs[0]]
            growth = grown.get(slots[k - 1].figure.id) if k else None
            current = slots[index[growth.inputs[0]]] if growth is not None and growth.inputs[0] in index else None
            if current is not None and current.same_measure(slots[k]) \
                    and _THEN_TARGET.fullmatch(text, slots[k - 1].end, slots[k].start):
                current.fields.setdefault("role", "actual")
                r = Relation("completion", r.reported, inputs=(current.figure.id, r.inputs[0]))
        out.append(r)
    return out


# 为调整预算x的R，|比上年的|y|下降|S: the previous value the growth's clause compares with, and its verb
_COMPARED_THEN = regex.compile(r"\s*[，,]\s*(?:比|较)(?:上年同期|去年同期|上年|去年)的?\s*")
_VERB_THEN = regex.compile(rf"\s*(?:{RATE_VERBS})了?\s*")


def grown_after_completion(text: str, slots: _Slots, relations: list[Relation]) -> list[Relation]:
    """A growth tied to nothing, whose clause states only the previous value (，比上年的y下降S), right
    after a completion's rate tied to its actual (一般公共预算支出为调整预算x的R): the clauses say one
    thing of one figure, the actual."""
    index = slots.index_by_id()
    completed = {r.reported: r for r in relations if r.kind == "completion" and len(r.inputs) == 2}
    reported = {r.reported for r in relations if r.reported}
    out = []
    for k in range(2, len(slots)):
        rate, previous, before = slots[k], slots[k - 1], slots[k - 2]
        done = completed.get(before.figure.id)
        if rate.figure.kind != "percent" or rate.fields.get("role") != "growth" or rate.figure.id in reported \
                or done is None or done.inputs[0] not in index or previous.fields.get("role") \
                or not _COMPARED_THEN.fullmatch(text, before.end, previous.start) \
                or not _VERB_THEN.fullmatch(text, previous.end, rate.start):
            continue
        actual = slots[index[done.inputs[0]]]
        if actual.same_measure(previous):
            previous.fields["role"] = "previous"
            rate.fields["indicator"] = actual.fields.get("indicator")
            out.append(Relation("growth", rate.figure.id, inputs=(actual.figure.id, previous.figure.id),
                                mode="previous"))
    return out
