"""Claims that a rate is a share of a whole: 占X的R, 占比R, and 为上年同期X的R, found on
the slots relate.py has built (share_lists.py reads A、B分别占…的R、S, share_passes.py
the shares read after every family).  Relations are plain records; validate.py computes
them."""
from __future__ import annotations

from decimal import Decimal
from itertools import takewhile

import regex

from .growth_bases import _previous_after
from .indicators import (WHOLE_AREA, WHOLE_TAIL, _LIST_BREAK, _RATIO_GLOSS, PHRASE_REACH, _clause_start, _strip_words, indicator_before,
                         paragraph_start)
from .relate import (_COMPARED_BASE, _FULL_STOP, _PREVIOUS_CUE, _PREVIOUS_WORD, _SHARE_CUE, ASIDE_CLOSES,
                     IN_OPEN_BRACKET, LISTED, Relation, _agrees, _changed, _cued_rates, _read_whole,
                     QUANTITY_ACTS, _same_indicator, _Slot, _whole_of_a_share, full_sentence_start)
from .share_parts import _CASES, _item_of_kind, _number_of, parts_named
from .share_wholes import (_EVERY, _LAST_BREAKDOWN, _LAST_OPENER, _WHOLE_REACH, _agreeing_named_whole, _another_kind,
                           _classified_by, _counted_whole, _named_whole, _names_part, _opened_on, _opposite, _written_whole,
                           place_whole, spelled_out)
from .sum_names import _common_suffix
from .sum_totals import _TOTAL_CUE
from .sum_items import _ITEM_BREAK
from .sums import _ASIDE_REACH, _CLAUSE_TAIL, _COMPLETED_OF, _DAILY, _PERIOD_BEFORE_ASIDE, _TURN, ASIDE, spans_otherwise  # _TURN: the 其中 list has ended (，另有, ，而)


_NEXT_CLAUSE = regex.compile(r"[，,]\s*")  # between a rate and the share in the clause after it
_BOUND_IN_NAME = regex.compile(r"(?:及以下|以下|及以上|以上)\p{Han}{1,8}?(?:户数|家数|笔数|个数|数量|项目|企业|业务)")
_STANDS = regex.compile(r"\s*(?P<name>\p{Han}{2,8}?)(?:仍是|仍为|依然是|依旧是|成为|位居|居)")
_LAST_YEARS_SHARE = regex.compile(r"(?:上年同期|去年同期|上年|去年|上一年)(?:的)?(?:占比|比重)")
_ITEM_OPENS_ON_SHARE = regex.compile(r"[；;]\s*$")


_AVERAGE = regex.compile(_DAILY.pattern + "|户均|人均|平均")  # (an average over days or over heads)


def stated(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]], context: dict) -> list[Relation]:
    """Part 占 whole 的 R%: the whole inside 占…的, or an earlier figure whose
    indicator is the noun after 占; the part in the same clause, or an earlier
    figure whose indicator is the noun before 占.  A whole named by a pronoun
    (占其总额的, 占全县的) is read from the context: the nearest earlier figure of
    the part's measure, larger than it, that gives the rate; such a whole
    confirms the rate and never refutes it.  A whole left unnamed (占比) right
    after a share of a named whole in the sentence before (A x，占W的p%；B y，
    占比q%) is that whole, and it may refute."""
    out = []
    last = None  # (rate, whole) of the last share whose whole was named (and, elsewhere, agrees)
    tied_wholes: dict[str, _Slot] = {}  # the words after 占 -> the whole a share tied them to
    for i, rate, m, same in _cued_rates(text, slots, rates, _SHARE_CUE, 42, "share"):
        gloss = _RATIO_GLOSS.search(text, max(0, rate.start - 32), rate.start)
        if gloss is not None and m.start() > gloss.start():
            # 研发投入强度（R&D经费支出占GDP比重）达2.86%: the share in brackets glosses the rate's
            # name; the rate is read by that name (ratios.named_ratios)
            del rate.fields["role"]
            continue
        if _LAST_YEARS_SHARE.search(text, max(rate.sentence, m.start() - 8), m.end()):
            del rate.fields["role"]
            continue  # （上年同期占比为30.4%）: the share the year before, a base of points, no share of these figures
        earlier = slots[:i]
        again = None  # the whole the words after 占 were tied to by an earlier share
        written = _RATIO_WORD.sub("", ASIDE.sub("", m.group("whole") or ""))  # (those words, as written)
        inside = [s for s in same if s.start >= m.start()]
        if m.group("be") and not inside:
            continue  # (为…的R% names its whole by a figure, or it is no share: 为同类产品的85%)
        clause = _clause_start(text, m.start(), max(0, m.start() - 30))
        # (not a previous value, a change or a target: 税收5.6亿元，…，上年同期为5.4亿元，占…的R%;
        # 住户存款余额x，比年初增加y，占…的R%: changes are cast later, so read from their cue)
        # (nor a bound inside a name: 单户1000万元及以下业务户数占比达94.6% counts the businesses)
        # (nor one in an aside closed before the cue: 住房消费类提取35.48亿元（…租赁住房2.91亿元），占提取总额的82.0%)
        # (nor the whole of a ratio just stated: 能繁母猪存栏x，为正常保有量y的104.0%，占生猪存栏的比重为R)
        part = next((s for s in reversed(same) if s.end <= m.start()
                     and s.fields.get("role") not in ("previous", "change", "target", "equivalent")
                     and not _changed(text, s) and not _BOUND_IN_NAME.match(text, s.end)
                     # (nor the base of a comparison: 发明专利授权量较上年的13,862件增长R，占…的R)
                     and not _COMPARED_BASE.search(text, max(0, s.start - 16), s.start)
                     and not ASIDE_CLOSES.match(text, s.end, m.start())
                     and not _COMPLETED_OF.match(text, s.end)), None)
        if part is not None and _AVERAGE.match(part.fields.get("indicator") or ""):
            # 完成客运量1.52亿人次，…，日均客运量约41.6万人次，占全市…总量的R: the total before its daily average
            part = next((s for s in reversed(same) if s.end <= part.start and s.same_measure(part)
                         and s.fields.get("role") not in ("previous", "change", "target", "equivalent")
                         and not _changed(text, s) and not _AVERAGE.match(s.fields.get("indicator") or "")), part)
        if part is not None and _FORMER.fullmatch(text, clause, m.start()):
            part = _first_listed(text, same, part)  # 分别缴存a、b、c和d，前者占…的R: the first of the list
        if _INCREASE_SUBJECT.fullmatch(text, clause, m.start()):
            # 余额612.84亿元，较年初增加53.26亿元，…，增量占全市…增量（170.7亿元）的31.2%: the change is the part
            # (not the year before's change in brackets, nor how much more it grew: 多增8.14亿元（上年同期增加45.12亿元）)
            part = next((s for s in reversed(same) if s.end <= m.start() and _changed(text, s)
                         and not _PREVIOUS_WORD.search(text, max(0, s.start - 8), s.start)
                         and not _MORE_CHANGE.search(text, max(0, s.start - 3), s.start)), None)
        if part is None and _ITEM_OPENS_ON_SHARE.search(text, max(0, m.start() - 2), m.start()):
            # 结算量达1286.4亿元，同比增长21.8%，上年同期为1056.1亿元；占…总额2950.5亿元的43.6%: a ；-item
            # that opens on the share is of the figure the item before leads with (of the whole's measure,
            # when the share names a figure of it; 进出口612.7亿元，…；占全市外贸总值的48.3%)
            opens = full_sentence_start(text, m.start())
            part = next((s for s in reversed(earlier) if opens <= s.start and s.end <= m.start()
                         and s.figure.kind not in ("percent", "percentage_point")
                         and (not inside or s.same_measure(inside[-1]))
                         and s.fields.get("role") not in ("previous", "change", "target", "equivalent")
                         and not _changed(text, s)), None)
        if part is None:
            # 实现交易额38.6亿元，…；完成全年目标70亿元的55.1%，占全市交易额（96.5亿元）的40.0%: the actual of
            # the completion rate right before, in its full sentence
            part = _actual_of_completion_before(text, earlier, m.start())
        if part is not None and _NEXT_CLAUSE.fullmatch(text, part.end, m.start()) and _listed_last(text, earlier, part):
            # 研发人员612名，其中博士23名、硕士187名、本科402名，占员工总数的14.28%: a share right
            # after a list of the parts 其中 opened is of them all: of the total 其中 opened on, else
            # of no figure stated; but the last part's when that total is the whole (本科402名，
            # 占研发人员的65.7%).  (A list no 其中 opens, or a list of rates, is left as it was:
            # 分别为x和y，占总营收的0.3%和3.4% gives each its own.)
            opener = _LAST_OPENER.search(text, part.sentence, part.start)
            if opener is not None and not _LIST_JOIN.match(text, rate.end):
                head = _head_before(text, earlier, part, opener)
                named = head.fields.get("indicator") if head is not None else None
                if not (named and named in (m.group("whole") or "")):
                    part = head
        if part is not None and _THIS_KIND.search(m.group("whole") or ""):
            # 完成B2B直接出口12.6亿元，占全区该模式出口的20.2%: the whole of the part's own kind, named as the
            # part is (跨境电商B2B直接出口62.38亿元), never the wider measure (出口)
            kind = part.fields.get("indicator") or ""
            whole = next((s for s in reversed(earlier) if part.start - s.start <= _WHOLE_REACH and s is not part
                          and len(_common_suffix([kind, s.fields.get("indicator") or ""])) >= 4 and s.same_measure(part)
                          and s.figure.value >= part.figure.value and s.figure.value_max is None
                          and s.fields.get("role") not in ("previous", "change", "target", "equivalent")), None)
            if whole is not None:
                rate.fields["indicator"] = kind
                out.append(Relation("share", rate.figure.id, inputs=(part.figure.id, whole.figure.id)))
                continue
            # (none so named: 该 may point back to a business its scope names, 香港客运业务中，…占该业务收入的; read on)
        # 生产总值261.8亿元，民营经济增加值占到58.3%: a clause that names its own subject before
        # 占 takes the figure of that name, not the one of the clause before.
        # (后者占…的R names no subject: the latter is the figure right before, 强制性供款x，自愿性供款y，后者占…)
        latter = part is not None and _LATTER.fullmatch(text, clause, m.start()) is not None
        subject = indicator_before(text, m.start(), clause) \
            if (part is None or part.end <= clause) and not latter else None
        # (照顾及专业服务所占比重: nor a 服务所's, when a figure before is named without the 所)
        # (葡语国家市场所占比重; or of three, when a figure before is named from the other two: 东区所占比重 after
        # 东区x, 化肥所占比重 after 化肥销售额x)
        if subject and subject.endswith("所") and len(subject) >= 3 and _SO_TAKEN.match(text, m.start() - 1) \
                and ((len(subject) > 3 and (not subject.endswith(_ENDS_IN_SUO) or subject.endswith("市场所")))
                     or any((s.fields.get("indicator") or "").startswith(subject[:-1]) if len(subject) == 3
                            else s.fields.get("indicator") == subject[:-1] for s in earlier)):
            subject = subject[:-1]  # (碧源水务所占份额为41.4%: 所 leads the verb, it ends no name)
        if part is None and not subject and clause > rate.sentence:
            # 绿茶仍是出口主力军，占出口总额的44.0%: the sentence's subject, before a verb of standing
            stands = _STANDS.match(text, rate.sentence)
            subject = stands.group("name") if stands is not None and stands.end() <= clause else subject
        # 新能源汽车产量同比增长42.3%，占全市汽车产量的比重达61.8%: the subject of the rate in the
        # clause before, whose level may be stated earlier (其中新能源汽车18.6万辆).
        of_kind = []  # (the part found as the item of the kind the subject names)
        grown = _growth_before(text, slots, i, m) if part is None and not subject else None
        if grown is None and part is None and not subject:
            # 统筹基金支付占结算总金额的63.9%，占年度预算指标23.5亿元的50.7%: a second share of the first's part
            grown = _growth_before(text, slots, i, m, "share")
        subject = subject or (grown.fields["indicator"] if grown is not None else None)
        subject = _without_the_class(text, rate, subject)
        if subject and subject.endswith("部分") and len(subject) >= 4:
            subject = subject[:-2]  # (资金部分占募集总额的: the part that is 资金)
        stated_before = part  # (the figure right before the cue, before the subject is looked for)
        if subject and (part is None or not (_same_indicator(part.fields.get("indicator"), subject)
                                             or spelled_out(part.fields.get("indicator") or "", subject))
                        or _opposite(part.fields.get("indicator") or "", subject)):
            near = takewhile(lambda s: m.start() - s.start <= _WHOLE_REACH, reversed(earlier))
            # (never a figure inside 占…的: 核查数量约占2023个…的22% names the whole there)
            # With none of that name, the share's part is not stated and the rate keeps its own
            # name (全湖大闸蟹总产量约2800吨，规格蟹占比达到三成以上), unless the name points back
            # (来自该部门的收入), only says "share" (比例) or opens the figure's own (税收收入…，
            # 税收占比); and only when no whole is named (a pronoun, 占其总规模的, may lead to a
            # part named otherwise) or the figure before is that whole (海外销售额占总销售额的54%).
            named_as = (part.fields.get("indicator") or "") if part is not None else ""
            whole_word = WHOLE_TAIL.sub("", (m.group("whole") or "").removeprefix("总"))  # 总销售额: all of 销售额
            # (or the figure before is another kind of the subject's head: 其中…境外企业73家，农产品加工企业占
            # 参展企业的百分之四十二, two kinds of 企业)
            own = (part is not None and part.end <= clause and _OWN_NAME.fullmatch(subject) is not None
                   and subject[:2] not in named_as
                   and (m.group("whole") in ("", "比") or (len(whole_word) >= 2 and named_as.endswith(whole_word))
                        or _another_kind(named_as, subject)))
            # (nor a change: 一季度涉农贷款较年初增加14.37亿元 in the headline is no 涉农贷款)
            # (one named exactly so before a nearer one whose name ends with it: 高端产品收入52.36亿元，
            # 次高端产品收入21.08亿元…，高端产品收入占营业收入的比重)
            # (nor the base of a comparison: 票箱收入較去年同期的1.36億元成長16.2%)
            candidates = [s for s in near if s.figure.kind != "percent" and s.end <= m.start()
                          and s.fields.get("role") not in ("previous", "change", "target", "equivalent")
                          and not _changed(text, s) and not _COMPARED_BASE.search(text, max(0, s.start - 16), s.start)]
            named = parts_named(text, candidates, subject, _ALL_OF.sub("", whole_word))
            # (分用途看，住宅用地成交21宗、出让金x；商服用地…出让金y。住宅用地出让金占比为R: the item whose
            # ；-item names the kind the subject adds to the figures' common name)
            of_kind = _item_of_kind(text, named, subject) if len(named) >= 2 else of_kind
            named = of_kind or named
            this_round = _THIS_ROUND.match(subject)
            if this_round is not None and len(subject) - this_round.end() >= 2:
                # (本次分红占可分配盈余的63.1%: all that was paid out this time, the largest figure named so,
                # not the last item of a list, 中药材类合作社…分红46.4万元)
                core = subject[this_round.end():]
                alike = [s for s in candidates if core in (s.fields.get("indicator") or "")
                         and (not named or s.same_measure(named[0]))]
                named = [max(alike, key=lambda s: s.figure.value)] if alike else named
            # (not one of a series named alike, when another is not: 1月、2月及3月的博彩税收入分别为x、y和z
            # after 博彩税收入268.5亿元, for 博彩税收入相当于同期毛收入的39%)
            opened_on = next((s for s in candidates if s.sentence == rate.sentence), None)  # (nearest first)
            if opened_on is not None and m.group("whole") in ("", "比") and "其中" in text[opened_on.end:m.start()]:
                # (高中阶段学校招生合计65.44万人，其中普通高中占63.1%: the part of the total 其中 opened on,
                # 普通高中招生41.26万人, not school places named 普通高中 a paragraph back)
                named = [s for s in named if s.same_measure(opened_on)] or named
            exact = [s for s in named if s.fields.get("indicator") == subject]
            part = next((s for s in exact if not s.series), exact[0] if exact else named[0]) \
                if named else (None if own else part)
            if part is not None and part in named and _last_of_list_named_for_all(text, earlier, part, subject):
                # 八达通、电子支付及现金车费收入分别为x、y及z。…车费收入佔75.9%: the measure of all the items, which the
                # last one's name ends with, not that item (their sum, unstated)
                part = None
            if part is not None and part in named and not of_kind and sum(
                    s.sentence == part.sentence and s.fields.get("indicator") == part.fields.get("indicator")
                    for s in named) >= 2:
                # 安排债券资金分别为a、b、c和d。…债券资金占项目总投资的r: the name is of all the items, no
                # one of them (the sum the text does not state)
                part = None
        named_again = _sibling_named_again(text, last, part or stated_before, m, clause, subject)
        if part is None and named_again:
            part = stated_before  # (外销日本、港澳…y，外销比重q%: the part its clause opens on by the share's name)
        if _NAMED_BEFORE_RATIO.match(text, m.start() - 1) and m.group("whole") == "" and not (
                part is not None and _same_indicator(part.fields.get("indicator"), subject)
                and "其中" in text[part.sentence:part.start]) and not named_again:
            # (实际报销比例为64.4%: a ratio by its own name, ratios.named_ratios', where no figure before
            # is named again as the part 其中 opened, 其中本地员工3180人，本地员工比例为R; nor 持联络互动1604.21万股，
            # 持股比例2.28%, whose whole is not stated)
            del rate.fields["role"]
            continue
        if part is None:
            # 高技术制造业增加值增长15.3%，占规上工业增加值的比重为18.6%: the share is of the
            # measure whose rate the clause before gives, though no level of it is stated.
            if grown is not None:
                rate.fields["indicator"] = grown.fields["indicator"]
            continue
        whole = inside[-1] if inside else None
        if subject and whole is not None and part.sentence == rate.sentence and "其中" in text[part.sentence:part.start] \
                and not _names_part(part.fields.get("indicator"), subject):
            # 建成中医馆21个，其中A中医馆17个、B中医馆4个，建馆机构占…总数（22个）的95.5%: a subject that names
            # no part is the total the 其中 opened on, when the rate agrees with it (else no part is stated)
            opened = _opened_total(text, earlier, part, rate)
            relation = Relation("share", rate.figure.id, inputs=(opened.figure.id, whole.figure.id), mode="inferred") \
                if opened is not None and opened.same_measure(whole) else None
            if relation is not None and _agrees(relation, slots, context):
                rate.fields["indicator"] = subject
                out.append(relation)
            continue
        by_total = loose = False
        classified = None  # (a whole a classification breaks down, the part its item: tied by the text)
        noun = ""
        # (the whole the scope opening the part's clause names, 专任教师|中本科…: tied by those words, and
        # before the share before it: 调解结案占审结案件的比重为p%；裁决结案中适用终局裁决的x，所占比重为q% is of 裁决结案)
        scoped = _clause_scoped_whole(text, earlier, part) if whole is None else None
        sibling = _sibling_whole(text, last, part, m, clause) if whole is None and scoped is None else None
        if sibling is not None and _PERIOD_BEFORE_ASIDE.search(text, max(0, part.start - _ASIDE_REACH), part.start):
            # (…占销售总收入的31.3%…（上一产季电商销售7.98亿元，占比28.6%）: the period before's share, of that
            # whole's value then, stated beside it, else of nothing the text gives)
            sibling = _then_of(earlier, sibling, part)
            if sibling is None:
                continue
        if sibling is not None:
            rate.fields["indicator"] = part.fields.get("indicator")
            out.append(Relation("share", rate.figure.id, inputs=(part.figure.id, sibling.figure.id)))
            last = (rate, sibling)
            continue
        if whole is None and m.group("whole") in ("", "比", "总额", "总量", "总数", "总值") and (
                not subject or _names_part(part.fields.get("indicator"), subject) or _number_of(part, subject)
                or part in of_kind):
            # 营业收入35.2亿元，其中互联网接入收入28.7亿元，占比81.5%: the total 其中 opened on (or
            # 占总额的, the total named by no name: 毛保费收入368.4亿元，其中人寿保险毛保费325.9亿元，占总额的88.5%)
            # (专任教师9,860人，专任教师中本科及以上学历4,127名，占41.9%: the scope that opens the part's clause
            # before the total 其中 opened on, 教职工1.52万人)
            whole = scoped or _opened_total(text, earlier, part, rate) or _framed_whole(text, earlier, part)
            if whole is None and subject and _number_of(part, subject):
                # (分类型看，…；农村水利项目57个，完成投资x，项目数占总数的41.9%: the number of its ；-item's
                # projects, of all the projects its classification opened on)
                whole = _classified_whole(text, earlier, part)
            if whole is None and part in of_kind:
                # (分用途看，住宅用地…出让金x；…。住宅用地出让金占比为R: of the total the classification opened on)
                whole = _opened_total(text, earlier, part, rate, items=True, opens=_LAST_BREAKDOWN)
            if whole is None and subject and len(subject) >= 3 and part.fields.get("indicator") == subject \
                    and (stop := _FULL_STOP.search(text, part.end, rate.start)) is not None \
                    and full_sentence_start(text, rate.start, stop.start()) == stop.end() \
                    and _LAST_BREAKDOWN.search(text, full_sentence_start(text, part.start), part.start):
                # (从收入构成看，A收入x，B收入y…。A收入所占比重为R: of the total the classification breaks down, the
                # part named again as it is in the sentence right before)
                whole = classified = _classified_whole(text, earlier, part, paragraph_before=True)
            if whole is None and subject and part.sentence != rate.sentence:
                whole = _total_just_before(text, earlier, part, clause)
                alike = _part_measured_as(earlier, whole, part) if whole is not None and not _measured_alike(part, whole) \
                    else None
                if alike is not None:
                    # (舟湾重工手持…订单金额23.6亿元 … 全市修船企业共完成修船产值52.4亿元，舟湾重工占36.1%: the
                    # firm's share of what the whole measures, its own 修船产值 named by the measure alone, read
                    # so it confirms only)
                    part, loose = alike, True
        if whole is None and _TOTAL_OF.fullmatch(m.group("whole") or "") \
                and (part.fields.get("indicator") or "").endswith(m.group("whole")[1:]):
            # 分领域看，…；管网新建和改造完成投资44.85亿元，占总投资的比重为59.1%: the total of the part's own
            # measure is the one the breakdown its ；-item belongs to opened on
            whole = _opened_total(text, earlier, part, rate, items=True, opens=_LAST_BREAKDOWN)
            if whole is not None and m.group("whole") not in (whole.fields.get("indicator") or ""):
                # (占总保费的 with 累计实现总保费收入60.84亿元 before 全省人身险…原保险保费收入416.7亿元 and 从业务结构看: the
                # figure the very words name, 总 and all, before a nearer one named by the measure alone)
                whole = _literally_named(earlier, part, m.group("whole"), whole) or whole
            if whole is not None and spans_otherwise(whole, part):
                # 累计1至9月出口x。按货品分，A出口y，占总出口比重r: the month's (9月出口z), read by
                # its name below, not the months' since January
                whole = None
        if whole is None:
            # 占常住人口比重（常住人口城镇化率）为: the whole before the gloss
            noun = _strip_words(_RATIO_WORD.sub("", ASIDE.sub("", m.group("whole"))))
            # (all of a measure is no other part of its breakdown: 其中工业投资x…；房地产开发投资y，
            # 占全部投资的r)
            every = _EVERY.match(noun)
            # (占累计完成投资的: the figure written after those very words, before any named 投资)
            whole = _written_whole(text, earlier, part, written) \
                if len(noun) >= 2 and written != noun and written.endswith(noun) else None
            # (累计批出拨款20.46亿港元。其中，A拨款15.83亿港元，占总拨款的77.4%…。…B获批7.86亿港元，占总拨款的38.4%:
            # the whole those words were tied to before, not the item named 拨款 nearer)
            again = tied_wholes.get(written) if len(written) >= 2 else None
            again = again if again is not None and again is not part and again.end <= part.start \
                and again.same_measure(part) and again.figure.value >= part.figure.value else None
            whole = whole or again
            whole = whole or _named_whole(text, earlier, part, noun, parts_too=not every,
                                          of_all=WHOLE_AREA.match(written) is not None)
            act = _CASES.sub("", noun).removeprefix("已")
            if whole is None and part.figure.kind == "count" and 2 <= len(act) < len(noun) - 1:
                # (占已处理个案的 for 全年共处理1,664宗: the cases by the act done to them)
                whole = _named_whole(text, earlier, part, act)
            if whole is not None and len(noun) >= 2:
                # (占税收收入的 with 组织税收收入x…。其中，地方级税收收入y before it: the total the part's 其中
                # opened on, named so too, not the part)
                opened = _opened_total(text, earlier, whole, rate, items=True)
                if opened is not None and opened is not whole and opened.same_measure(whole) \
                        and opened.figure.value > whole.figure.value \
                        and (opened.fields.get("indicator") or "").endswith(noun):
                    whole = opened
            if whole is not None and _ALL_OF.match(written) and whole.fields.get("indicator") != noun:
                opener = _LAST_OPENER.search(text, paragraph_start(text, part.start, PHRASE_REACH), part.start)
                if opener is not None and whole.end <= opener.start() and (
                        whole.sentence == part.sentence or _opened_on(text, whole, part)):
                    # 民生支出33.62亿元…。其中：教育支出9.48亿元，占全县支出的22.6%: all the county
                    # spent, not the total the breakdown is of
                    whole = _named_whole(text, [s for s in earlier if s is not whole], part, noun,
                                         parts_too=not every)
            if whole is None:
                # …占一般公共预算收入的比重达72.3%，一般公共预算收入11.7亿元: named after the rate.
                # (or in the ；-clause after it: …占固定资产投资的比重为48.3%；固定资产投资129.4亿元, or
                # in the sentence after it in its paragraph: …占GDP的比重达54.5%。全年GDP为386.4亿元;
                # read there, in another sentence, it confirms only)
                stop = _FULL_STOP.search(text, rate.end)
                then = _FULL_STOP.search(text, stop.end()) if stop is not None and text[stop.start()] != "\n" else None
                end = then.end() if then is not None else (stop.start() if stop is not None else len(text))
                later = [s for s in slots[i + 1:i + 4] if s.start < end]
                whole = _named_whole(text, later[::-1], part, noun)
                aside = [s for s in later[:1] if IN_OPEN_BRACKET.fullmatch(text, rate.end, s.start)]
                if whole is None and aside and WHOLE_TAIL.search(noun):
                    # 占全市中小学校总数的R（全市共有中小学校749所）: the total in the rate's aside, by what it totals
                    whole = _named_whole(text, aside, part, WHOLE_TAIL.sub("", noun))
            core = WHOLE_TAIL.sub("", noun)
            if (whole is None or _rough(text, whole)) and core != noun:
                # 现场授信56.3亿元，其中信用贷款18.2亿元，占授信总额的32.3%: the total of 授信, not
                # one of the parts its 其中 lists (对美国出口1.42亿美元… before 占出口总额的)
                # (占销售总额的: 销售额 first, 蜂产品销售额 before 电商销售, an item of a 分别 list)
                # (and before a rough one named 总数, 外资企业总数突破1200家 in the title: 外资企业1,236家)
                amount = core + "额" if noun.endswith("总额") and not core.endswith("额") else ""
                exact = (_named_whole(text, earlier, part, amount, parts_too=False, of_total=True) if amount else None) \
                    or _named_whole(text, earlier, part, core, parts_too=False, of_total=True)
                # (审结案件140万余件 in the title, 审结1,402,875件 in the body: the exact figure the
                # rough one rounds, named by the act alone)
                if exact is not None and _rough(text, exact):
                    exact = _stated_exactly(earlier, exact, core) or exact
                exact = exact if exact is None or whole is None or not _rough(text, exact) else None
                if exact is None and whole is not None and _rough(text, whole):
                    exact = _stated_exactly(earlier, whole, core)
                by_total = exact is not None
                whole = exact or whole
            if whole is None:
                # 发放个人住房贷款7,382笔…首套住房贷款6,105笔，占发放笔数的82.7%: a count named by its
                # classifier, and the act or the thing it counts
                whole = _counted_whole(text, earlier, part, noun)
            if whole is None:
                whole = _scoped_whole(text, earlier, part, noun)
            if whole is None and len(core) >= 2:
                # 完成门急诊诊疗423.6万人次…，其中急诊52.4万人次，占门急诊总量的12.4%: the total 其中
                # opened on, when its name holds the whole's
                opened = _opened_total(text, earlier, part, rate, items=True)
                # (累计销量 of 累计销售汽车x: a quantity sold named by its act)
                alike = _ACT_OF_QUANTITY.sub(lambda q: QUANTITY_ACTS[q.group()][0], core.removeprefix("累计"))
                whole = opened if opened is not None and (core in (opened.fields.get("indicator") or "") or (
                    alike != core and len(alike) >= 2 and alike in (opened.fields.get("indicator") or ""))) else None
            if whole is None and every and len(noun) - every.end() >= 2:
                # 固定资产投资62.4亿元。其中，民间投资38.7亿元，占全部投资的62%: all of what the name ends with
                # (never a class of a classification: 分产业看，…；第二产业投资71.85亿元，其中工业投资70.92亿元，
                # 占全部投资的R)
                whole = _named_whole(text, [s for s in earlier if not _LAST_BREAKDOWN.search(
                                         text, paragraph_start(text, s.start, PHRASE_REACH), s.start)],
                                     part, noun[every.end():], parts_too=False)
        if whole is None and _INCREASE_WHOLE.match(noun):
            # 贷款户数12,806户，比年初增加2,316户，其中首贷户1,042户，占新增户数的45.0%: the increase
            whole = next((s for s in reversed(earlier) if s is not part and s.end <= part.start
                          and s.sentence == part.sentence and s.people_alike(part)
                          and s.figure.value >= part.figure.value
                          and _changed(text, s)), None)
        if whole is None and len(noun) >= 2 and not _named_by_any(earlier, WHOLE_TAIL.sub("", noun)):
            # 访问了1,052名长者，其中668名…，占受访者的63.5%: a whole named as no figure is, the total the
            # part's 其中 opened on (read, so it confirms the rate, never refutes it)
            # (or the one a classification breaks down: 共办理公证事项x。按类别分，…，A y，后者占全部办证量的R)
            relation = _share_of_opened_total(text, earlier, part, rate, slots, context)
            if relation is not None:
                rate.fields["indicator"] = part.fields.get("indicator")
                out.append(relation)
                continue
        if whole is None and (_PRONOUN_WHOLE.match(m.group("whole")) or len(noun) >= 3):
            # 占签约总投资的 with 签约项目总投资 stated: a name worded otherwise is read like a
            # pronoun, among the figures whose names end as it does.
            # (占新签约项目总数的 with 新签约招商项目 stated: named by what it totals)
            named = "" if _PRONOUN_WHOLE.match(m.group("whole")) else WHOLE_TAIL.sub("", noun)
            named = named[1:] if named.startswith("总") and len(named) >= 3 else named  # (总出口: all the 出口)
            placed = place_whole(text, earlier, part, noun) if named else None
            placed = placed if placed is not None and _agrees(
                Relation("share", rate.figure.id, inputs=(part.figure.id, placed.figure.id)), slots, context) else None
            whole = placed or _read_whole(text, earlier, part, rate, slots, context, named)
            mode = "inferred"
            if whole is None and named and named != noun:
                # (占办证总量的 with 共办理各类公证事项12.68万件 stated: a total worded as no figure is,
                # read like a pronoun; too loose a read to tie a classification to, see relate)
                whole, mode = _read_whole(text, earlier, part, rate, slots, context, ""), "loose inferred"
            if whole is not None:
                rate.fields["indicator"] = part.fields.get("indicator")
                out.append(Relation("share", rate.figure.id, inputs=(part.figure.id, whole.figure.id), mode=mode))
                # (日本…216.3亿元，占整体的18.2%；美国198.7亿元，…占比16.7%: a whole the rate confirms
                # is its sibling's)
                last = (rate, whole) if mode == "inferred" and _agrees(out[-1], slots, context) else None
                continue
        if whole is None and len(noun) >= 4 and part.sentence == rate.sentence:
            # (…派发现金红利1.512亿元，现金分红占归属于上市公司股东的净利润的比例为R, the profit stated in
            # the paragraphs after it: an announcement opens on its dividend plan; read, it confirms only)
            later = _named_later(text, slots, i, part, noun)
            relation = Relation("share", rate.figure.id, inputs=(part.figure.id, later.figure.id), mode="inferred") \
                if later is not None else None
            if relation is not None and _agrees(relation, slots, context):
                rate.fields["indicator"] = part.fields.get("indicator")
                out.append(relation)
                continue
        rate.fields["indicator"] = part.fields.get("indicator")
        if whole is not None and _listed_with(text, earlier, whole, part) and not _measured_apart(whole, part):
            continue  # A、B、C和D分别新增x、y、z、w，A新增额占全市新增贷款的r: no part is another's whole
        if whole is not None and whole.people_alike(part):
            # A whole named in another sentence is found by its name alone: it may be another figure of that name.
            # A whole named as a total (授信总额) is found by the name of what it totals.
            # (found by what it totals, the whole is tied only as the total the part's breakdown opened on:
            # …培训12.46万人次…。分群体看，企业职工培训5.83万人次，占培训总量的46.8%; or as the total the next
            # sentence's 其中 breaks down, first named so in the rate's paragraph: 共安排衔接资金4.68亿元…。其中，…。
            # …衔接资金3.15亿元，占衔接资金总额的比重为R)
            # (a 其中 opens on its sentence's figure, not on the wider whole inside 占…的: 下达额度28.64亿元，
            # 占全市下达额度153.2亿元的18.7%。其中，…；资本金3.5亿元，占下达额度的12.2%)
            if _sibling_item(text, whole, part, rate, noun):
                # 分献血方式看，A x，B y，C z，B占献血总人次的R: an item of the part's own list is no whole
                # named as a total; the total the classification broke down may be (read, it confirms only)
                relation = _share_of_opened_total(text, earlier, part, rate, slots, context, classified=True)
                if relation is not None:
                    rate.fields["indicator"] = part.fields.get("indicator")
                    out.append(relation)
                continue
            mode = "" if ((whole.sentence == rate.sentence or whole is scoped or whole is classified
                           or (_opened_on(text, whole, part) and not _whole_of_a_share(text, whole))
                           or _classified_by(text, whole, part, noun)) and not by_total) \
                or (by_total and _classified_by(text, whole, part, core, 2) and _first_named(text, earlier, whole, core)) \
                or (by_total and _breaks_down(text, whole) and _first_named(text, earlier, whole, core)
                    and text.rfind("\n", 0, whole.start) == text.rfind("\n", 0, rate.start)) \
                else "inferred"
            mode = "" if again is not None and whole is again and not loose else mode
            mode = "inferred" if loose else mode
            if mode and len(noun) >= 2:
                # (占种子销售收入的 with 4家企业合计实现种子销售收入28.3亿元 nearer than 全省种子销售收入86.4亿元:
                # read by its name, the whole may be another figure of that name, one the rate agrees with)
                # (found by what it totals, 占资金总额的: the next whole named so, 资金)
                whole = _agreeing_named_whole(text, earlier, part, core if by_total else noun, whole, rate, slots, context)
            out.append(Relation("share", rate.figure.id, inputs=(part.figure.id, whole.figure.id), mode=mode))
            if not mode:
                tied_wholes[written] = whole
            # (a whole found by its name elsewhere, once the rate confirms it)
            last = (rate, whole) if not mode or _agrees(out[-1], slots, context) else None
    return out


def _named_later(text: str, slots: list[_Slot], i: int, part: _Slot, noun: str) -> _Slot | None:
    """The first figure after ``slots[i]``, within _LATER_REACH, named exactly ``noun`` and of
    ``part``'s measure, no smaller: a level, no previous value, change or target."""
    for s in slots[i + 1:]:
        if s.start - part.end > _LATER_REACH:
            return None
        if s.fields.get("indicator") == noun and s.same_measure(part) and s.figure.value >= part.figure.value \
                and s.fields.get("role") in (None, "actual", "total") and not _changed(text, s):
            return s
    return None


_LATER_REACH = 600  # (an announcement's next section)


def _named_by_any(earlier: list[_Slot], noun: str) -> bool:
    """Does any earlier figure's indicator hold ``noun`` (a rate's none: 參觀人次按年升18.6% in the
    title names no whole)?"""
    return any(noun in (s.fields.get("indicator") or "") for s in earlier if s.figure.kind != "percent")


def _literally_named(earlier: list[_Slot], part: _Slot, words: str, found: _Slot) -> _Slot | None:
    """The nearest of ``earlier`` (within _WHOLE_REACH) whose name holds ``words`` as written, of the
    part's measure and no smaller, cast in no role a whole never has; first one of the value of the whole
    ``found`` otherwise (3月零售业总销货价值x, the month's, for the 3月 item x of the quarter's list, not the
    nearer 第一季零售业总销货价值)."""
    named = [s for s in takewhile(lambda s: part.start - s.start <= _WHOLE_REACH, reversed(earlier))
             if words in (s.fields.get("indicator") or "") and s is not part and s.same_measure(part)
             and s.figure.value >= part.figure.value
             and s.fields.get("role") not in ("previous", "change", "target", "equivalent")]
    return next((s for s in named if s.figure.value == found.figure.value), named[0] if named else None)


# 占全区该模式出口的: a whole of the part's own kind (该类商品, 此类业务)
_THIS_KIND = regex.compile(r"(?:该|此|这一?)(?:模式|类|种|行业|领域|品类|类别|业务|方式|渠道|板块|品种)")
_THIS_ROUND = regex.compile(r"本次|此次|本轮|本期|全部")
_INCREASE_SUBJECT = regex.compile(r"\s*(?:增量|新增额|增加额|净增额)")
_MORE_CHANGE = regex.compile(r"(?:多增|少增|多减|少减)$")


def _share_of_opened_total(text: str, earlier: list[_Slot], part: _Slot, rate: _Slot, slots: list[_Slot],
                           context: dict, classified: bool = False) -> Relation | None:
    """The share of ``part`` in the total its 其中 opened on (unless ``classified``), or the one the
    classification its list follows breaks down, when the rate agrees with it: read so, it confirms only."""
    # (or the nearest whole of the measure before the classification, past averages and targets:
    # 营业收入586.34亿元…。…平均实现营收约13.96亿元。分品种看，铜冶炼…318.6亿元，占全行业的比重为R)
    opened = (None if classified else _opened_total(text, earlier, part, rate)) \
        or _opened_total(text, earlier, part, rate, items=True, opens=_LAST_BREAKDOWN) \
        or _classified_whole(text, [s for s in earlier if not s.figure.approx
                                    and s.fields.get("role") not in ("target", "equivalent")], part, paragraph_before=True)
    if opened is None or not opened.people_alike(part):
        return None
    relation = Relation("share", rate.figure.id, inputs=(part.figure.id, opened.figure.id), mode="inferred")
    return relation if _agrees(relation, slots, context) else None


_NAMED_AS_TOTAL = regex.compile(r"总|全部")  # (献血总人次, 全部办证量)


def _sibling_item(text: str, whole: _Slot, part: _Slot, rate: _Slot, noun: str) -> bool:
    """Is ``whole``, named by a total's word (献血总人次), an item before ``part`` of the list a
    breakdown opened in their sentence, the rate's?"""
    return whole.sentence == part.sentence == rate.sentence and whole.end <= part.start \
        and _NAMED_AS_TOTAL.search(noun) is not None and _LAST_BREAKDOWN.search(text, whole.sentence, whole.start) is not None \
        and _LAST_BREAKDOWN.search(text, whole.end, part.start) is None


def _actual_of_completion_before(text: str, earlier: list[_Slot], cue: int) -> _Slot | None:
    """The actual of the completion rate that ends the clause right before the share's cue at ``cue``."""
    rate = next((s for s in reversed(earlier) if s.end <= cue), None)
    if rate is None or rate.fields.get("role") != "completion" or not _NEXT_CLAUSE.fullmatch(text, rate.end, cue):
        return None
    opens = full_sentence_start(text, rate.start)
    return next((s for s in reversed(earlier) if s.start >= opens and s.fields.get("role") == "actual"
                 and s.fields.get("indicator") == rate.fields.get("indicator")), None)


_NAMED_BEFORE_RATIO = regex.compile(r"\p{Han}(?=比重|比例|比率)")  # (relate._SHARE_CUE's clause of a share named before it)
_SO_TAKEN = regex.compile(r"所占(?!比(?![重例率]))")  # (not 场所占比: 所 ends the name there)
_ENDS_IN_SUO = ("研究所", "事务所", "派出所", "交易所", "诊所", "托儿所", "卫生所", "服务所", "管理所", "场所")  # (names)

# 分场景看，…，其中零售场景占比42.3%: the classification the sentence opened on, named after the
# class (its name in the list is 零售)
_CLASSIFIED_BY = regex.compile(r"(?:分|按|从)(?P<by>\p{Han}{1,4}?)来?看[，,：:]")


def _without_the_class(text: str, rate: _Slot, subject: str | None) -> str | None:
    """``subject`` without the classification its sentence opened on (零售场景 -> 零售 after 分场景看)."""
    found = list(_CLASSIFIED_BY.finditer(text, rate.sentence, rate.start))
    by = found[-1] if found else None
    if subject and by is not None and subject.endswith(by.group("by")) \
            and len(subject) - len(by.group("by")) >= 2:
        return subject[:-len(by.group("by"))]
    return subject


def _growth_before(text: str, slots: list[_Slot], i: int, m: regex.Match, role: str = "growth") -> _Slot | None:
    """The growth rate (or another rate of ``role``) with a name in the clause right before a
    share's cue (``m``), past the whole inside 占…的 (增长1.8%，占全县农林牧渔业总产值146.7亿元的67.3%)
    and past the clause of the rate's base (经营性收入同比增长19.7%，上年同期为2.52亿元，占总收入的比重为61.6%)."""
    k = i - 1
    while k >= 0 and slots[k].start >= m.start():
        k -= 1
    prev = slots[k] if k >= 0 else None
    cue = m.start()
    if prev is not None and k and prev.fields.get("role") == "previous" and _NEXT_CLAUSE.fullmatch(text, prev.end, cue) \
            and _ITS_BASE.fullmatch(text, slots[k - 1].end, prev.start):
        prev, cue = slots[k - 1], _clause_start(text, prev.start, slots[k - 1].end)
    # (a share whose part was found: its indicator is the part's, not 茶叶网络零售额占农产品网络零售额)
    if (prev is not None and prev.figure.kind == "percent" and prev.fields.get("role") == role
            and prev.fields.get("indicator") and not (role == "share" and "占" in prev.fields["indicator"])
            and _NEXT_CLAUSE.fullmatch(text, prev.end, cue)):
        return prev
    return None


# (，上年同期为|2.52亿元: the clause of a growth's base, right after the growth)
_ITS_BASE = regex.compile(r"\s*[，,]\s*(?:上年同期|去年同期|上年|去年)(?:的)?(?:为|是)?\s*")


_TOTAL_OF = regex.compile(r"总\p{Han}{2,4}")  # 总投资, 总产值: the total of a measure (总额, 总量: of no measure named)
_ALL_OF = regex.compile(r"全部|所有|全[县市省区州盟国镇乡]")


def _breaks_down(text: str, whole: _Slot) -> bool:
    """Does the sentence after ``whole``'s open on 其中 (资金4.68亿元，增长9.1%。其中，…)?"""
    stop = _FULL_STOP.search(text, whole.end)
    return stop is not None and text[stop.start()] != "\n" and text.startswith("其中", stop.end())


def _first_named(text: str, earlier: list[_Slot], whole: _Slot, core: str) -> bool:
    """Is ``whole`` the first figure of its measure in its paragraph whose name holds ``core``
    (全市共完成抽检12,640批次…，其中市本级抽检4,180批次、各县抽检8,460批次: the headline's)?"""
    opens = text.rfind("\n", 0, whole.start) + 1
    return next((s for s in earlier if s.start >= opens and s.same_measure(whole)
                 and core in (s.fields.get("indicator") or "")), None) is whole


_LIST_JOIN = regex.compile(r"\s*[、和及与]")


def _opened_total(text: str, earlier: list[_Slot], part: _Slot, rate: _Slot, items: bool = False,
                  opens: regex.Pattern = _LAST_OPENER) -> _Slot | None:
    """The whole of a share left unnamed (占比, 占) whose part follows a 其中 in its
    sentence (or opening it, right after the whole's sentence): the nearest figure
    before that 其中, in its sentence or the one before, of the part's measure, no
    smaller, and no previous value, change or target.  Not for lists of parts or
    of rates (其中A分别贡献x、y和z，占比为p、q、r): each rate has its own whole.
    With ``items``, the 其中 may open an earlier ；-item of the part's full sentence; ``opens``
    may ask for another opener (_LAST_BREAKDOWN: 分领域看 too)."""
    opener = opens.search(text, full_sentence_start(text, part.start) if items else part.sentence, part.start)
    if opener is None or part.figure.value_max is not None or _LIST_JOIN.match(text, rate.end) \
            or _TURN.search(text, opener.end(), part.start):
        return None
    k = next((k for k in range(len(earlier) - 1, -1, -1) if earlier[k] is part), 0)
    if k and _LIST_JOIN.fullmatch(text, earlier[k - 1].end, part.start):
        return None
    return _head_before(text, earlier, part, opener)


_PART_OF_A_SHARE = regex.compile(r"[，,]\s*占")  # (签约投资203.5亿元，|占签约总投资的93.1%: a part of another)


def _classified_whole(text: str, earlier: list[_Slot], part: _Slot, paragraph_before: bool = False) -> _Slot | None:
    """The figure the classification ``part``'s full sentence opens on classifies (纳入年度计划的水利项目136个，
    已开工128个…。分类型看，A项目41个…；B项目38个…；C项目57个…): the nearest before it in its paragraph, of the
    part's measure, no less than the figures the classification lists up to the part (a planned count may be it).
    With ``paragraph_before``, a classification opening its paragraph reaches into the one before."""
    opener = _LAST_BREAKDOWN.search(text, full_sentence_start(text, part.start), part.start)
    if opener is None:
        return None
    listed = sum(s.figure.value for s in earlier if opener.end() <= s.start <= part.start and s.same_measure(part))
    floor = paragraph_start(text, opener.start(), _WHOLE_REACH)
    if paragraph_before and floor > 0 and not text[floor:opener.start()].strip():
        floor = paragraph_start(text, floor - 1, _WHOLE_REACH)
    found = [s for s in reversed(earlier) if floor <= s.start and s.end <= opener.start() and s.same_measure(part)
             and s.figure.value >= listed and s.fields.get("role") not in ("previous", "change")]
    if found and found[0].fields.get("role") == "target":
        # (完成改造4.68万户，为年度目标任务5.2万户的90.0%。分类型看，…: what was done, not the target its
        # sentence measures it against)
        done = next((s for s in found if s.sentence == found[0].sentence and s.fields.get("role") != "target"), None)
        # (…完成年度目标任务180亿元的53.5%…。分产业看，A项目投资124.8亿元…: what was done falls short of the part,
        # so the list is of an earlier total done, 签约总投资218.6亿元, not a part of it, 其中…签约投资203.5亿元)
        return done or next((s for s in found if s.fields.get("role") != "target"
                             and not _PART_OF_A_SHARE.match(text, s.end)), found[0])
    return found[0] if found else None


def _listed_last(text: str, earlier: list[_Slot], part: _Slot) -> bool:
    """Is ``part`` the last of a list of its kind (硕士187名、本科402名)?"""
    k = next((k for k in range(len(earlier) - 1, -1, -1) if earlier[k] is part), 0)
    return bool(k) and earlier[k - 1].people_alike(part) and LISTED.fullmatch(
        text, earlier[k - 1].end, part.start) is not None


def _listed_with(text: str, earlier: list[_Slot], whole: _Slot, part: _Slot) -> bool:
    """Do ``whole`` and ``part`` stand in one list of figures joined by 、 or 和?"""
    k = next((k for k in range(len(earlier) - 1, -1, -1) if earlier[k] is part), None)
    while k:
        if not LISTED.fullmatch(text, earlier[k - 1].end, earlier[k].start):
            return False
        if earlier[k - 1] is whole:
            return True
        k -= 1
    return False


def _head_before(text: str, earlier: list[_Slot], part: _Slot, opener: regex.Match) -> _Slot | None:
    """The figure 其中 (``opener``) opened on: the nearest before it, in the part's
    sentence or the one before, of the part's measure, no smaller, and no previous
    value, change or target."""
    # (the full sentence before, when the 其中 opens its own: 收入x，…；增速比上半年回落p。其中，…)
    opens_own = opener.start() > 0 and not text[full_sentence_start(text, opener.start()):opener.start()].strip()
    sentence_before = full_sentence_start(text, opener.start() - 1) if opens_own else None
    for s in reversed(earlier):
        if s.end > opener.start() or _PREVIOUS_CUE.search(text, max(0, s.start - 8), s.start) \
                or _changed(text, s):
            # (nor a value of the year before: 恢复至2019年同期（1000.3万人次）的128.6%; nor a change:
            # 项目47个，比上年同期增加9个，其中…8个，占R)
            continue
        if s.fields.get("role") == "share":
            # 机电产品出口60亿元，占出口总额的50%，其中对欧出口30亿元，占比25%: of which whole?
            return None
        if s.figure.kind in ("percent", "percentage_point") and part.figure.kind not in ("percent", "percentage_point") \
                and s.sentence != part.sentence:
            continue  # (…3286.40亿元，同比增长4.6%…（上半年增长5.4%）。其中，…: the rates of the sentence before)
        # (past a ；-item of its rates)
        if s.sentence != part.sentence and not _opened_on(text, s, part) \
                and not (opens_own and full_sentence_start(text, s.start) == sentence_before):
            return None
        if s.people_alike(part) and s.figure.value >= part.figure.value \
                and s.fields.get("role") not in ("previous", "change", "target", "equivalent"):
            return s
    return None


# 直接就业的5,464名毕业生中，留在省内就业3,371人，占比61.69%: a whole set as the frame of the
# clause after it (在全市86家规上企业中，…): its noun, 中 and a comma, then the part's clause.
_FRAME_TAIL = regex.compile(r"\p{Han}{0,10}中[，,]")


def _framed_whole(text: str, earlier: list[_Slot], part: _Slot) -> _Slot | None:
    """The whole of a share left unnamed whose part's clause comes right after a frame
    ``…W名毕业生中，``: W, of the part's measure and no smaller, in the part's sentence."""
    for s in reversed(earlier):
        if s.end > part.start or s is part:
            continue
        frame = _FRAME_TAIL.match(text, s.end, part.start)
        if s.sentence != part.sentence or frame is None or _clause_start(text, part.start, frame.end()) != frame.end():
            return None
        if s.people_alike(part) and s.figure.value >= part.figure.value \
                and s.fields.get("role") not in ("previous", "change", "target", "equivalent"):
            return s
        return None
    return None


# 占比由去年同期的15.4%升至|16.7%: the share it rose to (not the one it rose from)
_SHARE_MOVED_TO = regex.compile(r"比(?:由|从)[^，,。；;%]{0,12}\d+(?:\.\d+)?%(?:上升|提高|增加|升|增|下降|降低|回落|降)(?:至|到)")
_SIBLING_GAP = regex.compile(r"[^。！？!?\n]{0,40}")
_SIBLING_TURN = regex.compile(r"其中|[。！？!?\n]")


def _measured_apart(whole: _Slot, part: _Slot) -> bool:
    """Do ``whole`` and ``part`` name two measures (基金收入9.86亿元、支出7.42亿元: spending a share of
    income), not one measure of two owners (A新增x、B新增y)?"""
    a, b = whole.fields.get("indicator") or "", part.fields.get("indicator") or ""
    return len(a) >= 2 and len(b) >= 2 and a[-2:] != b[-2:]


def _then_of(earlier: list[_Slot], whole: _Slot, part: _Slot) -> _Slot | None:
    """The value of the period before that ``whole``'s sentence gives as its base (销售收入31.48亿元，同比增长12.7%
    （上一产季为27.93亿元）), when no smaller than ``part``."""
    return next((s for s in earlier if s.sentence == whole.sentence and s.start > whole.end
                 and s.fields.get("role") == "previous" and s.same_measure(whole)
                 and s.figure.value >= part.figure.value), None)


def _sibling_named_again(text: str, last: tuple[_Slot, _Slot] | None, part: _Slot | None, m: regex.Match,
                         clause: int, subject: str | None) -> bool:
    """电商销售额x，占总产值的p%；外销日本…y，外销比重q%: is the share's own name (``subject``) that of the
    part its clause opens on, right after a share of a named whole (_sibling_whole)?"""
    if part is None or not subject or len(subject) < 2:
        return False
    opens = _clause_start(text, part.start, max(part.sentence, part.start - 30), _LIST_BREAK)  # (past a list's 、)
    return (_same_indicator(part.fields.get("indicator"), subject) or text.startswith(subject, opens)) \
        and _sibling_whole(text, last, part, m, clause) is not None


def _sibling_whole(text: str, last: tuple[_Slot, _Slot] | None, part: _Slot, m: regex.Match,
                   clause: int) -> _Slot | None:
    """The whole of 锂电材料收入x，占营业收入的p%；储能系统收入y，占比q%: the 占比 with no
    whole (``m``) of ``part`` right after (at most 40 characters, no full stop or 其中
    between) a share whose whole was named (``last``) is that whole, when it
    is of the part's measure and no smaller, and the part comes after that rate; or
    the share's ；-item (from ``clause``) names a part stated after that whole
    (A级…x，…D级…y。A级纳税人占参评纳税人的p%；D级纳税人占比q%)."""
    if last is None or (m.group("whole") not in ("", "比") and not _SHARE_MOVED_TO.fullmatch(m.group("whole"))):
        return None
    rate, whole = last
    # (a part named before, by the subject of a ；-item of its own: not 上年同期占比, the same part's)
    named_before = whole.end <= part.start and part.end <= clause and _ITEM_BREAK.search(text, rate.end, clause)
    after = part.start if part.start >= rate.end else clause if named_before else -1
    if after < rate.end or not _SIBLING_GAP.fullmatch(text, rate.end, after) \
            or _SIBLING_TURN.search(text, rate.end, after):
        return None
    if not whole.same_measure(part) or whole.figure.value < part.figure.value or whole is part:
        return None
    return whole


def _measured_alike(part: _Slot, whole: _Slot) -> bool:
    """Whether the names of ``part`` and ``whole`` end alike (产值, 收入: two characters or more)."""
    return len(_common_suffix([part.fields.get("indicator") or "", whole.fields.get("indicator") or ""])) >= 2


def _part_measured_as(earlier: list[_Slot], whole: _Slot, named: _Slot) -> _Slot | None:
    """The nearest figure before ``whole`` named as it ends (修船产值 for 全市…完成修船产值), of its
    measure and smaller, other than ``named``."""
    return next((s for s in reversed(earlier) if s.end <= whole.start and s is not named and _measured_alike(s, whole)
                 and s.same_measure(whole) and s.figure.value < whole.figure.value and s.figure.value_max is None
                 and s.fields.get("role") not in ("previous", "change", "target", "equivalent")), None)


def _last_of_list_named_for_all(text: str, earlier: list[_Slot], part: _Slot, subject: str) -> bool:
    """Is ``part`` the last of a 分别 list whose names end with ``subject`` glued to the last one's
    (八达通、电子支付及现金|车费收入|分别为x、y及z: the measure of all of them)?"""
    k = next((n for n, s in enumerate(earlier) if s is part), None)
    if k is None or k == 0 or not earlier[k - 1].same_measure(part) \
            or LISTED.fullmatch(text, earlier[k - 1].end, part.start) is None:
        return False
    j = k
    while j > 0 and earlier[j - 1].same_measure(part) and LISTED.fullmatch(text, earlier[j - 1].end, earlier[j].start):
        j -= 1
    names = _NAMES_THEN_FENBIE.search(text, max(earlier[j].sentence, earlier[j].start - 40), earlier[j].start)
    if names is None:
        return False
    phrase = names.group("names")
    return phrase.endswith(subject) and len(phrase) > len(subject) and phrase[-len(subject) - 1] not in "、和及与"


_NAMES_THEN_FENBIE = regex.compile(r"(?P<names>[^，,。；;]+?)分别(?:为|是|达到?|实现)?\s*$")


def _total_just_before(text: str, earlier: list[_Slot], part: _Slot, clause: int) -> _Slot | None:
    """The whole of 全省收购资金合计243.8亿元，农发行淞原省分行贷款占比67.5%, whose part was
    stated in an earlier sentence: the one figure of the clause right before the rate's, in
    its sentence, of the part's measure and no smaller, stated as a total."""
    before = [s for s in earlier if s.end <= clause and s is not part]
    if not before:
        return None
    last = before[-1]
    opens = _clause_start(text, last.start, max(last.sentence, last.start - 30))
    if len(before) >= 2 and before[-2].end > opens:
        return None  # (two figures in that clause: which is the whole cannot be told)
    if _FULL_STOP.search(text, last.end, clause) or not _NEXT_CLAUSE.fullmatch(
            text, _CLAUSE_TAIL.match(text, last.end).end(), clause):
        return None
    if not (last.same_measure(part) and last.figure.value >= part.figure.value
            and last.fields.get("role") not in ("previous", "change", "target", "equivalent")
            and _TOTAL_CUE.search(text, opens, last.start)):
        return None
    return last


# 所得款项净额的35%（即4.235亿港元）: the rate of a whole named before 的, the part it comes to
# in brackets right after it.
_WHOLE_OF = regex.compile(r"(?P<whole>\p{Han}{2,12})的\s*$")
_COMES_TO = regex.compile(r"\s*[（(]\s*(?:即|合|约合|折合|计)\s*$")
_CLOSE = regex.compile(r"\s*[）)]")


def comes_to(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]]) -> list[Relation]:
    """W的R（即P）: P over the nearest earlier figure named W, of P's measure and no smaller."""
    out = []
    for i, rate in rates:
        if rate.fields.get("role") or i + 1 >= len(slots):
            continue
        part = slots[i + 1]
        named = _WHOLE_OF.search(text, max(0, rate.start - 14), rate.start)
        if named is None or part.figure.kind == "percent" or not _COMES_TO.fullmatch(text, rate.end, part.start) \
                or not _CLOSE.match(text, part.end):
            continue
        whole = _named_whole(text, slots[:i], part, _strip_words(named.group("whole")))
        if whole is None:
            continue
        rate.fields["role"] = "share"
        rate.fields["indicator"] = whole.fields.get("indicator")
        out.append(Relation("share", rate.figure.id, inputs=(part.figure.id, whole.figure.id)))
    return out


# 完成投资42亿元，为上年同期37.5亿元的112% (相当于上年的112%，上年完成37.5亿元): the current
# value as a share of the previous one.
# (恢复至2019年同期（1000.3万人次）的128.6%: a year named, the value in brackets)
_OF_PREVIOUS = regex.compile(r"(?:为|是|相当于|达到|达|恢复至|恢复到|恢复到了)"
                             r"(?P<word>上年同期|上年|去年同期|去年|上一年|(?:19|20)\d\d年(?:同期)?)(?P<inside>[^，,。；;]{0,16}?)的$")


def of_previous(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]]) -> list[Relation]:
    """A rate cast in no role right after 为上年同期X的 (the previous value X inside)
    or 为上年的 with the previous value stated right after it (，上年完成X): the
    current value, the nearest figure of X's measure before the cue in the
    sentence, over the previous one."""
    out = []
    for i, rate in rates:
        if rate.fields.get("role") or text[rate.start - 1:rate.start] != "的":
            continue
        m = _OF_PREVIOUS.search(text, max(rate.sentence, rate.start - 28), rate.start)
        if m is None:
            continue
        inside = [s for s in slots[:i] if s.start >= m.start("inside") and s.figure.kind != "percent"]
        after = slots[i + 1] if i + 1 < len(slots) else None
        current = next((s for s in reversed(slots[:i]) if s.sentence == rate.sentence and s.end <= m.start()
                        and s.figure.kind != "percent" and s.fields.get("role") in (None, "actual")), None)
        if current is None:
            continue
        previous = None
        if len(inside) == 1 and inside[0].same_measure(current):
            previous = inside[0]
        elif not inside and after is not None and after.figure.kind != "percent" and not after.fields.get("role") \
                and _previous_after(text, rate, after, current):
            previous = after
        if previous is None or previous.figure.value_max is not None:
            continue
        current.fields.setdefault("role", "actual")
        previous.fields["role"] = "previous"
        rate.fields.update(role="share", indicator=current.fields.get("indicator"))
        out.append(Relation("share", rate.figure.id, inputs=(current.figure.id, previous.figure.id)))
    return out


_RATIO_WORD = regex.compile(r"(?:的)?(?:比重|比例|比率|份额)$")
# A share's subject that names its part (规格蟹占比): two characters or more before
# any word of share, and no word that points back to a figure named before it
# (words of the clause's logic name nothing: 虽然只占…).
_OWN_NAME = regex.compile(r"(?!.*(?:该|其|这|此|上述|相应))(?:虽然|尽管|但是|但|而且|而|并且|并|也|仅|只|都|还|即|则|就|又|更|"
                          r"甚至|大约|约|分别)*+(?!(?:的)?(?:比重|比例|份额|占比)$)\p{Han}{2}.*")
_INCREASE_WHOLE = regex.compile(r"(?:新增|增加|净增)\p{Han}")  # 占新增户数的: the whole is the increase


_ACT_OF_QUANTITY = regex.compile("|".join(QUANTITY_ACTS))  # (relate.QUANTITY_ACTS: 门诊量 of 门诊诊疗x)
# 工业用地中，|…, 专任教师中|本科…: a scope and 中, a comma after it when it opens the sentence
_SCOPE_OPENS = regex.compile(r"(?P<scope>\p{Han}{2,8}?)中(?P<mark>[，,])?")


def _clause_scoped_whole(text: str, earlier: list[_Slot], part: _Slot) -> _Slot | None:
    """The figure before the part's clause named as the scope that opens it (专任教师|中本科及以上学历4,127名)."""
    opens = _clause_start(text, part.start, max(part.sentence, part.start - 30))
    m = _SCOPE_OPENS.match(text, opens)
    if m is None or m.end() > part.start:
        return None
    return next((s for s in reversed(earlier) if s.end <= opens and s is not part and s.people_alike(part)
                 and s.figure.value >= part.figure.value and (s.fields.get("indicator") or "").endswith(m.group("scope"))
                 and s.fields.get("role") not in ("previous", "change", "target", "equivalent")), None)


def _scoped_whole(text: str, earlier: list[_Slot], part: _Slot, noun: str) -> _Slot | None:
    """The figure a scope opening the part's sentence names, when the whole's name opens with
    that scope (工业用地78宗…。工业用地中，“标准地”56宗，占工业用地出让宗数的71.8%)."""
    lead = text[part.sentence:part.start]
    m = _SCOPE_OPENS.match(text, part.sentence + len(lead) - len(lead.lstrip()))
    if m is None or not m.group("mark") or m.end() > part.start or not noun.startswith(m.group("scope")):
        return None
    return next((s for s in reversed(earlier) if s is not part and s.same_measure(part)
                 and s.figure.value >= part.figure.value and s.fields.get("indicator") == m.group("scope")
                 and s.fields.get("role") not in ("previous", "change", "target", "equivalent")), None)


def _stated_exactly(earlier: list[_Slot], rough: _Slot, core: str) -> _Slot | None:
    """The last exact figure before that ``rough`` rounds (within a tenth above it), its name the
    start of ``core`` (审结 of 审结案件)."""
    return next((s for s in reversed(earlier) if s is not rough and s.same_measure(rough) and not s.figure.approx
                 and len(s.fields.get("indicator") or "") >= 2 and core.startswith(s.fields["indicator"])
                 and rough.figure.value <= s.figure.value <= rough.figure.value * Decimal("1.1")), None)


def _rough(text: str, s: _Slot) -> bool:
    """Is ``s`` approximate, or in the headline (外资企业总数突破1200家), which rounds what the body states?"""
    return s.figure.approx or s.end <= text.find("\n")


# 占其总额的, 占该业务收入的, 占全县的, 占园区的, 占集团的 (a park's, a group's own report), 占总数的, 占同期总额的,
# 占整体的, and a whole left unnamed: 占比75.5%, 占比重为…
_PRONOUN_WHOLE = regex.compile(
    r"(?:其|该|此次|本次|这次|此批|本批|这批|同期|全[县市区省国镇乡州旗盟台澳港]|全?园区|全?集团)(?:总(?:额|量|数|值|规模|体|计)?)?|总(?:额|量|数|值|规模|体|计|和|投资)|整体|比?$")


_FORMER = regex.compile(r"[，,]?\s*前者所?")
_LATTER = regex.compile(r"[，,]?\s*后者(?:则|约|已|仅)?所?")  # (后者所占比重: 所 leads the verb)


def _first_listed(text: str, same: list[_Slot], last: _Slot) -> _Slot:
    """The first figure of the list ``last`` ends (a、b、c和d), each joined to the next."""
    k = next(k for k, s in enumerate(same) if s is last)
    while k > 0 and same[k - 1].same_measure(last) and _LIST_JOIN.fullmatch(text, same[k - 1].end, same[k].start):
        k -= 1
    return same[k]
