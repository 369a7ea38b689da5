"""A、B、C分别为x、y、z: the i-th figure after 分别 measures the i-th item.  relate.py
reads these runs first; every family of claims builds on them (sums, growths, shares)."""
from __future__ import annotations

import bisect
import functools

import regex

from .counted_words import _VERB_TAGS
from .indicators import _LIST_BREAK, _clause_start, _strip_words, share_head
from .org_rules import cached_org_rules
from .relate import _Slot
from .wordcut import segmenter

# (分别占营业收入的54.3%和26.4%: the whole of the shares is no gap in the run)
# (分别同比增长a和b: the base of the change before its verb)
_DISTRIBUTED = regex.compile(r"分别(?:为|是|达到|达|(?:同比|环比|比上年|较上年|比去年|较去年)?(?:增长|下降|增加|减少)"
                             r"|占(?:[^，,。；;\d]{0,30}?的(?:比重|比例|份额)?(?:为|达到|达|是)?)?)?")
_ITEM_JOIN = regex.compile(r"以及|[、和及与]")  # (以及 whole: 物业租赁以及酒店业务 is two items, no 物业租赁以)
_RUN_BREAK = regex.compile(r"[。；;！？\n]")
# Measures the last item of a list may name for them all (A、B、C收入分别为…).
_SHARED_MEASURES = ("收入", "营收", "支出", "产值", "增加值", "销售额", "利润", "投资", "出口额", "进口额")
# The number of the items a list closes on (中央、省、市、县四级分别投入…, 甲、乙、丙三家分别…).
_COUNTED_TAIL = regex.compile(r"[两三四五六七八九十]{1,2}(?:级|方|家|个|类|项)$")
# What joins a 分别 list to its sum: ，共计 / ，合计 / ，总投资.
_RUN_TOTAL = regex.compile(r"[，,]\s*(?:(?:共计|合计|总计|共)(?:投资|金额|出资|资金)?|总(?:投资|金额|额|计))(?:为|达到?)?\s*")


_HAN = regex.compile(r"\p{Han}")


def distributions(text: str, slots: list[_Slot]) -> list[tuple[int, list[_Slot], bool]]:
    """A、B、C分别为x、y、z: the i-th figure after 分别 measures the i-th item.

    Returns each run of figures after 分别, where its list starts, and whether the
    list states the number of its members (三方).  A run over
    periods (2014年、2015年及2016年…分别为) or over fewer items than figures, unless
    their number is stated (三方分别出资), is a series: its figures stand side by side
    and are no parts of a whole."""
    runs: list[tuple[int, list[_Slot], bool]] = []
    if len(slots) < 2 or "分别" not in text:
        return runs
    starts = [s.start for s in slots]  # in text order
    before_run = None  # the last run read
    for m in _DISTRIBUTED.finditer(text):
        start = _clause_start(text, m.start(), max(0, m.start() - 60), _LIST_BREAK)
        aside = _ASIDE_BEFORE.search(text, max(0, start - 40), start)
        while aside is not None:
            # A、B（以下简称“B”）和C的…分别为: the short name's aside is inside the list, and so are
            # codes (出口海外仓（9810）和零售进出口（9610、1210）分别实现)
            start = _clause_start(text, aside.start(), max(0, m.start() - 120), _LIST_BREAK)
            aside = _ASIDE_BEFORE.search(text, max(0, start - 40), start) if start > m.start() - 120 else None
        listed = _CODE_ASIDE.sub("", _ASIDE.sub("", text[start:m.start()]))
        # (分别安置到|行政机关、事业单位和国有企业|4名、19名、13名: the items after 分别 and its verb, when
        # none stand before it)
        after = _ITEMS_AFTER.match(text, m.end()) if m.group() == "分别" and not _ITEM_JOIN.search(listed) else None
        if after is not None:
            listed = after.group("items")
        elif not listed.strip() and start > 0 and text[start - 1] in "，,":
            # (全部投向|半导体、新能源、生物医药和先进制造领域|，分别为x、y、z、w: a 分别 opening its clause
            # distributes over the items the clause before lists after its verb of where it went)
            before = _ITEMS_WENT.search(text, _clause_start(text, start - 1, max(0, start - 61), _LIST_BREAK), start - 1)
            if before is not None:
                start, listed = before.start("items"), before.group("items")
        written = [t.strip() for t in _ITEM_JOIN.split(listed) if t.strip()]  # (an indent before the first)
        if len(written) >= 2 and (counted := _COUNTED_TAIL.search(written[-1])) is not None and counted.start():
            written[-1] = written[-1][:counted.start()]  # 中央、省、市、县|四级: the items counted, no item's name
        items = share_head([_strip_words(t) for t in written])
        run = []
        opened = after.end() if after is not None else m.end()
        for k in range(bisect.bisect_left(starts, opened), len(slots)):
            s = slots[k]
            gap = text[(run[-1].end if run else opened):s.start]
            if _RUN_BREAK.search(gap) or (len(gap) > 3 and (run or not _MEASURE_BEFORE.fullmatch(gap))) \
                    or (run and _RUN_TOTAL.fullmatch(gap)):
                break  # (，共计S: the list's sum, not one of it)
            run.append(s)
        if len(items) > len(run) >= 2:
            # 文化制造业、文化批发和零售业、文化服务业: a 和 inside an item's name
            commas = share_head([_strip_words(t) for t in listed.split("、") if t.strip()])
            last = _ITEM_JOIN.split(commas[-1], maxsplit=1) if commas else []
            if len(commas) + 1 == len(run) and len(last) == 2 and all(last):
                # 生物医药、人工智能及数据科学、绿色科技及其他范畴: the last 及 joins the last two items
                commas = commas[:-1] + last
            items = commas if len(commas) == len(run) else items
        if len(items) == 1 and before_run is not None and len(before_run) == len(run) >= 2 \
                and not _RUN_BREAK.search(text, before_run[-1].end, start) and 2 <= len(items[0]) <= 4:
            # A、B、C收入分别为x、y、z，支出分别为a、b、c: the same items again, their names
            # with the new measure in place of the old one
            named = [s.fields.get("indicator") or "" for s in before_run]
            old = named[0][-len(items[0]):]
            if all(n.endswith(old) and len(n) > len(old) for n in named) and old != items[0]:
                items = [n[:-len(old)] + items[0] for n in named]
            elif all(s.figure.kind == "count" and len(n) >= 2 for s, n in zip(before_run, named)) \
                    and len(set(named)) == len(named) and items[0] not in named[0]:
                # (工业项目、服务业项目和农业项目分别为58个、29个、9个，协议投资分别为x、y和z: the items counted,
                # then a measure of each: 工业项目协议投资)
                items = [n + items[0] for n in named]
        if len(items) == 1 and len(run) == 2 and items[0].startswith("城乡") and len(items[0]) >= 4:
            # 城乡居民人均可支配收入分别达到x和y: 城乡 is 城镇 and 农村, in that order
            items = ["城镇" + items[0][2:], "农村" + items[0][2:]]
        if len(items) >= 2 and len(run) == len(items):
            # 高等教育、职业教育、国际及K12教育收入分别为x、y和z: the measure the last item ends with is
            # every item's (职业教育收入)
            # (not 荷兰、爱尔兰和瑞士的投资: an owned measure, read below)
            shared = next((w for w in _SHARED_MEASURES if items[-1].endswith(w) and len(items[-1]) > len(w)
                           and items[-1][-len(w) - 1] != "的"), None)
            # (not 营业收入和净利润: an item that names a measure of its own; nor two bodies, 省属企业和市县国有
            # 企业营业总收入, whose figures keep their owners' names)
            if shared and len(items) >= 3 and not any(t.endswith(_SHARED_MEASURES) for t in items[:-1]):
                items = [t + shared if t else t for t in items[:-1]] + items[-1:]
            # 对A、B分别出口x、y: what follows 分别 names the measure too (A出口), unless it is
            # a verb only (分别完成).
            gap = text[m.end():run[0].start]
            tail = _strip_words(gap) if _MEASURE_WORD.fullmatch(gap) and not _CHANGE_WORD.search(gap) else ""
            # A、B和C的移动电话用户分别为x、y、z: what the items' figures measure, after 的
            owned = _OWNED_MEASURE.search(items[-1])
            measure = owned.group(1) if owned else ""
            if owned:  # (every item that carries it: 阿里的市场份额、京东的市场份额 after share_head)
                items = [t[:-len(owned.group())] if t.endswith(owned.group()) else t for t in items]
            for item, s in zip(items, run):
                if item:
                    s.fields["indicator"] = item + (owned.group() if owned else tail)
                    if s.figure.kind == "count" and s.figure.of is None and not _PERIOD.search(item):
                        # 工业项目、农业项目分别为9个、3个: what each counts; a verb after 分别 is no
                        # part of it (技术开发、技术转让分别登记x项、y项), and bodies that act count
                        # what they did, not themselves (江岳大学、省农业科学院分别登记x项、y项)
                        acted = tail and _verb_only(tail)
                        if not (acted and _is_body(item)):
                            s.fields["of"] = measure or item + ("" if acted else tail)
        if len(run) >= 2:
            listed = text[start:m.start()]
            grouped = _stated_number(listed) == len(run)
            # (periods in two items or more: 2023年和2024年分别为; not one period before the list, whose
            # time it is: 7月份香港居民旅客、访港旅客及转机过境旅客分别为)
            periods = sum(_PERIOD.search(t) is not None for t in written)  # (as written: 2023年 is no word)
            # (新增航线6条，分别为往来东南亚3条、中东2条及非洲1条: items named inside the run are parts)
            named_inside = all(_HAN.search(_ITEM_JOIN.sub("", text[a.end:b.start])) for a, b in zip(run, run[1:])) \
                and _HAN.search(text, opened, run[0].start) is not None
            if (periods >= min(2, len(written)) and (written or not named_inside)) \
                    or (len(items) < len(run) and not grouped and not named_inside):
                for s in run:
                    s.series = True
            runs.append((start, run, grouped))
            before_run = run
            rates = _rates_of_the_changes(text, slots, bisect.bisect_left(starts, run[-1].start) + 1, m, run)
            if rates:
                runs.append((start, rates, grouped))
    return runs


# A、B，分别比上年增加c、d|，增长|a%和b%: the rates of a run of changes, one each, in their order
_CHANGED_BY = regex.compile(r"增加|减少")
_RATES_AFTER = regex.compile(r"[，,]\s*(?:增长|下降|提高|减少)了?\s*")
_RATE_JOIN = regex.compile(r"\s*[、和及与]\s*")


def _rates_of_the_changes(text: str, slots: list[_Slot], k: int, m: regex.Match, run: list[_Slot]) -> list[_Slot]:
    """The run of rates from ``slots[k]`` right after ``run``, a run of changes (分别比上年增加…), as many as it."""
    if not _CHANGED_BY.search(m.group()) or _RATES_AFTER.match(text, run[-1].end) is None:
        return []
    rates = slots[k:k + len(run)]
    if len(rates) < len(run) or any(r.figure.kind != "percent" for r in rates) \
            or not _RATES_AFTER.fullmatch(text, run[-1].end, rates[0].start) \
            or not all(_RATE_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(rates, rates[1:])):
        return []
    return rates


_MEASURE_WORD = regex.compile(r"\p{Han}{2,6}")
# A、B和C的|移动电话用户: the measure a list's items share, after 的 (a word of measure ends it).
_OWNED_MEASURE = regex.compile(r"的(\p{Han}{0,6}(?:用户|比例|比重|份额|率|额|量|数|收入|收益|利润|产值|规模|人数|数量))$")
# A short name's aside in a list: （以下简称“潇北电信”）; or what an item holds: 直销（含团购）渠道
_ASIDE = regex.compile(r"[（(](?:以下(?:简称|称)|含|包括|包含|不含)[^（()）]{1,20}[）)]")
# 分别|安置到|A、B和C|x、y、z: a verb of where each went, then the items, right before their figures.
_ITEMS_AFTER = regex.compile(r"\p{Han}{1,3}?[到至往向给于](?P<items>(?:[^，,。；;：:、和及与\d]{2,12}[、和及与]){1,8}"
                             r"[^，,。；;：:、和及与\d]{2,12})(?=\s*\d)")
_ITEMS_WENT = regex.compile(r"(?:投向|投入|投放于|用于|来自|分布在|分布于|集中在|集中于|涉及|覆盖)"
                            r"(?P<items>(?:[^，,。；;：:、和及与\d]{2,12}[、和及与]){1,8}[^，,。；;：:、和及与\d]{2,12})$")
# A code in brackets after an item, no word in it: 出口海外仓（9810）和零售进出口（9610、1210）
_CODE_ASIDE = regex.compile(r"[（(][^（()）\p{Han}]{1,20}[）)]")
_ASIDE_BEFORE = regex.compile(rf"(?:{_ASIDE.pattern}|{_CODE_ASIDE.pattern})$")  # (one that ends where the clause starts)
# 分别|实现营业收入|6.38亿元: a verb and the measure between 分别 and the first figure.
# (no list, no change: 分别在北京和上海…, 分别增长…)
_MEASURE_BEFORE = regex.compile(r"(?:实现|完成|录得)?(?:(?![和及与增减降升涨跌])\p{Han}|[0-9]*[A-Za-z]+[0-9]*){2,8}?(?:为|达到|达)?")  # (5G基站)
_CHANGE_WORD = regex.compile(r"[增减降升涨跌]")  # 分别减少: how much each changed, not what is measured
_PERIOD = regex.compile(r"\d{4}年|[一二三四]季度|\d{1,2}月|上半年|下半年")
_STATED_NUMBER = regex.compile(r"([两二三四五六七八九十]|\d{1,2})(?:方|家|个|项|类|者|种|所|位|名|地|大|批|次产业)")
_SMALL_NUMERALS = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}


def _verb_only(words: str) -> bool:
    """Are ``words`` a verb alone, by jieba's tags (登记, 承担; not 出口额)?"""
    return segmenter(cached_org_rules()).tag(words) in _VERB_TAGS


@functools.lru_cache(maxsize=1)
def _body_suffixes() -> tuple[str, ...]:
    return tuple(cached_org_rules().suffix_type)


def _is_body(item: str) -> bool:
    """Does ``item`` end like an org's name (江岳大学, 省农业科学院)?"""
    return item.endswith(_body_suffixes())


def _stated_number(listed: str) -> int | None:
    """The number of members a list names as a group: 三方 -> 3, 4家 -> 4."""
    m = _STATED_NUMBER.search(listed)
    if m is None:
        return None
    word = m.group(1)
    return int(word) if word.isdigit() else _SMALL_NUMERALS[word]
