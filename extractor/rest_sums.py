"""A whole, the part of it that reached a stage, and the rest: 首批车辆16辆，已完成组装9辆，其余7辆
计划明年交付.  Said so in one sentence, with no 其中 to open a list, the part and the rest are all
of the whole: they must add up to it.  And a total of a figure and another it is joined with by
name: 拒绝申请378宗，连同批出个案，全年共处理1,664宗."""
from __future__ import annotations

import regex

from .relate import Relation, _Slot
from .sums import _summable, cast_breakdown

# ，其余|7辆: the rest, opening its clause
_REST = regex.compile(r"[，,；;]\s*其余(?:的)?\s*$")
# ，已完成组装|9辆 (已交付, 已开工建设…): the part that reached a stage, opening its clause
_STAGE_REACHED = regex.compile(r"[，,；;]\s*(?:目前|截至[^，,。；;]{1,8}?[，,]?)?已(?:经)?\p{Han}{1,8}?\s*$")
# (其余 within this many characters before the rest; a stage's clause at most this long)
_REST_REACH = 6
_STAGE_REACH = 20


def rest_sums(text: str, slots: list[_Slot]) -> list[Relation]:
    """Each whole, stage and rest the text states in a row, of one measure, in one sentence
    (whole，已…part，其余rest), the part and the rest cast in no role yet."""
    if "其余" not in text:
        return []
    out = []
    for k, rest in enumerate(slots):
        if rest.figure.kind not in ("count", "money") \
                or not _REST.search(text, max(0, rest.start - _REST_REACH), rest.start):
            continue
        earlier = [s for s in slots[:k] if s.same_measure(rest) and s.sentence == rest.sentence]
        if len(earlier) < 2:
            continue
        whole, part = earlier[-2:]
        # (the whole may be planned: 计划改造项目16个，已完工9个，其余7个; the part is what is done)
        if whole.fields.get("role") not in (None, "target", "actual") or part.fields.get("role") not in (None, "actual") \
                or rest.fields.get("role") \
                or not all(_summable(text, s, ()) and s.figure.value_max is None for s in (whole, part, rest)) \
                or whole.figure.approx or whole.figure.value <= part.figure.value \
                or not _STAGE_REACHED.search(text, max(whole.end, part.start - _STAGE_REACH), part.start) \
                or "其中" in text[whole.end:part.start]:
            continue
        role = whole.fields.get("role")
        out.append(cast_breakdown(whole, [part, rest]))
        if role:
            whole.fields["role"] = role  # (a plan stays one)
    return out


# ，连同批出个案，全年共处理|1,664宗: the figure before joined with one named, then their total
_JOINED = regex.compile(r"[，,]\s*连同(?P<name>\p{Han}{2,10}?)(?:在内)?[，,]\s*\p{Han}{0,8}?"
                        r"(?:共|合共|合计|总计|共计|累计)\p{Han}{0,4}?\s*$")
_JOINED_REACH = 36
# (批出个案 names the 批出申请: what names a figure is the act, before a word for the cases or items)
_CASE_WORDS = regex.compile(r"(?<=\p{Han}{2})(?:个案|案件|案|申请|部分|项目|数)$")
_NAMED_REACH = 400  # the joined figure is named at most this far back


def joined_sums(text: str, slots: list[_Slot]) -> list[Relation]:
    """Each total after ``，连同<name>，…共`` whose parts are the figure right before 连同 and
    the nearest earlier figure of its measure whose name holds ``<name>``'s act.  The second part
    is found by reading its name, so the relation confirms, never refutes (mode inferred)."""
    if "连同" not in text:
        return []
    out = []
    for k, total in enumerate(slots):
        joined = _JOINED.search(text, max(0, total.start - _JOINED_REACH), total.start)
        if joined is None or total.figure.kind not in ("count", "money") or total.fields.get("role"):
            continue
        first = next((s for s in reversed(slots[:k]) if s.end <= joined.start()), None)
        if first is None or first.end != joined.start() or not first.same_measure(total) \
                or first.sentence != total.sentence:
            continue
        act = _CASE_WORDS.sub("", joined.group("name"))
        second = next((s for s in reversed(slots[:k]) if s.end <= first.start and s.same_measure(total)
                       and act in (s.fields.get("indicator") or "")
                       and s.fields.get("role") not in ("previous", "change", "target", "equivalent")), None)
        if second is None or first.start - second.start > _NAMED_REACH \
                or not all(_summable(text, s, ()) and s.figure.value_max is None for s in (first, second, total)):
            continue
        total.fields["role"] = "total"
        out.append(Relation("breakdown", None, total=total.figure.id, inputs=(second.figure.id, first.figure.id),
                            mode="inferred"))
    return out
