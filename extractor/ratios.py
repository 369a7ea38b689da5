"""Rates known by name (rules/relate.yaml ``named_ratios``: 城镇化率, 毛利率, 开工率…): the
rate is its numerator over its denominator, figures named so before it (less one, for the
rates that are growths: 溢价率); and rates of no known name that the text ties to a part and
its whole: by a frame (23个断面中，22个…，优良比例R), by a 其中 (其中全程网办x，全程网办率R) or
by a breakdown's part (集中供养率); the family builds on relate.py's slots."""
from __future__ import annotations

from itertools import islice, takewhile

import regex

from .indicators import _clause_start, _strip_words, paragraph_start
from .period import PART_OF_YEAR
from .relate import (_CHANGED_TO, _FULL_STOP, _PREVIOUS_WORD, PLAN_IN_BRACKETS, Relation, _agrees, _same_indicator, _Slot,
                     _whole_of_a_share, full_sentence_start)
from .share_wholes import _LAST_OPENER
from .shares import _opened_total


def named_ratios(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]], named: dict,
                 shared: dict[str, int] | None = None, claimed: set[str] = frozenset(), context: dict | None = None) -> list[Relation]:
    """常住人口68.9万人，其中城镇人口63.2万人，常住人口城镇化率为91.73%: a rate known by
    name (rules/relate.yaml ``named_ratios``) is its numerator over its denominator,
    the nearest earlier figures of one measure, at most _NAMED_REACH characters
    before it, whose indicators hold the words listed for each (and, for the
    denominator, end with none of the words listed under ``not`` and be no figure the
    text gave as a share of another before the rate, ``shared`` mapping each such part to
    where its share stands: 工业项目31个，占项目总数的67.4% is one kind of the projects,
    not all of them).  A rate the growth family cast and tied to
    nothing (a rate in ``claimed`` is tied) is this family's when its name is known (整体溢价率,
    which the growth family cues by 溢价; 下浮率, by 下浮)."""
    out = []
    shared = shared or {}
    taken: dict[str, set[str]] = {}  # name -> the numerators of the rates of that name read so far
    for i, rate in rates:
        indicator = rate.fields.get("indicator") or ""
        if rate.series:
            continue  # (净利率分别是6.60%、5.62%、5.68%: one rate over several years)
        # (the longest name: 不合格率 is no 合格率)
        name = max((n for n in named if indicator.endswith(n)), key=len, default=None) if indicator else None
        if name is None:
            # (…以5.18亿元竞得，溢价率31.1%: the name right before the rate, when its indicator is another's, or
            # none, the growth cue 溢价 taking it: 溢价10.75亿元，平均溢价率49.2%)
            said = _RATE_VERB.sub("", text[_clause_start(text, rate.start, max(rate.sentence, rate.start - 12)):rate.start])
            name = max((n for n in named if said.endswith(n)), key=len, default=None)
        if name is None:
            continue
        role = rate.fields.get("role")
        if role and not (role == "growth" and rate.figure.id not in claimed):
            continue
        clause = _clause_start(text, rate.start, max(rate.sentence, rate.start - 24))
        if _LISTED_RATES.search(text, max(rate.sentence, rate.start - 30), rate.start):
            continue  # 本科生、硕士生和博士生的去向落实率分别为91.3%、95.1%和98.9%: each of a part
        if _COUNTED_OWNERS.search(indicator[:-len(name)] if indicator.endswith(name) else ""):
            continue  # 有9个部门支出进度超过90%: the rate each of the units counted reached, no rate of the whole
        if _PREVIOUS_WORD.search(text, clause, rate.start) or _LEFT_BEHIND.match(text, rate.end) \
                or _AIMED.search(text, clause, rate.start):
            continue  # 上年综合毛利率为22.97%, 毛利率由60.6%增至…, 力争开工率超过60%: not one of this year's figures
        # (never the first of 由X增至Y: a value left behind)
        # (a rate or a change in points is no operand: 增速比各项贷款高10.2个百分点)
        # (in the rate's section, up to a blank line: 与8个签约项目达成意向授信。\n\n…第二批项目开工8个，
        # 开工率25% names no 8 projects)
        blank = _BLANK_LINE.search(text, max(0, rate.start - _NAMED_REACH), rate.start)
        floor = blank.end() if blank else rate.start - _NAMED_REACH
        earlier = [s for s in slots[:i] if s.start >= floor and s.figure.kind not in _RATES
                   and not _LEFT_BEHIND.match(text, s.end)]
        # an operand may follow in the rate's sentence, its nearest (总资产96.45亿元；资产负债率为52.3%，负债总额50.44亿元)
        after = list(takewhile(lambda s: s.sentence == rate.sentence, islice(slots, i + 1, None)))
        before = earlier
        # (not the plan of a completion after it: 拨付资金16.92亿元，拨付率为90.8%，完成年度支出计划17.5亿元的96.7%)
        earlier = earlier + [s for s in reversed(after) if s.figure.kind not in _RATES
                             and not _LEFT_BEHIND.match(text, s.end)
                             and not (s.fields.get("role") == "target" and text.startswith("的", s.end))]
        # (the figure right before the rate that its clause says is the numerator comes first: …成交价合计
        # 16.82亿元…。…以5.18亿元竞得，溢价率31.1% is no rate of the 16.82亿元 named so before)
        # (one named so before the rate in its sentence comes before one after it: 已开工项目558个，开工率
        # 90.0%，其中新开工项目236个 is the rate of all projects started, not of its part)
        # (a plan is no numerator: 计划新开工项目260个，新开工率90.8% is the rate of those started over it)
        words = named[name].get("numerator") or ()
        # (合格1,127家，基本合格58家，不合格32家，合格率92.6%: no numerator ends with a word it must not)
        unlike = named[name].get("numerator_not") or ()
        done = [s for s in earlier if not _planned(text, s) and not _ends(s, unlike)]
        # (a rate qualified as some kind's, 港元贷存比率, is of the figures named so: 港元贷款 over 港元存款)
        # (15至24岁青年失业率: the group an age span names is the qualifier, 青年)
        qualifier = _AGE_SPAN.sub("", _GENERAL.sub("", indicator[:-len(name)])) if indicator.endswith(name) else ""
        of_kind = [s for s in done if qualifier in (s.fields.get("indicator") or "")] if _HAN_QUALIFIER.fullmatch(qualifier) else []
        if not of_kind and _KIND_OF_ACT.fullmatch(qualifier):
            continue  # (对口就业率72.4% after 省内就业6.12万人: a rate of one kind of the act, none of that kind stated)
        # (集中安置978户，分散安置324户，集中安置率75.1%: the kind the rate is qualified by first)
        numerator = (_named(of_kind, words, rate.sentence) if of_kind else None) or _said(text, done, words, rate) \
            or _named_before([s for s in before if not _planned(text, s) and not _ends(s, unlike)], words, rate.sentence) \
            or _named(done, words, rate.sentence) or _topic_named(text, before, rate)
        if numerator is None or _passed_over(text, earlier, numerator, rate, named[name].get("denominator") or ()):
            continue
        numerator = _total_of_the_list(text, earlier, numerator, words)
        if numerator.figure.id in taken.get(name, ()):
            continue  # (合格3,628批次，合格率99.67%。…抽检共146批次，…，合格率100%: the first rate's, not this one's)
        # A part of a breakdown (电子材料业务收入, one item of 营业总收入) is no denominator, unless it
        # leads the rate's ；-item (_ITEM_END), nor,
        # for a rate of 100% or less, a figure smaller than the numerator (新开工项目37个 over
        # 农业项目4个 is no 开工率 of 80.4%), nor one of the numerator's name unless it is the
        # plan (计划新开工项目58个，实际新开工51个，开工率87.9%).
        # (a growth, 溢价率, is no part of its denominator: it rises over it)
        growth = bool(named[name].get("growth"))
        most = rate.figure.value <= 100 and not growth
        # (47个新建项目中已开工43个，开工率91.5%: the count the numerator's scope opens on comes first)
        if named[name].get("same_owner"):
            # 新能源汽车产量18.6万辆…新能源汽车销量17.9万辆，产销率为96.2%: both of one product (the
            # output may be named by the product alone, a part of all vehicles' 产量)
            owner = _strip_words(_owner(numerator, named[name]["numerator"]))
            mine = [s for s in earlier if s is not numerator and s.same_measure(numerator)
                    and s.fields.get("role") not in ("equivalent", "change", "previous", "target")
                    and (s.fields.get("indicator") == owner
                         or (_ends(s, named[name]["denominator"])
                             and _strip_words(_owner(s, named[name]["denominator"])) == owner))]
            if not owner:
                # (完成工业总产值31.6亿元…。全年实现销售产值29.85亿元，产销率94.5%: a numerator named by its
                # word alone is of the nearest output named before it)
                mine = [s for s in earlier if s.end <= numerator.start and s.same_measure(numerator)
                        and s.fields.get("role") not in ("equivalent", "change", "previous", "target")
                        and _ends(s, named[name]["denominator"])][-1:] \
                    if numerator.fields.get("indicator") in named[name]["numerator"] else []
                # (生产各类叉车112,460台；销售叉车109,870台，产销率97.7%: the acts name the one product)
                mine = mine or _made_then_sold(earlier, numerator)
            if not mine:
                continue
            rate.fields["role"] = "share"
            out.append(Relation("share", rate.figure.id, inputs=(numerator.figure.id, mine[-1].figure.id)))
            continue
        # (the whole stated last before the numerator in its full sentence is tied to it, whatever its
        # size: 受理各类事件8,642件，其中…；办结8,517件，办结率98.6%)
        tied = _whole_before(text, earlier, numerator)
        alike = named[name].get("units") or ()
        # (按时办结: how it was done, no owner; 规上 is 规模以上 in short)
        a = _owner_named(_owner(numerator, named[name]["numerator"]))
        pool = [s for s in earlier if s is not numerator and (s.same_measure(numerator) or _counted_alike(s, numerator, alike))
                and not (most and s.figure.value < numerator.figure.value and s is not tied
                         and not _AMONG.fullmatch(text, s.end, numerator.start))
                and (s.fields.get("role") != "part" or _ITEM_END.search(text, s.end, rate.start) is None
                     or _acts_on(numerator, s))
                # (one body's own figure may be a share of all bodies' and its rate's whole still: 华鼎证券营业收入
                # 18.62亿元，占上述券商合计营收的34.8%，净利润8.15亿元，…，净利率为43.8%)
                # (a share stated after the rate does not reach back: 拨付率79.2%。…建设资金占项目总投资的77.4%)
                # (or in its full sentence, ；-items apart, a share of a wider area's whole: 营业收入3.82亿元，占全区…的
                # 30.2%；实现毛利1.64亿元，毛利率R; not a kind's share of the whole: 县外游客x，占比p；过夜游客y，过夜率R)
                and (shared.get(s.figure.id, rate.end) > rate.start or s.sentence == numerator.sentence == rate.sentence
                     or (_SHARE_OF_WIDER.match(text, s.end) is not None
                         and full_sentence_start(text, s.start) == full_sentence_start(text, numerator.start)
                         == full_sentence_start(text, rate.start))
                     or _one_segments(s, a, named[name]))
                # (开支预算 holds 开支 but names the budget: the whole by its own word)
                and (_planned(text, s) or not _holds(s, named[name]["numerator"])
                     or _ends(s, named[name].get("denominator") or ()))
                and not _ends(s, named[name].get("not") or ())
                # (nor one named by such an act first: 开工改造小区 is no whole of a 完工率)
                and not (s.fields.get("indicator") or "").startswith(tuple(named[name].get("not") or ()))
                # (上年同期累计签约项目57个: the year before's, no whole of this year's rate)
                and not _SAME_PERIOD_BEFORE.search(text, _clause_start(text, s.start, max(s.sentence, s.start - 24)), s.start)
                and not (s.fields.get("indicator") or "").startswith(_SUB_ITEM)
                # (nor the wider whole inside 占…的: 下达我县额度28.64亿元，占全市下达额度153.2亿元的18.7%)
                and not _whole_of_a_share(text, s)]
        denominator = _plan_in_brackets(text, slots, i, numerator) or _scope_of(text, slots, numerator) \
            or _named(pool, named[name].get("denominator") or (), text=text)
        if denominator is None and _OWN_SPAN.search(text, max(numerator.sentence, numerator.start - 16), numerator.start):
            # (本季度实现毛利x, its rivals the quarter's 营业收入 and 前三季度累计实现营业收入: of the quarter's
            # figures, none summed over the year so far)
            denominator = _named([s for s in pool if not _CUMULATIVE.search(text, max(s.sentence, s.start - 16), s.start)],
                                 named[name].get("denominator") or (), text=text)
        if denominator is None:
            continue
        denominator = _ownerless_whole(earlier, numerator, denominator, named[name])
        if not _acts_on(numerator, denominator) and (denominator.sentence != rate.sentence
                                                     or _last_of_a_list(text, earlier, denominator)):
            # (or the last of the parts a 其中 lists: 23座病险水库…，其中中型水库5座、小型水库18座，已完工水库17座，完工率R)
            # (but a part the numerator names is its own whole: 专项债券资金已拨付 of 地方政府专项债券资金)
            denominator = _whole_its_qizhong_opened_on(text, earlier, denominator, named[name].get("denominator") or ())
        denominator = _of_the_rates_period(text, [s for s in earlier if s is not numerator], denominator, rate,
                                           named[name].get("denominator") or ())
        spanned = _not_cumulated(text, earlier, numerator, denominator, named[name].get("denominator") or (),
                                 named[name].get("not") or (), rate, slots, context)
        read_span = spanned is not denominator
        denominator = spanned
        denominator = _of_what_was_done(earlier, numerator, denominator, words)
        over = _or_over(earlier, numerator, denominator, named[name].get("or_over") or (), rate, slots, context)
        read_span = read_span or over is not denominator
        denominator = _part_its_subject_names(text, earlier, numerator, over)
        if numerator in of_kind and qualifier not in (denominator.fields.get("indicator") or ""):
            # (其中餐饮券核销率96.0%: 餐饮券核销768万元 over the 餐饮券800万元 issued, not all the vouchers redeemed)
            # (never a sibling of the numerator's list: 城镇户籍人口x，乡村户籍人口y; 户籍人口城镇化率)
            denominator = _named([s for s in earlier if s.sentence != numerator.sentence and s.same_measure(numerator)
                                  and qualifier in (s.fields.get("indicator") or "") and not _holds(s, words)
                                  and s.figure.value >= numerator.figure.value],
                                 named[name].get("denominator") or (), text=text) or denominator
        # (规上文化企业 and 规模以上文化及相关产业企业 are one owner)
        b = _owner_named(_owner(denominator, named[name].get("denominator") or ()))
        # (新签约项目中|已开工 of 园区新签约项目: the scope the numerator is taken from names the whole)
        # (已签约项目中|开工建设 of 新签约招商项目: the scope's words at both ends of the whole's name)
        scope, whole = a[:-1], denominator.fields.get("indicator") or ""
        scoped = a.endswith("中") and len(a) >= 3 and (
            whole.endswith(scope) or (len(scope) >= 4 and whole.endswith(scope[-2:]) and scope[:2] in whole))
        if len(a) >= 2 and len(b) >= 2 and a[:2] != b[:2] and not (a.endswith(b) or b.endswith(a)) \
                and not named[name].get("any_owner") and not scoped:
            # (蚕茧销售毛利 over 蚕茧销售收入, one item of the list before: the whole of the numerator's owner)
            denominator = _nearest_whole(earlier, numerator, named[name].get("denominator") or (),
                                         lambda owner: _same_owner(owner, a), most=most)
        if denominator is None:
            # 艺龙毛利 over 同程在线业务收入: two firms' figures make no rate of either (but
            # 问题已|整改金额 over 审计发现|问题金额 is one audit's: any_owner)
            continue
        if _FIRM.search(b) and not _FIRM.search(a) and "\n" in text[denominator.end:numerator.start]:
            continue  # 华芯微电子有限公司营业收入112.6亿元。\n全区研发经费投入58.3亿元，研发投入强度6.8%: one firm's is no district's
        # (研发经费投入强度 over 研究与试验发展经费: a qualifier some numerator word holds names the numerator, no kind;
        # 预算执行率 over 专项经费: one a denominator word is names the denominator)
        if _HAN_QUALIFIER.fullmatch(qualifier) \
                and not any(qualifier in w for w in (*words, *(named[name].get("denominator") or ()))) \
                and not any(_qualified(s.fields.get("indicator") or "", qualifier) for s in (numerator, denominator)):
            continue  # 总体失业率为1.9%，本地居民失业率为2.5%: the residents' rate, of no figure stated for them
        kind = "growth" if growth else "share"
        rate.fields["role"] = kind
        mode = "previous" if growth else "inferred" if read_span else ""
        out.append(Relation(kind, rate.figure.id, inputs=(numerator.figure.id, denominator.figure.id), mode=mode))
        taken.setdefault(name, set()).add(numerator.figure.id)
    return out


# What a rate's name may say before its own without naming whose it is (总体失业率, 全市平均毛利率,
# 按金额计算兑付率: how it is counted; 水质合格率: what it tests)
_GENERAL = regex.compile(r"总体|整体|综合|总|全[国省市县区]|平均|当期|当年|全年|年度|报告期内?|期内|本期|[上下]半年|\d{1,2}月份?|第?[一二三四]季度"
                         r"|按\p{Han}{1,4}?(?:计算|统计|计)|水质|质量|审核|简单|人命")  # (审核通过率: how it passed; 简单赔付率;
# 人命救助成功率: whom it saves)
_HAN_QUALIFIER = regex.compile(r"\p{Han}{2,}")
# A qualifier that names how the act was done, not whose it is (对口就业率, 灵活就业率): its numerator is of that kind
_KIND_OF_ACT = regex.compile(r"(?:专业)?对口|灵活|异地|稳定")
_AGE_SPAN = regex.compile(r"^\d+(?:[至到\-~—]\d+)?(?:岁|周岁)(?:以上|以下|及以上)?(?:的)?")
_FIRM = regex.compile(r"公司|集团")
_MANNER = regex.compile(r"^(?:按时|按期|及时|限时|如期|提前|审核)")  # (审核办结: how it was done)
# (收取|保费, 支付|赔款: an act alone before the operand word names no owner)
# (鉴定|合格: those assessed, of the assessment named before)
_ACT_ONLY = regex.compile(r"^(?:支付|收取|实现|完成|取得|累计|发放|拨付|缴纳|收到|录得|获得|回收|鉴定|检测|检验)$")
_SAME_PERIOD_BEFORE = regex.compile(r"(?<![比较与于])(?:上年|去年)同期")


def _qualified(indicator: str, qualifier: str) -> bool:
    """Does ``indicator`` name the kind ``qualifier`` does: holding it, or (four characters or more)
    holding its first two and ending with its last two (新签约手套产业链项目 for 签约项目开工率)?"""
    return qualifier in indicator or (len(qualifier) >= 4 and qualifier[:2] in indicator
                                      and indicator.endswith(qualifier[-2:]))


def part_rates(slots: list[_Slot], rates: list[tuple[int, _Slot]], relations: list[Relation],
               named: dict | None = None) -> list[Relation]:
    """全县特困供养人员2,153人，其中集中供养698人、分散供养1,455人，集中供养率为32.4%: a rate
    named by one part of a breakdown (the part's name and 率), in the sentence of the list's last
    part and after it, is that part over the breakdown's total; not a rate known by name, whose
    whole its rule names (餐饮券核销率: over the vouchers issued, not all those redeemed)."""
    index = slots.index_by_id()
    lists = [(r, [slots[index[x]] for x in r.inputs if x in index]) for r in relations
             if r.kind == "breakdown" and r.total in index and r.inputs]
    out = []
    for _, rate in rates:
        indicator = rate.fields.get("indicator") or ""
        if rate.fields.get("role") or rate.figure.kind != "percent" or not indicator.endswith("率") \
                or any(indicator.endswith(n) and len(n) > 2 for n in named or ()):
            continue
        stem = indicator[:-1]
        for relation, parts in lists:
            if not parts or parts[-1].sentence != rate.sentence or parts[-1].end > rate.start:
                continue
            # (not ``named``, the rates known by name, which every later rate is tested against)
            # (不予认定79件 is no part an 认定率 is named by: the part's name says the act was not done)
            of_stem = [p for p in parts if _same_indicator(p.fields.get("indicator"), stem)
                       and not _NEGATED.search((p.fields.get("indicator") or "").removesuffix(stem))]
            if len(of_stem) == 1:
                rate.fields["role"] = "share"
                out.append(Relation("share", rate.figure.id, inputs=(of_stem[0].figure.id, relation.total)))
                break
    return out


# 社会物流总费用与地区生产总值（7,500.7亿元）的比率为|R: the ratio of two measures the text names
# (or of the figure the clause before ends on: 研发经费支出1086.4亿元，与地区生产总值之比为|2.46%)
_RATIO_OF_TWO = regex.compile(r"(?:(?P<a>\p{Han}{2,12}?)|(?<=[，,]\s*))与(?P<b>\p{Han}{2,12}?)"
                              r"(?P<bracket>[（(][^（()）]{1,20}[）)])?的?(?:比率|比值|之比)(?:为|是|达到|达)?\s*$")


def ratios_of_two(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]]) -> list[Relation]:
    """A与B（b）的比率为R: the figure named A before the rate (in its paragraph) over b, the figure in
    the brackets after B's name (or the one named B before A's)."""
    out = []
    for i, rate in rates:
        if rate.fields.get("role") or rate.figure.value_max is not None:
            continue
        m = _RATIO_OF_TWO.search(text, max(rate.sentence, rate.start - 48), rate.start)
        if m is None:
            continue
        floor = paragraph_start(text, rate.start, 600)
        earlier = [s for s in slots[:i] if s.start >= floor and s.figure.kind not in _RATES
                   and s.fields.get("role") not in ("previous", "change", "target")]
        inside = [s for s in earlier if m.start("bracket") <= s.start and s.end <= m.end("bracket")] \
            if m.group("bracket") else []
        named_b = [s for s in earlier if s.end <= m.start() and _same_indicator(s.fields.get("indicator"), m.group("b"))]
        denominator = inside[-1] if len(inside) == 1 else (named_b[-1] if named_b else None)
        numerator = next((s for s in reversed(earlier) if s.end <= m.start()
                          and _same_indicator(s.fields.get("indicator"), m.group("a"))), None) if m.group("a") \
            else next((s for s in reversed(earlier) if s.end <= m.start() and s.sentence == rate.sentence), None)
        if numerator is None or denominator is None or not numerator.same_measure(denominator) \
                or denominator.figure.value <= 0:
            continue
        rate.fields["role"] = "share"
        rate.fields["indicator"] = m.group("a") or numerator.fields.get("indicator")
        out.append(Relation("share", rate.figure.id, inputs=(numerator.figure.id, denominator.figure.id)))
    return out


def tied_rates(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]]) -> list[Relation]:
    """A rate named by no family, right after a part the text ties to its whole, is the part over that
    whole: a whole that frames the part (全县23个国控、省控断面中，22个水质达到或优于Ⅲ类，优良比例为95.7%;
    248个服务区中已有241个建成充电设施，覆盖率为97.2%), or the one part a 其中 opened, the rate named by
    that part's name and 率 (受理企业开办业务5,104件，其中全程网办4,930件，全程网办率96.6%)."""
    out = []
    for i, rate in rates:
        if rate.fields.get("role") or i < 2 or rate.figure.value > 100:
            continue
        whole, part = slots[i - 2], slots[i - 1]
        if whole.figure.kind in _RATES or whole.fields.get("role") == "change":
            # (加装电梯214部，比上年增加59部，增长38.1%，其中已投用电梯168部，投用率R: past the change and
            # the growth, the figure the 其中 opened on)
            whole = _opened_total(text, slots[:i], part, rate) or whole
        if whole.figure.kind in _RATES or whole.figure.value < part.figure.value \
                or whole.figure.value_max is not None or part.figure.value_max is not None \
                or not (_framed(text, rate, whole, part) or _opened(text, rate, whole, part)
                        or _paired(text, rate, whole, part, slots[i - 3] if i >= 3 else None)):
            continue
        rate.fields["role"] = "share"
        out.append(Relation("share", rate.figure.id, inputs=(part.figure.id, whole.figure.id)))
    return out


def _framed(text: str, rate: _Slot, whole: _Slot, part: _Slot) -> bool:
    """W个…中，P个…，优良比例R: a share's name after a part its whole frames (not a growth's or a margin's)."""
    indicator = rate.fields.get("indicator") or ""
    return bool(_FRAMED_NAME.search(indicator)) and (not _NO_SHARE_NAME.search(indicator) or indicator.endswith("面")) \
        and whole.people_alike(part) and whole.fields.get("role") in (None, "total") \
        and part.fields.get("role") in (None, "actual", "part") \
        and _FRAMING.fullmatch(text, whole.end, part.start) is not None \
        and _RATE_AFTER.fullmatch(text, part.end, rate.start) is not None


def _opened(text: str, rate: _Slot, whole: _Slot, part: _Slot) -> bool:
    """W，其中P p，P率R: the rate named by the part's name and 率, right after it (or as _named_by
    says: 专任教师x，其中持证教师y，持证率R; 参评企业x，其中考核优秀企业y，优秀率R; 已 left out:
    其中已投用电梯y，投用率R)."""
    indicator, stem = rate.fields.get("indicator") or "", (part.fields.get("indicator") or "").removeprefix("已")
    by_name = _named_by(indicator, stem, whole.fields.get("indicator") or "")
    # (the 其中 right after the whole, or after the rates and changes of it in its sentence)
    opener = _LAST_OPENER.search(text, whole.end, part.start) if whole.sentence == part.sentence else None
    between = _AMONG.fullmatch(text, whole.end, part.start) is not None or (
        opener is not None and _AMONG.fullmatch(text, opener.start(), part.start) is not None)
    return len(stem) >= 2 and by_name and whole.same_measure(part) and between \
        and _OWN_RATE_AFTER.fullmatch(text, part.end, rate.start) is not None


def _same_head(whole: str, rest: str) -> bool:
    """Does the part's name less the rate's name end as the whole's name does, on a noun of two
    characters at least (专任教师|教师; 托育从业人员|保育人员: 人员 for both)?"""
    return whole.endswith(rest) or (len(rest) >= 2 and len(whole) >= 2 and whole[-2:] == rest[-2:])


def _paired(text: str, rate: _Slot, whole: _Slot, part: _Slot, ahead: _Slot | None) -> bool:
    """W，P p，P率R: the part named right after the whole, and the rate named by that name (_named_by)
    right after the part (受理申请2,946件，核定2,738件，核定率92.9%; 应参保人数x，实际参保y，参保率R;
    住宅小区x，分类达标小区y，达标率R).  Not when a figure of the measure stands ``ahead`` of the
    whole in its sentence: the run may be a difference (应付x，实际发生费用y，结余z，结余率R is z over x).
    The part may total a breakdown of its own (使用8.97亿元，使用率R。从使用方向看，…)."""
    if ahead is not None and ahead.sentence == whole.sentence and ahead.same_measure(whole):
        return False
    indicator = rate.fields.get("indicator") or ""
    m = _PAIRED_PART.fullmatch(text, whole.end, part.start)
    return m is not None and len(indicator) >= 3 \
        and (_named_by(indicator, m.group("name"), whole.fields.get("indicator") or "")
             # (中小学校350所，已向社会开放286所，开放率R: a part said done, its act last, names the rate)
             or (m.group().lstrip("，, ").startswith("已") and m.group("name").endswith(indicator[:-1])
                 and indicator.endswith("率"))) \
        and whole.sentence == part.sentence and whole.same_measure(part) \
        and whole.fields.get("role") in (None, "total") and part.fields.get("role") in (None, "actual", "total") \
        and _OWN_RATE_AFTER.fullmatch(text, part.end, rate.start) is not None


# ，已办结|y: what stands between a whole and the part right after it, the part's name after a word saying
# it is done, actual or total (已存储工资保证金的项目y, up to twelve characters)
_PAIRED_PART = regex.compile(r"[，,]\s*(?:已经?|实际|累计|共)?(?P<name>\p{Han}{2,12}?)(?:了)?\s*")


def _named_by(indicator: str, stem: str, whole: str) -> bool:
    """Is a rate named ``indicator`` (X率) by a part named ``stem``: X itself, or X after at most two
    characters that say how (考核|优秀|企业, 分类|达标|小区) and before the noun the whole ends on
    too (_same_head) or a verb of it (留岑|就业)?"""
    name = indicator[:-1]
    if not indicator.endswith("率") or len(name) < 2:
        return False
    if stem == name:
        return True
    at = stem.find(name)
    rest = stem[at + len(name):] if at >= 0 else ""
    if at > 0 and not rest:
        # (实施查验y，查验率R; 完成职业病危害项目申报y，申报率R: what was done named between)
        return stem[:at] in _HOW_A_PART_IS_DONE or stem[:2] in _HOW_A_PART_IS_DONE
    return 0 <= at <= 2 and bool(rest) and (_same_head(whole, rest) or rest in _ACTS_OF_A_PART)


# What a part does that its rate is named by, the part's name less it (留岑|就业, 持证|上岗).
_ACTS_OF_A_PART = frozenset(("就业", "上岗", "落户", "入驻", "使用", "运行", "投用"))
# The verbs a part's act is done by, before the act its rate is named by (实施|查验).
_HOW_A_PART_IS_DONE = frozenset(("实施", "开展", "完成", "实现", "进行"))


_OWN_RATE_AFTER = regex.compile(r"[，,]\s*\p{Han}{2,16}率(?:为|达到|达|是)?\s*")
# W个…中，|P个: the whole frames the part (not 其中, which a comma opens: the part of a breakdown)
_FRAMING = regex.compile(r"[^，,。；;：:\d%]{1,16}(?<!其)中[，,]?[^，,。；;：:\d%]{0,12}")
_RATE_AFTER = regex.compile(r"[^，,。；;：:\d%]{0,16}[，,]\s*\p{Han}{0,8}?(?:率|比例|比重|占比|面)(?:为|达到|达|是)?\s*")
# (18家企业中，15家实现盈利，盈利面为83.3%; 31个行业大类中有24个实现增长，增长面为77.4%)
_FRAMED_NAME = regex.compile(r"(?:率|比例|比重|占比|(?<=盈利|亏损|覆盖|增长)面)$")
_NO_SHARE_NAME = regex.compile(r"增|长|利润|收益|利息|负债|费")  # (a growth, a margin or a rate of its own)


# The period a figure or a rate is of, named before it in its clause or sentence.
_PERIOD_NAMED = regex.compile(PART_OF_YEAR)


def _of_the_rates_period(text: str, earlier: list[_Slot], denominator: _Slot, rate: _Slot, words) -> _Slot:
    """The denominator of the period the rate's sentence names, when the one read names another and one
    so named stands before (第三季…营业利益x，营益率r: the quarter's 营收, not 累计前三季营收 after it)."""
    said = list(_PERIOD_NAMED.finditer(text, full_sentence_start(text, rate.start), rate.start))
    if not said:
        return denominator
    want = said[-1].group()

    def period(s: _Slot) -> str | None:
        found = list(_PERIOD_NAMED.finditer(text, max(s.sentence, s.start - 16), s.start))
        return found[-1].group() if found else None

    if period(denominator) in (None, want):
        return denominator
    return next((s for s in reversed(earlier) if s is not denominator and s.end <= rate.start
                 and s.same_measure(denominator) and period(s) == want and _ends(s, words)
                 and s.fields.get("role") not in ("previous", "change", "target", "equivalent")), denominator)


def _not_cumulated(text: str, earlier: list[_Slot], numerator: _Slot, denominator: _Slot, words, unlike,
                   rate: _Slot, slots, context: dict | None) -> _Slot:
    """A denominator of the numerator's own span (期内, 当季…), when the one read is summed over a longer one
    (期內經調整EBITDA x…利潤率r: 期內淨收益, not 首三季累計淨收益合共): of the figures its word names, not summed
    so, the one the rate agrees with, else the nearest (read so, it confirms only)."""
    def cumulated(s: _Slot) -> bool:
        return _CUMULATIVE.search(text, max(s.sentence, s.start - 16), s.start) is not None

    own = _OWN_SPAN.search(text, max(numerator.sentence, numerator.start - 16), numerator.start)
    if own is None or not cumulated(denominator) or cumulated(numerator):
        return denominator
    spans = [s for s in reversed(earlier) if s is not denominator and s is not numerator
             and s.same_measure(denominator) and _ends(s, words) and not _ends(s, unlike) and not cumulated(s)
             and s.fields.get("role") not in ("previous", "change", "target", "equivalent")]
    agreeing = next((s for s in spans if context is not None and _agrees(
        Relation("share", rate.figure.id, inputs=(numerator.figure.id, s.figure.id)), slots, context)), None)
    return agreeing or (spans[0] if spans else denominator)


_CUMULATIVE = regex.compile(r"累计|首[一二三四两]季|前[一二三四两]季|\d{1,2}[-—至]\d{1,2}月")
_OWN_SPAN = regex.compile(r"期内|当季|本季|单季|当月|本月|第[一二三四]季")  # (the numerator's own, said)


_MEASURE_ONLY = regex.compile(r"余额|金额|总额|资金|规模|数量|人数|户数|件数|额|量|数")


def _of_what_was_done(earlier: list[_Slot], numerator: _Slot, denominator: _Slot, words) -> _Slot:
    """The whole named as what the numerator's act was done to, when the one read names another
    (办结投诉x，办结率r after 受理诉求y，其中投诉z: over the complaints, not all the requests)."""
    indicator = numerator.fields.get("indicator") or ""
    act = next((w for w in sorted(words, key=len) if indicator.startswith(w)), "")  # (办结 of 办结投诉)
    done_to = indicator[len(act):] if act else ""
    # (a measure word is no object: 不良贷款|余额, 节约|资金)
    # (nor when the one read names it too: 完工桥梁 over 实施危旧桥梁加固改造, the bridges repaired)
    if len(done_to) < 2 or _MEASURE_ONLY.fullmatch(done_to) or done_to in (denominator.fields.get("indicator") or ""):
        return denominator
    # (not another figure of the act itself: 节约资金 in the headline is no whole of 节约资金)
    return next((s for s in reversed(earlier) if s is not numerator and s.same_measure(numerator)
                 and (s.fields.get("indicator") or "").endswith(done_to) and act not in (s.fields.get("indicator") or "")
                 and s.figure.value > numerator.figure.value
                 and s.fields.get("role") not in ("previous", "change", "target", "equivalent")), denominator)


def _or_over(earlier: list[_Slot], numerator: _Slot, denominator: _Slot, words, rate: _Slot, slots,
             context: dict | None) -> _Slot:
    """The other whole a rate of its name may be over (完工率: the works begun, 开工, as well as the
    plan), stated between the one read and the numerator, when the rate holds over it and not over
    the one read (read so, it confirms only)."""
    def holds(whole: _Slot) -> bool:
        return _agrees(Relation("share", rate.figure.id, inputs=(numerator.figure.id, whole.figure.id)), slots, context)

    if not words or context is None or holds(denominator):
        return denominator
    return next((s for s in reversed(earlier) if denominator.end <= s.start and s.end <= numerator.start
                 and s.same_measure(numerator) and _holds(s, words) and s.figure.value >= numerator.figure.value
                 and s.fields.get("role") not in ("previous", "change", "target", "equivalent") and holds(s)),
                denominator)


def _ownerless_whole(earlier: list[_Slot], numerator: _Slot, denominator: _Slot, rule: dict) -> _Slot:
    """A numerator no owner names is over the whole no owner names: 营收为x…。存储服务营收为y…。毛利润为z，
    毛利率为R is over x, not one service's y (the nearest named so, of its measure and no smaller, when
    the whole picked is owned and in another sentence)."""
    words = rule.get("denominator") or ()
    if not _ownerless(_owner_named(_owner(numerator, rule["numerator"]))) \
            or _ownerless(_owner_named(_owner(denominator, words))) or denominator.sentence == numerator.sentence:
        return denominator
    return _nearest_whole(earlier, numerator, words, _ownerless, before=denominator.start) or denominator


def _nearest_whole(earlier: list[_Slot], numerator: _Slot, words, owned, before: int | None = None,
                   most: bool = True) -> _Slot | None:
    """The last of ``earlier`` (ending by ``before``) of the numerator's measure, no smaller than it when
    ``most``, cast in no other claim's role, that ends with one of ``words`` after an owner ``owned``
    accepts."""
    return next((s for s in reversed(earlier) if s is not numerator and (before is None or s.end <= before)
                 and s.same_measure(numerator) and (not most or s.figure.value >= numerator.figure.value)
                 and s.fields.get("role") not in ("equivalent", "change", "previous", "target")
                 and _ends(s, words) and owned(_owner_named(_owner(s, words)))), None)


# Owners that name the whole business, or only the period (公司营收, 本季营收; 全行业营业收入, the whole
# of the industry a report is of): no segment's
_GENERIC_OWNER = regex.compile(rf"(?:本|该)?(?:公司|集团|企业)|全行业|报告期内?|本期|本季度?|本年度?|全年|1-\d{{1,2}}月|{PART_OF_YEAR}")


def _ownerless(owner: str) -> bool:
    """Does ``owner`` name no segment: none, or the whole business or the period only?"""
    return not owner or _GENERIC_OWNER.fullmatch(owner) is not None


def _same_owner(a: str, b: str) -> bool:
    """Do owners ``a`` and ``b`` name one: the same, or one opening the other (蚕茧 of 蚕茧|销售收入,
    蚕茧销售 of 蚕茧销售|毛利)?"""
    return len(a) >= 2 and len(b) >= 2 and (a.startswith(b) or b.startswith(a))


def _one_segments(whole: _Slot, a: str, rule: dict) -> bool:
    """Is ``whole`` the segment's whose numerator's owner is ``a``, each named by it (叶片业务收入48.36亿元，
    占营业总收入的81.2%；叶片业务毛利7.42亿元，毛利率R: the segment's revenue, a share of all, is its margin's whole)?"""
    b = _owner_named(_owner(whole, rule.get("denominator") or ()))
    return len(a) >= 2 and len(b) >= 2 and not _ownerless(a) and (a.endswith(b) or b.endswith(a))


def _owner_named(owner: str) -> str:
    """Whose an operand is, as its name says before the operand word: without the manner (按时) or an
    act alone (收取|保费), 规模以上 as 规上."""
    return _ACT_ONLY.sub("", _MANNER.sub("", _strip_words(owner))).replace("规模以上", "规上")


def _plan_in_brackets(text: str, slots: list[_Slot], i: int, numerator: _Slot) -> _Slot | None:
    """The plan stated in brackets right after ``slots[i]``, the rate, of the numerator's measure
    and no smaller (a rate of what was done over what was planned)."""
    plan = slots[i + 1] if i + 1 < len(slots) else None
    if plan is None or not PLAN_IN_BRACKETS.fullmatch(text, slots[i].end, plan.start) \
            or not plan.same_measure(numerator) or plan.figure.value_max is not None:
        return None
    return plan if plan.figure.value >= numerator.figure.value else None


def _planned(text: str, slot: _Slot) -> bool:
    """Is ``slot`` a plan or a target (计划新开工项目260个, 目标…), by its role or its clause's words?"""
    if slot.fields.get("role") == "target":
        return True
    return _AIMED.search(text, _clause_start(text, slot.start, max(slot.sentence, slot.start - 24)),
                         slot.start) is not None


# 辅导收购部分，|本期预算4.5亿元，执行率87.1%: the sentence opens on the name of the figure it rates
_TOPIC = regex.compile(r"\s*(?P<name>\p{Han}{2,8}?)部分[，,]")


def _topic_named(text: str, before: list[_Slot], rate: _Slot) -> _Slot | None:
    """The figure of the sentence before the rate's that the rate's sentence opens on by name
    (辅导收购3.92亿元。辅导收购部分，本期预算4.5亿元，执行率87.1%), the only one named so."""
    topic = _TOPIC.match(text, rate.sentence)
    if topic is None:
        return None
    named = [s for s in before if s.end <= rate.sentence and rate.sentence - s.start <= _TOPIC_REACH
             and (s.fields.get("indicator") or "") == topic.group("name")]
    return named[0] if len(named) == 1 else None


_TOPIC_REACH = 200


def _named_before(slots: list[_Slot], words, sentence: int) -> _Slot | None:
    """The last of ``slots`` named with one of ``words``, when it stands in the rate's ``sentence``."""
    found = _named(slots, words, sentence)
    return found if found is not None and found.sentence == sentence else None


def _acts_on(numerator: _Slot, part: _Slot) -> bool:
    """Is ``numerator`` named as an act on what ``part`` counts (办结投诉 on 投诉: 其中投诉7.36万件…。
    办结投诉7.29万件，办结率99.0%), so that a part of another breakdown is its denominator?"""
    done, whole = numerator.fields.get("indicator") or "", part.fields.get("indicator") or ""
    # (or opens on what the part's name ends with: 专项债券资金已拨付 on 地方政府专项债券资金)
    # (or on all of a name of three: 餐饮券核销 on 餐饮券, 其中餐饮券x…。餐饮券核销y，核销率R)
    return (len(whole) >= 2 and len(done) > len(whole) and done.endswith(whole)) \
        or any(done.startswith(whole[-k:]) and len(done) > k for k in range(len(whole), 3, -1)) \
        or (len(whole) == 3 and len(done) > 3 and done.startswith(whole))


def _said(text: str, earlier: list[_Slot], words, rate: _Slot) -> _Slot | None:
    """The figure right before ``rate`` in its sentence that names nothing (its indicator
    is None) but whose clause says one of ``words`` right before it (实际签约|2,926人: a verb
    alone, which names no measure), or after it (290家|按时足额完成清缴; so it may when it
    names one: 被…有限公司以5.18亿元|竞得, the buyer before the price)."""
    for s in reversed(earlier):
        if s.end > rate.start or s.sentence != rate.sentence:
            continue
        said = text[_clause_start(text, s.start, max(s.sentence, s.start - 12)):s.start]
        then = _CLAUSE_END.search(text, s.end, min(rate.start, s.end + _SAID_AFTER))
        after = text[s.end:then.start() if then else min(rate.start, s.end + _SAID_AFTER)]
        # (not in the rate's own name: 旗下3家酒店8月平均入住率达96.5% says no 入住 of the 3家)
        after = _RATE_NAME_ON.sub("", after)
        if any(len(w) > 1 and w in after for w in words):
            return s
        if _NOT_DONE.match(after):
            continue  # 283家单位按时足额履约，|3家|未按期清缴: those who did not are the rest
        said_word = next((w for w in words if said.endswith(w)), None)
        if said_word is None or _NEGATED.search(said, 0, len(said) - len(said_word)):
            return None  # (不合格|112批次 is no 合格 of a pass rate)
        # (or a part of the words only: 已完成征收签约|8,640户 read as 征收)
        indicator = s.fields.get("indicator")
        return s if indicator is None or indicator in said_word else None
    return None


# (486名|学员取得织锦工职业技能等级证书，取证率: what the numerator did may be named at length after it)
_SAID_AFTER = 16
_COUNTED_OWNERS = regex.compile(r"(?:\d|[一二两三四五六七八九十])\s?[个家所名户]\p{Han}{0,8}$")
_RATE_NAME_ON = regex.compile(r"\p{Han}{0,8}(?:率|进度).*$")  # (a rate's name, from where it starts: 入住率, 支出进度)
_NOT_DONE = regex.compile(r"\p{Han}{0,4}?(?:未|没有|尚未)")
_CLAUSE_END = regex.compile(r"[，,。；;：:！!？?\n（(]")
_RATE_VERB = regex.compile(r"(?:(?:变更|调整|变动)为|(?:升|降|增|减)至|为|达到|达|是)$")  # (持股比例变更为: the name before the change)
# The words that say an act was not done, right before the act (不|合格, 不予|认定, 未能|整改).
_NEGATED = regex.compile(r"(?:[不未]|不予|未能|没有)$")


def _whole_before(text: str, earlier: list[_Slot], numerator: _Slot) -> _Slot | None:
    """The last figure of the numerator's measure before it in its full sentence, no part
    of a breakdown, no change or previous value."""
    for s in reversed(earlier):
        if s.end > numerator.start or s is numerator:
            continue
        if _FULL_STOP.search(text, s.end, numerator.start):
            return None
        if s.same_measure(numerator) and s.fields.get("role") not in ("part", "change", "previous", "equivalent"):
            return s
    return None


def _passed_over(text: str, earlier: list[_Slot], numerator: _Slot, rate: _Slot, denominator=()) -> bool:
    """Is ``numerator`` before the ； or 。 that opens the rate's item, in which a figure of its
    measure stands (…有30个行业增加值同比增长，增长面达73.2%；5月当月有31个行业实现增长，增长面为75.6%:
    the month's rate, whose count names no 行业增加值), other than one named as the ``denominator``
    (…R&D经费1286.4亿元。以全省地区生产总值52,938亿元计，R&D经费投入强度为2.43%)?"""
    opens = max(text.rfind(";", max(0, rate.start - _NAMED_REACH), rate.start),
                text.rfind("。", max(0, rate.start - _NAMED_REACH), rate.start))
    return numerator.end <= opens and any(opens < s.start < rate.start and s.same_measure(numerator)
                                          and not _ends(s, denominator) for s in earlier)


_RATES = ("percent", "percentage_point")
# (but a part that leads the rate's own ；-item is its whole: 第一批6,000万元…，核销5,712万元，核销率95.2%；…)
_ITEM_END = regex.compile(r"[；;。！？!?\n]")
# 常住人口68.9万人，其中|城镇人口63.2万人: a whole the numerator's 其中 opens on, tied to it whatever its size
_AMONG = regex.compile(r"\s*[，,；;]?\s*其中[，,：:]?\s*\p{Han}{0,12}")
# Between a count and one of its members: 个|新建项目中已|开工43个; between an amount and what of it
# was done, right after it: 上年下达的1.12亿元|已拨付|1.07亿元.
_IN_SCOPE = regex.compile(r"\p{Han}{1,12}?中[，,]?\s*\p{Han}{0,8}|已\p{Han}{1,6}")


def _scope_of(text: str, slots: list[_Slot], numerator: _Slot) -> _Slot | None:
    """The figure right before ``numerator`` in its sentence, of its measure, when the
    numerator is counted among it (47个新建项目中已开工|43个): the text ties them, so a
    numerator larger than its scope makes the rate wrong, not the scope no denominator."""
    k = slots.index_by_id()[numerator.figure.id]
    before = slots[k - 1] if k else None
    if (before is not None and before.sentence == numerator.sentence and before.same_measure(numerator)
            and _IN_SCOPE.fullmatch(text, before.end, numerator.start)):
        return before
    # (新开工项目54个…。新开工项目中已开工项目|41个: the scope named, its count stated before)
    scope = _NAMED_SCOPE.fullmatch(text, _clause_start(text, numerator.start, max(0, numerator.start - 24)),
                                   numerator.start)
    if scope is None:
        return None
    for s in (slots[j] for j in range(k - 1, -1, -1)):
        if numerator.start - s.start > _NAMED_REACH or "\n" in text[s.end:numerator.start].strip():
            break
        if s.same_measure(numerator) and s.fields.get("indicator") == scope.group("scope") \
                and s.fields.get("role") not in ("equivalent", "change", "previous"):
            return s
    return None


_NAMED_SCOPE = regex.compile(r"(?P<scope>\p{Han}{2,12}?)中[，,]?\s*\p{Han}{0,10}$")
_LISTED_RATES = regex.compile(r"分别(?:为|是|达到?)?[^，,。；;]*$")
_SHARE_OF_WIDER = regex.compile(r"\s*[，,]\s*占(?:全[国省市县区镇]|上述|全行业)")  # (，占全区规上…营业收入的)
_NAMED_REACH = 400  # a report states the operands of a named rate in the same section
_BLANK_LINE = regex.compile(r"\n[ \t\u3000]*\n", flags=regex.REVERSE)
# (纳入年度计划的156个项目已完工148个: the projects the plan holds, a scope, not a plan's figure)
_AIMED = regex.compile(r"力争|争取|预计|预期|目标|(?<!(?:纳入|列入)(?:年度|全年|本年|今年|\p{Han}{2}年度)?)计划|确保|将(?:达|超|提高|提升|突破|升至)"  # (6月底前开工率将达到70%以上)
                   r"|(?<![供相反适响回对答效])应(?=认证|缴|付|兑|收|到|参检|参加|检)")  # (应认证人数148万人, 应参检社会组织: those due, a whole)
_LEFT_BEHIND = regex.compile(rf"\s*(?:{_CHANGED_TO})(?:至|到)")


# 其他服务营收 is one item of the revenue, 不含技术授权收入 the revenue less one: neither is all of it.
_SUB_ITEM = ("其他", "其中", "另外", "不含", "剔除", "扣除")


def _total_of_the_list(text: str, earlier: list[_Slot], chosen: _Slot, words) -> _Slot:
    """The total a 其中 opened on (_whole_its_qizhong_opened_on) when ``chosen`` is the last part of a list
    whose every part is named by the rate's word (累计支付赔款x，其中A公司赔付y，B公司赔付z，简单赔付率R: of x,
    not of B's z); else ``chosen``."""
    siblings = [s for s in earlier if s.sentence == chosen.sentence and s.end <= chosen.start
                and s.fields.get("role") == "part" and s.same_measure(chosen)]
    if chosen.fields.get("role") != "part" or not siblings or not all(_ends(s, words) for s in siblings):
        return chosen
    return _whole_its_qizhong_opened_on(text, earlier, chosen, words)


def _last_of_a_list(text: str, earlier: list[_Slot], chosen: _Slot) -> bool:
    """Is ``chosen`` the last of two or more parts of its measure a 其中 in its sentence lists, joined by 、?"""
    opener = text.rfind("其中", chosen.sentence, chosen.start)
    before = next((s for s in reversed(earlier) if s.end <= chosen.start), None)
    return opener >= 0 and before is not None and opener < before.start and before.same_measure(chosen) \
        and _LIST_JOINED.fullmatch(text, before.end, chosen.start) is not None


_LIST_JOINED = regex.compile(r"\s*[、和及与]\s*\p{Han}{1,12}")


def _whole_its_qizhong_opened_on(text: str, earlier: list[_Slot], chosen: _Slot, words) -> _Slot:
    """The figure a 其中 right before ``chosen`` opened on, named by the same words and larger, in its
    sentence (淨收益86.74億港元…，其中博彩收益72.35億港元…。經調整EBITDA利潤率: all the revenue, not a class of it);
    else ``chosen``.  (Asked only for a rate in a sentence of its own: 其中投訴1,268宗，已處理1,263宗，處理率為R
    rates the part it follows.)"""
    for s in reversed(earlier):
        if s.end > chosen.start:
            continue
        if s.sentence != chosen.sentence:
            break
        if s.same_measure(chosen) and _ends(s, words) and s.figure.value > chosen.figure.value \
                and "其中" in text[s.end:chosen.start] and s.fields.get("role") not in ("previous", "change", "target"):
            return s
    return chosen


def _named(slots: list[_Slot], words, sentence: int = -1, text: str = "") -> _Slot | None:
    """The last of ``slots`` whose indicator ends with one of ``words``, give or take
    _OPERAND_TAIL (不含技术授权收入影响 holds 收入 but names no revenue), or, given the
    ``text``, that one of them follows (首批下达的3.5亿元|资金已支出3.06亿元), unless another
    of another value could be meant as well (GAAP and Non-GAAP 毛利 side by side), or the
    last stands in the rate's ``sentence``."""
    # (a change or last year's value of the measure is no operand: 比上年末减少0.36万人)
    named = [s for s in slots
             if (_ends(s, words) or text and (_followed_by(text, s, words) or _opened_with(text, s, words)
                                              or _totals_the_named(text, s, words)))
             and s.fields.get("role") not in ("equivalent", "change", "previous")]
    if not named:
        return None
    last = named[-1]
    # (审结121,935件。…本级…审结15,558件，结收案比…: the rate's own sentence names its operand)
    if last.sentence == sentence:
        return last
    # (not the target it was measured against: 抽检3456批次，为年度计划3200批次的108.0%)
    measured = [s for s in named if s.fields.get("role") != "target"]
    if last.fields.get("role") == "target" and measured and measured[-1].same_measure(last) \
            and measured[-1].fields.get("indicator") == last.fields.get("indicator"):
        last = measured[-1]
    rivals = [s for s in named if s is not last and s.figure.value != last.figure.value and s.same_measure(last)
              and (s.fields.get("indicator") or "") == (last.fields.get("indicator") or "")
              and s.fields.get("role") != "target"]
    return None if rivals else last


def _opened_with(text: str, s: _Slot, words) -> bool:
    """Does the clause of ``s`` open with one of ``words``, after at most a place or a subject of three
    characters (全区抽查电线电缆、儿童用品…等产品|365批次: the act, its objects, then the count), or
    does one stand right before it (今年编列|新台币3,600万元)?"""
    floor = max(s.sentence, s.start - 40)
    last = _COMMA_OR_STOP.search(text, floor, s.start)
    clause = last.end() if last is not None else floor
    for w in words:
        at = text.find(w, clause, clause + 3 + len(w))
        if len(w) >= 2 and at >= 0 and _HAN_ONLY.fullmatch(text, clause, at):
            return True
        # (or, for a count, the act right before what it counts, whoever did it: …研究所抽验|夜市食品|412件)
        at = text.rfind(w, max(clause, s.start - len(w) - 6), s.start) if s.figure.kind == "count" else -1
        if len(w) >= 2 and at >= 0 and _OBJECT_ONLY.fullmatch(text, at + len(w), s.start):
            return True
        # (or the act right before the figure, which its name leaves out: 今年编列|新台币3,600万元)
        if len(w) >= 2 and s.start >= len(w) and text.startswith(w, s.start - len(w)):
            return True
    return False


_HAN_ONLY = regex.compile(r"\p{Han}{0,3}")
_OBJECT_ONLY = regex.compile(r"\p{Han}{2,6}")
_COMMA_OR_STOP = regex.compile(r"[，,。；;：:\n](?!.*[，,。；;：:\n])", flags=regex.S)  # (the last one)


def _followed_by(text: str, s: _Slot, words) -> bool:
    """Does one of ``words`` follow ``s`` (3.5亿元|资金已支出), or, for a count, the noun it counts first
    (587家|企业|申报高新技术企业认定)?"""
    noun = _NOUN_COUNTED.match(text, s.end) if s.figure.kind == "count" else None
    ends = [s.end] + ([s.end + k for k in range(1, len(noun.group()) + 1)] if noun else [])
    return any(text.startswith(w, end) for w in words for end in ends)


_NOUN_COUNTED = regex.compile(r"\p{Han}{1,4}")


def _totals_the_named(text: str, s: _Slot, words) -> bool:
    """Is ``s`` a 合计 of its sentence's list, one of ``words`` naming an item before it (补助经费x，自筹y，
    合计z；…执行率R: z is all the funds)?"""
    total = _TOTAL_RIGHT_BEFORE.search(text, max(s.sentence, s.start - 8), s.start)
    return total is not None and any(len(w) >= 2 and text.find(w, s.sentence, total.start()) >= 0 for w in words)


_TOTAL_RIGHT_BEFORE = regex.compile(r"[，,]\s*(?:合计|共计|总计|合共)(?:为|达)?\s*$")


# What may follow a ratio's operand word in an indicator: 派息合共每股 is still 派息, 拨付到位 拨付.
# (预算安排, Taiwan's 预算编列: the budget set)
# (已拨付到位; 已拨付到校, 发放到户: where the money went)
_OPERAND_TAIL = regex.compile(r"(?:合共|合计|共计|总计|总额|总|每股|约|为|达|到位|到(?:校|县|乡镇|村|户|人|账|企业)|安排|编列)*")


_NEGATED = regex.compile(r"[不未](?:获|予|被)?$")


def _ends(slot: _Slot, words) -> bool:
    indicator = slot.fields.get("indicator") or ""
    for w in words:
        at = indicator.rfind(w)
        # (net profit is no 利润 of a profit margin: 净利润 names another measure; nor is 不合格 a 合格, nor
        # 不获批准 a 批准; but 净收益, a casino's net revenue, is its 收益)
        if at >= 0 and _OPERAND_TAIL.fullmatch(indicator, at + len(w)) and not (at and (
                _NEGATED.search(indicator, 0, at) or (indicator[at - 1] == "净" and not w.endswith(("收入", "收益"))))):
            return True
        if _FUNDS_NAMED.fullmatch(w) and _kind_of_funds(indicator, w[:-2]):
            return True  # (支出资金 for 已支出衔接资金: the funds named by their kind between)
    return slot.figure.kind == "count" and _act_then_noun(indicator, words)


# (评出|得奖|茶样, 成功|获救|人员: a count named by what befell the things it counts, then their noun)
# (接报|电信网络诈骗案件, 破获|电诈案件: a kind of cases is still the noun counted)
_COUNTED_AFTER_ACT = regex.compile(r"\p{Han}{1,2}|\p{Han}{0,6}案件")


_FUNDS_NAMED = regex.compile(r"\p{Han}{2}资金")
_KIND_OF_FUNDS = regex.compile(r"\p{Han}{1,6}资金")


def _kind_of_funds(indicator: str, act: str) -> bool:
    """Does ``indicator`` name the funds of ``act`` by their kind (支出|衔接|资金)?"""
    at = indicator.rfind(act)
    return at >= 0 and _KIND_OF_FUNDS.fullmatch(indicator, at + len(act)) is not None \
        and not (at and indicator[at - 1] in "不未")


def _act_then_noun(indicator: str, words) -> bool:
    """Does a count's ``indicator`` open (after at most three characters) with one of ``words``, then name
    only the noun it counts, of one or two characters, or end on one of ``words``, 的 and that noun
    (按规定完成告知性备案的场所: what the things counted did, said in full before them)?"""
    for w in words:
        at = indicator.find(w)
        if len(w) >= 2 and 0 <= at <= 3 and _COUNTED_AFTER_ACT.fullmatch(indicator, at + len(w)) \
                and not (at and indicator[at - 1] in "不未"):
            return True
        at = indicator.rfind(w + "的")
        if len(w) >= 2 and at > 0 and _COUNTED_AFTER_ACT.fullmatch(indicator, at + len(w) + 1) \
                and not _NOT_DONE_BEFORE.search(indicator, 0, at):
            return True
    return False


_NOT_DONE_BEFORE = regex.compile(r"[不未]|^(?:应|需|待)")  # (尚未完成备案的场所, 应备案的场所: not done)


_SOLD = regex.compile(r"^(?:实现)?销售(?:各类|各种)?(?P<product>\p{Han}{2,6})$")
_MADE = regex.compile(r"^\p{Han}{0,3}?生产(?:各类|各种|各型)?(?P<product>\p{Han}{2,6})$")


def _made_then_sold(earlier: list[_Slot], sold: _Slot) -> list[_Slot]:
    """The output named by the act of making the product ``sold`` names by the act of selling
    (公司生产各类叉车x for 销售叉车y), the nearest before it: [] when there is none."""
    product = _SOLD.match(sold.fields.get("indicator") or "")
    if product is None:
        return []
    return [s for s in earlier if s.end <= sold.start and s.same_measure(sold)
            and s.fields.get("role") not in ("equivalent", "change", "previous", "target")
            and (made := _MADE.match(s.fields.get("indicator") or "")) is not None
            and made.group("product") == product.group("product")][-1:]


def _owner(slot: _Slot, words) -> str:
    """What an operand's indicator names before its operand word (艺龙|毛利 -> 艺龙)."""
    indicator = slot.fields.get("indicator") or ""
    for w in words:
        at = indicator.rfind(w)
        if at >= 0 and _OPERAND_TAIL.fullmatch(indicator, at + len(w)):
            return indicator[:at]
    return ""


def _part_its_subject_names(text: str, earlier: list[_Slot], numerator: _Slot, denominator: _Slot) -> _Slot:
    """收入5.96亿元，其中蓝海水务有限公司（简称“蓝海水务”）3.58亿元、…。蓝海水务…实现毛利0.87亿元，
    毛利率R: the part of the whole that the numerator's sentence opens on by name (four characters
    or more: 普惠性 of 普惠性民办园 names no firm) is the rate's whole, not the whole of all the parts."""
    if numerator.sentence <= denominator.end:
        return denominator
    opening = _SUBJECT.match(text, numerator.sentence)
    parts = [s for s in earlier if denominator.end < s.start < numerator.sentence and s.same_measure(denominator)]
    if opening is None or len(parts) < 2:
        return denominator
    subject = opening.group()
    for part in parts:
        opened = _ITEM_START.search(text, denominator.end, part.start)
        item = text[opened.end() if opened else denominator.end:part.start]
        # (the longest opening of the sentence, of four characters or more, that the part's name holds)
        if any(subject[:k] in item for k in range(len(subject), 3, -1)):
            return part
    return denominator


# A sentence's first words, up to its first mark or figure; where an item of a list starts.
_SUBJECT = regex.compile(r"\s*\p{Han}{4,12}")
_ITEM_START = regex.compile(r".*[，,、；;：:]", regex.S)


def _counted_alike(a: _Slot, b: _Slot, units) -> bool:
    """Are ``a`` and ``b`` counts by classifiers a rate's rule counts alike (``units``: 取证率 counts
    the people certified, 人, over the training given, 人次)?"""
    return a.figure.kind == b.figure.kind == "count" and a.figure.unit in units and b.figure.unit in units


def _holds(slot: _Slot, words) -> bool:
    indicator = slot.fields.get("indicator") or ""
    return any(w in indicator for w in words)
