"""What a figure measures: the noun phrase right before it in its clause (its
``indicator``), read from the normalized text without the clause's time, region,
verb and comparison words (全年全区到位市外资金 -> 到位市外资金), and the clause
structure that reading and relate.py's relations share (_clause_start)."""
from __future__ import annotations

import bisect
from itertools import accumulate

import regex

from .period import YEAR_NUMBER

# The end of a name that makes it the total of what it names: 授信总额, 用电客户总数.
WHOLE_TAIL = regex.compile(r"(?<=\p{Han}{2})(?:总额|总量|总数|总值|总规模|总和|总计)$")
# A comma, unless between digits: that one groups them (4,511.3万人次) and breaks no clause.
CLAUSE_COMMA = r"(?<!\d),|,(?!\d)"
_BREAK_MARKS = "，。！？!?；;：:、\n（(）)"
_CLAUSE_BREAK = regex.compile(CLAUSE_COMMA + rf"|[{_BREAK_MARKS}“”\"]|其中|分别为?|分别是")
# A space between Han characters parts phrases, as in a title: 假期文旅市场火热 接待游客.
_TITLE_SPACE = regex.compile(r"(?<=\p{Han})[ \u3000]+(?=\p{Han})", flags=regex.REVERSE)
_LIST_BREAK = regex.compile(CLAUSE_COMMA + r"|[，。！？!?；;：:\n（(）)“”\"]|其中")
# The same over quotes round a word in a name (上年全省“双低”油菜种植比重为…: the clause opens on 上年)
QUOTED_WORD_BREAK = regex.compile(CLAUSE_COMMA + rf"|[{_BREAK_MARKS}]|其中|分别为?|分别是")
# Searched backwards: a break's first character is never inside another break.
_LAST_BREAK = {p: regex.compile(p.pattern, flags=regex.REVERSE) for p in (_CLAUSE_BREAK, _LIST_BREAK, QUOTED_WORD_BREAK)}

# A year's 之 in Hong Kong reports (2026年度之溢利), not the 之 of 之后/之前.
_OF_YEAR = r"(?:之(?![前后间内外中上下])(?=\p{Han}{2}))?"
# Words that open a clause but are not part of what a figure measures.
# The whole of an area, named so (全国, 全省, 全县, 全旗, 全港): a figure for all of it, wider than one place's.
WHOLE_AREA = regex.compile(r"全[国省市州县区盟旗澳港台]")

_LEADING = regex.compile(
    r"^(?:(?:今年|去年|年初|开年|入夏|入冬|近年|近期)以来|(?:节日|假日|假期|长假|黄金周)(?:期间)?|(?:\d{4}|" + YEAR_NUMBER + r")年(?:度)?(?:底|末)?" + _OF_YEAR + r"|\d{1,2}(?:[-—~～至到]\d{1,2})?月(?:份)?(?:底|末|[上中下]旬)?|[上中下]旬|全年度?" + _OF_YEAR + r"|(?:上一?年|去年|前一年)(?:末|底)|今年|去年|上年度|上一年度|上年|当年|年内|年初|年末|年底|上半年|下半年|"
    r"上个?季度|上个?月|当月|单月|当季|按届|"
    r"[一二三四]季度|第[一二三四]季度(?=\p{Han}{2})|前三季度|(?:本|单)?季度(?=\p{Han}{2})|单季(?=\p{Han}{2})|按可比(?:口径|价格)(?:计算)?|扣除价格因素|一至[二三四五六七八九十]+月|前(?:\d{1,2}|[二三四五六七八九十]|十一)个月(?:的)?|截至(?:目前|年底|年末|\d+月(?:底|末|[上中下]旬)?)|目前|当前|同期|其中|当中(?=\p{Han}{2})|同时|此外|另外|"
    r"全区|全市|全县|全省|全国|全镇|全乡|该区|该市|该县|我区|我市|我县|本区|本市|本县|"
    r"共计|共有|共(?![建享同赢识])|拥有(?![^的]*的|\d)|录得|年均(?=增|减|下降|提高|上升|上涨|回落)|累计|合计|总计|实现|完成|达到|实际|最终|预计|预估|计划|力争|争取|确保|拟|已|仅|约|近|了|为|将(?![来军近])|"
    r"在(?![线建校职读岗途])|对(?![外象手话接比口])|"
    r"\p{Han}{1,8}?等(?:地|国|城市|地区|省份|国家)(?![级家])(?=\p{Han}{2})|"
    # (the firm reporting, before what it reports: 公司实现|营业收入, 公司综合毛利率; not 公司债)
    r"(?:本|该)?(?:公司|集团)(?=(?:报告期内?|本期|全年|今年|前三季度|[上下]半年|第?[一二三四]季度)?"
    r"(?:实现|完成|累计|拥有|研发|综合|营业|净利|总资产|整体|全年|共|合计|毛利))|"
    r"从(?![业事])|由|向|以及|和|与|及|的(?=\p{Han}))+"
)
_TRAILING_WORDS = (
    "达到|达|为|是|有|共|约|近|超过|逾|了|已|已经|实现|完成|录得|编列|累计|合计|总计|共计|高达|仅|的|同比|环比|"
    "比上年同期|比上年|较上年同期|较上年|比去年同期|比去年|较去年同期|较去年|与上年相比|与上年同期|与上年|与去年同期|与去年|"
    "比上年末|较上年末|比年初|较年初|比上月|较上月|比上季度|较上季度|比上季|较上季|比上周|较上周|按年|按季|按月|"
    "比上届|较上届|比上一届|较上一届|比上期|较上期|相比|相较|突破|可|则|由|由原来|从原来|由原先|控制在|控制|介于|"
    "比上半年|较上半年|比一季度|较一季度|比前三季度|较前三季度|比上年同月|较上年同月|比去年同月|较去年同月|"
    "比一年前|较一年前|比上年度|较上年度|比上一年度|较上一年度|比上一财政年度|较上一财政年度|"
    "估计|初步估计|估算|预估|临时估计|修订估计"  # (农产品损失估计|12.47亿元: the loss, estimated; 总销货价值的临时估计为|x)
).split("|")
# (and 比2024年, 较2024年同期: a comparison with a year named)
_TRAILING = regex.compile(rf"(?:{'|'.join(_TRAILING_WORDS)}|[比较]{YEAR_NUMBER}年(?:同期)?)+$")
# _TRAILING can only match a phrase ending in one of these ($ also matches before a final "\n").
_TRAILING_LAST = frozenset(w[-1] for w in _TRAILING_WORDS) | {"\n", "年", "期"}
# The one-character trailing words a word may end in (拥有, 华为, 大约): only before
# one of them is the cut read at jieba's word edges.
_GLUED = frozenset(w for w in _TRAILING_WORDS if len(w) == 1)
_HAN = regex.compile(r"\p{Han}")
_ALL_HAN = regex.compile(r"\p{Han}+")
_REGION_ITEM = regex.compile(r"\p{Han}{1,4}?[省市区县镇乡]")  # a place in a list (青石镇, 河口乡)
_NOUN_TAGS = frozenset({"n", "nz", "nt", "ns"})
# (not nr, which jieba also gives 比达 and 高达: they end where the trailing word starts)
_GOES_WHOLE = frozenset("vdcp")  # first letters of the tags of the words a trailing one goes with
_NOUNS_JIEBA_TAGS_VERBS = ("行为",)  # nouns ending in a trailing word (为) that jieba tags verbs (违法行为)
_FUNCTION_CHARS = frozenset("至到在以于从将只仅就和也都又还占高低")
_CHANGE = (r"(?:同比|环比)?(?:增长|下降|上涨|下跌|下滑|增加|减少|提高|提升|降低|上升|回落|大涨|大跌|暴涨|暴跌|大增|激增|"
           r"猛增|骤降|下挫|上扬|扩大|收窄|成长|负成长|衰退|飙升|攀升|跃升|回升|猛涨|小涨|收涨|反涨|累涨|收跌|小跌|净增|净减|"
           r"年增|年减|月增|月减|季增|季减|加快|放缓|减缓|新增|"
           r"累跌|涨|跌|升)")
_CHANGE_TAIL = regex.compile(rf"{_CHANGE}(?<=\p{{Han}}{{4}})$")
# (not the ages a group of people is named by: 0-15岁人口, 60岁及以上人口)
_EDGE = regex.compile(r"^(?!\d{1,3}(?:\s?[-~～至到—]\s?\d{1,3})?岁)[^\p{Han}A-Za-z]+|[^\p{Han}A-Za-z]+$")
# A change with nothing before it names no measure (商品房销售面积386.5万平方米，下降|6.3%).
_BARE_CHANGE = regex.compile(_CHANGE)
# A count before the measure in its clause, and the scope it opens: 86个项目中|已开工项目71个.
_COUNT_BEFORE = regex.compile(
    r"\s*\d[\d.,]*(?:万|亿)?(?:余|多)?(?:个(?!月)|[家项户人名所座只位件])(?:以上|以下|左右)?"
    r"(?:\p{Han}{0,8}?(?:当中|之中|中)(?=\p{Han}{2}))?")
_OF_A_COUNT = regex.compile(r"\p{Han}的(?=\d)|(?<=\p{Han})等(?=\d)")  # (A、B等|41家社会运营商合计完成投资)
_BASE_BEFORE = regex.compile(r"由|从|比|较|与")
# What may stand between 分别 and its first figure: a verb, no name (分别达到|20156元).
_DISTRIBUTED_BEFORE = regex.compile(r"\s*(?:达到|达|为|是|增长|增加|完成|实现|占)?\s*")
# (比 and 较 as words of their own: not in 比例, 相比, 环比, 占比, 性价比, 比较)
_BASE_WITH_FIGURE = regex.compile(
    r"(?:(?<![相环同占对价比])较|(?<![相环同占对价较])比(?![例重率较])|由|从)(?:[^，,。；;]|(?<=\d),(?=\d))*?\d(?:[^，,。；;]|(?<=\d),(?=\d))*$")
_BASE_REACH = 60
# A figure, its unit, and a word that joins the next item to it (3000万美元和|, 8个及|).
_JOINED_AFTER_FIGURE = regex.compile(
    r"\d[\d.,]*\s*(?:[万亿]?(?:元|美元|港元|欧元|英镑|日元)|[万亿]?(?:人次|[个家项人户名次场批件所座台套辆])|%)"
    r"(?:以及|和|及|与)(?=[^\d]*$)")
# An abbreviation in brackets between a measure and its figure: 地区生产总值（GDP）|2,856.43亿元.
_ABBREVIATION = r"[（(][A-Za-z][A-Za-z0-9 .&-]{0,11}[）)]"
# …or a short name in brackets: 青漪先进材料研究院（青漪材料院）|72项, 固定资产投资（不含农户）|增长,
# 衔接推进乡村振兴补助资金（以下简称“衔接资金”）|12,600万元
# (or a code: 一般出口（9610）|53.5亿元, a customs mode's number; 贵州茅台（600519）; or a scope kept
# on: 税收收入（不含海关代征，下同）|12.48亿元)
_GLOSS_BEFORE = regex.compile(
    rf"(?:{_ABBREVIATION}|(?<=\p{{Han}})[（(](?:(?![一二三四五六七八九十]+[）)]|记者|通讯员)\p{{Han}}{{2,12}}(?:[，,]下同)?|\d{{3,6}})[）)]"
    r"|(?<=\p{Han})[（(](?:以下)?简称[“\"「](?P<alias>\p{Han}{2,12})[”\"」][）)])\s*$")
PHRASE_REACH = 200  # characters of a clause read before its figure
PARAGRAPH_REACH = 600  # a paragraph's length at most
_ABBREVIATED_REACH = 40  # characters of a name read before an abbreviation inside it
_GLOSS_INSIDE = regex.compile(r"(?<=\p{Han})" + _ABBREVIATION + "$")
# …or a short name, when only how the figure is counted follows: 红磡海底隧道（红隧）|日均|10.28万架次
_SHORT_NAME_INSIDE = regex.compile(r"(?<=\p{Han})[（(]\p{Han}{2,6}[）)]$")
_QUALIFIER_AFTER_ASIDE = regex.compile(r"(?:日均|月均|年均|周均|平均|全年|全月|合计|共计|累计)(?:为|达到?|约)?\s*")
# A gloss that defines a ratio named before it: 研发投入强度（R&D经费支出占GDP比重）达|2.86%.
_RATIO_GLOSS = regex.compile(r"(?<=\p{Han})[（(][^（()）\d]{2,24}(?:比重|比例|之比)[）)](?:达到|达|为|是)?\s*$")


# Long names of measures and the short names reports also give them (the short one
# wins: it is what both forms end with once shortened).
_SHORT_NAMES = {
    "归属于上市公司股东的净利润": "归母净利润", "归属于母公司股东的净利润": "归母净利润",
    "归属于母公司所有者的净利润": "归母净利润", "归属上市公司股东的净利润": "归母净利润",
    "扣除非经常性损益后的净利润": "扣非净利润", "扣除非经常性损益的净利润": "扣非净利润", "扣非后净利润": "扣非净利润",
    # (the same written without 的: 占归属于上市公司股东净利润的31.2%)
    "归属于上市公司股东净利润": "归母净利润", "归属于母公司股东净利润": "归母净利润",
    "归属于母公司所有者净利润": "归母净利润", "扣除非经常性损益后净利润": "扣非净利润",
    "国内生产总值": "GDP", "地区生产总值": "GDP",
    # (规上工业增加值 for 规模以上工业增加值, 限上批发额 for 限额以上批发额)
    "规模以上": "规上", "限额以上": "限上",
    # (社零总额, 社零额 for 社会消费品零售总额)
    "社会消费品零售总额": "社零总额", "社零额": "社零总额",
    # (外资企业 for 外商投资企业)
    "外商投资企业": "外资企业",
    # (外贸总值 for 外贸进出口总值: foreign trade is imports and exports)
    "外贸进出口": "外贸",
    # (全区税收 for 全口径税收收入: tax revenue is the taxes)
    "税收收入": "税收",
}
_LONG_NAME = regex.compile("|".join(sorted(_SHORT_NAMES, key=len, reverse=True)))


def short_name(measure: str) -> str:
    """``measure`` with the long names in it shortened: 当年归属于上市公司股东的净利润 -> 当年归母净利润."""
    return _LONG_NAME.sub(lambda m: _SHORT_NAMES[m.group()], measure) if len(measure) >= 4 else measure


def paragraph_start(text: str, pos: int, reach: int) -> int:
    """Where the paragraph holding ``pos`` starts, at most ``reach`` characters before it
    (searched that far only: a page with no line break is not read back to its start)."""
    return max(text.rfind("\n", max(0, pos - reach), pos) + 1, pos - reach)


def paragraph_end(text: str, pos: int, reach: int) -> int:
    """Where the paragraph holding ``pos`` ends, at most ``reach`` characters after it."""
    end = text.find("\n", pos, pos + reach)
    return min(len(text), pos + reach) if end < 0 else end


def _clause_start(text: str, start: int, floor: int, breaks: regex.Pattern = _CLAUSE_BREAK) -> int:
    """The end of the last of ``breaks`` that a scan of ``text`` from ``floor`` to
    ``start`` finds, else ``floor``.  The break that ends last starts where the scan
    finds one, but may be longer (分别是 for 分别); a break may look behind ``floor``
    (the comma of 4,511 breaks nothing)."""
    last = _LAST_BREAK[breaks].search(text, floor, start)
    return breaks.match(text, last.start(), start).end() if last else floor


def paragraph_before(text: str, pos: int, reach: int) -> int:
    """Where the paragraph before the one holding ``pos`` starts (its own start when it is the
    first), each read at most ``reach`` characters back."""
    here = paragraph_start(text, pos, reach)
    return paragraph_start(text, here - 1, reach) if here > 0 and text[here - 1] == "\n" else here


_ASIDE_REACH = 40  # (an aside is shorter)
# A measure's name alone after an aside on what it is of (一产（鲜果）|产值).
_MEASURE_AFTER_ASIDE = regex.compile(r"(?:产值|增加值|收入|营收|产量|销量|销售额|投资|利润)(?:为|达到?|约)?")
_DIGIT = regex.compile(r"\d")
# An aside that bounds the class it names (高端酒（出厂价600元以上）收入): a definition, no figure of its own.
_CLASS_BOUND = regex.compile(r"[^（()）]*\d[^（()）]*(?:及以上|及以下|以上|以下|以内)[）)]")
_UNITS_ALIKE = regex.compile(r"[省市县区镇乡村][（(][省市县区镇乡村][）)]")  # (县（市）, 区（县）: a unit and one ranked as it)
# (其余四县（市）合计|5790万元: a total's word alone, after a unit and one ranked as it)
_ONLY_A_VERB = regex.compile(r"(?:(?:预计|初步|全年|合计|共计|累计)?(?:为|是|达到|达|约为|约|录得|实现)|合计|共计)\s*")


def indicator_before(text: str, start: int, floor: int) -> str | None:
    """The noun phrase right before a figure in its clause, stripped of time,
    region and verb words: 全年全区到位市外资金 -> 到位市外资金."""
    # (no clause is longer: a text of figures with no break between them, 1元1元1元…, would
    # otherwise be read back to its start from each figure)
    floor = max(floor, start - PHRASE_REACH)
    gloss = _GLOSS_BEFORE.search(text, max(floor, start - 16), start) \
        or _RATIO_GLOSS.search(text, max(floor, start - 32), start)
    alias = None
    if gloss:
        start = gloss.start()
        alias = gloss.groupdict().get("alias")
    clause = _clause_start(text, start, floor)
    inner = (_GLOSS_INSIDE.search(text, max(floor, clause - 16), clause)
             or (_SHORT_NAME_INSIDE.search(text, max(floor, clause - 16), clause)
                 if _QUALIFIER_AFTER_ASIDE.fullmatch(text, clause, start) else None)) \
        if clause and text[clause - 1] in "）)" else None
    if inner:
        # 细颗粒物（PM2.5）|年均浓度, 研究与试验发展（R&D）|经费投入: the abbreviation inside the name
        # goes, the name around it stays (read from a copy of the clause without it)
        lo = max(floor, inner.start() - _ABBREVIATED_REACH)
        return indicator_before(text[lo:inner.start()] + text[clause:start], inner.start() - lo + start - clause, 0)
    if clause and text[clause - 1] in "）)" and (clause == start or _ONLY_A_VERB.fullmatch(text, clause, start)):
        # 差饷收入（已扣除差饷宽减）预计为|264.37亿港元: an aside between the name and its verb
        opened = max(text.rfind("（", floor, clause), text.rfind("(", floor, clause))
        if opened < 0:
            # (an aside that holds a figure of its own, where the floor lies: 就餐补贴（按每餐3元至5元
            # 标准补贴）|986.4万元; the name is before the aside)
            reach = max(0, clause - _ASIDE_REACH)
            opened = max(text.rfind("（", reach, clause), text.rfind("(", reach, clause))
            return indicator_before(text, opened, max(0, opened - PHRASE_REACH)) if opened > 0 else None
        if opened > floor and _UNITS_ALIKE.fullmatch(text, _clause_start(text, opened, floor), clause):
            return text[opened - 1] + text[opened + 1]  # ，县（市）|27家: the counties and the cities alike, 县市
        return indicator_before(text, opened, floor) if opened > floor else None
    if clause and text[clause - 1] in "）)" and _MEASURE_AFTER_ASIDE.fullmatch(text, clause, start):
        # 一产（鲜果）|产值11.8亿元: the name before the aside, the measure after it
        opened = max(text.rfind("（", max(floor, clause - _ASIDE_REACH), clause),
                     text.rfind("(", max(floor, clause - _ASIDE_REACH), clause))
        named = indicator_before(text, opened, floor) if opened > floor and (
            not _DIGIT.search(text, opened, clause) or _CLASS_BOUND.fullmatch(text, opened + 1, clause)) else None
        if named and len(named) <= 6:
            return named + text[clause:start]
    count = _COUNT_BEFORE.match(text, clause, start)
    if count is None and (lead := _LEADING.match(text[clause:start].lstrip())):
        # 全县|12家A级旅游景区共接待游客: the count after the clause's region or time
        # (else its digits went as an edge and left 家A级旅游景区…)
        count = _COUNT_BEFORE.match(text, start - len(text[clause:start].lstrip()) + lead.end(), start)
    if count is None and (relative := _OF_A_COUNT.search(text, clause, start)) \
            and not _BASE_BEFORE.search(text, clause, relative.start()):
        # 2024年度安排的|62个节能改造项目已完工|54个: the count after what is said of it, or after the
        # members it counts (A、B等|41家社会运营商合计完成投资|y); not a base's (由去年同期的4,511.3万人次)
        count = _COUNT_BEFORE.match(text, relative.end(), start)
        count = count if count is not None and not text.startswith("次", count.end()) else None
    phrase = text[count.end() if count else clause:start]
    space = _TITLE_SPACE.search(phrase) if " " in phrase else None
    if space:
        phrase = phrase[space.end():]
    if _DISTRIBUTED_BEFORE.fullmatch(phrase) and (k := text.rfind("分别", max(floor, clause - 4), clause)) >= 0:
        # 城乡居民人均可支配收入分别达到|20156元: what the 分别 distributes is named before it
        return indicator_before(text, k, floor)
    if not phrase:
        return None
    # A base with its own figure goes, and what follows it (进出口总额较上年同期的42.6亿元|增长,
    # 由上年的143.8亿元增加到|156.2亿元): the measure is named before it, if at all.
    # (searched in the phrase's end only: an indicator is short, and a long clause of 由 or 比
    # and no digit must cost no scan of the clause from each of them)
    base = _BASE_WITH_FIGURE.search(phrase, max(0, len(phrase) - _BASE_REACH))
    if base:
        phrase = phrase[:base.start()]
    elif (joined := _JOINED_AFTER_FIGURE.search(phrase, max(0, len(phrase) - _BASE_REACH))) is not None:
        # A项目3000万美元和|B项目: an item joined to a figure before it names its own
        phrase = phrase[joined.end():]
    # The indent and the space before the number first: they hide the words to strip
    # (　　全年实现…, 营收达到 138.6亿美元).
    phrase = _EDGE.sub("", _strip_words(phrase.strip()))
    # (142宗|出让用地中|工业用地78宗: the scope a count opens is no part of the name after it)
    phrase = _COUNTED_SCOPE.sub("", phrase)
    # A preposition or adverb left before the number is the clause's, not the
    # measure's (股价从|56美元, 命中率只|39.4%, 启动金在|150万元), unless it ends
    # a word of the dictionary (甚至, 高于, 拿到).
    while len(phrase) > 2 and phrase[-1] in _FUNCTION_CHARS and not _ends_in_word(phrase):
        phrase = phrase[:-1]
    # A change stated before the figure it leads to: 销售额增长3%至|42.2亿美元 measures 销售额.
    cut = _CHANGE_TAIL.sub("", _EDGE.sub("", phrase))
    if len(cut) >= 2:
        phrase = _strip_trailing(cut)  # 居民消费价格比上年|上涨0.3%: the base before the verb goes too
    if _BARE_CHANGE.fullmatch(phrase):
        return None
    if len(phrase) > 20 and (who := _WHOSE_PROJECT.search(phrase)):
        # 深圳市鸿远新能源科技有限公司投资的|动力电池项目总投资: who builds it, then what it measures
        phrase = phrase[who.end():]
    elif len(phrase) > 20 and (verb := _LAST_CLAUSE_VERB.search(phrase)):
        # 未来三年将为全县重点项目和中小微企业提供|意向授信总额: what the clause's verb gives
        phrase = _strip_words(phrase[verb.end():])  # (公布|10月合并营收: the month goes)
    elif len(phrase) > 20 and (kinds := _KINDS_NAMED.search(phrase)):
        # 上级下达我县棉花目标价格补贴等|涉棉补贴资金: the kinds named, then the name of them all
        phrase = phrase[kinds.end():]
    elif len(phrase) > 20 and (act := _ACT_TO.search(phrase)):
        # 国家开发银行…分行和…向汀阳城市更新投资集团有限公司|授信: who gave to whom, then the act measured
        phrase = act.group("act")
    elif len(phrase) > 20 and (whose := _WHOSE.search(phrase)):
        # 市医疗保障局监管的|定点医药机构违规结算医保基金: who oversees them, then what is measured
        phrase = phrase[whose.end():]
    elif len(phrase) > 20 and (firm := _THROUGH_A_FIRM.search(phrase)):
        # 通过海岚环境能源交易所股份有限公司|挂牌成交: the firm it went through, then the act measured
        phrase = phrase[firm.end():]
    elif len(phrase) > 20 and (counted := _BODIES_COUNTED_IN.search(phrase)):
        # 辖内北岭温泉区42家|合法温泉旅馆1月合计营收: the bodies counted, then what they did together
        phrase = phrase[counted.end():]
    # (以转让、许可、作价投资方式|转化科技成果: the manner is no part of the measure)
    if "方式" in phrase:
        phrase = _MANNER.sub("", phrase)
    # (a name too long to read is known by the short name the text gives it; two names joined may
    # run longer: 中央预算内投资和中央财政灾后恢复重建补助资金)
    return phrase if 2 <= len(phrase) <= (26 if _JOINED_NAMES.search(phrase) else 20) else alias


_THROUGH_A_FIRM = regex.compile(r"^(?:通过|经由|经|由|在)\p{Han}{4,24}?(?:有限责任公司|有限公司|交易所|交易中心)(?=\p{Han}{2,8}$)")
_BODIES_COUNTED_IN = regex.compile(r"(?<=\p{Han})\d+[余多]?[家个所座户间](?=\p{Han}{6})")
_JOINED_NAMES = regex.compile(r"\p{Han}{6}[和及与]\p{Han}{6}")


_MANNER = regex.compile(r"^\p{Han}{1,10}?方式(?=\p{Han}{2})")


# A line that a label opens (1．规上工业增加值：完成12.36亿元…, 一般公共预算收入：6.48亿元):
# in briefs and tables the label names what the line's figures measure.
_LABEL = regex.compile(r"[ \t\u3000]*(?P<number>(?:\d{1,2}\s*[．.、]|[（(][一二三四五六七八九十\d]{1,2}[）)]|"
                       r"[一二三四五六七八九十]{1,2}、)\s*)?(?P<name>\p{Han}{2,12})[：:]")
_LABEL_REACH = 200
# A label's figures come right after it (：完成12.36亿元), not after a sentence (招收范围和条件：招收…).
_DATA_AFTER = regex.compile(r"[^\n，,。；;：:\d]{0,8}\d")
# Labels of a page, not of a measure: 原标题：38所高校…
_NOT_LABELS = frozenset("原标题 标题 副标题 导语 来源 相关新闻 相关阅读 延伸阅读 新闻链接 链接 摘要 编者按 核心提示 提示 "
                        "记者 作者 编辑 责任编辑 通讯员 注 备注 说明 背景 图 问 答 主持人".split())


def line_label(text: str, start: int) -> str | None:
    """What the label opening the figure's line names, when figures follow it right
    away: any figure of a numbered item (1．规上工业增加值：完成12.36亿元，…；1-4月累计
    完成45.81亿元), else one in the first clause after the label (参考价格：3999元)."""
    line = text.rfind("\n", max(0, start - _LABEL_REACH), start) + 1
    if line == 0 and start > _LABEL_REACH:
        return None
    m = _LABEL.match(text, line, start)
    while m is not None and (inner := _LABEL.match(text, m.end(), start)):
        m = inner  # 一、招收范围和条件：1、招收计划：115名: the label nearest the figure
    if m is None or m.group("name") in _NOT_LABELS or not _DATA_AFTER.match(text, m.end(), start + 1) \
            or (not m.group("number") and _CLAUSE_BREAK.search(text, m.end(), start)):
        return None
    name = _strip_words(m.group("name"))
    return name if len(name) >= 2 else None


# The clause's verb in a long phrase, the last one, with what it gives after it (2-12 characters).
# (录得: Hong Kong's and Macau's "recorded", 码头营运商…有限公司去年录得|总收入; …有限公司全年收取|管廊有偿使用费)
_LAST_CLAUSE_VERB = regex.compile(r"(?:录得|收取|提供|实现|完成|达到|引进|签订|签署|投入|安排|发放|争取|筹集|落实|拨付|下达|带动|吸引|接待|开展|组织|举办|受理|办理|审批|公布|发布|披露|收到|实施)"
                                  r"(?:了|的|到|出|过)*(?=(?!占)(?:\d{1,2}月份?)?\p{Han}{2,16}$)")
# Kinds listed before the name of them all (A、B等|C): the last 等 the name follows.
_KINDS_NAMED = regex.compile(r"等(?=\p{Han}{2,12}$)")
# The builder of a project before it (…有限公司投资建设的|固废资源化项目总投资): the last such 的.
_ACT_TO = regex.compile(r"(?:向|为|对)[\p{Han}\d]{2,30}?(?:公司|集团|企业|单位|项目)(?P<act>(?:新增)?(?:授信|放贷|出资|捐赠|捐款|增资))$")
_WHOSE = regex.compile(r"(?:监管|管理|主管|所属|下属|辖区内|辖内)的(?=[^的]{6,20}$)")
_WHOSE_PROJECT = regex.compile(r"(?:投资|建设|实施|承建|开发|引进|签约|落户|运营|经营|管养)的(?=[^的]{2,20}$)")


_MEASURE_TAIL = regex.compile(r"(?:余额|金额|总额|发生额|规模)$")


_COUNTED_SCOPE = regex.compile(r"^[个家项户名位所支座条台辆艘套件宗批]\p{Han}{1,8}?中(?=\p{Han}{2})")


_OTHERS_THEN = regex.compile(r"^等(?:其他|其它|各类|各种)?\p{Han}{0,4}?(?=(?:销售额|产值|收入|营收|支出|投资|产量|销量|金额|总额|资金)$)")


def share_head(items: list[str]) -> list[str]:
    """Items of a list that share the head noun its last item spells out:
    城镇|农村居民人均可支配收入 -> 城镇居民人均可支配收入, 农村居民人均可支配收入.
    Only when every other item is one word, as long as the last item's first word
    (营业收入|净利润, 工业|服务业增加值 stay as they are): jieba's edge, or two
    words of the dictionary that one of its words joins (农村|居民)."""
    from .org_rules import cached_org_rules
    from .wordcut import segmenter

    if len(items) < 2 or not all(items):
        return items
    if all(_REGION_ITEM.fullmatch(t) for t in items[:-1]) and (region := _REGION_ITEM.match(items[-1])):
        # 城关镇、青石镇、河口乡|新签约项目分别为8个、5个和3个: places, the last one's measure theirs
        head = items[-1][region.end():]
        return [t + head for t in items[:-1]] + [items[-1]] if len(head) >= 2 else items
    tail = _MEASURE_TAIL.search(items[-1])
    if tail is not None and tail.start() >= 2 and all(
            len(t) >= 2 and t.endswith(items[-1][tail.start() - 2:tail.start()]) and not t.endswith(tail.group())
            for t in items[:-1]):
        # 信用贷款、保证贷款和抵质押贷款|余额: items that end alike, the last with the measure they all are
        return [t + tail.group() for t in items[:-1]] + [items[-1]]
    seg = segmenter(cached_org_rules())
    n, last = len(items[0]), items[-1]
    if len(last) < n + 2 or any(len(t) != n or seg.cut(t) != (n,) for t in items[:-1]):
        return items
    head = last[n:]
    if head.startswith("等") and len(head) >= 4:
        # 化肥、农药和农膜等其他农资|销售额: what 等 sums up is the last item's, the measure is theirs all
        head = _OTHERS_THEN.sub("", head)
        return [t + head for t in items[:-1]] + [last] if len(head) >= 2 and _ALL_HAN.fullmatch(head) else items
    if head[:1] in _JOINS and len(head) > 1:
        # 同城、异地、国际及港澳台|快递业务量: the last item joins two words before the head
        second = seg.cut(head[1:])[0]
        if second >= 2 and len(head) - 1 - second >= 2:
            head = head[1 + second:]
            return [t + head for t in items[:-1]] + [last] if _ALL_HAN.fullmatch(head) else items
    if not _ALL_HAN.fullmatch(head) or any(t.endswith(head) for t in items[:-1]):
        return items
    word = seg.cut(last)[0]
    if word != n and not (word >= n + 2 and seg.tag(last[:n]) and seg.tag(last[n:word])):
        return items
    return [t + head for t in items[:-1]] + [last]


_JOINS = frozenset("及和与")


def _ends_in_word(phrase: str) -> bool:
    """Does ``phrase`` end with a dictionary word of two characters or more?"""
    from .org_rules import cached_org_rules
    from .wordcut import segmenter

    seg = segmenter(cached_org_rules())
    n = seg.cut(phrase[-6:])[-1]
    return n > 1 and seg.tag(phrase[-n:]) is not None


def _strip_words(phrase: str) -> str:
    """``phrase`` without its leading time/region/verb words and trailing verbs."""
    return _strip_trailing(_LEADING.sub("", phrase))


# Acts that end in 约, no 约 of "about" before a figure (已履约|2,846万美元, 节约|26.6万元); but 签约 goes
# as other acts do (东地块签约|800户 names 东地块: the lists and rates read it so)
_ENDS_IN_YUE = frozenset({"履约", "节约", "违约", "解约", "续约", "践约", "毁约"})


def _strip_trailing(phrase: str) -> str:
    """``phrase`` without its trailing verbs and comparisons (营收达到 -> 营收), with the
    word they end when jieba reads one there (而零售业务只有 -> 而零售业务, 市值大约 ->
    市值), but not a name they end (落后华为的 -> 落后华为)."""
    if not phrase or phrase[-1] not in _TRAILING_LAST:
        return phrase
    m = _TRAILING.search(phrase)
    if m is None:
        return phrase
    end = m.end()  # (before a final "\n", which stays)
    if m.group() == "约" and phrase[m.start() - 1:end] in _ENDS_IN_YUE:
        return phrase  # (已履约|2,846万美元: an act, no 约 of "about")
    if not m.start() or phrase[m.start()] not in _GLUED or not _HAN.match(phrase, m.start() - 1):
        return phrase[:m.start()] + phrase[end:]  # no word can straddle the cut: jieba is not asked
    from .org_rules import cached_org_rules
    from .wordcut import segmenter

    rules = cached_org_rules()
    seg = segmenter(rules)
    c = m.start()
    # A word that straddles the cut starts at most three characters before it, and jieba's
    # dictionary holds every prefix of its words: none there, no word to read (most phrases).
    if not any(seg.freq.get(phrase[a:c + 1]) is not None for a in range(max(0, c - 3), c)):
        return phrase[:c] + phrase[end:]
    lo = max(0, m.start() - 4)  # a few characters before the trailing ones: the word they may end
    edges = list(accumulate(seg.cut(phrase[lo:]), initial=lo))
    for cut in range(m.start(), end):
        if not _TRAILING.fullmatch(phrase, cut, end):
            continue
        # (a comparison goes even where jieba glues its 比 on: 价格比|上年)
        if cut in edges or phrase[cut] in "比较" and end - cut > 2:
            return phrase[:cut] + phrase[end:]
        k = bisect.bisect_left(edges, cut)
        word = phrase[edges[k - 1]:edges[k]]
        tag = seg.tag(word)
        if word in rules.gazetteer or tag in _NOUN_TAGS or word.endswith(_NOUNS_JIEBA_TAGS_VERBS) \
                or (tag == seg.other and word.endswith("的") and len(word) > 1):
            # 华为|的: only what follows the name may go; 各类标的: a noun of the dictionary ending in 的
            # stays, as 违法行为 does
            continue
        if word == phrase and word.endswith("达") and word not in _TRAILING_WORDS and tag is not None and tag[0] == "v":
            return phrase  # (已|下达|2.56亿元: the act alone names what was passed down; not 签|约, read by the rates)
        # (a verb, adverb or conjunction goes whole: 拥有, 大约, 只有, 一共; not a name: 屏占比|达)
        goes_whole = tag is not None and (tag == seg.other or tag[0] in _GOES_WHOLE)
        cut = edges[k - 1] if goes_whole and len(word) <= 3 else cut
        return phrase[:cut] + phrase[end:]
    return phrase


# 香港市场 for 出口香港, an item of 出口香港、新加坡和阿联酋分别为…: a market, region or field named by its head
# (县财政资金 for 县财政安排, a source of funds by its owner)
# (医用级产品 of 医用级无纺布产值: a kind named by its grade, three characters or more, and 产品; 马来西亚货源 of
# 自马来西亚进口x: goods by where they come from)
_GENERIC_TAIL = regex.compile(r"(?:市场|地区|区域|领域|板块|资金|货源|渠道|(?<=\p{Han}{3})(?:类产品|产品))$")


def generic_head(name: str) -> str:
    """``name`` less a generic tail (香港 of 香港市场, 电商 of 电商渠道), or ``name`` when it has none."""
    return _GENERIC_TAIL.sub("", name)


def amount_of(name: str) -> str:
    """``name`` without a tail that says "the amount of" (出口额 -> 出口, 销售金额 -> 销售)."""
    return _AMOUNT_TAIL.sub("", name)


_AMOUNT_TAIL = regex.compile(r"(?<=\p{Han}{2})(?:金额|总额|额)$")
