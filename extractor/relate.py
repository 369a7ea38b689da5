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
_COMPLETION = regex.compile(rf"完成{_IN_CLAUSE}{{0,24}}?的\s*$|(?:为|占|达到?)(?:目标|计划|任务){_IN_CLAUSE}{{0,16}}?的\s*$")
_GROWTH_VERBS = "增长|增加|提高|上升|上涨|增|下降|减少|下滑|回落|降低|下跌|减".split("|")
_GROWTH_AFTER = "了|幅度为|幅度达".split("|")
_GROWTH_CUE = regex.compile(
    r"(?:同比|环比|比上年同期|比上年|比去年同期|比去年|较上年同期|较上年|较去年同期|较去年|与上年相比|比\d{4}年)?"
    rf"[^，,。；;]{{0,16}}?(?P<verb>{'|'.join(_GROWTH_VERBS)})(?:{'|'.join(_GROWTH_AFTER)})?$"
)
_PREVIOUS_CUE = regex.compile(r"(?:上年同期|上年|去年同期|去年|上一年|前一年|同期|\d{4}年)(?:的|为)?$|(?:由|从)$")
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
_NOT_PARTS = ("target", "previous", "change", "completion", "growth", "share")
_NON_EXHAUSTIVE = regex.compile(r"主要|包括|等(?:[^\p{Han}]|$)|部分")
# A figure stated as a whole: 共有会员单位288家, 总投资, 合计, 累计 (within a few characters before it).
_TOTAL_CUE = regex.compile(r"共有|共计|总计|合计|累计|总数|总额|总量|总值|总规模|总投资|总产值|总收入|全部|共")
_TOTAL_CUE_REACH = 10
_REGION = regex.compile(r"\p{Han}{2,4}?(?:自治区|区|县|市|旗|镇|乡)(?=[\p{Han}“\"]|$)")
_REGION_END = regex.compile(r"[区县市旗镇乡]")  # a _REGION match ends with one, at most 7 long
_DISTRIBUTED = regex.compile(r"分别(?:为|是|达到|达|增长|下降|占)?")
_ITEM_JOIN = regex.compile(r"[、和及与]")
_RUN_BREAK = regex.compile(r"[。；;！？\n]")


@dataclass(frozen=True, slots=True)
class Relation:
    """A claim the text makes about several figures."""

    kind: str  # completion | breakdown | growth | share
    reported: str | None  # the rate figure's id (for a breakdown, None)
    total: str | None = None  # a breakdown's total
    inputs: tuple[str, ...] = ()  # actual+target, parts, current+previous/change, part+whole
    mode: str = ""  # growth: "previous" or "change"
    reason: str = ""  # why it cannot be computed, when an operand is missing


@dataclass(slots=True)
class _Slot:
    """A figure with its normalized span, while relations are being built."""

    figure: Figure
    start: int
    end: int
    sentence: int  # where its sentence starts: figures of one sentence share it
    fields: dict = field(default_factory=dict)

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
        slots.append(_Slot(f, s, e, floor, fields))
    relations: list[Relation] = []
    _distributions(text, slots)
    # Breakdowns last: their totals and parts skip figures already cast as a
    # target, a previous value or a change.
    rates = [(i, s) for i, s in enumerate(slots) if s.figure.kind == "percent"]
    if rates:
        relations += _completions(text, slots, rates)
        relations += _growths(text, slots, rates)
        relations += _shares(text, slots, rates)
        relations += _named_ratios(text, slots, rates, (context or {}).get("named_ratios") or {})
    relations += _breakdowns(text, slots, context or {})
    relations += _trailing_totals(text, slots)
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


def _completions(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]]) -> list[Relation]:
    """完成(市定)目标19.8亿元的114.82%: rate, target before 的, actual before 完成."""
    out = []
    for i, rate, m, same in _cued_rates(text, slots, rates, _COMPLETION, 40, "completion"):
        target = next((s for s in reversed(same) if s.start >= m.start()), None)
        actual = None
        if target is not None:
            actual = next((s for s in reversed(same) if s.end <= m.start() and s.same_measure(target)), None)
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


def _breakdowns(text: str, slots: list[_Slot], context: dict) -> list[Relation]:
    """总数…其中A a, B b…: the parts after the opener against the total before it.

    Openers: 其中; 分产业看 / 按经营地分 / 从贸易方式看; 新引进的41个项目中.  Parts run
    to the end of the full sentence, across ；-separated items (三次产业)."""
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
        first = following[0]
        nested = _BREAKDOWN_OPENER.search(text, m.end(), stop)
        limit = nested.start() if nested else stop
        parts = _list_items(text, [s for s in following if s.same_measure(first) and s.start < limit], m.end())
        # The total: the nearest figure of the same measure before the opener,
        # close by, in this paragraph or the one before (an opener such as
        # 从贸易方式看 often starts a paragraph about the headline total).
        paragraph = text.rfind("\n", 0, max(0, text.rfind("\n", 0, m.start()))) + 1
        floor = max(paragraph, m.start() - 200)
        earlier = [s for s in candidates if floor <= s.start and s.end <= m.start()
                   and s.same_measure(first) and s.fields.get("role") != "part"]
        if not earlier:
            continue
        total = _likely_total(text, earlier, parts, m.group(), m.start()) if parts else None
        if total is None:
            continue
        if len(parts) < 2 or any(w in (total.fields.get("indicator") or "") for w in context.get("not_summable", ())):
            if m.group() == "其中":  # 其中省外资金19.9亿元: a subset of the total
                for p in parts:
                    p.fields.setdefault("role", "part")
            continue
        total.fields["role"] = "total"
        for p in parts:
            p.fields["role"] = "part"
        segment = text[m.start():parts[-1].end + 3]
        inputs = tuple(p.figure.id for p in parts)
        if _NON_EXHAUSTIVE.search(segment[len(m.group()):]):
            out.append(Relation("breakdown", None, total=total.figure.id, inputs=inputs,
                                reason="the parts are not presented as exhaustive"))
        else:
            complete = _presented_complete(m.group(), segment, [p.fields.get("indicator") or "" for p in parts], context)
            out.append(Relation("breakdown", None, total=total.figure.id, inputs=inputs,
                                mode="exhaustive" if complete else "subset"))
    return out


# A total stated after its parts: 合计, 合共, 总计 (not 累计, a running total, nor
# 共计, as often a product: 每年441万元，4年共计1764万元).
_TRAILING_TOTAL = regex.compile(r"(?:合计|合共|总计)\p{Han}{0,6}$")
_PART_GAP = 16  # at most this many characters between listed parts, and before the total


def _trailing_totals(text: str, slots: list[_Slot]) -> list[Relation]:
    """A元、B元和C元，总计D元 (中期股息0.45元，全年派息合共1.5元): the run of figures of one
    measure right before the one 合计 introduces, in its sentence and cast in no other
    role, add up to it."""
    if len(slots) < 3 or not any(w in text for w in ("合计", "合共", "总计")):
        return []
    out = []
    for i, total in enumerate(slots):
        if total.fields.get("role") or total.figure.kind in ("percent", "number"):
            continue
        clause = _clause_start(text, total.start, max(total.sentence, total.start - 12))
        if not _TRAILING_TOTAL.search(text, clause, total.start):
            continue
        parts, after = [], total
        for s in reversed(slots[:i]):
            if s.sentence != total.sentence or after.start - s.end > _PART_GAP:
                break
            if s.same_measure(total) and not s.fields.get("role"):
                parts.insert(0, s)
                after = s
        if len(parts) < 2:
            continue
        total.fields["role"] = "total"
        for p in parts:
            p.fields["role"] = "part"
        out.append(Relation("breakdown", None, total=total.figure.id, inputs=tuple(p.figure.id for p in parts),
                            mode="exhaustive"))
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
        return items[0]
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


def _growths(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]]) -> list[Relation]:
    """Current and previous (or the change) stated with a growth rate."""
    out = []
    for i, rate, cue, same in _cued_rates(text, slots, rates, _GROWTH_CUE, 24, "growth"):
        previous = change = current = None
        for s in reversed(same):
            before = text[max(0, s.start - 8):s.start]
            if previous is None and _PREVIOUS_CUE.search(before):
                previous = s
            elif change is None and current is None and _CHANGE_CUE.search(before):
                change = s
            elif current is None:
                current = s
                break
        if current is None:
            continue
        verb = cue.start("verb")
        # What the rate's own clause names, after the last figure before it.
        own = indicator_before(text, verb, max(_clause_start(text, verb, max(0, verb - 24)), same[-1].end if same else 0))
        if own and not _same_indicator(own, current.fields.get("indicator")):
            continue  # 企业98家，增加7家，工业增加值增长9.1%: the rate is about something else
        current.fields.setdefault("role", "actual")
        rate.fields["indicator"] = current.fields.get("indicator")
        if previous is not None and previous.same_measure(current):
            previous.fields["role"] = "previous"
            out.append(Relation("growth", rate.figure.id, inputs=(current.figure.id, previous.figure.id), mode="previous"))
        elif change is not None and change.same_measure(current):
            change.fields["role"] = "change"
            out.append(Relation("growth", rate.figure.id, inputs=(current.figure.id, change.figure.id), mode="change"))
    return out


def _same_indicator(a: str | None, b: str | None) -> bool:
    """进出口总值 and 全市外贸进出口总值 name the same thing: one ends the other."""
    if not a or not b or min(len(a), len(b)) < 2:
        return False
    return a.endswith(b) or b.endswith(a)


def _shares(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]]) -> list[Relation]:
    """Part 占 whole 的 R%: the whole inside 占…的, or an earlier figure whose
    indicator is the noun after 占; the part in the same clause, or an earlier
    figure whose indicator is the noun before 占."""
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
        if whole is None:
            noun = _strip_words(m.group("whole"))
            whole = next((s for s in reversed(earlier) if s is not part and s.same_measure(part)
                          and _same_indicator(s.fields.get("indicator"), noun)), None)
        rate.fields["indicator"] = part.fields.get("indicator")
        if whole is not None and whole.same_measure(part):
            out.append(Relation("share", rate.figure.id, inputs=(part.figure.id, whole.figure.id)))
    return out


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
        denominator = _named([s for s in earlier if s is not numerator and s.same_measure(numerator)
                              and not _holds(s, named[name]["numerator"])],
                             named[name].get("denominator") or ())
        if denominator is None:
            continue
        rate.fields["role"] = "share"
        out.append(Relation("share", rate.figure.id, inputs=(numerator.figure.id, denominator.figure.id)))
    return out


_NAMED_REACH = 400  # a report states the operands of a named rate in the same section


def _named(slots: list[_Slot], words) -> _Slot | None:
    """The last of ``slots`` whose indicator holds one of ``words``."""
    return next((s for s in reversed(slots) if _holds(s, words)), None)


def _holds(slot: _Slot, words) -> bool:
    indicator = slot.fields.get("indicator") or ""
    return any(w in indicator for w in words)


def _distributions(text: str, slots: list[_Slot]) -> None:
    """A、B、C分别为x、y、z: the i-th figure after 分别 measures the i-th item."""
    if len(slots) < 2 or "分别" not in text:
        return
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
