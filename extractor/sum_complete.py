"""Whether listed parts are offered as all of a whole: a classification that names a
closed set (分产业看) or an open one (分乡镇看), every member of a known complete set,
classes by size from the top to the bottom, a stated number of parts (分两期), and the
lists that are no breakdown at all (nested sizes, overlapping categories, parallel
records).  sums.py and listed_sums.py read them to tell a total from a partial sum."""
from __future__ import annotations

import dataclasses
from decimal import Decimal

import regex

from .distributions import _stated_number
from .indicators import _clause_start
from .relate import _Slot
from .sum_names import _placed_apart

# (not 等 before a count of the members named: A、B等41家社会运营商合计完成投资y is one part, all of them)
# (nor 部分 in the name of a building's common parts: 公用部分维修资助x，业主津贴y is all of the grant)
_NON_EXHAUSTIVE = regex.compile(r"主要|包括|等(?!\d{1,4}[家个所名位户])(?:[^\p{Han}]|$)|(?<!公用|公共|共用)部分")


def _parallel_records(items: list[list[_Slot]]) -> bool:
    """Do the first two ；-items repeat one pattern, a part then a figure of the part
    (第一批x，核销y；第二批z，核销w): the same name after the first, another before it?"""
    if len(items) < 2 or len(items[0]) < 2 or len(items[1]) < 2:
        return False
    (a0, b0), (a1, b1) = items[0][:2], items[1][:2]
    after = b0.fields.get("indicator")
    return bool(after) and after == b1.fields.get("indicator") and a0.fields.get("indicator") != a1.fields.get("indicator") \
        and after not in (a0.fields.get("indicator"), a1.fields.get("indicator"))


def _nested_sizes(text: str, parts: list[_Slot]) -> bool:
    """Are two parts or more sizes above a threshold (亿元以上项目12个，5亿元以上项目6个,
    10亿元以上项目3个): each holds the next, so none of them adds to another."""
    sized = 0
    for p in parts:
        clause = _clause_start(text, p.start, max(p.sentence, p.start - 30))
        sized += _ABOVE_SIZE.search(text, clause, p.start) is not None
    return sized >= 2


# (and speeds: 100M及以上接入速率用户, 1000M及以上…)
_ABOVE_SIZE = regex.compile(r"(?:\d|[十百千万亿])\s*(?:万|亿)?(?:元|[MG]|兆)?(?:以上|及以上)")


def _overlapping(names: list[str], context: dict, whole: str = "") -> bool:
    """Do the parts name every member of a set of overlapping categories (机电产品, 高新技术产品)?
    (not one the total names: 民营经营主体x，其中民营企业y、个体工商户z are all private)"""
    return any(all(any(word in name for name in names) for word in group) and not any(word in whole for word in group)
               and not _kept_apart(names, group) for group in context.get("overlapping_sets", ()))


# A word that says a category is not of another (普惠性民办幼儿园 is no 公办 one).
_OPPOSITE = {"公办": "民办", "民办": "公办", "公立": "民营", "国有": "民营", "民营": "国有"}


def _kept_apart(names: list[str], group: list[str]) -> bool:
    """Does a name holding one word of ``group`` also say it is not of another (普惠性|民办 beside 公办)?"""
    return any(word in name and _OPPOSITE.get(other, "\0") in name
               for name in names for word in group for other in group if other != word)


# Classifications into categories too many to list (分乡镇看, 分行业看, 按国别分): a few named
# are no claim to be all of them.
# 分品种看，公司债券32亿元、中期票据28亿元、超短期融资券12.5亿元: three parts or more enumerated with
# 、 alone between them, nothing said of any, are offered as all of it (the main items of an open set
# are reported each in a clause or ；-item of its own: 增值税4.12亿元；企业所得税1.35亿元，…)
_ENUMERATED = regex.compile(r"、\p{Han}{1,16}")  # (、经济困难老年人养老服务补贴)
# (分税种看, 分科目看, 分病种看: a report names the main taxes, budget subjects or diseases, seldom all of them; 按主要目的地划分
# says so)
_OPEN_ENDED = regex.compile(r"主要|档期|目的地|来源地|乡镇|地区|区域|县区|县市区|镇街|街道|园区|片区|国家|国别|市场|伙伴|企业|主体|机构|机关|公司|集团|行业|商品|产品|货品|"
                            r"品种|门类|项目|城市|省份|地市|板块|部门|单位|学校|医院|税种|税目|科目|险种|病种|病因|死因|零售商|商户")
# (a cut of those open sets into a closed few: by size, by kind of ownership)
_CLOSED_CUT = regex.compile(r"规模|所有制|类型|性质")
# 总投资15亿元，分两期建设，其中一期8亿元、二期6亿元: the number of parts said before 其中.
_IN_PARTS = regex.compile(r"分(?P<n>[两二三四五六七八九]|\d)(?:期|批|个阶段|阶段|部分)")


def _stated_in_parts(between: str) -> int | None:
    m = _IN_PARTS.search(between)
    return _stated_number(m.group("n") + "批") if m else None  # (read as a count of batches: 两批 -> 2)


# 岚北、岚中、岚南三大片区分别…: the members named, then counted, before 分别
_MEMBERS_THEN_COUNTED = regex.compile(r"[、和及与]\p{Han}{1,8}?(?P<n>(?:[两二三四五六七八九十]|\d{1,2})大\p{Han}{0,6}?)分别")


def _numbered_members(segment: str, parts: list[_Slot]) -> bool:
    """Does the list say how many members it names, before 分别, as many as the parts placed apart
    (岚北、岚中、岚南三大片区分别接待x、y、z)?"""
    m = _MEMBERS_THEN_COUNTED.search(segment)
    return m is not None and _stated_number(m.group("n")) == len(parts) and _placed_apart(parts)


# 其中A、B、C三个海洋牧场分别接待x、y和z: the members named and counted, the noun they are
_COUNTED_MEMBERS = regex.compile(r"(?P<n>[两二三四五六七八九十]|\d{1,2})[个家座处所](?P<noun>\p{Han}{2,8}?)分别")


def some_of_more_counted(text: str, segment: str) -> bool:
    """Does the list name its members and count them (三个海洋牧场分别…), while the text counts more of that
    noun (全市已建成海洋牧场23处): some of them, 分别 notwithstanding?"""
    m = _COUNTED_MEMBERS.search(segment)
    if m is None:
        return False
    n = _stated_number(m.group("n") + "个")  # (read as a count: 三个 -> 3)
    noun = regex.escape(m.group("noun"))
    more = regex.compile(rf"{noun}(?P<k>\d{{1,5}})[个家座处所]|(?P<k>\d{{1,5}})[个家座处所]{noun}")
    return n is not None and any(int(k.group("k")) > n for k in more.finditer(text))


def _presented_complete(opener: str, segment: str, names: list[str], context: dict) -> bool:
    """Are the parts offered as the whole: 分别, a classification (按经营地分,
    分产业看), or every member of a known complete set of categories?"""
    if "分别" in segment and opener.startswith("其中") and len(names) >= 2 and all(_BODY.search(n) for n in names):
        return False  # 其中A公司、B公司分别筹集x、y: some of the bodies that did it, named
    open_ended = _OPEN_ENDED.search(opener) is not None and _CLOSED_CUT.search(opener) is None
    # (a 分别 after a cut into an open set distributes over the few named: 从来源地看，港澳地区、东盟和欧盟
    # 实际投资分别为…, three sources of many)
    if ("分别" in segment and not (open_ended and opener.startswith(("按", "分", "依", "从")))) \
            or (opener.startswith(("按", "分", "依")) and not open_ended):
        # (分产业看, 依产业别区分 name a closed set; 分乡镇看 may name the first few towns only, but 按企业规模划分
        # cuts the firms by size, every one of them)
        return True
    if SOURCES.match(opener):
        return True  # 资金来源为：中央x，省级y，自筹z: where the money came from, every source
    if names and any(word in names[-1] for word in ("其他", "其余", "其它")):
        return True  # the last category takes the rest: 消费类产品及其他 (not 其他直接税 before 间接税)
    # (each member by a name of its own: 集成电路进出口 names no export, 进口的医疗器械 the imports of one good)
    apart = [name.replace("进出口", "") for name in names]
    for group in context.get("exhaustive_sets", ()):
        if all(any(word in name and not any(other in name for other in group if other != word) for name in apart)
               for word in group):
            return True
    if len(names) == 2 and any(a and b == "非" + a for a, b in (names, names[::-1])):
        return True  # 居民用户x，非居民用户y: a kind and all that is not of it
    return _classes_by_size(names)


# 资金来源为：…, 资金来源中，…: where a total's money came from, every source (sums.py opens a breakdown on it)
SOURCES = regex.compile(r"(?:资金|经费|投资)来源(?:为|是|包括|中)")
_BODY = regex.compile(r"(?:公司|集团|银行|分行|支行|医院|大学|学院|研究院|协会|商会|合作社|委员会)")


def _classes_by_size(names: list[str]) -> bool:
    """Do ``names`` cover every size, from the top to the bottom (10亿元以上项目, 5亿至10亿元项目,
    5亿元以下项目): one class open upwards, one downwards, ranges between, each bound
    meeting the next (written in one unit: 5000万元以下 and 1亿元以上 are not compared)."""
    above = [m for n in names if (m := _OPEN_ABOVE.search(n))]
    below = [m for n in names if (m := _OPEN_BELOW.search(n))]
    ranges = [m for n in names if (m := _RANGE_NAME.search(n))]
    if len(above) != 1 or len(below) != 1 or len(above) + len(below) + len(ranges) != len(names):
        return False
    edges = sorted((Decimal(m.group("low")), Decimal(m.group("high"))) for m in ranges)
    bound = Decimal(below[0].group("bound"))
    for low, high in edges:
        if low != bound:
            return False
        bound = high
    return bound == Decimal(above[0].group("bound"))


_OPEN_ABOVE = regex.compile(r"(?P<bound>\d+(?:\.\d+)?)\p{Han}{0,3}(?:以上|及以上)")
_OPEN_BELOW = regex.compile(r"(?P<bound>\d+(?:\.\d+)?)\p{Han}{0,3}(?:以下|及以下|以内)")
_RANGE_NAME = regex.compile(r"(?P<low>\d+(?:\.\d+)?)\p{Han}{0,3}(?:至|到|-|－|—|~)(?P<high>\d+(?:\.\d+)?)")


def completed_by_a_paired_list(relations: list, slots) -> list:
    """``relations`` with a breakdown of some of a total (mode ``subset``) made a full one where its
    parts are paired item by item with the parts of another list that adds up to its own total exactly,
    both totals in one sentence: 签约项目16个，签约总额x。其中，A项目9个、投资a，B项目5个、投资b，C项目2个、
    投资c: 9 + 5 + 2 = 16 says the three kinds are all the projects, so a + b + c is all of x."""
    at = slots.index_by_id()
    by = {r: [slots[at[i]] for i in r.inputs] for r in relations if r.kind == "breakdown" and r.total}
    full = [r for r, parts in by.items() if len(parts) >= 2 and r.mode in ("subset", "exhaustive")
            and sum(p.figure.value for p in parts) == slots[at[r.total]].figure.value]
    out = []
    for r in relations:
        if r.kind == "breakdown" and r.mode == "subset" and r in by and any(
                w is not r and _paired(by[w], by[r])
                and slots[at[w.total]].sentence == slots[at[r.total]].sentence for w in full):
            r = dataclasses.replace(r, mode="exhaustive")
        out.append(r)
    return out


def _paired(first: list[_Slot], second: list[_Slot]) -> bool:
    """Does each of ``second`` stand right after the one of ``first`` in its place, before the next
    (A 9个、a，B 5个、b…), the two lists of one length and of different measures?"""
    if len(first) != len(second) or first[0].same_measure(second[0]):
        return False
    ends = [p.start for p in first[1:]] + [None]
    return all(a.end <= b.start and (end is None or b.end <= end) for a, b, end in zip(first, second, ends))
