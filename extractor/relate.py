"""Figures -> what they measure and how they relate.

Reads the clause structure of the normalized text around each figure:
- its ``indicator`` (the noun phrase it measures: 到位市外资金, 新签约项目),
  its ``role`` (actual, target, completion, growth, share, total, part,
  previous, change) and its ``subject`` (the region the article reports on);
- the relations the text states: a completion claim (完成目标X的R%), a
  breakdown (总数…其中A a, B b), a growth claim (current, previous or the
  change, and the rate), a share (占…的R%).

Relations are plain records with figure ids; validate.py computes them.
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
_BREAKDOWN_OPENER = regex.compile(
    r"其中|(?:分|按|从)\p{Han}{1,8}?(?:看|分|划分|来看)[，,：:]|(?<=[个家项户人])\p{Han}{1,8}?中[，,：:]"
    r"|在\p{Han}{2,12}?中[，,：:]"
)
# Every opener ends with one of these and is at most 16 long (在 + 12 + 中，).
_OPENER_END = regex.compile(r"其中|[看分中][，,：:]")
_OPENER_LONGEST = 16
_ITEM_BREAK = regex.compile(r"[;；]")  # normalized text has ";" for "；"
_FULL_STOP = regex.compile(r"[。！？!?\n]")
_LAST_FULL_STOP = regex.compile(_FULL_STOP.pattern, flags=regex.REVERSE)
_LAST_OPENER_END_OR_STOP = regex.compile(rf"(?P<stop>{_FULL_STOP.pattern})|{_OPENER_END.pattern}", flags=regex.REVERSE)
_NOT_PARTS = ("target", "previous", "change", "completion", "growth", "share", "equivalent")
# What opens an amount's conversion into another currency: （约合, （折合, （相当于…
_EQUIVALENT = re.compile(r"\s*[（(]\s*(?:约合|折合|合|约|相当于|即)?")
_NON_EXHAUSTIVE = regex.compile(r"主要|包括|等(?:[^\p{Han}]|$)|部分")
# A figure stated as a whole: 共有会员单位288家, 总投资, 合计, 累计 (within a few characters before it).
_TOTAL_CUE = regex.compile(r"共有|共计|总计|合计|累计|总数|总额|总量|总值|总规模|总投资|总产值|总收入|全部|共")
_TOTAL_CUE_REACH = 10
_REGION = regex.compile(r"\p{Han}{2,4}?(?:自治区|区|县|市|旗|镇|乡)(?=[\p{Han}“\"]|$)")
_REGION_END = regex.compile(r"[区县市旗镇乡]")  # a _REGION match ends with one, at most 7 long
_DISTRIBUTED = regex.compile(r"分别(?:为|是|达到|达|增长|下降|占)?")
_ITEM_JOIN = regex.compile(r"[、和及与]")
_RUN_BREAK = regex.compile(r"[。；;！？\n]")
_LIST_COLON = regex.compile(r"(?:以下|如下)\p{Han}{0,6}[：:]")


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


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


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
    runs = _distributions(text, slots)
    # Breakdowns last: their totals and parts skip figures already cast as a
    # target, a previous value or a change.
    rates = [(i, s) for i, s in enumerate(slots) if s.figure.kind == "percent"]
    if rates:
        relations += _completions(text, slots, rates, context)
        relations += _growths(text, slots, rates)
        relations += _shares(text, slots, rates, context)
    relations += _breakdowns(text, slots, context)
    relations += _trailing_totals(text, slots, context)
    relations += _listed_sums(text, slots, runs, context)
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


def _breakdowns(text: str, slots: list[_Slot], context: dict) -> list[Relation]:
    """总数…其中A a, B b…: the parts after the opener against the total before it.

    Openers: 其中; 分产业看 / 按经营地分 / 从贸易方式看; 新引进的41个项目中.  Parts run
    to the end of the full sentence, across ；-separated items (三次产业).

    The text ties a total to its parts (_tied) when the opener hangs on it, or it
    stands in the opener's sentence or in the one right before as the nearest
    figure of the measure, and the parts are named apart.  Any other total is
    read from the context: the nearest earlier figure, paragraphs back, that the
    parts add up to (a headline total, then 分产业看 two paragraphs on); such a
    total confirms the parts and never refutes them."""
    # The figures that may be a total or a part; the roles set below (total,
    # part) keep a figure among them.
    candidates = [s for s in slots if s.figure.kind != "percent" and s.fields.get("role") not in _NOT_PARTS]
    if len(candidates) < 2:  # a total before the opener, a part after it
        return []
    out = []
    for m in _openers(text, candidates):
        stop = _FULL_STOP.search(text, m.end())
        stop = stop.start() if stop else len(text)
        following = [s for s in candidates if m.end() <= s.start < stop]
        if not following:
            continue
        if _PERIOD_AFTER_OPENER.match(text, m.end()):
            continue  # 其中第三季度新增34家…: a period within the period, each figure beside its own
        first = following[0]
        nested = _BREAKDOWN_OPENER.search(text, m.end(), stop)
        limit = nested.start() if nested else stop
        if nested:
            # 收入13.7亿元，其中A 5.5亿元；总资产163.7亿元，其中A 68.6亿元: the next item's total
            # stands before its own opener, after the ；that ends this list.
            semi = _LAST_SEMICOLON.search(text, m.end(), nested.start())
            limit = semi.start() if semi else limit
        turn = _TURN.search(text, m.end(), limit)
        limit = turn.start() if turn else limit  # 其中A类36所，B类6所，而进入一流学科…95所
        listed = [s for s in following if s.same_measure(first) and s.start < limit
                  and not _REFERENCE.search(s.fields.get("indicator") or "")
                  and not _ANAPHORA.search(text, max(0, s.start - 2), s.start)
                  and not _TOTAL_AFTER.search(s.fields.get("indicator") or "")]
        # A figure named as a total of its own (…用户总数2.43亿户) is no part: the list ends before it.
        whole = next((k for k, s in enumerate(listed) if _OWN_TOTAL.search(s.fields.get("indicator") or "")), None)
        parts = _list_items(text, listed[:whole] if whole is not None else listed, m.end())
        if not parts or any(p.series for p in parts):
            continue  # 其中…营收分别为9488万元、1.71亿元: one item over several years
        # The total: the nearest figure of the same measure before the opener,
        # close by, in this paragraph or the one before (an opener such as
        # 从贸易方式看 often starts a paragraph about the headline total).
        paragraph = text.rfind("\n", 0, max(0, text.rfind("\n", 0, m.start()))) + 1
        floor = max(paragraph, m.start() - 200)
        earlier = [s for s in candidates if floor <= s.start and s.end <= m.start()
                   and s.same_measure(first) and s.fields.get("role") != "part" and not s.series]
        total = _likely_total(text, earlier, parts, m.group(), m.start()) if earlier else None
        if len(parts) < 2:
            if total is not None and m.group() == "其中":  # 其中省外资金19.9亿元: a subset of the total
                for p in parts:
                    p.fields.setdefault("role", "part")
            continue
        inputs = tuple(p.figure.id for p in parts)
        mode, read = "", None
        named = _named_apart(parts)
        tied = _tied(text, total, m, parts, candidates) if total is not None else 0
        if tied < 2 and (not tied or not _agrees(Relation("breakdown", None, total=total.figure.id, inputs=inputs,
                                                          mode="exhaustive"), slots, context)):
            # Unless tied in one sentence, a figure nearby that the parts add up to is the
            # total they break down (高新技术企业营业收入530.2亿元 stands between the
            # headline total and 分行业看).
            read = _read_total(text, candidates, parts, m.start(), inputs, slots, context) if named else None
            if read is not None:
                total, mode = read, "inferred"
            elif total is None:
                continue
            elif not tied:
                mode = "inferred"
        if not named and not mode:
            # 15名送医人员中，5人…，5人…，5人…: parts without names of their own may be
            # conditions that overlap (12家卫视…，24家卫视…): they confirm, never refute.
            mode = "inferred"
        if any(w in (total.fields.get("indicator") or "") for w in context.get("not_summable", ())):
            continue
        total.fields["role"] = "total"
        for p in parts:
            p.fields["role"] = "part"
        segment = text[m.start():parts[-1].end + 3]
        if _NON_EXHAUSTIVE.search(segment[len(m.group()):]):
            out.append(Relation("breakdown", None, total=total.figure.id, inputs=inputs,
                                reason="the parts are not presented as exhaustive"))
        elif mode == "inferred" and not tied and not named:
            out.append(Relation("breakdown", None, total=total.figure.id, inputs=inputs,
                                reason="neither the text nor names tie the parts to the total"))
        elif mode:
            out.append(Relation("breakdown", None, total=total.figure.id, inputs=inputs, mode=mode))
        else:
            # (a 分别 counts only before the first part: 度假和商旅则分别录得… covers two of them)
            complete = _presented_complete(m.group(), text[m.start():parts[0].start],
                                           [p.fields.get("indicator") or "" for p in parts], context)
            out.append(Relation("breakdown", None, total=total.figure.id, inputs=inputs,
                                mode="exhaustive" if complete else "subset"))
    return out


_TEXT_AFTER_STOP = regex.compile(r"[^\s。！？!?]")
_LAST_SEMICOLON = regex.compile(r"[；;]", flags=regex.REVERSE)
# A figure given for comparison is no part: 远高于分析师预期的1.437亿美元.
_REFERENCE = regex.compile(r"高于|低于|超出|不及|好于|预期|预计|预测")
# Nor one that points back (这两家俱乐部), nor another whole (电视剧共计100多部).
_ANAPHORA = regex.compile(r"[这那此该]\Z")
_TOTAL_AFTER = regex.compile(r"(?:共计|合计|总计|共有|共)\Z")
# A part "named" by what it does (5人被控…, 两个由连廊连接, 14部是长篇) has no name of its
# own: such parts may overlap.
_PREDICATE = ("被", "由", "是", "已", "有", "为", "在", "获", "将")
_OWN_TOTAL = regex.compile(r"总数|总额|总量|总计|合计")
# 其中 followed by a period: 其中第三季度…, 其中上半年…, 其中10月份….
_PERIOD_AFTER_OPENER = regex.compile(
    r"[，,：:]?\s*(?:\d{4}年)?(?:第?[一二三四1-4]季度|[上下]半年|前[一二三四五六七八九十\d]{1,2}个?月|\d{1,2}月份?|[一二三四五六七八九十]{1,2}月份?)")
# A clause that turns to something else ends a list of parts.
_TURN = regex.compile(r"[，,；;]\s*(?:而|但|但是|另外|此外|同时|另有)")


def _tied(text: str, total: _Slot, opener: regex.Match, parts: list[_Slot], candidates: list[_Slot]) -> int:
    """How closely the text ties ``total`` to the parts after ``opener`` (see
    _breakdowns): 2 in one sentence (or the opener hangs on it, or names it),
    1 from the sentence before or by the name the parts share, 0 not at all."""
    if total.end == opener.start():
        return 2  # 41个项目中，
    word = opener.group()
    if word.startswith("在"):  # 在到位的市外资金中: the scope it names is the total's
        named = word.replace("的", "")[1:-2]
        return 2 if named and (total.fields.get("indicator") or "").replace("的", "").endswith(named) else 0
    gap = text[total.end:opener.start()]
    stop = _FULL_STOP.search(gap)
    if stop is None:
        return 2  # one sentence
    between = [s for s in candidates if s.same_measure(total) and total.end <= s.start and s.end <= opener.start()]
    suffix = _common_suffix([p.fields.get("indicator") or "" for p in parts])
    name = total.fields.get("indicator") or ""
    shared = next((suffix[-k:] for k in range(len(suffix), 1, -1) if name.endswith(suffix[-k:])), "")
    if shared:
        # 集团全年实现收益186.4亿港元…分业务看，电力业务收益…: the name the parts share
        return 0 if any((s.fields.get("indicator") or "").endswith(shared) for s in between) else 1
    if _TEXT_AFTER_STOP.search(gap, stop.end()):
        return 0  # a sentence or more between them
    return 0 if between else 1


def _named_apart(parts: list[_Slot]) -> bool:
    """Is each part named (its counted noun or indicator), each by another name?"""
    names = [p.figure.of or p.fields.get("indicator") for p in parts]
    return all(n and not n.startswith(_PREDICATE) for n in names) and len(set(names)) == len(names)


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


def _read_total(text: str, candidates: list[_Slot], parts: list[_Slot], before: int, inputs: tuple[str, ...],
                slots: list[_Slot], context: dict, grouped: bool = False) -> _Slot | None:
    """The nearest earlier figure (see _READ_REACH) of the parts' measure, ending
    before ``before`` and not a part itself, that the parts add up to.  The parts
    must be named apart, or ``grouped`` (三方分别出资: their number is stated).  A
    figure named by a word of ``not_summable`` (每项奖励5000元) is no total."""
    if not grouped and not _named_apart(parts):
        return None  # 10个提名，9个提名: nothing says these add up to anything
    unsummable = context.get("not_summable", ())
    floor = _read_floor(text, before)
    largest = max(p.figure.value for p in parts)
    tries = 0
    for s in reversed(candidates):
        if s.end > before or any(s is p for p in parts):
            continue
        if s.start < floor or tries >= _READ_TRIES:
            break
        if not s.same_measure(parts[0]) or s.fields.get("role") == "part" or s.series or s.figure.value < largest:
            continue
        if any(w in (s.fields.get("indicator") or "") for w in unsummable):
            continue
        tries += 1
        if _agrees(Relation("breakdown", None, total=s.figure.id, inputs=inputs, mode="exhaustive"), slots, context):
            return s
    return None


# A total stated after its parts: 合计, 合共, 总计 (not 累计, a running total, nor
# 共计, as often a product: 每年441万元，4年共计1764万元).
_TRAILING_TOTAL = regex.compile(r"(?:合计|合共|总计)\p{Han}{0,6}$")
_PART_GAP = 16  # at most this many characters between listed parts, and before the total


def _trailing_totals(text: str, slots: list[_Slot], context: dict) -> list[Relation]:
    """A元、B元和C元，总计D元 (中期股息0.45元，全年派息合共1.5元): the run of figures of one
    measure right before the one 合计 introduces, in its sentence and cast in no other
    role, add up to it.  Parts in earlier sentences (one per paragraph, then 三个包合计…)
    are read from the context: the nearest run of figures of the measure that adds up
    to the total, which it confirms and never refutes.  其他行业合计 is the total of a
    category whose members are not listed."""
    if len(slots) < 3 or not any(w in text for w in ("合计", "合共", "总计")):
        return []
    out = []
    for i, total in enumerate(slots):
        if total.fields.get("role") or total.figure.kind in ("percent", "number"):
            continue
        clause = _clause_start(text, total.start, max(total.sentence, total.start - 12))
        cue = _TRAILING_TOTAL.search(text, clause, total.start)
        if not cue or _OTHERS.search(text, clause, cue.start()):
            continue
        parts, after, mode = [], total, "exhaustive"
        for s in reversed(slots[:i]):
            if s.sentence != total.sentence or after.start - s.end > _PART_GAP:
                break
            if s.same_measure(total) and not s.fields.get("role"):
                parts.insert(0, s)
                after = s
        first = _FIRST_N.search(text, clause, cue.start())
        if first is not None and len(parts) >= 2:
            # 前4所高校合计39人: the first four of the listed parts.
            n = _stated_number(first.group(1) + "个") or 0
            parts = parts[:n] if 2 <= n <= len(parts) else []
        if len(parts) < 2:
            if first is not None:
                continue
            parts, mode = (_read_parts(text, slots[:i], total, slots, context) if not parts else []), "inferred"
            if not parts:
                continue
        total.fields["role"] = "total"
        for p in parts:
            p.fields["role"] = "part"
        out.append(Relation("breakdown", None, total=total.figure.id, inputs=tuple(p.figure.id for p in parts),
                            mode=mode))
    return out


_OTHERS = regex.compile(r"其他|其余|其它")
_FIRST_N = regex.compile(r"前([两二三四五六七八九十]|\d{1,2})")


def _read_parts(text: str, earlier: list[_Slot], total: _Slot, slots: list[_Slot], context: dict) -> list[_Slot]:
    """The nearest run of figures of the total's measure before it (within
    _READ_REACH, cast in no role, at most _READ_TRIES) that adds up to it."""
    floor = _read_floor(text, total.start)
    run: list[_Slot] = []
    for s in reversed(earlier):
        if s.start < floor or len(run) >= _READ_TRIES:
            break
        if not s.same_measure(total):
            continue
        if s.fields.get("role") or s.series:
            break
        run.insert(0, s)
        if len(run) >= 2 and _agrees(Relation("breakdown", None, total=total.figure.id,
                                              inputs=tuple(p.figure.id for p in run), mode="exhaustive"), slots, context):
            return run
    return []


def _listed_sums(text: str, slots: list[_Slot], runs: list[tuple[int, list[_Slot], bool]], context: dict) -> list[Relation]:
    """Lists no opener introduces, against a total read from the context (which
    they confirm, never refute): A、B和C分别完成x、y、z after the sentence stating
    the total, 三方分别出资x、y和z, and 拟投入以下项目：A x，B y，C z."""
    lists = [r for r in runs if r[1][0].figure.kind != "percent"]
    # A colon list has a total before it and parts after it: it lies between the first and last figure.
    low, high = slots[0].end, slots[-1].start
    colons = text.find("以下", low, high) >= 0 or text.find("如下", low, high) >= 0
    for m in _LIST_COLON.finditer(text, low, high) if colons else ():
        stop = _FULL_STOP.search(text, m.end())
        stop = stop.start() if stop else len(text)
        after = [s for s in slots if m.end() <= s.start < stop and s.figure.kind != "percent"]
        if len(after) >= 2:
            lists.append((m.start(), [s for s in after if s.same_measure(after[0])], False))
    if not lists:
        return []
    candidates = [s for s in slots if s.figure.kind != "percent" and s.fields.get("role") not in _NOT_PARTS]
    out = []
    for start, run, grouped in lists:
        if len(run) < 2 or run[0].figure.kind == "percent" or any(s.fields.get("role") or s.series for s in run):
            continue
        if not all(s.same_measure(run[0]) for s in run):
            continue
        if any(w in text[start:run[-1].start] for w in context.get("not_summable", ())):
            continue  # SCI、EI论文每篇分别奖励3000元、2000元: amounts per item
        inputs = tuple(s.figure.id for s in run)
        total = _read_total(text, candidates, run, start, inputs, slots, context, grouped)
        if total is None:
            continue
        total.fields["role"] = "total"
        for p in run:
            p.fields["role"] = "part"
        out.append(Relation("breakdown", None, total=total.figure.id, inputs=inputs, mode="inferred"))
    return out


def _openers(text: str, candidates: list[_Slot]):
    """The breakdown openers that may stand between two candidates of one full
    sentence, as a scan of the whole text finds them.  Every opener ends with
    an _OPENER_END and is at most _OPENER_LONGEST long; none spans a full stop,
    so a full sentence can be scanned alone."""
    low = min(map(_END, candidates))  # an opener starts after a candidate
    stop = -1  # the end of the last full sentence scanned
    for s in sorted(candidates, key=_START):
        if s.start <= stop or s.start < low:
            continue
        # The last opener end or full stop before it; the text before ``low`` was
        # searched for the candidate before it.
        last = _LAST_OPENER_END_OR_STOP.search(text, low, s.start)
        low = s.start - 1
        if last is None or last.lastgroup == "stop":
            continue  # no opener ends in its full sentence before it
        m = _LAST_FULL_STOP.search(text, 0, last.start())
        start = m.end() if m else 0
        m = _FULL_STOP.search(text, s.start)
        stop = m.start() if m else len(text)
        first = _OPENER_END.search(text, start, stop)  # no opener ends before it
        yield from _BREAKDOWN_OPENER.finditer(text, max(start, first.end() - _OPENER_LONGEST), stop)


def _likely_total(text: str, earlier: list[_Slot], parts: list[_Slot], opener: str, start: int) -> _Slot | None:
    """The earlier figure the list breaks down: the one the opener hangs on
    (41个项目中，), else the nearest whose indicator agrees with the list, named in
    the opener (在到位的市外资金中) or ending like the parts (收益 for 电力业务收益,
    煤炭贸易业务收益), else the nearest.  A total is not smaller than a part, unless
    its clause states it as the whole (共有288家，其中…368家; 进出口总值…, 从贸易方式看…):
    then the text is wrong, and the check says so instead of finding no claim."""
    largest = max(p.figure.value for p in parts)
    fits = [s for s in earlier if s.figure.value >= largest]
    if not fits:
        # Only openers that break down the whole (其中, 从…看, 按…分); 十大岗位中 or
        # 在X中 name a scope of their own, whose parts need not fit any earlier figure.
        # Bare numbers (the number kind) carry no unit to tie them to a whole.
        if parts[0].figure.kind == "number" or (opener != "其中" and opener.rstrip("，,：:").endswith("中")):
            return None
        stated = [s for s in earlier if _TOTAL_CUE.search(text, max(s.sentence, s.start - _TOTAL_CUE_REACH), s.start)]
        return stated[-1] if stated else None
    if fits[-1].end == start:
        return fits[-1]
    named = opener.replace("的", "")[1:-2] if opener.startswith("在") else ""
    if named:
        for s in reversed(fits):
            if _same_indicator((s.fields.get("indicator") or "").replace("的", ""), named):
                return s
    suffix = _common_suffix([p.fields.get("indicator") or "" for p in parts])
    for k in range(len(suffix), 1, -1):  # the longest shared ending first
        for s in reversed(fits):
            if (s.fields.get("indicator") or "").endswith(suffix[-k:]):
                return s
    return fits[-1]


def _common_suffix(words: list[str]) -> str:
    if not words or not all(words):
        return ""
    suffix = words[0]
    for w in words[1:]:
        while suffix and not w.endswith(suffix):
            suffix = suffix[1:]
    return suffix


def _list_items(text: str, candidates: list[_Slot], start: int) -> list[_Slot]:
    """The parts of a list: all in the first ；-item when it holds several
    (A 9个，B 5个；新开工…), else one per ；-item while each holds one
    (第一产业…；第二产业…；第三产业…)."""
    items: list[list[_Slot]] = []
    for s in candidates:
        index = len(_ITEM_BREAK.findall(text, start, s.start))
        while len(items) <= index:
            items.append([])
        items[index].append(s)
    if not items:
        return []
    if len(items[0]) >= 2:
        first = items[0]
        # 研究生3000人、本科生2000人，师资队伍…300人: after a 、 list, a ，starts another statement.
        for k in range(1, len(first)):
            gap = text[first[k - 1].end:first[k].start]
            if k >= 2 and "，" in gap and all("、" in text[a.end:b.start] for a, b in zip(first[:k - 1], first[1:k])):
                return first[:k]
        return first
    parts = []
    for item in items:
        if len(item) != 1:
            break
        parts.append(item[0])
    return parts


def _presented_complete(opener: str, segment: str, names: list[str], context: dict) -> bool:
    """Are the parts offered as the whole: 分别, a classification (按经营地分,
    分产业看), or every member of a known complete set of categories?"""
    if "分别" in segment or opener.startswith(("按", "分")):
        return True
    if any(word in name for name in names for word in ("其他", "其余", "其它")):
        return True  # the last category takes the rest: 消费类产品及其他
    for group in context.get("exhaustive_sets", ()):
        if all(any(word in name for name in names) for word in group):
            return True
    return False


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


def _distributions(text: str, slots: list[_Slot]) -> list[tuple[int, list[_Slot], bool]]:
    """A、B、C分别为x、y、z: the i-th figure after 分别 measures the i-th item.

    Returns each run of figures after 分别, where its list starts, and whether the
    list states the number of its members (三方).  A run over
    periods (2014年、2015年及2016年…分别为) or over fewer items than figures, unless
    their number is stated (三方分别出资), is a series: its figures stand side by side
    and are no parts of a whole."""
    runs: list[tuple[int, list[_Slot], bool]] = []
    if len(slots) < 2 or "分别" not in text:
        return runs
    for m in _DISTRIBUTED.finditer(text):
        start = _clause_start(text, m.start(), max(0, m.start() - 60), _LIST_BREAK)
        items = [t for t in _ITEM_JOIN.split(text[start:m.start()]) if t]
        items = [_strip_words(t) for t in items]
        after = [s for s in slots if s.start >= m.end()]
        run = []
        for s in after:
            gap = text[(run[-1].end if run else m.end()):s.start]
            if _RUN_BREAK.search(gap) or len(gap) > 3:
                break
            run.append(s)
        if len(items) >= 2 and len(run) == len(items):
            for item, s in zip(items, run):
                if item:
                    s.fields["indicator"] = item
        if len(run) >= 2:
            listed = text[start:m.start()]
            grouped = _stated_number(listed) == len(run)
            if _PERIOD.search(listed) or (len(items) < len(run) and not grouped):
                for s in run:
                    s.series = True
            runs.append((start, run, grouped))
    return runs


_PERIOD = regex.compile(r"\d{4}年|[一二三四]季度|\d{1,2}月|上半年|下半年")
_STATED_NUMBER = regex.compile(r"([两二三四五六七八九十]|\d{1,2})(?:方|家|个|项|类|者|种|所|位|名|地|大|批)")
_SMALL_NUMERALS = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}


def _stated_number(listed: str) -> int | None:
    """The number of members a list names as a group: 三方 -> 3, 4家 -> 4."""
    m = _STATED_NUMBER.search(listed)
    if m is None:
        return None
    word = m.group(1)
    return int(word) if word.isdigit() else _SMALL_NUMERALS[word]
