"""Changes in points of rates listed with 分别, each against the base in its place:
年增率分别为3.82%及4.65%，较7月的3.47%及4.51%分别上升0.35个百分点及0.14个百分点, or with the
bases listed after the changes: 普通股权益比率为x，第一类资本比率y，资本适足率z，较6月底分别提升
a个百分点、b个百分点及c个百分点（6月底依序为p、q及r）.  points.py reads one change at a time,
against the rate before it; such a run pairs them by position."""
from __future__ import annotations

import regex

from .relate import Relation, _Slot

_JOIN = regex.compile(r"\s*(?:及|和|与|、)\s*")
_CURRENT_CUE = regex.compile(r"分别(?:为|是|达到|达|录得)\s*$")
_BASE_CUE = regex.compile(r"[，,]\s*(?:分别)?(?:较|比)[\p{Han}\d]{0,10}?的\s*$")  # (，较7月的; ，分别比上年同期的)
# The verbs of a change in points, up and down (points.py reads them too).
# (a rate set by a body is raised or lowered: 费率由12%调升至12.5%，增加0.5个百分点)
POINTS_UP = "提高|加快|回升|上升|提升|增加|上涨|抬升|扩大|高出|调升|上调|调高|升|高".split("|")
POINTS_DOWN = "回落|下降|放缓|降低|减少|下滑|回调|下跌|减缓|下行|收窄|缩小|调降|下调|调低|降|低".split("|")
_CHANGE_CUE = regex.compile(rf"\s*(?:分别)?(?P<verb>{'|'.join(POINTS_UP + POINTS_DOWN)})了?\s*$")
# ，较6月底分别提升: the changes of the rates named before, against a base named after
_CHANGES_OF_NAMED = regex.compile(rf"\s*[，,]\s*(?:较|比)[\p{{Han}}\d]{{1,10}}?分别(?P<verb>{'|'.join(POINTS_UP + POINTS_DOWN)})了?\s*")
# （6月底依序为: the bases of the run, in its order
_BASES_AFTER = regex.compile(r"\s*[（(，,；;]\s*[\p{Han}\d]{0,10}?(?:分别|依序|依次)(?:为|是)\s*")


def paired_points(text: str, slots: list[_Slot]) -> list[Relation]:
    """Each change of a run of two or more (分别上升a个百分点及b个百分点) against the rates listed
    before it in as long runs: the bases right before the changes (较7月的p及q) and the current
    rates before the bases (分别为x及y), all in one sentence."""
    out = []
    k = 0
    while k < len(slots):
        changes = _run(text, slots, k, "percentage_point")
        n = len(changes)
        if n >= 2 and k >= n:
            out += _bases_after(text, slots[k - n:k], changes, slots[k + n:k + 2 * n])
        if n < 2 or k < 2 * n:
            k += max(n, 1)
            continue
        bases, currents = slots[k - n:k], slots[k - 2 * n:k - n]
        verb = _CHANGE_CUE.fullmatch(text, bases[-1].end, changes[0].start)
        if verb is not None and _joined(text, bases, "percent") and _joined(text, currents, "percent") \
                and _BASE_CUE.fullmatch(text, currents[-1].end, bases[0].start) \
                and _CURRENT_CUE.search(text, max(0, currents[0].start - 6), currents[0].start) \
                and len({s.sentence for s in currents + bases + changes}) == 1:
            mode = "down" if verb.group("verb") in POINTS_DOWN else "up"
            out += [Relation("points", pp.figure.id, inputs=(current.figure.id, base.figure.id), mode=mode)
                    for current, base, pp in zip(currents, bases, changes)]
        k += n
    return out


def _bases_after(text: str, currents: list[_Slot], changes: list[_Slot], bases: list[_Slot]) -> list[Relation]:
    """普通股权益比率为x，第一类资本比率y，资本适足率z，较6月底分别提升a、b及c个百分点（6月底依序为p、q及r）:
    the rates named one by one right before the changes, each against the base in its place after them."""
    verb = _CHANGES_OF_NAMED.fullmatch(text, currents[-1].end, changes[0].start)
    if verb is None or len(bases) < len(changes) or not _joined(text, bases, "percent") \
            or not all(s.figure.kind == "percent" and s.figure.value_max is None for s in currents) \
            or not _BASES_AFTER.fullmatch(text, changes[-1].end, bases[0].start) \
            or len({s.sentence for s in currents + changes + bases}) != 1:
        return []
    mode = "down" if verb.group("verb") in POINTS_DOWN else "up"
    return [Relation("points", pp.figure.id, inputs=(current.figure.id, base.figure.id), mode=mode)
            for current, base, pp in zip(currents, bases, changes)]


def _run(text: str, slots: list[_Slot], k: int, kind: str) -> list[_Slot]:
    """The figures of ``kind`` from ``slots[k]`` on, each joined to the one before by 及, 和, 与 or 、."""
    run = []
    for s in slots[k:]:
        if s.figure.kind != kind or (run and not _JOIN.fullmatch(text, run[-1].end, s.start)):
            break
        run.append(s)
    return run


def _joined(text: str, run: list[_Slot], kind: str) -> bool:
    return all(s.figure.kind == kind and s.figure.value_max is None for s in run) \
        and all(_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(run, run[1:]))
