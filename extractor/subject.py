"""The region a figure's clause reports on (its ``subject``).

A report names its region once, in the title or the first lines (the article's
subject), and then speaks of it as 全区/本市, or turns to a part of it at the
start of a clause: 其中，卫滨区完成投资5亿元，增长12%.  A figure's subject is
the region named at the start of the last clause of its sentence that names
one, up to the figure; else the article's.  全区/本市/该县 stand for the
article's region when its level matches (全区 in a 牧野区 report is 牧野区).
"""
from __future__ import annotations

import re
from itertools import accumulate

import regex

from .period import YEAR_NUMBER

# Words that may open a clause before its region: times, links, prepositions.
_LEAD = regex.compile(
    r"(?:(?:\d{4}|" + YEAR_NUMBER + r")年(?:度)?|\d{1,2}(?:-\d{1,2})?月(?:份)?(?:底|末)?|全年|今年|去年|上年|当年|年内|年初|[上下]半年|"
    r"[一二三四1-4]季度|前三季度|截至(?:目前|\d+月底?)|以来|同期|年末|年底|其中|同时|此外|另外|而|在|从|据统计|据悉)*"
)
# Clause breaks (not 、: 卫滨区、红旗区分别… opens on a list, not on one region).
_BREAK = regex.compile(r"[，,：:\n（(）)]")
_STANDS_FOR = regex.compile(r"(?:全|本|该|我)(?P<level>国|省|市|区|县|镇|乡|州|旗)")
_LEVELS = "自治区|自治县|自治州|自治旗|新区|省|市|区|县|旗|镇|乡|州|街道"
# A region's name: a few characters and a level, the shortest first (河南省 of 河南省新乡市).
_NAMED = regex.compile(rf"\p{{Han}}{{1,7}}?(?:{_LEVELS})")
# After these, the level character starts a longer word: 市场, 区域, 县级, 市委, 省外资金.
_GOES_ON = regex.compile(r"[场级委政府属长直内外域间民容貌面辖情况城域]")
# Words that end like a region and are none (or none by themselves).
_NOT_REGION = frozenset(
    "园区 景区 社区 小区 辖区 市区 城区 片区 库区 矿区 产区 灾区 山区 街区 校区 厂区 展区 专区 商区 "
    "开发区 高新区 新区 试验区 示范区 工业园区 产业园区 保税区 自贸区 功能区 城市 都市 超市 股市 楼市 "
    "车市 上市 夜市 城镇 乡镇 集镇 重镇 名镇 老城区 主城区 县城 城乡 市县 县市 省市 县区 区县 县市区 "
    "地区 县乡 乡村 误区 盲区 雷区 禁区 赛区 分区 战区 学区 选区 全省 全市 全区 全县 建成区".split())


# Words that end in a level and name no place wherever they stand (在香港上市: jieba
# tags 上市 a place; 河南老乡, 异国他乡, 勇士坐镇, 油漆区).
_NEVER_LEVEL = frozenset("上市 股市 楼市 车市 超市 夜市 老乡 家乡 他乡 水乡 故乡 下乡 返乡 回乡 异乡 同乡 城乡 坐镇 "
                         "降级区 保级区 富人区 购物区 油漆区 办公区 生活区 住宅区 商业区 核心区 重灾区 大省 强省".split())
_LEVEL_END = tuple(_LEVELS.split("|"))
# (长三角地区 names where money came from; 沪深两市 are stock markets)
_NO_PLACE_ENDS = ("地区", "两市", "三市")
# A region that opens an org's name is no subject: 深圳市华拓电子集团拟投资…, 区政府…
_ORG_AFTER = regex.compile(
    r"[^，,。；;：:、]{0,20}?(?:公司|集团|商会|协会|银行|大学|学院|研究院|研究所|医院|委员会|政府|局|厅|委|办)")
_ADJECTIVES = frozenset("大小新老中各全本该我两一超特")
_BARE_GOES_ON = regex.compile(r"[重点属管直级委政府内外域]")
_ORG_HEADS = ("公司", "集团", "企业", "学校", "机构", "部门", "单位", "银行", "协会", "商会")
_ZONES = frozenset("高新区 开发区 经开区 新区 示范区 试验区 自贸区 保税区 综合保税区 工业园区 产业园区".split())
_OWN_WORD = 100  # a word this frequent in jieba's dictionary, not tagged a place, names none (家乡)
_COMMON = 1000  # a word this frequent in jieba's dictionary is no part of a place name (学校省)
_HAN_ONLY = regex.compile(r"\p{Han}+")
_DATE_UNITS = frozenset("年月日号")
_ANY_LEVEL = re.compile(r"[省市区县旗镇乡州道]")  # a character that every level in _LEVELS holds
_CITY_AFTER_ZHOU = regex.compile(r"[市区县]")
# A level that can end a name: not one that starts a longer word (市场, 区域; see _GOES_ON)
_LEVEL_CHAR = regex.compile(rf"(?:[省市区县旗镇乡州]|街道)(?!{_GOES_ON.pattern})")


def article_region(text: str, segmenter=None, stop_tags=frozenset()) -> str | None:
    """The region an article reports on: the first region named in its first 200
    characters, the innermost of a chain (新乡市牧野区 -> 牧野区)."""
    names = Subjects(text, None, segmenter, stop_tags)
    for m in _HAN_ONLY.finditer(text, 0, 200):
        if not _LEVEL_CHAR.search(m.group()):
            continue  # no name ends in this run: spare the segmenter
        begin = m.start()
        if text[begin] in _DATE_UNITS and begin and text[begin - 1].isdigit():
            begin += 1  # 2025年|南屏县…: the run opens on a date's unit, no name's first character
            if text.startswith("份", begin) and text[begin - 1] == "月":
                begin += 1  # 10月份|鹭州市…
        starts = [begin]
        if segmenter is not None:
            starts = list(accumulate(segmenter.cut(text[begin:m.end()]), initial=begin))[:-1]
        for pos in starts:
            if names._name_at(pos, m.end()) and not _DESTINATION.search(text, max(0, pos - 16), pos):
                region, end = names.chain(pos, m.end())
                if _FIRM_AFTER.match(text, end) or _OUTLET_AFTER.match(text, end) \
                        or _SOURCE_CUE.search(text, max(0, pos - 8), pos):
                    continue  # (苏州汇川技术有限公司, （来源：梧州新闻网）: a firm or an outlet, no place reported on)
                if _below_stated_level(text[:pos], region):
                    return None  # 我市土地市场…，城东新区一宗住宅用地: a part of the city the article is about
                return region
    return None


def _below_stated_level(before: str, region: str) -> bool:
    """Has the article already named its region by level only (我市, 全市) at a higher
    level than ``region``'s (城东新区 after 我市): then ``region`` is a part of it."""
    # (not 全国: 全国唯一, 震惊全国 and 全国人大 say nothing of whose figures follow)
    stated = [_RANK[m.group("level")] for m in _STANDS_FOR.finditer(before) if m.group("level") != "国"]
    own = _RANK.get("街道" if region.endswith("街道") else region[-1])
    return bool(stated) and own is not None and max(stated) > own


# Levels, higher first (州 as a city: 广州, 杭州).
_RANK = {"省": 4, "市": 3, "州": 3, "区": 2, "县": 2, "旗": 2, "镇": 1, "乡": 1, "街道": 1}


# A firm's name a place opens: 苏州|汇川技术有限公司.
_FIRM_AFTER = regex.compile(r"\p{Han}{1,12}?(?:有限责任公司|有限公司|公司|集团)")
# An outlet a region opens the name of, or the source named after 来源：: no place reported on.
_OUTLET_AFTER = regex.compile(r"\p{Han}{0,6}?(?:新闻网|日报|晚报|早报|商报|时报|都市报|电视台|广播电台|融媒体中心)")
_SOURCE_CUE = regex.compile(r"(?:来源|稿源|转自|出处)\s*[:：]\s*\Z")
# Places an article's people go to are not what it reports on: 率队赴上海、苏州、杭州开展招商.
_DESTINATION = regex.compile(r"(?:赴|前往|奔赴|远赴|飞赴|出访|到访)[^，。；：]*\Z")


class Subjects:
    """Subjects of one article's figures; ``default`` is the article's region."""

    def __init__(self, text: str, default: str | None, segmenter=None, stop_tags=frozenset()) -> None:
        self.text, self.default = text, default
        self._seg, self._stops = segmenter, stop_tags
        self._at: dict[int, str | None] = {}  # clause start -> region named there
        # (sentence start, last clause start read, subject so far, where the search for the
        # next break goes on): figures come in text order, so the next one in the sentence
        # goes on from there
        self._walk: tuple[int, int, str | None, int] = (-1, -1, None, -1)

    def at(self, start: int, sentence_start: int) -> str | None:
        """The subject of a figure at ``start`` whose sentence starts at ``sentence_start``."""
        walk = self._walk
        if walk[0] == sentence_start and walk[1] < start and walk[3] < start:
            _, pos, subject, searched = walk
        elif sentence_start < start:
            pos, subject, searched = sentence_start, self._clause_region(sentence_start, start), sentence_start
        else:
            return self.default
        # (searched: no break before it is left to read, so a long clause is read once, not
        # from its start for each of its figures)
        while (cut := _BREAK.search(self.text, max(pos, searched), start)) is not None and cut.end() < start:
            pos = cut.end()
            subject = self._clause_region(pos, start) or subject
        self._walk = (sentence_start, pos, subject, start - 1)
        return subject or self.default

    def _clause_region(self, pos: int, limit: int) -> str | None:
        at = self._at
        return at[pos] if pos in at else at.setdefault(pos, self._region_at(pos, limit))

    def chain(self, pos: int, limit: int) -> tuple[str | None, int]:
        """The innermost region of the chain of names at ``pos`` (新乡市牧野区 -> 牧野区), and its end."""
        region, end = None, pos
        while name := self._name_at(end, limit):
            region, end = name, end + len(name)
        return region, end

    def _region_at(self, pos: int, limit: int) -> str | None:
        text = self.text
        pos = _LEAD.match(text, pos, limit).end()
        short = _STANDS_FOR.match(text, pos, limit)
        if short and not _GOES_ON.match(text, short.end()):
            default = self.default
            return default if default and default.endswith(short.group("level")) else short.group()
        if not _ANY_LEVEL.search(text, pos + 1, min(limit, pos + 12)):
            return None  # (no name here: each ends in a level, within 12 characters)
        region, end = self.chain(pos, limit)
        return None if region is None or _ORG_AFTER.match(text, end, limit) else region

    def _name_at(self, pos: int, limit: int) -> str | None:
        """A region's name at ``pos``: whole words (by the segmenter) up to the first that
        ends in a level, the ones before it place names or rare words (沁|北区, 安澜|县;
        not 到位市外资金, 学校省重点实验室)."""
        text = self.text
        m = _NAMED.match(text, pos, min(limit, pos + 12))  # cheap, and no name without it
        if m is None:
            return None
        if self._seg is None:
            name = m.group()
        else:
            phrase = text[pos:min(limit, pos + 12)]
            name, at = None, 0
            for size in self._seg.cut(phrase)[:3]:
                word = phrase[at:at + size]
                if word.endswith(_LEVEL_END):
                    tag = self._seg.tag(word)
                    if tag in self._stops - {"zg"} or word in _NEVER_LEVEL or not self._level_word(phrase, at, word):
                        return None
                    if at == 0 and tag not in ("ns", "zg", None) and (self._seg.freq.get(word) or 0) >= _OWN_WORD:
                        return None  # a word of its own, no place: 家乡, 郊区, 景区, 水乡
                    name = phrase[:at + size]
                    # 郑州|市, 通州|区: a city named …州 and its level
                    if name.endswith("州") and _CITY_AFTER_ZHOU.match(phrase, at + size) \
                            and not _GOES_ON.match(text, pos + len(name) + 1):
                        name += phrase[at + size]
                    break
                if not (_HAN_ONLY.fullmatch(word) and self._name_part(word, phrase[at + size:at + size + 4])):
                    return None
                at += size
        if (name and _NAMED.fullmatch(name) and name not in _NOT_REGION and not name.endswith(_NO_PLACE_ENDS)
                and not _GOES_ON.match(text, pos + len(name))):
            return name
        return None

    @staticmethod
    def _level_word(phrase: str, at: int, word: str) -> bool:
        """Whether ``word``, after ``phrase[:at]``, can end a place name: a bare level
        (获批|省|重点实验室 names no 获批省) or a word like 城市 (柳|城市, not 大|城市)
        only after a short, distinctive start."""
        if at > 3:  # 全资子公司|郑州
            return False
        if word in _ZONES:
            return at > 0  # 澄湖|高新区, not 高新区 alone
        if word in _NOT_REGION:
            return at == 1 and phrase[0] not in _ADJECTIVES
        if len(word) == 1 and at:
            return not _BARE_GOES_ON.match(phrase, at + 1)
        return True

    def _name_part(self, word: str, after: str = "") -> bool:
        """Whether ``word``, before ``after``, may be part of a place's name."""
        tag = self._seg.tag(word)
        if word.endswith(_ORG_HEADS):
            return False  # 全资子公司|郑州
        if tag in ("ns", "zg", None):
            return True  # (a single character: 柳|城市, 沁|北区)
        if tag == self._seg.other and len(word) > 1 and (self._seg.freq.get(word) or 0) >= _OWN_WORD \
                and self._seg.tag(after[:self._seg.cut(after)[0]] if after else "") == "ns":
            return False  # a common word before a place is none of its name: 附属|杭州, 落户|杭州
        return tag not in self._stops and (len(word) == 1 or (self._seg.freq.get(word) or 0) < _COMMON)
