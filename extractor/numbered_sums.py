"""Numbered lines, one item each, against the total stated before them: a league table
(1.临溪经开区：到位资金98.36亿元…\n2.青河县：到位资金84.63亿元…) after 全市实现招商引资到位资金
486.72亿元.  Each line's figure of a measure named as in the first line is a part; the
nearest earlier figure named so that they add up to is their total.  Read, so it confirms
the lines, never refutes them: a table may list the first few items only."""
from __future__ import annotations

import bisect

import regex

from .relate import Relation, _agrees, _Slot

# A line that a number opens: 1.临溪经开区：, （2）青河县：, 三、东湖区：
_NUMBERED = regex.compile(r"^[ \t\u3000]*(?:\d{1,2}\s?[.．、]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,2}、)", flags=regex.MULTILINE)
_MIN_LINES = 3
_TOTAL_REACH = 600  # the total stands at most this far before the first line


def numbered_sums(text: str, slots: list[_Slot], context: dict) -> list[Relation]:
    out: list[Relation] = []
    starts = None
    for lines in _runs_of_lines(text):
        # (slots come in text order: a line's figures are a slice found by bisection)
        starts = starts or [s.start for s in slots]
        by_line = [slots[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)] for a, b in lines]
        if not all(by_line):
            continue
        for head in by_line[0]:
            name = _name(head)
            if name is None or _aside(head):
                continue
            named = [[s for s in line if not _aside(s) and s.same_measure(head) and _targeted(s) == _targeted(head)
                      and (_targeted(s) or _alike(_name(s), name))] for line in by_line]
            if any(len(n) != 1 for n in named):
                continue  # (each line names the measure once: 到位资金, not also 上年同期为…)
            parts = [n[0] for n in named]
            first = lines[0][0]
            before = slots[bisect.bisect_left(starts, first - _TOTAL_REACH):bisect.bisect_left(starts, first)]
            total = _total_before(slots, before, parts, name, context)
            if total is not None:
                out.append(Relation("breakdown", None, total=total.figure.id,
                                    inputs=tuple(p.figure.id for p in parts), mode="inferred"))
    return out


def _runs_of_lines(text: str) -> list[list[tuple[int, int]]]:
    """Runs of at least _MIN_LINES consecutive numbered lines, each as (start, end)."""
    runs, run, last_end = [], [], None
    for m in _NUMBERED.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if run and m.start() != last_end + 1:
            runs.append(run)
            run = []
        run.append((m.start(), end))
        last_end = end
    runs.append(run)
    return [r for r in runs if len(r) >= _MIN_LINES]


def _aside(slot: _Slot) -> bool:
    return slot.fields.get("role") in ("previous", "change", "equivalent")


def _targeted(slot: _Slot) -> bool:
    """A target (年度目标120亿元) is named as what it targets: the role tells them apart."""
    return slot.fields.get("role") == "target"


def _alike(a: str | None, b: str) -> bool:
    """目标 and 年度目标: one name ends the other."""
    return a is not None and (a.endswith(b) or b.endswith(a))


def _name(slot: _Slot) -> str | None:
    """What the figure measures, its last four characters at most (到位资金, 新签约项目)."""
    name = slot.fields.get("indicator") or slot.figure.of
    return name[-4:] if name and len(name) >= 2 else None


def _total_before(slots: list[_Slot], before: list[_Slot], parts: list[_Slot], name: str, context: dict) -> _Slot | None:
    """The nearest figure of ``before`` (the lines' figures come after them), named as the parts
    are, that they add up to."""
    for s in reversed(before):
        if s.same_measure(parts[0]) and not _aside(s) and _targeted(s) == _targeted(parts[0]) \
                and (_targeted(s) or _alike(_name(s), name)) \
                and _agrees(Relation("breakdown", None, total=s.figure.id, inputs=tuple(p.figure.id for p in parts),
                                     mode="exhaustive"), slots, context):
            return s
    return None
