"""A total that names its parts: 中央资金3.12亿元，省级资金1.86亿元…。中央和省级资金合计4.98亿元.
The names listed before 合计 (A和B, A、B和C) pick the figures so named before the total, in its
paragraph or the one before; the text ties them, so the parts must add up to it."""
from __future__ import annotations

import regex

from .indicators import paragraph_before
from .relate import _PREVIOUS_WORD, Relation, _Slot
from .sums import _summable, cast_breakdown

# 中央和省级资金|合计|4.98亿元: the names, the cue, a link; right before the total in its clause
# (a name holds no joining character: one way only to split, no backtracking on 和和和…)
_NAME = r"[^\P{Han}、和及与]+"
_NAMED_TOTAL = regex.compile(rf"(?P<names>{_NAME}(?:[、和及与]{_NAME})+)(?:两项|三项|二者|两者)?"
                             r"(?:合计|共计|总计|合共)(?:实现)?(?:收入|金额|产值|营收|销售额|出口额?|进口额?|投资)?(?:为|达到?|是)?\s*$")  # (合计收入, 合计出口)
_JOIN = regex.compile(r"[、和及与]")
_CLAUSE = regex.compile(r"[，,；;。！？!?：:\n]", flags=regex.REVERSE)
_REACH = 400  # the parts stand at most this far before the total


def named_sums(text: str, slots: list[_Slot]) -> list[Relation]:
    """Each total 合计 introduces after a list of names, against the figures so named."""
    if "计" not in text and "合共" not in text:
        return []
    out = []
    for i, total in enumerate(slots):
        if total.fields.get("role") or not _summable(text, total) or total.figure.approx:
            continue
        opened = _CLAUSE.search(text, max(0, total.start - 24), total.start)
        m = _NAMED_TOTAL.search(text, opened.end() if opened else max(0, total.start - 24), total.start)
        if m is None:
            continue
        names = _JOIN.split(m.group("names"))
        if len(names) > 6 or any(not n for n in names):
            continue
        floor = max(paragraph_before(text, total.start, _REACH), total.start - _REACH)
        earlier = [s for s in slots[:i] if s.start >= floor and s.same_measure(total)
                   and _summable(text, s) and s.fields.get("role") not in ("previous", "change", "target", "equivalent")
                   and not _PREVIOUS_WORD.search(text, s.sentence, s.start) and not s.figure.approx]
        parts = [_named(earlier, name, k == 0, k == len(names) - 1) for k, name in enumerate(names)]
        loose = False
        if any(p is None for p in parts):
            # 矿业权出让收益入库7.42亿元…；矿产品资源税1.36亿元…。出让收益与资源税合计8.78亿元: each name
            # inside one figure's name only; read so, the parts confirm the total only when they add up to it
            parts, loose = [p or _holding(earlier, name) for p, name in zip(parts, names)], True
        if any(p is None for p in parts) or len({p.figure.id for p in parts}) < len(parts):
            continue
        if loose and sum(p.figure.value for p in parts) != total.figure.value:
            continue
        out.append(cast_breakdown(total, sorted(parts, key=lambda s: s.start), "inferred" if loose else "exhaustive"))
    return out


def _holding(earlier: list[_Slot], name: str) -> _Slot | None:
    """The one figure of ``earlier`` whose indicator holds ``name`` (two characters or more)."""
    found = [s for s in earlier if len(name) >= 2 and name in (s.fields.get("indicator") or "")]
    return found[-1] if found and len({s.figure.value for s in found}) == 1 else None


def _named(earlier: list[_Slot], name: str, first: bool, last: bool) -> _Slot | None:
    """The one figure of ``earlier`` named ``name``: its indicator opens with the name (中央 for
    中央资金), with the first name's last characters (全年中央), or with the last name less the
    noun the names share (省级资金 for 省级资金; 进口额 for 进口总额…).  None when two of
    different values are so named: which is meant cannot be told."""
    heads = [name[k:] for k in range(len(name) - 1)] if first else [name]
    if last:
        heads += [name[:k] for k in range(len(name) - 1, 1, -1)]
    found = [s for s in earlier if any((s.fields.get("indicator") or "").startswith(h) for h in heads)]
    if not found or len({s.figure.value for s in found}) > 1:
        return None
    return found[-1]

