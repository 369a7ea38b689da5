"""The previous value of a growth claim stated right after its rate (同比增长R，上年同期为X;
环比增长R，9月份为X; ，比上年同期的X增加Y), the one a month or quarter before named earlier in
the sentence, and the base a rate or a change is counted from (同比, 年初, 环比).  Split from
growths.py, which asks them for the rate's own clause; points.py and shares.py read them too."""
from __future__ import annotations

import regex

from .growth_previous import _COMPARED_YEAR, PREVIOUS_LIST_CUE
from .indicators import _clause_start
from .period import FISCAL_NAMED, PREVIOUS_SPAN, QUARTER_NUMBER, ROC_YEAR, YEAR_NUMBER, year_before_reported, year_number
from .relate import _same_indicator, _Slot, full_sentence_start

_STOCK_BASE = regex.compile(r"上年末|去年末|上年底|去年底|年初")
# 同比增长12.5%，上年同期为34.35亿元 (or （上年为…, ，2024年为…, ，上年同期仅…, ，上年全年到位…): the
# previous value stated right after the rate.  ``words`` may name what is measured or a verb (see _previous_after).
_DAY = r"\d{1,2}月(?:\d{1,2}日|底|末)"  # a day of the year a stock is stated at (3月31日, 6月底)
# (（2023年上半年：X）: the same part of the year before)
_PART_NAMED = r"[上下]半年|[前首]三季度?|首季度?|第?[一二三四1-4]季度?|\d{1,2}\s*[-－—至~]\s*\d{1,2}月份?"
_PREVIOUS_AFTER = regex.compile(
    rf"\s*[，,（(；;]\s*(?:(?P<word>{PREVIOUS_SPAN}|上年同期|上年同月|上年同季|上年末|上年底|去年末|去年底|上年|去年同期|去年同月|去年同季|去年|上一年度|前一年度|前一年|前年底|前年末|前年|上一年|上年度|上一?届同期|上一?届|上期|年初)(?:(?<=[上去]年)(?P<wpart>{_PART_NAMED}))?|(?P<date>(?:19|20)\d\d)年(?P<day>{_DAY})|(?P<mdate>(?:19|20)\d\d)年(?P<month>\d{{1,2}})月份?(?!\d)|(?P<year>{YEAR_NUMBER})年度?(?P<same>同期|(?P<part>{_PART_NAMED}))?|(?<!\d)(?P<roc>{ROC_YEAR})年度?"
    rf"|(?P<fiscal>(?:19|20)\d\d)[-－/](?:19|20)?\d\d(?:财政)?年度)"
    r"(?P<whole>全年)?(?:数据|数值|水平)?(?P<words>\p{Han}{0,6}?)\s*(?:[：:]\s*)?")  # (上年同期：370.0亿元, （上榨季为…)
# (or the ；-item after the rate: 按年增长9.4%；去年首三季为925项, the same part of the year named after 去年)
# (a clause that says how the level stands, 创历史新高, 连续三年位居全省第一: not one that names a part, 其中外省观众)
_CLAUSE_THEN_ASIDE = regex.compile(r"[，,](?!其中|包括|含|另|此外)[^，,。；;！？!?\d%（()）\n]{0,12}?"
                                   r"(?:创|连续|位居|居|保持|稳居|排名|列)[^，,。；;！？!?\d%（()）\n]{0,12}(?=[（(])")
_PREVIOUS_VERBS = regex.compile(r"(?:则|亦|也)?(?:仅为|仅|只有|达到|达|完成|实现|录得|为|是)")  # (；2022/23年度则为X)
# What a previous value's words must not hold: a change (上年同期增加…), a loss, a comparison.
_NOT_PREVIOUS = regex.compile(r"增加|增长|增幅|减少|下降|降低|提高|上升|回落|下滑|上涨|下跌|[多少亏比较占]")  # (新增 is a name)
# A period shorter than the year: its previous value is the same period's (同期), not the year's.
# (not a day: 1月13日，记者获悉，…全年… is the day of the report)
_PART_YEAR = regex.compile(r"\d{1,2}月(?!\d{1,2}[日号])|[一二三四1-4]季度|[前首]三季度?|首季度?|[上下]半年")
_LAST_PART_YEAR = regex.compile(_PART_YEAR.pattern, flags=regex.REVERSE)
_SPAN_BEFORE = regex.compile(rf"(?!上一?个?(?:年度|周期)$){PREVIOUS_SPAN}")  # (not 上年度: a year, not a season)

# 环比增长2.4%，9月份为41.6亿元 (，上月为…): the value of the month before, right after a 环比
# rate; or of the quarter before (环比增长8.2%，二季度为14.45亿元, ，上季度为…).
# (in brackets the verb may go: 环比下降0.8%（10月13394元/平方米）; the next sentence's, by the
# month it names: 3月…按月上升6.8%。2月份毛收入为X)
_MONTH_BEFORE_AFTER = regex.compile(
    r"\s*(?:[，,]|(?P<bracket>[（(])|(?P<stop>[。；;]))\s*(?:上月|上个月|上一?个?季度|上季|(?P<month>\d{1,2})月份?(?P<month_end>底|末)?|第?(?P<quarter>[一二三四1-4])季(?:度|(?<=第.季)))"
    # (the measure may be named again: 环比增长6.2%，10月销量为3.88万辆)
    r"(?:\p{Han}{0,3}?(?:仅为|仅|为|是|达到|达)|完成|实现|成交|销售|录得|(?(bracket)|(?!)))\s*")  # (（2月份成交3,512套）)
_MONTH = regex.compile(r"(?<![\d\-－—至])(\d{1,2})月(?!\d)")  # 10月份, not the 10月 of 1-10月
_QUARTER = regex.compile(r"(?<![前\-－—至])第?([一二三四1-4])季(?:度|(?<=第.季))")  # 第三季度, 第三季, not 前三季度

# What a change or a rate is counted from: the same period a year ago, the start of
# the year (a stock: 余额较年初增加), the month before.
_BASES = (("year", regex.compile(r"同比|上年|去年|上一年")), ("start", regex.compile(r"年初|上年末|去年末|年末")),
          ("month", regex.compile(r"环比|上月")))
def _month_before_after(text: str, rate: _Slot, after: _Slot, current: _Slot) -> bool:
    """Is ``after`` the previous month's (or quarter's) value of ``current``, stated right
    after a 环比 rate: 上月为X, or N月份为X with N the month before the one ``current``'s
    sentence names (二季度为X after 第三季度)?"""
    m = _MONTH_BEFORE_AFTER.fullmatch(text, rate.end, after.start)
    if m is None or not after.same_measure(current):
        return False
    if m.group("quarter"):
        quarters = _QUARTER.findall(text, current.sentence, current.start)
        if not quarters:
            return False
        quarter = QUARTER_NUMBER[quarters[-1]]
        return QUARTER_NUMBER[m.group("quarter")] == (quarter - 1 if quarter > 1 else 4)
    if m.group("month") is None:
        return m.group("stop") is None  # (the next sentence's 上月 may be another month's)
    # (or the full sentence's, an item before naming it: 3月份猪肉…；鸡蛋…，环比下降2.0%，2月份为…)
    months = _MONTH.findall(text, current.sentence, current.start) \
        or _MONTH.findall(text, full_sentence_start(text, current.start), current.start)
    if not months and not m.group("bracket"):
        # (2025年11月底…。人民币存款按月增加2.1%至x，10月底为y: a month's end, the paragraph's month before it;
        # 2025年11月，公司销售生猪…。当月实现销售收入x，环比增长r，10月份为y: the month the paragraph opened on)
        months = _MONTH.findall(text, text.rfind("\n", 0, current.start) + 1, current.start)[:1]
    if not months:
        # a month's report names its month once, at the top: a bracket right after the
        # rate gives its base (均价13286元，环比下降0.8%（10月13394元）)
        return m.group("bracket") is not None
    month = int(months[-1])
    return int(m.group("month")) == (month - 1 if month > 1 else 12)


# The month or quarter a figure is of, named right before it (二季度|21个, 9月份为|4.23亿元),
# or before its measure
# (Taiwan's 第二季, no 度)
_PERIOD_LABEL = regex.compile(r"(?:(?<![前\-－—至~])(?:第?(?P<quarter>[一二三四1-4])季度|第(?P<quarter>[一二三四1-4])季(?![度节]))"
                              r"|(?<![\d\-－—至~])(?P<month>\d{1,2})月份?)"
                              r"\p{Han}{0,6}?(?:为|是|达|实现|完成)?\s*$")  # (9月份|出口|44.6亿元)


def _period_label(text: str, s: _Slot) -> tuple[str, int] | None:
    listed = _LISTED_QUARTERS.search(text, max(0, s.start - 60), s.start)
    if listed is not None:
        # (一、二季度分别实现营收x、y: the quarters in the order of the values)
        quarters = regex.findall(r"[一二三四1-4]", listed.group("quarters"))
        k = len(regex.findall(r"[、和及]", listed.group("values")))
        return ("quarter", QUARTER_NUMBER[quarters[k]]) if k < len(quarters) else None
    m = _PERIOD_LABEL.search(text, max(0, s.start - 14), s.start)
    if m is None:
        return None
    if m.group("quarter"):
        return "quarter", QUARTER_NUMBER[m.group("quarter")]
    return "month", int(m.group("month"))


# Quarters listed before 分别, then the values of the list up to the figure (一、二季度分别实现|x、)
_LISTED_QUARTERS = regex.compile(r"(?<![前\-－—至~])(?P<quarters>(?:第?[一二三四1-4](?:季度?)?[、和及])+第?[一二三四1-4]季度?)"
                              r"分别\p{Han}{0,6}?(?:为|是|达|实现|完成)?\s*(?P<values>(?:[\d.,]+\s*[万亿]*元?\s*[、和及])*)$")
_PERIOD_ONLY = regex.compile(r"第?[一二三四1-4]季度?|\d{1,2}月份?")


def _period_before(text: str, same: list[_Slot], current: _Slot) -> _Slot | None:
    """The figure of ``current``'s measure, earlier in its sentence, labelled with the
    month or quarter before the one ``current`` is labelled with (a 环比 rate's base)."""
    label = _period_label(text, current)
    if label is None or label[1] == 1:
        return None
    want = (label[0], label[1] - 1)
    named = current.fields.get("indicator")

    def alike(s: _Slot) -> bool:  # (not 8月份出口x，9月份进口y; but 第一季营收x、第二季y: the measure carried)
        other = s.fields.get("indicator")
        return not (named and other) or _same_indicator(named, other) or (
            _PERIOD_ONLY.fullmatch(named) is not None and _PERIOD_ONLY.match(other) is not None)
    return next((s for s in reversed(same) if s.end <= current.start and s.same_measure(current) and alike(s)
                 and _period_label(text, s) == want), None)


# 同比增长21.7%，|比上年同期的|330.8亿元|增加71.8亿元: the base of a change stated after the rate.
_COMPARED_AFTER = regex.compile(r"\s*[，,]\s*(?:比|较)(?:上年同期|去年同期|上年|去年)的\s*")
_CHANGED_AFTER = regex.compile(r"\s*(?:增加|减少|净增|净减|多|少)了?\s*\d")


def _compared_after(text: str, rate: _Slot, after: _Slot, current: _Slot) -> bool:
    """Is ``after`` the year before's value of ``current`` that a change after the rate is counted from?"""
    return after.same_measure(current) and _COMPARED_AFTER.fullmatch(text, rate.end, after.start) is not None \
        and _CHANGED_AFTER.match(text, after.end) is not None


def _listed_after(text: str, slots: list[_Slot], i: int, current: _Slot) -> _Slot | None:
    """The figure of ``current``'s measure among those joined by 、 to the one right after the rate
    ``slots[i]`` (…（上年同期：39个、|186.2亿元）)."""
    k = i + 1
    while k + 1 < len(slots) and text[slots[k].end:slots[k + 1].start] in ("、", "，", ","):
        k += 1
        if slots[k].same_measure(current):
            return slots[k]
    return None


def _listed_as_previous(text: str, same: list[_Slot], k: int) -> bool:
    """Is ``same[k]`` an item of a 分别 list of the year before's values (（上年分别为52个、|264.3亿元）)?"""
    j = k
    while j > 0 and text[same[j - 1].end:same[j].start] in ("、", "和"):
        j -= 1
    return j < k and _PREVIOUS_LIST.search(text, max(0, same[j].start - _PREVIOUS_LIST_REACH), same[j].start) is not None


_PREVIOUS_LIST = regex.compile(rf"{PREVIOUS_LIST_CUE}\s*$")
_PREVIOUS_LIST_REACH = 24  # (上年同期，上述两项指标分别为: the longest cue)


def _previous_stated_after(text: str, rate: _Slot, after: _Slot) -> bool:
    """Do the words right after the rate state a previous value, ``after``, of whatever measure
    (增长9.6%，上年为|13.52亿元; （上年同期：|39个、186.2亿元）): _previous_after with ``after`` as its own current."""
    return _previous_after(text, rate, after, after)


def _part_of_the_year_before(text: str, current: _Slot) -> bool:
    """Does ``current``'s sentence name a part of the year before it, and not the whole year after that
    (受上半年阴雨影响，全年实现收益x: the year's), nor only as the time of a cause (秋茭受8月持续高温影响，
    销售收入x: the season's, not August's)?"""
    part = _LAST_PART_YEAR.search(text, current.sentence, current.start)
    return part is not None and _WHOLE_YEAR.search(text, part.end(), current.start) is None \
        and not (_CAUSE_OPENS.search(text, current.sentence, part.start()) and _CAUSE_CLOSES.match(text, part.end()))


_WHOLE_YEAR = regex.compile(r"全年|年度|年内")
_CAUSE_OPENS = regex.compile(r"(?:受|因|由于)[^，,。；;\d]{0,6}$")
_CAUSE_CLOSES = regex.compile(r"[^，,。；;]{0,12}?(?:影响|拉动|带动|冲击)[，,]")


def _previous_after(text: str, rate: _Slot, after: _Slot, current: _Slot) -> bool:
    """Is ``after`` the previous value of ``current``, stated right after the rate
    (_PREVIOUS_AFTER)?  Words between name a verb or what ``current`` measures
    (上年全年到位46.1亿元 after 实际到位市外资金); a year is the one before the last
    year named before ``current``; and a period shorter than the year needs 同期."""
    m = _PREVIOUS_AFTER.fullmatch(text, rate.end, after.start)
    aside = _CLAUSE_THEN_ASIDE.match(text, rate.end, after.start) if m is None else None
    if aside is not None:
        # 增长17.2%，入馆人次连续三年创历史新高（2023年为X）: a clause of no figure, then the base in brackets
        m = _PREVIOUS_AFTER.fullmatch(text, aside.end(), after.start)
    if m is None or not after.people_alike(current):  # (3862名听障老人…（上年为3430人）: people by 名 and 人 alike)
        return False
    words = m.group("words")
    if _NOT_PREVIOUS.search(words):
        return False  # 上年同期为亏损1.2亿元, 上年同期增加…
    # 较年初增长8.4%，年初余额为X: a stock against the start of the year, and only such a rate.
    # (增长11.6%（年初为X）: a rate that names no base takes the one its aside names)
    start = _base(m.group("word") or "") == "start"
    named_base = _base(text[_clause_start(text, rate.start, max(rate.sentence, rate.start - 24)):rate.start])
    if start != (named_base == "start") and not (start and named_base is None and text[rate.end:rate.end + 1] in "（("):
        return False
    named = _PREVIOUS_VERBS.sub("", words)
    indicator = current.fields.get("indicator") or ""
    # (上年电商销售 for 电商渠道销售: the measure named in short, its first and last words kept)
    if named and (len(named) < 2 or (named not in indicator and not (
            len(named) >= 4 and indicator.startswith(named[:2]) and indicator.endswith(named[-2:])))):
        return False  # 上年同期净利润为…: another measure
    if m.group("wpart") and _part(m.group("wpart")) not in (
            _part(p) for p in _PART_YEAR.findall(text, current.sentence, current.start)):
        return False  # (今年首三季…；去年首三季为X: the same part of the year, named again, or none)
    # (a season or a fiscal year, 上雪季, 上榨季: the span the months named (2025年11月至2026年3月) make up)
    if not ("同期" in (m.group("word") or "") or "同月" in (m.group("word") or "") or "同季" in (m.group("word") or "")
            or m.group("same") or m.group("wpart") or m.group("mdate") or _SPAN_BEFORE.fullmatch(m.group("word") or "")
            or (_STOCK_BASE.search(m.group("word") or "") and _STOCK_BASE.search(
                text, _clause_start(text, rate.start, max(rate.sentence, rate.start - 24)), rate.start))) \
            and _part_of_the_year_before(text, current):
        return False  # 1-9月…，去年全年…: another period (but 截至6月底…比上年末增长R，上年末为X: a stock)
    if m.group("date"):
        # （2024年3月31日：11,850名） after 截至2025年3月31日…: the same day, a year before
        day = _DATE_NAMED.search(text, max(0, current.sentence - _DATE_REACH), current.start)
        return day is not None and day.group("day") == m.group("day") and int(day.group(1)) == int(m.group("date")) + 1
    if m.group("mdate"):
        # （2024年3月为X） after 2025年3月…: the same month, a year before
        # (from the full sentence: a ；-item's month is the one its sentence opens on)
        month = _MONTH_NAMED.search(text, max(0, full_sentence_start(text, current.start) - _DATE_REACH), current.start)
        return month is not None and month.group("month") == m.group("month") \
            and int(month.group(1)) == int(m.group("mdate")) + 1
    if m.group("part") and any(part != m.group("part") for part in _PART_YEAR.findall(text, current.sentence, current.start)):
        return False  # 前三季度…（2023年上半年：X）: another part of the year
    if m.group("fiscal"):
        # （；2022/23年度则为X） after 2023/24年度…: the fiscal year before the one the current's sentence names
        named = FISCAL_NAMED.search(text, current.sentence, current.start)
        return named is not None and int(named.group()[:4]) == int(m.group("fiscal")) + 1
    if m.group("roc"):
        # （112年为X） after 113年…: Taiwan's year before, by the Republic's calendar
        return year_before_reported(text, current.start, m.group("roc"), roc=True)
    if m.group("year"):
        # the year before the last one named, or the year the rate is counted from (比2023年同期
        # 增长15.2%，2023年同期为28.3亿元)
        compared = _COMPARED_YEAR.search(text, _clause_start(text, rate.start, max(rate.sentence, rate.start - 24)),
                                         rate.start)
        if compared is not None:
            return year_number(compared.group(1)) == year_number(m.group("year"))
        return year_before_reported(text, current.start, m.group("year"))
    return True


def _part(name: str) -> str:
    """A part of the year as one name: 首三季 and 前三季 are 前三季度; 首季, 第一季度 and 1季度 are 一季度."""
    if name.lstrip("首前").startswith("三季"):
        return "前三季度"
    return "一季度" if _FIRST_QUARTER.fullmatch(name) else name


_FIRST_QUARTER = regex.compile(r"首季度?|第?[一1]季度?")


# (not one labelling a base in an aside before: 上升9.5%（2023年3月：X）；進口…下跌4.2%（2023年3月：Y）)
_DATE_NAMED = regex.compile(rf"(?<![（(])((?:19|20)\d\d)年(?P<day>{_DAY})", flags=regex.REVERSE)
_MONTH_NAMED = regex.compile(r"(?<![（(])((?:19|20)\d\d)年(?P<month>\d{1,2})月份?(?!\d)", flags=regex.REVERSE)
_DATE_REACH = 40  # the day a stock is stated at opens its sentence or the clause before (截至2025年3月31日，)


def _base(phrase: str) -> str | None:
    found = {name for name, words in _BASES if words.search(phrase)}
    return found.pop() if len(found) == 1 else None


def _other_bases(text: str, change: _Slot, cue: regex.Match) -> bool:
    """Do the change (较年初增加X) and the rate (同比增长R) name other bases?"""
    mine = _base(text[_clause_start(text, change.start, max(change.sentence, change.start - 12)):change.start])
    theirs = _base(cue.group())
    return mine is not None and theirs is not None and mine != theirs
