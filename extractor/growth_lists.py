"""Growth claims of lists: a run of rates after as many figures (A x、B y，分别增长a%、b%),
checked against the previous values listed before or after them (上年分别为p、q, 较上年的p和q,
（上年同期A p）), and two rates of one value against the bases a 分别 list names in order
(环比…，同比…，8月份和上年同期分别为p、q), and the whole of a 其中 list a rate right after the
list is of (whole_of_its_parts, for growths.py).  Split from growths.py, whose readers take one
rate at a time."""
from __future__ import annotations

import regex

from .growth_context import _BEFORE_REACH
from .growth_previous import PREVIOUS_LIST_CUE, PREVIOUS_LIST_TAIL
from .period import YEAR_NAMED, year_number
from .relate import (RATE_VERBS, _CHANGE_CUE, _JOINED, _PREVIOUS_WORD, BRACKET_CLOSES, OPENED_BY_ANY, Relation, _agrees,
                     _distributed_runs, _Slot, full_sentence_start, list_head)

_BASES = r"上年末|上年底|上年同期|上年|去年末|去年底|去年同期|去年|年初"  # what a 分别 run of changes is counted from
_RUN_VERBS = "增长|增加|提高|上升|下降|减少|回落|降低|成长|衰退"  # (成长, 衰退: Taiwan's)
# 游客x人次、收入y亿元，分别增长a%和b%；上年分别为p人次和q亿元
_DISTRIBUTED_GROWTH = regex.compile(
    rf"分别(?:比上年|比去年|较上年|较去年|同比)?(?:同期)?(?:{_RUN_VERBS})了?"
    # (the bases inside: 发放x，惠及y，分别比上年的p和q增长a%和b%)
    r"|分别(?:比|较)(?P<inside>(?:上年同期|上年|去年同期|去年|上一年)的\s*(?:[^，,。；;%]|(?<=\d),(?=\d)){1,30}?)"
    rf"(?:{_RUN_VERBS})了?"
    # (A x、B y，分别比上年增加c、d，增长a%和b%: the changes between, then the rates)
    rf"|分别(?:比|较)(?:{_BASES})(?:增加|新增|净增|减少)了?(?:[^，,。；;%]|(?<=\d),(?=\d)){{1,30}}?[，,]\s*"
    r"(?:增长|提高|上升|下降|减少)了?")
# (。上年同期，上述指标分别为p和q; ；2023年同季分别为p和q: the year before named by its number)
# (。上届风筝节，游客人数和旅游综合收入分别为: the last edition of an event; ；去年同期為p、q: the run of rates
# said 分别 already)
_DISTRIBUTED_PREVIOUS = regex.compile(rf"[，,；;。（(]\s*(?:(?:上年同期|上年|去年同期|去年|上一年|上一?届\p{{Han}}{{0,6}}?"
                                      rf"|(?P<year>(?:19|20)\d{{2}})年同[期季月]){PREVIOUS_LIST_TAIL}"
                                      rf"|(?:上年同期|去年同期)(?:为|是))\s*")
# 游客x人次，收入y亿元，较上年的p人次和q亿元分别增长a%和b%: the bases of a 分别 run named by 较/比
# (批次和货值较上年同期的p、q分别增长a%和b%: the measures named again before 较)


def _previous_listed(text: str, start: int, end: int, opens: int) -> bool:
    """Does ``text[start:end]`` open a run of previous values (；上年分别为)?  A year named
    (；2023年同季分别为) must be the one before the year the paragraph up to ``opens`` last names."""
    m = _DISTRIBUTED_PREVIOUS.fullmatch(text, start, end)
    if m is None or m.group("year") is None:
        return m is not None
    current = YEAR_NAMED.search(text, text.rfind("\n", 0, opens) + 1, opens)
    return current is not None and year_number(current.group()) == year_number(m.group("year")) + 1


_DISTRIBUTED_BASES = regex.compile(r"[，,]\s*(?:\p{Han}{1,8}?)?(?:较|比)(?:上年同期|上年|去年同期|去年|上一年)的?\s*")
# 参保人数分别为x、y|，比上年末分别增加|c和d|，分别增长a%和b%: the changes of a 分别 run, then their rates
_DISTRIBUTED_CHANGES = regex.compile(rf"[，,]\s*(?:(?:比|较)(?:{_BASES})分别|分别(?:比|较)(?:{_BASES}))"
                                     r"(?:增加|新增|净增|增长|减少)了?\s*")
_RUN_OF_CHANGES = regex.compile(r"[，,]\s*(?:分别)?(?:增长|提高|上升|下降|减少)了?\s*")
_NEXT_CLAUSE = regex.compile(r"[，,]")


def whole_of_its_parts(text: str, slots: list[_Slot], same: list[_Slot], current: _Slot, other: _Slot, rate: _Slot,
                       context: dict) -> _Slot:
    """The whole a 其中 list breaks down, when ``current`` ends that list and the rate's clause
    follows it (演出126场，其中夜间主秀84场、景区巡演42场，比上年增加28场，增长28.6%): the rate is
    the whole's, as a completion rate there is (completions.py), unless only the last part agrees
    with it; ``other`` is the previous value or the change (growths.stated reads the rest)."""
    if not _NEXT_CLAUSE.match(text, current.end):
        return current
    head = list_head(text, same, same.index(current), OPENED_BY_ANY)
    if head is None or not other.same_measure(head):
        return current
    mode = "change" if other.fields.get("role") == "change" or _CHANGE_CUE.search(
        text, max(0, other.start - _BEFORE_REACH), other.start) else "previous"

    def growth(level: _Slot) -> Relation:
        return Relation("growth", rate.figure.id, inputs=(level.figure.id, other.figure.id), mode=mode)
    if _agrees(growth(current), slots, context) and not _agrees(growth(head), slots, context):
        return current
    return head


def bases_listed(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]]) -> list[Relation]:
    """X，环比下降R1，同比下降R2，8月份和上年同期分别为p、q: two rates of one value, each
    against the base its cue names (环比: the period before; 同比: the same period a year
    before), whose values follow in that order in a 分别 list."""
    out = []
    for (i, first), (j, second) in zip(rates, rates[1:]):
        if j != i + 1 or i < 1 or j + 2 >= len(slots) or first.fields.get("role") or second.fields.get("role"):
            continue
        current, bases = slots[i - 1], slots[j + 1:j + 3]
        if current.figure.kind == "percent" or not (current.sentence == first.sentence == second.sentence == bases[1].sentence):
            continue
        a = _CUED_RATE.fullmatch(text, current.end, first.start)
        b = _CUED_RATE.fullmatch(text, first.end, second.start)
        listed = _BASES_LISTED.fullmatch(text, second.end, bases[0].start)
        if not (a and b and listed and _JOINED.fullmatch(text, bases[0].end, bases[1].start)) \
                or (a["cue"] in _YEAR_CUE) == (b["cue"] in _YEAR_CUE):
            continue
        # (the period before, 8月份 or 上月, is the 环比 rate's base; the year before the 同比 rate's)
        order = ["同比" if listed.group(k).startswith(("上年", "去年")) else "环比" for k in (1, 2)]
        if order[0] == order[1]:
            continue
        if not all(p.same_measure(current) and not p.fields.get("role") for p in bases):
            continue
        current.fields.setdefault("role", "actual")
        for rate, cue in ((first, a["cue"]), (second, b["cue"])):
            previous = bases[order.index("同比" if cue in _YEAR_CUE else "环比")]
            rate.fields.update(role="growth", indicator=current.fields.get("indicator"))
            previous.fields["role"] = "previous"
            out.append(Relation("growth", rate.figure.id, inputs=(current.figure.id, previous.figure.id), mode="previous"))
    return out


# (Taiwan's 季增/月增 against the period before, 年增 against the year before: 季增8.7%、年增21.3%)
_CUED_RATE = regex.compile(r"\s*[，,、]\s*(?:(?P<cue>环比|同比)(?:增长|上涨|上升|提高|下降|下跌|回落|降低)了?"
                           r"|(?P<cue>[季月年])[增减])\s*")
_BASE_NAMED = r"(上月|上个月|上一?季度?|\d{1,2}月份?|第?[一二三四1-4]季度?|上年同期|去年同期|上年同月|去年同月)"
_BASES_LISTED = regex.compile(rf"\s*[，,；;]\s*{_BASE_NAMED}[和、及与]{_BASE_NAMED}分别(?:为|是)\s*")
_YEAR_CUE = ("同比", "年")  # the cues of rates against the year before


# 由每人每月780元|提高到|820元: a value, then the one it was raised or cut to.
_FROM = regex.compile(r"(?:由|从)[^，,。；;\d]{0,8}$")
_TO = regex.compile(r"\s*(?:提高|增加|上涨|上调|增长|下降|减少|下调|降低|调整)?(?:到|至)\s*")


def _pairs_from_to(text: str, figures: list[_Slot]) -> list[tuple[_Slot, _Slot]] | None:
    """``figures`` read as (from, to) pairs, each written 由x提高到y, of one measure each, with no
    role cast; else None."""
    pairs = list(zip(figures[::2], figures[1::2]))
    if not pairs or any(a.figure.kind == "percent" or not a.same_measure(b) or a.fields.get("role") or b.fields.get("role")
                        or not _FROM.search(text, max(a.sentence, a.start - 10), a.start)
                        or not _TO.fullmatch(text, a.end, b.start) for a, b in pairs):
        return None
    return pairs


def distributed(text: str, slots: list[_Slot], runs: list) -> list[Relation]:
    """A x、B y，分别增长a%、b%: the i-th rate is the growth of the i-th of the figures
    right before it (as many, in its sentence), whatever their measures; it is
    checked when the previous values follow as a run (；上年分别为p、q), the i-th of
    the i-th.  The rates are cast either way: the plain reading would pair the
    first rate with the last figure."""
    out = []
    for run, k, m, currents in _distributed_runs(text, slots, runs, _DISTRIBUTED_GROWTH, 48):
        first, n = run[0], len(run)
        pairs = _pairs_from_to(text, slots[k - 2 * n:k]) if k >= 2 * n else None
        if pairs is not None and all(p.sentence == first.sentence for p, _ in pairs):
            # A由x提高到y，B由p提高到q，分别增长a%和b%: each rate of the pair in its order, the value reached
            # over the one it rose from
            for (previous, current), r in zip(pairs, run):
                r.fields.update(role="growth", indicator=current.fields.get("indicator"))
                current.fields["role"], previous.fields["role"] = "actual", "previous"
                out.append(Relation("growth", r.figure.id, inputs=(current.figure.id, previous.figure.id), mode="previous"))
            continue
        if len(currents) < n or any(c.sentence != first.sentence or c.figure.kind == "percent" for c in currents):
            continue
        if k >= 2 * n and ((m.group("inside") is not None and currents[0].start >= m.start("inside"))
                           or _previous_listed(text, slots[k - n - 1].end, currents[0].start, slots[k - 2 * n].start)
                           or _DISTRIBUTED_BASES.fullmatch(text, slots[k - n - 1].end, currents[0].start)) \
                and not _PREVIOUS_WORD.search(text, slots[k - 2 * n].end, slots[k - n - 1].start):
            # 出口x，进口y，上年同期分别为p和q，分别增长a%和b% (…，较上年的p和q分别增长a%和b%; 分别比上年的p和q
            # 增长a%和b%): the previous values stand between the current ones (whose run names no year
            # before) and the rates
            previous, currents = currents, slots[k - 2 * n:k - n]
            if all(c.sentence == first.sentence and c.figure.kind != "percent" and c.same_measure(p)
                   and not p.fields.get("role") and c.fields.get("role") in (None, "actual")
                   for c, p in zip(currents, previous)):
                for c, p, r in zip(currents, previous, run):
                    r.fields.update(role="growth", indicator=c.fields.get("indicator"))
                    c.fields["role"], p.fields["role"] = "actual", "previous"
                    out.append(Relation("growth", r.figure.id, inputs=(c.figure.id, p.figure.id), mode="previous"))
            continue
        if k >= 2 * n and _DISTRIBUTED_CHANGES.fullmatch(text, slots[k - n - 1].end, currents[0].start) \
                and _RUN_OF_CHANGES.fullmatch(text, currents[-1].end, first.start):
            # 参保人数分别为x、y，比上年末分别增加c和d，分别增长a%和b%: each change over its figure less it
            changes, currents = currents, slots[k - 2 * n:k - n]
            if all(c.sentence == first.sentence and c.figure.kind != "percent" and c.same_measure(d)
                   and not c.fields.get("role") and not d.fields.get("role") for c, d in zip(currents, changes)):
                for c, d, r in zip(currents, changes, run):
                    r.fields.update(role="growth", indicator=c.fields.get("indicator"))
                    c.fields["role"], d.fields["role"] = "actual", "change"
                    out.append(Relation("growth", r.figure.id, inputs=(c.figure.id, d.figure.id), mode="change"))
            continue
        for c, r in zip(currents, run):
            r.fields["role"] = "growth"
            r.fields["indicator"] = c.fields.get("indicator")
        previous = slots[k + n:k + 2 * n]
        if previous and not _previous_listed(text, run[-1].end, previous[0].start, currents[0].start):
            out += _previous_in_brackets(text, currents, run, previous) \
                or _one_named_previous(text, currents, run, previous[0])
            continue
        if len(previous) < n or not _previous_listed(text, run[-1].end, previous[0].start, currents[0].start) \
                or not (all(next((r for _, r, _ in runs if r[0] is previous[0]), [])[j:j + 1] == [p]
                            for j, p in enumerate(previous))
                        # (a list of several measures, no run: （上年同期分别为30只、325.1亿元）)
                        or all(_JOINED.fullmatch(text, a.end, b.start) for a, b in zip(previous, previous[1:]))):
            continue
        if not all(c.same_measure(p) and not p.fields.get("role") for c, p in zip(currents, previous)):
            continue
        for c, p, r in zip(currents, previous, run):
            c.fields.setdefault("role", "actual")
            p.fields["role"] = "previous"
            out.append(Relation("growth", r.figure.id, inputs=(c.figure.id, p.figure.id), mode="previous"))
    return out


def _previous_in_brackets(text: str, currents: list[_Slot], run: list[_Slot], previous: list[_Slot]) -> list[Relation]:
    """签约项目27个，总投资168.5亿元，环比分别增长a%和b%（二季度签约项目22个、总投资128.2亿元）: the
    previous values of the whole run in brackets after it, each named, in order, of the period
    the rates are counted from (a month or quarter for 环比, the year before for 同比)."""
    opened = _BRACKETED_PREVIOUS.fullmatch(text, run[-1].end, previous[0].start)
    if opened is None or len(previous) < len(run) or not BRACKET_CLOSES.match(text, previous[-1].end):
        return []
    yearly = opened.group("period").startswith(("上年", "去年"))
    cue = _RUN_CUE.search(text, max(currents[-1].end, run[0].start - 8), run[0].start)
    if yearly == (cue is not None and cue.group() == "环比") or (cue is None and not yearly):
        return []  # (环比 against the year before, or 同比 against a quarter: another comparison)
    if not all(_NAMED_BETWEEN.fullmatch(text, a.end, b.start) for a, b in zip(previous, previous[1:])) \
            or not all(c.same_measure(p) and not p.fields.get("role") for c, p in zip(currents, previous)):
        return []
    out = []
    for c, p, r in zip(currents, previous, run):
        c.fields.setdefault("role", "actual")
        p.fields["role"] = "previous"
        out.append(Relation("growth", r.figure.id, inputs=(c.figure.id, p.figure.id), mode="previous"))
    return out


_BRACKETED_PREVIOUS = regex.compile(
    r"\s*[（(]\s*(?P<period>上年同期|去年同期|上年|去年|上季度|上季|上月|上个月|第?[一二三四]季度|\d{1,2}月份?)"
    r"\p{Han}{0,10}?(?:为|是)?\s*")
_NAMED_BETWEEN = regex.compile(r"\s*[、，,]\s*\p{Han}{0,10}?(?:为|是)?\s*")
_RUN_CUE = regex.compile(r"环比|同比")


def _one_named_previous(text: str, currents: list[_Slot], run: list[_Slot], after: _Slot) -> list[Relation]:
    """成交订单x、金额y，同比分别增长a%和b%（上年同期成交订单p）: the previous value of one
    of the run's figures, named by its indicator right after the rates."""
    m = _NAMED_PREVIOUS.fullmatch(text, run[-1].end, after.start)
    if m is None or after.fields.get("role"):
        return []
    for c, r in zip(currents, run):
        if c.fields.get("indicator") == m.group("name") and c.same_measure(after):
            c.fields.setdefault("role", "actual")
            after.fields["role"] = "previous"
            return [Relation("growth", r.figure.id, inputs=(c.figure.id, after.figure.id), mode="previous")]
    return []


_NAMED_PREVIOUS = regex.compile(r"\s*[（(，,]\s*(?:上年同期|去年同期|上年|去年)(?P<name>\p{Han}{2,10}?)(?:为|是)?\s*")


# 。上年同期，园区三季度和前三季度营收分别为|p、q: a sentence opening on the year before's values, listed
_LISTED_NEXT = regex.compile(rf"\s*{PREVIOUS_LIST_CUE}\s*")
_LISTED_IN_BRACKETS = regex.compile(rf"[（(]\s*{PREVIOUS_LIST_CUE}\s*$")
_BRACKET_REACH = 16  # (（上年同期分别为: its longest cue, about)
# (实现营业收入x，|同比增长|a%: a growth rate right after its value, in its clause)
_RATE_RIGHT_AFTER = regex.compile(r"[，,]?\s*(?:同比|比上年同期|较上年同期|比上年|较上年|比去年同期|比去年)?"
                                  rf"(?:{RATE_VERBS})了?")


def previous_listed_next(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]]) -> list[Relation]:
    """三季度营收x，同比增长a%；前三季度营收y，同比增长b%。上年同期，…分别为p、q: rates each stated
    right after its value, in the sentence before a 分别 list of as many previous values (or in
    the sentence of such a list in brackets right after the last rate), are each of its value
    against the previous one in the same order."""
    if "分别" not in text and "依次" not in text:
        return []  # (no list: every article passes here)
    out = []
    for k, first in enumerate(slots):
        if first.figure.kind == "percent":
            continue
        bracket = None
        if first.sentence and _LISTED_NEXT.fullmatch(text, first.sentence, first.start):
            opens, closes = full_sentence_start(text, first.sentence - 1), first.sentence
        elif (bracket := _LISTED_IN_BRACKETS.search(text, max(first.sentence, first.start - _BRACKET_REACH),
                                                    first.start)) is not None:
            # (…x，同比增长a%；…y，同比增长b%（上年同期分别为p和q）: the list in brackets right after the last rate)
            opens, closes = full_sentence_start(text, bracket.start()), bracket.start()
        else:
            continue
        previous = [first]
        for s in slots[k + 1:]:
            if s.figure.kind == "percent" or not _JOINED.fullmatch(text, previous[-1].end, s.start):
                break
            previous.append(s)
        before = [(i, r) for i, r in rates if opens <= r.start < closes and i
                  and _RATE_RIGHT_AFTER.fullmatch(text, slots[i - 1].end, r.start)]
        if len(previous) < 2 or len(before) != len(previous) or (bracket is not None and before[-1][1].end != closes):
            continue
        pairs = []
        for (i, rate), p in zip(before, previous):
            current = slots[i - 1]
            if rate.fields.get("role") or current.start < opens or not current.same_measure(p) \
                    or current.fields.get("role") not in (None, "actual") or p.fields.get("role"):
                break
            pairs.append((rate, current, p))
        if len(pairs) != len(previous):
            continue
        for rate, current, p in pairs:
            rate.fields.update(role="growth", indicator=current.fields.get("indicator"))
            current.fields["role"], p.fields["role"] = "actual", "previous"
            out.append(Relation("growth", rate.figure.id, inputs=(current.figure.id, p.figure.id), mode="previous"))
    return out
