"""Whether a total and its parts name the same thing: a part named as the whole or
as its opposite (出口 of 进口), parts named apart or alike, parts of another kind than
the total, and names that hold a word no sum may add (人均, 价格).  sums.py,
listed_sums.py and trailing_sums.py ask them before they tie parts to a total."""
from __future__ import annotations

from collections.abc import Iterable

import regex

from .relate import _Slot, full_sentence_start

# A part "named" by what it does (5人被控…, 两个由连廊连接, 14部是长篇) has no name of its
# own: such parts may overlap.
_PREDICATE = ("被", "由", "是", "已", "有", "为", "在", "获", "将")
# Measures that are each other's opposite: a figure of one is no part of the other.
# (and a revenue and a profit: 营业收入18.64亿元，其中利息净收入x…；实现净利润y is no part of it; nor a
# balance: 总收入x，其中…；总开支y，录得营运盈余z)
_OPPOSITES = (("出口", "进口"), ("进口", "出口"), ("收入", "支出"), ("支出", "收入"), ("收入", "开支"), ("开支", "收入"),
              ("流入", "流出"), ("流出", "流入"), ("收入", "利润"), ("利润", "收入"), ("收入", "盈余"), ("收入", "结余"),
              # (营业额x，其中售电收入y；股东应占纯利z: a profit is no part of the turnover)
              ("收入", "纯利"), ("营业额", "利润"), ("营业额", "纯利"), ("营收", "利润"), ("营收", "纯利"))


def _opposite_measure(whole: str, part: str) -> bool:
    """Does ``part`` name the opposite of the measure ``whole`` names (出口 and 进口集成电路)?"""
    whole, part = (w.replace("进出口", "进口出口").replace("收支", "收入支出") for w in (whole, part))
    return any(a in whole and b not in whole and b in part and a not in part for a, b in _OPPOSITES)


def _measured_otherwise(name: str, parts: list[_Slot]) -> bool:
    """Are all ``parts`` named by a measure (总投资65亿元) that the total's ``name`` does not end with?"""
    measures = [_MEASURED_BY.search(p.fields.get("indicator") or "") for p in parts]
    return all(measures) and not any(name.endswith(m.group()) for m in measures)


def _measure_of(indicator: str) -> str:
    """The measure ``indicator`` ends with after a name of its own (营收 of 制造业企业营收), else ""."""
    m = _MEASURED_BY.search(indicator)
    return m.group() if m is not None and m.start() > 0 else ""


def _names_measure(indicator: str, measure: str) -> bool:
    """Does ``indicator`` end with ``measure``, or with its full form (营业收入 names 营收)?"""
    return indicator.endswith((measure, _MEASURE_FULL.get(measure, measure)))


_MEASURE_FULL = {"营收": "营业收入"}
_MEASURED_BY = regex.compile(r"(?:完成投资|投资|收入|营收|产值|销售额|金额|总额)$")
_DONE_VERB = regex.compile(r"(?:实现|完成|累计)$")


def _named_alike(total: _Slot, parts: list[_Slot]) -> bool:
    """Are all the parts named as ``total`` is (其中获批申请318宗。按计划划分，A获批申请186宗；B获批申请97宗…),
    or by their own names before it (其中，出口x…。分监管方式看，A、B和C分别实现出口y、z和w: A出口, B出口…):
    a part of another breakdown that this one breaks down in turn?"""
    name = total.fields.get("indicator") or ""
    return len(name) >= 2 and len(parts) >= 2 and all((p.fields.get("indicator") or "").endswith(name) for p in parts)


def _paragraph_topic(text: str, s: _Slot, opener: int) -> bool:
    """Does the paragraph of the list's ``opener`` open on the name of ``s``, a figure of a paragraph
    before (…其中油茶产业61.8亿元…\n油茶产业综合产值同比增长13.4%…。分环节看，…): the paragraph is
    about that figure, a part of another list, and the list breaks it down in turn?"""
    name = s.fields.get("indicator") or ""
    opens = text.rfind("\n", 0, opener) + 1
    return len(name) >= 2 and s.end <= opens and text[opens:opener].lstrip(" \t\u3000").startswith(name)


def _named_in_parts(total: _Slot, parts: list[_Slot]) -> bool:
    """Do half the parts or more (two at least) hold the name of what ``total`` measures
    (高速公路投资: 岑槐高速公路完成投资, 槐翠高速公路完成投资…), or end with what a total of
    every kind names (各级财政补贴: 中央财政补贴, 省级财政补贴…): the parts are its items?"""
    indicator = total.fields.get("indicator") or ""
    every = _EVERY_LEVEL.match(indicator)
    if every is not None:
        # 各级财政补贴35.21亿元。分级次看，中央财政补贴…，省级财政补贴…: every level's, and each level's
        name = indicator[every.end():]
        holding = sum((p.fields.get("indicator") or "").endswith(name) for p in parts) if len(name) >= 2 else 0
        return holding >= 2 and 2 * holding >= len(parts)
    name = _MEASURED_BY.sub("", indicator)
    name = _DONE_VERB.sub("", name) if name != indicator else name  # (奥特莱斯实现|销售额: 奥特莱斯)
    if len(name) < 2 or name == indicator:
        return False
    holding = sum(name in (p.fields.get("indicator") or "") and (p.fields.get("indicator") or "") != indicator
                  for p in parts)
    return holding >= 2 and 2 * holding >= len(parts)


_EVERY_LEVEL = regex.compile(r"各级|各类|各项|全部|所有")
# Wholes named by joining their parts' names: 出口 and 进口 are the parts of 进出口, not it.
_JOINED_WHOLES = {"进出口": ("出口", "进口"), "收支": ("收入", "支出")}


def _named_as_whole(total: _Slot, parts: list[_Slot]) -> bool:
    """Is a part named by the whole's own name (平台 of 僵尸样本平台, 篮板 of 篮板)?  Not
    the rest of the whole (其他卫生机构16个: counted as 卫生机构, but after 其他)."""
    wholes = [w for w in (total.fields.get("indicator"), total.figure.of) if w]
    parts = [p for p in parts if not _OTHERS.match(p.fields.get("indicator") or "")]
    names = [p.fields.get("indicator") or "" for p in parts]
    if len(names) >= 2 and all(names) and any("".join(names) in w or _joined_by_parts(w, names) for w in wholes):
        return False  # 减税降费x（减税y、降费z）, 追回医保基金及违约金x，其中追回基金y、违约金z: the whole named by its parts joined
    for joined in _JOINED_WHOLES:
        wholes = [w.replace(joined, "") if all(_part_of(p, _JOINED_WHOLES[joined]) for p in parts) else w
                  for w in wholes]
    # (its name's end, or a longer piece of it: 留学生 of 外国留学生毕业, but not 渔业 of 农林牧渔业总产值)
    return any(name and len(name) >= 2 and any(w.endswith(name) or (len(name) >= 3 and name in w) for w in wholes)
               for p in parts for name in (p.figure.of, p.fields.get("indicator")))


_JOINS = regex.compile(r"及|和|与")


def _joined_by_parts(whole: str, names: list[str]) -> bool:
    """Is ``whole`` the names of the parts joined by 及, 和 or 与, one piece per part in order,
    each piece ending as its part does (追回医保基金及违约金 of 追回基金 and 违约金)?"""
    pieces = _JOINS.split(whole)
    return len(pieces) == len(names) and all(len(a) >= 2 and len(b) >= 2 and a[-2:] == b[-2:] for a, b in zip(pieces, names))


def _members_listed(text: str, total: _Slot, parts: list[_Slot]) -> bool:
    """Does the total's sentence list the parts before it, by their names (茶叶、竹制品、山核桃三大特色产品
    共实现网络零售额x，其中茶叶y、竹制品z、山核桃w), or by the acts the names open with (公厕新建和改造x，
    其中新建公厕y，改造提升z)?  The whole is then named by its members: all of it."""
    names = [p.fields.get("indicator") or "" for p in parts]
    if len(names) < 2 or not all(len(n) >= 2 for n in names):
        return False
    before = text[full_sentence_start(text, total.start):total.start]
    # (or by the acts their names open with: 公厕新建和改造326座，其中新建公厕84座，改造提升242座)
    acts = [n[:2] for n in names]
    for named in [names] + ([acts] if len(set(acts)) == len(acts) else []):
        listed = "、".join(named[:-1])
        if any(listed + join + named[-1] in before for join in ("、", "和", "及", "与")):
            return True
    return False


def _part_of(part: _Slot, names: tuple[str, ...]) -> bool:
    return (part.fields.get("indicator") or part.figure.of or "").endswith(names)


def _named_apart(parts: list[_Slot]) -> bool:
    """Is each part named (its counted noun or indicator), each by another name?"""
    return _apart([p.figure.of or p.fields.get("indicator") for p in parts])


def _placed_apart(parts: list[_Slot]) -> bool:
    """Are parts that count one noun named apart by their indicators (A、B和C分别承担改造任务x、y、z:
    places, each its own)?  Enough to read a total they add up to, not to tie one."""
    return _apart([p.fields.get("indicator") for p in parts])


def _apart(names: list[str | None]) -> bool:
    return all(n and not _is_predicate(n) for n in names) and len(set(names)) == len(names)


def _is_predicate(name: str) -> bool:
    """A name that opens with a verb or preposition of its own (被收购, 由…), not
    with a word holding one (在职MBA学生, 有效发明专利)."""
    if not name.startswith(_PREDICATE):
        return False
    from .org_rules import cached_org_rules
    from .wordcut import segmenter

    return segmenter(cached_org_rules()).cut(name)[0] == 1


def _unsummable(name: str | None, words: Iterable[str]) -> bool:
    """Does ``name`` hold a word of ``not_summable`` (人均, 价格…), other than a price that
    names what an amount is paid for (稻谷目标价格补贴, 价格保险, 票价补贴: amounts paid out; 人均补助
    is still per head) or which things are counted (价格同比上涨行业17个: industries; 价格类案件)?
    (每 of a day alone, 每日投入工作人员, is no price per item)"""
    name = name or ""
    return any(w in name and not (w in _PAID_FOR and _PAID_AFTER.match(name, name.index(w) + len(w)))
               and not (w == "每" and name.count("每") == len(_PER_DAY.findall(name)))
               for w in words)


_PAID_FOR = ("价格", "指数", "票价")  # (票价补贴: the fares a subsidy pays, an amount paid out)
# 每日投入工作人员1,350人，其中本国劳工1,020人…: a day's count, whose parts are of it too (not 每生每年,
# per head as well; nor 每月收入, a monthly pay)
_PER_DAY = regex.compile(r"每(?:日|天)(?!均)")
_PAID_AFTER = regex.compile(r"\p{Han}{0,2}?(?:补贴|补助|奖补|保险)"
                            r"|(?:同比|环比)?(?:上涨|下降|上升|下跌|持平)的?(?:行业|企业|品种|商品|城市|类别)"
                            r"|\p{Han}{0,8}?(?:类|案件|投诉|举报)$"  # (价格及不正当竞争类238件: cases of a kind)
                            r"|\p{Han}{0,2}?项目$"  # (上调价格项目843项: the items whose price was set)
                            r"|\p{Han}{0,4}?(?:监测点|检测点|采集点|监测站)$")  # (价格监测点62个: the places that watch prices)
_OTHERS = regex.compile(r"其他|其余|其它")


def _another_kind(total: _Slot, parts: list[_Slot]) -> bool:
    """Do the parts all end in a noun the total does not (合作社1286家，其中国家级示范社6家、省级示范社31家、
    市级示范社87家: model co-ops by level, some of the co-ops)?"""
    common = _common_suffix([p.fields.get("indicator") or "" for p in parts])
    whole = total.fields.get("indicator") or ""
    # (not an act the parts share: 向直属企业发放x、向委托收储企业发放y, the loans to whom, of 收购贷款)
    return len(common) >= 2 and len(whole) >= 2 and common[-2:] != whole[-2:] and not _ACT_TAIL.search(common)


_ACT_TAIL = regex.compile(r"(?:发放|投放|发行|拨付|支出|投入|完成|实现|办理|下达|安排)$")


def _common_suffix(words: list[str]) -> str:
    if not words or not all(words):
        return ""
    suffix = words[0]
    for w in words[1:]:
        while suffix and not w.endswith(suffix):
            suffix = suffix[1:]
    return suffix
