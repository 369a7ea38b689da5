"""Claims of growth: a rate against the previous value or the change it implies
(同比增长12.5%，上年同期为34.35亿元; 由X增加到Y; 比上年增收0.74亿元), read on the slots
relate.py has built, one rate at a time (the rates of a 分别 run, and rates against bases listed
after them, are growth_lists.py's).  A value the rate's own clause leaves out is read from its
context by growth_context.py, and one stated right after the rate, or the base it is counted
from, by growth_bases.py.  Relations are plain records; validate.py computes them."""
from __future__ import annotations

import regex

from .changes import FROM_VALUE
from .growth_bases import (_STOCK_BASE, _base, _compared_after, _listed_after, _listed_as_previous, _month_before_after,
                           _other_bases, _period_before, _previous_after, _previous_stated_after)
from .growth_context import (_BEFORE_REACH, _HOW_MANY, _act_of_topic, _added_before, _carried_current,
                             _carried_past_comparison, _counts_the_act, _level_of_base_and_change,
                             _level_of_sentence_before, _named_before_semicolon, _named_current, _named_right_before,
                             _named_sentence_before, _part_named_by_measure, _topic_current, level_named_before_base,
                             PREVIOUS_CLAUSE)
from .growth_lists import whole_of_its_parts
from .growth_previous import _compared_by_name, _named_year_before, _stated_previous
from .indicators import WHOLE_TAIL, _clause_start, generic_head, indicator_before
from .period import FISCAL_YEAR, RATE_PERIOD, ROC_YEAR, YEAR_NUMBER
from .relate import (RATE_VERBS, _CHANGE_CUE, _CHANGED_TO, _COMPARED_BASE, _FULL_STOP, _GROWTH_CUE, _PREVIOUS_CUE, _REACH_VERBS, ASIDE_CLOSES,
                     IN_OPEN_BRACKET, LISTED, OPENED_BY_FENBIE, Relation, _cued_rates, _same_indicator, _Slot,
                     full_sentence_start, list_head)

# 评估值14.81亿元，较账面净资产5.92亿元增值150.17%: the figure a comparison names right before the verb.
# (比3月的441.2亿元环比增长8.1%: a period named with digits; 环比/同比 may stand before the verb)
# (not 比赛日收入, a match day's)
_COMPARED = regex.compile(r"(?:较|比(?!赛|重|例))(?:(?![增减降升涨跌多少高低])[\p{Han}\d\-－—]){1,10}$"  # (较2024年第一批的)
                          r"|(?:较|比)(?:19|20)\d\d年\d{1,2}月\d{1,2}日(?:末)?的?$")  # 较2024年12月31日的
_ADDED = regex.compile(r"(?:全年|今年|年内|当年|上半年)?(?:新建|新增|净增|新开通|新设)$")
_BEFORE_VERB = ("", "同比", "环比", "月", "季", "年", "按年", "按月", "按季", "则")  # (较9月的25.50亿元月增12.3%: 月增, 年减
# in Taiwan; 按年上升 in Macau; 较5月的204.9亿元则下跌14%: the turn to another base)
# Counted from the month or quarter before: 环比, 按月, and Taiwan's 月增/季减 (not the 10月|增长 of 1-10月增长).
_PRONOUN_SUBJECT = regex.compile(r"该项|此项")
_REACHED_LEVEL = regex.compile(r"[，,]\s*(?:达到|达|增至|增加到|提高到|提高至|升至)")
_RATES_ASIDE = regex.compile(r"\d%\s*[（(][^（()）%]{0,12}$")
_MONTHLY = regex.compile(r"环比|按季|按月|[较比]上个?(?:月|季度?)|(?<![\d一二三四五六七八九十份])[月季][增减](?![长加幅速])")
# 由X增加到Y, 从X增至Y: the figure after such a verb is the current value, the one before it the previous.
# (从上年同期的5950万美元增长到本季的7700万美元: the period may be named before the current value)
# (由每立方米4.38元调整为4.62元; 由2023年初的46家整合为31家: firms merged into fewer; 增加到113年的: Taiwan's year;
# 由前年的542个增至去年的681个: the year before, reached from the one before it)
_TO_VERB = regex.compile(rf"(?:(?:{_CHANGED_TO})(?:到|至)|调整(?:为|到|至)|(?:整合|合并|压减|缩减|精简)(?:为|到|至))"
                         rf"(?:(?:本|今|当)(?:季度?|期|年度?|月)|(?:去|上)年(?:度|底|末)?|{YEAR_NUMBER}年(?:底|末)?|(?<!\d){ROC_YEAR}年|{FISCAL_YEAR})?(?:的)?$")
_A_FISCAL_YEAR = regex.compile(FISCAL_YEAR)
_DOWN_TO = regex.compile(r"下调|调降|调低|降低|减少|下降|回落|降|减|下跌|跌")
# 增长6.2%，增收0.74亿元: the change stated right after the rate.
_CHANGE_AFTER = regex.compile(
    r"[，,]\s*(?:同比|比上年同期|比上年|较上年同期|较上年)?(?:增加|增收|多收|净增|减少|减收|少收|净减)了?\s*")
_CLAIM_BREAK = regex.compile(r"[，,；;：:（(]")
# 估值310亿元较账面价值增值196.07亿元: a comparison between them makes the amount the current value
# (not 与上季度的2900万元相比增长110万元, where it is the base).
_COMPARED_BETWEEN = regex.compile(r"(?<!相)[较比](?!较)")
_OVER_PERIODS = regex.compile(r"年均复合|复合年均|年均|平均|累计|复合")
# The month or quarter before named before its value (上月为|y, 上季度末的|y)
_PERIOD_BEFORE_CUE = regex.compile(r"(?:上月|上个月|上一?个?季度|上季)(?:末|底)?(?:的|为|是|[:：])?\s*$")
_YEAR_BEFORE = regex.compile(r"上年|去年|上一年|前一年|同期|(?:19|20)\d\d年")

# ，比上年实际完成的|9.6亿元: the comparison right after a figure, up to its base.
_COMPARED_RIGHT_AFTER = regex.compile(r"[，,]\s*(?:比|较)[^，,。；;：:\d%]{0,12}?的?\s*")
# 较账面净资产|2.16亿元|增值|4.86亿元: a value compared with, by name, then the change from it.
_COMPARED_NAMED = regex.compile(r"(?:较|比)[^，,。；;：:\d%]{2,12}?的?\s*$")
_CHANGE_RIGHT_AFTER = regex.compile(r"\s*(?:增值|减值|增加|减少|净增|净减)了?\s*")

# 由年初的97.8亿元增加到112.35亿元，增长14.88%: a balance from the start of the year (not against
# a rate 同比, which compares with a year before)
_FROM_START = regex.compile(r"(?:由|从)(?:年初|上年末|去年末|年末|\d{1,2}月(?:末|底)|(?:灾|疫情|调整|调价|汛)前)的?(?:每\p{Han}{1,2})?\s*$")
# (由6月末的1,820家; 由年初的每吨1.39万元; 由灾前每台斤45元上涨至58元: a price before the storm)

# ，达到|49.1亿元 right after a rate: the value it led to.
_REACHED_AFTER = regex.compile(rf"[，,]\s*(?:{_REACH_VERBS})\s*")
# ，由9月底的|9,507亿元|减少至|9,326亿元: after a rate, the values it moved between
_FROM_AFTER = regex.compile(r"[，,]\s*(?:由|从)[^，,。；;\d%]{0,10}?(?:\d{1,2}月(?:底|末)|\d{4}年(?:底|末)?)?的?\s*")
_TO_AFTER = regex.compile(r"\s*(?:增加|增长|上升|上涨|提高|减少|下降|下跌|回落|降低)?(?:到|至)(?:\d{1,2}月(?:底|末)的?)?\s*")


_BOUND_ASIDE_BEFORE = regex.compile(r"[（(][^（()）\d]{0,8}$")
_BOUND_ASIDE_AFTER = regex.compile(r"\s*(?:及|或)?以[上下][）)]")
_ASIDE_REACH = 60  # how far before a figure the bracket of its aside may open


def _in_breakdown_aside(text: str, s: _Slot, before: int) -> bool:
    """Is ``s`` inside a bracketed 其中 aside that closes before ``before`` (the rate)?"""
    opened = IN_OPEN_BRACKET.search(text, max(0, s.start - _ASIDE_REACH), s.start)
    return opened is not None and text[opened.start() + 1:s.start].lstrip().startswith("其中") \
        and ASIDE_CLOSES.match(text, s.end, before) is not None


def stated(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]], context: dict) -> list[Relation]:
    """Current and previous (or the change) stated with a growth rate.  A previous
    value stated in a sentence nearby (2024年…为X。2025年…Y，比上年增长R) is read
    from the context: it confirms the rate, never refutes it."""
    out = []
    for i, rate, cue, same in _cued_rates(text, slots, rates, _GROWTH_CUE, 24, "growth"):
        if _BASE_RATE.search(text, max(0, rate.start - 16), rate.start) \
                or _PERIOD_RATE_IN_BRACKETS.search(text, max(0, rate.start - 16), rate.start):
            # 降幅较上年（下降13.1%）收窄4.2个百分点, 增速较1-9月提高0.8个百分点（1-9月增长2.4%）:
            # the base period's rate, points.py's
            continue
        previous = change = current = None
        # counted from the month (or quarter) before, never from a year before: 环比, 按季, 按月
        monthly = _MONTHLY.search(cue.group()) is not None
        unsure = False  # (a base read from the month named after it, the rate naming none: it confirms only)
        # 从去年同期的3470万欧元减少2.8%至3370万欧元 (较上年同期的42.6亿元增长15.3%，达到49.1亿元):
        # the current value after the rate.
        after = slots[i + 1] if i + 1 < len(slots) else None
        if after is not None and after.figure.kind != "percent" and (
                text[rate.end:after.start] in ("至", "到") or _REACHED_AFTER.fullmatch(text, rate.end, after.start)):
            # (only the figure right before the rate, in its clause: in 收入从去年同期的10.7亿美元增加到
            # 12.5亿美元，利润同比上涨15%至7700万美元 the 10.7亿 is the 12.5亿's previous value)
            last = same[-1] if same else None
            if last is not None and last.same_measure(after) and _PREVIOUS_CUE.search(
                    text, max(0, last.start - 8), last.start) and not _CLAIM_BREAK.search(text, last.end, rate.start):
                previous, current = last, after
            elif not same and i + 2 < len(slots) and slots[i + 2].figure.kind != "percent" \
                    and (_previous_after(text, after, slots[i + 2], after)
                         or ((monthly or _base(cue.group()) is None) and _month_before_after(text, after, slots[i + 2], after))):
                # (人民币存款按月增加2.1%至9,862亿元，10月底为9,659亿元: the month before's, after it; so
                # in 10月份存款总额上升0.5%至x，9月底为y, the rate naming no base)
                # 收入按年增长8.6%至62.38亿元，去年同期为57.44亿元: the previous value after the current one
                previous, current = slots[i + 2], after
                unsure = not monthly and not _previous_after(text, after, previous, after)
        if current is None and after is not None and after.figure.kind != "percent" and i + 2 < len(slots) \
                and _FROM_AFTER.fullmatch(text, rate.end, after.start) and after.same_measure(slots[i + 2]) \
                and _TO_AFTER.fullmatch(text, after.end, slots[i + 2].start):
            # 人民币存款按月下跌1.9%，由9月底的9,507亿元减少至9,326亿元: the values the rate moved between,
            # of what the rate's clause names
            previous, current = after, slots[i + 2]
            if not current.fields.get("indicator") and not same:
                current.fields["indicator"] = _own_name(text, cue.start("verb"), same)
        # (核发补助1,486件，金额x万元，件数较去年同期增长R: the rate's own clause names the count, not the amount)
        own_kind = next((kind for kind, words in _MEASURE_OF_KIND.items()
                         if _own_name(text, cue.start("verb"), same) in words), None) if same else None
        for k in range(len(same) - 1 if current is None else -1, -1, -1):
            s = same[k]
            if own_kind is not None and s.figure.kind != own_kind and s.figure.kind in _MEASURE_OF_KIND:
                continue
            before = text[max(0, s.start - _BEFORE_REACH):s.start]
            if previous is None and PREVIOUS_CLAUSE.match(text, _clause_start(text, s.start, max(s.sentence, s.start - 40))):
                previous = s  # 净利润为17亿元，相比之下去年同期…净利润为18亿元，同比下滑5.56%
                continue
            # (由2017年的40.9亿元下降到2018年的35.7亿元: a year named after 到 is the current one's)
            to_verb = previous is None and current is None and k and _TO_VERB.search(text, max(0, s.start - 16), s.start)
            if previous is None and not to_verb and (_PREVIOUS_CUE.search(before) or (
                    _WITH_BEFORE.search(before) and _WITH_AFTER.match(text, s.end)) or _listed_as_previous(text, same, k)
                    or (monthly and _PERIOD_BEFORE_CUE.search(before))):
                # (为x，上月为y，按月增加r: the month before's value, before a month's rate)
                previous = s  # (与2020年第七次全国人口普查的826305人|相比: the value compared with)
            elif previous is None and current is None and text[s.end:cue.start("verb")] in _BEFORE_VERB \
                    and _COMPARED.search(text, max(0, s.start - 16), s.start):
                previous = s
            elif change is None and current is None and (_CHANGE_CUE.search(before) or (
                    _ADDED.search(before) and _STOCK_BASE.search(cue.group()) and k
                    and same[k - 1].same_measure(s) and same[k - 1].figure.value > s.figure.value)):
                # (总数9.84万个，全年新建2.36万个，比上年末增长31.6%: against a stock's last year-end,
                # what was built or added is its change)
                change = s
            elif previous is None and current is None and change is not None and _COMPARED_NAMED.search(before) \
                    and _CHANGE_RIGHT_AFTER.fullmatch(text, s.end, change.start):
                previous = s  # 评估值7.02亿元，较账面净资产|2.16亿元|增值4.86亿元，增值率为R: the base of the change
            elif current is None:
                if previous is not None and not s.same_measure(previous):
                    continue  # 资金3.42亿元，惠及职工48.7万人，较上年同期的2.97亿元增长: the previous value's measure
                if change is not None and not s.same_measure(change):
                    continue  # 资金x万元，资助学生y万人次，资金总量比上年增加z万元，增长R: the change's measure
                if change is not None and not rate.figure.negative and s.figure.value <= change.figure.value:
                    # 减免x万元，户均减免y元；减免金额比上年增加z万元，增长R: an average, no level the rise went to
                    # (nor is a figure before it: the level is the one the change's clause names, if any)
                    break
                if _BOUND_ASIDE_BEFORE.search(text, max(0, s.start - 10), s.start) and (
                        _BOUND_ASIDE_AFTER.match(text, s.end) or (
                            s.figure.text.endswith(("以上", "以下")) and text[s.end:s.end + 1] in ("）", ")"))):
                    continue  # 大项目47个（合同外资1000万美元以上），比上年同期增加9个: a bound in the noun's aside
                if _in_breakdown_aside(text, s, rate.start):
                    continue  # 企业412家（其中本市企业268家、市外企业144家），比上年增加57家: a part of the total
                if s.fields.get("role") == "target" and previous is not None and previous.same_measure(s) \
                        and _COMPARED_RIGHT_AFTER.fullmatch(text, s.end, previous.start):
                    pass  # 计划完成投资12.8亿元，比上年实际完成的9.6亿元增长33.3%: the plan against the year before
                elif (s.fields.get("indicator") or "").startswith("占") or s.fields.get("role") in (
                        "equivalent", "target", "previous") or _RATES_ASIDE.search(text, max(0, s.start - 16), s.start):
                    # the whole of a share (占当月全国成交额948.52亿元的51.35%), a conversion, a target,
                    # another rate's previous value (月增3.1%（9月为4.23亿元），年减7.2%; so is an aside on a rate
                    # before, read or not: 較上月增加3.2%（9月為550.8億美元），較上年同月增加18.6%)
                    continue
                if previous is not None and (_PREVIOUS_CUE.search(before) or _COMPARED.search(before)):
                    continue  # 0.90美元，比去年同期的0.92美元下滑2%，比上一财季的1.01美元下滑11%: another base
                if _COMPARED_BASE.search(before):
                    continue  # 186家，较成立之初的62家增长两倍，较上年净增14家: another comparison's base
                if _SHORTFALL.search(before):
                    continue  # 距市定目标尚差140万美元 (超额0.36亿元)，比上年的…下降4.6%: a gap, not the amount
                if k and same[k - 1].same_measure(s) and not same[k - 1].figure.approx \
                        and same[k - 1].figure.value >= s.figure.value and _MILESTONE.search(before):
                    continue  # 出口31560辆，单月出口首次突破3万辆，同比增长45.1%: the mark passed, not the amount
                current = _listed_total(text, same, k) or s
                if to_verb and cue.group("verb").startswith("调幅") and _DOWN_TO.match(to_verb.group()):
                    rate.fields["negative"] = True  # 由X下调至Y，调幅5%: a rate of no direction falls with its verb
                if to_verb:
                    # 由上年的15.62亿元增加到17.08亿元: the previous value comes first.
                    first = same[k - 1]
                    gap = _A_FISCAL_YEAR.sub("", text[first.end:s.start])  # (增至2024/25年度的: no farther)
                    if len(gap) <= 12 and (_PREVIOUS_CUE.search(text, max(0, first.start - 12), first.start) or (
                            _FROM_START.search(text, max(0, first.start - 10), first.start)
                            and _base(cue.group()) != "year")):
                        previous = first
                break
        if current is not None and change is None and previous is None:
            # 养老金增加92元，达到3,126元，增长3.0%: the change right before the level it brought
            j = next((n for n, s in enumerate(same) if s is current), 0)
            s = same[j - 1] if j else None
            if s is not None and s.same_measure(current) and _REACHED_LEVEL.fullmatch(text, s.end, current.start) \
                    and _CHANGE_CUE.search(text, max(0, s.start - _BEFORE_REACH), s.start):
                change = s
        if current is None and same and all(s.fields.get("role") == "equivalent" for s in same):
            # 结算量达4826.5亿元，折合约672亿美元，同比增长R: the amount the conversion restates
            k = slots.index_by_id()[same[0].figure.id]
            base = slots[k - 1] if k else None
            if base is not None and base.figure.kind != "percent" and base.sentence == rate.sentence \
                    and base.fields.get("role") in (None, "actual", "total"):
                current = base
        # (or only figures of another measure before it: 总产量31.2万吨，鲜果产值比上年增长9.6%，上年为13.52亿元)
        other_measure = current is not None and previous is None and change is None and after is not None \
            and after.figure.kind != "percent" and not any(s.people_alike(after) for s in same) \
            and not _MONTHLY.search(cue.group()) and _previous_stated_after(text, rate, after) \
            and _listed_after(text, slots, i, current) is None  # (a previous value after it, of another measure)
        if (current is None and not same) or other_measure:
            # ；环比增长2.4%，9月份为41.6亿元: the claim goes on about the current value before the ；.
            current = _carried_current(text, slots, i, rate, cue)
            # (远洋渔业产值21.47亿元。…；远洋渔业产值增长12.5%（上年：19.08亿元）: the level stated
            # earlier under the very name the rate's clause gives; read so, it confirms only)
            named = _named_current(text, slots, i, rate, cue) if current is None else None
            # (国际航线旅客29.7万人次。国际航线…，旅客量同比增长29.6%，上年同月为23.4万人次: the sentence
            # before, whose figure the rate's sentence names by its topic and measure, ties it)
            topic = _topic_current(text, slots, i, rate, cue) if current is None and named is None else None
            current = current or named or topic
            if current is None:
                continue
            if after is not None and after.figure.kind != "percent" and (
                    _month_before_after(text, rate, after, current) if monthly
                    else _previous_after(text, rate, after, current)):
                after.fields["role"] = "previous"
                rate.fields["indicator"] = current.fields.get("indicator")
                out.append(Relation("growth", rate.figure.id, inputs=(current.figure.id, after.figure.id),
                                    mode="inferred" if named is not None and not _named_right_before(text, named, rate)
                                    else "previous"))
            continue
        read = None
        if current is None and previous is not None and change is not None:
            # 计划改造老旧小区326个…。改造任务数比上年的287个增加39个，增长13.6%: the level the
            # sentence before stated, which the base and the change add up to (before any level read
            # by position: 第三产业14,709个。与…的12,734个相比，法人单位增加5,318个); read so, it confirms only
            current = read = _level_of_base_and_change(text, slots, i, previous, change, rate.figure.negative)
        if current is None and previous is not None:
            current = _named_before_semicolon(text, slots, i, previous) \
                or _named_sentence_before(text, slots, i, previous) or _level_of_sentence_before(text, slots, i, previous) \
                or (_carried_past_comparison(text, slots, i, rate, previous) if change is None else None)
            if current is None and change is None:
                current = read = level_named_before_base(text, slots, i, previous)
            clause = _clause_start(text, previous.start, max(rate.sentence, previous.start - 16))
            if current is None and _PRONOUN_SUBJECT.match(text, clause, previous.start):
                # 风险管理业务由…开展，该项收入较上年的x增长r: the item the sentence opens on, stated before
                current = _topic_current(text, slots, i, rate, cue)
        if current is None and change is not None:
            # …余额3175.6亿元，同比增长11.2%…；比年初增加287.9亿元，增长10.0%: the level the ；-item goes on from
            current = _level_past_its_rates(text, slots, slots.index_by_id()[change.figure.id])
        if current is None and change is not None:
            # 普惠小微贷款余额612.48亿元…。普惠小微贷款较年初新增71.35亿元，增长13.2%: the balance the sentence
            # before states under the name the change's clause opens on (found by that name, so the rate's own
            # clause naming it is no other measure: ``read``)
            current = read = _balance_named_before(text, slots, slots.index_by_id()[change.figure.id])
        if current is None:
            continue
        if monthly and previous is not None and _YEAR_BEFORE.search(text, max(0, previous.start - 8), previous.start):
            # 环比 against 上年同期的X: the bases differ (较上年同月的X上升a%，按月增加b%（7月为Y）: the
            # month before may follow the rate)
            previous = None
        period_before = None
        if monthly and previous is None and change is None:
            previous = period_before = _period_before(text, same, current)  # 一季度16个，二季度21个，环比增长31.3%
        # (同比增长17.3%（上年同期：39个、186.2亿元）: the one of the current's measure among values listed so)
        listed = _listed_after(text, slots, i, current) if after is not None and not monthly \
            and not after.same_measure(current) else None
        if previous is None and change is None and after is not None and after.figure.kind != "percent" and (
                _month_before_after(text, rate, after, current) if monthly
                else _previous_after(text, rate, after, current) or _compared_after(text, rate, after, current)):
            previous = after  # 同比增长12.5%，上年同期为34.35亿元: the previous value right after the rate
        elif previous is None and change is None and listed is not None and _previous_stated_after(text, rate, after):
            previous = listed
        elif previous is None and change is None and after is not None and not monthly \
                and after.figure.kind != "percent" and not after.fields.get("role") and after.same_measure(current) \
                and after.figure.value < current.figure.value and _CHANGE_AFTER.fullmatch(text, rate.end, after.start):
            change = after  # 增长6.2%，增收0.74亿元
        verb = cue.start("verb")
        over = _OVER_PERIODS.search(text, max(current.end, full_sentence_start(text, rate.start)), verb)
        if over:
            # 由X增加到Y，年均增长p%: a rate per year over several years, of the current value's
            # measure; checked when both values are dated by year (由2020年的X增加到2025年的Y)
            own = _own_name(text, verb, same)
            if own is None or _OVER_PERIODS.fullmatch(own):  # (年均|增长: no name of its own)
                rate.fields["indicator"] = current.fields.get("indicator")
            years = _years_apart(previous, current) if over.group() not in ("平均", "累计") else None
            if years is not None and previous.same_measure(current):
                current.fields.setdefault("role", "actual")
                previous.fields["role"] = "previous"
                out.append(Relation("growth", rate.figure.id, inputs=(current.figure.id, previous.figure.id),
                                    mode=f"annual {years}"))
            continue

        if (previous is not None or change is not None) and read is None and current in same:
            current = whole_of_its_parts(text, slots, same, current, previous or change, rate, context)
        own = _own_name(text, verb, same)  # what the rate's own clause names, after the last figure before it
        if own and own[0] in "比较" and ((previous is None and change is None) or _base(own) or _BASE_PERIOD_ONLY.fullmatch(own)):
            own = None  # 比合同价款增长, 较年初: the base named, not what is measured (see _compared_by_name)
        if own and _PRONOUN_SUBJECT.match(own) and (current.fields.get("indicator") or "").endswith(own[2:]):
            own = None  # 该项收入: the item's own measure, as the current value names it
        if own and not _same_indicator(own, _measure_named(current)) and read is None \
                and not _total_named(own, current):
            continue  # 企业98家，增加7家，工业增加值增长9.1%: the rate is about something else
        if previous is not None and read is None and _names_another(text, slots, current, previous):
            continue  # 分别完成投资x、y和z…；基础设施项目投资较上年的115.9亿元增长9.4%: its own measure
        if _another_part_of_the_year(text, rate, current):
            continue  # 前三季度…1286.47亿元，增长5.8%…，上半年增长5.2%: the rate of another span of the year
        current.fields.setdefault("role", "actual")
        rate.fields["indicator"] = current.fields.get("indicator")
        if previous is not None and previous.people_alike(current):
            if previous is not period_before:  # (a period's own level, a part of its list too: 其中第一季x、第二季y)
                previous.fields["role"] = "previous"
            out.append(Relation("growth", rate.figure.id, inputs=(current.figure.id, previous.figure.id),
                                mode="inferred" if read is not None or unsure else "previous"))
        elif change is not None and change.same_measure(current) and (
                _CLAIM_BREAK.search(text, current.end, change.start)
                or _COMPARED_BETWEEN.search(text, current.end, change.start)
                or (change.end <= current.start and _REACHED_LEVEL.fullmatch(text, change.end, current.start))) and (
                rate.figure.negative or change.figure.value < current.figure.value):
            # (a rise larger than the value it rose to is no rise of it: 每千人口卫生技术人员8.39人，
            # 比上年增加286人 counts the staff, not the ratio)
            # 营业费用1.076亿元增长了2810万元 with no break between: the amount is the base the
            # change is added to, not the current value (比上年增加8家 follows the current one after a comma).
            if _other_bases(text, change, cue):
                continue  # 较年初增加21.7亿元，同比增长14.2%: the change and the rate have other bases
            change.fields["role"] = "change"
            out.append(Relation("growth", rate.figure.id, inputs=(current.figure.id, change.figure.id), mode="change"))
        elif change is None and not monthly and (added := _added_before(text, slots, current)) is not None:
            # 新增供水用户3.1万户，供水户数达86.4万户，增长3.7%: what was added, then the level it brought;
            # what was added may be gross of what was lost, so, read, it only confirms
            added.fields["role"] = "change"
            out.append(Relation("growth", rate.figure.id, inputs=(current.figure.id, added.figure.id),
                                mode="change inferred"))
        elif change is None and not monthly:
            named = _named_year_before(text, slots, i, current) if _base(cue.group()) in (None, "year") else None
            if named is not None:
                named.fields["role"] = "previous"
                out.append(Relation("growth", rate.figure.id, inputs=(current.figure.id, named.figure.id),
                                    mode="previous"))
                continue
            stated = _compared_by_name(text, slots, i, current, cue, context) \
                or _stated_previous(text, slots, i, current, context)
            if stated is not None:
                stated.fields["role"] = "previous"
                out.append(Relation("growth", rate.figure.id, inputs=(current.figure.id, stated.figure.id),
                                    mode="inferred"))
    return out


# 由去年12月底的16.69万亿港元|上升|0.8%|至|16.82万亿港元: a rate between the value it rose from and the one
# it rose to.
_RATE_VERB_BETWEEN = regex.compile(rf"\s*(?:{RATE_VERBS})\s*")
_RATE_TO = regex.compile(r"\s*(?:到|至)\s*")


def from_rate_to(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]]) -> list[Relation]:
    """由X上升R至Y: the growth from X, the value 由 opens on, to Y, both of one measure in the rate's
    sentence, each right beside the rate."""
    out = []
    for i, rate in rates:
        if rate.fields.get("role") or i < 1 or i + 1 >= len(slots):
            continue
        previous, current = slots[i - 1], slots[i + 1]
        if previous.figure.kind == "percent" or not previous.same_measure(current) \
                or not previous.sentence == rate.sentence == current.sentence:
            continue
        if not (_RATE_VERB_BETWEEN.fullmatch(text, previous.end, rate.start) and _RATE_TO.fullmatch(text, rate.end, current.start)
                and FROM_VALUE.search(text, max(previous.sentence, previous.start - 16), previous.start)):
            continue
        rate.fields.update(role="growth", indicator=current.fields.get("indicator") or previous.fields.get("indicator"))
        current.fields.setdefault("role", "actual")
        previous.fields["role"] = "previous"
        out.append(Relation("growth", rate.figure.id, inputs=(current.figure.id, previous.figure.id), mode="previous"))
    return out


def _listed_total(text: str, same: list[_Slot], k: int) -> _Slot | None:
    """The total a 分别为 list of its parts is of, when ``same[k]`` ends that list: a rate
    right after the list is the total's (门票收入合计13826万元，分别为A6215万元、…、D1967万元，
    较上年的14283万元下降3.2%), not the last part's."""
    if not _NEXT_CLAUSE.fullmatch(text, same[k].end, same[k].end + 1):
        return None
    return list_head(text, same, k, OPENED_BY_FENBIE)


_BASE_PERIOD_ONLY = regex.compile(rf"[比较](?:{RATE_PERIOD})")  # 比上一供暖季: a base period and nothing else

_MILESTONE = regex.compile(r"(?:突破|超过|超|逾|跨越|迈上|站上)\s*$")
_WITH_BEFORE = regex.compile(r"与[^，,。；;与]{1,16}的\s*$")
_WITH_AFTER = regex.compile(r"\s*(?:相比|比较)")  # (與去年同期的X比較: Hong Kong's)
# 降幅较上年（下降13.1%）, 降幅较1-6月（下降6.3%）: the base period's rate in brackets, points.py's
_BASE_RATE = regex.compile(rf"(?:较|比)(?:[^，,。；;（()）\d]{{1,8}}|{RATE_PERIOD})[（(]\s*(?:同比)?(?:增长|下降|增|降|上涨|下跌)\s*$")
# (高于全国4.5个百分点（全国增长2.9%）: the area's rate, the base of the points before it)
# (上年一季度增长5.9%: a period of the year before, named by both)
_PERIOD_RATE_IN_BRACKETS = regex.compile(rf"[（(]\s*(?:(?:{RATE_PERIOD}){{1,2}}|全[国省市州县区盟澳港台](?:平均)?)(?:同比)?(?:增速|增幅)?(?:为|是)?"
                                         r"(?:增长|下降|增|降)\s*$")
_SHORTFALL = regex.compile(r"(?:尚差|还差|仍差|相差|尚缺|还缺|缺口为?|差距为?|差额为?|超额|超出目标|超过目标)\s*$")
_NEXT_CLAUSE = regex.compile(r"[，,]")


def _names_another(text: str, slots: list[_Slot], current: _Slot, previous: _Slot) -> bool:
    """Does the previous value's clause, after the current value's, open with a measure
    of its own before its base (；基础设施项目投资较上年的115.9亿元), not the current's?
    (a member of a list, 分别完成投资x、y和z, is named by the list: it is not that measure)"""
    clause = _clause_start(text, previous.start, max(current.end, previous.start - 40))
    base = max(text.rfind("较", clause, previous.start), text.rfind("比", clause, previous.start))
    if clause <= current.end or base <= clause:
        return False
    lead = indicator_before(text, base, clause)
    if not lead or len(lead) < 2:
        return False
    stem = _HOW_MANY.sub("", lead) if len(lead) > 3 else lead
    if stem != lead and current.figure.kind == "count" and len(stem) >= 2 \
            and (current.fields.get("indicator") or "").startswith(stem):
        return False  # 录取新生5,386人，…，录取人数较上年的x: how many the act took in
    lead = stem
    if _PRONOUN_SUBJECT.match(lead) and (current.fields.get("indicator") or "").endswith(lead[2:]):
        return False  # 该项收入较上年的x: the measure of the item the current value is
    k = slots.index_by_id()[current.figure.id]
    listed = k > 0 and slots[k - 1].same_measure(current) and LISTED.fullmatch(text, slots[k - 1].end, current.start)
    own = current.fields.get("indicator") or ""
    if listed and not (len(own) >= 2 and text.endswith(own, slots[k - 1].end, current.start) and lead.endswith(own)):
        # (but an item named apart in the list is that measure: 基金收入9.86亿元、支出7.42亿元；基金支出比…)
        return lead != own
    return not _same_indicator(lead, _measure_named(current)) and not _amount_of_the_act(lead, current) \
        and not _total_named(lead, current) and not _act_of_topic(text, current, lead)


def _total_named(own: str, current: _Slot) -> bool:
    """Does ``own`` name all of what ``current`` measures (补贴总额 for 发放各类就业创业补贴资金4.86亿元), or
    its measure alone (发放个人住房贷款1.12万笔、49.85亿元，金额同比增长: 金额 of the amount, 笔数 of the count)?"""
    if own in _MEASURE_OF_KIND.get(current.figure.kind, ()):
        return True
    if current.figure.kind == "count" and own.endswith("数") and len(own) >= 3 \
            and (current.fields.get("indicator") or "").endswith(own[:-1]):
        return True  # (报告…病例18,426例，…，病例数较上年的19,664例下降6.3%: the number of what it counts)
    core = WHOLE_TAIL.sub("", own)
    return core != own and len(core) >= 2 and core in (current.fields.get("indicator") or "")


_MEASURE_OF_KIND = {"money": ("金额", "总额", "资金量"), "count": ("笔数", "件数", "户数", "人数", "数量", "个数", "家数")}


def _measure_named(current: _Slot) -> str:
    """What ``current``'s name says it measures: 平均 before the value says how (经常性薪资平均|
    46,218元…；经常性薪资较去年同期的X年增R)."""
    return (current.fields.get("indicator") or "").removesuffix("平均")


_ACT_AMOUNT = regex.compile(r"(\p{Han}{2,4}?)金?额")  # (发放额, 减免金额)


def _amount_of_the_act(name: str, current: _Slot) -> bool:
    """Does ``name`` name the amount of the act ``current`` states (发放个人住房贷款20.41亿元，
    发放额较上年的X增长: 发放额), or how many times it was done (发明专利授权4,128件…；
    发明专利授权量较上年的X增长: the act's own name, then 量)?"""
    if current.figure.kind == "count" and (_counts_the_act(name, current.fields.get("indicator"))
                                           or name == f"{current.figure.unit}数"):
        return True  # (发放贷款1.12万笔、58.63亿元，笔数…、金额比上年的X增长: the count, the amount of it)
    if current.figure.kind == "money" and name in ("金额", "数额"):
        return True
    act = _ACT_AMOUNT.fullmatch(name)
    return act is not None and current.figure.kind == "money" \
        and act.group(1) in (current.fields.get("indicator") or "")  # (经营户减免摊位租金 for 减免金额)


def _another_part_of_the_year(text: str, rate: _Slot, current: _Slot) -> bool:
    """Does the rate's own clause open on a span of the year (上半年增长5.2%) other than the one
    ``current`` is dated by (2025-H1 against 2025-01/2025-09), or, with no year known, other than
    the span ``current``'s sentence names before it (今年前三季度，…出口x…，上半年增长r), or one named
    since as a base (比上半年加快…)?"""
    clause = _clause_start(text, rate.start, max(rate.sentence, rate.start - 16))
    span = _SPAN_OPENS.match(text, clause)
    if span is None or (clause > rate.sentence and text[clause - 1] not in _CLAUSE_MARKS):
        return False  # (较9月底的X上升r: a clause cut short at the reach opens on no span of its own)
    between = text[current.end:span.start()]
    if "比" + span.group("span") in between or "较" + span.group("span") in between:
        return True  # 增速比上半年加快1.3个百分点，上半年增长8.3%: the base period of a change in points
    a, b = rate.figure.period or "", current.figure.period or ""
    if len(a) > 4 and len(b) > 4:
        return a != b and a[:4] == b[:4] and a[4] == b[4] == "-"
    named = [m.group() for m in _SPAN.finditer(text, full_sentence_start(text, current.start), current.start)]
    return bool(named) and named[-1] != span.group("span")


_SPAN_WORDS = r"[上下]半年|前三季度|第?[一二三四1-4]季度|\d{1,2}[-—至~]\d{1,2}月|\d{1,2}月份?"
_SPAN_OPENS = regex.compile(rf"\s*(?P<span>{_SPAN_WORDS})(?=\p{{Han}})")
_CLAUSE_MARKS = frozenset("，,；;。：:（(\n")
_SPAN = regex.compile(rf"(?<![\d\-—至~])(?:{_SPAN_WORDS})")


def _own_name(text: str, verb: int, same: list[_Slot]) -> str | None:
    """What a rate's own clause names before its verb, after the last figure before it."""
    # (较上年的31.6元/公斤|上涨: the unit a price is per is the figure's, no name)
    last = _PER_UNIT.match(text, same[-1].end).end() if same else 0
    name = indicator_before(text, verb, max(_clause_start(text, verb, max(0, verb - 24)), last))
    if name and _PERIOD_VERB.match(text, verb - 1):
        return name[:-1] or None  # 第二季|季增: the period is the verb's (Taiwan's 季增, 月增, 年增), not the name's
    if name and _PRICES_NAMED.fullmatch(name):
        return None  # 较去年同期的7,742亿港元|名义|增长5.0%: at current prices, no measure named
    return name


_PRICES_NAMED = regex.compile(r"名义")  # (not 实质, 实际: a real rate no nominal values give)
_PER_UNIT = regex.compile(r"(?:\s*/\s*\p{Han}{1,3}?(?=[上下增减提降涨跌回]))?")


_PERIOD_VERB = regex.compile(r"[月季年][增减](?![长加幅速少])")  # (not 较前一年|减少)


def _years_apart(previous: _Slot | None, current: _Slot) -> int | None:
    """The years between two values dated by year (periods 2020 and 2025: 5), 2 to 30."""
    if previous is None:
        return None
    a, b = previous.figure.period or "", current.figure.period or ""
    if not (_YEAR.fullmatch(a) and _YEAR.fullmatch(b)):
        return None
    years = int(b) - int(a)
    return years if 2 <= years <= 30 else None


_YEAR = regex.compile(r"(?:19|20)\d\d")


# ，比上年末增加1.32万人 / ，较年初提高0.95个百分点 / ；比年初增加287.9亿元: a change, its base named,
# its measure not (growth_passes.py reads the one after a comma)
_CHANGE_UNNAMED = (
    r"\s*(?:同比|环比|(?:比|较)(?:上年末|上年同期|上年|去年末|去年同期|去年|年初|上月|上季度|上期)"
    r"|(?:与|和|同)(?:上年末|上年同期|上年|去年末|去年同期|去年|年初|上月|上季度|上期)相比"
    r"|(?=增加|减少|净增|净减))"  # (，增加33.05亿元 right after the level: its base unsaid)
    r"(?:增加|增长|减少|下降|净增|净减|新增|提高|提升|降低|上升|回落|扩大|收窄|多|少)了?\s*")
# ；比年初增加287.9亿元: a change opening a ；-item
_UNNAMED_ITEM = regex.compile(r"[；;]" + _CHANGE_UNNAMED)


def _level_past_its_rates(text: str, slots: list[_Slot], k: int) -> _Slot | None:
    """余额3175.6亿元，同比增长11.2%，增速比上年同期提高1.6个百分点（上年同期增长9.6%）；比年初
    增加|287.9亿元: the level a ；-item's unnamed change goes on from, its sentence's last
    figure of the change's measure with only rates and points of it between them."""
    s = slots[k]
    opened = _UNNAMED_ITEM.search(text, max(0, s.start - 24), s.start)  # (a ；-item is a sentence of its own to slots)
    if opened is None or opened.end() != s.start:
        return None
    for before in reversed(slots[:k]):
        if _FULL_STOP.search(text, before.end, s.start):
            return None
        if before.figure.kind in ("percent", "percentage_point"):
            continue
        if before.fields.get("role") == "target":
            continue  # (完成投资x，完成年度计划y的r；比上年增加z: the level done, past the plan it is rated against)
        if not s.same_measure(before) or not before.fields.get("indicator"):
            return None
        return before
    return None


def _balance_named_before(text: str, slots: list[_Slot], k: int) -> _Slot | None:
    """The level, in the sentence before the change ``slots[k]``'s, of the change's measure and larger,
    named as the change's clause opens (普惠小微贷款|较年初新增: 普惠小微贷款余额), its 余额 aside."""
    change = slots[k]
    name = _CHANGE_SUBJECT.match(text, _clause_start(text, change.start, max(change.sentence, change.start - 30)))
    if name is None:
        return None
    # (the full sentence before the change's: ；-items of its own may stand between)
    opens = full_sentence_start(text, max(0, full_sentence_start(text, change.sentence) - 1))
    named = [s for s in slots[:k] if s.start >= opens and s.sentence < change.sentence and s.same_measure(change)
             and s.figure.value > change.figure.value and s.fields.get("role") not in ("previous", "change", "target")
             and (_same_indicator(_BALANCE_TAIL.sub("", s.fields.get("indicator") or ""), name.group("name"))
                  or _amount_of_the_act(name.group("name"), s)
                  or _part_named_by_measure(text, slots, slots.index_by_id()[s.figure.id], name.group("name"))
                  or _named_by_head(name.group("name"), s))]
    if len({s.fields.get("indicator") for s in named}) > 1:
        # 机械锁具产值x，智能锁产值y，…。智能锁是增长最快的品类，产值比上年增加z: a list's measure names each
        # item; the one the change's sentence names before it is meant, else none
        said = text[full_sentence_start(text, change.start):change.start]
        named = [s for s in named if _owner_said(s.fields.get("indicator") or "", name.group("name"), said)]
        return named[0] if len(named) == 1 else None
    return named[-1] if named else None  # (其中内河船3,412艘次。内河船抵港艘次较去年同月增加205艘次: a part, by the total's act)


def _named_by_head(name: str, s: _Slot) -> bool:
    """Does ``s``'s name hold ``name`` less its generic tail (电商直播销售 for 电商渠道|比上年增加x)?"""
    head = generic_head(name)
    return head != name and len(head) >= 2 and head in (s.fields.get("indicator") or "")


def _owner_said(indicator: str, measure: str, said: str) -> bool:
    """Does ``said`` name whose ``indicator`` is, the words before its ``measure`` (智能锁 of 智能锁产值)?"""
    owner = indicator[:-len(measure)] if indicator.endswith(measure) else ""
    return len(owner) >= 2 and owner in said


# (实际采购金额|比上年增加13.62亿元，增长8.6%: a flow's level the sentence before stated too)
_CHANGE_SUBJECT = regex.compile(r"\s*(?P<name>\p{Han}{2,12}?)(?:比|较)(?:年初|上年末|上年底|去年末|去年底|上年同期|去年同期|上年同月|去年同月|上年|去年|上届|上一届)")
_BALANCE_TAIL = regex.compile(r"(?<=\p{Han}{2})余额$")
