"""A、B、C分别为x、y、z: the i-th figure after 分别 measures the i-th item.  relate.py
reads these runs first; every family of claims builds on them (sums, growths, shares)."""
from __future__ import annotations

import bisect

import regex

from .indicators import _LIST_BREAK, _clause_start, _strip_words, share_head
from .relate import _Slot

# (分别占营业收入的54.3%和26.4%: the whole of the shares is no gap in the run)
_DISTRIBUTED = regex.compile(r"分别(?:为|是|达到|达|增长|下降|占(?:[^，,。；;\d]{0,30}?的(?:比重|比例|份额)?(?:为|达到|达|是)?)?)?")
_ITEM_JOIN = regex.compile(r"[、和及与]")
_RUN_BREAK = regex.compile(r"[。；;！？\n]")
# What joins a 分别 list to its sum: ，共计 / ，合计 / ，总投资.
_RUN_TOTAL = regex.compile(r"[，,]\s*(?:(?:共计|合计|总计|共)(?:投资|金额|出资|资金)?|总(?:投资|金额|额|计))(?:为|达到?)?\s*")


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
    for m in _DISTRIBUTED.finditer(text):
        start = _clause_start(text, m.start(), max(0, m.start() - 60), _LIST_BREAK)
        items = [t.strip() for t in _ITEM_JOIN.split(text[start:m.start()]) if t.strip()]  # (an indent before the first)
        items = share_head([_strip_words(t) for t in items])
        run = []
        for k in range(bisect.bisect_left(starts, m.end()), len(slots)):
            s = slots[k]
            gap = text[(run[-1].end if run else m.end()):s.start]
            if _RUN_BREAK.search(gap) or len(gap) > 3 or (run and _RUN_TOTAL.fullmatch(gap)):
                break  # (，共计S: the list's sum, not one of it)
            run.append(s)
        if len(items) == 1 and len(run) == 2 and items[0].startswith("城乡") and len(items[0]) >= 4:
            # 城乡居民人均可支配收入分别达到x和y: 城乡 is 城镇 and 农村, in that order
            items = ["城镇" + items[0][2:], "农村" + items[0][2:]]
        if len(items) >= 2 and len(run) == len(items):
            # 对A、B分别出口x、y: what follows 分别 names the measure too (A出口), unless it is
            # a verb only (分别完成).
            gap = text[m.end():run[0].start]
            tail = _strip_words(gap) if _MEASURE_WORD.fullmatch(gap) and not _CHANGE_WORD.search(gap) else ""
            for item, s in zip(items, run):
                if item:
                    s.fields["indicator"] = item + tail
                    if s.figure.kind == "count" and s.figure.of is None and not _PERIOD.search(item):
                        s.fields["of"] = item + tail  # 工业项目、农业项目分别为9个、3个: what each counts
        if len(run) >= 2:
            listed = text[start:m.start()]
            grouped = _stated_number(listed) == len(run)
            if _PERIOD.search(listed) or (len(items) < len(run) and not grouped):
                for s in run:
                    s.series = True
            runs.append((start, run, grouped))
    return runs


_MEASURE_WORD = regex.compile(r"\p{Han}{2,6}")
_CHANGE_WORD = regex.compile(r"[增减降升涨跌]")  # 分别减少: how much each changed, not what is measured
_PERIOD = regex.compile(r"\d{4}年|[一二三四]季度|\d{1,2}月|上半年|下半年")
_STATED_NUMBER = regex.compile(r"([两二三四五六七八九十]|\d{1,2})(?:方|家|个|项|类|者|种|所|位|名|地|大|批|次产业)")
_SMALL_NUMERALS = {c: n for n, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}


def _stated_number(listed: str) -> int | None:
    """The number of members a list names as a group: 三方 -> 3, 4家 -> 4."""
    m = _STATED_NUMBER.search(listed)
    if m is None:
        return None
    word = m.group(1)
    return int(word) if word.isdigit() else _SMALL_NUMERALS[word]
