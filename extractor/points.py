"""Percentage-point claims: a change of a rate against the rate of the period it
is counted from (增长8.2%，增速比上年提高1.3个百分点，上年增长6.9%).  relate.py
builds the slots and calls :func:`points` when ``check_points`` is on; the
relation is ``points`` and its check is of kind ``difference`` (validate.py).
"""
from __future__ import annotations

import regex

from .growth_bases import _PREVIOUS_AFTER, _base
from .indicators import (QUOTED_WORD_BREAK, WHOLE_AREA, _CLAUSE_BREAK, _clause_start, paragraph_end, paragraph_start,
                         short_name)
from .period import (FISCAL_NAMED, RATE_PERIOD as _PERIOD, period_key, reported_roc_year, reported_year, year_number,
                     years_before_dated)
from .point_pairs import POINTS_DOWN as _POINTS_DOWN, POINTS_UP as _POINTS_UP, paired_points
from .relate import (_COMPARED_BASE, _FULL_STOP, BRACKET_CLOSES, IN_OPEN_BRACKET, Relation, _agrees, _same_indicator, _Slot,
                     full_sentence_start)

# Percentage points: 增长8.2%，增速比上年提高1.3个百分点，上年增长6.9%.  The period a
# pp change is counted from (period.RATE_PERIOD: 比上年, 较一季度, 比1-9月) and the verb that
# gives its direction.
# What a change in points names when it names only a rate: the rate before it says of what.
_RATE_NAMES = "增速|增幅|涨幅|升幅|降幅|增长速度|增长率"  # (of a share: 比重, 占比, see share_passes.share_changes)
_GROWTH_NAMED = regex.compile(_RATE_NAMES)
_RATE_WORD = regex.compile(rf"(?:其|同比|累计)?(?:{_RATE_NAMES})?")
# (由上年的29.9%升至30.4%; 比上年高出4.7个百分点)
# A value set beforehand a rate is measured against, as a period's is (比设计值提高0.7个百分点（设计值为77.5%）)
_REFERENCE = r"(?:设计|目标|计划|预期|设定)值"
# What the clause names before 比: nothing (比一季度加快…) or the rate itself, never another measure.
_POINTS_CUE = regex.compile(
    rf"(?P<what>(?:其|同比|累计)?(?:{_RATE_NAMES}|比重|占比|所占比重|比例|(?:投资|资金|计划|任务|目标|\p{{Han}}{{2}})?完成率)?)"  # (投资完成率比上年同期提高…; 调查完成率)
    # (the base period's rate may stand in brackets after it: 较上年同期（79.1%）提高; or the quarter's
    # or month's after the change: 按季下降0.1个百分点（上季为2.0%）)
    rf"(?:(?:比|较)(?P<base>{_PERIOD}|{_REFERENCE})(?P<bracket>[（(][^（()）]{{1,16}}[）)])?|(?P<base>同比|按年|按季|按月))"
    rf"(?P<verb>{'|'.join(_POINTS_UP + _POINTS_DOWN)})了?\s*$")
# A rate of a period stated as such: 上年增长6.9%, （上半年增长6.3%）, 9月份同比增长5.4%, 上年同期为16.5%
# (上年这一比重为56.72%: the share named by a pronoun; 去年全年，这一比重为50.6%).
# (（上年一季度增长5.9%）: the year before's, its part of the year named as the current rate's is)
_POINTS_PREVIOUS = regex.compile(
    rf"\s*(?P<base>{_PERIOD}|{_REFERENCE})(?:第?[一二三四1-4]季度|[上下]半年|前三季度)?(?:\d{{1,2}}月(?:底|末))?(?:[，,]\s*(?=这一|该))?(?:的)?(?:同比|累计)?(?:(?:这一|该)?(?:比重|占比|比例)|增速|增幅|涨幅|降幅)?(?:为|是|达|[:：])?(?:同比|累计)?"
    r"(?:增长|下降|回落|提高|上涨|下跌|增|降)?(?:了|为)?\s*$")  # (（上年：21.10%）; 去年12月底为71.9%)
# 上半年和一季度分别增长5.9%和5.2%: rates of periods named in a list, in order.
# The same with what is measured named between (上年综合毛利率为17.2%, 一季度全县地区生产总值增长5.2%,
# 上年这一比重为15.4%): the name must be the current rate's, or a pronoun.
_POINTS_PREVIOUS_NAMED = regex.compile(
    rf"\s*(?P<base>{_PERIOD})(?P<name>[\p{{Han}}“”\"]{{2,16}}?)(?:的)?(?:同比|累计)?(?P<word>增速|增幅|涨幅|降幅|比重|占比)?"
    r"(?:为|是|达)?(?:同比|累计)?(?:增长|下降|回落|提高|上涨|下跌|增|降)?(?:了|为)?\s*$")
_BRACKETED_PREVIOUS = regex.compile(r"[（(]" + _POINTS_PREVIOUS.pattern)  # （上年同期增长|9.6%）
_POINTS_PRONOUN = regex.compile(r"(?:这一|该|其)(?P<noun>比重|比例|指标|增速|数据|数值)?")
_POINTS_LISTED = regex.compile(
    rf"(?P<bases>{_PERIOD}(?:(?:和|、|与|及)(?:{_PERIOD}))+)分别(?:同比|累计)?(?:增长|下降|为|是)?(?P<run>[^，,。；;]*)$")
_POINTS_LIST_SEP = regex.compile(r"和|、|与|及")
_POINTS_RUN = regex.compile(r"(?:\s*(?:和|、|与|及)\s*)?$")


# 完成全年任务的52%，高于50%的序时进度2个百分点: a rate against another rate stated in the claim.
# (高于全省5.4%的平均水平0.8个百分点: the wider area whose rate it is may stand between)
# (高于序时进度（35.9%）6.6个百分点: the rate named before its brackets)
# (高出法定最低比例（60%）10.6个百分点: a bar set by law or a plan, named before its rate)
_ABOVE_VERB = regex.compile(r"(?:高于|低于|超过|超出|快于|慢于|高出)(?:全[国省市州县区盟澳港台](?:平均)?(?:水平)?|序时进度|时序进度"
                            r"|(?:法定|规定|国家|省定|市定)?的?(?:最低|最高)?(?:比例|标准|要求|下限|上限|目标))?[（(]?$")
_ABOVE_NAME = regex.compile(r"[)）]?的?\p{Han}{0,10}")  # (…（6.7%）1.6个百分点: the rate in brackets)
_THAN_NAMED = regex.compile(r"[，,]\s*(?:较|比)(?!上年|去年|上一年|同期|上月|上期|年初)\p{Han}{2,12}?的?")  # (比法定下限60%高出…)
_THAN_NAMED_VERB = regex.compile(r"\s*(?:的?(?:下限|上限|标准|要求|红线|底线))?\s*(?P<verb>高出|高|低|低出|快|慢)了?\s*")  # (比国家规定的30%下限高出…)
_ABOVE_BRACKETED = regex.compile(r"[)）]\s*(?P<verb>高于|低于|快于|慢于)\p{Han}{0,12}[（(]")
_ABOVE_GAP = regex.compile(r"[，,]?\s*(?:增速|增幅|增长率)?")  # (增长6.8%，增速高于…)
_IN_BRACKETS = regex.compile(r"[（(][^（()）]*[）)]")


def _above(text: str, slots: list[_Slot], k: int) -> Relation | None:
    """R1，高于R0的序时进度N个百分点 (``slots[k]`` is the pp figure): the rate right before
    the comparison against the rate it names."""
    if k < 2:
        return None
    base, current, pp = slots[k - 1], slots[k - 2], slots[k]
    if base.figure.kind != "percent" or current.figure.kind != "percent" or base.figure.value_max is not None \
            or current.sentence != pp.sentence:
        return None
    if _THAN_NAMED.fullmatch(text, current.end, base.start) and _THAN_NAMED_VERB.fullmatch(text, base.end, pp.start):
        # 五星级酒店入住率达93.8%，较三星级酒店的84.1%高出8.7个百分点: a rate against another's
        verb = _THAN_NAMED_VERB.fullmatch(text, base.end, pp.start).group("verb")
        return Relation("points", pp.figure.id, inputs=(current.figure.id, base.figure.id), mode=_direction(verb))
    bracketed = _ABOVE_BRACKETED.fullmatch(text, current.end, base.start)
    if bracketed is not None and text[base.end:pp.start] in (")", "）"):
        # 潮安高新区（12.4%）高于全省开发区总体增速（9.1%）3.3个百分点: both rates in brackets
        direction = "down" if bracketed.group("verb") in ("低于", "慢于") else "up"
        return Relation("points", pp.figure.id, inputs=(current.figure.id, base.figure.id), mode=direction)
    if not _ABOVE_NAME.fullmatch(text, base.end, pp.start):
        return None
    verb = _ABOVE_VERB.search(text, max(current.end, base.start - 12), base.start)
    if verb is None or not _ABOVE_GAP.fullmatch(text, current.end, verb.start()):
        return None
    direction = "down" if verb.group() in ("低于", "慢于") else "up"
    return Relation("points", pp.figure.id, inputs=(current.figure.id, base.figure.id), mode=direction)


# 毛利率为35.4%，与上年同期的33.1%相比提高2.3个百分点 (or 比上年的33.1%提高…): the earlier
# rate inside 与…相比 or after 比/较.
_VERBS = "|".join(_POINTS_UP + _POINTS_DOWN)
_WITH_BASE = regex.compile(rf"[，,]\s*(?:与|和|同|跟)(?:{_PERIOD})(?:的)?\s*$")
_WITH_VERB = regex.compile(rf"\s*(?:相比|相较)(?:之下)?[，,]?\s*(?P<verb>{_VERBS})了?\s*$")
# (比上届投资促进周的, 较该集团2024年同期限品种的: whose, and what of that period, may be named;
# 比改革前的, 较试点初期的, 较制度实施首月的: the time before or at the start of an event; 较去年12月底的: a day of that year;
# 較去年12月的: a month of it)
# (分别为84.3%和70.6%，后者比上年的68.5%提高: the latter, the rate right before)
# (公司业务量占全国的10.7%，市场份额较上年同期的10.3%提升…: a share named anew as a market share)
# (占馆藏总量的73.7%，数字化率比上年末的67.5%提高…: a share named anew as a rate of its own)
# (，所占比重较上年同期的: the share the clause before states; ，这一比重较上年的: named by a pronoun)
# (比上年77.5%提高, 比设计值77.5%提高: a period or a reference value the rate follows right after, no 的)
_THAN_BASE = regex.compile(rf"[，,]?\s*(?:后者|这一(?=比重|占比|比例))?(?:(?P<what>(?:所占|其)?(?:{_RATE_NAMES}|比重|占比|比例))|(?P<share>(?:市场)?(?:份额|占有率))|(?P<named>\p{{Han}}{{1,6}}?率))?(?:也|还|并|亦)?(?:比|较)(?:该\p{{Han}}{{1,3}}|其)?"
                           rf"(?:{_PERIOD}|\p{{Han}}{{1,4}}(?:前|初期|之初|首[日月年季])|{_REFERENCE})(?:\d{{1,2}}月(?:份|底|末)?)?(?:[（(][^（()）%]{{1,12}}[）)])?"
                           rf"(?:(?:\p{{Han}}{{2,8}}?(?<![增长下降提高]))?的|(?<=[年月季期度末底值]))(?:下降|增长)?\s*$")  # (较上一季（1至3月）的)
_THAN_VERB = regex.compile(rf"\s*(?:则|却|反而)?(?P<verb>{_VERBS})了?\s*$")  # (較上年同月的3.27%則上升)
# 票面利率2.65%，较该集团去年发行的同期限债券（3.18%）下降0.53个百分点: what is compared with named, its
# rate in brackets after it
# (比各项贷款增速（8.1%）高2.3个百分点: a comparison's verb of degree; 增速高于全省GDP（增长5.2%）0.9个百分点: the
# verb before, the rate in brackets after what it is of; 完成年度目标的78.3%，超序时进度（75%）3.3个百分点)
_THAN_BRACKETED = regex.compile(r"[，,]\s*(?:增速|增幅|(?P<named>\p{Han}{1,6}?率))?(?:(?:比|较)(?:同期)?[^，,。；;（(）)%\d]{2,24}[（(]"
                                r"|(?P<above>高于|低于|快于|慢于|超过|超出|超|落后于?)[^，,。；;（(）)%\d]{2,16}[（(]\s*(?:增长|增速为?|增幅为?)?)\s*$")
_BRACKET_VERB = regex.compile(rf"\s*[）)]\s*(?:(?P<verb>{_VERBS}|高出|低出|高|低|快|慢)了?)?\s*$")
# 增长6.3%，比全市平均增速5.5%高0.8个百分点: a wider area's rate inside the comparison.
# (增速比全省（5.2%）高0.6个百分点: the area's rate in brackets)
_THAN_AREA = regex.compile(rf"[，,]?\s*(?P<what>{_RATE_NAMES})?(?:比|较)全[国省市州县区盟澳港台](?:平均)?(?:水平|{_RATE_NAMES})?(?:的)?"
                        r"\s*(?:[（(](?:下降|增长)?)?$")  # (降幅比全市（下降3.9%）高…)
_THAN_AREA_VERB = regex.compile(r"[)）]?\s*(?P<verb>高出|高|低|快|慢)了?\s*$")
# 城镇化率由上年的56.2%提高到57.6%，提高1.4个百分点: from the earlier rate to the current one.
# (由改造前的71.5%提高到85.2%: the time before an act is an earlier period too)
# (Hong Kong's rolling quarters: 由2025年6月至8月的3.7%上升至7月至9月的3.9%，升幅为0.2个百分点)
_MONTH_SPAN = r"(?:(?:19|20)\d\d年)?\d{1,2}月至\d{1,2}月"
_FROM_BASE = regex.compile(rf"(?:由|从)(?:(?:{_PERIOD}|{_MONTH_SPAN}|\p{{Han}}{{1,4}}前)的)?\s*$")
_FROM_TO = regex.compile(rf"\s*(?P<verb>{_VERBS})?(?:到|至)(?:(?:{_PERIOD}|{_MONTH_SPAN})的)?\s*$")  # (下降至去年底的11.2%)
_FROM_CHANGE = regex.compile(rf"[，,]?\s*(?:(?:增速|增幅|比重|占比)?(?P<verb>{_VERBS})了?|(?P<verb>升幅|降幅|跌幅)(?:为|是|达)?)\s*$")


_ABOVE_SAYS = {"高于": "高", "快于": "快", "低于": "低", "慢于": "慢", "超过": "高", "超出": "高", "超": "高", "落后": "低",
               "落后于": "低"}


def _direction(*verbs: str | None) -> str:
    return "down" if any(v in _POINTS_DOWN or v in ("低", "慢", "降幅", "跌幅") for v in verbs if v) else "up"


def _mode(verb: str, what: str | None) -> str:
    """The relation's mode for a change of ``verb`` in the rate ``what`` names: a decline
    that narrows or widens (降幅比1-9月的9.8%收窄) is counted on magnitudes."""
    if verb in ("收窄", "缩小") or (what == "降幅" and verb in ("低", "慢", "小")):
        return "narrower"  # (降幅比全市低: a smaller decline)
    return "wider" if what == "降幅" and verb in ("扩大", "高", "高出", "快", "大") else _direction(verb)


def _compared_with(text: str, slots: list[_Slot], k: int) -> Relation | None:
    """R1，与上年同期的R0相比提高N个百分点, R1，比上年的R0提高N个百分点 or R1，比全市
    平均增速R0高N个百分点 (``slots[k]`` is the pp figure): the rate right before the
    comparison against the one inside it."""
    if k < 2:
        return None
    base, current, pp = slots[k - 1], slots[k - 2], slots[k]
    opens = current.end  # where the comparison's clauses start
    aside = _IN_BRACKETS.match(text, slots[k - 3].end) if k >= 3 and current.figure.kind != "percent" else None
    if aside is not None and slots[k - 3].figure.kind == "percent" and aside.end() >= current.end:
        # 参与率91.3%（在校生9.27万人），比上学年同期的87.5%提高…: the rate before an aside on its whole
        current, opens = slots[k - 3], aside.end()
    if current.figure.kind == "percentage_point" and k >= 4 and slots[k - 3].figure.kind == "percent":
        # R1，比上年同期的R0加快x个百分点，比上年全年的R2回落y个百分点: the second against R1 too
        current = slots[k - 4]
    if base.figure.kind != "percent" or current.figure.kind != "percent" or base.figure.value_max is not None \
            or current.sentence != pp.sentence:
        return None
    for base_cue, verb_cue in ((_WITH_BASE, _WITH_VERB), (_THAN_BASE, _THAN_VERB), (_THAN_AREA, _THAN_AREA_VERB),
                               (_THAN_BRACKETED, _BRACKET_VERB)):
        verb = verb_cue.fullmatch(text, base.end, pp.start)
        cue = base_cue.search(text, opens, base.start) if verb else None
        if cue is not None and not _CLAUSE_BREAK.search(text, opens, cue.start()):
            said = verb.group("verb") or _ABOVE_SAYS.get(cue.groupdict().get("above") or "")
            if not said or (cue.groupdict().get("above") and verb.group("verb")):
                continue  # (one verb of the comparison, before what it is of or after its rate)
            what = cue.groupdict().get("what")
            if cue.groupdict().get("share") and current.fields.get("role") != "share" \
                    and not (current.fields.get("indicator") or "").endswith(("份额", "占有率")):
                continue  # (营收增长12%，市场份额较上年的…: the share is not the rate before it)
            named = cue.groupdict().get("named")
            if named and current.fields.get("role") != "share" and not (current.fields.get("indicator") or "").endswith(named):
                continue  # (入住率85%，过夜率较上年…: a rate of another name is not the one before it)
            return Relation("points", pp.figure.id, inputs=(current.figure.id, base.figure.id),
                            mode=_mode(said, what))
    return None


def _from_to(text: str, slots: list[_Slot], k: int) -> Relation | None:
    """由R0提高到R1，提高N个百分点 (``slots[k]`` is the pp figure): the rate reached
    against the rate it rose or fell from, both in the pp's clause or the one before."""
    if k < 2:
        return None
    base, current, pp = slots[k - 2], slots[k - 1], slots[k]
    if base.figure.kind != "percent" or current.figure.kind != "percent" or base.figure.value_max is not None \
            or current.figure.value_max is not None or base.sentence != pp.sentence:
        return None
    to = _FROM_TO.fullmatch(text, base.end, current.start)
    change = _FROM_CHANGE.fullmatch(text, current.end, pp.start) if to else None
    if change is None or not _FROM_BASE.search(text, max(base.sentence, base.start - 12), base.start):
        return None
    if to.group("verb") and _direction(to.group("verb")) != _direction(change.group("verb")):
        return None  # 由R0下降到R1，提高N个百分点: the two verbs disagree
    return Relation("points", pp.figure.id, inputs=(current.figure.id, base.figure.id),
                    mode=_mode(change.group("verb"), None))


_CHANGED_BY = regex.compile(rf"\s*(?P<verb>{_VERBS})了?\s*$")
_REACHED = regex.compile(r"\s*(?:至|到)\s*$")


def _from_change_to(text: str, slots: list[_Slot], k: int) -> Relation | None:
    """所占比重由上年同期的R0下降N个百分点至R1 (``slots[k]`` is the pp figure): the rate reached,
    right after the change, against the rate it fell or rose from, right before it."""
    if k < 1 or k + 1 >= len(slots):
        return None
    base, pp, current = slots[k - 1], slots[k], slots[k + 1]
    if base.figure.kind != "percent" or current.figure.kind != "percent" or base.figure.value_max is not None \
            or current.figure.value_max is not None or base.sentence != current.sentence:
        return None
    verb = _CHANGED_BY.fullmatch(text, base.end, pp.start)
    if verb is None or not _REACHED.fullmatch(text, pp.end, current.start) \
            or not _FROM_BASE.search(text, max(base.sentence, base.start - 12), base.start):
        return None
    return Relation("points", pp.figure.id, inputs=(current.figure.id, base.figure.id),
                    mode=_mode(verb.group("verb"), None))


# 增长5.8%，增速高于全市平均水平0.6个百分点，全市增长5.2%: a rate against the wider area's,
# stated after the claim in its sentence (or in brackets).
_ABOVE_AREA = regex.compile(
    # (高于全省高职院校平均水平: the kind of body whose average it is, between)
    r"(?:增速|增幅|增长率)?(?:(?:比|较)?(?P<verb>高于|低于|快于|慢于|高出|超过|超出|低)(?P<area>全[国省市州县区盟澳港台])"
    r"(?:\p{Han}{2,6}?(?=平均))?(?:平均水平|平均|水平)?(?:的)?"
    # (高于全县农村居民人均可支配收入增速: the area's rate of a measure named)
    r"(?:\p{Han}{2,16}?(?:增速|增幅|增长率))?"
    # (比全市平均水平高出1.5个百分点，全市为7.2%)
    r"|(?:比|较)(?P<area>全[国省市州县区盟澳港台])(?:平均水平|平均|水平)?(?:增速|增幅)?(?P<verb>高出|高|低|快|慢))$")
_BRACKETED_RATE = regex.compile(r"[）)][，,]\s*[^，,。；;（(）)]{0,16}")
_CLAUSE_GAP = regex.compile(r"[，,]\s*")
# (（海关总署公布全国增长4%）: who stated it may come first; （全国平均资助率为18.5%）: the rate by its name;
# ，全市同期增速为5.3%: of the same period; 全澳, 全港, 全台: Macau, Hong Kong, Taiwan as a whole)
_AREA_RATE = regex.compile(r"[，,（(]\s*(?:\p{Han}{2,8}?(?:公布|发布|数据显示|统计)的?[，,]?)?"
                           r"(?P<area>全[国省市州县区盟澳港台])(?:平均)?(?:水平)?(?:同期)?(?:同比)?(?:增速|增幅|\p{Han}{0,6}?率)?(?:为|是)?(?:增长|下降)?\s*$")


def _above_area(text: str, slots: list[_Slot], k: int) -> Relation | None:
    """``slots[k]`` a pp figure after 高于全市(平均水平), the rate before it in its sentence
    against the rate the same area is stated with right after (，全市增长5.2% / （全市为5.2%）)."""
    pp = slots[k]
    cue = _ABOVE_AREA.search(text, max(pp.sentence, pp.start - 30), pp.start)
    if cue is None or k + 1 >= len(slots) or k < 1:
        return None
    base, current = slots[k + 1], slots[k - 1]
    if k >= 2 and current.figure.kind != "percent" and current.fields.get("role") == "previous" \
            and _IN_BRACKETS.fullmatch(text, slots[k - 2].end, current.end + 1):
        current = slots[k - 2]  # 增长6.6%（上年同期为5,052.9亿元），增速高于全国: the rate before the previous value
    elif k >= 2 and current.figure.kind != "percent" and current.fields.get("role") == "previous" \
            and slots[k - 2].figure.kind == "percent" and _PREVIOUS_AFTER.fullmatch(text, slots[k - 2].end, current.start):
        current = slots[k - 2]  # 同比增长11.7%，上年同期为240.3亿元，增速高于全省平均水平…: and in a clause of its own
    elif k >= 2 and current.figure.kind == "percentage_point" and slots[k - 2].figure.kind == "percent" \
            and _CLAUSE_GAP.fullmatch(text, current.end, cue.start()):
        current = slots[k - 2]  # 增长6.2%，增速比一季度加快0.5个百分点，高于全省平均水平…: the rate before the change
        if k >= 3 and slots[k - 3].figure.kind == "percent" \
                and _THAN_BASE.search(text, max(pp.sentence, current.start - 16), current.start):
            current = slots[k - 3]  # (增长8.1%，增速比上年的6.4%提高1.7个百分点，高于…: not the change's base)
    if current.figure.kind == "percent" and current.start and _IN_BRACKETS.fullmatch(text, current.start - 1, current.end + 1):
        # 增长9.6%，…；增速比1—9月（8.8%）提高0.8个百分点，高于全市平均水平…: the rate in brackets is the base
        # of the change before; the current rate is the growth stated before it, outside brackets
        # (in the pp's sentence; none: no claim read, never the base in brackets)
        at = next(n for n in range(k) if slots[n] is current)
        current = next((s for s in reversed(slots[:at]) if s.sentence == pp.sentence and s.figure.kind == "percent"
                        and s.fields.get("role") == "growth"), None)
        if current is None:
            return None
    if k >= 3 and current.figure.kind == "percent" and _BRACKETED_RATE.fullmatch(text, current.end, pp.start) \
            and slots[k - 2].figure.kind == "percentage_point":
        # 增长7.6%，增速比1-9月回落0.3个百分点（1-9月增长7.9%），高于全省平均水平1.1个百分点: the
        # rate in brackets is the base of the change before; the current rate is the one before it
        current = slots[k - 3]
    if current.fields.get("role") in ("completion", "share") and cue.group().startswith(("增速", "增幅")):
        # 增长12.5%，…，完成年度目标的81.0%，增速高于全省…: the growth rate, not the completion after it
        current = next((s for s in reversed(slots[:k - 1]) if s.sentence == pp.sentence
                        and s.figure.kind == "percent" and s.fields.get("role") == "growth"), current)
    read = ""
    # (增长6.8%，上年为639.02亿元；增速高于全省平均水平1.3个百分点: the growth in the ；-item right before)
    own = current.sentence == pp.sentence or (
        current.figure.kind == "percent" and current.fields.get("role") == "growth"
        and full_sentence_start(text, current.start) == full_sentence_start(text, pp.start)
        and sum(text.count(c, current.end, cue.start()) for c in "；;") == 1)
    if not own and base.sentence == pp.sentence:
        # 全市经营主体数量增速高于全省1.2个百分点（全省增长4.7%）: the growth of what the sentence names,
        # stated before it (read, so it confirms only)
        current, read = _growth_named_before(text, slots, k, cue), " inferred"
        if current is None:
            return None
    if base.figure.kind != "percent" or current.figure.kind != "percent" or base.sentence != pp.sentence \
            or (not own and not read):
        return None
    m = _AREA_RATE.search(text, pp.end, base.start)
    if m is None or m.start() != pp.end or m.group("area") != cue.group("area"):
        return None
    direction = "down" if cue.group("verb") in ("低于", "慢于", "低") else "up"
    return Relation("points", pp.figure.id, inputs=(current.figure.id, base.figure.id), mode=direction + read)


# …经营主体数量|增速高于全省: what a sentence's growth is of, named before 增速 (its count or its amount).
_GROWTH_OF = regex.compile(r"(?P<name>\p{Han}{2,8}?)(?:数量|总量|总额|规模)?(?:增速|增幅)$")
_GROWTH_NAMED_REACH = 1200  # (two paragraphs back at most)


def _growth_named_before(text: str, slots: list[_Slot], k: int, cue: regex.Match) -> _Slot | None:
    """The last growth rate before ``slots[k]``'s sentence (within _GROWTH_NAMED_REACH) whose measure ends with
    the name the sentence gives before 增速, when the sentence opens on that name."""
    pp = slots[k]
    named_to = cue.start() + (2 if cue.group().startswith(("增速", "增幅")) else 0)  # (the cue may hold 增速)
    subject = _GROWTH_OF.search(text, max(pp.sentence, named_to - 14), named_to)
    if subject is None:
        return None
    name = subject.group("name")
    # (the stock's, 实有经营主体, not what was newly set up, 新设立经营主体, unless that is named)
    return next((s for s in reversed(slots[:k]) if s.end <= pp.sentence and pp.start - s.start <= _GROWTH_NAMED_REACH
                 and s.figure.kind == "percent" and s.fields.get("role") == "growth"
                 and (s.fields.get("indicator") or "").endswith(name[-4:])
                 and (name.startswith(_NEW) or not (s.fields.get("indicator") or "").startswith(_NEW))), None)


_NEW = ("新设", "新增", "新登记", "新注册", "新办", "新建", "新签")


# 平均客房出租率为68.4%…；其中五星级酒店出租率73.5%，高出平均水平5.1个百分点: a rate against the
# average its full sentence stated before it, by that name.
_CLAUSE_MARK = regex.compile(r"[，,；;]")
_ABOVE_AVERAGE = regex.compile(r"[，,]\s*(?P<verb>高于|低于|高出|低出|超过|超出)(?:平均水平|平均值|平均)$")


def _above_average(text: str, slots: list[_Slot], k: int) -> Relation | None:
    """``slots[k]`` a pp figure right after 高出平均水平, the rate right before it against the
    earlier rate of its full sentence whose clause names an average (平均客房出租率（入住率）为)."""
    pp = slots[k]
    cue = _ABOVE_AVERAGE.search(text, max(pp.sentence, pp.start - 10), pp.start)
    if cue is None or k < 2:
        return None
    current = slots[k - 1]
    if current.figure.kind != "percent" or current.end != cue.start():
        return None
    opens = full_sentence_start(text, current.start)
    average = next((s for s in reversed(slots[:k - 1]) if s.start >= opens and s.figure.kind == "percent"
                    and "平均" in _CLAUSE_MARK.split(text[max(opens, s.start - 30):s.start])[-1]), None)
    if average is None:
        return None
    direction = "down" if cue.group("verb").startswith("低") else "up"
    return Relation("points", pp.figure.id, inputs=(current.figure.id, average.figure.id), mode=direction)


# 制造业贷款…同比增长18.7%，高于各项贷款增速7.5个百分点 (or 增速比各项贷款高7.5个百分点, 增速高于
# 城镇居民1.9个百分点): a rate against the rate of a measure named by its growth, stated before
# in the paragraph or right after in the sentence.
_ABOVE_NAMED = regex.compile(
    r"(?:增速|增幅)?(?:(?P<verb>高于|低于|快于|慢于|高出)(?P<name>\p{Han}{2,12}?)(?:的)?(?:平均)?(?:增速|增幅|增长率|增长速度)"
    r"|(?:比|较)(?P<name>\p{Han}{2,16}?)(?:的)?(?:平均)?(?:增速|增幅|增长率|增长速度)?(?P<verb>高出|高|低|快|慢)"
    r"|(?<=增速|增幅)(?P<verb>高于|低于|快于|慢于|高出)(?P<name>\p{Han}{2,12}?)"
    # 增长12.6%，快于全市规上工业5.8个百分点: right after the rate, the measure named alone
    r"|(?<=\d%[，,]\s{0,2})(?P<verb>高于|低于|快于|慢于|高出)(?P<name>\p{Han}{2,12}?))$")
_PERIOD_NAME = regex.compile(_PERIOD)
_AREA_ONLY = regex.compile(r"全[国省市州县区盟澳港台](?:平均)?(?:水平|平均)?(?:的)?(?:增速|增幅|增长率|增长速度)?")
# （后者增长8.6%）: the rate of the measure compared with, said right after the claim
_LATTER = regex.compile(r"[（(，,]\s*后者(?:同比)?(?:增速|增幅)?(?:为|是)?(?:增长|下降)?\s*")
# （全市固定资产投资增长4.7%）: the rate compared with, in brackets right after the claim, by any name
_BRACKETED_BASE = regex.compile(r"[（(]\s*[^，,。；;（()）\d%]{2,16}?(?:同比)?(?:增速|增幅)?(?:为|是)?(?:增长|下降)\s*")
_NAMED_REACH = 600  # (the paragraph before, a long one)
_NEAR_REACH = 200  # a rate of the base period in the sentence before or after: at most this far


def _above_named(text: str, slots: list[_Slot], k: int, context: dict) -> Relation | None:
    """``slots[k]`` a pp figure after 高于X增速, the growth rate right before it in its
    sentence against the nearest earlier growth rate of X in its paragraph: read
    around, so it confirms the claim, never refutes it."""
    pp = slots[k]
    cue = _ABOVE_NAMED.search(text, max(pp.sentence, pp.start - 20), pp.start)
    if cue is None or k < 1 or _CLAUSE_BREAK.search(text, cue.start(), pp.start):
        return None
    name, line = cue.group("name"), paragraph_start(text, pp.start, _NAMED_REACH)
    current = _named_subject(text, slots, k, cue, max(line, pp.start - _NAMED_REACH))
    if current is None:
        current = slots[k - 1]
        if k >= 2 and current.fields.get("role") == "previous" and slots[k - 2].figure.kind == "percent":
            current = slots[k - 2]  # 增长11.6%（上年同期为77.44亿元），增速高于…: the rate before the previous value
        if current.figure.kind != "percent" or current.fields.get("role") != "growth" or current.sentence != pp.sentence:
            return None
    if WHOLE_AREA.match(name) and len(name) >= 5 and not _AREA_ONLY.fullmatch(name):
        name = short_name(name[2:])  # 快于全市规上工业: the city's own measure, by its short name
    if _PERIOD_NAME.fullmatch(name) or WHOLE_AREA.match(name):
        return None  # 增速比上年高, 高于全市平均水平: a period or a wider area, the family's other claims
    # the nearest before it in its paragraph, else one right after it in its sentence
    # (增速高于城镇居民1.9个百分点，城镇居民人均可支配收入增长6.2%)
    before = (slots[j] for j in range(k - 2, -1, -1))
    after = (s for s in slots[k + 1:k + 1 + _AFTER_TRIES] if not _FULL_STOP.search(text, pp.end, s.start))
    # (the paragraph before too: a report states the headline rate first, 社会消费品零售总额…增长5.9%,
    # and the item's in the next paragraph, 餐饮收入…增长9.7%，增速高于全市社零总额3.8个百分点)
    for candidates, floor in ((before, pp.start - _NAMED_REACH), (after, pp.start)):
        for base in candidates:
            if base.start < floor:
                break
            if (base.figure.kind == "percent" and base.fields.get("role") == "growth" and base.figure.value_max is None
                    and (name in short_name(base.fields.get("indicator") or "")
                         or _LATTER.fullmatch(text, pp.end, base.start) is not None
                         or _BRACKETED_BASE.fullmatch(text, pp.end, base.start) is not None)):
                if _other_bases(text, current, base) or _BRACKETED_PREVIOUS.search(text, max(0, base.start - 16), base.start):
                    # 同比增长23.6%，高于各项贷款增速: not its 比年初 rate, nor the year before's in brackets
                    # (（上年同期增长9.6%）), but its own 同比 rate before them
                    continue
                direction = "down" if cue.group("verb") in ("低于", "慢于", "低", "慢") else "up"
                if not _FULL_STOP.search(text, min(base.end, current.end), max(base.start, pp.start)):
                    # 城镇居民…增长5.1%；农村居民…增长6.7%，农村居民收入增速高于城镇居民1.4个百分点:
                    # both rates in the claim's sentence (a ； apart at most), the text ties them
                    return Relation("points", pp.figure.id, inputs=(current.figure.id, base.figure.id), mode=direction)
                rel = Relation("points", pp.figure.id, inputs=(current.figure.id, base.figure.id),
                               mode=f"{direction} inferred")
                return rel if _agrees(rel, slots, context) else None
    return None


def _other_bases(text: str, a: _Slot, b: _Slot) -> bool:
    """Are the rates ``a`` and ``b`` counted from bases their clauses name apart (同比 and 比年初)?"""
    mine, theirs = (_base(_ITEM_TAIL.search(text, max(0, s.start - 30), s.start).group()) for s in (a, b))
    return mine is not None and theirs is not None and mine != theirs


_ITEM_TAIL = regex.compile(r"[^。；;！？!?\n]*$")  # what a rate's ；-item says before it


# What a comparison of rates names as its own before 增速 (税收收入|增速比一般公共预算收入高出…)
_RATE_SUBJECT = regex.compile(r"(?P<subject>\p{Han}{2,12}?)(?:的)?(?:增速|增幅)$")


def _named_subject(text: str, slots: list[_Slot], k: int, cue: regex.Match, floor: int) -> _Slot | None:
    """The growth rate of the measure a comparison of rates names before its 增速, the
    nearest before the pp figure ``slots[k]`` (from ``floor`` on), or None."""
    end = cue.start() + 2 if text.startswith(("增速", "增幅"), cue.start()) else cue.start()
    m = _RATE_SUBJECT.search(text, _clause_start(text, end, max(slots[k].sentence, end - 16)), end)
    subject = short_name(m.group("subject")) if m else ""
    if len(subject) < 2 or subject[0] in "其同该":
        return None
    return next((s for s in (slots[j] for j in range(k - 1, -1, -1)) if s.start >= floor
                 and s.figure.kind == "percent" and s.fields.get("role") == "growth" and s.figure.value_max is None
                 and subject in short_name(s.fields.get("indicator") or "")), None)


_AFTER_TRIES = 3


_MONTH_NAMED = regex.compile(r"(?<![\d\-－—至~比较与和])(\d{1,2})月(?!\d)", flags=regex.REVERSE)
# A fiscal year named as the period reported on (2024-25年度, in Hong Kong), searched backwards
def _broken(text: str, cue: regex.Match, end: int) -> bool:
    """Does a clause break stand between ``cue`` and ``end``, other than the brackets
    round the base period's rate (较上年同期（79.1%）提高)?"""
    if cue.group("bracket"):
        return (_CLAUSE_BREAK.search(text, cue.start(), cue.start("bracket")) is not None
                or _CLAUSE_BREAK.search(text, cue.end("bracket"), end) is not None)
    return _CLAUSE_BREAK.search(text, cue.start(), end) is not None


def _period_rate(text: str, s: _Slot) -> str | None:
    """The period key of a rate stated for a period (上年增长6.9%), else None."""
    floor = max(s.sentence, s.start - 24)
    start = _clause_start(text, s.start, floor)
    if start == s.start and text[s.start - 1:s.start] in ("：", ":"):
        start = _clause_start(text, s.start - 1, floor)  # （上年：21.10%）: the colon opens no clause
    m = _POINTS_PREVIOUS.fullmatch(text, start, s.start)
    if m is None and start > s.sentence and _POINTS_PRONOUN.match(text, start):
        # (去年全年，这一比重为50.6%: the period the clause before names alone)
        m = _POINTS_PREVIOUS.fullmatch(text, _clause_start(text, start - 1, max(s.sentence, start - 12)), s.start)
    if m is None and BRACKET_CLOSES.match(text, s.end):
        # (（上一产季电商销售7.98亿元，占比28.6%）: the last figure of an aside that opens on its period)
        m = _ASIDE_OF_PERIOD.search(text, max(0, s.start - _ASIDE_OF_PERIOD_REACH), s.start)
    return period_key(m.group("base")) if m else None


_ASIDE_OF_PERIOD = regex.compile(rf"[（(]\s*(?P<base>{_PERIOD})[^（()）。；;]*$")
_ASIDE_OF_PERIOD_REACH = 40


def _named_period_rate(text: str, s: _Slot, current: _Slot) -> str | None:
    """The period key of a rate stated for a period under a name (上年综合毛利率为17.2%)
    that is ``current``'s (its indicator ends with the name, or the other way) or a
    pronoun (上年这一比重为), else what _period_rate gives."""
    key = _period_rate(text, s)
    if key is not None:
        return key
    m = _POINTS_PREVIOUS_NAMED.fullmatch(text, _clause_start(text, s.start, max(s.sentence, s.start - 30), QUOTED_WORD_BREAK),
                                         s.start)
    if m is None:
        return None
    name = m.group("name")
    if _POINTS_PRONOUN.fullmatch(name) or _same_indicator(name, current.fields.get("indicator")) \
            or _named_by_pronoun(current, name + (m.group("word") or "")):
        return period_key(m.group("base"))
    return None


# (上届花节旅游综合收入为X，过夜游客占比为22.4%; 2024年，该税种…，占地方税收收入的比重为9.1%: the period a
# sentence opens on)
_OPENS_ON_PERIOD = regex.compile(rf"\s*(?P<base>{_PERIOD})")
_SHARE_OF = regex.compile(r"占(?P<whole>\p{Han}{2,12}?)(?:的)?(?:比重|比例|份额)?")  # (a share's name: 占税收收入的比重)


def _named_by_pronoun(current: _Slot, name: str | None) -> bool:
    """Is ``current`` named by a pronoun (今年这一比重达到93.7%) that stands for ``name`` (上年…种植比重为91.8%)?"""
    pronoun = _POINTS_PRONOUN.fullmatch(current.fields.get("indicator") or "")
    if pronoun is None or not name or _POINTS_PRONOUN.match(name):
        return False
    noun = pronoun.group("noun")
    return noun in (None, "指标", "数据", "数值") or name.endswith(noun)


def _opening_period(text: str, s: _Slot, current: _Slot) -> str | None:
    """The period key of the period ``s``'s sentence opens on, when ``s`` is named as ``current``
    is, or both are shares and ``s`` is of the whole (占地方税收收入的比重) named in ``current``'s clause
    or named by a pronoun (该税种入库), else None."""
    m = _OPENS_ON_PERIOD.match(text, s.sentence)
    if m is None:
        return None
    name = s.fields.get("indicator")
    share = _SHARE_OF.fullmatch(name or "")
    clause = _clause_start(text, current.start, max(current.sentence, current.start - 40))
    if _same_indicator(name, current.fields.get("indicator")) or _named_by_pronoun(current, name) or (
            s.fields.get("role") == current.fields.get("role") == "share"
            and ((share is not None and share.group("whole") in text[clause:current.start])
                 or (name and _POINTS_PRONOUN.match(name)))):
        return period_key(m.group("base"))
    return None


def _listed_period(text: str, slots: list[_Slot], k: int) -> str | None:
    """The period key of ``slots[k]`` when it is the n-th rate of 甲和乙分别增长a%和b%."""
    s = slots[k]
    m = _POINTS_LISTED.search(text, max(s.sentence, s.start - 60), s.start)
    if m is None:
        return None
    before = [t for t in slots[:k] if t.start >= m.start("run")]
    if any(t.figure.kind != "percent" for t in before):
        return None
    # The run is only rates and the words joining them.
    cut = m.start("run")
    for t in before:
        if not _POINTS_RUN.fullmatch(text, cut, t.start):
            return None
        cut = t.end
    if not _POINTS_RUN.fullmatch(text, cut, s.start):
        return None
    bases = _POINTS_LIST_SEP.split(m.group("bases"))
    return period_key(bases[len(before)]) if len(before) < len(bases) else None


# 分担率为46.2%，上年为44.9%，|提高|1.3个百分点: a bare verb after the earlier rate's clause.
_BARE_VERB = regex.compile(rf"(?P<closed>[）)])?[，,]\s*(?:按月|按年|按季|同比|环比)?(?P<verb>{_VERBS})了?\s*$")  # (，按月下降)


def _after_previous(text: str, slots: list[_Slot], k: int) -> Relation | None:
    """A pp change right after the clause of the rate the year before, that right after the
    current rate in its sentence (R，上年为R0，提高N个百分点): the change from R0 to R."""
    if k < 2:
        return None
    pp, previous, current = slots[k], slots[k - 1], slots[k - 2]
    aside = _IN_BRACKETS.match(text, slots[k - 3].end) if k >= 3 and current.figure.kind != "percent" else None
    if aside is not None and slots[k - 3].figure.kind == "percent" and aside.end() >= current.end:
        # (毛利率为11.8%（毛利10.21亿元），上年为10.9%，提高…: past an aside on the rate's operand)
        current = slots[k - 3]
    if not (current.sentence == previous.sentence == pp.sentence) \
            or current.figure.kind != "percent" or previous.figure.kind != "percent":
        return None
    verb = _BARE_VERB.fullmatch(text, previous.end, pp.start)
    base = _named_period_rate(text, previous, current)  # (or by a name: 占…的31.4%，上年这一比重为28.1%，提高…)
    # (or the year before's rate in brackets: 药占比降至23.8%（上年为25.4%），下降1.6个百分点)
    # (its period before a colon inside: 出租率为94.8%（2024年12月31日：95.9%），下跌1.1个百分点)
    opened = r"[（(]\s*(?:[^（()）:：，,]{1,16}[:：])?\s*" if verb is not None and verb.group("closed") \
        else (_IN_BRACKETS.pattern if current is not slots[k - 2] else "") + r"[，,]\s*"
    if verb is None or base is None or _period_rate(text, current) is not None \
            or not regex.fullmatch(opened, text[current.end:_clause_start(text, previous.start, current.end)]):
        return None
    return Relation("points", pp.figure.id, inputs=(current.figure.id, previous.figure.id),
                    mode="down" if verb.group("verb") in _POINTS_DOWN else "up")


# 占…的38.6%，比重提高1.8个百分点（上年同期为36.8%）: a change of the share named by its word alone,
# its base period named by the rate stated right after it
# (or by the verb alone: 鞋类毛利率44.62%，提升1.35个百分点（去年同期为43.27%）)
_UNBASED = regex.compile(rf"[，,]\s*(?:比重|占比|所占比重|比例)?(?P<verb>{_VERBS})了?\s*$")
_THEN_PREVIOUS = regex.compile(r"\s*[（(，,]")


def _base_named_after(text: str, slots: list[_Slot], k: int) -> Relation | None:
    """R1，比重提高N个百分点（上年同期为R0） (``slots[k]`` is the pp figure): the share right before
    against the rate of the period stated right after the change, both in its sentence."""
    if k < 1 or k + 1 >= len(slots):
        return None
    current, pp, previous = slots[k - 1], slots[k], slots[k + 1]
    verb = _UNBASED.fullmatch(text, current.end, pp.start)
    if verb is None or current.figure.kind != "percent" or previous.figure.kind != "percent" \
            or not (current.sentence == pp.sentence == previous.sentence) or current.figure.value_max is not None \
            or not _THEN_PREVIOUS.match(text, pp.end) or _period_rate(text, previous) != "上年":
        return None
    return Relation("points", pp.figure.id, inputs=(current.figure.id, previous.figure.id), mode=_mode(verb.group("verb"), None))


_RATE_NAMED = regex.compile(r"\p{Han}{1,6}?率")


def _share_named_anew(text: str, slots: list[_Slot], k: int, clause: int, cue: int) -> bool:
    """Does the clause of the pp change ``slots[k]`` open on a rate's name, right after a share
    (占游客总量的39.1%，过夜率较上年同期（36.7%）提高…: the share named anew)?"""
    if _RATE_NAMED.fullmatch(text, clause, cue) is None:
        return False
    before = next((s for s in reversed(slots[:k]) if s.end <= clause), None)
    return before is not None and before.sentence == slots[k].sentence and before.figure.kind == "percent" \
        and before.fields.get("role") == "share" and _CLAUSE_GAP.fullmatch(text, before.end, clause) is not None


def _uncued(text: str, slots: list[_Slot], k: int, context: dict) -> Relation | None:
    """The pp change ``slots[k]`` read without a cue of the period it is counted from."""
    return (_above(text, slots, k) or _above_area(text, slots, k) or _above_average(text, slots, k)
            or _compared_with(text, slots, k)
            or _from_to(text, slots, k) or _from_change_to(text, slots, k) or _above_named(text, slots, k, context)
            or _after_previous(text, slots, k)
            or _base_named_after(text, slots, k) or _gap_of_both(text, slots, k))


# …失业率为3.87%，…；同期全国失业率为3.38%，|两者差距为|0.49个百分点: the gap between the two rates before
_BOTH_GAP = regex.compile(r"[，,]\s*(?:两者|二者|两项|双方)(?:之间)?的?(?:差距|差值|相差|差)(?:为|是|达到?|了)?\s*$")
_GAP_REACH = 12


def _gap_of_both(text: str, slots: list[_Slot], k: int) -> Relation | None:
    """``slots[k]`` a pp figure after 两者差距为, against the last two rates of its full sentence
    stated as they are, not a base a change is counted from (较112年同期的4.12%)."""
    pp = slots[k]
    if not _BOTH_GAP.search(text, max(pp.sentence, pp.start - _GAP_REACH), pp.start):
        return None
    opens = full_sentence_start(text, pp.start)
    rates = [s for s in slots[:k] if s.start >= opens and s.figure.kind == "percent" and s.figure.value_max is None
             and not _COMPARED_BASE.search(text, max(opens, s.start - 16), s.start)]
    if len(rates) < 2:
        return None
    a, b = sorted(rates[-2:], key=lambda s: s.figure.value, reverse=True)
    return Relation("points", pp.figure.id, inputs=(a.figure.id, b.figure.id), mode="up")


# …同比增长7.3%，上年同期为2,914.1亿元；|增速比一季度加快1.5个百分点: a ；-item that opens on the rate's
# change, the rate stated in the item before.
_RATE_OPENS_ITEM = regex.compile(r"(?<=[；;])\s*(?:增速|增幅)")


def _rate_of_item_before(slots: list[_Slot], k: int) -> _Slot | None:
    """The last growth rate of the ；-item before ``slots[k]``'s, past the previous value after it
    (and past a completion or a share after it, with its target: 增长9.8%，…，完成年度目标480亿元的85.9%；增速比…)."""
    for j in range(k - 1, -1, -1):
        s = slots[j]
        if s.sentence == slots[k].sentence:
            continue
        if s.figure.kind == "percent":
            if s.fields.get("role") in ("completion", "share"):
                continue
            return s if s.fields.get("role") == "growth" else None
        if s.fields.get("role") not in ("previous", "target"):
            return None
    return None


# 高于省定|60%|的最低比例: a bar a rate is set against, no rate of the figures
_BAR_BEFORE = regex.compile(r"[，,]\s*(?:高于|低于|超过|超出|不低于|不高于)\p{Han}{0,8}$")
_BAR_AFTER = regex.compile(r"的?(?:最低|最高|控制|规定|目标)?(?:比例|标准|要求|目标|红线|水平|线)")


def _share_of_named(current: _Slot, named: str, what: str) -> bool:
    """Is ``current`` the share of what a pp change names before its 占比 or 比重 (线上 of 线上销售额's share)?"""
    return len(named) >= 2 and what in ("占比", "比重", "所占比重") and current.fields.get("role") == "share" \
        and (current.fields.get("indicator") or "").startswith(named)


def points(text: str, slots: list[_Slot], context: dict) -> list[Relation]:
    """A pp change (增速比上年提高1.3个百分点) against the rate before it in its
    sentence and the rate stated for the period it is counted from (上年增长6.9%,
    in its sentence, before or after).  That rate read from the sentence before or
    after (上半年和一季度分别增长5.9%和5.2%) confirms the claim, never refutes it.
    A decline that narrows (降幅收窄, 缩小) or widens (扩大) is counted on magnitudes.  Changes
    of a 分别 run are paired with their rates by position (point_pairs.py)."""
    out = paired_points(text, slots)
    paired = {r.reported for r in out}
    for k, pp in enumerate(slots):
        if pp.figure.kind != "percentage_point" or pp.figure.value_max is not None or pp.figure.approx \
                or pp.figure.id in paired:
            continue
        cue = _POINTS_CUE.search(text, max(pp.sentence, pp.start - 20), pp.start)
        # (按月下降N个百分点 after 去年12月底为R: a base the readers without a cue know first)
        above = _uncued(text, slots, k, context) if cue is None or _broken(text, cue, pp.start) \
            or cue.group("base") in ("按季", "按月") else None
        if above is not None or cue is None or _broken(text, cue, pp.start):
            if above is not None:
                out.append(above)
            continue
        clause = _clause_start(text, cue.start("base"), max(pp.sentence, cue.start() - 12))
        if cue.start() != clause and not cue.group("what") and not _share_named_anew(text, slots, k, clause, cue.start()):
            continue  # 网上零售额比上年提高: another measure named before 比
        # (工业增加值增速比…: the rate of a measure named here, maybe not the one before, unless the rate
        # before is of what it names: 线上销售额…占销售收入的29.9%，线上占比比上年提高…)
        named_here = text[_clause_start(text, cue.end("what"), max(pp.sentence, cue.start() - 12)):cue.start()] \
            if cue.group("what") else ""
        base = period_key(cue.group("base"))
        # (上年 is the year before the last one named: 2024年…比上年提高5.82个百分点（2023年为61.53%）)
        # (上月 the month before the last one named: 3月份…降幅比上月收窄0.6个百分点，2月份同比下降2.4%)
        # (not the year of a base in brackets: 增长15.4%（2023年為X）…較上年提高N個百分點（2023年為R）)
        named_year = reported_year(text, pp.start) if base == "上年" else None
        named_month = _MONTH_NAMED.search(text, max(0, pp.start - _NEAR_REACH), pp.start) if base == "上月" else None
        # (or by the Republic's calendar: 113年…較前一年提高N個百分點（112年為R）)
        named_roc = reported_roc_year(text, pp.start) if base == "上年" and named_year is None else None
        # (no year named, the date line's: 发布日期：2024-12-30 …较上年提高N个百分点（2023年为R）)
        dated = years_before_dated(text) if base == "上年" and not (named_year or named_roc) else ()
        bases = ((base, f"{year_number(named_year.group()) - 1}年") if named_year
                 else (base, f"{int(named_roc.group(1)) - 1}年") if named_roc
                 else (base, f"{int(named_month.group(1)) - 1 or 12}月") if named_month
                 else (base, *(f"{year}年" for year in dated)))
        # (上年度 is the fiscal year before the last one named: 2024-25年度…较上年度上升N个百分点（2023-24年度：R）)
        fiscal = FISCAL_NAMED.search(text, 0, pp.start) if base == "上年" else None
        if fiscal is not None:
            year = int(fiscal.group()[:4]) - 1
            bases += (f"{year}-{(year + 1) % 100:02d}年",)
        verb = cue.group("verb")
        direction = ("narrower" if verb in ("收窄", "缩小") else "wider" if verb == "扩大" and cue.group("what") == "降幅"
                     else "down" if verb in _POINTS_DOWN else "up")
        # The current rate: the nearest rate before, over other pp changes and rates of the base
        # period; that period's rate is in the sentence, before or after.
        current = previous = None
        for j in range(k - 1, -1, -1):
            s = slots[j]
            if s.sentence != pp.sentence:
                break
            if s.figure.kind == "percentage_point":
                continue
            if cue.group("bracket") and cue.start("bracket") < s.start and s.end < cue.end("bracket"):
                previous = previous or (s if s.figure.kind == "percent" else None)
                continue
            if s.figure.kind != "percent":
                # (not over the previous value of the rate before: 增长22.4%（上年同期255.4亿元），增速比…; nor
                # the target of a completion passed over: 增长9.8%，完成年度目标480亿元的85.9%，增速比…)
                if current is None and s.fields.get("role") not in ("previous", "target"):
                    break
                continue
            # (上年全省种植比重为91.8%，今年这一比重达到93.7%，比上年提高…: the earlier rate under its name)
            if _period_rate(text, s) in bases or (current is not None and _named_period_rate(text, s, current) in bases):
                if current is not None and "其中" in text[s.end:current.start]:
                    break  # 上年同期为82.3%，其中国际航线客座率80.2%: the whole's rate, not the part's
                previous = previous or s
            elif current is None and s.fields.get("role") in ("share", "completion") \
                    and _GROWTH_NAMED.search(cue.group("what") or ""):
                continue  # 增长7.6%，占全社会用电量的68.4%，增速比上半年提高…: the growth's, past the share
            elif current is None and _BAR_BEFORE.search(text, max(s.sentence, s.start - 10), s.start) \
                    and _BAR_AFTER.match(text, s.end):
                continue  # 占…的63.5%，高于省定60%的最低比例，比上年提高…: the rate, past the bar it clears
            elif current is None and not (IN_OPEN_BRACKET.search(text, max(0, s.start - 12), s.start)
                                          and BRACKET_CLOSES.match(text, s.end)):
                # (not a rate in brackets: 增速高于全市平均水平（5.5%）1.3个百分点，较上年（5.9%）…, 增速比1-9月
                # 加快0.2个百分点（1-9月增长6.2%），比上年同期提高0.9个百分点)
                current = s
        if current is None and _RATE_OPENS_ITEM.match(text, pp.sentence):
            current = _rate_of_item_before(slots, k)
        if current is None or (named_here and not _share_of_named(current, named_here, cue.group("what"))):
            continue
        if _RATE_WORD.fullmatch(pp.fields.get("indicator") or "") and current.fields.get("indicator"):
            # 同比增长6.2%，(增速)比上半年提高0.8个百分点: a change of that rate, of its measure
            pp.fields["indicator"] = current.fields["indicator"]
            pp.fields["role"] = pp.fields.get("role") or "change"
        if previous is None:
            for s in slots[k + 1:]:
                if s.sentence != pp.sentence:
                    break
                if s.figure.kind == "percent" and _named_period_rate(text, s, current) in bases:
                    previous = s
                    break
        if previous is None:
            # The sentence right before or after, in the paragraph: 上半年和一季度分别增长5.9%和5.2%.
            line = paragraph_start(text, pp.start, _NEAR_REACH), text.find("\n", pp.end, pp.end + _NEAR_REACH)
            near = [j for j, s in enumerate(slots) if s.figure.kind == "percent" and s.sentence != pp.sentence
                    and line[0] <= s.start and (line[1] < 0 or s.end <= line[1]) and abs(s.start - pp.start) <= _NEAR_REACH]
            for j in near:
                s = slots[j]
                if (_named_period_rate(text, s, current) or _listed_period(text, slots, j)) == base \
                        or _opening_period(text, s, current) in bases:
                    rel = Relation("points", pp.figure.id, inputs=(current.figure.id, s.figure.id),
                                   mode=f"{direction} inferred")
                    if _agrees(rel, slots, context):
                        out.append(rel)
                        break
            else:
                out.extend(_named_paragraphs_apart(text, slots, pp, current, bases, direction, context))
            continue
        out.append(Relation("points", pp.figure.id, inputs=(current.figure.id, previous.figure.id), mode=direction))
    return out


_FAR_REACH = 1200  # a rate of the base period named exactly as the current: at most this far, paragraphs apart


def _named_paragraphs_apart(text: str, slots: list[_Slot], pp: _Slot, current: _Slot, bases: tuple, direction: str,
                            context: dict) -> list[Relation]:
    """普及率达到92.7%，比上年末提高4.5个百分点 … (paragraphs on) 上年末全市农村卫生厕所普及率为88.2%: the rate of the
    base period in another paragraph, named exactly as the current (four characters or more).  The name and
    the period tie it, and the reading is inferred: it only confirms."""
    name = current.fields.get("indicator") or ""
    if len(name) < 4 or _POINTS_PRONOUN.match(name):
        return []
    opens = paragraph_start(text, pp.start, _FAR_REACH)
    closes = paragraph_end(text, pp.end, _FAR_REACH)
    named = sorted((s for s in slots if s.figure.kind == "percent" and s is not current
                    and abs(s.start - pp.start) <= _FAR_REACH and not opens <= s.start <= closes
                    and s.fields.get("indicator") == name and _named_period_rate(text, s, current) in bases),
                   key=lambda s: abs(s.start - pp.start))
    for s in named:
        rel = Relation("points", pp.figure.id, inputs=(current.figure.id, s.figure.id), mode=f"{direction} inferred")
        if _agrees(rel, slots, context):
            return [rel]
    return []
