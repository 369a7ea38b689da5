"""A total shared out in a colon list that names it: 全年实现增值收益5.84亿元…。增值收益分配为：
提取贷款风险准备金1.75亿元，提取管理费用5600万元，上缴…补充资金3.53亿元.  What is shared
out is all of the total, so the parts must add up to it: the text ties them.  And a housing fund's
增值收益 with what was set aside from it (提取…) right after it, read: kept where it adds up."""
from __future__ import annotations

import bisect

import regex

from .relate import _FULL_STOP, Relation, _agrees, _same_indicator, _Slot
from .sums import _summable, cast_breakdown

# 增值收益分配为：, 资金使用情况如下：, 经费构成为： (the words first: a scan for them is fast)
_SHARED_OUT = regex.compile(r"(?:分配|构成|组成|使用)(?:情况)?(?:为|是|如下)?[：:]")
_NAME_BEFORE = regex.compile(r"\p{Han}{2,8}(?=的?$)")
_REACH = 300  # the total is stated at most this far before the list


def allocations(text: str, slots: list[_Slot]) -> list[Relation]:
    """Each colon list that names what it shares out, against that total before it."""
    out = provisions(text, slots)
    if "：" not in text and ":" not in text:
        return out
    starts = [s.start for s in slots]
    for m in _SHARED_OUT.finditer(text):
        named = _NAME_BEFORE.search(text, max(0, m.start() - 9), m.start())
        if named is None:
            continue
        stop = _FULL_STOP.search(text, m.end())
        stop = stop.start() if stop else len(text)
        after = [s for s in slots[bisect.bisect_left(starts, m.end()):bisect.bisect_left(starts, stop)]
                 if _summable(text, s) and not s.fields.get("role")]
        parts = [s for s in after if s.same_measure(after[0])] if after else []
        if len(parts) < 2 or any(p.figure.approx or p.figure.value_max is not None for p in parts):
            continue
        k = bisect.bisect_left(starts, m.start())
        whole = next((s for s in reversed(slots[:k]) if m.start() - s.start <= _REACH and s.same_measure(parts[0])
                      and _summable(text, s) and _same_indicator(s.fields.get("indicator"), named.group())), None)
        if whole is None or whole.figure.approx or any(p.figure.value > whole.figure.value for p in parts):
            continue
        out.append(cast_breakdown(whole, parts))
    return out


# 全年实现增值收益13.26亿元，提取贷款风险准备金4.10亿元、管理费用6,800万元、…补充资金8.48亿元: a housing
# fund's net income and what it was set aside for, in the clauses right after it
_PROVIDED_FROM = regex.compile(r"[，,]\s*(?:依次|分别|按规定)?提取")


def provisions(text: str, slots: list[_Slot]) -> list[Relation]:
    """A housing fund's 增值收益 shared out by 提取 right after it, in its sentence: the text does
    not say the list is all of it, so it is read, and kept only where the parts add up to it."""
    if "增值收益" not in text or "提取" not in text:
        return []
    out = []
    for k, whole in enumerate(slots):
        if whole.figure.kind != "money" or not (whole.fields.get("indicator") or "").endswith("增值收益") \
                or not _PROVIDED_FROM.match(text, whole.end):
            continue
        stop = _FULL_STOP.search(text, whole.end)
        stop = stop.start() if stop else len(text)
        parts = [s for s in slots[k + 1:] if s.end <= stop]
        if len(parts) < 2 or any(not s.same_measure(whole) or s.fields.get("role") or not _summable(text, s)
                                 for s in parts):
            continue
        read = Relation("breakdown", None, total=whole.figure.id, inputs=tuple(p.figure.id for p in parts),
                        mode="inferred")
        if _agrees(read, slots, {}):
            out.append(cast_breakdown(whole, parts, "inferred"))
    return out
