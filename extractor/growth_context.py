"""The current value (the level) of a growth claim read from outside the rate's clause:
a level named before a ；, a base and change that add up to a level, what was added before
the level it brought (新增…，…达), the current value carried from the clause before, a level
named in the paragraph or by the topic of the sentence before.  growths.py asks them in turn
when the rate's own clause leaves the level out; growth_previous.py reads the previous value."""
from __future__ import annotations

import regex

from .indicators import (PARAGRAPH_REACH, WHOLE_TAIL, _clause_start, amount_of, indicator_before, paragraph_before,
                         paragraph_start)
from .period import PART_OF_YEAR, PREVIOUS_SPAN, THIS_SPAN
from .relate import (QUOTED_EVENT, RATE_VERBS, _COMPARED_BASE, _FULL_STOP, _LAST_SEMICOLON, _PREVIOUS_CUE, _changed, _same_indicator,
                     _sentence_start, _SIZE_TAIL, _Slot, full_sentence_start)
from .share_parts import _item_named_by_head
from .sum_names import _common_suffix

_BEFORE_REACH = 18  # the cues before a figure: 较去年同期长三角招商签约的|38.5亿元 is the longest
# (获批宗数, 贷款户数: the number counted by its classifier)
_HOW_MANY = regex.compile(r"的?(?:数量|总数|数目|[个宗件户人家项笔次台套辆名]?数)$")
_PREVIOUS_REACH = 300  # a previous value read from the context: at most this far, in the paragraph
_ITEM_OPENS_ON_PREVIOUS = regex.compile(r"[；;]\s*(?:与)?(?:上年同期|去年同期|上年|去年)(?:为|是|[:：]|(?<=与\p{Han}{2,4})的)?\s*$")


_PERIOD_ONLY = regex.compile(rf"(?:较|比)?{PART_OF_YEAR}")


def _named_before_semicolon(text: str, slots: list[_Slot], i: int, previous: _Slot) -> _Slot | None:
    """直接带动消费4.68亿元，…；带动消费较去年同期的3.92亿元增长19.4%: a claim that names its
    measure before the base, with no figure of it in its clause, is of the nearest figure of
    that measure before, in the sentence the ； goes on (no full stop between)."""
    named = previous.fields.get("indicator")
    if named and _PERIOD_ONLY.fullmatch(named):
        named = None  # (较第二季的|205.4亿元: a period, no measure, names the base)
    if not named and _COMPARED_BASE.search(text, max(0, previous.start - 16), previous.start):
        return _compared_again(text, slots, i, previous)
    if not named and _ITEM_OPENS_ON_PREVIOUS.search(text, max(0, previous.start - 12), previous.start):
        # 完成投资3.86亿元，占…；上年同期为2.71亿元，同比增长R: an item opening on the value of the
        # year before goes on about the level the item before stated, the last of that measure
        # (not a change: …按月增加1,300亿港元；与去年同期的X比较，按年上升R)
        # (nor the base of another comparison: 12,146人，较6月的11,382人增加764人；与去年同期的…相比)
        return next((s for s in reversed(slots[:i]) if s.end <= previous.start and s is not previous
                     and s.same_measure(previous) and s.fields.get("role") in (None, "actual")
                     and not _changed(text, s)
                     and not _COMPARED_BASE.search(text, max(0, s.start - _BEFORE_REACH), s.start)
                     and not _FULL_STOP.search(text, s.end, previous.start)), None)
    if not named or len(named) < 2:
        return None
    named = _HOW_MANY.sub("", named) if len(named) > 3 else named  # 新登记企业数量 counts 企业
    for k in range(i - 1, -1, -1):
        s = slots[k]
        if _FULL_STOP.search(text, s.end, previous.start):
            return None
        if s is not previous and s.end <= previous.start and s.same_measure(previous) \
                and s.fields.get("role") in (None, "actual") \
                and (_same_indicator(s.fields.get("indicator"), named)
                     # (发明专利授权4,128件…；发明专利授权量比上年的3,560件: the act, then how much of it)
                     or _counts_the_act(named, s.fields.get("indicator"))
                     # (筹集福彩公益金25.37亿元…；上年同期筹集23.36亿元: the act, its object left out)
                     or (s.fields.get("indicator") or "").startswith(named)
                     # (共有个案173,200宗…；个案数目较一年前的178,600宗减少3.0%: what was counted, and how many)
                     or (named != previous.fields.get("indicator") and (s.fields.get("indicator") or "").endswith(named))) \
                and not _PREVIOUS_CUE.search(text, max(0, s.start - _BEFORE_REACH), s.start):
            return s  # (not another claim's base: 积体电路产业较前一年的7,536亿元…；光电产业…较前一年的2,184亿元)
    return None


# A clause about the year before: its figure is the previous value (，相比之下去年同期…为18亿元).
# (；上年出口额为X，同比增长R: 上年 names the year before the one reported on; 去年 may be the year reported on,
# in a report of the next year: 去年港口總收入X，按年增長R（二○二四年為Y）; 上产季…销售收入为X: a season before)
PREVIOUS_CLAUSE = regex.compile(rf"\s*(?:相比之下|与之相比|对比之下|而)?[，,]?\s*(?:上年同期|去年同期|上一年同期|上年(?!以来|来|末|底|[同比较增减提降上下])|{PREVIOUS_SPAN})")
# (去年同期全市完成投资5.12亿元，今年同比增长R; ；上年出口额为2,714万美元，同比增长R: a sentence or ；-item that
# opens on the year before and names its measure; 上产季…为X，本产季同比增长R: a season)
_ITEM_OPENS_ON_YEAR_BEFORE = regex.compile(rf"(?:^|(?<=[。！？!?；;\n])){PREVIOUS_CLAUSE.pattern}")
_YEAR_BEFORE_TO_RATE = regex.compile(rf"[，,]\s*(?:今年|本年|当年|{THIS_SPAN})?(?:同比)?(?:{RATE_VERBS}|下滑|增|降)了?\s*$")
_SHARED_MEASURE = 4  # (销售收入: the measure two names end with, their periods and places apart)


def level_named_before_base(text: str, slots: list[_Slot], i: int, previous: _Slot) -> _Slot | None:
    """全市累计完成投资6.27亿元，…。去年同期全市完成投资5.12亿元，今年同比增长22.5%: a sentence (or a
    ；-item) that opens on the year before, states the previous value by its measure's name and
    then the rate (``slots[i]``) is about the level of that name (or of the measure both names end
    with) stated last before it, in its paragraph (within _PREVIOUS_REACH; cast in no role but actual
    or total, past a target or an equivalent).  Read so, it only confirms."""
    name = previous.fields.get("indicator") or ""
    rate = slots[i]
    opens = _clause_start(text, previous.start, max(previous.sentence, previous.start - 24))
    if len(name) < 2 or _ITEM_OPENS_ON_YEAR_BEFORE.match(text, opens) is None \
            or _YEAR_BEFORE_TO_RATE.search(text, previous.end, rate.start) is None:
        return None
    low = paragraph_start(text, previous.start, _PREVIOUS_REACH)
    for s in reversed(slots[:i]):
        if s.start < low:
            return None
        if s.end <= opens and s.same_measure(previous) and not s.series:
            said = s.fields.get("indicator") or ""
            if s.fields.get("role") in ("target", "equivalent"):
                continue  # (完成年度计划投资8.5亿元的R: the plan the level is measured against)
            if _same_indicator(said, name) or (len(said) > len(name) and said.endswith(name)) \
                    or len(_common_suffix([said, name])) >= _SHARED_MEASURE:
                return s if s.fields.get("role") in (None, "actual", "total") else None
    return None


def _counts_the_act(name: str, indicator: str | None) -> bool:
    """Does ``name`` say how many times the act ``indicator`` names was done (发明专利授权量 of
    发明专利授权; 批准数目 of 批准注册, the act and at most two characters of what it was done to)?"""
    stem = _HOW_MANY.sub("", name.removesuffix("量"))
    return stem != name and len(stem) >= 2 and indicator is not None \
        and (indicator == stem or (indicator.startswith(stem) and len(indicator) - len(stem) <= 2))


def _compared_again(text: str, slots: list[_Slot], i: int, previous: _Slot) -> _Slot | None:
    """183.7亿元，较上年同月的173.3亿元上升6%；…，较8月的221.4亿元下跌17%: a ；-item naming no
    measure compares the value the item before compared, with another base."""
    semi = _LAST_SEMICOLON.search(text, 0, previous.start)
    if semi is None:
        return None
    for k in range(i - 1, -1, -1):
        s = slots[k]
        if _FULL_STOP.search(text, s.end, previous.start):
            return None
        if s.end <= semi.start() and s.same_measure(previous) and s.fields.get("role") == "actual":
            return s
    return None


# 其中，渔业产值比上年的91.35亿元增长1.8%: a sentence that opens on a measure's name and compares it.
# (便利商店较去年同月的X: Taiwan's monthly figures against the same month a year before)
# (可分配盈余与上年的X相比增长R: compared by 与…相比; 批准数目较2023年的X: the year before named)
_OPENS_ON_NAME = regex.compile(r"\s*(?:其中|另外|此外|同时)?[，,]?\s*(?P<name>\p{Han}{3,12}?)(?:比|较|与)"
                               r"(?:上年同期|去年同期|上年同月|去年同月|上年|去年|上一年|上季度?|上一季度?|(?:19|20)\d\d年(?:同期)?)"
                               rf"(?P<event>{QUOTED_EVENT}\p{{Han}}{{0,4}})?的?\s*")  # (較去年「米娜」颱風的X: its event named)


def _named_sentence_before(text: str, slots: list[_Slot], i: int, previous: _Slot) -> _Slot | None:
    """分产业看，渔业产值98.72亿元，…。其中，渔业产值比上年的91.35亿元增长1.8%: a sentence that
    opens on the name of its measure and compares it with the year before is about the level of
    exactly that name stated last before it, in its paragraph (cast in no role but actual, part
    or total: not a previous value, a target or a change)."""
    opens = _OPENS_ON_NAME.fullmatch(text, previous.sentence, previous.start)
    # (the name as read, of the words it opens with: 实际采购金额比上年的|16.85亿元 names 采购金额)
    name = previous.fields.get("indicator") or ""
    if opens is not None and opens.group("event"):
        name = opens.group("name")  # (the base is named by its event: the measure is the sentence's)
    if opens is None or len(name) < 2 or not opens.group("name").endswith(name):
        return None
    low = paragraph_start(text, previous.start, _PREVIOUS_REACH)
    for k in range(i - 1, -1, -1):
        s = slots[k]
        if s.start < low:
            return None
        # (出口额比上年同期的X: the amount of 出口, 其中出口152.7亿元)
        if s.end <= previous.sentence and s.same_measure(previous) and (
                s.fields.get("indicator") in (name, amount_of(name)) or _act_of_topic(text, s, name)
                or _cause_of_amount(s, name) or _total_of_act(s, name)
                or (s.figure.kind == "count" and _counts_the_act(name, s.fields.get("indicator")))):
            return s if s.fields.get("role") in (None, "actual", "part", "total") and not s.series else None
    return None


def _cause_of_amount(s: _Slot, name: str) -> bool:
    """颱風造成農產品損失x。損失金額較去年的y: ``s`` is named by what the amount ``name`` is of (损失 of
    损失金额), after what caused it."""
    of = amount_of(name)
    return of != name and len(of) >= 2 and (s.fields.get("indicator") or "").endswith(of)


def _total_of_act(s: _Slot, name: str) -> bool:
    """全年累计发放各类就业补贴资金x。发放总额比上年的y: ``name`` is the total of the act ``s``'s name
    opens on (发放总额 of 发放…), no target it was measured against (完成…预算z的R names z so too)."""
    act = _TOTAL_TAIL.sub("", name)
    return act != name and len(act) >= 2 and (s.fields.get("indicator") or "").startswith(act) \
        and s.fields.get("role") != "target"


_TOTAL_TAIL = regex.compile(r"(?<=\p{Han}{2})(?:总金额|总额|总量|总数)$")


def _act_of_topic(text: str, s: _Slot, name: str) -> bool:
    """本季热费应收x，实收y。实收热费较上季的z: ``s`` is named by the act alone (实收), and the rest of
    ``name`` (热费) is the topic its sentence names before it."""
    act = s.fields.get("indicator") or ""
    return len(act) >= 2 and len(name) - len(act) >= 2 and name.startswith(act) \
        and name[len(act):] in text[s.sentence:s.start]




# A sentence that opens on a comparison, a frame before it at most (以单月来看，较9月的X减少R%，但比去年同期的Y
# 增加S%): it has no subject of its own; and a clause of it that compares again (，但比…).
_OPENS_ON_COMPARISON = regex.compile(r"\s*(?:(?:以|就|从)\p{Han}{1,6}(?:来看|而言|看)[，,]\s*)?(?:较|比|与)")
_COMPARES_AGAIN = regex.compile(r"(?:[，,；;]\s*)?(?:但|而|则)?(?:较|比|与)[^，,。；;]{0,10}?的?\s*$")


def _level_of_sentence_before(text: str, slots: list[_Slot], i: int, previous: _Slot) -> _Slot | None:
    """…公布10月合并营收114.6亿元。以单月来看，较9月的118.8亿元减少3.5%: a sentence that opens on the
    comparison is about the level the sentence before states last, of the base's measure (cast in no
    role but actual or total), in its paragraph."""
    opens = full_sentence_start(text, previous.start)
    if not _OPENS_ON_COMPARISON.match(text, opens) \
            or not _COMPARES_AGAIN.search(text, max(opens, previous.start - 16), previous.start):
        return None  # (not …，年增18.1%；与8月的561.2亿美元相比，月增6.1%: its sentence named the level)
    if opens == 0 or "\n" in text[max(0, opens - 2):opens]:
        return None  # (a paragraph's first sentence compares what its own words name, if anything)
    before = full_sentence_start(text, opens - 1)
    for k in range(i - 1, -1, -1):
        s = slots[k]
        if s.end > opens:
            continue
        if s.start < before:
            return None
        if s.same_measure(previous):
            return s if s.fields.get("role") in (None, "actual", "total") and not s.series else None
    return None


# …相比，法人单位|增加5,318个: the measure named again before the change; 本期核定補助金額|較112年度同期的X:
# the measure the clause opens on, before its base
_NAMED_BEFORE_CHANGE = regex.compile(r"[，,]\s*(?P<name>\p{Han}{2,8}?)(?:增加|减少|净增|净减|新增)\s*$")
_NAMED_BEFORE_BASE = regex.compile(r"(?:^|[，,；;。]|\n)\s*(?P<name>\p{Han}{3,12}?)(?:较|比|与)[^，,。；;]{0,14}?的?\s*$")


def _level_of_base_and_change(text: str, slots: list[_Slot], i: int, previous: _Slot, change: _Slot,
                              down: bool) -> _Slot | None:
    """The nearest figure of the base's measure before the rate's sentence, in its paragraph, that the
    base and the change add up to (less the change, for a decline); or, when the claim names its measure,
    the nearest of that name up to two paragraphs before (已登记法人单位18,052个…。/与…时的12,734个相比，
    法人单位增加5,318个; 核定補助金額合計1億4,652萬元…/…/本期核定補助金額較…的1億2,380萬元增加2,272萬元)."""
    level = previous.figure.value - change.figure.value if down else previous.figure.value + change.figure.value
    opens = text.rfind("\n", 0, previous.start) + 1
    named = _NAMED_BEFORE_CHANGE.search(text, previous.end, change.start) \
        or _NAMED_BEFORE_BASE.search(text, max(0, previous.start - 30), previous.start)
    name = named.group("name") if named else ""
    floor = max(0, opens - 2 * PARAGRAPH_REACH) if name else opens
    for s in reversed(slots[:i]):
        if s.start < floor:
            return None
        if s.start < opens and not _names_alike(s.fields.get("indicator") or "", name):
            continue
        if s.end <= previous.sentence and s.same_measure(previous) and s.figure.value == level \
                and s.figure.value_max is None and not s.figure.approx \
                and s.fields.get("role") in (None, "actual", "total"):
            return s
    return None


def _names_alike(indicator: str, name: str) -> bool:
    """Is ``name`` the ``indicator``, give or take words before it (本期核定补助金额 for 核定补助金额)?"""
    return len(indicator) >= 2 and (indicator.endswith(name) or (len(indicator) >= 4 and name.endswith(indicator)))


def _carried_current(text: str, slots: list[_Slot], i: int, rate: _Slot, cue: regex.Match) -> _Slot | None:
    """A growth rate that opens a clause after ；with nothing named before its cue
    (；环比增长2.4%): the current value of the growth claim of the clause before."""
    start = rate.sentence
    if not start or text[start - 1] not in "；;" or text[start:cue.start()].strip():
        return None
    return next((s for s in _before_semicolon(text, slots, i, start)
                 if s.figure.kind != "percent" and s.fields.get("role") == "actual"), None)


def _before_semicolon(text: str, slots: list[_Slot], i: int, start: int):
    """The figures before slot ``i``, nearest first, in the sentence before the ；that ``start`` follows."""
    before = _sentence_start(text, start - 1, max(0, start - 400))
    for k in range(i - 1, -1, -1):
        s = slots[k]
        if s.start < before:
            return
        if s.sentence != start:
            yield s


def _carried_past_comparison(text: str, slots: list[_Slot], i: int, rate: _Slot, previous: _Slot) -> _Slot | None:
    """…盘活1,286宗，完成年度计划1,200宗的任务，完成率107.2%；与上年同期的1,040宗相比，增长23.7%: a
    clause after ；that opens on the value compared with names no level of its own; the level is the
    last of the previous value's measure before the ；in its sentence, past a target or a change."""
    start = rate.sentence
    if not start or text[start - 1] not in "；;" or previous.sentence != start \
            or not _OPENS_ON_BASE.fullmatch(text, start, previous.start):
        return None
    for s in _before_semicolon(text, slots, i, start):
        if s.same_measure(previous) and s.fields.get("role") not in ("target", "change") and not _changed(text, s):
            return s if s.fields.get("role") in (None, "actual", "total") and not s.series else None
    return None


# 与上年同期的|X: a clause opening on the value its claim compares with
_OPENS_ON_BASE = regex.compile(r"\s*(?:与|和|同|跟)[^，,。；;：:\d%]{1,10}?的?\s*")


_TAIWAN_SPAN = regex.compile(r"[年月季][增减]")


def _named_current(text: str, slots: list[_Slot], i: int, rate: _Slot, cue: regex.Match) -> _Slot | None:
    """The level a growth rate's clause names (远洋渔业产值|增长12.5%) with no figure before its cue:
    the nearest earlier figure of exactly that name, in the rate's paragraph or the one before,
    no rate, previous value, change or target."""
    verb = cue.start("verb")
    # (not the 年 of 比上年|增长, 较去年|增长: the base's)
    if text[verb - 2:verb] in ("按年", "按月", "按季"):
        verb -= 2  # (远洋轮船抵港艘次|按年减少4.1%: Hong Kong's span before the verb)
    elif text[verb - 1:verb] in ("年", "月", "季") and _TAIWAN_SPAN.match(text, verb - 1) \
            and text[verb - 2:verb - 1] not in ("上", "去", "同"):
        verb -= 1  # (燃料成本|年减4.7%: Taiwan's 年减 and 月增 say the span with the verb)
    clause = _clause_start(text, verb, max(rate.sentence, verb - 24))
    name = indicator_before(text, verb, clause)
    cause = _CAUSE_CLAUSE.fullmatch(text, rate.sentence, clause) if not name and clause > rate.sentence else None
    if cause is not None:
        name = cause.group("name")  # (防火木门受公共建筑项目拉动，|同比增长R: the level the cause is of)
    if not name or len(name) < 3:
        return None
    floor = paragraph_before(text, rate.start, PARAGRAPH_REACH)
    for k in range(i - 1, -1, -1):
        s = slots[k]
        if s.start < floor:
            break
        # (流动业务的服务收益 of a list's item is 流动业务服务收益 named again: the 的 of a measure owned)
        # (采购规模 for 实际采购金额's 采购金额: the size of a flow is its amount; 线上销售额 for 线上销售)
        own = (s.fields.get("indicator") or "").replace("的", "")
        if s.figure.kind != "percent" and (own == name.replace("的", "") or _sized_alike(own, name)
                                           or amount_of(own) == amount_of(name.replace("的", ""))
                                           or _part_named_by_measure(text, slots, k, name)) \
                and s.fields.get("role") not in ("previous", "change", "target", "equivalent"):
            return s
    return _level_named_by_head(slots[:i], floor, name)


def _level_named_by_head(before: list[_Slot], floor: int, name: str) -> _Slot | None:
    """The one figure from ``floor`` on whose name holds ``name`` less its generic tail (电商渠道|比上年增加x，
    增长R after 批发市场销售a，电商直播销售b，加工企业订单收购c: the channel's item, b)."""
    named = _item_named_by_head([s for s in before if s.start >= floor and s.figure.kind != "percent"
                                 and s.fields.get("role") not in ("previous", "change", "target", "equivalent")], name)
    return named[0] if named else None


# 防火木门受公共建筑项目拉动，: a clause that opens on what grew and says why, before its rate's own
_CAUSE_CLAUSE = regex.compile(r"\s*(?P<name>\p{Han}{3,12}?)(?:受|因|得益于|在)\p{Han}{2,16}?(?:拉动|带动|影响|推动|带领|下)[，,]\s*")


def _sized_alike(own: str, name: str) -> bool:
    """Do ``own`` and ``name`` name one thing by its size and its amount (采购金额, 采购规模)?"""
    own_core, core = _SIZE_TAIL.sub("", own), _SIZE_TAIL.sub("", name)
    return own_core != own and core != name and len(core) >= 2 and own_core == core


def _named_right_before(text: str, named: _Slot, rate: _Slot) -> bool:
    """Is ``named`` (what _named_current found) the level of the sentence right before the rate's,
    which opens on its very name (电商交易额21.3亿元。电商交易额同比增长23.5%（上年同期为16.3亿元）)?
    Nothing else can be the level the rate is of: the claim is tied, not read from around."""
    name = (named.fields.get("indicator") or "").replace("的", "")
    return len(name) >= 3 and named.end < rate.sentence and text[rate.sentence - 1] == "。" \
        and not _FULL_STOP.search(text, named.end, rate.sentence - 1) \
        and text[rate.sentence:rate.start].lstrip("\u3000 ").replace("的", "").startswith(name)


def _part_named_by_measure(text: str, slots: list[_Slot], k: int, name: str) -> bool:
    """Is ``slots[k]`` a part 其中 lists, named by ``name`` with the measure of the total before it
    (油料产业综合产值67.52亿元，其中油茶产业61.8亿元: 油茶产业综合产值)?"""
    part = slots[k]
    own = part.fields.get("indicator") or ""
    measure = name[len(own):]
    if len(own) < 2 or len(measure) < 2 or not name.startswith(own):
        return False
    # (抵港船只共5,274艘次，其中远洋轮船1,862艘次: 远洋轮船抵港艘次 names the act the total's name
    # holds and the unit it is counted in)
    unit = part.figure.unit or ""
    act = measure[:-len(unit)] if len(unit) >= 2 and measure.endswith(unit) else None
    return any(t.sentence == part.sentence and t.same_measure(part) and "其中" in text[t.end:part.start]
               and ((t.fields.get("indicator") or "").endswith(measure)
                    or (act is not None and len(act) >= 2 and act in (t.fields.get("indicator") or "")))
               for t in slots[:k])


_PRONOUN_LEAD = regex.compile(r"^(?:该项|此项|该|其)")


def _topic_current(text: str, slots: list[_Slot], i: int, rate: _Slot, cue: regex.Match) -> _Slot | None:
    """The level of the sentence right before the rate's that the rate's sentence names by its
    topic, opening it, and the measure its clause gives (国际航线旅客29.7万人次。|国际航线恢复势头
    明显，旅客量同比增长29.6%): the one figure there named topic + measure, its 量 aside."""
    verb = cue.start("verb")
    measure = indicator_before(text, verb, _clause_start(text, verb, max(rate.sentence, verb - 24))) or ""
    measure = measure[:-1] if measure.endswith("量") else measure
    measure = _PRONOUN_LEAD.sub("", measure)  # (该项收入较上年的x增长r: the item the sentence opens on)
    if len(measure) < 2 or rate.sentence < 1:
        return None
    before = [s for s in slots[:i] if s.sentence < rate.sentence and s.figure.kind != "percent"
              and s.sentence >= full_sentence_start(text, rate.sentence - 1)]
    named = [s for s in before if (s.fields.get("indicator") or "").endswith(measure)
             and len(s.fields["indicator"]) - len(measure) >= 2
             and text.startswith(s.fields["indicator"][:-len(measure)], rate.sentence)
             and s.fields.get("role") not in ("previous", "change", "target", "equivalent")]
    return named[0] if len(named) == 1 else None


_ADDED_OPENS = regex.compile(r"\s*\p{Han}{0,14}?(?:全年|今年|年内|当年|上半年)?(?:新增|净增|新吸纳|新发展|新吸收|新建|新开通)")
_ADDED_RIGHT_BEFORE = regex.compile(r"(?:新增|净增|新吸纳|新发展|新吸收|新建|新开通)\p{Han}{2,12}$")
_SCOPE_HEAD = regex.compile(r"^(?:园区|全市|全县|全省|全区|全镇|全国|辖区)")
_STOCK_TAIL = regex.compile(r"(?<=\p{Han}{2})(?:保有量|存量|拥有量)$")
_RUNNING_LEVEL = regex.compile(r"[，,]\s*累计(?:达到|达)\s*")
_THEN_THE_LEVEL = regex.compile(r"[，,]\s*[\p{Han}A-Za-z0-9]{2,14}?(?:达到|达|增至|增加到|升至|为)\s*")  # (全省5G基站总数达)


def _added_before(text: str, slots: list[_Slot], current: _Slot) -> _Slot | None:
    """The figure right before ``current`` in its sentence, of its measure and smaller, whose clause
    opens on 新增 or 净增 and names what ``current``'s name opens with, the level coming in the next
    clause (新增供水用户3.1万户，供水户数达86.4万户)."""
    k = slots.index_by_id()[current.figure.id]
    if k == 0:
        return None
    added = slots[k - 1]
    if added.sentence != current.sentence or not added.same_measure(current) \
            or added.figure.value >= current.figure.value or added.fields.get("role") \
            or not _THEN_THE_LEVEL.fullmatch(text, added.end, current.start) \
            or not (_ADDED_OPENS.match(text, _clause_start(text, added.start, max(added.sentence, added.start - 24)))
                    # (A、B和C新建集中式充电站x: after the bodies that acted, long names)
                    or _ADDED_RIGHT_BEFORE.search(text, max(added.sentence, added.start - 20), added.start)):
        return None
    name = _ADDED_OPENS.sub("", added.fields.get("indicator") or "")
    level = current.fields.get("indicator") or ""
    core = WHOLE_TAIL.sub("", level)  # (新建集中式充电站x，充电站总数达到y: all the stations)
    # (新增冷藏车x，园区冷藏车保有量达到y: the stock, of the place the article is about)
    held = _STOCK_TAIL.sub("", _SCOPE_HEAD.sub("", core))
    if not level and _RUNNING_LEVEL.fullmatch(text, added.end, current.start):
        return added if len(name) >= 2 else None  # (新建5G基站x，累计达到y: the stock they joined)
    return added if len(name) >= 2 and len(level) >= 2 and (
        name[:2] == level[:2] or (len(core) >= 2 and core != level and name.endswith(core))
        or (len(held) >= 2 and held != level and name == held)) else None
