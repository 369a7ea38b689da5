"""Figures -> what they measure and how they relate.

Reads the clause structure of the normalized text around each figure:
- its ``indicator`` (the noun phrase it measures: 到位市外资金, 新签约项目),
  its ``role`` (actual, target, completion, growth, share, total, part,
  previous, change) and its ``subject`` (the region the article reports on);
- the relations the text states: a completion claim (完成目标X的R%), a
  breakdown (总数…其中A a, B b), a growth claim (current, previous or the
  change, and the rate), a share (占…的R%).

Relations are plain records with figure ids; validate.py computes them.
This module builds the slots (indicators.py reads each figure's indicator); on them,
completions.py finds the completion rates (completion_targets.py their targets), ratios.py
the rates known by name, growths.py and growth_lists.py the growth claims (growth_prices.py
those counted at constant prices), shares.py the shares (share_wholes.py the whole a share names),
sums.py (sum_totals.py which figure is the total, sum_items.py where its parts end), trailing_sums.py
and listed_sums.py the claims that parts add up to a total, and points.py the changes in percentage
points.
"""
from __future__ import annotations

import bisect
import dataclasses
import operator
import re
from dataclasses import dataclass, field

import regex

from .indicators import PHRASE_REACH, _clause_start, indicator_before, line_label, short_name
from .period import FISCAL_YEAR, PREVIOUS_SPAN, ROC_YEAR, YEAR_NUMBER
from .records import Figure
from .subject import Subjects, article_region

_SENTENCE_END = regex.compile(r"[。！？!?；;\n]")
_BOUND_DIGITS = regex.compile(r"[\d.]+")
# Bare money words after an item's count (工业项目5个、投资41.2亿元), and what joins them.
# (not 总投资: 新开工项目4个，总投资11.2亿元 is another total, and sums tell it by that name)
_ITEM_MONEY = frozenset({"投资", "协议投资", "投资额", "协议投资额", "合同金额", "金额"})
_ITEM_MONEY_JOIN = regex.compile(r"\s*[、，,]\s*(?:协议)?(?:投资|合同金额|金额)额?(?:为|达|约)?\s*")
_LAST_SENTENCE_END = regex.compile(_SENTENCE_END.pattern, flags=regex.REVERSE)

_NOT_IN_LIST = regex.compile(r"[，,。！？!?；;：:\n]")
# Two figures joined with nothing else between them (20156元和9832元, 5.6%和7.1%).
_JOINED = regex.compile(r"\s*(?:和|及|与|、|以及|或)\s*")
_TARGET_WORDS = "目标|计划|任务|预算|预期".split("|")
_TARGET_CUE = regex.compile(rf"(?:{'|'.join(_TARGET_WORDS)})(?:任务)?$")  # 任务 is a target word too
# Inside a claim a "," is a thousands separator only between digits.
_IN_CLAUSE = r"(?:[^，,。；;]|(?<=\d),(?=\d))"
_IN_WHOLE = r"(?:[^，,。；;%]|(?<=\d),(?=\d))"  # (a whole's name holds no rate)
_COMPLETION = regex.compile(
    rf"(?<!占[^，,。；;]{{0,8}})(?:完成|达成|执行)(?!率){_IN_CLAUSE}{{0,24}}?的\s*$|(?:为|是|占|达到?|相当于|用去|用掉|花去)(?:[^，,。；;%]{{0,16}}?(?=全年|年度|预期目标|预定目标))?(?:全年|年度|年初)?(?:[两三四五]年)?(?:调整)?(?:原定|原订|原)?(?:编列)?(?:[省市县区]定|[省市县区]?下达的?)?(?:协议|合同)?(?:开工|竣工|建设|投资|筹集|供应|招商|引资|财政|销售|(?:专案|项目)?(?:募款|筹款|募资)|(?<=年度|全年)\p{{Han}}{{2,3}})?(?:核准|批准|核定)?(?:预期|预定)?(?:目标|计划|任务|预算|预估|预测|控制指标){_IN_CLAUSE}{{0,16}}?的\s*$"
    # (a budget approved: 总开支为12.86亿港元，为核准预算13.5亿港元的95.3%)
    # (the year's figure before what it is: 已达旅发局全年4,900万人次预测的74.5%; who set it may be
    # named in full: 为香港旅游发展局所订全年100万人次目标的98.6%)
    rf"|(?:为|是|达到?)[^，,。；;%]{{0,12}}?(?:全年|年度)(?:{_IN_CLAUSE}){{1,16}}?(?:目标|计划|预测|预估)的\s*$"
    # (已达交通事务局年初预计全年车流量80万辆次的51.6%: the year's figure as forecast, what it is named first)
    rf"|(?:为|是|达到?)[^，,。；;%]{{0,12}}?(?:预计|预测|预估)(?:全年|年度)\p{{Han}}{{1,8}}?{_IN_CLAUSE}{{1,16}}?的\s*$"
    # (为春耕计划销售额120亿元的56.8%: a plan of the season, what it plans named after it)
    rf"|(?<=[，,]\s*)(?:为|是|达到?)\p{{Han}}{{0,6}}?(?:目标|计划)\p{{Han}}{{1,6}}{_IN_CLAUSE}{{1,12}}?的\s*$")
# (为年度竣工计划8000套的78.1%: the plan may name what it plans, 已达年度展店目标260家的90.8%; 达成年度目标1,000万人次的81.2%;
# 为协议任务2.8亿元的112.5%: the task an agreement set; 为假日旅游收入预期目标35亿元的110.6%: an expected target;
# 达原编列预算1.5亿元的84.0%: the budget first set, Taiwan's 编列; 已达旅发局全年4,900万人次预测的74.5%: a forecast;
# 为市定目标3,800万美元的108.4%, 为省下达控制指标…: a target set from above; 为三年计划投资45亿元的107.4%: a
# plan over years)
# (已达特区政府财政预算全年预估2,400亿元的86.4%: whose plan it is may come before 全年/年度)
# (為原訂目標120萬人次的115.2%: 订 for 定; 達專案募款目標5,000萬元的90.7%: a fund-raising target)
# (已用去計劃總預算3億元的62.0%: a budget used up so far)
# (執行全年預算開支965.4億元的66.8%: a budget carried out, as Macau reports spending)
# 超额完成年度目标，完成率为117.2%: a rate of completion whose target is stated elsewhere.
# (年度目标5亿元，完成26.0%: a bare 完成 right after the clause that states the target; the comma of
# 5,000万元 ends no clause)
_COMPLETION_RATE = regex.compile(r"(?:完成|达成)比?率(?:为|达到|达|是)?$"
                                  # (全年产值目标为650亿元，上半年完成48.1%: the period done so far may come first; 前三季已达成R)
                                  r"|(?<=(?:目标|计划|任务)(?:[^，,。；;]|(?<=\d),(?=\d)){0,14}[，,]\s*)(?:上半年|前三季度?|[一二三四]季度|\d{1,2}[-—至]\d{1,2}月|目前|截至目前|现)?(?:已经?)?(?:完成|达成)$"
                                  # (计划新建托育点45个，截至6月底已建成32个，完成71.1%: the plan, the work done, the rate)
                                  # (下达新增涉农贷款目标6亿元，一季度已新增2.14亿元，完成35.7%: a target as well)
                                  r"|(?<=(?:计划|目标|任务)(?:[^，,。；;]|(?<=\d),(?=\d)){0,24}[，,](?:[^，,。；;]|(?<=\d),(?=\d)){0,14}(?:已经?|实际)"
                                  r"(?:[^，,。；;]|(?<=\d),(?=\d)){0,10}[，,]\s*)完成$")
# The last ones name the rate itself (增幅为12.5%, 增速19.8%; a 降幅 figure is read as negative).
_GROWTH_VERBS = ("大增|大减|大升|大跌|大涨|急升|急跌|飙升|激增|锐减|增长|增加|提高|上升|上涨|增|下降|减少|下滑|回落|降低|下跌|(?<![审核消裁])减|扩大|收窄|成长|衰退|升|跌|"
                 "增幅|增幅为|增幅达|增速|增速为|增速达|涨幅|涨幅为|涨幅达|降幅|降幅为|降幅达|增值|放量|溢价|调幅|调幅为|调幅达|"
                 "升幅|升幅为|升幅达|加幅|加幅为|加幅达|跌幅|跌幅为|跌幅达|减幅|减幅为|减幅达|上调|下调|调高|调低|上浮|下浮|精简|压减").split("|")
# (审减率, 核减: a cut an audit makes, no decline;
# 加幅: Hong Kong's 增幅; 由每立方米4.20元调整为4.75元，上调13.1%: a price set anew; 较基准价0.4143元下浮0.41%:
# a price set off its benchmark; 按年大增21.6%: how much, said in the verb)
_GROWTH_AFTER = "了|幅度为|幅度达|幅度|率为|率达|率".split("|")
# The verbs a rate of change is stated with (上升0.8%, 下降2.3%).
RATE_VERBS = "上升|增长|增加|上涨|提高|下降|下跌|减少|回落|降低"
_GROWTH_CUE = regex.compile(
    r"(?:同比|环比|比上年同期|比上年|比去年同期|比去年|较上年同期|较上年|较去年同期|较去年|与上年相比|比\d{4}年)?"
    rf"[^，,。；;]{{0,16}}?(?P<verb>{'|'.join(_GROWTH_VERBS)})(?:{'|'.join(_GROWTH_AFTER)})?$"
    # (增加7,800人或5.4%: the change, then 或 and its rate)
    r"|(?P<verb>增加|减少|上升|下降|下跌|增长)\s*[\d.,]+\s*[万亿]?\p{Han}{0,3}或$"
)
# An event named in quotes (「米娜」颱風, “双十一”): a comparison's base may be of it.
QUOTED_EVENT = r"[「“][^」”，,。]{1,8}[」”]"
# (and the same period's figure named in between: 较去年同期集中签约的|312.0亿元, 较上年末的|248家,
# 较去年同期长三角招商签约的|38.5亿元)
_PREVIOUS_CUE = regex.compile(
    rf"(?:{PREVIOUS_SPAN}|上年同期末|去年同期末|上年同期|上年同月|上年同季|上年末|上年底|上年|去年同期|去年同月|去年同季|去年末|去年底|去年|上一年|前一年|一年前|前年底|前年末|前年|同期|上一?届|上期|{FISCAL_YEAR}|(?:\d{{4}}|{YEAR_NUMBER}|(?<!\d){ROC_YEAR})年(?:底|末)?|\d{{4}}年初)"
    r"(?:数据|数值|水平)?(?:分别)?(?:的|为|是|[:：])?(?:每[\p{Han}]{1,2})?\s*[（(]?$"  # (上年分别为|147起、110人; 上年为每公斤|4.02元)
    r"|(?<=[比较])(?:上年|去年)同期(?:(?![增减多少升降提新])\p{Han}){1,10}的$"
    # 較2024-25年度修訂預算的|3.18億港元: the year before's revised budget (Hong Kong's fiscal years)
    rf"|(?<=[比较])(?:{FISCAL_YEAR}|上一?年度)(?:修订|原|初步)?(?:预算|估计|预计)数?的$"
    # 較2025年12月底的|13,412億港元: a stock at the end of an earlier month named by its date
    r"|(?<=[比较])(?:19|20)\d\d年\d{1,2}月(?:底|末)的?$"
    # 较去年6月高峰的|2,960张: a month of the year before, and what it was then
    r"|(?<=[比较])(?:上年|去年)\d{1,2}月(?:份|底|末)?(?:(?![增减多少升降提新])\p{Han}){0,6}的$"
    # 較去年「米娜」颱風的|8.35億元: an event of the year before, named in quotes
    rf"|(?<=[比较])(?:上年|去年|前年)\p{{Han}}{{0,4}}{QUOTED_EVENT}\p{{Han}}{{0,6}}的$"
    # 较2024年同月的修订估计|292.8亿港元: Hong Kong's revised estimate for the month a year before
    # (the year in Chinese numerals too: 较二〇二四年同月的修订估计; or the month named: 较2023年3月的修订估计)
    rf"|(?<=[比较])(?:{YEAR_NUMBER}年|上年|去年)(?:同(?:期|月|季)|\d{{1,2}}月份?)的(?:修订|初步|临时)?(?:估计|数字|数据)$"
    # 较上届（第5届）深圳推介会签约的|152.3亿元: the last edition of an event
    r"|(?<=[比较])上一?届(?:(?![增减多少升降提新])[\p{Han}\d（）()]){1,12}的$"
    # （2024年同期：人民币251,806千元）: a filing's comparative figure in brackets
    rf"|[（(](?:上年同期|上年|去年同期|去年|上一年|{YEAR_NUMBER}年(?:同期|度)?)[：:]\s*(?:每股)?$"
    r"|(?:由|从)(?:每(?:人|户|年|月|吨|亩|股|份|件|天|日|小时|次|辆|平方米|立方米|千瓦时|度|公斤|千克|斤|升|桶|克|套|间|张|台|头|只|瓶|公里|方)){0,2}$"  # 由每人每月|143元提高到163元
    # 由2019年成立时的|86家增加到142家: the time of an event named after 由
    # (由原来的|42台, 由2023年高峰期的|2,860名, 由上季末的|2,694个: the time before, however named)
    r"|(?:由|从)(?:(?:19|20)\d\d年)?(?:\p{Han}{1,4}?(?:时|之时|之初|前)|原来|原先|以前|(?:高峰|峰值|最高峰|高位)期?|上季度?[末底]|上月[末底])的$")
# (…占W|x|的r: a share's whole inside 占…的, before its rate)
_SHARE_WHOLE_AFTER = regex.compile(r"\s*的(?:比重|比例)?(?:为|达到|达)?\s*-?\d")
# ，其余|5间中心: the rest, right before a count
_REST_BEFORE = regex.compile(r"[，,；;]\s*(其余|其他|其它)\s*$")
# 较成立之初的|62家, 較上季的|38.66萬人: the base of a comparison (never its current value; not 比重为;
# 較去年「米娜」颱風的: an event named in quotes),
# or a later one of the bases it lists (分别比上年的0.93万笔、|46.6亿元)
_COMPARED_BASE = regex.compile(r"(?:较|比)(?!重|赛)(?:(?![增减降升涨跌多少高低])[\p{Han}\d\-－—「」“”]){1,10}的"
                               r"(?:\s*[\d.,]+\s*[^\d\s，,。；;、和及]{0,4}\s*[、和及])*$")
# (比上年增收0.74亿元, 多收, 减支: a change of revenue or spending, never the current value;
# 最少/至少/最多 bound a figure, they change nothing: 导致最少50人死亡)
_CHANGE_CUE = regex.compile(
    r"(?:增加|增长|(?<![最至])多出|(?<![最至])多(?:投放|发放|投入|发行|发|完成|配)?|减少|下降|(?<![最至])少(?:完成)?|[增减多少][收支]|多增|少增|净增|净减|(?<=[比较]\p{Han}{1,4})新增|"
    r"提高|提升|上升|降低|增值|溢价|上涨|下跌|上调|下调|调高|调低|调增|调减)(?:了)?$")
# 占X的R% (占X之R%, in Taiwan's words), and 相当于X的R% (a year before's X is no whole: 相当于上年的112% is shares.of_previous's;
# but 相当于同期税费收入的 names this period's)
_SHARE_CUE = regex.compile(
    # (占旅客吞吐总量的比重由上年同期的6.9%提高到|9.0%, 占比由去年同期的15.4%升至|16.7%: the share it moved to)
    rf"(?:占(?P<whole>{_IN_WHOLE}{{0,30}}?)(?:的)?(?:比重|比例|份额)?(?:由|从){_IN_WHOLE}{{0,12}}?\d+(?:\.\d+)?%"
    rf"(?:上升|提高|提升|增加|扩大|下降|降低|回落|减少|升|降|增|减)了?(?:至|到)"
    rf"|占(?:到|了)?(?P<whole>{_IN_CLAUSE}{{0,30}}?)(?:的|之)?|相(?:当|等)于(?!上年|去年|上一年|前一年|上月|上期|同期(?:的|水平))(?P<whole>{_IN_CLAUSE}{{1,30}}?)的"
    # (恢复至疫情前2019年1,186.4万人次的68.5%: the level regained, as a share of the one before)
    rf"|恢复(?:至|到)了?(?P<whole>{_IN_CLAUSE}{{1,30}}?)的"
    # (持卡人数达612.8万人，覆盖全市常住人口636.4万人的96.3%: the people covered, of all; 票款收入覆盖运营成本的
    # 39.6%: revenue covering a cost, named before 覆盖)
    rf"|(?<=[，,]\s*(?:\p{{Han}}{{2,8}}(?:收入|资金|收益))?)覆盖(?P<whole>{_IN_CLAUSE}{{1,30}}?)的"
    # (成交额3.27亿元，为评估总价4.05亿元的80.7%: a clause opening on 为 that names a figure of the
    # whole, shares.stated asks; not a target, 为年度目标的, nor a year before, 为上年同期的)
    rf"|(?<=[，,]\s*)(?P<be>为)(?![^，,。；;]*(?:目标|计划|任务|预算))(?!上年|去年|上一年|前一年|上月|上期|同期)"
    rf"(?P<whole>{_IN_CLAUSE}{{1,30}}?)的"
    # (对中国大陆及香港出口2.15亿美元，年减4.7%，比重31.5%: a clause of the share alone, no 占)
    # (其中本地员工3180人，本地员工比例为74.6%: the part named again before 比例, shares.stated reads it)
    # (电动机车市占率为10.97%: a market share, Taiwan's and Hong Kong's 市占率)
    rf"|(?<=[，,]\s*(?:\p{{Han}}{{2,8}}(?<![的之率]))?)(?P<whole>)(?=(?:比重|比例|比率|市占率|市场占有率)(?:为|达|是)?$))(?:比重|比例|比率|份额|市占率|市场占有率)?(?:已经|已)?(?:为|达|达到了?|高达|是|仅为|仅|只有|约为|约)?$"
)
# What lets _cue_search skip most of a cue's search.  Each cue is anchored at
# ``$`` (which also matches before a final "\n"); its text ends with one of
# these characters (None: see _cue_search) and never holds one of the second
# set, so that no match starts before the last of them.
_NOT_IN_CLAUSE = regex.compile(r"[，。；;]|,(?!\d{3})", flags=regex.REVERSE)  # (not 7,800's comma, which groups digits)
_NOT_IN_CLAIM = regex.compile(r"[，。；;]", flags=regex.REVERSE)  # a claim keeps "," between digits
_CUES = {
    _TARGET_CUE: (frozenset(w[-1] for w in _TARGET_WORDS), _NOT_IN_CLAUSE),
    _GROWTH_CUE: (frozenset(w[-1] for w in _GROWTH_VERBS + _GROWTH_AFTER) | {"或"}, _NOT_IN_CLAUSE),
    _COMPLETION: (None, _NOT_IN_CLAIM),  # ends 的\s*
    _SHARE_CUE: (None, _NOT_IN_CLAIM),  # holds 占, 于 or 恢复
    _COMPLETION_RATE: (frozenset("率为到达是成"), _NOT_IN_CLAUSE),
}
# What opens an amount's conversion into another currency: （约合, （折合, （相当于…
_EQUIVALENT = re.compile(r"\s*[（(]\s*(?:约合|折合|合|约|相当于|即)?")
# (or after a comma, the amount opening with 约合: 合同金额为1,280万欧元，约合人民币9,984万元)
_EQUIVALENT_AFTER = re.compile(r"\s*[，,]\s*(?:约合|折合)?")


# A total that names nothing but being one, and the words of what was added to it.
_BARE_TOTALS = frozenset({"总数", "总量", "总额", "总计", "总规模", "总和", "累计总数"})
_NEWLY = regex.compile(r"(?:新增|新引进|新认定|新登记|新注册|新批|新建|新开|新)")


class _Slots(list):
    """An article's slots, with their positions by figure id (asked for once per
    relation tried: a scan of all the slots each time is quadratic on a long page)."""

    _index: dict | None = None

    def index_by_id(self) -> dict[str, int]:
        if self._index is None or len(self._index) != len(self):
            self._index = {s.figure.id: k for k, s in enumerate(self)}
        return self._index


@dataclass(frozen=True, slots=True)
class Relation:
    """A claim the text makes about several figures."""

    kind: str  # completion | breakdown | growth | share | points (a change in percentage points)
    reported: str | None  # the rate figure's id (for a breakdown, None)
    total: str | None = None  # a breakdown's total
    inputs: tuple[str, ...] = ()  # actual+target, parts, current+previous/change, part+whole
    mode: str = ""  # growth: "previous", "change" or "annual N" (years); breakdown: "exhaustive" or "subset"; any: "inferred"
    # points: "up", "down", "narrower" or "wider" (a decline's magnitude), then " inferred" when read around
    reason: str = ""  # why it cannot be computed, when an operand is missing
    # a breakdown whose total was read from the context because the share of one of its parts
    # agrees with it (占比r, its whole unnamed): the claim stands only while that share agrees
    confirmed: bool = False


def _same_measure(a: Figure, b: Figure) -> bool:
    """Of one kind, currency and (for counts) classifier, 场次 and 场 alike (活动56场次，其中
    展演18场…: a 场次 counts events, where 人次 and 人 count different things)."""
    return a.kind == b.kind and a.currency == b.currency and (
        a.kind != "count" or a.unit == b.unit or _ALIKE_UNITS.get(a.unit, a.unit) == _ALIKE_UNITS.get(b.unit, b.unit))


_ALIKE_UNITS = {"场次": "场", "批次": "批"}


@dataclass(slots=True)
class _Slot:
    """A figure with its normalized span, while relations are being built."""

    figure: Figure
    start: int
    end: int
    sentence: int  # where its sentence starts: figures of one sentence share it
    fields: dict = field(default_factory=dict)
    series: bool = False  # one of a 分别 run over periods or one item: values side by side, not parts

    def same_measure(self, other: "_Slot") -> bool:
        return _same_measure(self.figure, other.figure)

    def people_alike(self, other: "_Slot") -> bool:
        """Of one measure, counting people by 人, 名 or 位 alike: a share ties its part
        to its whole (980人的裁员，占15,300名员工的6.4%).  Sums keep the parts of one
        classifier, as a list of 名 and 人 may break the whole down twice (特级教师2名…本科
        学历教师200人), and take a total of another only when none of theirs is there."""
        a, b = self.figure, other.figure
        return self.same_measure(other) or (
            a.kind == b.kind == "count" and a.unit in _PEOPLE and b.unit in _PEOPLE)


_PEOPLE = frozenset("人名位")


def _sentence_start(text: str, pos: int, floor: int = 0) -> int:
    """Where the sentence holding ``pos`` starts: after the last sentence end
    before ``pos``; ``floor`` when none lies in ``[floor, pos)``."""
    m = _LAST_SENTENCE_END.search(text, floor, pos)
    return m.end() if m else floor


_FIGURE_FIELDS = tuple(f.name for f in dataclasses.fields(Figure))
_FIELD_INDEX = {name: i for i, name in enumerate(_FIGURE_FIELDS)}
_figure_values = operator.attrgetter(*_FIGURE_FIELDS)


def _replace(figure: Figure, fields: dict) -> Figure:
    """``dataclasses.replace(figure, **fields)``, at half the cost."""
    if not fields:
        return figure
    values = list(_figure_values(figure))
    for name, value in fields.items():
        values[_FIELD_INDEX[name]] = value
    return Figure(*values)


def _subjects(text: str) -> Subjects:
    """The subjects of one article's figures, its own region by default."""
    from .org_rules import cached_org_rules
    from .wordcut import segmenter

    rules = cached_org_rules()
    seg = segmenter(rules)
    return Subjects(text, article_region(text, seg, rules.stop_tags), seg, rules.stop_tags)


def relate(text: str, figures: list[Figure], spans: list[tuple[int, int]],
           context: dict | None = None) -> tuple[list[Figure], list[Relation]]:
    """Indicators, roles and subjects for ``figures`` (whose normalized spans
    are ``spans``), and the relations between them.  ``context`` holds the word
    lists of rules/relate.yaml (what cannot be summed, exhaustive category sets)."""
    # the completion, growth, share, breakdown and named-ratio families build on this module's slots
    from . import (allocations, balances, bracket_sums, changes, completions, coverage, distributions, gaps, growth_lists,
                   growth_passes, growth_prices, growths, headline_growths, leftovers, listed_sums, named_sums, numbered_sums,
                   period_sums, place_shares, ratios, rest_sums, set_sums, share_lists, share_passes, shares, sums, trailing_sums,
                   yearly)

    if not figures:
        return [], []
    subjects = _subjects(text)
    slots = _Slots()
    floor = last = 0
    for f, (s, e) in zip(figures, spans):
        # Figures come in text order: a sentence end, if any, lies after the previous one
        # (a search back to the sentence's start from each figure of a long one is quadratic).
        if s >= last:
            m = _LAST_SENTENCE_END.search(text, max(floor, last), s)
            floor = m.end() if m else floor
        else:
            floor = _sentence_start(text, s)
        last = s
        of = f.of
        if of and text.startswith(of, e):  # 3次专题招商会: the noun follows the count
            # (其余5间|中心: the rest of them, by the noun they are)
            rest = _REST_BEFORE.search(text, max(floor, s - 4), s)
            fields = {"indicator": rest.group(1) + of if rest else of}
        else:
            fields = {"indicator": indicator_before(text, s, floor) or of or _named_earlier(text, slots, f, s, floor)
                      or line_label(text, s)}
            if of and fields["indicator"] and len(of) > len(fields["indicator"]) and of.endswith(fields["indicator"]) \
                    and _BOUND_DIGITS.fullmatch(of, 0, len(of) - len(fields["indicator"])):
                fields["indicator"] = of  # 10亿元以上项目|26个: the bound's digits are the class's (not 亿元以上项目)
            named = fields["indicator"] or ""
            if "占" in named[1:] and _SHARE_WHOLE_AFTER.match(text, e):
                # 制造业退税额占全市各行业留抵退税总额|58.93亿元|的71.9%: the whole is named after 占 only
                fields["indicator"] = named[named.rindex("占"):]
        before = slots[-1] if slots else None
        if (f.kind == "money" and fields["indicator"] in _ITEM_MONEY and before is not None and before.start >= floor
                and before.figure.kind == "count" and before.fields.get("indicator")
                and _ITEM_MONEY_JOIN.fullmatch(text, before.end, s)):
            # 现代服务业项目14个、投资86.4亿元: the money of the item its count names
            fields["indicator"] = before.fields["indicator"] + fields["indicator"]
        if (fields["indicator"] in _BARE_TOTALS and before is not None and before.start >= floor
                and _same_measure(before.figure, f) and (added := _NEWLY.match(before.fields.get("indicator") or ""))
                and len(before.fields["indicator"]) - added.end() >= 2):
            # 新增规上工业企业42家，总数达到|386家: the total of what the figure before added to
            fields["indicator"] = before.fields["indicator"][added.end():]
            if of in _BARE_TOTALS:
                fields["of"] = fields["indicator"]
        if (before is not None and before.start >= floor and _same_measure(before.figure, f)
                and _JOINED.fullmatch(text, before.end, s)
                and (not fields["indicator"] or fields["indicator"] in text[before.start:s])):
            # 分别达到20156元和|9832元: the second of two joined figures measures what the first
            # does, unless it names its own (两种或四种口味: the count's noun after it)
            fields["indicator"] = before.fields.get("indicator")
        elif (not fields["indicator"] and before is not None and before.start >= floor
              and before.figure.kind == "count" and f.kind in ("count", "money") and text[before.end:s] == "、"):
            # 监测对象2.61万户、|8.93万人: households and people of one measure, by two classifiers;
            # 鞋类出口3.86亿双、|132.5亿元: a quantity and its value
            fields["indicator"] = before.fields.get("indicator")
        subject = subjects.at(s, floor)
        if subject:
            fields["subject"] = subject
            if fields["indicator"] == subject and slots:
                fields["indicator"] = _parallel_indicator(text, slots, f, s, subject) or subject
        if f.kind == "money" and _cue_search(_TARGET_CUE, text, max(floor, s - 30), s):
            fields["role"] = "target"
        elif f.kind in _TARGET_AFTER and _TARGET_AFTER[f.kind].match(text, e):
            fields["role"] = "target"
            # 下达项目50个、到位资金50亿元的任务: the task names every item of its 、 list.
            for k in range(len(slots) - 1, -1, -1):
                gap = text[slots[k].end:(slots[k + 1].start if k + 1 < len(slots) else s)]
                if "、" not in gap or _NOT_IN_LIST.search(gap) or slots[k].fields.get("role"):
                    break
                slots[k].fields["role"] = "target"
        before = slots[-1] if slots else None
        if (f.kind == "money" and before is not None and before.figure.kind == "money"
                and before.figure.currency != f.currency and (
                    _EQUIVALENT.fullmatch(text, before.end, s)
                    or (_EQUIVALENT_AFTER.fullmatch(text, before.end, s) and text.startswith(("约合", "折合"), s))
                    # (or written before an approximate amount's 约: 结算量达4826.5亿元，|折合|约672亿美元)
                    or (_EQUIVALENT_AFTER.fullmatch(text, before.end, s) and text.startswith(("约合", "折合"), s - 2)
                        and f.approx))):
            # 人民币14.696亿元（约合2.140亿美元）: the same amount in another currency.
            fields = {**fields, "indicator": before.fields.get("indicator"), "role": "equivalent"}
        slots.append(_Slot(f, s, e, floor, fields))
        _plan_before_actual(text, slots)
    relations: list[Relation] = []
    context = context or {}
    runs = distributions.distributions(text, slots)
    # Breakdowns last: their totals and parts skip figures already cast as a
    # target, a previous value or a change.
    rates = [(i, s) for i, s in enumerate(slots) if s.figure.kind == "percent"]
    if rates:
        relations += completions.distributed(text, slots, context)
        relations += completions.stated(text, slots, rates, context)
        relations += growth_prices.comparable_prices(text, slots, growths.from_rate_to(text, slots, rates)
                                                     + growth_lists.bases_listed(text, slots, rates)
                                                     + growth_lists.distributed(text, slots, runs)
                                                     + growth_lists.previous_listed_next(text, slots, rates)
                                                     + growths.stated(text, slots, rates, context), context)
        relations = growth_passes.completed_by_growth(text, slots, relations)  # after the growths
        relations += growth_passes.grown_after_completion(text, slots, relations)
        relations += yearly.series_growths(text, slots, runs, {r.reported for r in relations if r.reported})
        relations += share_lists.distributed(text, slots, runs, context)
        relations += shares.stated(text, slots, rates, context)
        relations += shares.of_previous(text, slots, rates)
        relations += shares.comes_to(text, slots, rates)
        relations += growth_passes.of_share_parts(text, slots, relations)  # after the shares
    if context.get("check_points"):
        from . import points  # the percentage-point family; it builds on this module's slots

        relations += points.points(text, slots, context)
    # (a whole the text ties a part to by its share, or that the share read from the context
    # confirms, is the total of the part's classification; not one read from a name no figure
    # has, a loose read: 占办证总量的)
    index = slots.index_by_id()
    share_wholes = {r.inputs[0]: slots[index[r.inputs[1]]] for r in relations
                    if r.kind == "share" and len(r.inputs) == 2 and r.inputs[1] in index
                    and not r.mode.startswith("loose") and (not r.mode or _agrees(r, slots, context))}
    # (the parts whose share was read so, and agrees: the whole it names is only read)
    read_shares = frozenset(r.inputs[0] for r in relations if r.kind == "share" and r.mode == "inferred")
    relations += sums.breakdowns(text, slots, context, share_wholes, read_shares)
    relations += changes.changes(text, slots) + balances.balances(text, slots) \
        + balances.acts_set_against(text, slots) + gaps.gaps(text, slots) \
        + leftovers.deductions(text, slots, context) + leftovers.added_since(text, slots) \
        + leftovers.remainders(text, slots) + changes.vital_rates(text, slots) + leftovers.shortfalls(text, slots)
    growth_passes.unnamed_changes(text, slots)  # after every family that casts a change
    relations += trailing_sums.trailing_totals(text, slots, context)
    relations += allocations.allocations(text, slots)
    relations += named_sums.named_sums(text, slots) + rest_sums.rest_sums(text, slots) + rest_sums.joined_sums(text, slots) \
        + bracket_sums.bracket_sums(text, slots) + bracket_sums.placed_in_brackets(text, slots)
    relations += listed_sums.listed_sums(text, slots, runs, context)
    relations += set_sums.set_sums(text, slots, context)
    relations += listed_sums.named_items(text, slots, context,
                                         {i for r in relations if r.kind == "breakdown" for i in (r.total, *r.inputs)})
    if "\n" in text:
        summed = {(r.total, frozenset(r.inputs)) for r in relations if r.kind == "breakdown"}
        relations += [r for r in numbered_sums.numbered_sums(text, slots, context)
                      if (r.total, frozenset(r.inputs)) not in summed]
    summed = {r.total for r in relations if r.kind == "breakdown"}
    relations += [r for r in period_sums.period_sums(text, slots, context) if r.total not in summed]  # (a read, last)
    if rates:
        # After the breakdowns, which cast no rate: a part of one is no whole of a named rate.
        # A figure the text gave as a share of another (工业项目31个，占项目总数的67.4%) is a part,
        # from where that share is stated on.
        index = slots.index_by_id()
        shared: dict[str, int] = {}
        for r in relations:
            if r.kind == "share" and r.inputs and r.reported in index:
                at = slots[index[r.reported]].start
                shared[r.inputs[0]] = min(at, shared.get(r.inputs[0], at))
        relations += ratios.named_ratios(text, slots, rates, context.get("named_ratios") or {}, shared,
                                         {r.reported for r in relations}, context)
        relations += coverage.insured(text, slots, rates)  # (a rate no name the rules know ties)
        relations += ratios.part_rates(slots, rates, relations, context.get("named_ratios") or {})
        relations += ratios.tied_rates(text, slots, rates)
        relations += ratios.ratios_of_two(text, slots, rates)
        share_passes.share_changes(slots)  # after every family that casts a share
        relations += share_passes.earlier_shares(slots, relations)  # after the shares, growths and points
        relations += share_passes.shares_of_listed_totals(text, slots, relations, context)  # after the sums
        reported = {r.reported for r in relations}
        relations += [r for r in place_shares.place_shares(text, slots) if r.reported not in reported]
        relations += headline_growths.headline_growths(text, slots, relations)  # after every family that casts a rate
    updated = [_replace(s.figure, s.fields) for s in slots]
    return updated, relations


# 计划新开工项目58个，|实际新开工|51个: the clause after a planned figure states what was done.
# (实际新开工51个, or the work done so far: 1-4月完成投资31.4亿元, 全年实际完成186.4亿元)
_THEN_ACTUAL = regex.compile(
    r"\s*[，,]\s*(?:而|但)?(?:\d{1,2}[-—~至]\d{1,2}月份?|[上下]半年|前三季度|[一二三四]季度|今年以来|全年|截至\d{1,2}月(?:底|末)?|截至目前)?"
    r"(?:全[省市州县区镇乡]|本[省市县区镇乡])?"  # (…目标任务为5000人，全县实际新增参保5860人)
    r"(?:实际|已经?|(?:累计|已)?完成)[^，,。；;\d]{0,20}")  # (计划交工项目9个，已交工项目8个)
_PLAN_WORD = regex.compile(r"计划|目标")


def _plan_before_actual(text: str, slots: list["_Slot"]) -> None:
    """全县计划新开工项目58个，实际新开工51个: a figure its clause calls a plan, right before
    one the next clause calls actual, of one measure, is a target (the plan is no whole the
    done work is a share of, and it is what a rate of it, 开工率, divides by)."""
    if len(slots) < 2:
        return
    plan, done = slots[-2], slots[-1]
    if plan.fields.get("role") or done.fields.get("role") or plan.sentence != done.sentence \
            or not plan.same_measure(done) or not _THEN_ACTUAL.fullmatch(text, plan.end, done.start):
        return
    # (the clause runs to its punctuation: a name in quotes is inside it, 计划新建“…”服务中心120个)
    floor = max(plan.sentence, plan.start - 30)
    last = _NOT_IN_CLAUSE.search(text, floor, plan.start)
    if _PLAN_WORD.search(text, last.end() if last else floor, plan.start):
        plan.fields["role"] = "target"


def _named_earlier(text: str, slots: list["_Slot"], figure: Figure, start: int, floor: int) -> str | None:
    """A figure its clause names nothing for, in a change from one value to another
    (社会消费品零售总额156.2亿元，由上年的143.8亿元增加到|156.2亿元) or reached after a rate
    (进出口总额较上年同期的42.6亿元增长15.3%，达到|49.1亿元): the measure of the last figure
    of the sentence named so."""
    clause = _clause_start(text, start, max(floor, start - PHRASE_REACH))  # (as indicator_before reads it)
    # (the sentence's opening words only: a match over a sentence of thousands of figures,
    # from each of them, costs its length each time)
    if figure.kind == "percent" and start - floor <= 40 and _PART_OF_PERIOD.match(text, floor, start):
        # 1-9月，规上工业增加值增长8.4%。其中，9月当月增长|9.1%: the last rate before, a month of it
        before = next((b for b in slots[-1:-_EARLIER_TRIES - 1:-1] if b.figure.kind == "percent"
                       and b.fields.get("indicator") and _cue_search(_GROWTH_CUE, text, max(0, b.start - 24), b.start)),
                      None)
        if before is not None and not _FULL_STOP.search(text, before.end, max(before.end, floor - 1)):
            return before.fields["indicator"]
    if not (_FROM_TO.search(text, max(clause, start - _FROM_TO_REACH), start) or _REACHED.fullmatch(text, clause, start)):
        return None
    for before in slots[-1:-_EARLIER_TRIES - 1:-1]:
        if before.start < floor:
            return None
        name = before.fields.get("indicator")
        if name and (_same_measure(before.figure, figure) or before.figure.kind == "percent"
                     and before.fields.get("role") == "growth" and _REACHED.fullmatch(text, clause, start)):
            return name
    return None


_EARLIER_TRIES = 8  # figures looked back at (a sentence may hold thousands)
# 。其中，9月当月增长|: a period within the one of the sentence before, its measure unsaid.
_PART_OF_PERIOD = regex.compile(r"\s*其中[，,]?\s*(?:\d{1,2}月份?|[一二三四]季度|第[一二三四]季度)?(?:当月|单月|当季)?"
                                r"(?:同比|环比)?(?:增长|下降|增速为?)\s*$")
# 由上年的143.8亿元增加到|, 从5家增至|: the value changed to (within _FROM_TO_REACH characters:
# a clause of many 由 and no digit is searched from each of them).
_FROM_TO_REACH = 60
_FROM_TO = regex.compile(r"[由从][^，,。；;]*\d[^，,。；;]*(?:到|至)\s*$")
# Verbs of changing that take 到/至 (由X增加到Y): growths reads the value before them, ratios
# leaves it behind.
_CHANGED_TO = ("增加|增长|提高|提升|上升|上调|调升|调高|增|减少|下降|降低|回落|下调|调降|调低|精简|压减|压缩|缩减|削减|降|减|升|加"
               "|上涨|下跌|涨|跌|攀升|跃升|成长")  # (预算由7.5亿美元上调至…; 由X加至Y, in Hong Kong; 均价由X上涨至Y; 成长, in Taiwan)
# ，达到|49.1亿元 after a rate: the level the rate led to.
_REACH_VERBS = "达到|达|增加到|增至|提高到|升至|上升到|降至|下降到|减少到"  # (growths.py reads them after a rate)
_REACHED = regex.compile(rf"\s*(?:{_REACH_VERBS}|为)\s*")


def _parallel_indicator(text: str, slots: list["_Slot"], figure: Figure, start: int, region: str) -> str | None:
    """郑州市地区生产总值10,234.5亿元，增长7.2%；洛阳市4,123.6亿元: a region alone before a
    figure measures what the last figure of its kind in the sentence does, when that one
    is named as its region and a measure (洛阳市地区生产总值).  Regions alone in a list
    (其中郑州市…、洛阳市…) stay as they are: the figure before names no measure after its region."""
    tries = 0
    for before in reversed(slots):
        if _FULL_STOP.search(text, before.end, start):
            return None  # (the same full sentence: its ；-separated items are parallel)
        if not _same_measure(before.figure, figure):
            continue
        name, other = before.fields.get("indicator") or "", before.fields.get("subject")
        if other and other != region and name.startswith(other) and len(name) - len(other) >= 2:
            return region + name[len(other):]
        # (past a figure of the item before that names no region: 城关镇到位资金9.8亿元，
        # 完成年度任务|12亿元…；青石镇6.2亿元; but a few only: a sentence may hold thousands)
        tries += 1
        if tries >= _PARALLEL_TRIES:
            return None
    return None


_PARALLEL_TRIES = 3


# A word each alternative of _SHARE_CUE holds (于 of 相当于/相等于; 比重/比例/比率 of a clause of the share alone).
_SHARE_CUE_WORDS = ("占", "于", "恢复", "为", "比重", "覆盖", "比率", "比例")


def _cue_search(cue: regex.Pattern, text: str, start: int, end: int) -> regex.Match | None:
    """``cue.search(text, start, end)`` for a cue of _CUES: most figures follow
    no cue, and a failing search tries every start."""
    if start < end:
        ends, breaks = _CUES[cue]
        last = text[end - 1]
        if ends is not None:
            if last not in ends and last != "\n":
                return None
        elif cue is _COMPLETION and last != "的" and not last.isspace():
            return None
        cut = breaks.search(text, start, end)
        if cut:
            start = cut.end()
        if cue is _SHARE_CUE and not any(text.find(w, start, end) >= 0 for w in _SHARE_CUE_WORDS):
            return None  # (占, or 相当于/相等于…的: 逆差326亿元，相等于进口货值的7.1%; not 相当于打了6折)
    return cue.search(text, start, end)


def _sentence_slots(slots: list[_Slot], sentence: int) -> list[_Slot]:
    return [s for s in slots if s.sentence == sentence]


def _cued_rates(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]], cue: regex.Pattern,
                reach: int, role: str):
    """Each rate (of ``rates``: the percent figures and their indexes) not yet
    cast whose cue ends right before it, within ``reach`` characters:
    ``(index, rate, cue match, earlier non-rate figures of its sentence)``.
    The rate takes ``role``."""
    starts = None
    for i, rate in rates:
        if rate.fields.get("role"):
            continue
        m = _cue_search(cue, text, max(0, rate.start - reach), rate.start)
        if not m:
            continue
        rate.fields["role"] = role
        if starts is None:  # slots come in text order: a sentence's slots are found by bisection
            starts = [s.start for s in slots]
        # (the last _SAME_REACH figures of the sentence at most: a claim's operands stand near
        # its rate, and a sentence of thousands of figures is read once, not from each rate)
        first = max(bisect.bisect_left(starts, rate.sentence, 0, i), i - _SAME_REACH)
        # (nor a change in points: 高于时序进度4.0个百分点，同比增长16.1%)
        same = [s for s in slots[first:i] if s.sentence == rate.sentence and s.figure.kind not in ("percent", "percentage_point")]
        yield i, rate, m, same


_SAME_REACH = 64

# 预算 is a target word, but not inside a name (一般公共预算收入, 预算内投资).
_TARGET_WORD = regex.compile(r"目标|计划|任务|预算(?!收入|支出|内|外)")
# 下达项目50个的任务, 超额完成全年2,500万美元的目标任务: a target named as such after the figure
# (a count takes 的: 3个任务 counts tasks).
# (超额完成1.7亿元的年度目标任务: the span it is set for may stand between)
_TARGET_AFTER = {"money": regex.compile(r"的?(?:年度|全年|年|季度|半年)?(?:目标任务|目标|计划|任务)"),
                 "count": regex.compile(r"的(?:年度|全年|年|季度|半年)?(?:目标任务|目标|计划|任务)")}


_LAST_SEMICOLON = regex.compile(r"[；;]", flags=regex.REVERSE)


_FULL_STOP = regex.compile(r"[。！？!?\n]")
_LAST_FULL_STOP = regex.compile(_FULL_STOP.pattern, flags=regex.REVERSE)


# A bracket opened and not closed before a position (…（其中4名|…), and one closing right after it.
IN_OPEN_BRACKET = regex.compile(r"[（(][^（()）]*$")
BRACKET_CLOSES = regex.compile(r"\s*[）)]")
ASIDE_CLOSES = regex.compile(r"[^（()）]*[）)]")  # (from a figure: the aside it stands in closes after it)
# 新开工率为90.5%|（年度计划为|42个）: the plan a rate is counted against, in brackets right after it
PLAN_IN_BRACKETS = regex.compile(r"\s*[（(]\s*(?:全年|年度|本年|今年)?计划(?:数)?(?:为|是)?\s*")


def full_sentence_start(text: str, pos: int, floor: int = 0) -> int:
    """Where the full sentence (to 。, not ；) holding ``pos`` starts, ``floor`` at the earliest."""
    m = _LAST_FULL_STOP.search(text, floor, pos)
    return m.end() if m else floor


def _changed(text: str, slot: _Slot) -> bool:
    """Is the figure a change (增加了X, 减少X)?"""
    return _CHANGE_CUE.search(text, max(0, slot.start - 8), slot.start) is not None


def _whole_of_a_share(text: str, slot: _Slot) -> bool:
    """Is ``slot`` the whole inside 占…的, named from 占 on (named so: 占全市地区生产总值|
    3,750.2亿元|的比重为58.3%), the share after it?"""
    return (slot.fields.get("indicator") or "").startswith("占") and _SHARE_WHOLE_AFTER.match(text, slot.end) is not None


# Two figures listed one after the other (、岚溪古镇|3468万元, 、本科|402名), and what opens a
# list right after the figure it breaks down (，分别为…, ，其中…).
LISTED = regex.compile(r"\s*[、和及与][^，,。；;：:、\d\n]{0,16}")
OPENED_BY_FENBIE = regex.compile(r"[，,]\s*分别(?:为|是)?[：:]?[^，,。；;：:、\d\n]{0,16}")
OPENED_BY_ANY = regex.compile(r"[，,]\s*(?:分别(?:为|是)?|其中)[：:，,]?[^，,。；;：:、\d\n]{0,16}")


def list_head(text: str, seq: list[_Slot], k: int, opened: regex.Pattern) -> _Slot | None:
    """The figure a list of its parts breaks down, when ``seq[k]`` ends that list and
    ``opened`` (OPENED_BY_FENBIE, OPENED_BY_ANY) opens it right after that figure
    (门票收入合计13826万元，分别为A6215万元、…、D1967万元; 改造老旧小区47个，其中城区29个、乡镇18个):
    of the parts' measure and no smaller than the last; None when ``seq[k]`` ends no list."""
    j = k
    while j > 0 and seq[j - 1].same_measure(seq[k]) and LISTED.fullmatch(text, seq[j - 1].end, seq[j].start):
        j -= 1
    if j == k or j == 0:
        return None
    head = seq[j - 1]
    if opened.fullmatch(text, head.end, seq[j].start) and head.same_measure(seq[k]) \
            and head.figure.value >= seq[k].figure.value:
        return head
    return None


def _agrees(relation: Relation, slots: _Slots, context: dict) -> bool:
    """Does the relation hold for the figures as written (validate.py's check), and
    also with every bounded figure read as exact?  Operands are chosen by it, so a
    bound must not do the choosing: 近3万辆 admits any total below 30000; nor may a
    range, which admits any within it (营收将介于45亿美元到53亿美元 is no part of 46.5亿)."""
    from .validate import check_relations  # validate imports Relation from here

    ids = {relation.reported, relation.total, *relation.inputs}
    index = slots.index_by_id()
    figures = [slots[k].figure for k in sorted(index[i] for i in ids if i in index)]
    if any(f.value_max is not None for f in figures):
        return False
    if check_relations([relation], figures, context)[0].status != "consistent":
        return False
    if not any(f.approx for f in figures):
        return True
    exact = [_replace(f, {"approx": False}) for f in figures]
    return check_relations([relation], exact, context)[0].status == "consistent"


_READ_REACH = 1000  # a total read from the context: at most this many characters back,
_READ_PARAGRAPHS = 4  # at most this many line breaks back,
_READ_TRIES = 8  # and among the nearest this many figures that could be it
_ITEM_BREAK = regex.compile(r"[;；]")


def _read_floor(text: str, before: int) -> int:
    floor, k = max(0, before - _READ_REACH), before
    for _ in range(_READ_PARAGRAPHS):
        k = text.rfind("\n", 0, k)
        if k < 0:
            return floor
        # (a blank line between paragraphs is no paragraph of its own)
        blank = text.rfind("\n", 0, k)
        while blank >= 0 and not text[blank + 1:k].strip():
            k, blank = blank, text.rfind("\n", 0, blank)
    return max(floor, k + 1)


_RUN_GAP = regex.compile(r"\s*[、和及与]?\s*")


def _distributed_runs(text: str, slots: list[_Slot], runs: list, cue: regex.Pattern, reach: int):
    """Each run of rates not yet cast that ``cue`` opens, read from a 分别 at most
    ``reach`` characters before it: ``(run, index of its first rate in slots, the
    cue match, the figures right before it, as many as the rates or fewer)``."""
    index = None
    for _, run, _ in runs:
        # (分别占总股本21,150万股的0.74%和1.48%: the whole the rates are of opens their run)
        lead = next((n for n, r in enumerate(run) if r.figure.kind == "percent"), 0)
        if lead and len(run) - lead >= 2 and all(r.figure.kind == "percent" for r in run[lead:]):
            run = run[lead:]
        first = run[0]
        if first.figure.kind != "percent" or any(r.fields.get("role") for r in run):
            continue
        at = text.rfind("分别", max(first.sentence, first.start - reach), first.start)
        m = cue.fullmatch(text, at, first.start) if at >= 0 else None
        if m is None:
            continue
        index = index or {id(s): k for k, s in enumerate(slots)}
        k = index[id(first)]
        yield run, k, m, slots[max(0, k - len(run)):k]


# A previous value's sentence names the year before (上年同期，A和B分别为…), not as a comparison (比上年).
_PREVIOUS_WORD = regex.compile(r"(?<![比较与于])(?:上年|去年|上一年|前一年)")


def _alike(a: str | None, b: str | None) -> bool:
    """公司营业收入 and 去年同期营业收入: one ends the other, or both end with the same
    three characters or more (a looser match, for operands that must also agree)."""
    return _same_indicator(a, b) or bool(a and b and len(a) >= 3 and len(b) >= 3 and a[-3:] == b[-3:])


def _same_indicator(a: str | None, b: str | None) -> bool:
    """进出口总值 and 全市外贸进出口总值 name the same thing: one ends the other, as
    written or with the measures' short names (归母净利润 for 归属于上市公司股东的净利润)."""
    if not a or not b or min(len(a), len(b)) < 2:
        return False
    if a.endswith(b) or b.endswith(a):
        return not _import_and_export(a, b)
    a, b = short_name(a), short_name(b)
    if a.endswith(b) or b.endswith(a):
        return True
    # 信托资产规模 and 全部信托资产: the size of a stock is that stock; 出口金额 and 总出口: the
    # amount of a flow is that flow
    a, b = _SIZE_TAIL.sub("", a), _SIZE_TAIL.sub("", b)
    return min(len(a), len(b)) >= 2 and (a.endswith(b) or b.endswith(a)) and not _import_and_export(a, b)


def _import_and_export(a: str, b: str) -> bool:
    """进出口总值 ends with 出口总值 but is no export: the 进 before the shorter name says so."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return shorter.startswith("出口") and longer.endswith("进" + shorter)


_SIZE_TAIL = regex.compile(r"(?<=\p{Han}{2})(?:规模|金额|余额)$")  # (绿色贷款余额: the balance of 绿色贷款)


def _ends_alike(indicator: str, named: str) -> bool:
    """Does ``indicator`` end with the last two characters of ``named``, or hold it whole, as
    written or with the measures' short names (营收 is an 营业收入: it ends with 收入)?"""
    if indicator[-2:] == named[-2:] or (len(named) >= 2 and named in indicator):
        return True
    if any(named.endswith(quantity) and any(act in indicator[:4] for act in acts)
           for quantity, acts in QUANTITY_ACTS.items()):
        return True  # (总产量 of 全年生产各类牙刷58.3亿支: the quantity of the act that opens the figure's name)
    indicator, named = short_name(indicator), _REVENUE.sub("收入", short_name(named))
    return indicator[-2:] == named[-2:]


# 总产量, 总销量: the quantity of an act, named by the act in a figure's name (生产各类牙刷x, 售出便当y;
# 门诊量 of 门诊诊疗x: the visits a clinic's quantity counts, named by the service); the first act is the usual one
QUANTITY_ACTS = {"销量": ("销售", "售出"), "产量": ("生产",), "门诊量": ("门诊",), "诊疗量": ("诊疗",)}


def _named_by_unit(s: _Slot, named: str) -> bool:
    """Is ``named`` the number of what ``s`` counts, by its unit (总场次 of 放映4.16万场, 户数 of 1,286户)?"""
    unit = s.figure.unit if s.figure.kind == "count" else None
    return bool(unit) and named.removeprefix("总") in (unit + "次", unit + "数")


# (营收 is left out of short_name: 营收占比 would take a firm's 实现营业收入 as its indicator)
_REVENUE = regex.compile(r"营收$")


def _read_whole(text: str, earlier: list[_Slot], part: _Slot, rate: _Slot, slots: list[_Slot],
                context: dict, named: str = "") -> _Slot | None:
    """The nearest of ``earlier`` before the part (within _READ_REACH, among the
    nearest _READ_TRIES of its measure) that ``rate`` of makes the part; when
    ``named``, one whose indicator ends with the same two characters or more."""
    if part.figure.value_max is not None or (rate.figure.approx and "成" in rate.figure.text):
        # a range (3-5个), or a rate only bounded in tenths (逾一成: 5% or more), agrees with too
        # many wholes to tell which is meant
        return None
    floor = _read_floor(text, part.start)
    tries = 0
    for s in reversed(earlier):
        if s is part or (s.end > part.start and s.sentence != rate.sentence):
            continue  # (after the part only in the rate's own sentence: 全县投资X，工业投资占R)
        if s.start < floor or tries >= _READ_TRIES:
            break
        if not s.same_measure(part) or s.figure.value < part.figure.value:
            continue
        if s.fields.get("role") in ("target", "previous", "change"):
            continue
        # (占受理总量的 with 共受理群众诉求186.4万件, 占引进总数的 with 共引进各类人才12,680人: the
        # act done to the whole's object; the rate must agree, so it confirms only)
        # (占规上文化企业营收的 with 规模以上文化企业实现营业收入: the names end alike once shortened)
        if named and not _ends_alike(s.fields.get("indicator") or "", named) and not _named_by_unit(s, named):
            continue
        # (an item of the part's own ；-list is seldom its whole: 民营企业进出口x，占p；外商投资
        # 企业进出口y，占q；国有企业进出口z，占r; it is tried, but the wholes before it are too)
        tries += _FULL_STOP.search(text, s.end, part.start) is not None or not _ITEM_BREAK.search(text, s.end, part.start)
        if _agrees(Relation("share", rate.figure.id, inputs=(part.figure.id, s.figure.id)), slots, context):
            return s
    return None


def body_copy(text: str, earlier: list[_Slot], whole: _Slot | None) -> _Slot | None:
    """A whole found in the headline (the first line) as the same figure stated in the body
    before the part, when the body states it (低空经济营收186.4亿元 in the title, then
    全市低空经济产业实现营收186.4亿元): the claim is the body's."""
    head_end = text.find("\n")
    if whole is None or head_end < 0 or whole.start > head_end:
        return whole
    # (a mark passed in the headline, 总产值突破40亿元, is the body's figure past it: 实现总产值41.36亿元)
    passed = passed_in_headline(text, whole)
    return next((s for s in reversed(earlier) if s.start > head_end and s.same_measure(whole)
                 and (s.figure.value == whole.figure.value
                      or (passed and s.figure.value > whole.figure.value
                          and _named_alike(s.fields.get("indicator") or "", whole.fields.get("indicator") or "\0")))
                 and s.fields.get("role") not in ("previous", "change", "target")), whole)


def _named_alike(body: str, headline: str) -> bool:
    """Does the body's figure name what the headline's does, ending as it does (总产值), or with its
    measure after the trade (种业实现产值 for 芷阳县种业产值)?"""
    return body.endswith(headline[-3:]) or (len(headline) >= 4 and body.endswith(headline[-2:])
                                            and headline[-4:-2] in body)


def headline_end(text: str) -> int:
    """Where the headline ends: the first line, when more lines follow and it ends no sentence; else -1."""
    end = text.find("\n")
    return end if end > 0 and not _FULL_STOP.search(text, 0, end) else -1


def passed_in_headline(text: str, slot: _Slot) -> bool:
    """Is ``slot`` a mark the headline says was passed (总产值突破40亿元, 种业产值超24亿元): no whole of its own."""
    head_end = text.find("\n")
    return 0 <= slot.start < head_end and (_PASSED.search(text, max(0, slot.start - 3), slot.start) is not None
                                           or _PASSED_IN_FIGURE.match(slot.figure.text) is not None)


_PASSED = regex.compile(r"(?:突破|超过|超|逾|跨越|迈上|站上)\s*$")
_PASSED_IN_FIGURE = regex.compile(r"(?:超过|超|逾)")  # (超24亿元: the figure holds the word)
