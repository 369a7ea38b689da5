"""Figures -> what they measure and how they relate.

Reads the clause structure of the normalized text around each figure:
- its ``indicator`` (the noun phrase it measures: 到位市外资金, 新签约项目),
  its ``role`` (actual, target, completion, growth, share, total, part,
  previous, change) and its ``subject`` (the region the article reports on);
- the relations the text states: a completion claim (完成目标X的R%), a
  breakdown (总数…其中A a, B b), a growth claim (current, previous or the
  change, and the rate), a share (占…的R%).

Relations are plain records with figure ids; validate.py computes them.
This module finds the rates (completion, growth, share, named ratios);
sums.py, on the same slots, finds the claims that parts add up to a total.
"""
from __future__ import annotations

import dataclasses
import operator
import re
from dataclasses import dataclass, field

import regex

from .records import Figure

_SENTENCE_END = regex.compile(r"[。！？!?；;\n]")
_LAST_SENTENCE_END = regex.compile(_SENTENCE_END.pattern, flags=regex.REVERSE)
_CLAUSE_BREAK = regex.compile(r"[，,。！？!?；;：:、\n（(）)“”\"]|其中|分别为?|分别是")
_LIST_BREAK = regex.compile(r"[，,。！？!?；;：:\n（(）)“”\"]|其中")
# Searched backwards: a break's first character is never inside another break.
_LAST_BREAK = {p: regex.compile(p.pattern, flags=regex.REVERSE) for p in (_CLAUSE_BREAK, _LIST_BREAK)}

# Words that open a clause but are not part of what a figure measures.
_LEADING = regex.compile(
    r"^(?:\d{4}年(?:度)?|\d{1,2}(?:-\d{1,2})?月(?:份)?(?:底|末)?|全年|今年|去年|上年|当年|年内|年初|上半年|下半年|"
    r"[一二三四]季度|前三季度|一至[二三四五六七八九十]+月|截至(?:目前|\d+月底?)|其中|同时|此外|另外|"
    r"全区|全市|全县|全省|全国|全镇|全乡|该区|该市|该县|我区|我市|我县|本区|本市|本县|"
    r"共|累计|合计|共计|总计|实现|完成|达到|实际|预计|计划|拟|已|仅|约|近|了|为|在|对|从|由|向|以及|和|与|及)+"
)
_TRAILING_WORDS = (
    "达到|达|为|是|有|共|约|近|超过|逾|了|实现|完成|累计|合计|总计|高达|仅|的|同比|环比|"
    "比上年同期|比上年|较上年同期|较上年|比去年同期|比去年|较去年同期|较去年|与上年相比"
).split("|")
_TRAILING = regex.compile(rf"(?:{'|'.join(_TRAILING_WORDS)})+$")
# _TRAILING can only match a phrase ending in one of these ($ also matches before a final "\n").
_TRAILING_LAST = frozenset(w[-1] for w in _TRAILING_WORDS) | {"\n"}
_EDGE = regex.compile(r"^[^\p{Han}A-Za-z]+|[^\p{Han}A-Za-z]+$")
_TARGET_WORDS = "目标|计划|任务|预算|预期".split("|")
_TARGET_CUE = regex.compile(rf"(?:{'|'.join(_TARGET_WORDS)})(?:任务)?$")  # 任务 is a target word too
# Inside a claim a "," is a thousands separator only between digits.
_IN_CLAUSE = r"(?:[^，,。；;]|(?<=\d),(?=\d))"
_COMPLETION = regex.compile(
    rf"完成{_IN_CLAUSE}{{0,24}}?的\s*$|(?:为|占|达到?)(?:全年|年度|年初)?(?:目标|计划|任务){_IN_CLAUSE}{{0,16}}?的\s*$")
# 超额完成年度目标，完成率为117.2%: a rate of completion whose target is stated elsewhere.
_COMPLETION_RATE = regex.compile(r"完成率(?:为|达到|达|是)?$")
# The last ones name the rate itself (增幅为12.5%; a 降幅 figure is read as negative).
_GROWTH_VERBS = ("增长|增加|提高|上升|上涨|增|下降|减少|下滑|回落|降低|下跌|减|"
                 "增幅|增幅为|增幅达|涨幅|涨幅为|涨幅达|降幅|降幅为|降幅达").split("|")
_GROWTH_AFTER = "了|幅度为|幅度达".split("|")
_GROWTH_CUE = regex.compile(
    r"(?:同比|环比|比上年同期|比上年|比去年同期|比去年|较上年同期|较上年|较去年同期|较去年|与上年相比|比\d{4}年)?"
    rf"[^，,。；;]{{0,16}}?(?P<verb>{'|'.join(_GROWTH_VERBS)})(?:{'|'.join(_GROWTH_AFTER)})?$"
)
_PREVIOUS_CUE = regex.compile(
    r"(?:上年同期|上年|去年同期|去年|上一年|前一年|同期|\d{4}年)(?:数据|数值|水平)?(?:的|为|是)?$|(?:由|从)$")
# 同比增长12.5%，上年同期为34.35亿元 (or （上年为…): the previous value stated right after the rate.
_PREVIOUS_AFTER = regex.compile(r"\s*[，,（(]\s*(?:上年同期|上年|去年同期|去年|上一年|上年度)(?:数据|数值|水平)?(?:为|是)\s*")
# 由X增加到Y, 从X增至Y: the figure after such a verb is the current value, the one before it the previous.
_TO_VERB = regex.compile(r"(?:增加|增长|提高|提升|上升|增|减少|下降|降低|回落|降|减|升)(?:到|至)$")
_CHANGE_CUE = regex.compile(r"(?:增加|增长|多|减少|下降|少)(?:了)?$")
_SHARE_CUE = regex.compile(
    r"占(?P<whole>[^，,。；;]{0,30}?)(?:的)?(?:比重|比例|份额)?(?:为|达|达到|是)?$"
)
# What lets _cue_search skip most of a cue's search.  Each cue is anchored at
# ``$`` (which also matches before a final "\n"); its text ends with one of
# these characters (None: see _cue_search) and never holds one of the second
# set, so that no match starts before the last of them.
_NOT_IN_CLAUSE = regex.compile(r"[，,。；;]", flags=regex.REVERSE)
_NOT_IN_CLAIM = regex.compile(r"[，。；;]", flags=regex.REVERSE)  # a claim keeps "," between digits
_CUES = {
    _TARGET_CUE: (frozenset(w[-1] for w in _TARGET_WORDS), _NOT_IN_CLAUSE),
    _GROWTH_CUE: (frozenset(w[-1] for w in _GROWTH_VERBS + _GROWTH_AFTER), _NOT_IN_CLAUSE),
    _COMPLETION: (None, _NOT_IN_CLAIM),  # ends 的\s*
    _SHARE_CUE: (None, _NOT_IN_CLAUSE),  # holds 占
    _COMPLETION_RATE: (frozenset("率为到达是"), _NOT_IN_CLAUSE),
}
# What opens an amount's conversion into another currency: （约合, （折合, （相当于…
_EQUIVALENT = re.compile(r"\s*[（(]\s*(?:约合|折合|合|约|相当于|即)?")
_REGION = regex.compile(r"\p{Han}{2,4}?(?:自治区|区|县|市|旗|镇|乡)(?=[\p{Han}“\"]|$)")
_REGION_END = regex.compile(r"[区县市旗镇乡]")  # a _REGION match ends with one, at most 7 long


@dataclass(frozen=True, slots=True)
class Relation:
    """A claim the text makes about several figures."""

    kind: str  # completion | breakdown | growth | share
    reported: str | None  # the rate figure's id (for a breakdown, None)
    total: str | None = None  # a breakdown's total
    inputs: tuple[str, ...] = ()  # actual+target, parts, current+previous/change, part+whole
    mode: str = ""  # growth: "previous" or "change"; breakdown: "exhaustive" or "subset"; any: "inferred"
    reason: str = ""  # why it cannot be computed, when an operand is missing


@dataclass(slots=True)
class _Slot:
    """A figure with its normalized span, while relations are being built."""

    figure: Figure
    start: int
    end: int
    sentence: int  # where its sentence starts: figures of one sentence share it
    fields: dict = field(default_factory=dict)
    series: bool = False  # one of a 分别 run over periods or one item: values side by side, not parts

    def same_measure(self, other: "_Slot") -> bool:
        a, b = self.figure, other.figure
        return a.kind == b.kind and a.currency == b.currency and (a.kind != "count" or a.unit == b.unit)




def _sentence_start(text: str, pos: int, floor: int = 0) -> int:
    """Where the sentence holding ``pos`` starts: after the last sentence end
    before ``pos``; ``floor`` when none lies in ``[floor, pos)``."""
    m = _LAST_SENTENCE_END.search(text, floor, pos)
    return m.end() if m else floor


_FIGURE_FIELDS = tuple(f.name for f in dataclasses.fields(Figure))
_FIELD_INDEX = {name: i for i, name in enumerate(_FIGURE_FIELDS)}
_figure_values = operator.attrgetter(*_FIGURE_FIELDS)


def _replace(figure: Figure, fields: dict) -> Figure:
    """``dataclasses.replace(figure, **fields)``, at half the cost."""
    if not fields:
        return figure
    values = list(_figure_values(figure))
    for name, value in fields.items():
        values[_FIELD_INDEX[name]] = value
    return Figure(*values)


def _clause_start(text: str, start: int, floor: int, breaks: regex.Pattern = _CLAUSE_BREAK) -> int:
    """The end of the last of ``breaks`` that a scan of ``text[floor:start]``
    finds, else ``floor``.  The break that ends last starts where the scan
    finds one, but may be longer (分别是 for 分别)."""
    last = _LAST_BREAK[breaks].search(text, floor, start)
    return breaks.match(text, last.start(), start).end() if last else floor


def indicator_before(text: str, start: int, floor: int) -> str | None:
    """The noun phrase right before a figure in its clause, stripped of time,
    region and verb words: 全年全区到位市外资金 -> 到位市外资金."""
    phrase = text[_clause_start(text, start, floor):start]
    if not phrase:
        return None
    phrase = _strip_words(phrase)
    phrase = _EDGE.sub("", phrase)
    return phrase if 2 <= len(phrase) <= 20 else None


def _strip_words(phrase: str) -> str:
    """``phrase`` without its leading time/region/verb words and trailing verbs."""
    phrase = _LEADING.sub("", phrase)
    if phrase and phrase[-1] in _TRAILING_LAST:
        phrase = _TRAILING.sub("", phrase)
    return phrase


def article_subject(text: str) -> str | None:
    """The region an article reports on: the first region named in its first
    lines, the innermost of a chain (新乡市牧野区 -> 牧野区)."""
    head = text[:200]
    end = _REGION_END.search(head)
    if end is None:
        return None
    subject = None
    m = _REGION.search(head, max(0, end.start() - 6))  # no match starts earlier
    while m:
        subject = m.group()
        m = _REGION.match(head, m.end())  # the chain goes on right after it
    return subject


def relate(text: str, figures: list[Figure], spans: list[tuple[int, int]],
           context: dict | None = None) -> tuple[list[Figure], list[Relation]]:
    """Indicators, roles and subjects for ``figures`` (whose normalized spans
    are ``spans``), and the relations between them.  ``context`` holds the word
    lists of rules/relate.yaml (what cannot be summed, exhaustive category sets)."""
    from . import sums  # the breakdown family; it builds on this module's slots

    if not figures:
        return [], []
    subject = article_subject(text)
    slots: list[_Slot] = []
    floor = last = 0
    for f, (s, e) in zip(figures, spans):
        # Figures come in text order: look back only to the previous one.
        floor = _sentence_start(text, s, floor if s >= last else 0)
        last = s
        of = f.of
        if of and text.startswith(of, e):  # 3次专题招商会: the noun follows the count
            fields = {"indicator": of}
        else:
            fields = {"indicator": indicator_before(text, s, floor) or of}
        if subject:
            fields["subject"] = subject
        if f.kind == "money" and _cue_search(_TARGET_CUE, text, max(floor, s - 30), s):
            fields["role"] = "target"
        before = slots[-1] if slots else None
        if (f.kind == "money" and before is not None and before.figure.kind == "money"
                and before.figure.currency != f.currency and _EQUIVALENT.fullmatch(text, before.end, s)):
            # 人民币14.696亿元（约合2.140亿美元）: the same amount in another currency.
            fields = {**fields, "indicator": before.fields.get("indicator"), "role": "equivalent"}
        slots.append(_Slot(f, s, e, floor, fields))
    relations: list[Relation] = []
    context = context or {}
    runs = sums.distributions(text, slots)
    # Breakdowns last: their totals and parts skip figures already cast as a
    # target, a previous value or a change.
    rates = [(i, s) for i, s in enumerate(slots) if s.figure.kind == "percent"]
    if rates:
        relations += _completions(text, slots, rates, context)
        relations += _growths(text, slots, rates)
        relations += _shares(text, slots, rates, context)
    relations += sums.breakdowns(text, slots, context)
    relations += sums.trailing_totals(text, slots, context)
    relations += sums.listed_sums(text, slots, runs, context)
    if rates:
        # After the breakdowns, which cast no rate: a part of one is no whole of a named rate.
        relations += _named_ratios(text, slots, rates, context.get("named_ratios") or {})
    updated = [_replace(s.figure, s.fields) for s in slots]
    return updated, relations


def _cue_search(cue: regex.Pattern, text: str, start: int, end: int) -> regex.Match | None:
    """``cue.search(text, start, end)`` for a cue of _CUES: most figures follow
    no cue, and a failing search tries every start."""
    if start < end:
        ends, breaks = _CUES[cue]
        last = text[end - 1]
        if ends is not None:
            if last not in ends and last != "\n":
                return None
        elif cue is _COMPLETION and last != "的" and not last.isspace():
            return None
        cut = breaks.search(text, start, end)
        if cut:
            start = cut.end()
        if cue is _SHARE_CUE and text.find("占", start, end) < 0:
            return None
    return cue.search(text, start, end)


def _sentence_slots(slots: list[_Slot], sentence: int) -> list[_Slot]:
    return [s for s in slots if s.sentence == sentence]


def _cued_rates(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]], cue: regex.Pattern,
                reach: int, role: str):
    """Each rate (of ``rates``: the percent figures and their indexes) not yet
    cast whose cue ends right before it, within ``reach`` characters:
    ``(index, rate, cue match, earlier non-rate figures of its sentence)``.
    The rate takes ``role``."""
    for i, rate in rates:
        if rate.fields.get("role"):
            continue
        m = _cue_search(cue, text, max(0, rate.start - reach), rate.start)
        if not m:
            continue
        rate.fields["role"] = role
        same = [s for s in slots[:i] if s.sentence == rate.sentence and s.figure.kind != "percent"]
        yield i, rate, m, same


def _completions(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]], context: dict) -> list[Relation]:
    """完成(市定)目标19.8亿元的114.82%: rate, target before 的, actual before 完成.

    A target stated in an earlier sentence (年初下达目标36亿元 … 完成年度目标任务的114.5%,
    完成率为117.2%) is the nearest earlier figure stated as a target whose indicator is
    the actual's: found by reading around, so it can confirm the rate, never refute it."""
    out = []
    cued = list(_cued_rates(text, slots, rates, _COMPLETION, 40, "completion"))
    if "完成率" in text:
        cued += [(i, r, m, same) for i, r, m, same in _cued_rates(text, slots, rates, _COMPLETION_RATE, 8, "completion")]
    for i, rate, m, same in cued:
        target = next((s for s in reversed(same) if s.start >= m.start()), None)
        actual = None
        if target is not None:
            actual = next((s for s in reversed(same) if s.end <= m.start() and s.same_measure(target)), None)
        else:
            done = next((s for s in reversed(same) if s.end <= m.start()), None)
            stated = _stated_target(text, slots[:i], done) if done is not None else None
            if stated is not None:
                relation = Relation("completion", rate.figure.id, inputs=(done.figure.id, stated.figure.id),
                                    mode="inferred")
                if _agrees(relation, slots, context):
                    done.fields["role"] = "actual"
                    stated.fields["role"] = "target"
                    rate.fields["indicator"] = done.fields.get("indicator")
                    out.append(relation)
                    continue
        if target is not None:
            target.fields["role"] = "target"
        if actual is not None:
            actual.fields["role"] = "actual"
            for s in (target, rate):
                s.fields["indicator"] = actual.fields.get("indicator")
        if target is None or actual is None:
            missing = "target" if target is None else "actual"
            out.append(Relation("completion", rate.figure.id, inputs=tuple(
                s.figure.id for s in (actual, target) if s is not None), reason=f"no {missing} amount stated"))
        else:
            out.append(Relation("completion", rate.figure.id, inputs=(actual.figure.id, target.figure.id)))
    return out


_TARGET_WORD = regex.compile(r"目标|计划|任务")
_TARGET_REACH = 600  # a target stated for the year is read back this far


def _stated_target(text: str, earlier: list[_Slot], actual: _Slot) -> _Slot | None:
    """The nearest of ``earlier`` (within _TARGET_REACH characters) of the actual's
    measure, stated as a target (目标, 计划 or 任务 in its clause before it) for what
    the actual measures (its indicator, target words dropped, ends with the actual's)."""
    name = actual.fields.get("indicator")
    if not name:
        return None
    for s in reversed(earlier):
        if s.start < actual.start - _TARGET_REACH:
            break
        if s is actual or not s.same_measure(actual) or s.fields.get("role") not in (None, "target"):
            continue
        clause = text[_clause_start(text, s.start, max(s.sentence, s.start - 30)):s.start]
        if not _TARGET_WORD.search(clause):
            continue
        stated = _strip_words(_TARGET_WORD.sub("", clause))
        if stated.endswith(name) or _same_indicator(s.fields.get("indicator"), name):
            return s
    return None


def _agrees(relation: Relation, slots: list[_Slot], context: dict) -> bool:
    """Does the relation hold for the figures as written (validate.py's check), and
    also with every bounded figure read as exact?  Operands are chosen by it, so a
    bound must not do the choosing: 近3万辆 admits any total below 30000."""
    from .validate import check_relations  # validate imports Relation from here

    ids = {relation.reported, relation.total, *relation.inputs}
    figures = [s.figure for s in slots if s.figure.id in ids]
    if check_relations([relation], figures, context)[0].status != "consistent":
        return False
    if not any(f.approx for f in figures):
        return True
    exact = [_replace(f, {"approx": False}) for f in figures]
    return check_relations([relation], exact, context)[0].status == "consistent"


_READ_REACH = 1000  # a total read from the context: at most this many characters back,
_READ_PARAGRAPHS = 4  # at most this many line breaks back,
_READ_TRIES = 8  # and among the nearest this many figures that could be it


def _read_floor(text: str, before: int) -> int:
    floor, k = max(0, before - _READ_REACH), before
    for _ in range(_READ_PARAGRAPHS):
        k = text.rfind("\n", 0, k)
        if k < 0:
            return floor
    return max(floor, k + 1)


_CLAIM_BREAK = regex.compile(r"[，,；;：:（(]")
_OVER_PERIODS = regex.compile(r"年均|平均|累计|复合")


def _growths(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]]) -> list[Relation]:
    """Current and previous (or the change) stated with a growth rate."""
    out = []
    for i, rate, cue, same in _cued_rates(text, slots, rates, _GROWTH_CUE, 24, "growth"):
        previous = change = current = None
        # 从去年同期的3470万欧元减少2.8%至3370万欧元: the current value after the rate.
        after = slots[i + 1] if i + 1 < len(slots) else None
        if after is not None and after.figure.kind != "percent" and text[rate.end:after.start] in ("至", "到"):
            previous = next((s for s in reversed(same) if s.same_measure(after) and _PREVIOUS_CUE.search(
                text, max(0, s.start - 8), s.start)), None)
            if previous is not None:
                current = after
        for k in range(len(same) - 1 if current is None else -1, -1, -1):
            s = same[k]
            before = text[max(0, s.start - 8):s.start]
            if previous is None and _PREVIOUS_CUE.search(before):
                previous = s
            elif change is None and current is None and _CHANGE_CUE.search(before):
                change = s
            elif current is None:
                if (s.fields.get("indicator") or "").startswith("占") or s.fields.get("role") == "equivalent":
                    continue  # the whole of a share (占当月全国成交额948.52亿元的51.35%), or a conversion
                current = s
                if previous is None and k and _TO_VERB.search(before):
                    # 由上年的15.62亿元增加到17.08亿元: the previous value comes first.
                    first = same[k - 1]
                    gap = text[first.end:s.start]
                    if len(gap) <= 6 and _PREVIOUS_CUE.search(text, max(0, first.start - 8), first.start):
                        previous = first
                break
        if current is None:
            continue
        if previous is None and change is None and after is not None and after.figure.kind != "percent" \
                and _PREVIOUS_AFTER.fullmatch(text, rate.end, after.start) and after.same_measure(current):
            previous = after  # 同比增长12.5%，上年同期为34.35亿元: the previous value right after the rate
        verb = cue.start("verb")
        if _OVER_PERIODS.search(text, current.end, verb):
            continue  # 由X增加到Y，年均增长p%: a rate per year over several years

        # What the rate's own clause names, after the last figure before it.
        own = indicator_before(text, verb, max(_clause_start(text, verb, max(0, verb - 24)), same[-1].end if same else 0))
        if own and not _same_indicator(own, current.fields.get("indicator")):
            continue  # 企业98家，增加7家，工业增加值增长9.1%: the rate is about something else
        current.fields.setdefault("role", "actual")
        rate.fields["indicator"] = current.fields.get("indicator")
        if previous is not None and previous.same_measure(current):
            previous.fields["role"] = "previous"
            out.append(Relation("growth", rate.figure.id, inputs=(current.figure.id, previous.figure.id), mode="previous"))
        elif change is not None and change.same_measure(current) and _CLAIM_BREAK.search(text, current.end, change.start):
            # 营业费用1.076亿元增长了2810万元 with no break between: the amount is the base the
            # change is added to, not the current value (比上年增加8家 follows the current one after a comma).
            change.fields["role"] = "change"
            out.append(Relation("growth", rate.figure.id, inputs=(current.figure.id, change.figure.id), mode="change"))
    return out


def _same_indicator(a: str | None, b: str | None) -> bool:
    """进出口总值 and 全市外贸进出口总值 name the same thing: one ends the other."""
    if not a or not b or min(len(a), len(b)) < 2:
        return False
    return a.endswith(b) or b.endswith(a)


def _shares(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]], context: dict) -> list[Relation]:
    """Part 占 whole 的 R%: the whole inside 占…的, or an earlier figure whose
    indicator is the noun after 占; the part in the same clause, or an earlier
    figure whose indicator is the noun before 占.  A whole named by a pronoun
    (占其总额的, 占全县的) is read from the context: the nearest earlier figure of
    the part's measure, larger than it, that gives the rate; such a whole
    confirms the rate and never refutes it."""
    out = []
    for i, rate, m, same in _cued_rates(text, slots, rates, _SHARE_CUE, 42, "share"):
        earlier = slots[:i]
        inside = [s for s in same if s.start >= m.start()]
        clause = _clause_start(text, m.start(), max(0, m.start() - 30))
        part = next((s for s in reversed(same) if s.end <= m.start()), None)
        if part is None:
            subject = indicator_before(text, m.start(), clause)
            part = next((s for s in reversed(earlier) if s.figure.kind != "percent"
                         and _same_indicator(s.fields.get("indicator"), subject)), None)
        if part is None:
            continue
        whole = inside[-1] if inside else None
        by_total = False
        if whole is None:
            noun = _strip_words(m.group("whole"))
            whole = _named_whole(text, earlier, part, noun)
            core = _WHOLE_TAIL.sub("", noun)
            if whole is None and core != noun:
                # 现场授信56.3亿元，其中信用贷款18.2亿元，占授信总额的32.3%: the total of 授信.
                whole = _named_whole(text, earlier, part, core)
                by_total = whole is not None
        if whole is None and _PRONOUN_WHOLE.match(m.group("whole")):
            whole = _read_whole(text, earlier, part, rate, slots, context)
            if whole is not None:
                rate.fields["indicator"] = part.fields.get("indicator")
                out.append(Relation("share", rate.figure.id, inputs=(part.figure.id, whole.figure.id), mode="inferred"))
                continue
        rate.fields["indicator"] = part.fields.get("indicator")
        if whole is not None and whole.same_measure(part):
            # A whole named in another sentence is found by its name alone: it may be another figure of that name.
            # A whole named as a total (授信总额) is found by the name of what it totals.
            mode = "" if whole.sentence == rate.sentence and not by_total else "inferred"
            out.append(Relation("share", rate.figure.id, inputs=(part.figure.id, whole.figure.id), mode=mode))
    return out


_WHOLE_TAIL = regex.compile(r"(?<=\p{Han}{2})(?:总额|总量|总数|总值|总规模|总和)$")


def _named_whole(text: str, earlier: list[_Slot], part: _Slot, noun: str) -> _Slot | None:
    """The nearest of ``earlier`` named ``noun`` that can be the whole of ``part``:
    of its measure, no smaller, and no change (减少了156个职位)."""
    return next((s for s in reversed(earlier) if s is not part and s.same_measure(part)
                 and s.figure.value >= part.figure.value
                 and not _CHANGE_CUE.search(text, max(0, s.start - 8), s.start)
                 and _same_indicator(s.fields.get("indicator"), noun)), None)


# 占其总额的, 占全县的, and a whole left unnamed: 占比75.5%, 占比重为…
_PRONOUN_WHOLE = regex.compile(r"(?:其|全[县市区省国镇乡州旗盟])(?:总(?:额|量|数|值|规模|体|计)?)?|比?$")


def _read_whole(text: str, earlier: list[_Slot], part: _Slot, rate: _Slot, slots: list[_Slot],
                context: dict) -> _Slot | None:
    """The nearest of ``earlier`` before the part (within _READ_REACH, among the
    nearest _READ_TRIES of its measure) that ``rate`` of makes the part."""
    if part.figure.value_max is not None:
        return None  # a range (3-5个) agrees with too many wholes to tell which is meant
    floor = _read_floor(text, part.start)
    tries = 0
    for s in reversed(earlier):
        if s.end > part.start or s is part:
            continue
        if s.start < floor or tries >= _READ_TRIES:
            break
        if not s.same_measure(part) or s.figure.value < part.figure.value:
            continue
        if s.fields.get("role") in ("target", "previous", "change"):
            continue
        tries += 1
        if _agrees(Relation("share", rate.figure.id, inputs=(part.figure.id, s.figure.id)), slots, context):
            return s
    return None


def _named_ratios(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]], named: dict) -> list[Relation]:
    """常住人口68.9万人，其中城镇人口63.2万人，常住人口城镇化率为91.73%: a rate known by
    name (rules/relate.yaml ``named_ratios``) is its numerator over its denominator,
    the nearest earlier figures of one measure, at most _NAMED_REACH characters
    before it, whose indicators hold the words listed for each."""
    out = []
    for i, rate in rates:
        indicator = rate.fields.get("indicator") or ""
        if rate.fields.get("role") or not indicator:
            continue
        name = next((n for n in named if indicator.endswith(n)), None)
        if name is None:
            continue
        earlier = [s for s in slots[:i] if s.start >= rate.start - _NAMED_REACH and s.figure.kind != "percent"]
        numerator = _named(earlier, named[name].get("numerator") or ())
        if numerator is None:
            continue
        # A part of a breakdown (电子材料业务收入, one item of 营业总收入) is no denominator.
        denominator = _named([s for s in earlier if s is not numerator and s.same_measure(numerator)
                              and s.fields.get("role") != "part"
                              and not _holds(s, named[name]["numerator"])
                              and not (s.fields.get("indicator") or "").startswith(_SUB_ITEM)],
                             named[name].get("denominator") or ())
        if denominator is None:
            continue
        rate.fields["role"] = "share"
        out.append(Relation("share", rate.figure.id, inputs=(numerator.figure.id, denominator.figure.id)))
    return out


_NAMED_REACH = 400  # a report states the operands of a named rate in the same section


# 其他服务营收 is one item of the revenue, 不含技术授权收入 the revenue less one: neither is all of it.
_SUB_ITEM = ("其他", "其中", "另外", "不含", "剔除", "扣除")


def _named(slots: list[_Slot], words) -> _Slot | None:
    """The last of ``slots`` whose indicator ends with one of ``words``, give or take
    _OPERAND_TAIL (不含技术授权收入影响 holds 收入 but names no revenue), unless another
    of another value could be meant as well (GAAP and Non-GAAP 毛利 side by side)."""
    named = [s for s in slots if _ends(s, words) and s.fields.get("role") != "equivalent"]
    if not named:
        return None
    last = named[-1]
    rivals = [s for s in named[:-1] if s.figure.value != last.figure.value and s.same_measure(last)
              and (s.fields.get("indicator") or "") == (last.fields.get("indicator") or "")]
    return None if rivals else last


# What may follow a ratio's operand word in an indicator: 派息合共每股 is still 派息.
_OPERAND_TAIL = regex.compile(r"(?:合共|合计|共计|总计|总额|总|每股|约|为|达)*")


def _ends(slot: _Slot, words) -> bool:
    indicator = slot.fields.get("indicator") or ""
    for w in words:
        at = indicator.rfind(w)
        if at >= 0 and _OPERAND_TAIL.fullmatch(indicator, at + len(w)):
            return True
    return False


def _holds(slot: _Slot, words) -> bool:
    indicator = slot.fields.get("indicator") or ""
    return any(w in indicator for w in words)
