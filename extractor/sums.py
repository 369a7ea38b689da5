"""Claims that parts add up to a total: 总数…其中A a, B b (breakdowns), found on the slots
relate.py has built; totals after their parts (A a、B b，合计c) are trailing_sums.py's, lists
no opener introduces (A、B、C分别为x、y、z) listed_sums.py's.  Whether parts and total name
the same thing is sum_names.py's to say, whether the parts are offered as all of the total
sum_complete.py's, which figure is the total sum_totals.py's, where the list of parts ends
sum_items.py's.  Relations are plain records; validate.py computes them."""
from __future__ import annotations

import bisect
import dataclasses
import operator
from decimal import Decimal

import regex

from .indicators import PHRASE_REACH, paragraph_start
from .period import OPENS_BREAKDOWN, PREVIOUS_SPAN
from .relate import (_COMPARED_BASE, _FULL_STOP, _LAST_FULL_STOP, _LAST_SEMICOLON, _PREVIOUS_CUE, _PREVIOUS_WORD,
                     IN_OPEN_BRACKET, LISTED, PLAN_IN_BRACKETS, Relation, _agrees, body_copy, _changed, _same_indicator, _Slot,
                     _whole_of_a_share, full_sentence_start)
from .sum_complete import (_ENUMERATED, _NON_EXHAUSTIVE, _nested_sizes, _numbered_members, _overlapping, _presented_complete,
                           _stated_in_parts, SOURCES, completed_by_a_paired_list)
from .sum_items import (_ITEM_BREAK, _LATER_STAGE, _before_a_parallel_total, _beside_total, _comma_item_completes, _item_after_comma,
                        items_after, _list_items, _listed_again, _more_parts, _other_lists, _records_seconds, _siblings_summed,
                        _summed_before_item_break, _without_interleaved)
from .sum_names import (_EVERY_LEVEL, _OTHERS, _another_kind, _common_suffix, _members_listed, _named_alike, _named_apart,
                        _named_as_whole, _named_in_parts, _opposite_measure, _paragraph_topic, _placed_apart,
                        _unsummable)
from .sum_totals import _RATE_AFTER as _VALUED_RATE_AFTER  # (a rate right after a figure, with its value)
from .sum_totals import (DUE, _CLASSIFICATION, _CLASSIFIED, _HANGS_ON, _likely_total, _members_counted, _names,
                         _read_total, _rest_named, _scope, _tied, _total_cued, _trailing_cued,
                         total_after)

_CLOSED_BY = frozenset("分按依")  # a classification opened so names every class once (分学段看, 按行业分)
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
# Roles that keep a figure out of any sum: the rates and what they are computed from.
_NOT_PARTS = ("target", "previous", "change", "completion", "growth", "share", "equivalent")
_NOT_TOTALS = tuple(role for role in _NOT_PARTS if role != "target")
_AFTER_A_FIGURE = r"(?<=\d\s?[万亿]?(?:[个家项户名位所件座条台辆套]|元))"
_BRACKET_OPENER = (_AFTER_A_FIGURE + r"[（(]"
                   # (（减税x、降费y）: parts named by what is cut)
                   r"(?!\s?(?:上年|去年|前年|同期|上月|上季|比|较|同比|环比|按年|按月|其中|含|占|约|折|合|预计|目标|计划|任务|全年|年度|累计|总|共"
                   r"|增(?!值税)|减(?![税费免])|下降|上升))"
                   r"(?=[^\S\n]?\p{Han}{1,12}?\d)")
# (中 of a scope that runs on into its first part's name: not 中标, 中心, 中央…)
_SCOPE_RUNS_ON = r"(?=[^标心央国小学期旬部层外间东西南北断止转试奖选签]\p{Han}{1,11}?[^\S\n]?\d)"  # (not past a line's end)
# (总经费x，由|A补助y: its end, as _OPENER_END finds it, and the opener, its funders and their shares ahead)
_FUNDED_BY_END = r"(?<=\d\s?[万亿]?元[，,]\s{0,2})由"
_FUNDED_BY = _FUNDED_BY_END + r"(?=\p{Han}{2,10}?(?:补助|出资|负担|承担|投入|配套|配合|筹集|拨付|安排|自筹)[^\S\n]?\d)"
_BREAKDOWN_OPENER = regex.compile(
    OPENS_BREAKDOWN + r"|(?<=[个家项户人名位所])\p{Han}{1,8}?中(?:[，,：:]|(?=已|共有|有))"
    # (在已签约的7,352户中，: the count right before 中)
    r"|(?<=\d\s?[万亿]?[个家项户人名位所])中[，,]"
    # (58支子基金中，: other classifiers after a number; 支出中 names no count)
    # (23座水库中已完工验收9座…: what is done of them, no comma)
    r"|(?<=\d\s?[万亿]?[支座条台辆艘套件宗批种])\p{Han}{1,8}?中(?:[，,：:]|(?=已|共有|有))"
    # (142宗出让用地中工业用地78宗，…: a counted scope that runs on into its first part's name)
    r"|(?<=\d\s?[万亿]?[个家项户名位所支座条台辆艘套件宗批种])\p{Han}{1,8}?(?<![其当])中" + _SCOPE_RUNS_ON +
    # 融资62宗，…，当中种子轮及天使轮24宗: Hong Kong's 其中
    r"|(?<=[，,；;。]\s{0,2})当中(?=[，,]?\s?\p{Han})"
    # 缓税缓费7.5亿元中，: the amount just stated (2.4亿元经费中，: named by what it is)
    r"|(?<=\d\s?[万亿]?元(?:经费|资金|款项|预算)?)中[，,：:]"
    # 全县共有各级各类学校187所：幼儿园96所、小学62所…: a colon right after a count, then named parts
    r"|(?<=\d\s?[万亿]?[个家项户名位所件座])[：:](?=[^\S\n]?\p{Han}{1,12}?\d)"
    # 龙头企业53家（国家级2家、省级14家、市级37家）: a bracket right after a figure, then named parts
    # (not a previous value, a change, a share, a target or a conversion: （上年同期为…）, （约合…）)
    rf"|{_BRACKET_OPENER}"
    # 创造2430个职位，包括1865个全职职位及656个兼职职位: the parts it includes
    r"|(?<=[，,]\s{0,2})包括(?=[^\S\n]?\d|\p{Han}{2,12}\d|\p{Han}{1,6}(?:、\p{Han}{1,6}){1,4}\d)"  # (包括回收便利点812个、…; 包括购买、建造自住住房x)
    r"|在\p{Han}{2,12}?中[，,：:]"
    # 税收收入中，增值税…: a sentence that opens on the name of an earlier figure (see _scope)
    r"|(?<=[。！？!?；;\n]\s{0,4})(?P<scope>\p{Han}{2,10}?)中[，,：:]"
    # (岁入中补助及协助收入x，…: or runs on into the first part's name, no comma; the total must bear the name)
    r"|(?<=[。！？!?；;\n]\s{0,4}|(?:指出|表示|介绍|显示)[，,：:]\s{0,2})(?P<scope>\p{Han}{2,4}?)(?<![其当])中" + _SCOPE_RUNS_ON +
    # (出口量方面，电辅车41.3万辆、传统自行车57.3万辆: the measure's parts, its total stated before)
    r"|(?<=[。！？!?；;\n]\s{0,4})(?P<scope>\p{Han}{2,10}?)方面[，,：:]"
    # (加工贸易项下，出口x，…；进口y: the parts of the trade the scope names)
    r"|(?<=[。！？!?；;\n]\s{0,4})(?P<scope>\p{Han}{2,10}?)项下[，,：:]"
    # (营业收入合计52.4亿元，具体为：建筑钢结构收入x、桥梁钢结构收入y…: the parts it is made of, in detail)
    r"|(?<=[，,：:]\s{0,2})具体(?:为|是|包括|如下)[：:]?(?=[^\S\n]?[“\"]?\p{Han}{2})"
    # 工程总投资2.14亿元，资金来源为：中央预算内投资x，… (资金来源中，…): the sources of the total before, named
    rf"|(?<=[，,]\s{{0,2}})(?:{SOURCES.pattern})(?:(?<!中)[：:]?|(?<=中)[，,：:])(?=\p{{Han}}{{2}})"
    # 合同外资额合计4600万美元，分别为A项目3000万美元和B项目1800万美元: named parts after 分别为
    # (a bare run of figures after it, 分别为x、y, is distributions.py's)
    # (or what each goes to: 补助资金23600万元，分别用于产业发展14160万元、…)
    r"|(?<=[，,：:]\s{0,2})分别(?:为|是|用于|投向|投入|安排用于)[：:]?(?=[“\"]?\p{Han}{2})"  # (分别为：教育x，…)
    # (or with no 分别, right after an amount, its uses each with its own: 专项资金1500万元，用于种球补贴620万元、…)
    r"|(?<=\d\s?[万亿]?元[，,]\s{0,2})用于(?=\p{Han}{2,16}?\d)"
    # (or after the name of what is listed: 出口额x，…，出口市场分别为内地a、东盟b…)
    r"|(?<=[，,]\s{0,2}\p{Han}{2,4}(?:市场|渠道|来源|去向|用途|方向))分别(?:为|是)(?=\p{Han}{2})"
    # (or who did how much of it: 送检血样7,460份，分别由A检测4,180份、B检测3,280份)
    r"|(?<=[，,]\s{0,2})分别由(?=\p{Han}{2,30}?(?:检测|完成|承担|承办|办理|处理|实施|受理|承建|采集|接待|收购)[^\S\n]?\d)"
    # (or a class named by a grade it opens on: 新投运变电站27座，分别为500千伏变电站3座、220千伏变电站9座…)
    r"|(?<=[，,：:]\s{0,2})分别(?:为|是)(?=\d{1,4}(?:千伏|kV|千瓦|万千瓦|兆瓦|万吨级|吨级)\p{Han}{2})"
    # (or counts that name their kind after the classifier: 以38艘船只提供服务，分别为26艘普通渡轮及12艘高速船)
    r"|(?<=[，,：:]\s{0,2})分别(?:为|是)(?=[^\S\n]?\d[\d,.]*万?(?:[个家艘辆台套所座名位户项件条只架间张]|人次)(?![和及与、，,])\p{Han}{2})"
    # (or where they lie: 登录果园186处，分布于A乡97处、B乡58处…; 基地186个，分别位于A省142个、…)
    r"|(?<=\d\s?[万亿]?[个家项户名位所处座件]\p{Han}{0,12}[，,]\s{0,2})(?:分布(?:于|在)|分别位于)(?=\p{Han}{1,8}?\d)"
    # 总经费5,400万元，由农粮署补助3,600万元、县府配合1,080万元…: the funders of an amount, each with its share
    rf"|{_FUNDED_BY}"
)
_SCOPE_REACH = 600  # a total a scope names is read back this far, two paragraphs at most
# What a scope opener holds when it also hangs on a count (签约项目中，: 项|目中，).
_HANGS = regex.compile(r"(?:[个家项户人名位所]|(?<=\d\s?[万亿]?)[支座条台辆艘套件宗批种])\p{Han}{1,8}?中[，,：:]?$")
# Every opener ends with one of these and is at most 16 long (在 + 12 + 中，).
_OPENER_END = regex.compile(r"其中|(?<=\d\s?[万亿]?[个家项户名位所件座])[：:]|" + _AFTER_A_FIGURE + r"[（(]|(?<=[，,；;。]\s{0,2})当中|(?:[看分中]|分析|分类|观察|而言|方面|项下|(?<=[按依]\p{Han}{1,6})(?:别|比例)|(?<=[按依]\p{Han}{1,6}分)级|(?<=[按依]\p{Han}{1,6})(?<![价比径统])统?计|(?<=来源|结构|构成|投向|用途|类别|筹措|筹集)上)[，,：:]|(?<=\d\s?[万亿]?[个家项户人名位所支座条台辆艘套件宗批种]\p{Han}{1,8}?)(?<![其当])中(?![标心央国小学期旬部层外间东西南北断止转试奖选签])|(?<=分)别[为是]|(?<=分别(?:[为是]|用于|投向|投入|安排用于))[：:]|(?<=(?:[。！？!?；;\n]\s{0,4}|(?:指出|表示|介绍|显示)[，,：:]\s{0,2})\p{Han}{2,4}?)(?<![其当])中(?![标心央国小学期旬部层外间东西南北断止转试奖选签])|(?<=分别)(?:用于|投向|投入|安排用于|由)|(?<=具体)(?:为|是|包括|如下)[：:]?|(?<=元[，,]\s{0,2})用于|(?<=包)括|(?<=来源)(?:为|是|包括)(?:[：:]|(?=\p{Han}))|(?<=分布)[于在]|(?<=分别位)于|" + _FUNDED_BY_END)
_OPENER_LONGEST = 16

# An amount that bounds a kind of thing rather than sums to anything: 10亿元以上|项目.
_KIND_AFTER_BOUND = regex.compile(r"(?<=以上|以下)(?:的)?(?:重大|重点|大)?(?:项目|企业|工程|产业|客户)")
_KIND_AFTER_RANGE = regex.compile(r"(?:之间)?(?:的)?(?:重大|重点|大)?(?:项目|企业|工程|产业|客户)")
# 销售额超过500万元的重点纳税人: a bound said before the amount, the kind it bounds after 的
_BOUND_BEFORE = regex.compile(r"超过|超|逾|高于|低于|不低于|不少于|不到|不足")
_KIND_AFTER_BOUNDED = regex.compile(r"的(?:重大|重点|大)?(?:项目|企业|工程|产业|客户|纳税人|纳税户|商户|单位)")


def _with_people_joined(text: str, listed: list[_Slot], following: list[_Slot], first: _Slot,
                        limit: int) -> list[_Slot]:
    """``listed`` with the people counted by another classifier that a 、 joins to a part on each side
    (生产人员6,120人、技术人员1,380名、销售人员540人: one list, 名 among 人)."""
    if first.figure.kind != "count" or len(listed) < 2:
        return listed
    taken = {id(s) for s in listed}
    joined = [s for s in following if s.start < limit and id(s) not in taken and not s.same_measure(first)
              and s.people_alike(first)
              and any(_PEOPLE_JOINED.fullmatch(text, a.end, s.start) for a in listed if a.end <= s.start)
              and any(_PEOPLE_JOINED.fullmatch(text, s.end, b.start) for b in listed if b.start >= s.end)]
    return sorted(listed + joined, key=lambda s: s.start) if joined else listed


_PEOPLE_JOINED = regex.compile(r"、[^，,。；;、\d]{0,16}")


def _summable(text: str, s: _Slot, roles: tuple[str, ...] = _NOT_PARTS) -> bool:
    """May ``s`` be a total or a part?  Not a rate, not a figure cast in another role (one
    of ``roles``), not the bound in a kind's name (其中，10亿元以上项目3个: the 10亿 adds to nothing)."""
    return (s.figure.kind != "percent" and s.fields.get("role") not in roles
            and not _KIND_AFTER_BOUND.match(text, s.end) and not _PER_UNIT.search(text, max(0, s.start - 16), s.start)
            and not (s.figure.value_max is not None and _KIND_AFTER_RANGE.match(text, s.end))  # 1亿元至10亿元|项目
            and not (_BOUND_BEFORE.match(s.figure.text) and _KIND_AFTER_BOUNDED.match(text, s.end))
            and not _PLAN_AFTER_RATE.search(text, max(0, s.start - 12), s.start)  # (开工率90.5%（年度计划为42个）)
            and not _BASE_OF_MULTIPLE.match(text, s.end))  # (赔款为上年全年704.8万元的4.3倍: a base, no part)


# （上一产季电商销售|7.98亿元，占比28.6%）: an aside on the period before, whose figures are of no list of this one's
_PERIOD_BEFORE_ASIDE = regex.compile(rf"[（(]\s*(?:{PREVIOUS_SPAN}|上年|去年|上月|上季度?|同期)[^（()）]*$")
_FIRST_ITEM_REACH = 24  # (the first item of a classification names itself within this many characters)
_PLAN_AFTER_RATE = regex.compile(r"%" + PLAN_IN_BRACKETS.pattern + "$")
_BASE_OF_MULTIPLE = regex.compile(r"的[\d.一二两三四五六七八九十]+倍")


# 按每亩118元的标准: a rate per unit adds to no total
# (（每家2万元）: a reward per member)
_PER_UNIT = regex.compile(r"每(?:亩|人|生|户|吨|头|公顷|平方米|千瓦时|家|个|项|名|位|场|次|所|座|套|件|台|辆|餐|份|单|笔)(?:每年|每月)?(?:补贴|奖励|奖补)?(?:为|达)?$"
                          r"|每(?:人|户|家|名|位)(?:可获得?|可领取?|获得?|领取)\p{Han}{0,6}$"  # (每人可获特惠金33万港元)
                          r"|每(?:\d+|[十百千])?股[^，,。；;\d]{0,10}$"  # (每10股派发现金红利6元, 即每股0.6元: per share)
                          r"|(?:[亩人户家村床吨件笔]均|平均)\p{Han}{0,6}?(?:为|达到?)?$"  # (亩均投入约3000元: an average)
                          r"|单个\p{Han}{1,6}?(?:为|在|达到?)?$")  # (单个小区改造投资在300万元至1,500万元之间: one of them)
_RAISED_PER_UNIT = regex.compile(r"每\p{Han}{1,4}?[\d.,]+[万亿]?元(?:/\p{Han})?(?:提高|增加|上调|调整|提升)(?:到|至|为)\s*$")
# A classification's clause that opens on a scope (已完工的8,436户中，): the scope is the list's own opener.
_SCOPE_OPENS = regex.compile(r"\s*[^，,。；;：:\d]{0,12}?[\d.,]+\s?[万亿]?[个家项户人名位所][^，,。；;\d]{0,8}?中[，,]")
_LAST_OPENER_END_OR_STOP = regex.compile(rf"(?P<stop>{_FULL_STOP.pattern})|{_OPENER_END.pattern}", flags=regex.REVERSE)

_CLAUSE_TAIL = regex.compile(r"[^，,。；;！？!?\n]*")
# What one part is mostly of, in its own clause (其他税项收入72.4亿元，主要为职业税…): no word on the list.
# (or why it moved: 按年下跌2.1%，主要受香港银行同业拆息回落影响)
_ITEM_ASIDE = regex.compile(r"(?<=\d\s?(?:\p{Han}{0,3}|%)[，,])\s*主要(?:为|是|来自|集中[于在]|受|由于|因|得益于)[^，,；;。]*")
# A bracketed aside (民品典当（黄金珠宝、名表等）: it lists a part's own kinds and says nothing of the list).
ASIDE = regex.compile(r"[（(][^）)]*[）)]")
_REST = regex.compile(r"其他|其余|其它")  # (a part named so takes the rest of the whole)
# …；涉及收取过高利息的58宗；其余涉及中介收费及其他事宜。: the rest named, with no figure, after the last part
_REST_UNCOUNTED = regex.compile(r"[^。！？!?\d]{0,30}?[，,；;]\s*(?:其余|其他|其它|余下|另有)[^\d。！？!?；;，,]*(?:[。！？!?；;]|$)")
# 分布在A 11,382个、B 4,156个、|乡镇3,086个: an item of the list whose number no figure reads, counted as the last
_ITEM_UNREAD = regex.compile(r"[、和及与]\s*\p{Han}{1,12}?(?P<number>\d[\d,.]*)\s?[万亿]?(?P<unit>\p{Han})")
# …分别为9,870件、8,215件和6,430件，居前三位: the top few, not all (居全市前两位: of a place named)
_TOP_N_AFTER = regex.compile(r"[，,]?\s*(?:分别)?(?:居|位居|位列|排名|排在|列)(?:全[国省市县区]|同业|行业)?前[二三四五六七八九十两\d]{1,2}(?:位|名)?")
# Parts said to make up a share of the total (经开区…，高新区…，两区合计占全市的72.9%) are some of it.
_SHARE_OF_PARTS = regex.compile(r"[，,；;]\s*\p{Han}{0,4}?(?:合计|共计|总计|合共|一共|总共|共|累计|加起来)占")


def _item_unread(text: str, slots: list[_Slot], last: _Slot) -> bool:
    """Does the list go on after its ``last`` part with an item of the same classifier whose number no
    figure reads (、所辖县市及乡镇3,086个, a count taken for one of places)?"""
    item = _ITEM_UNREAD.match(text, last.end)
    return item is not None and last.figure.kind == "count" and item.group("unit") == last.figure.unit \
        and not any(s.start <= item.start("number") < s.end for s in slots)


def breakdowns(text: str, slots: list[_Slot], context: dict, share_wholes: dict[str, _Slot] | None = None,
               read_shares: frozenset[str] = frozenset()) -> list[Relation]:
    """总数…其中A a, B b…: the parts after the opener against the total before it.

    Openers: 其中; 分产业看 / 按经营地分 / 从贸易方式看; 新引进的41个项目中.  Parts run
    to the end of the full sentence, across ；-separated items (三次产业).

    The text ties a total to its parts (_tied) when the opener hangs on it, or it
    stands in the opener's sentence or in the one right before as the nearest
    figure of the measure, and the parts are named apart.  Any other total is
    read from the context: the nearest earlier figure, paragraphs back, that the
    parts add up to (a headline total, then 分产业看 two paragraphs on); such a
    total confirms the parts and never refutes them.  But the whole a part of a
    classification is a share of (``share_wholes``, by the part's id: 分活动主体看，企业
    经费x，占全省R&D经费的比重为r；…) is the total the classification breaks down; when that
    share was read from the context (``read_shares``, by the part's id: it is there only
    because it agrees), the breakdown is marked ``confirmed``: it may refute a part, but it
    stands only while the share agrees."""
    # The figures that may be a total or a part; the roles set below (total,
    # part) keep a figure among them.
    candidates = [s for s in slots if _summable(text, s)]
    if len(candidates) < 2:  # a total before the opener, a part after it
        return []
    out = []
    # Candidates come in text order: the figures of a stretch of text are a slice found by
    # bisection, not a scan of them all for every opener (a long article has thousands).
    starts = [s.start for s in candidates]
    # a paragraph's start -> the totals its classifications are tied to, the last last (a
    # paragraph may break down an amount and a count: 从资金来源看…按项目类型分，A项目52个、资金x…)
    siblings: dict[int, list[_Slot]] = {}
    planned = [s for s in slots if s.fields.get("role") == "target" and _summable(text, s, _NOT_TOTALS)]
    for m in _openers(text, candidates + planned):  # (a plan may be a total: see _breakdown)
        stop = _FULL_STOP.search(text, m.end())
        stop = stop.start() if stop else len(text)
        if m.group()[-1] in "（(" or IN_OPEN_BRACKET.search(text, max(0, m.start() - _ASIDE_REACH), m.start()):
            close = _CLOSING.search(text, m.end(), stop)  # 拟招收112名（其中4名…），…: the aside's list
            stop = close.start() if close else stop
        opened = m.end()
        following = [s for s in candidates[bisect.bisect_left(starts, opened):bisect.bisect_left(starts, stop)]
                     if not _PERIOD_BEFORE_ASIDE.search(text, max(opened, s.start - _ASIDE_REACH), s.start)]
        if not following:
            continue
        if _CLASSIFICATION.fullmatch(m.group()) and _SCOPE_OPENS.match(text, m.end()):
            continue  # 以兴办方式区分，已完工的8,436户中，A x…: the scope breaks its own total down

        if m.group().startswith("其中") and _PERIOD_AFTER_OPENER.match(text, m.end()) \
                and not _MONTHS_LISTED.match(text, m.end()) and not _QUARTERS_LISTED.match(text, m.end()):
            # 其中第三季度新增34家…: a period within the period, each figure beside its own (not
            # after a category's opener: 以产品别来看，11月A营收x…, 分季度看，一季度…; nor the quarters
            # of a half year listed each with its figure: 上半年累计x，其中第一季度y、第二季度z)
            continue
        # 新开工项目47个，总投资71.9亿元，其中：A项目18个，总投资52.3亿元；B项目29个…: a list of
        # another kind beside the first (amounts beside counts), of as many parts, against its own total.
        # (Counts of other classifiers in one list, 教师76名…200人, are no list of their own; counts of
        # another measure are: 5A级景区2家，接待游客68.7万人次；4A级景区11家，接待游客102.4万人次…)
        firsts = [s for k, s in enumerate(following)
                  if not any(t.figure.kind == s.figure.kind and (s.figure.kind != "count" or t.same_measure(s))
                             for t in following[:k])]
        beside = None  # how many parts the first list has
        paired = None  # and its parts, which name the parts of a list beside it
        # (a 其中 in brackets is an aside on one part: 资助学生5,620名（其中大学新生1,180名）；and so
        # is one after the first part, before any ；: 内地旅客239.1万人次，其中个人游旅客114.5万人次；香港…)
        # (after a classification, 分板块看，…, a 其中 in any item is an aside on that item's figure:
        # A收入x；B收入y，其中出口z；C收入w)
        nested, asides, bracketed = None, [], False
        # (and after a scope, 财产险中，: 车险x；非车险y，其中农业保险z)
        classifies = _CLASSIFICATION.fullmatch(m.group()) is not None or bool(m.groupdict().get("scope"))
        inner = _BREAKDOWN_OPENER.match(text, following[0].end) if not text[m.end():following[0].start].strip() else None
        if inner is not None and _HANGS.search(text, following[0].start, inner.end()):
            continue  # 从基金类型看，58支子基金中，A 17支…: the opener right after opens onto that one's list
        for n in _BREAKDOWN_OPENER.finditer(text, m.end(), stop):
            if n.group()[-1] in "（(":
                # 医院168家（公立医院63家、民营医院105家），基层…: a part's own breakdown in brackets, no
                # list after this one's (_breaks_down_a_part keeps its figures out of this list)
                continue
            if IN_OPEN_BRACKET.search(text, m.end(), n.start()):
                bracketed = True
                continue
            semi = _ITEM_BREAK.search(text, n.end(), stop)
            if (classifies or (not asides and semi is not None and not _ITEM_BREAK.search(text, m.end(), n.start()))) \
                    and any(s.end <= n.start() for s in following):
                asides.append((n.start(), semi.start() if semi is not None else stop))
                continue
            if _aside_of_its_item(text, m, n, following):
                asides.append((n.start(), stop))
                continue
            nested = n
            break
        limit = nested.start() if nested else stop
        if nested:
            # 收入13.7亿元，其中A 5.5亿元；总资产163.7亿元，其中A 68.6亿元: the next item's total
            # stands before its own opener, after the ；that ends this list.
            semi = _LAST_SEMICOLON.search(text, m.end(), nested.start())
            limit = semi.start() if semi else limit
        turn = _TURN.search(text, m.end(), limit)
        resumed = _ITEM_BREAK.search(text, turn.end(), limit) if turn and text[turn.start()] in "，," else None
        if resumed is not None and any(s.start > resumed.end() for s in following if s.start < limit):
            # 当中A x，占…，而标准金额占…逾七成；B y: the turn is an aside in A's ；-item, the list goes on
            asides.append((turn.start(), resumed.start()))
            turn = _TURN.search(text, resumed.end(), limit)
        limit = turn.start() if turn else limit  # 其中A类36所，B类6所，而进入一流学科…95所
        spans = _SPAN_ITEM.search(text, m.end(), limit)
        if spans is not None and not _SPAN_FIRST.match(text, m.end()):
            # 在手订单x，其中储能电池订单y，占…；上半年新签订单z: a ；-item of a span of the year, when the
            # list's first is of none, turns to the flow of that span (not 其中上半年x；下半年y)
            limit = spans.start()
        mixed = _places_alike(text, following, firsts[0], limit, opened)
        if mixed:
            # 其中，县级公立医院4所，…村卫生室268个: one list when it adds up to the total
            found = _breakdown(text, m, firsts[0], _list_items(text, mixed, m.end(), context), True, following, candidates,
                               starts, turn, stop, slots, context, planned=planned)
            if found:
                out += found
                continue
        # (a list of places counted by several classifiers that does not add up: a list of one
        # classifier in it is no breakdown the text ties, 医院168家，基层医疗卫生机构2,604个…)
        loose = bracketed or bool(mixed)
        lead = None  # the first list's total and parts, when the parts add up to it exactly
        ends = {t.end: t for t in following}  # (a figure by where it ends: what a bracket may follow)
        at = bisect.bisect_left(starts, m.start())
        head = candidates[at - 1] if at else None  # the figure the opener follows, the total most often
        for first in firsts:
            listed = [s for s in following if s.same_measure(first) and s.start < limit
                      and not _REFERENCE.search(s.fields.get("indicator") or "")
                      and not _ANAPHORA.search(text, max(0, s.start - 2), s.start)
                      and not _TOTAL_AFTER.search(text, max(0, s.start - 4), s.start)
                      and not _BALANCE.search(s.fields.get("indicator") or "") and not _trailing_cued(text, s, slots)
                      and not _IN_ASIDE.search(text, max(m.end(), s.start - _ASIDE_REACH), s.start)
                      and not _breaks_down_a_part(text, s, ends, m.end())
                      and not _bounds_a_class(text, s, m.end())
                      # (nor a rate per unit, or the one it was raised to: 优待金标准由每户每年12,000元提高到13,500元)
                      and not _PER_UNIT.search(text, max(0, s.start - 16), s.start)
                      and not _RAISED_PER_UNIT.search(text, max(0, s.start - 40), s.start)
                      # (nor a base compared with: 其中就业人口38.87万人，较上季的38.66万人增加…; nor the value
                      # of the year before: 當中財富管理手續費收入12.85億港元，去年同期為10.57億港元)
                      and not (s is not first and (_COMPARED_BASE.search(text, max(0, s.start - 16), s.start)
                                                   or _YEAR_BEFORE_WAS.search(text, max(0, s.start - 10), s.start)))
                      and not any(a <= s.start < b for a, b in asides)
                      and not (_SHARE_WHOLE_BEFORE.search(text, max(0, s.start - 3), s.start)
                               and not _CLAUSE_ENDS.match(text, s.end))
                      # (nor one named inside 占…的: 其中上缴税金x，占全县税收收入79.31亿元的78.4%)
                      and not _whole_of_a_share(text, s)
                      and not (_LARGEST_OF_ITEM.match(text, s.end)
                               and _BY_WHICH.search(text, max(0, s.start - 16), s.start))
                      # (住户存款余额5108.77亿元，比年初增加498.21亿元: a change is no part of a list of levels)
                      # (but an item of a 、 list whose name ends in such a verb: …、温泉民宿集群5.3亿元和温泉主题街区提升
                      # 2.8亿元, a project named by what it does)
                      and (s is first or not _changed(text, s) or _changed(text, first) or _item_named_so(text, s, following))]
            listed = _without_interleaved(_with_people_joined(text, listed, following, first, limit), first)
            # A figure named as a total of its own (…用户总数2.43亿户) is no part: the list ends before it.
            # (not the rest's: 其余创投、投信等子公司合计2.8亿元, its members named before 合计)
            # (nor one named as all of its kind that opens a ；-item: 其中储蓄存款x，占…；各项贷款余额y, the
            # next measure's whole; but 其中本科生x、各类研究生y is a part)
            whole = next((k for k, s in enumerate(listed) if (_OWN_TOTAL.search(s.fields.get("indicator") or "")
                                                               and not _rest_named(text, s) and not _members_counted(text, s))
                          or (k and _EVERY_LEVEL.match(s.fields.get("indicator") or "")
                              and _ITEM_BREAK.search(text, listed[k - 1].end, s.start))
                          # (住房消费类提取x，其中…提取y；非住房消费类提取z: the total's sibling, all not of its kind)
                          or (k and head is not None and _ITEM_BREAK.search(text, listed[k - 1].end, s.start)
                              and _not_of_its_kind(head, s))), None)
            items = listed[:whole] if whole is not None else listed
            parts = _list_items(text, items, m.end(), context, _CLASSIFICATION.fullmatch(m.group()) is not None)
            if len(parts) >= 2 and m.group().startswith("其中") and _ITEM_BREAK.search(text, parts[0].end, parts[1].start) \
                    and _nested_in_an_item(text, candidates, m.start(), parts[0]):
                # 交通基础设施x；社会事业y，其中A项目z；农林水利w: a 其中 inside an item of a ；-list holds that
                # item only (the items after it are the outer list's)
                parts = parts[:1]
            if m.group().endswith("中") and not m.group().endswith(("其中", "当中")) and not m.groupdict().get("scope") \
                    and sum(not _ITEM_BREAK.search(text, m.end(), p.start) for p in parts) < 2 \
                    and not (len(parts) == 2 and _rest_named(text, parts[1])):
                # (23座水库中已完工验收9座，…，在建6座: a scope that runs on into its list holds it in one
                # ；-item; 126个项目中已开工项目104个，开工率x；已竣工项目37个 rates states that overlap)
                continue
            if m.group().rstrip("，,：:").endswith("中") and _stage_rated(text, parts):
                continue
            if _last_a_stage(text, parts, candidates, starts):
                parts = parts[:-1]
            elif _rated_over_the_part_before(text, parts, candidates, starts):
                continue  # 其中专任教师1264人，持有教师资格证的1229人，持证率97.2%: some of the part before
            subtotal = total_after(text, parts[-1], following, slots) if parts else None
            if subtotal is not None:
                # 从来源看，A x、B y，C z，总计t: the total after the parts is theirs (trailing_totals); the
                # items after that subtotal go on with the classification (三项经营性收入合计t；补助收入u，其他收入v:
                # all of them the total before the opener's, when they add up to it: read, it confirms only)
                rest = _items_past_subtotal(text, following, parts, limit)
                # (其中A x、B y、C z；A和B合计t: a subtotal of some of them; the total 其中 opened on is all of
                # them when they add up to it exactly)
                # (so is the total a classification breaks down: 分行业看，A x，B y，C z，D w；A和B合计t; not
                # when the total after is no less than them all, 三者合计t: that one is theirs, mistyped or not)
                all_of_them = not rest and len(parts) >= 3 and (m.group().startswith("其中") or (
                    classifies and subtotal.figure.value < sum(p.figure.value for p in parts)))
                if rest or all_of_them:
                    roles = [p.fields.get("role") for p in parts]
                    found = _breakdown(text, m, first, parts + rest, True, following, candidates, starts, turn, stop,
                                       slots, context, planned=planned)
                    out += found if rest else [r for r in found if r.mode in ("exhaustive", "inferred") and _agrees(r, slots, context)]
                    for p, role in zip(parts, roles):  # (left for the subtotal to take: trailing_totals)
                        if role is None:
                            p.fields.pop("role", None)
                        else:
                            p.fields["role"] = role
                continue
            aside = beside == 1 and len(parts) >= 3 and _aside_count_before(text, paired, parts)
            # (分产品看，A 32台，订单金额x；B 58台，订单金额y；其他产品订单金额z: the rest's item counts nothing)
            rest = beside is not None and len(parts) == beside + 1 and first.figure.kind != firsts[0].figure.kind \
                and _rest_named(text, parts[-1])
            if beside is not None and (len(parts) != beside or (len(parts) < 2 and first.figure.kind == firsts[0].figure.kind)) \
                    and not (beside == 1 and len(parts) >= 2 and first.figure.kind != firsts[0].figure.kind) \
                    and not aside and not rest:
                # (a list of another measure of one kind with the first: a list, not one figure; but a
                # figure of another kind alone before a list is no list: 鞋类出口3.86亿双、132.5亿元；箱包出口38.9亿元…)
                # (nor a count of the first item's own places before a list of three or more: 新建停车库9座、
                # 泊位3,152个；平面停车场42处、泊位5,316个；道路泊位4,126个)
                continue
            named_by = None if aside or rest else paired  # 工业项目28个、总投资x，服务业项目14个、总投资y: each x named by its item
            beside = len(parts) if beside is None else beside
            paired = parts if paired is None else paired
            # 其中，亿元以上项目41个；工业项目52个、服务业项目27个…: a later ；-item that is a list
            # of its own may break the same total down another way, or go on with a list of one
            # (572家医院当中，三级医院82家；二级医院328家，一级医院162家); either is taken only
            # where it adds up to the total: it confirms, never refutes.
            groups = [(parts, False)]
            others = _other_lists(text, items, parts, m.end())
            seconds = _records_seconds(text, [s for s in following if s.same_measure(first) and s.start < limit],
                                       parts, m.end())
            for other in others:
                if len(parts) == 1:
                    # the list of one, gone on (after a classification, it must go on: 从采购方式看，公开招标x，
                    # 占…的r；竞争性磋商y，…: a class of one is none, so it is all of the list, to be checked)
                    # (…；B y，通过z，通过率r: the last item's stage after it is no item)
                    groups.append((_without_its_stage(text, parts + other), not (classifies and other is others[0])))
                groups.append((other, True))
            if seconds:
                groups.append((seconds, True))  # 分险种看，A收入x、支出y；B收入z、支出w: the 支出 add up too
            again = _listed_again(text, [s for s in following if s.same_measure(first) and s.start < limit], parts) \
                if len(parts) >= 2 and classifies else []
            if again:
                groups.append((again, False))  # 分险种看，A、B、C收入分别为x、y和z，支出分别为a、b和c
            # (分环节看，A x，B y，占…的r；C z，D w: a classification's list goes on past the ；, when all of
            # it adds up to the total; then it is that list, not its pieces)
            # (…all its ；-items, longest first: 从资金来源看，A x，占比r；B y，C z；D w，各类资金合计t)
            # (其中，A x，B y，占…的r；C z: a 其中 list too, read so it confirms only)
            items_on = items_after(text, items, parts, m.end()) if classifies or m.group() == "其中" else []
            gone_on = [_without_its_stage(text, parts + [s for item in items_on[:j] for s in item])
                       for j in range(len(items_on), 0, -1) if len(parts) >= 2 or j >= 2]
            for parts, extra in [(g, True) for g in gone_on] + groups:
                found = _breakdown(text, m, parts[0] if parts is again else first, parts, extra, following,
                                   candidates, starts, turn, stop,
                                   slots, context, None if extra or parts is again else named_by, share_wholes,
                                   None if parts is again else siblings,  # (a list again is of its own measure's total)
                                   None if extra or named_by is None or parts is again else lead, read_shares, planned)
                # (全省水路客运量1486.2万人次 in the headline, 完成水路客运量1,486.2万人次 in the body: the body's)
                found = [_of_the_body(text, r, candidates, slots) for r in found]
                if found and any(parts is g for g in gone_on):
                    # (…；D w，各类资金合计t: a total closing the list right after it is the one it names)
                    closing = total_after(text, parts[-1], following, slots)
                    if closing is not None and found[0].total \
                            and closing.figure.value == slots[slots.index_by_id()[found[0].total]].figure.value:
                        closing.fields["role"] = "total"
                        found = [dataclasses.replace(r, total=closing.figure.id) for r in found]
                    out += found
                    break
                if first is firsts[0] and not extra and lead is None:
                    lead = next(((slots[slots.index_by_id()[r.total]], parts) for r in found if r.total and _agrees(
                        dataclasses.replace(r, mode="exhaustive", reason=""), slots, context)), None)
                # (an aside on a part may say the parts overlap: 作为原告的19项（其中含2项…作为被告的
                # 案件），作为被告的11项…合计29项: parts that add up confirm, others refute nothing)
                out += [dataclasses.replace(r, mode="inferred") if loose and not aside and r.mode in ("exhaustive", "subset") else r
                        for r in found]
    return completed_by_a_paired_list(out, slots)


def _items_named_apart(text: str, opened: int, parts: list[_Slot]) -> bool:
    """Does each part stand in a ；-item of its own that names it by words no other item opens on, four
    characters or more, one item at least counting its places beside it (新建立体停车库9座、泊位x；…平面
    停车场42处、泊位y；施划道路临时停车泊位z: each part a 泊位, named apart by its item)?"""
    starts = [opened] + [p.end for p in parts[:-1]]
    if any(_ITEM_BREAK.search(text, a.end, b.start) is None for a, b in zip(parts, parts[1:])):
        return False
    names, counted = [], False
    for start, p in zip(starts, parts):
        item = text[start:p.start]
        cut = _LAST_ITEM_BREAK.search(item)
        item = item[cut.end():] if cut else item
        counted = counted or (p.figure.kind == "count" and _PLACES_COUNTED.search(item) is not None)
        names.append(_NOT_A_NAME.sub("", item))
    # (an item counting its places beside a part that is a count shows the part's own name was cut short;
    # parts named as their whole in items named otherwise, 「A計劃」獲批申請x；「B計劃」獲批申請y, may still
    # overlap, and amounts beside amounts are parallel records: 职工医保基金收入x、支出y；居民…)
    return counted and all(len(n) >= 4 for n in names) and len(set(names)) == len(names)


_LAST_ITEM_BREAK = regex.compile(r".*[;；]", regex.S)
_PLACES_COUNTED = regex.compile(r"\d\s*(?:座|处|个|家|所|栋|幢|间|条)")
_NOT_A_NAME = regex.compile(r"[^\p{Han}]+|[\d.,]+[万亿]?\p{Han}")


def _aside_count_before(text: str, lone: list[_Slot] | None, parts: list[_Slot]) -> bool:
    """Does the lone count of a first list stand in the first item of ``parts``, joined to it by 、
    (新建立体停车库9座、泊位3,152个: the garages built, beside the spaces they hold)?"""
    return bool(lone) and len(lone) == 1 and lone[0].figure.kind == parts[0].figure.kind == "count" \
        and lone[0].end <= parts[0].start and _JOINED_ASIDE.fullmatch(text, lone[0].end, parts[0].start) is not None


_JOINED_ASIDE = regex.compile(r"[、，,]\s*\p{Han}{1,6}")


def _first_of_a_classification(text: str, s: _Slot, candidates: list[_Slot]) -> bool:
    """Is ``s`` the first item of a classification its sentence opens on (从贸易方式看，B2B出口|x)?"""
    opened = _CLASSIFIED.match(text, s.sentence)
    return opened is not None and s.start <= opened.end() + _FIRST_ITEM_REACH \
        and not any(t.same_measure(s) and opened.end() <= t.start < s.start for t in candidates)


def _all_of_them(s: _Slot, parts: list[_Slot]) -> bool:
    """Is ``s`` named as all of what ``parts`` are (各级财政补贴 for 中央财政补贴, 省级财政补贴…)?"""
    shared = _common_suffix([p.fields.get("indicator") or "" for p in parts])
    name = s.fields.get("indicator") or ""
    qualifier = name[:-len(shared)] if len(shared) >= 2 and name.endswith(shared) else None
    return qualifier is not None and (not qualifier or _EVERY_LEVEL.fullmatch(qualifier) is not None)


def _item_named_so(text: str, slot: _Slot, following: list[_Slot]) -> bool:
    """Is ``slot`` joined by 、 or 和 to a figure of its measure right before it, in one list (so the verb
    before it ends its item's name, not a change), or named by an act of upgrading (改造提升)?"""
    k = following.index(slot) if slot in following else 0
    return k > 0 and following[k - 1].same_measure(slot) and not _changed(text, following[k - 1]) \
        and (LISTED.fullmatch(text, following[k - 1].end, slot.start) is not None
             # (新建公厕84座，改造提升242座: 提升 ends an act's name, upgrading, after another's item)
             or _UPGRADED.fullmatch(text, following[k - 1].end, slot.start) is not None)


_UPGRADED = regex.compile(r"[，,；;]\s*(?:改造|整治|扩容|提质|修缮|更新|改建)提升\s*")


def _breakdown(text: str, m: regex.Match, first: _Slot, parts: list[_Slot], extra: bool, following: list[_Slot],
               candidates: list[_Slot], starts: list[int], turn: regex.Match | None, stop: int,
               slots: list[_Slot], context: dict, named_by: list[_Slot] | None = None,
               share_wholes: dict[str, _Slot] | None = None,
               siblings: dict[int, list[_Slot]] | None = None,
               lead: tuple[_Slot, list[_Slot]] | None = None, read_shares: frozenset[str] = frozenset(),
               planned: list[_Slot] = ()) -> list[Relation]:
    """The relation of ``parts`` (a list of ``first``'s measure after the opener ``m``) to
    their total, with the roles it casts; none when no total is found.  An ``extra`` list
    (a later ；-item) is taken only where it adds up to the total.  ``named_by``: the parts
    of the list beside which this one stands, item by item, that name its parts; ``lead``: that
    list's total and parts when they add up to it exactly (then this list is all of its total too);
    ``planned``: the targets of the text that may be totals (never parts)."""
    out: list[Relation] = []
    yearly = bool(parts) and any(p.series for p in parts) and not (
        _CLASSIFICATION.fullmatch(m.group()) and _OTHERS.search(parts[-1].fields.get("indicator") or ""))
    # (months listed with 分别, or spanned: 前三季度…净利润x。分季度看，一至三季度分别实现净利润a、b和c; or
    # quarters each named: 上半年…累计x，其中第一季度y、第二季度z)
    spanned = _MONTHS_LISTED.match(text, m.end()) is not None or _QUARTERS_SPANNED.match(text, m.end()) is not None
    months = yearly and (spanned or all(_QUARTER_NAME.fullmatch(p.fields.get("indicator") or "") for p in parts))
    if not parts or (yearly and not months and not _YEARS_LISTED.match(text, m.end())):
        # 其中…营收分别为9488万元、1.71亿元: one item over several years (but 按合作银行分析，经A、B及C办理的
        # 分别为x、y及z，其余七家合作银行合共w: the items of a classification, the rest closing it; and
        # the years a total adds up, below)
        return []
    if share_wholes and any(any(share_wholes.get(p.figure.id) is q for q in parts) for p in parts):
        # 其中，涉农贷款x，占各项贷款的r；农户贷款y，占涉农贷款的q: a part the text gives as a share of
        # another part is inside it, no sibling to add to it
        return []
    if _shares_over_all(slots, parts):
        return []  # 已兑付资金中，用于A的x，占比78.0%；B获补y，所占比重为52.8%: kinds that overlap
    # The total: the nearest figure of the same measure before the opener,
    # close by, in this paragraph or the one before (an opener such as
    # 从贸易方式看 often starts a paragraph about the headline total).
    paragraph = text.rfind("\n", 0, max(0, text.rfind("\n", 0, m.start()))) + 1
    floor = max(paragraph, m.start() - 200)
    if paragraph > 0 and _CLASSIFICATION.fullmatch(m.group()) and _CLASSIFIED.match(text, paragraph) and not any(
            s.same_measure(first) and floor <= s.start < m.start() for s in candidates):
        # (or the one before that, past a classification of other measures: 验收合格的大棚达2,316座…\n从资金
        # 来源看，省级财政补助x…\n分棚型看，日光温室586座、…; _headline_before ties them)
        floor = max(text.rfind("\n", 0, paragraph - 1) + 1, m.start() - 400)
    # A part of another list may be this one's total when the opener names it (税收收入中，).
    scope = _scope(m.group()) or m.groupdict().get("scope") or ""  # (岁入中补助…: no comma, the group names it)
    if len(scope) >= 2 and paragraph > 0 and not any(
            floor <= s.start < m.start() and s.same_measure(first) and _names(s, scope, text) for s in candidates):
        # (a scope names its total, however far back in the paragraph before the one before: 累计完成投资
        # 27.38亿元…\n…黑臭水体38条…\n已完成的投资中，A x；B y…)
        floor = max(text.rfind("\n", 0, paragraph - 1) + 1, m.start() - _SCOPE_REACH)
    # A figure its sentence gives for the year before (上年同期，A和B分别为…) totals no list of
    # this year's.
    opener_sentence = full_sentence_start(text, m.start())
    last_year = _PREVIOUS_WORD.search(text, opener_sentence, m.start()) is not None
    # (but a 其中 that opens the sentence right after is about that sentence's figures when its
    # 去年 names the period reported on: 去年新增台资项目87个。其中电子资讯类41个…; not a base
    # given for comparison: 上年同期全县工业投资为30亿元。其中，…)
    opens_next = opener_sentence if not text[opener_sentence:m.start()].strip() else None
    # Nor does a change (报名人数增长十余万人) total parts that are no changes.
    # (parts named as the sources of a change break that change down: 比上年末增加3.15万人。其中，
    # 自然增长人口3,928人，净迁入人口27,572人)
    sources = all(_SOURCE_OF_CHANGE.search(p.fields.get("indicator") or "") for p in parts)
    changes = sources or all(_changed(text, p) for p in parts)
    added = _NEWLY_ADDED.search(text, m.end(), parts[-1].start) is not None
    before = m.start()
    # (a part right before a 其中 may be broken down in turn: 欧盟公民23.9万人，其中罗马尼亚…)
    classifying = _CLASSIFICATION.fullmatch(m.group()) is not None
    window = [s for s in candidates[bisect.bisect_left(starts, floor):bisect.bisect_right(starts, before)]
              if s.end <= before and not s.series and (s.fields.get("role") != "part" or _names(s, scope)
                                                       or _HANGS_ON.fullmatch(text, s.end, m.start())
                                                       or _named_in_parts(s, parts) or _named_alike(s, parts)
                                                       or _paragraph_topic(text, s, m.start()))
              and (last_year or not _said_of_the_year_before(text, s, slots)
                   or (opens_next is not None and s.start >= full_sentence_start(text, opens_next - 1)
                       and not _COMPARISON_YEAR.search(text, s.sentence, s.start)))
              and (changes or not _changed(text, s)) and (not sources or _changed(text, s))
              # (nor the base a figure is compared with: 共经营餐厅236间，较去年底的222间净增14间，其中…)
              and (last_year or not _compared_base(text, s))
              # (nor one over a span of months the parts are not of: 首九个月累计38,265亿港元。…9月份输往内地…;
              # but the parts may be the months or quarters of that span, listed: 一至三季度分别…)
              and (spanned or not _spans_other_months(s, first))
              # (nor the whole inside 占…的 of the figure before it: 民营经济增加值x，占全市地区生产总值y的
              # 比重为r。分产业看，… breaks down x, if anything; read by agreement, below, y may still be the total)
              and not _whole_of_a_share(text, s)
              and not _ASIDE_CLOSED.match(text, s.end, before)
              # (nor, for a classification, the first item of another: 从贸易方式看，B2B出口x…。从市场分布看，
              # 对美国、欧盟和东盟出口分别为… are markets of all the exports, not of the B2B ones)
              and not (classifying and _first_of_a_classification(text, s, candidates) and not _all_of_them(s, parts))]
    if sources:  # (the change is cast as the growth's: a role no other total has)
        window += [s for s in slots if floor <= s.start and s.end <= before and s.fields.get("role") == "change"]
        window.sort(key=lambda s: s.start)
    elif not changes:
        # (a plan with no amount done beside it in its sentence: 计划完成投资12.8亿元，比上年实际完成的9.6亿元
        # 增长33.3%。其中，A 4.5亿元、B 5.2亿元…; not 完成X，为目标Y的R%，其中…, where X is the total)
        window += [s for s in planned if floor <= s.start and s.end <= before and not any(
                       t.same_measure(s) and full_sentence_start(text, t.start) == full_sentence_start(text, s.start)
                       for t in candidates)]
        window.sort(key=lambda s: s.start)
    earlier = [s for s in window if s.same_measure(first)]
    # (the figure the opener's paragraph is about, when it opens on its name: of that one, not a
    # larger whole it is a part of)
    earlier = [s for s in earlier if _paragraph_topic(text, s, m.start())][-1:] or earlier
    # (nor what was due, after what was done in its sentence: 乘坐校车学生x，需乘车学生y，覆盖率R。分学段看，… breaks
    # down those who ride)
    earlier = [s for s in earlier if not (DUE.match(s.fields.get("indicator") or "") and any(
        t.sentence == s.sentence and t.start < s.start for t in earlier))]
    if added and earlier and _STOCK_NAMED.search(earlier[-1].fields.get("indicator") or ""):
        # (nor is what the parts newly add a part of the balance before them: 贷款余额3186.5亿元，较年初
        # 增加312.4亿元，其中A、B新增民营企业贷款分别为46.8亿元、38.2亿元)
        return []
    hung = next((s for s in reversed(candidates) if s.end <= before), None)
    if not changes and hung is not None and hung.same_measure(first) and _changed(text, hung) \
            and _HANGS_ON.fullmatch(text, hung.end, before) and sum(p.figure.value for p in parts) == hung.figure.value:
        # 较去年底上升6.9%，增加937亿港元，其中投资回报净额为812亿港元，净供款为125亿港元: the change the
        # 其中 hangs on, when the parts add up to it (常住人口x，比上年末增加y，其中城镇人口z: the level's)
        # exactly (增加0.54亿元，…。其中，A获得2,136万元，B 1,874万元，C 1,352万元 add up to 0.54亿 only
        # rounded: they are some of the level)
        earlier = [hung]
    alike = next((s for s in reversed(window) if s.people_alike(first)), None)
    if alike is not None and earlier and alike.start > earlier[-1].start \
            and full_sentence_start(text, alike.start) == opener_sentence:
        # 共有2,318名毕业生选择升学，…，其中境内升学2,106人: people by 名 in the opener's own
        # sentence, nearer than any counted by 人
        earlier.append(alike)
    if not earlier:
        # 招募了220名参与者，其中145人…，另外的75人: people counted by 名 in the total and 人 in
        # the parts, when no total of the parts' own classifier stands before them.
        earlier = [s for s in window if s.people_alike(first)]
    if not earlier and window and first.figure.kind == "count" and first.figure.unit in _PLACE_UNITS:
        # 全行共有营业网点126个，其中分行7家、支行112家: bodies counted by 个 in the total right
        # before 其中 and by 家 in the parts
        last = window[-1]
        if last.figure.kind == "count" and last.figure.unit in _PLACE_UNITS and _HANGS_ON.fullmatch(
                text, last.end, m.start()):
            earlier = [last]
    if not earlier and extra and len({p.figure.unit for p in parts}) > 1:
        # (a list of places by several classifiers: a total by any of them)
        earlier = [s for s in window if s.figure.kind == "count" and s.figure.unit in _PLACE_UNITS]
    if m.groupdict().get("scope") and any(_names(s, scope, text) for s in earlier):
        earlier = [s for s in earlier if _names(s, scope, text)]  # (岁入中…: of the 岁入, not the 岁出 stated after it)
    total = _likely_total(text, earlier, parts, m.group(), m.start()) if earlier else None
    beside_total = _beside_total(text, slots, lead, parts) if lead is not None else None
    if beside_total is not None:
        total = beside_total  # (see _beside_total)
    # (a total in the first list's total's sentence: 全年实施重点项目24个，…实际完成投资16.35亿元。其中
    # 工业项目11个，完成投资9.86亿元；…: the projects are all of them, so their investment is all of it)
    # (and named as the parts are: 完成投资 over parts of 完成投资, not of 总投资)
    whole_set = beside_total is not None or (lead is not None and total is not None and len(lead[1]) == len(parts)
                                             and total.sentence == lead[0].sentence and all(
                                                 _same_indicator(total.fields.get("indicator"), p.fields.get("indicator"))
                                                 for p in parts))
    # (the months of a quarter or a half named with its total: 第三季…毛收入x。其中，7月、8月及9月分别…)
    # (its full sentence: 前三季度，…营业收入x…；实现净利润y)
    quarter = months and total is not None \
        and _SPAN_OF_MONTHS.search(text, full_sentence_start(text, total.start), total.start) is not None
    if months and not quarter:
        return []  # (累计x。其中，7月、8月及9月分别…: some months of a running total)
    if yearly and not quarter and total is not None and beside_total is None and not _total_cued(text, total):
        # (累计发放1.5亿元…带动消费12.6亿元。分期来看，第一期、第二期、第三期分别投放…: the running total)
        total = next((s for s in reversed(earlier) if _total_cued(text, s)
                      and s.figure.value >= max(p.figure.value for p in parts)), total)
    if yearly and not quarter and (total is None or not _total_cued(text, total)):
        return []  # (累计投入28.60亿元。其中，2022年、2023年、2024年分别投入…: the years of a running total)
    if total is not None and any(_opposite_measure(total.fields.get("indicator") or "", p.fields.get("indicator") or "")
                                 for p in parts):
        return []  # (从商品看，出口机电产品x；进口集成电路y: no parts of the exports before)
    if m.group("scope") is not None and (total is None or not _names(total, scope, text)) \
            and not _HANGS.search(m.group()):
        return []  # 调研中，… names no figure: nothing here is broken down
    if extra and (total is None or not _agrees(Relation(
            "breakdown", None, total=total.figure.id, inputs=tuple(p.figure.id for p in parts),
            mode="exhaustive"), slots, context)):
        return []
    if total is not None:
        parts = _before_a_parallel_total(text, slots, total, parts)
        # a figure after the first larger than the total is no part of it: the list has gone on
        # to another measure (总投资12亿元，其中固定资产投资9.6亿元，年产值可达25亿元，年纳税1.8亿元;
        # a first part larger than a total stated as such is the text's error: 共有215家，其中236家)
        larger = next((k for k, p in enumerate(parts) if k and p.figure.value > total.figure.value), None)
        parts = parts if larger is None else parts[:larger]
        parts = _summed_before_item_break(text, total, parts)
        if not _DAILY.match(total.fields.get("indicator") or ""):
            # (nor a daily average after the parts: 其中，A发送旅客x，B y，C z，日均发送旅客w)
            parts = [p for p in parts if not _DAILY.match(p.fields.get("indicator") or "")]
        parts, sibling_sum = _siblings_summed(text, slots, total, parts, context)
        if sibling_sum is not None:
            out.append(sibling_sum)
    if len(parts) == 1 and total is not None:
        # 292家重点排放单位中，290家…；另有2家…: one part, and the rest after 另有 (when they add up)
        parts = parts + _more_parts(text, turn, stop, following, first, total, parts, slots, context)
    if len(parts) < 2:
        if total is not None and m.group() == "其中":  # 其中省外资金19.9亿元: a subset of the total
            for p in parts:
                # (not a change of another measure: 其中，过夜游客…，人均花费较去年同期增加63元)
                if not _changed(text, p) or changes and _changed(text, total):
                    p.fields.setdefault("role", "part")
        return out
    inputs = tuple(p.figure.id for p in parts)
    # (a list of an extra ；-item is taken only where it adds up: it confirms, never refutes)
    mode, read, confirmed = ("inferred" if extra else ""), None, None
    paired = named_by is not None and len(named_by) == len(parts) and _named_apart(named_by)
    numbered = _numbered_members(text[m.end():parts[0].start], parts)  # (A、B、C三大片区分别…: all of them)
    # (years or phases name their parts: 第一期x、第二期y; so do ；-items that each open on a name of their own)
    # (only where nothing of the measure follows in the sentence: there the list may go on, 产值4.6亿元 left out)
    items_apart = _items_named_apart(text, m.end(), parts) and not any(
        s.same_measure(parts[-1]) and s.start > parts[-1].end and not _FULL_STOP.search(text, parts[-1].end, s.start)
        for s in following)
    # (a classification by 按, 分 or 依 naming each class once in a 分别 list, the parts counting the noun of a total
    # in the full sentence right before, in its paragraph: 累计接待读者x…。按书房类型分，社区书房、园区书房…分别接待读者a、b…)
    named = paired or _named_apart(parts) or yearly or numbered or items_apart \
        or (classifying and m.group()[:1] in _CLOSED_BY and "分别" in text[m.end():parts[0].start]
            and _placed_apart(parts) and total is not None and total.figure.of == parts[0].figure.of
            and "\n" not in text[total.end:m.start()]
            and full_sentence_start(text, total.start) == full_sentence_start(text, opener_sentence - 1))
    if total is not None and beside_total is None and _CLASSIFICATION.fullmatch(m.group()) \
            and sum(p.figure.value for p in parts) * 4 > total.figure.value * 5:
        # 计划总投资28.6亿元…累计完成投资15.84亿元…。从资金来源看，a、b、c，其余d: a classification's parts far
        # above the nearest figure are of a larger one nearby they come within a tenth of (the plan the sources
        # fund; not a 其中's, whose total is the figure it follows: a part raised above it is the text's error)
        total = _overflowed_by(parts, [*candidates, *planned], floor, m.start()) or total
        if sum(p.figure.value for p in parts) * 4 > total.figure.value * 5 and _SHARE_RIGHT_AFTER.match(text, total.end) \
                and _qualified_apart(total, parts):
            # 线上销售额1.93亿元，占销售总额的13.0%。分品类看，A、B、C销售额分别为…: a class of the whole (online),
            # itself a share of it, not the whole (营业收入x。…分地区看，境内、境外收入分别为… may be the text's error)
            return []
    elif total is not None and beside_total is None and _CLASSIFICATION.fullmatch(m.group()) \
            and total.sentence != parts[0].sentence and sum(p.figure.value for p in parts) * 2 < total.figure.value:
        # 认定高新技术企业4,286家…。截至年底…达18,352家…。\n分领域看，a、b、c…: parts far below the nearest total
        # a paragraph back are of an earlier one they come within a tenth of (the year's new, not the stock)
        total = _overflowed_by(parts, candidates, floor, m.start()) or total
    tied = 2 if beside_total is not None else _tied(text, total, m, parts, candidates) if total is not None else 0
    classifies = _CLASSIFICATION.fullmatch(m.group()) is not None
    if tied < 2 and classifies:
        structured = _structure_total(text, m, parts, candidates)
        if structured is not None:
            total, tied = structured, 2
    by_share = None
    if tied < 2 and share_wholes and classifies:
        whole = _whole_of_shares(parts, share_wholes, m.start())
        if whole is not None and whole.same_measure(first):
            total, tied, by_share = whole, 2, whole
            # (信用贷款余额x，占比r: a whole read because r agrees with it, which the parts then test)
            confirmed = whole if any(p.figure.id in read_shares for p in parts) else None
    here = paragraph_start(text, m.start(), PHRASE_REACH)
    sibling = next((s for s in reversed(siblings.get(here, ())) if s.same_measure(first)), None) \
        if siblings is not None and classifies else None
    sibling_over = False
    if sibling is None and siblings is not None and classifies and here > 0 and not text[here:m.start()].strip(" \t\u3000"):
        # 从资金来源看，…\n分工程类别看，…: a paragraph that opens on a classification, right after one that
        # opened on another, classifies the same total (all of the headline's investment, by another cut)
        before = paragraph_start(text, here - 1, PHRASE_REACH)
        opens = before + len(text[before:here]) - len(text[before:here].lstrip(" \t\u3000"))
        # (and the parts come within a tenth of it: 从税种结构看, after 分园区看 of the parks' output, classifies
        # the taxes, another total of the headline's)
        summed = sum(p.figure.value for p in parts)
        # (or one that opened on its total, which a 其中 broke down: …实现跨境电商进出口额x…。其中，出口y，进口z。\n
        # 分模式看，A、B和C分别实现a、b和c)
        # (only when no other figure before is a total of the parts: 累计核销消费券2889万元…\n从券种看，…分别核销)
        key = before if _CLASSIFICATION.match(text, opens) is not None else \
            ("headline", before) if total is None or total.fields.get("role") == "part" else None
        sibling = next((s for s in reversed(siblings.get(key, ())) if s.same_measure(first)
                        and _near_sibling(summed, s)), None)
        sibling_over = sibling is not None and summed > sibling.figure.value  # (see overlap, below)
    # (a total tied by the text that the parts overflow is a class of the whole, the sibling the
    # whole: 投资超10亿元的项目12个…。从项目来源地看，珠三角11个，长三角8个…)
    overflowed = tied == 2 and sibling is not None and sibling is not total and total.figure.value_max is None \
        and sum(p.figure.value for p in parts) > total.figure.value
    if (tied < 2 or overflowed) and sibling is not None and sibling.same_measure(first) and named \
            and (sibling.figure.value >= max(p.figure.value for p in parts)
                 # (smaller than a part, a total of the parts' measure is still theirs: the text's error)
                 or all((p.fields.get("indicator") or "").endswith((sibling.fields.get("indicator") or "\0")[-2:])
                        for p in parts)):
        # 分产品看，A x，占营业收入的r；B y；C z。分地区看，省内w，省外v: a second classification in the
        # paragraph breaks down the total the first is tied to
        total, tied = sibling, 2
    by_sibling = total is sibling
    # (parts well above a total a paragraph apart (more than a mistyped part would make), tied to them by
    # another classification of it or by one part's share only: classes that overlap, unless presented as
    # all of it (从受益主体看，小微企业…享受减免及退税x，占总额的r；制造业企业…y; but 分地区看，境内、境外收入
    # 分别为x和y above the revenue is the text's error)
    overlap = total is not None and (sibling_over if by_sibling else total is by_share) \
        and paragraph_start(text, total.start, PHRASE_REACH) != here \
        and (sum(p.figure.value for p in parts) - total.figure.value) * 100 > total.figure.value * 3
    if tied < 2 and (not tied or not _agrees(Relation("breakdown", None, total=total.figure.id, inputs=inputs,
                                                      mode="exhaustive"), slots, context)):
        # Unless tied in one sentence, a figure nearby that the parts add up to is the
        # total they break down (高新技术企业营业收入530.2亿元 stands between the
        # headline total and 分行业看).
        # (a plan read too when the parts add up to it: 计划投资12.68亿元，已完成投资9.47亿元。从资金来源看，…)
        # (not a target inside its completion claim: 征收矿业税费4.96亿元，完成年度计划4.5亿元的110.2%。其中…
        # breaks down what was levied)
        readable = sorted([*candidates, *(p for p in planned if all(p is not c for c in candidates)
                                          and not _COMPLETED_OF.match(text, p.end))], key=lambda s: s.start)
        read = _read_total(text, readable, parts, m.start(), inputs, slots, context, grouped=not named) \
            if named or _placed_apart(parts) else None
        if read is not None and not (tied and read is total):
            total, mode = read, "inferred"
        elif total is None:
            return []
        elif not tied and (paired or not _two_digits_swapped(total, parts)):
            # (a list two swapped digits off the total is tied by that: 18.74、27.36和16.78 for 63.15; a list
            # paired with counts is judged by them, completed_by_a_paired_list)
            mode = "inferred"
    members_listed = _members_listed(text, total, parts)  # (茶叶、竹制品、山核桃三大特色产品…x，其中…: all of them)
    if not mode and beside_total is None \
            and (not named or (not paired and not by_sibling and not (classifies and m.group()[:1] in _CLOSED_BY)
                               and not _enumerated_near_total(text, total, parts) and _named_as_whole(total, parts)
                               and not items_apart)) \
            and not (len(parts) == 2 and _rest_named(text, parts[1])) and not members_listed:
        # 15名送医人员中，5人…，5人…，5人…: parts without names of their own may be
        # conditions that overlap (12家卫视…，24家卫视…), and so may parts named as the
        # whole is (22家平台中，…18家，12家平台…; 83名留学生，其中58名留学生…，…53名):
        # they confirm, never refute.  (Not a part and the rest: 46个项目中已完工38个，…，其余8个项目; nor kinds
        # enumerated by 、 that come just short of the total or just over it, one mistyped: 共涉及项目1,268项，
        # 其中上调价格项目843项、下调价格项目279项、新增项目128项; nor the
        # named classes of a classification by 分, 按 or 依, one class each: 新增公办学位x。分学段看，小学学位y、…
        # 普通高中学位z; 从客源结构看，过夜游客x…县外游客y may overlap)
        mode = "inferred"
    if "签约" in (total.fields.get("indicator") or "") and all(
            _LATER_STAGE.match(p.fields.get("indicator") or "") for p in parts):
        return []  # 新签约项目23个…；新开工项目14个，竣工投产项目9个: stages the projects reach later, no classes
    unsummable = context.get("not_summable", ())
    if total.figure.kind == "count":
        # (18种蔬菜中，价格上涨的有11种…: a count is never a price; a price word says which are counted)
        unsummable = tuple(w for w in unsummable if "价" not in w and w != "指数")
    whole = total.fields.get("indicator") or ""
    if _unsummable(whole, unsummable) or whole and any(
            _unsummable(p.fields.get("indicator"), unsummable) and not _unsummable(whole, unsummable) for p in parts):
        # (城镇居民人均可支配收入41,280元，农村居民人均… are no parts of 一般公共预算收入: per-head
        # values add to nothing; but parts per week may add to a total per week left unnamed)
        return []
    if not mode and (whole_set or sum(p.figure.value for p in parts) > total.figure.value) and not _agrees(
            Relation("breakdown", None, total=total.figure.id, inputs=inputs, mode="exhaustive"), slots, context):
        # 分行业看，工业项目…完成投资151.36亿元；…: parts held to be all of the total tied to them (paired
        # with a complete list), or more than it, that add up exactly to another figure of their measure
        # nearby (累计完成投资347.82亿元, not 总投资) are of that one
        read = _read_total(text, candidates, parts, m.start(), inputs, slots, context, grouped=True)
        if read is not None and read is not total:
            total, mode = read, "inferred"
        else:
            read = None
    elif not mode and classifies and total.sentence != first.sentence \
            and sum(p.figure.value for p in parts) < total.figure.value:
        # (全省人身险公司保费收入416.7亿元 stands between the company's 总保费收入60.84亿元 and 从业务结构看，
        # 新单保费x；续期保费y: a classification whose parts add up exactly to an earlier figure of their
        # measure is of that one, not of a larger whole nearer it)
        exact = _read_total(text, candidates, parts, m.start(), inputs, slots, context, grouped=True)
        if exact is not None and exact is not total and exact.figure.value == sum(p.figure.value for p in parts):
            total = exact
    more = _more_parts(text, turn, stop, following, first, total, parts, slots, context) \
        or _item_after_comma(text, stop, following, first, total, parts, slots, context)
    if more:
        parts = parts + more  # 其中A 74家、B 58家；另有C 31家，其他23家: the parts go on after 另有
        inputs = tuple(p.figure.id for p in parts)
    if total.fields.get("role") not in ("change", "target"):
        total.fields["role"] = "total"
    for p in parts:
        p.fields["role"] = "part"
    # (what ends the list: 等 right after its last part, not the next clause's 主要 or 部分)
    segment = text[m.start():parts[-1].end] + _CLAUSE_TAIL.match(text, parts[-1].end, parts[-1].end + 3).group()
    if _SHARE_OF_PARTS.match(text, parts[-1].end, stop):
        out.append(Relation("breakdown", None, total=total.figure.id, inputs=inputs,
                            reason="the parts together are given as a share of the total, not as all of it"))
    elif (_NON_EXHAUSTIVE.search(_ITEM_ASIDE.sub("", ASIDE.sub("", segment[len(m.group()):])))
          # (but a last part that takes the rest closes the list: 包括A 6套、B 5套，以及…等其他邮品3套)
          and not _REST.search(parts[-1].fields.get("indicator") or "")) or _TOP_N_AFTER.match(text, parts[-1].end) \
            or _REST_UNCOUNTED.match(text, parts[-1].end):
        out.append(Relation("breakdown", None, total=total.figure.id, inputs=inputs,
                            reason="the parts are not presented as exhaustive"))
    elif _item_unread(text, slots, parts[-1]):
        out.append(Relation("breakdown", None, total=total.figure.id, inputs=inputs,
                            reason="the list goes on with a number not read as a part"))
    elif _overlapping([p.fields.get("indicator") or "" for p in parts], context, total.fields.get("indicator") or "") \
            or _nested_sizes(text, parts) or _shares_past_the_total(text, total, parts):
        out.append(Relation("breakdown", None, total=total.figure.id, inputs=inputs,
                            reason="the parts are categories that overlap"))
    elif mode == "inferred" and not tied and not named:
        out.append(Relation("breakdown", None, total=total.figure.id, inputs=inputs,
                            reason="neither the text nor names tie the parts to the total"))
    elif mode:
        out.append(Relation("breakdown", None, total=total.figure.id, inputs=inputs, mode=mode))
        if classifies and siblings is not None and read is not None:
            siblings.setdefault(here, []).append(total)  # (read because they add up to it: all of it)
    else:
        # (a 分别 counts only before the first part: 度假和商旅则分别录得… covers two of them)
        # (其中A、B分别…far short of the total are some of its parts, the 分别 notwithstanding: 其中金融业、批发和
        # 零售业分别入库x、y, two trades of many)
        complete = whole_set or members_listed or numbered \
            or (_presented_complete(m.group(), text[m.start():parts[0].start],
                                    [p.fields.get("indicator") or "" for p in parts], context)
                and not ((_SCOPE_OPENER.search(m.group()) or _ANALYSED.search(m.group())) and _far_short(total, parts))
                # (分品类看，化妆品x；珠宝首饰y；手表、服装鞋帽和电子产品分别为…: the main kinds of goods, under nine
                # tenths of all the goods sold)
                and not (_KINDS_OF_GOODS.search(m.group()) and sum(p.figure.value for p in parts) * 10
                         < total.figure.value * 9)) \
            or _stated_in_parts(text[total.end:m.start()]) == len(parts) \
            or _named_before_respectively(text[m.start():parts[0].start], total, parts) \
            or (len(parts) >= 2 and all(_ENUMERATED.fullmatch(text, a.end, b.start) for a, b in zip(parts, parts[1:]))
                and not _another_kind(total, parts) and not _far_short(total, parts)
                and not _comma_item_completes(text, stop, following, first, total, parts)) \
            or _kinds_by_commas_all_but_a_typo(text, m, total, parts) \
            or (not paired and _two_digits_swapped(total, parts))
        out.append(Relation("breakdown", None, total=total.figure.id, inputs=inputs,
                            mode="exhaustive" if complete else "inferred" if overlap else "subset",
                            confirmed=total is confirmed))
        if classifies and siblings is not None and (complete or _agrees(
                Relation("breakdown", None, total=total.figure.id, inputs=inputs, mode="exhaustive"), slots, context)):
            siblings.setdefault(here, []).append(total)  # (parts that add up to it are all of it, however presented)
        elif siblings is not None and complete and not classifies and _ITEM_BREAK.search(text, here, total.start) is None \
                and not text[here:full_sentence_start(text, total.start)].strip(" \t\u3000"):
            siblings.setdefault(("headline", here), []).append(total)  # (the total its paragraph opens on)
    return out


# 其中, or the scope of what follows (实物商品中，A、B、C销售额分别为…: some of its kinds, 分别 notwithstanding)
_SCOPE_OPENER = regex.compile(r"^其中|中[，,：:]?\s*$")
# 歲出按政事別分析，A x；B y；C z: an analysis by a cut may name its largest classes only
_ANALYSED = regex.compile(r"分析[，,：:]?\s*$"
                          # (按原产地统计，A x，B y: the origins or destinations of trade, the largest named only)
                          r"|(?:原?产地|目的地|来源地|国别|国家和地区|国家\(地区\)|市场)(?:统计|划分|分|看|来看)[，,：:]?\s*$")
_KINDS_OF_GOODS = regex.compile(r"品类")

_SHARE_RIGHT_AFTER = regex.compile(r"[，,]\s*占")


_DAILY = regex.compile(r"日均|月均|周均|场均")
_COMPLETED_OF = regex.compile(r"\s*的\s*\d+(?:\.\d+)?%")


def _items_past_subtotal(text: str, following: list[_Slot], parts: list[_Slot], limit: int) -> list[_Slot]:
    """The first figure of each ；-item after the subtotal that follows ``parts`` (of their measure,
    before ``limit``), as long as the list goes on."""
    after = [s for s in following if s.start > parts[-1].end and s.start < limit and s.same_measure(parts[0])]
    if len(after) < 2:
        return []
    rest = []
    for s in after[1:]:  # (after[0] is the subtotal; then ；, and the items after it by ， or ；)
        gap = text[(rest[-1] if rest else after[0]).end:s.start]
        if s.fields.get("role") or not (_ITEM_BREAK.search(gap) or (rest and ("，" in gap or "," in gap))) \
                or _FULL_STOP.search(gap):
            break
        rest.append(s)
    return rest



def _qualified_apart(total: _Slot, parts: list[_Slot]) -> bool:
    """Is ``total`` named as the parts' shared measure with a qualifier none of them bears (线上|销售额
    against 黄金珠宝销售额, 家电数码销售额): one class of the whole they break down?"""
    # (a 分别 list's items may carry the measure on the last alone: 黄金珠宝、家电数码、化妆品销售额)
    last = parts[-1].fields.get("indicator") or ""
    name = total.fields.get("indicator") or ""
    shared = next((last[-n:] for n in range(min(len(last), len(name)) - 2, 1, -1) if name.endswith(last[-n:])), "")
    if not shared:
        return False
    qualifier = name[:-len(shared)]
    return not any(qualifier in (p.fields.get("indicator") or "") for p in parts)


def _nested_in_an_item(text: str, candidates: list[_Slot], opened: int, part: _Slot) -> bool:
    """Is the figure right before the opener at ``opened``, of ``part``'s measure, an item of a
    ；-list its sentence began before it with another of that measure (…交通基础设施38.2亿元；社会事业
    17.3亿元，|其中…; not 总值x…；以美元计，进出口y美元。其中…, a restatement in another currency), or
    the first item of a classification's (分用途看，A x，|其中…；B y)?"""
    hung = next((s for s in reversed(candidates) if s.end <= opened), None)
    if hung is None or not hung.same_measure(part) or _FULL_STOP.search(text, hung.end, opened):
        return False  # (…；报告死亡12例。其中，…: a 其中 opening its sentence is no item's)
    opens = full_sentence_start(text, hung.start)
    semi = _LAST_SEMICOLON.search(text, opens, hung.start)
    if semi is None:
        # (分用途看，A x，占…，|其中…；B y；C z: the first item of a classification's ；-list)
        classified = _CLASSIFICATION.search(text, opens, hung.start)
        stop = _FULL_STOP.search(text, part.end)
        return classified is not None and _ITEM_BREAK.search(text, opened, part.start) is None \
            and _ITEM_BREAK.search(text, part.end, stop.start() if stop else len(text)) is not None
    return any(opens <= s.start and s.end <= semi.start() and s.same_measure(part) for s in candidates)


def _breaks_down_a_part(text: str, s: _Slot, ends: dict[int, _Slot], opened: int) -> bool:
    """Is ``s`` in brackets opened right after another figure of the list (跨省直接结算19.25万人次
    （住院2.35万人次、门诊16.9万人次）): a breakdown of that part, no part of the list.  ``ends``:
    the list's figures by where they end."""
    bracket = IN_OPEN_BRACKET.search(text, max(opened, s.start - _ASIDE_REACH), s.start)
    before = ends.get(bracket.start()) if bracket is not None else None
    if before is None:
        # (其中，等级民宿86家，甲级、乙级、丙级分别为12家、31家、43家: the kinds of one part, listed after it)
        kinds = _KINDS_OF_PART.search(text, max(opened, s.start - _ASIDE_REACH), s.start)
        before = ends.get(kinds.start()) if kinds is not None else None
        if before is None and kinds is not None:
            # (其余2.07亿元由地方政府分担，A与B分别负担…: the part who bears it is said of)
            before = next((t for t in ends.values() if _BORNE_BY.fullmatch(text, t.end, kinds.start())), None)
        if before is not None and before.same_measure(s) and _more_than_the_part(
                text, before, kinds.start() + kinds.group().rindex("分别"), ends):
            return False  # (其中国家级传承人2名，省级、市级、县级传承人分别为9名、14名、22名: its siblings)
    return before is not None and before.same_measure(s)


_LIST_ENDS = regex.compile(r"[，,。；;：:\n]")


def _more_than_the_part(text: str, part: _Slot, listed_from: int, ends: dict[int, _Slot]) -> bool:
    """Do the figures of the 分别 list from ``listed_from`` add up to more than ``part``, so are
    no kinds of it?  (Counted from the 分别, so every figure of the list gets one answer.)"""
    stop = _LIST_ENDS.search(text, listed_from)
    stop = stop.start() if stop else len(text)
    listed = [t for t in ends.values() if listed_from <= t.start and t.end <= stop and t.same_measure(part)]
    return sum(t.figure.value for t in listed) > part.figure.value


# (高端酒（出厂价600元以上）收入: a bound in an aside inside a name defines the class the name counts)
_BOUND_WORDS = ("以上", "以下", "以内")
_CLOSES_INTO_A_NAME = regex.compile(r"[^（()）]{0,16}[）)]\p{Han}")


def _bounds_a_class(text: str, s: _Slot, opened: int) -> bool:
    return s.figure.text.endswith(_BOUND_WORDS) and _CLOSES_INTO_A_NAME.match(text, s.end) is not None \
        and IN_OPEN_BRACKET.search(text, max(opened, s.start - _ASIDE_REACH), s.start) is not None


# (not the others beside it: 古筝产值x，古琴、琵琶及其他乐器产值分别为…, its siblings)
# (其余x由地方政府分担，A与B分别负担y、z: the bearers of one part, listed after it)
_KINDS_OF_PART = regex.compile(rf"[，,]\s*[^，,。；;：:\d]{{1,12}}[、与和及](?:(?!{_OTHERS.pattern})[^，,。；;：:\d]){{1,24}}"
                               r"分别(?:为|是|有|负担|承担|分担|出资)\s*(?:[\d.,]+\p{Han}{0,3}[、和及与]\s*)*$")
_BORNE_BY = regex.compile(r"由\p{Han}{2,12}(?:负担|承担|分担|出资|筹集)")


def _aside_of_its_item(text: str, m: regex.Match, n: regex.Match, following: list[_Slot]) -> bool:
    """Is the later opener ``n`` an aside on a figure of its own ；-item, of a measure the list
    before that item does not have (…；汽车销售企业9家，销售额4.65亿元，售出汽车1,268辆，其中新能源汽车742辆)?"""
    semi = _LAST_SEMICOLON.search(text, m.end(), n.start())
    if semi is None:
        return False
    nxt = next((s for s in following if s.start >= n.end()), None)
    return nxt is not None and not any(s.same_measure(nxt) for s in following if s.end <= semi.start()) \
        and any(s.same_measure(nxt) for s in following if semi.end() <= s.start < n.start())


# A figure given for comparison is no part: 远高于分析师预期的1.437亿美元 (not a service that forecasts:
# 天气预测、地球物理…的拨款分别为x、y).
_REFERENCE = regex.compile(r"高于|低于|超出|不及|好于|预期|预计|(?<!天气|气象|地震|灾害|水文)预测")
# Nor one that points back (这两家俱乐部), nor another whole (电视剧共计100多部).
_ANAPHORA = regex.compile(r"[这那此该]\Z")
_TOTAL_AFTER = regex.compile(r"共计\s*\Z")
# Nor a difference of two parts: 出口…，进口…，贸易顺差105.2亿元.
_BALANCE = regex.compile(r"顺差|逆差|差额|净流入|净流出")
# 工业项目29个（含亿元以上项目12个）: a part of the item before, in brackets, is no item of the list.
# (the whole aside: （含土地购置1.15亿元、厂房及配套工程3.72亿元、设备购置及安装5.73亿元）)
_IN_ASIDE = regex.compile(r"[（(](?:含|其中|包括|包含)[^（()）]*$")
_ASIDE_REACH = 80
_CLOSING = regex.compile(r"[）)]")
_SHARE_WHOLE_BEFORE = regex.compile(r"占(?:全部|总|全)?$")  # 占758所普通高校的41.16%: a share's whole, no part
_CLAUSE_ENDS = regex.compile(r"\s*[，,；;。]")  # (but A占18,620棵，…: the part A takes, its clause ended)
# (not after 其他: 其他县区合计签约项目18个 is the rest's total, a part)
# (nor a measure whose name holds 总额: 能源类企业实现利润总额x, 城镇消费品零售总额y are parts)
_OWN_TOTAL = regex.compile(r"(?<!(?:其他|其余|其它)[^，,。；;]{0,10})(?:总数|(?<!利润|零售|工资)总额|总量|总计|合计)")  # (其余9个在建项目合计)
# 其中 followed by a period: 其中第三季度…, 其中上半年…, 其中10月份….
_PERIOD_AFTER_OPENER = regex.compile(
    r"[，,：:]?\s*(?:\d{4}年)?(?:第?[一二三四1-4]季度|[上下]半年|前[一二三四五六七八九十\d]{1,2}个?月|\d{1,2}月份?|[一二三四五六七八九十]{1,2}月份?)")
# (but 其中，7月、8月及9月分别录得x、y及z: the months a quarter's total is made of, listed)
_MONTHS_LISTED = regex.compile(r"[，,：:]?\s*(?:\d{1,2}月份?[、和及与]\s*)+\d{1,2}月份?分别")
_SPAN_OF_MONTHS = regex.compile(r"第?[一二三四1-4]季度?|[上下]半年|前三季度?|全年")
_SPAN_ITEM = regex.compile(r"[；;]\s*(?:上半年|下半年|前三季度|全年|今年以来|年内)")
_SPAN_FIRST = regex.compile(r"[，,：:\s]*(?:" + _SPAN_OF_MONTHS.pattern + ")")
_QUARTER_NAME = regex.compile(r"第?[一二三四1-4]季度?")
_QUARTERS_SPANNED = regex.compile(r"[，,：:]?\s*第?[一二三1-3][至到~－-][二三四2-4]季度?分别")
_QUARTERS_LISTED = regex.compile(r"[，,：:]?\s*第?[一二三四1-4]季度?[\d.,]+[万亿]?\p{Han}{0,4}[、，,；;]\s*第?[一二三四1-4]季度?[\d.,]")
# A clause that turns to something else ends a list of parts.
# (and what a project will yield once built: …其中固定资产投资9.6亿元，建成后年产值可达25亿元)
# (and a ；-item of another period: …有30个行业增长；5月当月有31个行业实现增长; or of a stock at a date:
# 新开航线38条，其中…；截至年底，全省机场共运营航线412条)
# 公共福利金计划开支405.13亿港元，以长者生活津贴的259.62亿港元|最多: the largest of an item's kinds, no item
_LARGEST_OF_ITEM = regex.compile(r"\s*(?:为)?(?:最多|最高|最大|居首|为最)")
_BY_WHICH = regex.compile(r"(?<=[，,]\s*)以[^，,；;。]{0,14}$")  # (but A x最多，B y次之: the list's first item)
_TURN = regex.compile(r"[，,；;]\s*(?:而|但|但是|另外|此外|同时|另(?:有|通过|从|争取|筹措|安排)|(?:项目)?(?:全面)?(?:建成|投产|达产|达效|运营)(?:投产)?后|届时)"
                      r"|[；;]\s*(?:\d{1,2}月份?)?当月|[；;]\s*截[至止]")


def _not_of_its_kind(total: _Slot, s: _Slot) -> bool:
    """Is ``s`` named as all that is not of ``total``'s kind (非住房消费类提取 after 住房消费类提取)?"""
    a, b = total.fields.get("indicator") or "", s.fields.get("indicator") or ""
    return len(a) >= 2 and b.startswith("非") and (b[1:] == a or (len(b) >= 4 and a.endswith(b[1:])))


def _whole_of_shares(parts: list[_Slot], share_wholes: dict[str, _Slot], opener: int) -> _Slot | None:
    """The one whole, stated before ``opener``, that parts are given as shares of, and no
    smaller than all of them."""
    wholes = {id(w): w for p in parts if (w := share_wholes.get(p.figure.id)) is not None}
    if len(wholes) != 1:
        return None
    whole = next(iter(wholes.values()))
    if any(_opposite_measure(whole.fields.get("indicator") or "", p.fields.get("indicator") or "") for p in parts):
        return None  # (as in _breakdown)
    return whole if whole.end <= opener and whole.figure.value >= max(p.figure.value for p in parts) else None


def _shares_past_the_total(text: str, total: _Slot, parts: list[_Slot]) -> bool:
    """其中，规模以上酒企产值186.25亿元，占…的89.3%；酱香型白酒产值159.6亿元，占比76.5%: parts each given as a
    share of the total, more than it together, are classes of two cuts of it (by size, by kind)."""
    shares = [_OWN_SHARE_AFTER.match(text, p.end) for p in parts]
    # (the text's own shares past 100%: a part mistyped leaves them below it)
    return len(parts) >= 2 and all(shares) and sum(p.figure.value for p in parts) > total.figure.value \
        and sum(Decimal(m.group("rate")) for m in shares) > 100


_OWN_SHARE_AFTER = regex.compile(r"\s*[，,]\s*(?:占比|占\p{Han}{0,14}?的?(?:比重|比例)?)(?:为|达到?|是)?\s*"
                                 r"(?P<rate>\d{1,3}(?:\.\d{1,3})?)%")


def _of_the_body(text: str, relation: Relation, candidates: list[_Slot], slots) -> Relation:
    """``relation`` with a total read in the headline moved to the body's copy of it, stated before the parts."""
    if relation.total is None or not relation.inputs:
        return relation
    ids = slots.index_by_id()
    total, first = slots[ids[relation.total]], slots[ids[relation.inputs[0]]]
    copy = body_copy(text, [s for s in candidates if s.end <= first.start], total)
    if copy is total:
        return relation
    if total.fields.get("role") == "total":
        total.fields.pop("role")
        copy.fields.setdefault("role", "total")
    return dataclasses.replace(relation, total=copy.figure.id)


def cast_breakdown(total: _Slot, parts: list[_Slot], mode: str = "exhaustive") -> Relation:
    """``total`` and ``parts`` cast in their roles, and the breakdown they make.  A total named by
    nothing takes the name its parts end with (A资金x、B资金y，合计z: 资金)."""
    total.fields["role"] = "total"
    shared = _common_suffix([p.fields.get("indicator") or "" for p in parts])
    if not total.fields.get("indicator") and len(shared) >= 2 and mode == "exhaustive":
        total.fields["indicator"] = shared
    for p in parts:
        p.fields["role"] = "part"
    return Relation("breakdown", None, total=total.figure.id, inputs=tuple(p.figure.id for p in parts), mode=mode)


def _openers(text: str, candidates: list[_Slot]):
    """The breakdown openers that may stand between two candidates of one full
    sentence, as a scan of the whole text finds them.  Every opener ends with
    an _OPENER_END and is at most _OPENER_LONGEST long; none spans a full stop,
    so a full sentence can be scanned alone."""
    low = min(map(_END, candidates))  # an opener starts after a candidate
    stop = -1  # the end of the last full sentence scanned
    for s in sorted(candidates, key=_START):
        if s.start <= stop or s.start < low:
            continue
        # The last opener end or full stop before it; the text before ``low`` was
        # searched for the candidate before it.
        last = _LAST_OPENER_END_OR_STOP.search(text, low, s.start)
        low = s.start - 1
        if last is None or last.lastgroup == "stop":
            continue  # no opener ends in its full sentence before it
        m = _LAST_FULL_STOP.search(text, 0, last.start())
        start = m.end() if m else 0
        m = _FULL_STOP.search(text, s.start)
        stop = m.start() if m else len(text)
        first = _OPENER_END.search(text, start, stop)  # no opener ends before it
        yield from _BREAKDOWN_OPENER.finditer(text, max(start, first.end() - _OPENER_LONGEST), stop)


# （2024年为19.08亿人次），其中…: a figure in an aside (a previous value, a note) that closes
# before the opener; the list breaks down the figure the aside is about.
_ASIDE_CLOSED = regex.compile(r"[^（()）。\n]{0,16}[）)]")


# What parts newly add (新增…分别为), and a balance they are no parts of (贷款余额).
_NEWLY_ADDED = regex.compile(r"新增|新发放|新投放")
_STOCK_NAMED = regex.compile(r"余额|存量")
# What a change comes from: the natural increase and the net flows in (of people, of funds).
_SOURCE_OF_CHANGE = regex.compile(r"自然增长|自然增加|机械增长|净迁入|净流入|净增")


def spans_otherwise(whole: _Slot, part: _Slot) -> bool:
    """Is ``whole`` stated over a span of periods (1至9月: 2025-01/2025-09) the part is not stated over?"""
    return "/" in (whole.figure.period or "") and whole.figure.period != part.figure.period


def _spans_other_months(total: _Slot, part: _Slot) -> bool:
    """Does ``total`` span periods (spans_otherwise) and ``part`` stand for a month or a quarter of
    them (2025-09), not for the year or a span?"""
    period = part.figure.period or ""
    return spans_otherwise(total, part) and "-" in period and "/" not in period


# 其中，2022年、2023年、2024年分别…: the years a running total is made of, listed (or its
# phases: 第一期（3月）、第二期（5月）、第三期（6月）分别投放…)
_PHASE = r"第[一二三四五六七八九十\d]{1,2}[期批轮](?:[（(][^（()）]{1,12}[）)])?"
_YEARS_LISTED = regex.compile(r"[，,：:]?\s*(?:(?:(?:19|20)\d\d年[、和及与]\s*)+(?:19|20)\d\d年(?:度)?"
                              rf"|(?:{_PHASE}[、和及与]\s*)+{_PHASE})分别")


# ，开工率69.1%: a rate named by two characters, right after a figure.
_RATE_AFTER = regex.compile(r"[，,]\s*(\p{Han}{2})率(?:为|达到?|达)?\s*\d+(?:\.\d+)?%")
_YEAR_BEFORE_WAS = regex.compile(r"[，,；;（(]\s*(?:上年同期|去年同期|上年|去年|上一年)(?:为|是)\s*$")
_THE_REST = regex.compile(_OTHERS.pattern + r"|剩余|剩下|未")  # (，其余8个项目; ；尚未开工的2个项目)


def _stage_rated(text: str, parts: list[_Slot]) -> bool:
    """Is a part of a scope's list (N个X中, 其中) followed by the rate of its own stage, and the next
    part no rest of it (68个签约项目中，年内开工项目47个，开工率69.1%，已投产项目23个)?  Such parts are
    stages the projects pass, which overlap: no list.  (46个项目中已完工38个，完工率82.6%，其余8个 is one.)"""
    for p, after in zip(parts, parts[1:]):
        rate = _RATE_AFTER.match(text, p.end)
        if rate is not None and rate.group(1) in (p.fields.get("indicator") or "") \
                and not _THE_REST.search(text, rate.end(), after.start):
            return True
    return False


def _rated_over_the_part_before(text: str, parts: list[_Slot], candidates: list[_Slot], starts: list[int]) -> bool:
    """Is a part followed by a rate that is it over the part before (…1264人，持有教师资格证的1229人，持证率97.2%),
    and not over the two together (就业人口38.87万人，失业人口0.75万人，失业率1.9%)?  Then it is some of the
    part before, and the parts overlap.  Not when the parts add up to the nearest figure of their
    measure before them (参保人数246.9万人，其中在职职工182.4万人，离退休人员64.5万人，制度赡养率为35.4%:
    two classes of the whole, one rated over the other)."""
    if len(parts) < 2:
        return False
    summed = sum(p.figure.value for p in parts)
    whole = _nearest_before(parts, candidates, starts)
    if whole is not None and abs(whole.figure.value - summed) * 1000 <= whole.figure.value:
        return False
    return any(_rated_over(text, before, p) for before, p in zip(parts, parts[1:]))


def _rated_over(text: str, before: _Slot, p: _Slot) -> bool:
    """Is ``p`` followed by a rate that is it over ``before``, and not over the two together?"""
    m = _VALUED_RATE_AFTER.match(text, p.end)
    if m is None or before.figure.value <= 0:
        return False
    rate, half = Decimal(m.group("rate")), Decimal(5) / 10 ** (len(m.group("places") or "") + 1)
    return abs(p.figure.value * 100 / before.figure.value - rate) <= half \
        and abs(p.figure.value * 100 / (before.figure.value + p.figure.value) - rate) > half


def _shares_over_all(slots, parts: list[_Slot]) -> bool:
    """Do the shares the text gives right after the parts, each in its part's sentence, come to more
    than the whole (78.0% and 52.8%): then the parts overlap, and no list breaks a total down."""
    index = slots.index_by_id()
    stated = Decimal(0)
    for p in parts:
        k = index[p.figure.id] + 1
        rate = slots[k] if k < len(slots) else None
        if rate is not None and rate.sentence == p.sentence and rate.fields.get("role") == "share" \
                and rate.figure.kind == "percent":
            stated += rate.figure.value
    return stated > 101


def _without_its_stage(text: str, parts: list[_Slot]) -> list[_Slot]:
    """``parts`` less the last when it is some of the one before, in its ；-item and rated over it."""
    if len(parts) >= 3 and not _ITEM_BREAK.search(text, parts[-2].end, parts[-1].start) \
            and _rated_over(text, parts[-2], parts[-1]):
        return parts[:-1]
    return parts


def _last_a_stage(text: str, parts: list[_Slot], candidates: list[_Slot], starts: list[int]) -> bool:
    """Is the last part some of the one before, in its ；-item and rated over it, the others adding up
    exactly to the nearest figure of their measure before them (其中，级位考试参考3,454人次；段位考试参考
    1,872人次，通过612人次，通过率32.7%: those who passed, after a list of all who sat)?"""
    if len(parts) < 3 or _without_its_stage(text, parts) is parts:
        return False
    whole = _nearest_before(parts, candidates, starts)
    return whole is not None and whole.figure.value == sum(p.figure.value for p in parts[:-1])


def _nearest_before(parts: list[_Slot], candidates: list[_Slot], starts: list[int]) -> _Slot | None:
    """The nearest of ``candidates`` before the first of ``parts``, of its measure."""
    k = bisect.bisect_left(starts, parts[0].start)
    return next((candidates[j] for j in range(k - 1, -1, -1) if candidates[j].same_measure(parts[0])), None)



def _said_of_the_year_before(text: str, s: _Slot, slots: list[_Slot]) -> bool:
    """Does a word of the year before (上年, 去年) stand before ``s`` in its sentence, not as the period
    of a previous value between (由上年末的412个增加到|558个: this year's figure; 由上年度的72家增至|86家
    with no rate, that no growth claim made a previous value)?"""
    said = [m.end() for m in _PREVIOUS_WORD.finditer(text, s.sentence, s.start)]
    if not said:
        return False
    for j in range(slots.index_by_id()[s.figure.id] - 1, -1, -1):
        if slots[j].start < said[-1]:
            return True
        if slots[j].fields.get("role") == "previous" or _compared_base(text, slots[j], "由从"):
            return False
    return True


def _near_sibling(summed: Decimal, s: _Slot) -> bool:
    """Do a second classification's parts come within a tenth below ``s`` or a fifth above it?  A
    cut that lists only some classes falls short, never over: a fifth over is a part misstated."""
    return summed * 10 >= s.figure.value * 9 and summed * 5 <= s.figure.value * 6


def _within_a_tenth(summed: Decimal, s: _Slot) -> bool:
    """Do parts that add up to ``summed`` come within a tenth of ``s``, either side?"""
    return abs(summed - s.figure.value) * 10 <= s.figure.value


def _overflowed_by(parts: list[_Slot], candidates: list[_Slot], floor: int, before: int) -> _Slot | None:
    """The nearest figure from ``floor`` to ``before``, of the parts' measure, that they come within a
    tenth of."""
    summed = sum(p.figure.value for p in parts)
    near = [s for s in candidates if floor <= s.start and s.end <= before and s.same_measure(parts[0])
            and s.figure.value_max is None and _within_a_tenth(summed, s)]
    return max(near, key=lambda s: s.start, default=None)


def _structure_total(text: str, m: regex.Match, parts: list[_Slot], candidates: list[_Slot]) -> _Slot | None:
    """各项贷款余额826.8亿元…。\n…\n从贷款结构看，企业贷款、…贷款余额分别为x、y和z: a classification by the
    structure of a measure (贷款), whose parts all name it, breaks down the nearest earlier figure of their
    measure named as all of it (各项贷款余额), up to _STRUCTURE_REACH back, paragraphs between or not."""
    named = _STRUCTURE_OF.match(m.group())
    if named is None or not all(named.group("x") in (p.fields.get("indicator") or "") for p in parts):
        return None
    largest = max(p.figure.value for p in parts)
    for s in reversed(candidates):
        if s.end > m.start():
            continue
        if s.start < m.start() - _STRUCTURE_REACH:
            return None
        if s.same_measure(parts[0]) and s.figure.value >= largest and s.fields.get("role") not in (
                "part", "previous", "change", "target", "equivalent") \
                and _ALL_OF_IT.sub("", s.fields.get("indicator") or "") == named.group("x"):
            return s
    return None


_STRUCTURE_OF = regex.compile(r"(?:从|按|分)(?P<x>\p{Han}{2,6}?)(?:结构|构成)")
_ALL_OF_IT = regex.compile(r"^(?:该行|全行|全市|全县|全省|全区)?(?:各项|全部)|(?:余额|总额|总量)$")
_STRUCTURE_REACH = 600


def _enumerated_near_total(text: str, total: _Slot, parts: list[_Slot]) -> bool:
    """Are the parts enumerated by 、 and their sum within a twentieth of the total below it, or a
    fiftieth above it: kinds that overlap would overflow it farther, some of the kinds fall farther
    short (持证渔船3,412艘，其中海洋捕捞渔船2,865艘、内陆捕捞渔船574艘: one part mistyped)."""
    return all(_ENUMERATED.fullmatch(text, a.end, b.start) for a, b in zip(parts, parts[1:])) and _near_total(total, parts)


def _kinds_by_commas_all_but_a_typo(text: str, m: regex.Match, total: _Slot, parts: list[_Slot]) -> bool:
    """Are three kinds or more, each a clause of a name and its figure after 其中, within a fiftieth of the
    total (老年助餐服务点612个。其中，社区老年食堂186个，助餐点345个，农村幸福食堂72个: 603, one part
    mistyped)?  A few of many kinds seldom come so close; kinds that overlap overflow."""
    return len(parts) >= 3 and m.group().startswith("其中") \
        and all(_COMMA_ITEM.fullmatch(text, a.end, b.start) for a, b in zip(parts, parts[1:])) \
        and _near_total(total, parts, short=50)


def _two_digits_swapped(total: _Slot, parts: list[_Slot]) -> bool:
    """Would the parts add up to the total exactly if two neighbouring digits of one of the figures as
    written were swapped (累计完成投资12.68亿元。其中，…4.35亿元，市县两级财政配套3.29亿元 for 3.92亿元，…)?
    A list of three parts or more seldom comes that close by chance: it is all of them, one mistyped.  (Two
    often do: 社会事业项目5.2亿元…，A获得2.1亿元，B获得1.3亿元 is some of them, 1.3 no mistyped 3.1.)"""
    figures = [total, *parts]
    if len(parts) < 3 or any(f.figure.approx or f.figure.value_max is not None for f in figures):
        return False
    short = total.figure.value - sum(p.figure.value for p in parts)
    if not short:
        return False
    for f in figures:
        sign = -1 if f is total else 1  # (a mistyped total is off the other way)
        for swapped in _neighbours_swapped(f.figure):
            if sign * (swapped - f.figure.value) == short:
                return True
    return False


def _neighbours_swapped(figure) -> list[Decimal]:
    """``figure``'s value with two neighbouring written digits swapped, each way it differs (3.29亿 ->
    2.39亿, 3.92亿); leading zeros are no written digits (0.36亿)."""
    sign, digits, exponent = figure.value.as_tuple()
    written = len(regex.sub(r"\D", "", figure.text).lstrip("0"))
    out = []
    for k in range(min(written, len(digits)) - 1):
        if digits[k] != digits[k + 1]:
            turned = list(digits)
            turned[k], turned[k + 1] = turned[k + 1], turned[k]
            out.append(Decimal((sign, tuple(turned), exponent)))
    return out


_COMMA_ITEM = regex.compile(r"[，,]\s*[\p{Han}、]{1,30}")


def _near_total(total: _Slot, parts: list[_Slot], short: int = 20) -> bool:
    """Is the parts' sum within a twentieth (1/``short``) of the total below it, or a fiftieth above it?"""
    covered = sum(p.figure.value for p in parts)
    return total.figure.value * (short - 1) <= covered * short and covered * 50 <= total.figure.value * 51


def _named_before_respectively(segment: str, total: _Slot, parts: list[_Slot]) -> bool:
    """Are the parts those of as many names listed before 分别 (分区域看，A区、B区、C区和D区分别完成w、x、
    y和z) and their sum near the total (_near_total): all the classes, one mistyped, not the first few of many."""
    named = _NAMES_RESPECTIVELY.search(segment)
    return named is not None and len(regex.split(r"[、和及与]", named.group("names"))) == len(parts) \
        and _near_total(total, parts)


_NAMES_RESPECTIVELY = regex.compile(r"(?P<names>(?:\p{Han}{2,12}[、和及与])+\p{Han}{2,12}?)分别")


def _far_short(total: _Slot, parts: list[_Slot]) -> bool:
    """Do the parts come well short of the total: under three quarters of it, or under nine
    tenths for two parts (民生支出55.02亿元。其中，教育支出13.76亿元、社会保障和就业支出11.28亿元、
    卫生健康支出6.93亿元: three subjects of many; 商会112家，其中异地商会26家、行业协会商会58家)?  A
    list only enumerated, not said to be all, is then some of the parts; a mistyped part is rarely so far off."""
    covered = sum(p.figure.value for p in parts)
    return covered * 10 < total.figure.value * 9 if len(parts) == 2 else covered * 4 < total.figure.value * 3


def _compared_base(text: str, slot: _Slot, words: str = "比较") -> bool:
    """Is the figure the earlier value a comparison is made with (较去年底的|222间), or with
    ``words`` 由从, the one a change starts from (由上年的|72家增至86家)?"""
    m = _PREVIOUS_CUE.search(text, max(0, slot.start - 8), slot.start)
    return m is not None and m.start() > 0 and text[m.start() - 1] in words


# A year before named as a base of comparison, not as the period a report is on (去年).
_COMPARISON_YEAR = regex.compile(r"上年|上一年|前一年|去年(?:同期|同月|末|底)|同期")


# Places and bodies counted by 个, 所, 家, 座, 户 alike (医疗卫生机构312个，其中县级公立医院4所…村卫生室268个;
# 市场主体612户，其中企业426家、个体工商户186户).
_PLACE_UNITS = frozenset({"个", "所", "家", "座", "户", "处"})
# ，共改造危桥23座 after 其中A 21个、B 10个: a clause on all of something else, no item of the list
_CLAUSE_OF_ALL = regex.compile(r"[，,]\s*(?:共|共计|合计|总计|累计)[^，,。；;\d]*\Z")
_PERSONS = frozenset({"名", "位"})


def _places_alike(text: str, following: list[_Slot], first: _Slot, limit: int, opened: int) -> list[_Slot]:
    """The counts after an opener (ending at ``opened``), up to ``limit``, by the classifiers
    of places when more than one of them is used: one list, which a total confirms (never
    refutes).  Not those in brackets after a part: 医院168家（公立医院63家、民营医院105家）."""
    if first.figure.kind != "count" or first.figure.unit not in _PLACE_UNITS:
        return []
    alike = []
    for s in following:
        if s.start < limit and s.figure.kind == "count" and s.figure.value_max is None \
                and not IN_OPEN_BRACKET.search(text, max(opened, s.start - _ASIDE_REACH), s.start) \
                and not _CLAUSE_OF_ALL.search(text, max(opened, s.start - 16), s.start) \
                and (s.figure.unit in _PLACE_UNITS or (
                    # (获配对象14家，其中私募基金6家、…、个人投资者1名: a person among the bodies, in their 、 list)
                    s.figure.unit in _PERSONS and alike and alike[-1].figure.unit == "家"
                    and _ENUMERATED.fullmatch(text, alike[-1].end, s.start)) or (
                    # (回收点1,284个。当中，回收箱912个、智能回收机146台、…226个: a machine that is a point, in their 、 list)
                    s.figure.unit == "台" and alike and alike[-1].figure.unit == "个"
                    and _ENUMERATED.fullmatch(text, alike[-1].end, s.start))):
            alike.append(s)
    return alike if len({s.figure.unit for s in alike}) > 1 else []


