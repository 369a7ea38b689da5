"""The whole a share is of, found by its name: the nearest earlier figure a share's whole
(占全市规上工业产值的) or its counted noun (占发放笔数的) names, whether a share's subject
names its part, and whether a part is opened under its whole (X。其中，A…占X的R).
shares.py asks; nothing here builds a relation."""
from __future__ import annotations

import regex

from .completion_targets import _only_expected
from .indicators import PHRASE_REACH, WHOLE_AREA, paragraph_start
from .period import CLASSIFIES, year_before_reported
from .relate import (_FULL_STOP, _PREVIOUS_CUE, _READ_TRIES, _TARGET_WORD, Relation, _agrees, _changed, _clause_start,
                     _import_and_export, _same_indicator, _Slot,
                     _whole_of_a_share, body_copy, full_sentence_start, passed_in_headline)
from .sums import spans_otherwise


# A share's part or whole named this far from its rate or part at most: bounds the
# walk over every figure on a long page (a news item is shorter).
_WHOLE_REACH = 5000

_EVERY = regex.compile(r"全部|所有")
_BOUNDARY = regex.compile(r"[。！？!?；;]")
# (or a breakdown's opener: 投资金额合计386.5亿元。分行业看，集成电路…占全市投资金额的27.4%)
_OPENED = regex.compile(r"\s*(?:其中|分\p{Han}{1,6}看|从\p{Han}{1,8}看|按\p{Han}{1,6}分)")


def _opened_on(text: str, whole: _Slot, part: _Slot) -> bool:
    """Does the part's sentence open with 其中 (or 分行业看…) right after the whole's
    (X。其中，A…占X的R), in one paragraph, the part in that sentence (X。其中，A…；B…占X的R):
    the text ties them as a breakdown does; a paragraph may open with it, after the
    whole's sentence ended the paragraph before."""
    if whole.end > part.start:
        return False
    stop = _BOUNDARY.search(text, whole.end, part.start)
    opened = _OPENED.match(text, stop.end()) if stop is not None else None
    if opened is None or "\n" in text[whole.end:stop.end()]:
        return False
    return _FULL_STOP.search(text, opened.end(), part.start) is None


def _classified_by(text: str, whole: _Slot, part: _Slot, noun: str, least: int = 4) -> bool:
    """Does the part's paragraph open on a classification (从贸易方式看，…) right after the
    paragraph that holds the whole, which the share names in full (进出口总值, not 产量: 新能源汽车产量
    is a kind's; a name as short as ``least`` when the share names it as a total, 培训总量)?"""
    if len(noun) < least or not _same_indicator(whole.fields.get("indicator"), noun):
        return False
    start = text.rfind("\n", 0, part.start) + 1
    if start == 0 or whole.end > start or "\n" in text[whole.end:start - 1]:
        return False
    return _CLASSIFIED.match(text, start) is not None


_CLASSIFIED = regex.compile(r"\s*" + CLASSIFIES)
_LAST_OPENER = regex.compile(r"其中", flags=regex.REVERSE)
_LAST_BREAKDOWN = regex.compile(_OPENED.pattern.removeprefix(r"\s*"), flags=regex.REVERSE)


def _another_kind(named: str, subject: str) -> bool:
    """Are ``named`` and ``subject`` two kinds of one head noun (境外企业, 农产品加工企业)?"""
    return len(named) >= 3 and len(subject) >= 3 and named[-2:] == subject[-2:] \
        and not named.endswith(subject) and not subject.endswith(named) and not _names_part(named, subject)


_NEGATED = ("非", "未", "不")


def _opposite(indicator: str, subject: str) -> bool:
    """Is ``indicator`` the opposite of ``subject`` (非内地旅客 of 内地旅客)?"""
    return len(subject) >= 2 and indicator.endswith(subject) and indicator[:-len(subject)].endswith(_NEGATED) \
        and not subject.startswith(_NEGATED)


_LEVEL_GRADE = regex.compile(r"(?<=^[省市县区乡镇村])级")


# A measure whose name holds 总额 (利润总额: the profit, no total of parts)
_MEASURE_TOTAL = regex.compile(r"(?<=利润|零售|工资)总额$")


def _names_part(indicator: str | None, subject: str, whole: str = "") -> bool:
    """Does a share's subject name the part: as its indicator ends, or as it opens
    (税收收入5.27亿元，税收占比81.3%), or as the indicator and the measure a list's items
    share (装备制造业和新材料产业产值分别为x、y，装备制造业产值占…: 装备制造业 and 产值), or
    the ``whole``'s noun (投诉类52.7万件…投诉类诉求占全部诉求的: 投诉类 and 诉求) or an amount
    (工商银行开立量), or its first words and its last two?"""
    # (县级投入 for 县投入: a level's 级 says nothing more)
    indicator, subject = _LEVEL_GRADE.sub("", indicator or ""), _LEVEL_GRADE.sub("", subject)
    if not subject.endswith("总额"):
        indicator = _MEASURE_TOTAL.sub("", indicator)  # (能源类企业利润 for 能源类企业实现利润总额)
    if _opposite(indicator, subject):
        return False
    rest = subject[len(indicator):] if len(indicator) >= 3 and subject.startswith(indicator) else None
    return _same_indicator(indicator, subject) or _same_indicator(*(_TRADE_SUFFIX.sub("", n) for n in (indicator, subject))) or (len(subject) >= 2 and indicator.startswith(subject)) or spelled_out(indicator, subject) or (
        rest is not None and (rest in _MEASURE_WORDS or (len(whole) >= 2 and rest == whole) or _AMOUNT_OF_ACT.fullmatch(rest))) or (
        # (农发行淞原省分行贷款 for 农发行淞原省分行累计投放秋粮收购贷款: the owner and the measure, words between)
        # (博士补贴 for 博士安家补贴: one word left out)
        (len(subject) >= 6 or (len(subject) >= 4 and len(indicator) - len(subject) <= 2))
        and indicator.startswith(subject[:-2]) and indicator.endswith(subject[-2:])) or (
        # (中央补助资金 for 中央财政补助资金: a word of two characters left out after the owner)
        len(subject) >= 6 and len(indicator) - len(subject) == 2
        and indicator.startswith(subject[:2]) and indicator.endswith(subject[2:])) or (
        # (整机制造 for 无人机整机制造实现营收 before 占全市低空经济营收的: the measure the whole ends with)
        len(subject) >= 3 and subject in indicator and len(whole) >= 2
        and _measure_after(indicator[indicator.index(subject) + len(subject):], whole)) or (
        # (二次消费 for 文创及餐饮等二次消费收入, 占比 naming no whole: the kind, right before a measure)
        len(subject) >= 3 and any(indicator.endswith(subject + m) for m in _MEASURE_WORDS)) or (
        # (渔业 for 远洋及近海渔业产值 before 占总产值比重: the kind, right before the whole's measure)
        len(subject) >= 2 and len(whole) >= 2 and indicator.endswith(subject + whole)) or (
        # (茶叶网络零售额 for 茶叶, a kind listed under 分品类看, before 占农产品网络零售额的: the kind, then
        # the measure the whole ends with, or is: 医院诊疗人次 for 医院 before 占总诊疗人次的)
        len(indicator) >= 2 and subject.startswith(indicator) and len(subject) - len(indicator) >= 2
        and len(whole) >= len(subject) - len(indicator) and whole.endswith(subject[len(indicator):])) \
        or _kind_and_measure(indicator, subject) or _place_that_did(indicator, subject) or _act_left_out(indicator, subject)


def _act_left_out(indicator: str, subject: str) -> bool:
    """Does ``subject`` name a kind of three characters or more and a measure of two that ``indicator``
    ends with, a word of two between them left out (文创产品收入 for 挂件等文创产品销售收入)?"""
    kind, measure = subject[:-2], subject[-2:]
    return len(kind) >= 3 and indicator.endswith(measure) and indicator[:-4].endswith(kind)


# 粤港澳大湾区|贡献: what a listed place did (A、B及C分别贡献x、y及z)
_LISTED_ACT = regex.compile(r"(?<=\p{Han}{3})(?:贡献|实现|完成|录得)$")


def _place_that_did(indicator: str, subject: str) -> bool:
    """Does ``subject`` (three characters or more) name in short the place that ``indicator`` says did the act
    (大湾区 for 粤港澳大湾区贡献: …分别贡献x、y及z，其中大湾区占比R)?"""
    act = _LISTED_ACT.search(indicator)
    return act is not None and len(subject) >= 3 and indicator[:act.start()].endswith(subject)


def _kind_and_measure(indicator: str, subject: str) -> bool:
    """Does ``subject`` name a kind and a measure (浮石出口额) that ``indicator`` names with words
    around the kind (全县火山浮石产业实现出口额): the measure of three characters or more the two end
    with, the kind of two or more found before it (or a measure of two, the kind opening the
    indicator: 泡菜产值 for 泡菜酱腌菜产值, not 工业产值 for 轻工业产值)?"""
    common = 0
    while common < min(len(indicator), len(subject)) and indicator[-1 - common] == subject[-1 - common]:
        common += 1
    # (the measure may be shorter than what the two share: 泡菜|产值 and 泡菜酱腌菜|产值 end alike in 菜产值)
    for n in range(common, 1, -1):
        kind = subject[:-n]
        if 2 <= len(kind) <= 4 and ((n >= 3 and kind in indicator[:-n]) or (n == 2 and indicator.startswith(kind))):
            return True
        # (财政补贴 for 中央、省、县三级|财政|保费|补贴: the kind, a word of two characters, the measure)
        if n == 2 and len(kind) == 2 and indicator[-n - 4:-n - 2] == kind and len(indicator) > n + 4:
            return True
    return False


def _qualified_part(text: str, slot: _Slot, subject: str) -> bool:
    """Does a share's subject name ``slot`` by its measure after a qualifier its sentence gave before
    it, in full or in short (医材出口 for 出口值, in a sentence that opened on 台湾医疗器材产业产值…)?"""
    indicator = slot.fields.get("indicator") or ""
    said = text[full_sentence_start(text, slot.start):slot.start]
    return any(subject[k:] in _MEASURE_WORDS and indicator.startswith(subject[k:]) and _short_for(subject[:k], said)
               for k in range(2, min(5, len(subject) - 1)))


def _short_for(short: str, said: str) -> bool:
    """Are ``short``'s characters in ``said``, in order and close together (医材 in 医疗器材)?"""
    return regex.search(".{0,2}".join(map(regex.escape, short)), said) is not None


def spelled_out(indicator: str, subject: str) -> bool:
    """Is ``indicator`` ``subject`` spelled out, an abbreviation's characters in order and close together,
    its first character and its last two kept (技术改造投资 for 技改投资)?"""
    return len(subject) >= 4 and len(indicator) > len(subject) and indicator[0] == subject[0] \
        and indicator.endswith(subject[-2:]) and _short_for(subject, indicator)


def _measure_after(rest: str, whole: str) -> bool:
    """Is ``rest`` (after a share's subject in a figure's name) a measure the whole's noun ends with,
    a verb before it (实现营收)?"""
    rest = _MEASURE_VERB.sub("", rest)
    return rest in _MEASURE_WORDS and whole.endswith(rest)


_MEASURE_VERB = regex.compile(r"^(?:实现|完成|达到|达)")
# 工商银行102.4万个…；工商银行开立量占全市的26.5%: the part's name, then how much of the act it did
# (or the act named with the part: 农产品销售21.48亿元…；农产品销售额占销售总额的44.2%)
_AMOUNT_OF_ACT = regex.compile(r"\p{Han}{0,3}(?:量|额)")


# What a list's items share after their names (A和B产值分别为x、y)
# An industry named with or without 业 before its measure: 装备制造产值 and 装备制造业产值.
_TRADE_SUFFIX = regex.compile(r"(?<=\p{Han}{2})业务?(?=产值|增加值|营业收入|收入|营收|利润|投资)")  # (自助洗车业务收入: 业务 too)
_MEASURE_WORDS = frozenset({"产值", "增加值", "收入", "营业收入", "营收", "利润", "销售额", "投资", "出口", "进口", "进出口",
                            "税收", "贷款", "存款", "余额", "产量", "销量", "销售量", "出货量", "出口额", "进口额", "成交额",
                            "交易额", "营业额", "退税"})


# Words that say "of every kind" inside a whole's name (引进各类人才 is 引进人才 all told).
_EVERY_KIND = regex.compile(r"各类|所有|全部")
# 旅客吞吐总量: all the 旅客吞吐量 (集团总收入: all the 集团收入)
_TOTAL_IN_MEASURE = regex.compile(r"(?<=\p{Han}{2})总(?=[量额数]|收入|营收|支出)")


def _all_of(indicator: str, measure: str) -> bool:
    """Does ``indicator`` name all of ``measure`` (累计完成|旅客吞吐量 for 旅客吞吐总量), not one kind of it
    (发明|专利授权量 is no 专利授权总量)?"""
    return len(measure) >= 3 and indicator.endswith(measure) \
        and _WIDE_PREFIX.search(indicator[:len(indicator) - len(measure)]) is not None


def _total_worded_otherwise(indicator: str, noun: str) -> bool:
    """Do ``indicator`` and ``noun`` name one total, 总 before the measure in one and 总值, 总额 or
    总量 after it in the other (强积金资产总值 for 强积金总资产), or 金额 for 总额 (外销订单金额 for
    外销订单总额)?  Both name it as a total: 新增贷款 is read as 新增贷款总额 only from the context."""
    bare = _bare_total(noun)
    return len(bare) >= 4 and bare != noun and bare == _bare_total(indicator) != indicator


def _bare_total(name: str) -> str:
    return _TOTAL_AFTER.sub("", _TOTAL_BEFORE.sub("", name))


_TOTAL_BEFORE = regex.compile(r"总(?=\p{Han}{2}$)")  # (强积金|总|资产)
_TOTAL_AFTER = regex.compile(r"(?<=\p{Han}{2})(?:总[值额量]|金额)$")  # (强积金资产|总值)


# What may stand before all of a measure: nothing, the act, a running total, a place's or a year's whole.
_WIDE_PREFIX = regex.compile(r"(?:^|完成|实现|累计|共计|共|合计|总计|全[国省市县区州]|全年|当年|今年|期内|报告期内|本期)$")


def _written_whole(text: str, earlier: list[_Slot], part: _Slot, written: str) -> _Slot | None:
    """The nearest of ``earlier`` (within ``_WHOLE_REACH``) right after the words ``written``
    (a link between them allowed: 累计完成投资|152.3亿元), of the part's measure and no smaller."""
    for s in reversed(earlier):
        if part.start - s.start > _WHOLE_REACH:
            break
        if s is not part and s.people_alike(part) and s.figure.value >= part.figure.value \
                and s.fields.get("role") not in ("previous", "change", "target", "equivalent") \
                and _said_right_before(text, s, written):
            return s
    return None


_LINK_TAIL = regex.compile(r"(?:为|达到?|是|约)?\s*$")
# (出让总宗数; 助餐总人次, 总游客人次: a count of visits is named by its classifier alone)
_COUNTED_BY = regex.compile(r"总?(?P<stem>\p{Han}{2,10}?)总?(?:(?P<unit>[笔户家个项件次所座台辆人宗])数|(?P<unit>人次))$")
_NUMBER_OF = regex.compile(r"(?P<stem>\p{Han}{2,10}?)(?:数量|个数|数|(?<=\p{Han}{4})量)$")  # (整车出口量: how many were exported)
_AMOUNT_BY = regex.compile(r"(?P<stem>\p{Han}{2,10}?)(?:发行额|发行规模|金额|总额|额度|额)$")  # (授信额度: the credit granted)


def _counted_whole(text: str, earlier: list[_Slot], part: _Slot, noun: str) -> _Slot | None:
    """The nearest of ``earlier`` (within ``_WHOLE_REACH``) that a whole named by what it counts
    and its classifier (发放笔数, 贷款户数) names: a count by that classifier, no smaller than the
    part, whose indicator opens or ends with the rest (发放|个人住房贷款, 个人|贷款).  An amount
    named by its act and 额 alike (提取额占归集额的: 归集|住房公积金x)."""
    m = _COUNTED_BY.fullmatch(noun)
    if m is not None and part.figure.kind == "count" and part.figure.unit == m.group("unit"):
        stem = m.group("stem")
    elif part.figure.kind == "count" and (m := _NUMBER_OF.fullmatch(noun)) is not None:
        stem = m.group("stem")  # 占新签约项目数的: the number of what a count counts
    elif part.figure.kind == "money" and (m := _AMOUNT_BY.fullmatch(noun)) is not None:
        stem = m.group("stem")
    else:
        return None
    found = None
    for s in reversed(earlier):
        if part.start - s.start > _WHOLE_REACH:
            break
        indicator = s.fields.get("indicator") or ""
        # (出口额 names no 进出口x: trade both ways, not exports; 分用途看，种植业借款1,786笔 is one kind, no
        # 借款笔数 of all)
        if s is not part and s.same_measure(part) and s.figure.value >= part.figure.value \
                and s.fields.get("role") not in ("previous", "change", "target", "equivalent", "part") \
                and (not _a_previous_value(text, s) or _a_previous_value(text, part)) \
                and not _import_and_export(indicator, stem) \
                and not _import_and_export(text[max(0, s.start - len(stem) - 1):s.start], stem) \
                and not (not indicator.startswith(stem) and _CLASSIFIED.match(text, full_sentence_start(text, s.start))) \
                and (indicator.startswith(stem) or indicator.endswith(stem)
                     # (现场签约|1085人: the act right before the figure, which its name leaves out)
                     or _said_right_before(text, s, stem) or _acts_after(text, s, stem)
                     or _act_before_noun(text, s, stem) or _act_then_noun(indicator, stem)):
            if found is not None and s.end <= _opened_at(text, found):
                return s  # (补助资金5.86亿元。其中，中央财政补助资金3.94亿元…: the list's head, not its item)
            if found is not None or _opened_at(text, s) < 0:
                return found or s
            found = s  # (an item after a 其中: its head may come before it)
    return found


def _opened_at(text: str, s: _Slot) -> int:
    """Where the 其中 before ``s`` in its paragraph stands, or -1."""
    opener = _LAST_OPENER.search(text, paragraph_start(text, s.start, PHRASE_REACH), s.start)
    return opener.start() if opener is not None else -1


def _acts_after(text: str, s: _Slot, stem: str) -> bool:
    """Do the noun of a count after its classifier and then its act follow ``s`` as ``stem``
    names them the other way round (1,286户|企业享受…政策 for 享受企业户数)?"""
    noun = s.fields.get("indicator") or ""
    act = stem[:-len(noun)] if len(noun) >= 2 and stem.endswith(noun) else ""
    return bool(act) and text.startswith(noun + act, s.end)


def _act_before_noun(text: str, s: _Slot, stem: str) -> bool:
    """Is ``stem`` the act right before the noun ``s`` counts (共出让|国有建设用地使用权|86宗 for 出让总宗数;
    共接待|中小学生研学|62.8万人次 for 接待总人次, the noun its counted ``of`` names)?"""
    nouns = (s.fields.get("indicator") or "", s.figure.of or "")
    return len(stem) >= 2 and any(len(noun) >= 2 and text.startswith(stem + noun, s.start - len(noun) - len(stem))
                                  for noun in nouns)


def _act_then_noun(indicator: str, stem: str) -> bool:
    """Does ``indicator`` name the noun and the act of ``stem`` the other way round, two characters or
    more each (出口|整车 in 台湾出口整车自行车 for 整车出口量)?"""
    return any(stem[k:] + stem[:k] in indicator for k in range(2, len(stem) - 1))


def _said_right_before(text: str, s: _Slot, words: str) -> bool:
    """Are ``words`` right before ``s``, a link between them allowed (现场签约|1085人, 总计为|x)?"""
    said = text[max(0, s.start - len(words) - 3):s.start]
    return said.endswith(words) or _LINK_TAIL.sub("", said).endswith(words)


def _act_on_its_noun(earlier: list[_Slot], s: _Slot, noun: str) -> bool:
    """Is ``s`` named by an act alone whose object ``noun`` adds, the object an earlier count of its
    sentence and measure is named by (储能项目共87个，已开工|68个 for 占已开工项目的)?"""
    act = s.fields.get("indicator") or ""
    named = noun.removeprefix("已")
    rest = named[len(act):] if act and len(act) <= 3 and named.startswith(act) else ""
    return s.figure.kind == "count" and len(rest) >= 2 and any(
        o is not s and o.start < s.start and o.sentence == s.sentence and o.same_measure(s)
        and (o.fields.get("indicator") or "").endswith(rest) for o in earlier)


def _named_whole(text: str, earlier: list[_Slot], part: _Slot, noun: str, parts_too: bool = True,
                 of_total: bool = False, of_all: bool = False) -> _Slot | None:
    """The nearest of ``earlier`` (within ``_WHOLE_REACH``) named ``noun`` that can be the whole of ``part``:
    of its measure, no smaller, and no change (减少了156个职位), previous value (上年同期支出X)
    or target (完成年初预算X的) unless the noun names one, nor unless ``parts_too`` a figure
    after the 其中 that opens the part's breakdown (another part), nor, when the noun is
    what a total named so totals (``of_total``: 占资金总额的), a part of an earlier paragraph's
    list named more narrowly, nor, when the share names the whole of a region (``of_all``: 占全县赔款的), one
    kind of a classification named otherwise.  One named exactly so comes first: 出口 before
    外商投资企业进出口, which ends with it too."""
    first, tries, smaller = None, 0, None
    other = ("previous", "change") if _TARGET_WORD.search(noun) else ("previous", "change", "target")
    # a part comes after the 其中 that opens its breakdown (in its paragraph); its whole before it
    opener = -1 if parts_too else _opened_at(text, part)
    here = paragraph_start(text, part.start, PHRASE_REACH) if of_total else 0  # the part's paragraph
    # (nor, unless named exactly so, a sibling of the part in the classification its sentence opens with, of
    # its measure: 以业务别来看，新梯销售营收x，维修保养营收y，…，其中维修保养占当月营收比重R; but 收入x、支出y，
    # 当期支出占收入的R takes the 收入 beside it)
    class_opener = _CLASSIFIED.match(text, full_sentence_start(text, part.start))
    for s in reversed(earlier):
        if abs(s.start - part.start) > _WHOLE_REACH:
            break  # (``earlier`` runs away from the part)
        if opener >= 0 and s.start > opener:
            continue
        if class_opener is not None and s.start >= class_opener.end() and s.fields.get("indicator") != noun \
                and (s.fields.get("indicator") or "")[-2:] == (part.fields.get("indicator") or "\0")[-2:]:
            continue
        if of_total and s.end <= here \
                and (s.fields.get("indicator") or "") != noun \
                and _LAST_BREAKDOWN.search(text, paragraph_start(text, s.start, PHRASE_REACH), s.start):
            # (nor a part of an earlier paragraph's list named more narrowly: 从资金来源看，中央车购税补助资金
            # 1.24亿元… is no 资金总额; but 其中，出口258.9亿元 is 出口总额)
            continue
        if _whole_of_a_share(text, s) and WHOLE_AREA.search(s.fields.get("indicator") or "") and not WHOLE_AREA.search(noun):
            continue  # (占全县陶瓷出口总额x的r is a wider whole than the town's 出口总额 a share after it names)
        if of_all and s.fields.get("indicator") != noun \
                and _CLASSIFIED.match(text, full_sentence_start(text, s.start)) is not None:
            continue  # (分灾因看，台风赔款x… is one kind, no 全县赔款 a share names)
        if s is part or not s.people_alike(part) \
                or not (_same_indicator(_EVERY_KIND.sub("", s.fields.get("indicator") or ""), noun)
                        or _all_of(s.fields.get("indicator") or "", _TOTAL_IN_MEASURE.sub("", noun))
                        or _total_worded_otherwise(s.fields.get("indicator") or "", noun)
                        or _funds_of_a_kind(s.fields.get("indicator") or "", noun)
                        or _named_without_size(s.fields.get("indicator") or "", noun)
                        or _kind_then_measure(s.fields.get("indicator") or "", noun)
                        or _act_on_its_noun(earlier, s, noun)
                        or _measure_left_out(earlier, s, noun)) \
                or s.fields.get("role") in other \
                or _changed(text, s) or _qualified_otherwise(text, s, noun) or _only_expected(text, s) \
                or (_of_the_year_before(text, s) and not _of_the_year_before(text, part)) \
                or (_a_previous_value(text, s) and not _a_previous_value(text, part)):
            # (nor what is only expected: 预计全年产值可达|54亿至56亿元; nor the year before's, read or
            # not: 发放总额比上年的|3.35亿元…，社会保险补贴占发放总额的R)
            continue
        if s.figure.value < part.figure.value:
            # smaller than the part: no whole of it, unless the nearest named exactly so in the
            # part's sentence (一般公共预算收入12.46亿元；其中税收收入13.66亿元，占一般公共预算收入的80.02%: wrong)
            # (a sentence apart, not one far smaller: a mistype makes no whole two thirds of its part, 9月当月完成
            # 公路投资103.7亿元。\n分项目类型看，高速公路完成投资498.3亿元，…，占公路投资的61.3%)
            near = part.figure.value * 2 < s.figure.value * 3
            tied = s.sentence == part.sentence or (near and _opened_on(text, s, part))
            # (or the whole of a classification opening the paragraph after it, named so by its
            # measure: 货物贸易进出口总值X。…\n从贸易方式看，一般贸易进出口Y，占进出口总值的比重为R)
            classified = not tied and near and _classified_by(text, s, part, noun)
            smaller = smaller or (s if (tied and s.fields.get("indicator") == noun) or classified else None)
            continue
        if s.fields.get("indicator") == noun and not spans_otherwise(s, part):
            return body_copy(text, earlier, _of_the_paragraphs_period(text, earlier, s, part, noun) or s)
        if s.fields.get("indicator") == noun and first is None:
            # (首九个月整体出口货值累计38,265亿港元 is no whole of 9月份输往内地的出口货值: read on, for the month's)
            first, tries = s, tries + 1
            continue
        if first is not None and spans_otherwise(first, part) and not spans_otherwise(s, part) \
                and _same_indicator(s.fields.get("indicator"), first.fields.get("indicator")):
            # (累计1至9月接单4,918.3亿美元 is no whole of 来自美国的接单 in the month's breakdown: the
            # month's 当月接单586.7亿美元 before it, named alike, is)
            first = s
        first, tries = first or s, tries + 1
        if tries >= _READ_TRIES:
            break
    return body_copy(text, earlier, first or smaller)


def _of_the_paragraphs_period(text: str, earlier: list[_Slot], named: _Slot, part: _Slot, noun: str) -> _Slot | None:
    """For a part of no period of its own, in a paragraph whose figures are of another period than ``named``
    (the whole named exactly so), the figure before it of that period whose name ends with ``noun``
    (分产品看，前三季度…。销售费用x，占营业收入的R after 第三季度…营业收入y: the nine months' 实现营业收入z)."""
    if part.figure.period or not named.figure.period:
        return None
    opens = paragraph_start(text, part.start, PHRASE_REACH)
    dated = next((s for s in reversed(earlier) if opens <= s.start < part.start and s.figure.period), None)
    if dated is None or dated.figure.period == named.figure.period:
        return None
    return next((s for s in reversed(earlier) if s.start < named.start and s.figure.period == dated.figure.period
                 and (s.fields.get("indicator") or "").endswith(noun) and s.people_alike(part)
                 and s.figure.value >= part.figure.value and s.figure.value_max is None
                 and s.fields.get("role") not in ("previous", "change", "target", "equivalent")), None)


# 上年全县桐油产业综合产值为|10.48亿元: a clause of the year before's level (not 去年, which in January
# news names the year reported on), or of the year before the one reported (2023年全县莲藕加工产值为|13.31亿元
# in a report on 2024)
_YEAR_BEFORE_CLAUSE = regex.compile(r"\s*(?:上年|上一年|前一年|(?P<year>(?:19|20)\d\d)年)(?!同期|末|底|[增减提降])")


def _a_previous_value(text: str, s: _Slot) -> bool:
    """Is ``s`` stated as the value of a period before (比上年的|x, 上年同期为|x)?"""
    return _PREVIOUS_CUE.search(text, max(0, s.start - 8), s.start) is not None


def _of_the_year_before(text: str, s: _Slot) -> bool:
    """Does the clause of ``s`` open on the year before the one reported (_YEAR_BEFORE_CLAUSE)?"""
    clause = _clause_start(text, s.start, max(s.sentence, s.start - 30))
    m = _YEAR_BEFORE_CLAUSE.match(text, clause)
    return m is not None and (not m.group("year") or year_before_reported(text, clause, m.group("year")))


# 炊具产业|出口 for 不锈钢炊具产业实现出口交货值: the kind, then the measure, an act between
_KIND_MEASURE = regex.compile(r"(?P<kind>\p{Han}{2,8}?)(?P<measure>%s)"
                              % "|".join(sorted(_MEASURE_WORDS, key=lambda w: (-len(w), w))))


def _measure_left_out(earlier: list[_Slot], s: _Slot, noun: str) -> bool:
    """Is ``noun`` the name of ``s`` with the measure its list leaves out after the first item
    (种植环节产值x，加工环节y…, 占加工环节产值的: 加工环节 is named without 产值)?"""
    return named_less_its_lists_word(s, [o for o in earlier if o.end <= s.start], noun)


def named_less_its_lists_word(s: _Slot, others: list[_Slot], name: str) -> bool:
    """Is ``name`` the name of ``s`` and then a word another figure of its list (``others``: one sentence,
    one measure) ends its longer name with, the word the list says once for all (产值 of 种植环节产值x，
    加工环节y; 纳税人 of A级纳税人x，…D级z)?"""
    own = s.fields.get("indicator") or ""
    rest = name[len(own):] if len(own) >= 2 and name.startswith(own) else ""
    return len(rest) >= 2 and any(
        o is not s and o.sentence == s.sentence and o.same_measure(s)
        and (o.fields.get("indicator") or "").endswith(rest) and len(o.fields.get("indicator") or "") >= len(rest) + 2
        for o in others)


def _kind_then_measure(indicator: str, subject: str) -> bool:
    """Does ``subject`` name a kind and its measure that ``indicator`` holds in that order, the
    measure at most an act after the kind (炊具产业出口 for 不锈钢炊具产业实现出口交货值, before a bare
    出口 of one firm's)?"""
    m = _KIND_MEASURE.fullmatch(subject)
    if m is None:
        return False
    kind = m.group("kind").removeprefix("全")  # (全产业出口: the whole industry's)
    at = indicator.find(kind) if len(kind) >= 2 else -1
    measured = indicator.find(m.group("measure"), at) if at >= 0 else -1
    return measured >= 0 and _ACT_BETWEEN.fullmatch(indicator, at + len(kind), measured) is not None


_ACT_BETWEEN = regex.compile(r"(?:实现|完成|累计)?")


def _funds_of_a_kind(indicator: str, noun: str) -> bool:
    """Does ``noun`` name funds (可使用资金) that ``indicator`` names by their kind after the same words
    (可使用公益金, 可使用基金)?"""
    return len(noun) >= 4 and noun.endswith("资金") and indicator.startswith(noun[:-2]) \
        and indicator.endswith("金") and 1 <= len(indicator) - len(noun) + 2 <= 3


def _named_without_size(indicator: str, noun: str) -> bool:
    """Is ``noun`` ``indicator`` less the size the statistics count by, or the act (集群产值 for
    集群规模以上企业实现产值: the enterprises counted are the cluster's; 项目投资额 for 项目完成投资)?"""
    short = _COUNTED_BY_SIZE.sub("", indicator)
    return short != indicator and len(short) >= 4 and short in (noun, _AMOUNT_NAMED.sub("", noun))


_COUNTED_BY_SIZE = regex.compile(r"(?<=\p{Han}{2})(?:(?:规模以上|规上)(?:工业)?(?:企业)?(?:实现|完成)?|实现|完成)(?=\p{Han}{2})")
_AMOUNT_NAMED = regex.compile(r"(?<=\p{Han}{2})(?:总额|金额|额)$")


def _qualified_otherwise(text: str, s: _Slot, noun: str) -> bool:
    """Does ``noun`` qualify the measure ``s`` is named by (新建商品房|成交金额 for 成交金额) with words of three
    characters or more that ``s``'s sentence never says (二手住宅…；成交金额41.8亿元: another market's)?"""
    named = s.fields.get("indicator") or ""
    at = noun.rfind(named) if len(named) >= 2 else -1
    qualifier = _EVERY_KIND.sub("", noun[:at]) if at > 0 and at + len(named) == len(noun) else ""
    qualifier = _WHOLE_LEAD.sub("", regex.split(r"[了的]", qualifier)[-1]).removesuffix("总")  # (占据了|公司总营收)
    return len(qualifier) >= 3 and not _CLAUSE_WORDS.search(qualifier) \
        and qualifier not in text[full_sentence_start(text, s.start):s.end]


_CLAUSE_WORDS = regex.compile(r"[将把对向为在由是从拟]|计划")  # (公司计划将|所得款项净额: words of the clause, no kind)


# (whose or when the whole is, no kind of it: 全市, 公司总营收)
_WHOLE_LEAD = regex.compile(r"^(?:全[国省市县区州镇乡]|本[市县区]|当月|当年|全年|同期|本年度|本年|今年|本期|当期|报告期|年度"
                         r"|(?:本|该)?公司|(?:本|该)?集团|全行|本行)+")


def _agreeing_named_whole(text: str, earlier: list[_Slot], part: _Slot, noun: str, whole: _Slot, rate: _Slot,
                          slots: list[_Slot], context: dict) -> _Slot:
    """``whole``, or when the rate does not agree with it, the next of ``earlier`` named
    ``noun`` (all of it: 全部学员 is 学员) that it agrees with (at most _READ_TRIES read)."""
    every = _EVERY.match(noun)
    noun = noun[every.end():] if every and len(noun) - every.end() >= 2 else noun
    tried = [whole]
    for _ in range(_READ_TRIES):
        if _agrees(Relation("share", rate.figure.id, inputs=(part.figure.id, tried[-1].figure.id)), slots, context):
            return tried[-1]
        # (not one of a value tried: the headline's 进出口486.3亿元 restated in the body is no other whole)
        other = _named_whole(text, [s for s in earlier if all(s is not t and s.figure.value != t.figure.value
                                                               for t in tried)], part, noun)
        if other is None or not other.people_alike(part) or passed_in_headline(text, other):
            break
        tried.append(other)
    return whole


# 其中…金門縣78.4萬人次…。…入境旅客31.5萬人次，占金門旅客的40.2%: a place's figure, named by the place and
# what the part measures (the place's 县 or 市 left out, or the place in an aside: 連江縣（馬祖）)
_PLACE_TAIL = regex.compile(r"(?<=\p{Han}{2})[省市县区州镇乡村]$")
_PLACE_ASIDE = regex.compile(r"[（(](\p{Han}{2,4})[）)]")
_SPAN_LEAD = regex.compile(r"^[省市县区]?(?:前三季度?|上半年|下半年|全年|今年|[一二三四]季度|\d{1,2}至\d{1,2}月)?")


def place_whole(text: str, earlier: list[_Slot], part: _Slot, noun: str) -> _Slot | None:
    """The nearest earlier figure larger than ``part``, of its measure, stated for a place the
    ``noun`` opens on, the rest of the noun the end of what ``part`` measures (金門旅客 for 金門縣x,
    when the part is 入境旅客)."""
    measured = part.fields.get("indicator") or ""
    for s in reversed(earlier):
        if s is part or not s.same_measure(part) or s.figure.value <= part.figure.value:
            continue
        named = s.fields.get("indicator") or ""
        places = [_PLACE_TAIL.sub("", named)] + _PLACE_ASIDE.findall(text, max(s.sentence, s.start - 8), s.start)
        for place in places:
            if len(place) >= 2 and noun.startswith(place):
                rest = noun[len(place):]
                rest = rest[_SPAN_LEAD.match(rest).end():]
                if len(rest) >= 2 and measured.endswith(rest):
                    return s
    return None
