"""Periods: the time a figure is about, resolved against the publication date.

Explicit periods (``2013年``, ``2013年上半年``, ``1-6月``, ``一季度``, ``前三季度``,
``全年``) and relative ones (``去年上半年``, ``今年1-5月``, ``上年``) are found in
normalized text.  A period applies to the figures after it in the same sentence
(up to 。！？ or a line break); one without a year (``全年``, ``一季度``) takes the
year last named before it in the article, else the publication year.

Labels: ``2013`` (a year), ``2013-H1`` (a half), ``2013-Q1`` (a quarter),
``2013-05`` (a month), ``2013-01/2013-09`` (a span of months, ISO 8601 interval).

>>> [p for _, _, p in find_periods("去年上半年，全区到位资金12亿元", "2014-04-25")]
['2013-H1']
"""
from __future__ import annotations

import bisect
import datetime as _dt
import functools
from dataclasses import dataclass

import regex

from .metadata import find_date

_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_RELATIVE_YEAR = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2, "明年": 1}
QUARTER_NUMBER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"

_YEAR = (r"(?P<year>(?:19|20)\d\d|[一二〇零][〇零一二三四五六七八九]{3})年(?:度)?"
         r"|(?P<rel>今年|本年|当年|去年|上一年|上年|前年|明年)(?:度)?")
_PART = (
    r"(?P<half>上半年|下半年)"
    r"|(?P<first>前)(?P<nq>[一二三1-3])(?:个)?季度"
    r"|第?(?P<q>[一二三四1-4])季度"
    r"|(?P<m1>" + _MONTH + r")(?:月份?)?\s*(?:-|—|–|~|～|至|到)\s*(?P<m2>" + _MONTH + r")月份?"
    r"|[前首](?P<nm>" + _MONTH + r")(?:个)?月"  # (首九个月, as Hong Kong writes 前九个月)
    r"|(?P<month>" + _MONTH + r")月份?(?![\d一二三四五六七八九十]*日|\d|底|初|末|中旬|上旬|下旬)"
    r"|(?P<whole>全年|年度|全年度)"
)
# 2025年第三季 (Hong Kong and Taiwan leave out 度): a quarter only after its year (第三季
# alone is as often a show's third season).
_YEAR_QUARTER = r"第(?P<yq>[一二三四1-4])季(?!度)"
# Where a period can start: digits or numerals (up to four: 2013, 二〇一三) followed by
# 年, 月, 季, a range sign or a space (1-6月, 一季度), or 今本当去上前明下第全年.  The
# lookahead changes no match; it lets the engine pass over other positions (most
# digits of the figures themselves) before trying the lookbehind and the
# alternatives: five times faster.  Tests: test_period_lookahead_changes_nothing.
_START = r"(?=[\d〇零一二三四五六七八九十]{1,4}[年月季\-—–~～至到\s]|[今本当去上前首明下第全年])"
# Not a comparison base (比上年, 较去年, 与去年相比) nor "去年同期", which needs the
# current period to resolve.
_PERIOD = regex.compile(
    rf"{_START}(?<!比|较|与|于|同|对比)(?:(?:{_YEAR})\s*(?:{_PART}|{_YEAR_QUARTER})?|(?<![\d年])(?:{_PART}))"
    r"(?!\d*日|\d|同期|相比|同比)"
)
_THIS_MONTH = ("当月", "单月")
_YEARS_BEFORE = ("去年", "上年", "上一年")
_BASE_AFTER = regex.compile(r"(?:同期|同月|末|底)?的\s*(?=[\d〇零一二三四五六七八九十])")  # 去年同月的|25.05亿港元
_EVENT_BASE = regex.compile(r"\p{Han}{0,4}?(?:时|之时|之初|前)?的\s*(?=[\d〇零一二三四五六七八九十])")  # 2019年|成立时的|86家
_PLAN_WORDS = ("目标", "计划", "任务", "预算")
_ASIDE_LABEL = regex.compile(r"\s*[:：][^（()）]{0,24}[）)]")  # （2023年3月：|123.80亿元）
_CLAUSE_END = regex.compile(r"[，,；;]")
_SENTENCE_END = regex.compile(r"[。！？!?\n]")
_SENTENCE_START = regex.compile(r"(?r)[。！？!?\n]")  # searched backwards


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    year: int | None  # None: take it from context
    part: tuple | None  # ("H", 1) | ("Q", 2) | ("M", 5, 5) | None for the whole year
    explicit_year: bool


def _cn_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text.startswith("十"):
        return 10 + (_CN_DIGIT.get(text[1:], 0) if len(text) > 1 else 0)
    return _CN_DIGIT.get(text, 0)


def year_number(text: str) -> int:
    """The year ``text`` writes in digits or in numerals (2023, 二〇二三)."""
    return int(text) if text.isdigit() else int("".join(str(_CN_DIGIT[c]) for c in text))


def publication_year(date: str | None) -> tuple[int, int] | None:
    """(year, month) of an ISO date string, or None."""
    if not date:
        return None
    try:
        d = _dt.date.fromisoformat(str(date)[:10])
    except ValueError:
        return None
    return d.year, d.month


def _scan(text: str, pub: tuple[int, int] | None, pos: int = 0, endpos: int | None = None) -> list[_Found]:
    if endpos is None:
        endpos = len(text)
    if not _may_hold_period(text, pos, endpos):
        return []
    found = []
    for m in _PERIOD.finditer(text, pos, endpos):
        f = _found(m, pub)
        if f is not None:
            found.append(f)
    return found


def _found(m: regex.Match, pub: tuple[int, int] | None) -> _Found | None:
    g = m.groupdict()
    if not any(g.get(k) for k in ("year", "rel", "half", "q", "yq", "nq", "m1", "nm", "month", "whole")):
        return None
    year, explicit = None, False
    if g["year"]:
        year, explicit = year_number(g["year"]), True
    elif g["rel"] == "当年":
        pass  # "that year": the year last named, as a yearless period takes it
    elif g["rel"]:
        if pub is None:
            return None
        year, explicit = pub[0] + _RELATIVE_YEAR[g["rel"]], True
    part = None
    if g["half"]:
        part = ("H", 1 if g["half"] == "上半年" else 2)
    elif g["nq"]:
        part = ("M", 1, 3 * QUARTER_NUMBER[g["nq"]])
    elif g["q"] or g.get("yq"):
        part = ("Q", QUARTER_NUMBER[g["q"] or g["yq"]])
    elif g["m1"]:
        a, b = _cn_number(g["m1"]), _cn_number(g["m2"])
        if not 1 <= a <= b <= 12:
            return None
        part = ("M", a, b)
    elif g["nm"]:
        part = ("M", 1, _cn_number(g["nm"]))
    elif g["month"]:
        month = _cn_number(g["month"])
        # A bare "5月" is too often a date in passing; 5月份 and 5月当月 name the month.
        if not year and not (m.group().endswith("份") or m.string.startswith(_THIS_MONTH, m.end())):
            return None
        part = ("M", month, month)
    return _Found(m.start(), m.end(), year, part, explicit)


def _label(year: int, part: tuple | None) -> str:
    if part is None:
        return str(year)
    if part[0] == "H":
        return f"{year}-H{part[1]}"
    if part[0] == "Q":
        return f"{year}-Q{part[1]}"
    a, b = part[1], part[2]
    if (a, b) == (1, 12):
        return str(year)
    if (a, b) in ((1, 6), (7, 12)):
        return f"{year}-H{1 if a == 1 else 2}"
    if b - a == 2 and a % 3 == 1:
        return f"{year}-Q{(a + 2) // 3}"
    return f"{year}-{a:02d}" if a == b else f"{year}-{a:02d}/{year}-{b:02d}"


def find_periods(text: str, date: str | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` of every period in ``text`` that can be resolved."""
    pub = publication_year(date)
    out = []
    context_year: int | None = None
    for f in _scan(text, pub):
        year = f.year if f.year is not None else (context_year or (pub[0] if pub else None))
        if year is None:
            continue
        if f.explicit_year:
            context_year = year
        out.append((f.start, f.end, _label(year, f.part)))
    return out


def assign_periods(text: str, spans: list[tuple[int, int]], date: str | None) -> list[str | None]:
    """The period of each figure span: the last period before it in its sentence.

    Only the sentences holding figures are scanned, up to their last figure;
    the year that yearless periods take is followed through the rest (the
    stretches between those sentences, with a cheap search for explicit
    years, and the sentences' ends) only when a yearless period needs it: a
    long article with few figures stays fast."""
    if not spans:
        return []
    pub = publication_year(date)
    starts = [s for s, _ in spans]
    order = sorted(range(len(spans)), key=starts.__getitem__)
    sorted_starts = [starts[i] for i in order]
    result: list[str | None] = [None] * len(spans)
    cursor, context = 0, None
    # not yet searched for a year, in text order: (a sentence's end?, start, end)
    pending: list[tuple[bool, int, int]] = []
    before = (-2, None)  # (where the last sentence with figures ended, its last figure's period)
    k = 0
    while k < len(order):
        first = starts[order[k]]
        begin, stop = _sentence_start(text, first), _sentence_end(text, first)
        j = k + 1  # the figures of this sentence: those up to its end
        while j < len(order) and starts[order[j]] <= stop:
            j += 1
        last = starts[order[j - 1]]
        if begin > cursor:
            pending.append((False, cursor, begin))
        labels = []
        if _may_hold_period(text, begin, stop):
            for m in _PERIOD.finditer(text, begin, stop):
                if m.start() >= last:  # ends after every figure here: only its year counts, later
                    pending.append((True, m.start(), stop))
                    break
                f = _found(m, pub)
                if f is None:
                    continue
                year = f.year
                if year is None:
                    if pending:
                        context = _last_year_of(text, pending, pub, context)
                        pending = []
                    year = context or (pub[0] if pub else None)
                    if year is None:
                        continue
                # 由2019年成立时的86家增加到142家: a year after 由 names the base's time alone
                based = text.endswith(("由", "从"), 0, m.start()) and _EVENT_BASE.match(text, m.end())
                # （2023年3月：123.80亿元）: the period labelling a base in an aside holds inside it alone
                aside = _ASIDE_LABEL.match(text, m.end()) if text.endswith(("（", "("), 0, m.start()) else None
                if f.explicit_year and not based and not aside:
                    context, pending = year, []
                # 1-6月，…完成年度目标23亿元的54.17%，同比增长11.3%: the target's year holds
                # for its clause only; the growth after it is the half year's.
                until = None
                if aside:
                    until = aside.end()
                elif f.year is None and f.part is None and text.startswith(_PLAN_WORDS, m.end()):
                    clause_end = _CLAUSE_END.search(text, m.end(), stop)
                    until = clause_end.start() if clause_end else None
                elif (base := based or (m.group("rel") in _YEARS_BEFORE and _BASE_AFTER.match(text, m.end()))):
                    # 由去年同月的25.05亿港元增加到28.4亿港元: the year before is the base's alone
                    k2 = bisect.bisect_left(sorted_starts, base.end() - 1)
                    until = sorted_starts[k2] + 1 if k2 < len(sorted_starts) else None
                labels.append((f.end, _label(year, f.part), until))
        cursor = max(cursor, stop)
        # 。其中，第一产业…: a sentence that goes on with a breakdown of the one right
        # before it is about that one's period, until it names its own
        carried = before[1] if before[0] == begin - 1 and _GOES_ON.match(text, begin, stop) else None
        for i in order[k:j]:
            label = carried
            for end, p, until in labels:
                if end <= starts[i] and (until is None or starts[i] < until):
                    label = p
            result[i] = label
        before = (stop, result[order[j - 1]])
        k = j
    return result


# A year of Taiwan's calendar (112年 is 2023), in Taiwan's reports, and a fiscal year across two
# calendar years (Hong Kong's 2023-24年度 or 2023-24财政年度; its first year opens it)
ROC_YEAR = r"1[01]\d"
FISCAL_YEAR = r"(?:19|20)\d\d[-－/](?:19|20)?\d\d(?:(?:财政)?年度|学年度?)"  # (2022/2023学年: a school year too)
# A fiscal year named as the period reported on, searched backwards (not one compared with: 较2022/23年度)
FISCAL_NAMED = regex.compile(rf"(?<!(?:比|较|与|和)\s?){FISCAL_YEAR}", flags=regex.REVERSE)

# The period a rate is counted from or stated for: 比上年, 较一季度, 比1-9月, （上半年增长6.3%）
# (第二季: a quarter in Taiwan's reports); points.py's bases, and growths.py's base-period rates.
# (and a season or a fiscal year before: 比上榨季, 较上财年, 较上年度; Hong Kong's 2023-24年度)
# (or a carbon market's compliance cycle: 比上一履约周期的97.75%)
_SPANS = r"(?:榨季|财年|财政年度|会计年度|学年|雪季|冰雪季|产季|供暖季|采暖季|供热季|马季|赛马季|赛季|年度|履约周期|周期)"
PREVIOUS_SPAN = rf"上一?个?{_SPANS}"  # (上一雪季: a winter resort's season; 上马季: a racing season; 上赛季: a league's)
THIS_SPAN = rf"本{_SPANS}"  # (本产季 against 上产季)
# A year named as the period reported on, the last one before a position (searched backwards): not
# one compared with (2024年营收…，较2023年的…; 比2023年) nor one before an event (恢复至疫情前2019年的水平).
# A year written in digits or in numerals, as Hong Kong's and Macau's reports do (二〇二三年;
# normalize writes a circle's zero as 〇); year_number reads it.
YEAR_NUMBER = r"(?:(?:19|20)\d\d|一九[〇零一二三四五六七八九]{2}|二[〇零][〇零一二三四五六七八九]{2})"
YEAR_NAMED = regex.compile(rf"(?<!(?:比|较|与|和|前)\s?){YEAR_NUMBER}(?=年)", flags=regex.REVERSE)
# （2024年为291.49亿港元）: a year a previous value is stated for, no period reported on.
_YEAR_OF_PREVIOUS = regex.compile(r"年(?:同期)?(?:全年)?为")
_MONTH_OF_EVENT = regex.compile(r"年\d{1,2}月(?!份|底|末|[上中下]旬|[-—至到])")


def reported_year(text: str, end: int) -> regex.Match | None:
    """The last year named before ``end`` as the period reported on (see YEAR_NAMED), past the
    years of an aside in brackets (（2023年为X）, （2023年：X）), of a previous value stated after a
    comma (，2024年为X), of multiples (是2022年的2.1倍) and of the value a change starts from
    (由2023年的63.8%)."""
    for year in YEAR_NAMED.finditer(text, 0, end):
        before = text[year.start() - 1:year.start()] if year.start() else ""
        if before in ("（", "(") or (before in ("，", ",") and _YEAR_OF_PREVIOUS.match(text, year.end())):
            continue
        if before in ("是", "由", "从") and text.startswith("年的", year.end()):
            continue  # (停放区数量是2022年的2.1倍, 比例由2023年的63.8%升至65.1%: a year compared with)
        if before == "于" and _MONTH_OF_EVENT.match(text, year.end()):
            continue  # (调查于2024年1月进行: the date of an act, not the period reported on)
        return year
    return None


def reported_roc_year(text: str, end: int) -> regex.Match | None:
    """The last year of the Republic's calendar named before ``end`` as the one reported on
    (公布113年营运成果; not 较112年的, 由112年的, nor an aside's （112年为）; group 1 is its number)."""
    return _ROC_REPORTED.search(text, 0, end)


def year_before_reported(text: str, end: int, year: str, roc: bool = False) -> bool:
    """Is ``year`` (its number as written) the year before the one reported on up to ``end``
    (reported_year; by the Republic's calendar, reported_roc_year): （2023年为X） after 2024年…?"""
    last = reported_roc_year(text, end) if roc else reported_year(text, end)
    if last is None and not roc:
        return year_number(year) in years_before_dated(text)
    return last is not None and year_number(year) == year_number(last.group(1) if roc else last.group()) - 1


@functools.lru_cache(maxsize=1)  # (asked by every claim of the year before that names no year: one date read per
# article, and no text kept past the next one)
def years_before_dated(text: str) -> tuple[int, ...]:
    """For a claim with no year named before it, the years before the one reported on that the date of
    publication gives (metadata.find_date; 发布日期：2024-12-30: 2023; early in a year, 2025-01-22, the
    bulletin may be of the year before, so 2023 as well as 2024, unless the text names 2024年, the year it
    reports on); () when the text has no date."""
    dated = find_date(text)
    if dated is None:
        return ()
    published, month = int(dated[0][:4]), int(dated[0][5:7])
    if month > 3:
        return (published - 1,)
    # (a bulletin of 2025-01-22 that names 2024年 anywhere reports on 2024: its year before is 2023 alone)
    named_last_year = regex.search(rf"(?<!\d){published - 1}年", text) is not None
    return (published - 2,) if named_last_year else (published - 1, published - 2)


_ROC_REPORTED = regex.compile(rf"(?<![较比由从（(，,\d])({ROC_YEAR})年(?!的|为|[:：])", flags=regex.REVERSE)


# A period within a year, as named before a figure or a rate (第三季, 前三季度, 上半年, 9月份).
PART_OF_YEAR = r"(?:前[二三四两]季度?|第?[一二三四1-4]季度?|[上下]半年|\d{1,2}月份?)"
RATE_PERIOD = (rf"(?:{PREVIOUS_SPAN}|(?:上一?|前一)学年度?|上年度|上一年度|前一年度|上年|去年|上一年|前一年|前年|[一两二三四五]年前|上届|上一期|上一届|年初|上月|上个月|上一?周|上个?星期|上一?个?季度|上一?季|上期|上一?批次?|(?:首|上一?|前一)轮(?:活动)?|平日|上半年|下半年|第?[一二三四1-4]季度|第[一二三四1-4]季|前三季度|"
               r"\d{1,2}[-－—至]\d{1,2}月份?|一至[二三四五六七八九十]+月份?|\d{1,2}月份?|(?<![一二三四五六七八九十])(?:十[一二]?|[一二三四五六七八九])月份?|"
               r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日|" + FISCAL_YEAR + r"|" + YEAR_NUMBER + r"年度?|(?:19|20)\d\d届|(?<!\d)" + ROC_YEAR + r"年度?)"
               r"(?:同期|同月|同季|全年|末|底)?")

_YEAR_BEFORE_ITS_WORD = regex.compile(rf"{YEAR_NUMBER}(?=年)")
# A fiscal year written with a slash or a dash (2023/2024年度, 2023-24年度)
_FISCAL_SPAN = regex.compile(r"((?:19|20)\d\d)[-－/](?:19|20)?(\d\d)年")


def period_key(base: str) -> str:
    """What two period words name alike: 去年 and 上年, 9月份 and 9月, 上年同期 and 上年."""
    if base in ("同比", "按年"):  # 同比提高1.3个百分点 (按年上升, in Hong Kong and Macau): against the
        return "上年"  # same period of the year before
    if base in ("按季", "按月"):  # 按季下降0.1个百分点（上季为2.0%）: against the quarter or month before
        return "上季" if base == "按季" else "上月"
    base = base.replace("上季度", "上季").replace("财政年度", "年度")  # (Hong Kong's 2023-24财政年度 is its 2023-24年度)
    # (前一年度, Taiwan's year before, as 上一年度 and 上年度)
    # (一年前, a year before: 較一年前上升N個百分點（去年同期為R）)
    base = base.replace("一年前", "上年") if base.startswith("一年前") else base
    base = base.replace("前一年", "上年").replace("去年", "上年").replace("上一年", "上年").replace("上一届", "上届")
    base = regex.sub(r"轮活动$", "轮", base).replace("上一轮", "上轮").replace("前一轮", "上轮")  # (比首轮活动…（首轮为R）)
    base = base.replace("上个月", "上月").replace("上一周", "上周").replace("上个星期", "上周").replace("上星期", "上周")
    base = base.replace("－", "-")
    base = base.replace("—", "-").replace("至", "-").replace("月份", "月").replace("年度", "年")
    base = _FISCAL_SPAN.sub(r"\1-\2年", base)  # 2023/2024年度 and 2023-24年度: one fiscal year
    base = _YEAR_BEFORE_ITS_WORD.sub(lambda m: str(year_number(m.group())), base)  # 二〇二三年 is 2023年
    return base[:-2] if base.endswith(("同期", "同月", "同季")) else base


# What opens a breakdown of what came before: 其中, 分产业看, 从贸易方式看, 按经营地分, 按行业划分
# (sums.py's openers start with these).
# (按货品别，: Taiwan's 别, by kind; 按树龄分级，: by grade; 依产业别区分，: Taiwan's 依, by; 按来源地统计，按类别计，but not
# 按可比价统计，, a basis)
# a classification: 分产业看，(分区而言，in Hong Kong; 就各港口观察，Taiwan's; or 资金来源上，投向上，资金来源方面，
# 资金来源中，: the aspect a list takes, without 从…看)
CLASSIFIES = (r"(?:(?:分|按|从|以|依|就(?!业))\p{Han}{1,8}?(?:看|分析|分类|分|划分|来看|观察|而言|(?<=[按依]\p{Han}{1,6})(?:别|比例|分级)"
              r"|(?<=[按依]\p{Han}{1,6})(?<![价比径统])统?计)"
              r"|(?<![从在])\p{Han}{0,4}?(?:来源|结构|构成|投向|用途|类别|筹措|筹集)(?:上|方面|(?<=来源)中))[，,：:]")
OPENS_BREAKDOWN = rf"其中|{CLASSIFIES}"
# A sentence that opens on one breaks the one before it down.
_GOES_ON = regex.compile(rf"\s*(?:{OPENS_BREAKDOWN})")


_YEAR_HINT = regex.compile(r"(?=[12一二〇零今本当去上前明])"
                           r"(?:(?:19|20)\d\d年|[一二〇零][〇零一二三四五六七八九]{3}年|今年|本年|当年|去年|上一年|上年|前年|明年)")


def _may_hold_period(text: str, pos: int, endpos: int) -> bool:
    """Every period holds 年, 季 or 月."""
    return text.find("年", pos, endpos) >= 0 or text.find("月", pos, endpos) >= 0 or text.find("季", pos, endpos) >= 0


def _last_year_of(text: str, pending: list[tuple[bool, int, int]], pub, context: int | None) -> int | None:
    """The last explicit year named in the ``pending`` stretches, else ``context``:
    periods matched on from a sentence's end, year hints between sentences."""
    for sentence_end, pos, endpos in reversed(pending):
        if text.find("年", pos, endpos) < 0:
            continue  # every year named holds 年
        year = None
        if sentence_end:
            for m in _PERIOD.finditer(text, pos, endpos):
                f = _found(m, pub)
                if f is not None and f.explicit_year:
                    year = f.year
        else:
            year = _last_year(text, pos, endpos, pub, None)
        if year is not None:
            return year
    return context


def _last_year(text: str, pos: int, endpos: int, pub, context: int | None) -> int | None:
    """The last explicit year named in ``text[pos:endpos]``, else ``context``."""
    for hint in _YEAR_HINT.finditer(text, pos, endpos):
        m = _PERIOD.match(text, hint.start(), endpos)
        f = _found(m, pub) if m else None
        if f is not None and f.explicit_year:
            context = f.year
    return context


def _sentence_start(text: str, pos: int) -> int:
    m = _SENTENCE_START.search(text, 0, pos)
    return m.end() if m else 0


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_END.search(text, pos)
    return m.start() if m else len(text)
