"""Growth rates of one year of a series stated over years: 2022年至2024年，…营业收入分别为
6.38亿元、8.92亿元和11.47亿元。其中，2024年营业收入同比增长28.6% is 11.47 over 8.92.
relate.py calls :func:`series_growths` after the growth claims stated in one clause; the
relation is ``growth`` (current, previous) as theirs is."""
from __future__ import annotations

import regex

from .indicators import _clause_start, paragraph_end
from .relate import Relation, _Slot, _same_indicator, _sentence_start, full_sentence_start

# 2022年至2024年 (consecutive years), or 2022年、2023年和2024年 (years listed).
# (not 2016年至2018年上半年: a part of a year ends it)
_YEAR_SPAN = regex.compile(r"((?:19|20)\d\d)年?(?:至|到|—|－|-|～|~)((?:19|20)\d\d)年(?![上下]半年|前|[一二三四1-4]季|\d{1,2}月)")
_YEAR = regex.compile(r"((?:19|20)\d\d)年")
_YEARS_LISTED = regex.compile(r"(?:(?:19|20)\d\d年(?:度)?[、和及与]\s*)+(?:19|20)\d\d年")
_REACH = 200  # the rate stands this close after the series, in its paragraph


def series_growths(text: str, slots: list[_Slot], runs: list, related: set[str]) -> list[Relation]:
    """Each growth rate no claim has taken (``related``: the rates that have one), of the
    measure of a series over consecutive years right before it: the value of the year
    its clause names (else the last) over the value of the year before."""
    out: list[Relation] = []
    for _start, run, _grouped in runs:
        if not run[0].series:
            continue
        years = _years(text, run)
        if years is None or len(years) != len(run):
            continue
        named = run[0].fields.get("indicator")
        stop = min(paragraph_end(text, run[-1].end, _REACH), run[-1].end + _REACH)
        for s in slots:
            if s.start <= run[-1].end or s.start >= stop:
                continue
            if s.figure.kind != "percent" or s.fields.get("role") != "growth" or s.figure.id in related \
                    or not _same_indicator(named, s.fields.get("indicator")):
                continue
            clause = _clause_start(text, s.start, max(s.sentence, s.start - 30))
            # (the series' own figures are no value of the rate's: …分别实现营业收入a、b和c，其中2024年同比增长R)
            if "分别" in text[max(s.sentence, clause - 2):s.start] or any(
                    t.sentence == s.sentence and run[-1].end <= t.start and t.end <= s.start and t.same_measure(run[0])
                    for t in slots):
                continue  # (分别增长p、q: rates of their own; 净利润9.93亿元，同比下降R: the rate's own value)
            said = _YEAR.findall(text, clause, s.start)
            year = int(said[-1]) if said else years[-1]
            if year not in years or year == years[0]:
                continue
            k = years.index(year)
            related.add(s.figure.id)
            out.append(Relation("growth", s.figure.id, inputs=(run[k].figure.id, run[k - 1].figure.id),
                                mode="previous"))
    return out


def _years(text: str, run: list[_Slot]) -> list[int] | None:
    """The years a series runs over, named in its sentence before it (or in the full sentence, when its
    ；-item names none: 2022年至2024年，…分别实现营业收入a、b和c…；净利润分别为x、y和z), in order."""
    before = text[_sentence_start(text, run[0].start):run[0].start]
    if not _YEAR.search(before):
        before = text[full_sentence_start(text, run[0].start):run[0].start]
    spans = list(_YEAR_SPAN.finditer(before))
    if spans:
        first, last = int(spans[-1].group(1)), int(spans[-1].group(2))
        return list(range(first, last + 1)) if 0 < last - first < 10 else None
    listed = list(_YEARS_LISTED.finditer(before))
    if listed:
        return [int(y) for y in _YEAR.findall(listed[-1].group())]
    return None
