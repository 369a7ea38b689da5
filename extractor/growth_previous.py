"""The previous value of a growth claim stated outside the rate's clause: in another sentence of
its paragraph (上年同期为X; a list of last year's values), in a sentence dated to the year before
the current's (2024年，全县实现营业收入X), or named by what it measures (比合同价款增长R).
growths.py asks them when the rate's own clause and growth_bases.py leave the base out."""
from __future__ import annotations

from itertools import takewhile

import regex

from .growth_context import _HOW_MANY, _PREVIOUS_REACH
from .indicators import _clause_start, paragraph_end, paragraph_start
from .period import YEAR_NAMED as _YEAR_NAMED, YEAR_NUMBER, year_before_reported, year_number
from .relate import _LAST_SEMICOLON, _PREVIOUS_WORD, _READ_TRIES, Relation, _agrees, _alike, _changed, _Slot
from .sum_names import _common_suffix


_COMPARED_YEAR = regex.compile(rf"(?:比|较)({YEAR_NUMBER})年")
# The cue of a list of last year's values (上年同期分别为; 上年同期，两项指标分别为…; 去年同期，上述两项数字分别为…:
# the measures just named, in their order)
# (PREVIOUS_LIST_TAIL: what follows the base, growth_lists reads it after a year named by its number too)
# (上年同期，园区三季度和前三季度营收分别为: the measures named again, joined by 和、及)
PREVIOUS_LIST_TAIL = (r"(?:[，,]\s*(?:(?:上述|以上|这|该)?(?:两|三|四|各)?项?(?:指标|数字|数据|数值)?"
                      r"|\p{Han}{2,8}?(?:和|及|与|、)\p{Han}{2,8}?))?(?:分别|依次)(?:为|是)?")
PREVIOUS_LIST_CUE = rf"(?:上年同期|上年|去年同期|去年|上一年){PREVIOUS_LIST_TAIL}"
_PREVIOUS_LIST = regex.compile(rf"\s*{PREVIOUS_LIST_CUE}(?:[^，,。；;]|(?<=\d),(?=\d))*")
# 结算价款为2.04亿元，比合同价款增长9.7%: a comparison that names the base by what it measures.
_COMPARED_NAME = regex.compile(r"(?:比|较)(?P<name>\p{Han}{2,8}?)(?:的)?$")
_NOT_A_NAME = regex.compile(r"上年|去年|上一|前一|同期|上月|上期|年初|年末|月末|季度|半年|\d|全国|全省|全市|平均|预期|计划|目标")
_COMPARED_REACH = 400  # the base named: at most this far before, in the paragraph
_NAME_TAIL = regex.compile(r"(?:为|是|达)?(?:每(?:股|人|吨|件|份|台))?$")


def _stated_previous(text: str, slots: list[_Slot], i: int, current: _Slot, context: dict) -> _Slot | None:
    """The previous value of ``current`` stated in another sentence of its paragraph,
    before or after it, or of the paragraph after in a sentence that opens on the year
    before (the nearest first, at most _READ_TRIES): a figure of its
    measure and indicator, cast in no role, whose sentence names the year before
    (上年, 去年, or the year before the one ``current``'s sentence names), that
    gives the rate (``slots[i]``)."""
    name = current.fields.get("indicator")
    if not name:
        return None
    rate = slots[i]
    low = paragraph_start(text, current.start, _PREVIOUS_REACH)
    own_end = high = paragraph_end(text, rate.end, _PREVIOUS_REACH)
    if text.startswith("\n", own_end):
        # (or the paragraph after, in a sentence that opens on the year before: 上届花节旅游综合收入为X)
        high = paragraph_end(text, own_end + 1, _PREVIOUS_REACH)
    year = _YEAR_NAMED.search(text, max(current.sentence, current.start - _PREVIOUS_REACH), current.start)
    k = i
    while k > 0 and slots[k - 1].start >= low:
        k -= 1
    n = i
    while n + 1 < len(slots) and slots[n + 1].end <= high:
        n += 1
    compared = _COMPARED_YEAR.search(text, current.end, rate.start)  # 比2024年增长
    # In the current's sentence, only a clause before it that names the year before (去年营收为X，今年…).
    # Or the first figure after the rate's sentence, when it names nothing (；上年同期为2.70亿元).
    nameless = next((s for s in slots[i + 1:n + 1] if s.sentence != rate.sentence), None)
    # Or a figure of a list of last year's values that names nothing (上年同期分别为765.9万人次和68.0亿元).
    # (or a ；-clause after the rate's that opens on the year before: ，同比增长R，完成…；2023年该产业产值为X)
    window = [s for s in slots[k:n + 1] if s is not current and s.same_measure(current) and not s.fields.get("role")]
    year_before = {s.figure.id for s in window if _of_the_year_before(text, s, name, current)}  # (asked below twice)
    nearby = [s for s in window if (s.start < own_end or s.figure.id in year_before)
              and (s.end <= current.start or s.sentence not in (current.sentence, rate.sentence)
                   or (s.start > rate.end and _LAST_SEMICOLON.search(text, rate.end, s.start)
                       and s.figure.id in year_before))
              and (((_alike(s.fields.get("indicator"), name) or (s is nameless and not s.fields.get("indicator"))
                     or s.figure.id in year_before)
                    and not s.series) or _PREVIOUS_LIST.fullmatch(text, s.sentence, s.start))]
    further = _named_the_same_further(text, slots[n + 1:], high, current, name) \
        + _named_the_same_earlier(text, slots[:k], low, current, name)
    year_before.update(s.figure.id for s in further)
    nearby += further
    nearby.sort(key=lambda s: abs(s.start - current.start))
    for s in nearby[:_READ_TRIES]:
        if s.sentence == current.sentence:
            before = text[_clause_start(text, s.start, max(s.sentence, s.start - 24)):s.start]
        else:
            before = text[s.sentence:s.start]
        if _changed(text, s):
            continue  # 比上年增加…: a change
        said = _YEAR_NAMED.search(text, s.sentence, s.start)
        said = year_number(said.group()) if said else None
        if not (_PREVIOUS_OR_EDITION.search(before) or (said and year and said == year_number(year.group()) - 1)
                or (said and compared and said == year_number(compared.group(1))) or s.figure.id in year_before):
            continue
        if _agrees(Relation("growth", rate.figure.id, inputs=(current.figure.id, s.figure.id), mode="inferred"),
                   slots, context):
            return s
    return None


def _named_the_same_earlier(text: str, earlier: list[_Slot], low: int, current: _Slot, name: str) -> list[_Slot]:
    """2022年，全县实现网络零售额31.84亿元。… (paragraphs on) 全年实现网络零售额38.65亿元，同比增长21.4%: the
    same as _named_the_same_further, paragraphs back (within _FURTHER_REACH before the paragraph read)."""
    if len(name) < _NAMED_ALONE:
        return []
    return [s for s in takewhile(lambda s: s.start >= low - _FURTHER_REACH, reversed(earlier)) if s.end <= low
            and _named_alone_the_year_before(text, s, current, name)]


def _named_alone_the_year_before(text: str, s: _Slot, current: _Slot, name: str) -> bool:
    """Is ``s`` named exactly ``name``, of ``current``'s measure, cast in no role, in a sentence that opens on the
    year before (the tie of a base paragraphs apart)?"""
    return _AS_FINALLY_RECKONED.sub("", s.fields.get("indicator") or "") == name and s.same_measure(current) \
        and not s.fields.get("role") and not s.series and _of_the_year_before(text, s, name, current)


# 一般公共预算收入决算数|9.23亿元: the figure as the final accounts reckon it, of the measure named
_AS_FINALLY_RECKONED = regex.compile(r"(?<=\p{Han}{2})(?:决算数|决算|执行数|实际数)$")


_FURTHER_REACH = 500  # a base named exactly as the current, paragraphs on or back: this far past the paragraphs read
_NAMED_ALONE = 4  # (the characters a name needs to tie figures paragraphs apart: 冷链物流总额, not 总额)


def _named_the_same_further(text: str, later: list[_Slot], high: int, current: _Slot, name: str) -> list[_Slot]:
    """全市冷链物流总额1286.4亿元，增长11.26%；… (paragraphs on) 2022年全市冷链物流总额为1156.2亿元: a figure
    past the paragraphs read, within _FURTHER_REACH, named exactly as ``current`` (_NAMED_ALONE characters or
    more), cast in no role, in a sentence that opens on the year before.  The name and the year tie it,
    and the reading is inferred: it only confirms."""
    if len(name) < _NAMED_ALONE:
        return []
    return [s for s in takewhile(lambda s: s.end <= high + _FURTHER_REACH, later) if high < s.start
            and _named_alone_the_year_before(text, s, current, name)]


# (上年同期，园区产值为X; 上年度接收款物为X: a sentence that opens on the year before; or a clause
# that opens on a year named, the year before the one reported on: ；2023年该产业产值为X)
# (or the last edition of an event: 上届花节旅游综合收入为X)
_PREVIOUS_OR_EDITION = regex.compile(rf"{_PREVIOUS_WORD.pattern}|(?<![比较与于])上一?届")
# (a note after the report opens so too: 注：2022年全县一般公共预算收入决算数为X)
_NOTE = r"(?:注|备注|说明)\s*\d?\s*[:：]\s*"
_OPENS_ON_YEAR_BEFORE = regex.compile(rf"\s*(?:{_NOTE})?(?:{_PREVIOUS_OR_EDITION.pattern})")
_OPENS_ON_YEAR = regex.compile(rf"\s*(?:{_NOTE})?({YEAR_NUMBER})年(?:度)?[，,]?")


def _year_before(period: str | None, current: str | None) -> bool:
    """Is ``period`` the whole year before the whole year ``current`` (2024 before 2025)?"""
    return bool(period and current and period.isdigit() and current.isdigit() and int(period) == int(current) - 1)


# (2023年，这一数字为X; ；2023年该项收入为X: the measure named before, by a pronoun)
# (2024年，该税种入库X: the kind of tax named before, by a pronoun; 上年该产品出口X: the goods)
_THIS_FIGURE = regex.compile(r"这一数字|这个数字|该数字|这一数据|该数据|此数"
                             r"|(?:该项|此项|这项|该税种|该产业|该行业|该业务|该板块|该品类|该产品|该商品)\p{Han}{0,4}")


def _of_the_year_before(text: str, s: _Slot, name: str, current: _Slot) -> bool:
    """Is ``s`` in a sentence (or a ；-clause) that opens on the year before, named by the measure
    ``name`` ends with (产值 for 规模以上工业产值, 款物 for 接收社会捐赠款物: two characters or more)
    or by a pronoun for the figure (这一数字)?  The year before is the one before the year last
    named, or before ``current``'s year (今年 in a text dated 2025: 2024年，该项资金为X)."""
    semicolon = _LAST_SEMICOLON.search(text, s.sentence, s.start)
    opens = semicolon.end() if semicolon is not None else s.sentence
    year = _OPENS_ON_YEAR.match(text, opens)
    if _OPENS_ON_YEAR_BEFORE.match(text, opens) is None and (
            year is None or not (year_before_reported(text, opens, year.group(1))
                                 or _year_before(s.figure.period, current.figure.period))):
        return False
    named = _AS_FINALLY_RECKONED.sub("", s.fields.get("indicator") or "")
    if s.figure.kind == "count":  # (二手住宅成交套数 for 二手住宅网签成交: a count's classifier word goes)
        named, name = _HOW_MANY.sub("", named), _HOW_MANY.sub("", name)
    return len(_common_suffix([named, name])) >= 2 or _THIS_FIGURE.fullmatch(named) is not None


def _named_year_before(text: str, slots: list[_Slot], i: int, current: _Slot) -> _Slot | None:
    """2024年，全县实现营业收入52.25亿元。2025年，全县实现营业收入58.73亿元，比上年增长R: the
    nearest earlier figure of the current's measure in its paragraph (within
    _PREVIOUS_REACH) named exactly as it is (three characters or more), cast in no
    role, whose sentence names the year before the one the current's names, with no
    figure of that name between: the text ties it as the previous value (it may refute)."""
    name = current.fields.get("indicator") or ""
    year = _YEAR_NAMED.search(text, max(current.sentence, current.start - _PREVIOUS_REACH), current.start)
    if len(name) < 3 or year is None:
        return None
    low = paragraph_start(text, current.start, _PREVIOUS_REACH)
    k = next((k for k in range(i - 1, -1, -1) if slots[k] is current), None)
    for s in reversed(slots[:k] if k is not None else []):
        if s.start < low:
            break
        if s.fields.get("indicator") != name or not s.same_measure(current):
            continue
        said = _YEAR_NAMED.search(text, s.sentence, s.start)
        if s.fields.get("role") or s.series or s.sentence == current.sentence or said is None \
                or year_number(said.group()) != year_number(year.group()) - 1:
            return None
        return s
    return None


def _compared_by_name(text: str, slots: list[_Slot], i: int, current: _Slot, cue: regex.Match,
                      context: dict) -> _Slot | None:
    """The base of 比合同价款增长R% (no figure right after the name): the nearest earlier
    figure of ``current``'s measure, cast in no role, whose indicator is that name
    and gives the rate.  Found by name alone, it confirms the rate, never refutes it."""
    m = _COMPARED_NAME.search(text, max(current.end, cue.start("verb") - 11), cue.start("verb"))
    if m is None or _NOT_A_NAME.search(m.group("name")):
        return None
    name = m.group("name")
    low = paragraph_start(text, current.start, _COMPARED_REACH)
    for k in range(i - 1, -1, -1):
        s = slots[k]
        if s.start < low:
            break
        if s is current or s.end > current.start or not s.same_measure(current) or s.fields.get("role"):
            continue
        # (发行价格为每股|32.60元 is the 发行价 named: its link and per-unit words go, 价 is 价格)
        named = _NAME_TAIL.sub("", s.fields.get("indicator") or "")
        if not (named.endswith(name) or named.endswith(name + "格")):
            continue
        if _agrees(Relation("growth", slots[i].figure.id, inputs=(current.figure.id, s.figure.id), mode="inferred"),
                   slots, context):
            return s
        return None  # the nearest of that name is the one meant
    return None
