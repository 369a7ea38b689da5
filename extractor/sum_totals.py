"""Which figure a breakdown's parts add up to: one a word for a total marks (合计, 累计, 共有),
one the sentence or the opener ties to the parts (在到位的市外资金中，), one read from the
context when the parts agree with it, or one a trailing 合计 gives after its parts, and
the counts of members no total stands for (其中3家企业合计…).  Split from sums.py, whose
breakdowns ask these."""
from __future__ import annotations

from decimal import Decimal

import regex

from .distributions import _stated_number
from .indicators import _LIST_BREAK, WHOLE_TAIL, _clause_start
from .period import CLASSIFIES
from .relate import (_FULL_STOP, _ITEM_BREAK, _READ_TRIES, Relation, _agrees, _changed, _read_floor, _same_indicator,
                     _Slot, _whole_of_a_share, full_sentence_start, headline_end)
from .sum_names import (_OTHERS, _common_suffix, _measure_of, _measured_otherwise, _named_apart, _named_in_parts,
                        _names_measure, _unsummable)

_CLASSIFICATION = regex.compile(CLASSIFIES)
# A figure stated as a whole: 共有会员单位288家, 总投资, 合计, 累计 (within a few characters before it).
_TOTAL_CUE = regex.compile(r"共有|共计|总计|合计|累计|总数|总额|总量|总值|总规模|总投资|总产值|总收入|全部|共")
_TOTAL_CUE_REACH = 10


def _total_cued(text: str, s: _Slot) -> bool:
    """Does a word for a total (合计, 累计, 总额…) stand right before ``s``, in its sentence?"""
    return _TOTAL_CUE.search(text, max(s.sentence, s.start - _TOTAL_CUE_REACH), s.start) is not None


_TEXT_AFTER_STOP = regex.compile(r"[^\s。！？!?]")
_AMONG_SENTENCE = regex.compile(r"\s*其中[，,：:]?[^。！？!?\n]*[。！？!?]\s*")
_AMONG_AFTER = regex.compile(r"[，,；;]\s*其中")


_DISTRIBUTED_LEVELS = regex.compile(r"分别(?![增减降升涨跌])")  # (分别减少: changes, no levels)


# What was due, the base of a coverage rather than a total of what was done (需乘车学生, 应参保人数).
DUE = regex.compile(r"(?:需要|需|应当|应)\p{Han}{2}")


def _tied(text: str, total: _Slot, opener: regex.Match, parts: list[_Slot], candidates: list[_Slot]) -> int:
    """How closely the text ties ``total`` to the parts after ``opener`` (see
    breakdowns): 2 in one sentence (or the opener hangs on it, or names it),
    1 from the sentence before or by the name the parts share, 0 not at all."""
    if total.end == opener.start():
        return 2  # 41个项目中，
    word = opener.group()
    if word.startswith("在"):  # 在到位的市外资金中: the scope it names is the total's
        return 2 if _names(total, _scope(word), text) else 0
    if _names(total, _scope(word) or opener.groupdict().get("scope") or "", text) or _named_in_parts(total, parts):
        return 2  # 税收收入中，; 高速公路投资x。分项目看，A高速公路…，B高速公路…
    gap = text[total.end:opener.start()]
    stop = _FULL_STOP.search(gap)
    if stop is None:
        return 2  # one sentence
    classed = gap[stop.end():].strip()
    if not _CLASSIFICATION.fullmatch(word) and _CLASSIFICATION.fullmatch(classed):
        # (新建少年宫46所…。从资金渠道看，分别为A 18所、B 16所和C 12所: the list a classification opens on,
        # read as that classification)
        word, gap = classed, gap[:stop.end()]
    smallest, largest = min(p.figure.value for p in parts), max(p.figure.value for p in parts)
    summed = sum(p.figure.value for p in parts)
    # (a change of the total between is no other total: 总数286.45万户，较上年末增加9.37万户。其中，…)
    # (nor a previous value, or a part of the 其中 list the total's own sentence goes on with: 总收入x，比上年的
    # y增长…；其中经营性收入w…。分来源看，…; 服务量x，…，其中门诊y、急诊z。分院区看，…)
    between = [s for s in candidates if s.same_measure(total) and total.end <= s.start and s.end <= opener.start()
               and not _changed(text, s) and s.fields.get("role") != "previous" and not (
                   s.fields.get("role") == "part" and full_sentence_start(text, s.start) <= total.start
                   and _AMONG_AFTER.search(text, total.end, s.start))
               and not _rated_over(text, s, [total])  # (nor some of the total a rate gives: 办结587件，结案率95.9%)
               # (nor a value per unit, far smaller than any part: 营业收入23.86亿元…单票收入5.79元…。分业务看，…)
               and s.figure.value * 100 >= smallest
               # (nor one smaller than a part, which no whole of them is: 共发生事故126起、死亡98人…。全年…发生较大
               # 事故2起、死亡7人…。\n分领域看，…死亡35人；…死亡56人…; unless the total is a part itself, whose
               # siblings say the parts may be of their whole: 产业类…61.8亿元；基础设施类…27.3亿元…。\n其中，…)
               and (s.figure.value >= largest or total.fields.get("role") == "part")
               and not _whole_of_a_share(text, s)  # (nor a wider whole: 占全市下达额度153.2亿元的18.7%)
               and not DUE.match(s.fields.get("indicator") or "")  # (nor what was due: 需乘车学生y after 乘坐校车学生x)
               # (nor a part of the total the parts overflow by more than a tenth: 出口1.68亿美元…。其中，脱胎漆器
               # 出口9,150万美元…。分市场看，…分别出口5,860万美元、4,320万美元、…)
               # (of a total no part itself: parts of a part, its siblings between, may be of their whole)
               and not (s.fields.get("role") == "part" and total.fields.get("role") != "part"
                        and summed * 10 > s.figure.value * 11)]
    suffix = _common_suffix([p.fields.get("indicator") or "" for p in parts])
    least = 2
    if not suffix and _DISTRIBUTED_LEVELS.search(text, opener.end(), parts[0].start):
        # (A、B、C和其他类案件罚没款分别为…: the noun the names share, written once after the last; a
        # word of three characters or more, not 投资 alone)
        suffix, least = parts[-1].fields.get("indicator") or "", 3
    name = WHOLE_TAIL.sub("", total.fields.get("indicator") or "")  # 用电客户总数: all 用电客户
    shared = next((suffix[-k:] for k in range(len(suffix), least - 1, -1) if name.endswith(suffix[-k:])), "")
    if shared:
        # 集团全年实现收益186.4亿港元…分业务看，电力业务收益…: the name the parts share
        return 0 if any((s.fields.get("indicator") or "").endswith(shared) for s in between) else 1
    measure = _measure_of(parts[0].fields.get("indicator") or "")
    if measure and _names_measure(name, measure) and not any(_names_measure(s.fields.get("indicator") or "", measure)
                                                             for s in between):
        # 100强营业收入合计1.47万亿元，入围门槛提高至36.8亿元。其中，制造业企业营收…、服务业企业…: the
        # measure the first part names is the total's, and no figure between names it
        return 1
    if not between and _act_of_parts(text, total, parts, text[opener.end():parts[0].start]):
        return 1  # 已签约2,134户，签约率达98.6%。…分地块看，A、B和C分别签约…: the act the total's rate names
    if not between and any(s.same_measure(total) and total.end <= s.start and s.end <= opener.start()
                           and _rated_over(text, s, [total]) for s in candidates):
        return 1  # (the sentences between rate some of the total over it: 已开工298个，开工率91.4%)
    # (not phases or years, which a running total may hold more of: 累计发放1.2亿元。\n分期来看，第一期…)
    if _CLASSIFICATION.fullmatch(word) and not _measured_otherwise(name, parts) and not any(p.series for p in parts) \
            and _headline_before(text, total, opener, parts, candidates):
        return 1  # 累计下达额度28.64亿元，…（a paragraph）\n分领域看，A x，B y…: the paragraph before's headline
    if not between and _CLASSIFICATION.fullmatch(word) and _AMONG_SENTENCE.fullmatch(gap, stop.end()) \
            and "\n" not in gap and total.fields.get("role") != "part":
        # 资金3,860万元…。其中，中央…、省级…、县级…。按用途分，…: another cut of the total its 其中 broke down, in
        # its paragraph (not of a class, 分商品看，出口机电产品x…。其中，…。\n分市场看，…, whose siblings the 其中 may name)
        return 1
    if _TEXT_AFTER_STOP.search(gap, stop.end()) or ("\n" in gap and not word.startswith("其中")
                                                    and _measured_otherwise(name, parts)):
        # a sentence or more between them, or a paragraph's end before a classification or a scope whose
        # parts are named by another measure: 6.白石县：到位资金71.28亿元…\n从重点项目看，A项目…总投资65亿元；
        # B项目…计划投资8亿至10亿元; 已到位资金x。\n重点项目中，A公司投资y… (but a paragraph that opens on
        # 其中 goes on with the one before)
        return 0
    return 0 if between else 1


def _headline_before(text: str, total: _Slot, opener: regex.Match, parts: list[_Slot], candidates: list[_Slot]) -> bool:
    """Does ``opener`` open its paragraph, right after the paragraph whose first figure of its
    measure is ``total`` (or after a classification of other measures only), a paragraph no classification opens (分商品看，出口机电产品x… is a part)
    and where no other figure is what ``parts`` add up to (财政总收入x。其中，税收收入y…\n分税种看，…
    breaks down y)?"""
    opens = text.rfind("\n", 0, opener.start()) + 1
    if opens == 0 or text[opens:opener.start()].strip():
        return False
    between = text.rfind("\n", total.end, opens - 1)
    if between >= 0 and (text.rfind("\n", total.end, between) >= 0 or not _CLASSIFIED.match(text, between + 1)
                         or any(s.same_measure(total) and between < s.start < opens for s in candidates)):
        # (a classification of another measure between them, of the same headline: 验收合格的大棚达2,316座，…
        # 累计兑付补助资金x。\n从资金来源看，省级财政补助y…\n分棚型看，日光温室586座、…; not a paragraph on
        # another matter, after which the headline is only read)
        return False
    before = text.rfind("\n", 0, total.start) + 1
    if total.fields.get("role") == "part" or _CLASSIFIED.match(text, before, total.start):
        return False
    summed = sum(p.figure.value for p in parts)
    # (nor a part of that paragraph's own list that could hold them, near their sum: 税收收入30.45亿元 may be
    # what 分税种看 breaks down, mistyped part or not)
    if any(s is not total and s.same_measure(total) and before <= s.start < opens
           and (s.figure.value == summed or (s.fields.get("role") == "part" and 4 * s.figure.value >= 3 * summed))
           for s in candidates):
        return False
    # (nor when the parts' own paragraph sums them after them: 分银行看，A x；B y…。上述四家银行合计发放z，
    # 占全市…的R: some of the headline's, totalled there)
    closes = text.find("\n", parts[-1].end) % (len(text) + 1)
    if any(s.same_measure(total) and parts[-1].end <= s.start < closes and s.figure.value == summed for s in candidates):
        return False
    return not any(s.same_measure(total) and before <= s.start and s.end <= total.start for s in candidates)


_CLASSIFIED = regex.compile(rf"\s*(?:{CLASSIFIES})")


def _read_total(text: str, candidates: list[_Slot], parts: list[_Slot], before: int, inputs: tuple[str, ...],
                slots: list[_Slot], context: dict, grouped: bool = False) -> _Slot | None:
    """The nearest earlier figure (see _READ_REACH) of the parts' measure, ending
    before ``before`` and not a part itself, that the parts add up to.  The parts
    must be named apart, or ``grouped`` (三方分别出资: their number is stated).  A
    figure named by a word of ``not_summable`` (每项奖励5000元) is no total."""
    if not grouped and not _named_apart(parts):
        return None  # 10个提名，9个提名: nothing says these add up to anything
    unsummable = context.get("not_summable", ())
    floor = _read_floor(text, before)
    largest = max(p.figure.value for p in parts)
    summed = sum(p.figure.value for p in parts)
    measure = _measure_named_by_all(parts) if parts[0].figure.kind == "money" else ""
    # (营业收入13.77亿元，…毛利5.26亿元…。其中，A营业收入2.91亿元，B营业收入2.35亿元: the parts' measure
    # of money stated before names their whole, past another they happen to add up to; a count is
    # often named by the act, 入库项目168个，实施142个, and says no other measure)
    named = measure and any(_ends_alike(s, measure) for s in candidates if s.end <= before and s.start >= floor
                            and s.same_measure(parts[0]) and s.figure.value > summed
                            and not any(s is p for p in parts))
    tries = 0
    for s in reversed(candidates):
        if s.end > before or any(s is p for p in parts):
            continue
        if s.start < floor or tries >= _READ_TRIES:
            break
        if named and s.fields.get("indicator") and not _ends_alike(s, measure):
            continue
        # (a part of another list only when the parts add up to it exactly: 税收收入30.45亿元，非税收入…。
        # 分税种看：增值税x；…；其余税种合计y)
        if not (s.same_measure(parts[0]) or s.people_alike(parts[0])) or s.series or s.figure.value < largest \
                or (s.fields.get("role") == "part" and s.figure.value != summed):
            continue
        if _unsummable(s.fields.get("indicator"), unsummable):
            continue
        if s.start < headline_end(text):
            continue  # (年育苗突破1.2亿株 in the headline: a rounded restatement a sum near it agrees with, no total)
        if _changed(text, s) and sum(p.figure.value for p in parts) != s.figure.value:
            continue  # (a change is the parts' sum exactly or no total of theirs: 增加0.54亿元 and 5362万 in parts)
        tries += 1
        if _agrees(Relation("breakdown", None, total=s.figure.id, inputs=inputs, mode="exhaustive"), slots, context):
            return s
    return None


def _measure_named_by_all(parts: list[_Slot]) -> str:
    """The end every part's name shares (有限公司营业收入 of A有限公司营业收入 and B有限公司营业收入),
    when every part is named."""
    names = [p.fields.get("indicator") or "" for p in parts]
    return _common_suffix(names) if all(names) else ""


def _ends_alike(s: _Slot, measure: str) -> bool:
    """Does ``s``'s name end in two characters or more of ``measure``'s end (营业收入)?"""
    return len(_common_suffix([s.fields.get("indicator") or "", measure])) >= 2


# A total stated after its parts: 合计, 合共, 总计 (not 累计, a running total, nor
# 共计, as often a product: 每年441万元，4年共计1764万元; but after two parts or more
# listed in its sentence, A x、B y，各类市场主体共计z or 两项共z, it is their total).
_TRAILING_TOTAL = regex.compile(r"(?:合计|合共|总计)\p{Han}{0,6}$")
_PART_GAP = 16  # at most this many characters between listed parts, and before the total
_SUMMED_RIGHT_AFTER = regex.compile(r"\s*[，,]\s*共计\s*")
_RATES_OF_PARTS = regex.compile(r"[，,]\s*分别(?:同比)?(?:增长|下降|提高|增加|减少|上升)了?\s*(?:[\d.]+%\s*[、和及与]\s*)*[\d.]+%")


def total_after(text: str, last: _Slot, following: list[_Slot], slots: list[_Slot]) -> _Slot | None:
    """The figure of ``last``'s measure that 合计/总计 introduces right after it (at most _PART_GAP
    characters, in its sentence), or that the next sentence sums the list with."""
    k = next((k for k, s in enumerate(following) if s is last), None)
    for after in (s for s in following[k + 1:] if s.same_measure(last)) if k is not None else ():
        # (the parts' rates may stand between: …分别为a、b和c，分别增长p、q和r，三者合计t)
        rates = _RATES_OF_PARTS.match(text, last.end, after.start)
        # (past a ；, when the total opens the next item: A x，年增p；B y，年增q；两者合计t)
        if (after.sentence != last.sentence and _FULL_STOP.search(text, last.end, after.start)) \
                or after.start - (rates.end() if rates else last.end) > _PART_GAP:
            break
        if _trailing_cued(text, after, slots) or _SUMMED_RIGHT_AFTER.fullmatch(text, last.end, after.start):
            return after  # (其中A x、B y，共计z: 共计 right after the parts sums them)
        # (the list may go on past a comma before the total: A x、B y、C z，D w，四大品项合计t)
        if _ITEM_BREAK.search(text, last.end, after.start):
            return None
        last = after
    # (or the next sentence sums them: …分别发放x、y。上述四家银行合计发放z)
    then = next((s for s in slots if s.start >= last.end and s.same_measure(last)), None)
    return then if then is not None and _SUMMED_ABOVE.fullmatch(text, last.end, then.start) else None


# 上述四家银行合计发放|: the members named before, counted, summed in the sentence after them
SUMMED_ABOVE = (r"(?:上述|以上|前述)(?P<n>[两二三四五六七八九十\d]{1,3})[个家项所类座户名位条笔]\p{Han}{0,8}"
                r"(?:合计|合共|总计|共计)\p{Han}{0,6}?(?:为|达到?)?")
_SUMMED_ABOVE = regex.compile(r"[。；;]\s*" + SUMMED_ABOVE)


def _trailing_cued(text: str, s: _Slot, slots: list[_Slot]) -> bool:
    """Does 合计/合共/总计 introduce ``s`` in its clause (，总计91.8亿元), not as the total
    of the rest (其他各税合计3.85亿元, a part)?"""
    clause = _clause_start(text, s.start, max(s.sentence, s.start - 12))
    cue = _TRAILING_TOTAL.search(text, clause, s.start)
    # (nor members counted, each given an amount, then summed: 对4家…每家奖励500万元，合计2,000万元, one part)
    return cue is not None and not _rest_before(text, s, cue) and not _members_summed(text, s, cue, slots) \
        and not _EACH_THEN_SUMMED.search(text, max(s.sentence, s.start - 40), s.start) \
        and merged_members(text, s, cue, slots) is None and not _unlisted_members(text, s, cue) \
        and not _NAMES_LISTED.search(text, max(s.sentence, cue.start() - 30), cue.start()) \
        and not _RATE_TIMES.search(text, max(s.sentence, cue.start() - 16), cue.start()) \
        and not _LEVEL_SUMMED.match(text, clause) and not _counted_then_summed(text, s, cue, slots)


def _counted_then_summed(text: str, s: _Slot, cue: regex.Match, slots: list[_Slot]) -> bool:
    """Does an amount's cue follow a count of its sentence right before it, across a comma
    (A公司承投3份，合共9.84亿港元: the value of the items counted, one part of a list)?"""
    counted = next((t for t in reversed(slots) if t.end <= cue.start() and t.start >= s.sentence), None)
    # (not a count of all the items before: A x、B y，共2个项目，合计z)
    return counted is not None and counted.figure.kind == "count" and s.figure.kind == "money" \
        and text[counted.end:cue.start()].strip() in ("，", ",") and not _total_cued(text, counted)


# 第一类x、第二类y，|第四类及第五类（…）个案|合共z: two members joined, named before the cue
_JOINED_MEMBERS = regex.compile(r"\s*(?P<a>[^，,。；;、及和与（()）\d]{2,10}?)(?:及|和|与)(?P<b>[^，,。；;、及和与（()）\d]{2,10}?)"
                                r"(?:[（(][^（()）]{1,16}[）)])?\p{Han}{0,4}")


def _unlisted_members(text: str, s: _Slot, cue: regex.Match) -> bool:
    """Does ``s``'s clause sum two members joined before its cue that its sentence has not named
    before (第一类x、第二类y、第三类z，第四类及第五类个案合共w: one more part, not the list's total)?"""
    clause = max(text.rfind(mark, s.sentence, cue.start()) for mark in "，,；;") + 1  # (past the brackets' 及)
    m = _JOINED_MEMBERS.fullmatch(text, clause, cue.start()) if clause > s.sentence else None
    return m is not None \
        and not any(name in text[s.sentence:clause] for name in (m.group("a"), m.group("b")))


# 省档案馆完成x，|各市级档案馆合计完成|y: the bodies of one level summed, one part of a list by level
_LEVEL_SUMMED = regex.compile(r"\s*各[省市县区乡镇村]级")


# 市本级发放x，|7个县（市、区）|合计发放y: members counted before the cue, more of them than the
# figures of its measure listed before in the sentence: their sum is one part, no total of the list.
# (or some named before the count: A公司、B公司等|41家社会运营商|合计完成投资y; or places counted with
# no classifier: 主城三区成交x；…；|四县（市）|合计成交y)
_MEMBERS = regex.compile(r"(?<=[，,；;：:]\s{0,2}|等)(?P<n>\d{1,3}|[两二三四五六七八九十]{1,3})(?:[个家所]|(?=[县区市乡镇]))\p{Han}{1,6}"
                         r"(?:[（(][^（()）]{1,8}[）)])?$")


def _members_summed(text: str, s: _Slot, cue: regex.Match, slots: list[_Slot]) -> bool:
    """Do members counted before the cue sum into ``s`` as one part (see _MEMBERS)?"""
    members = _MEMBERS.search(text, max(s.sentence, cue.start() - 16), cue.start())
    if members is None:
        return False
    n = _stated_number(members.group("n") + "个") or 0
    return n > sum(1 for t in slots if s.sentence <= t.start < members.start() and t.same_measure(s))


# 大型矿山6家、中型矿山15家、小型矿山26家，大中型矿山合计21家: a total named by two sizes merged,
# opening its clause, is of the parts named by each size, not of the list.
_MERGED_SIZES = regex.compile(r"(?P<a>[特大中小微])(?P<b>[大中小微])型(?P<tail>\p{Han}{0,8}?)(?:共|总共|一共)?$")


def merged_members(text: str, s: _Slot, cue: regex.Match, slots: list[_Slot]) -> list[_Slot] | None:
    """The two figures of ``s``'s sentence, before it and of its measure, that the sizes merged
    in the name before its cue name (大中型矿山合计: 大型矿山 and 中型矿山), if both are there."""
    clause = _clause_start(text, cue.start(), max(s.sentence, cue.start() - 16))
    m = _MERGED_SIZES.fullmatch(text, clause, cue.start())
    if m is None or m.group("a") == m.group("b"):
        return None
    names = [size + "型" + m.group("tail") for size in (m.group("a"), m.group("b"))]
    named = [next((t for t in slots if s.sentence <= t.start and t.end <= clause and t.same_measure(s)
                   and t.fields.get("indicator") == name), None) for name in names]
    return named if all(named) else None


_HAN_ONLY = regex.compile(r"\p{Han}+")


def kinds_named_before(text: str, s: _Slot, cue: regex.Match, slots: list[_Slot]) -> list[_Slot] | None:
    """The figures of the full sentence right before ``s``'s, of its measure, named as kinds of the name
    a sentence opening on it gives before its cue (海水养殖产值x，淡水养殖产值y，海洋捕捞产值z。|养殖产值合计t:
    海水养殖产值 and 淡水养殖产值), two at least, and no other figure there named so."""
    if s.sentence == 0 or _clause_start(text, cue.start(), max(s.sentence, cue.start() - 16)) != s.sentence:
        return None
    name = text[s.sentence:cue.start()].strip()
    if len(name) < 3 or not _HAN_ONLY.fullmatch(name):
        return None
    before = full_sentence_start(text, s.sentence - 1)
    kinds = [t for t in slots if before <= t.start and t.end <= s.sentence and t.same_measure(s)
             and t.fields.get("role") in (None, "actual", "part") and len(t.fields.get("indicator") or "") > len(name)
             and (t.fields.get("indicator") or "").endswith(name)]
    return kinds if len(kinds) >= 2 else None


def _rest_named(text: str, s: _Slot) -> bool:
    """Does the rest (其他, 其余) open the list item of ``s`` (其余创投、投信等子公司合计贡献|2.8亿元)?"""
    return _OTHERS.search(text, _clause_start(text, s.start, max(s.sentence, s.start - 24), _LIST_BREAK), s.start) is not None


# A、B等|41家社会运营商合计完成投资: members named, then counted.
_MEMBERS_COUNTED = regex.compile(r"等\d{1,4}[家个所名位户]")


def _members_counted(text: str, s: _Slot) -> bool:
    """Are members named and counted in the list item of ``s`` (A、B等41家社会运营商合计完成投资|10.67亿元):
    its 合计 then sums them into one part."""
    return _MEMBERS_COUNTED.search(text, _clause_start(text, s.start, max(s.sentence, s.start - 40), _LIST_BREAK),
                                   s.start) is not None


# 对4家新上市企业每家奖励500万元，合计|2,000万元: members counted, each given an amount, then summed.
_EACH_THEN_SUMMED = regex.compile(r"\d{1,4}[家个所名位户]\p{Han}{0,12}每[家个所名位户人]\p{Han}{0,8}?[\d.,]+[万亿]?元"
                                  r"[，,]\s*(?:合计|共计|总计)\s*$")


def _rest_before(text: str, s: _Slot, cue: regex.Match) -> bool:
    """Does the rest (其他, 其余) open the clause of the total cue before ``s``: 其他各税合计3.85亿元,
    其余9个在建项目合计完成投资68.6亿元 are parts, no totals?  (The rest may name its members:
    其余创投、投信等子公司合计贡献2.8亿元.)"""
    opens = _clause_start(text, cue.start(), max(s.sentence, cue.start() - 24), _LIST_BREAK)
    if opens > 0 and text[opens - 1] in "）)":
        # (其余4个县（市）合计: past an aside in the rest's name)
        bracket = max(text.rfind("（", max(0, opens - 12), opens), text.rfind("(", max(0, opens - 12), opens))
        if bracket > 0:
            opens = _clause_start(text, bracket, max(s.sentence, bracket - 16), _LIST_BREAK)
    return _OTHERS.search(text, opens, cue.start()) is not None


# 一次性补贴每亩23.5元，|合计1,710.8万元: a rate per unit, then the item's amount, no total of a list.
_RATE_TIMES = regex.compile(r"每\p{Han}{1,3}[\d.,]+元[，,]\s*$")
# 滨江区、临港区两个结对区|合计0.61亿元: members named, no figures, summed into one part.
_NAMES_LISTED = regex.compile(r"(?<=[，,；;：:])[^\d，,；;。：:]*、[^\d，,；;。：:]*$")
_CEILING = regex.compile(r"(?:以内|之内)$")
_CEILING_NAME = regex.compile(r"(?:限额|上限|控制数)$")


# Between a figure and the 其中 that breaks it down: nothing but a comma, or its rate (非车险保费收入21.33亿元，
# 同比增长17.6%，其中…), its share (公共管护支出516.8万元，占13.4%，其中…) or a rate named after it (已开工（含续建）
# 97个，开工率75.8%，其中…).
_HANGS_ON = regex.compile(r"\s*[，,（(]?\s*(?:(?:(?:同比|比上年|较上年|比去年|较去年|按年)?(?:增长|下降|增加|减少|上升|下跌|上涨|回落)"
                        r"|占(?:比|\p{Han}{1,12}?的(?:比重|比例)?)?(?:为|达)?|\p{Han}{1,3}率(?:为|达)?)-?\d+(?:\.\d+)?%[，,]\s*)?")
# (硕士及以上学历人才3,100名，占入住人才的24.6%，|包括博士386名、硕士2,714名: a share of a whole named between)


def _likely_total(text: str, earlier: list[_Slot], parts: list[_Slot], opener: str, start: int) -> _Slot | None:
    """The earlier figure the list breaks down: the one the opener hangs on
    (41个项目中，), else the nearest whose indicator agrees with the list, named in
    the opener (在到位的市外资金中) or ending like the parts (收益 for 电力业务收益,
    煤炭贸易业务收益), else the nearest.  A total is not smaller than a part, unless
    its clause states it as the whole (共有288家，其中…368家; 进出口总值…, 从贸易方式看…) or 其中
    hangs right on it, the parts summing to no more than half of it again: then the text is
    wrong, and the check says so instead of finding no claim."""
    largest = max(p.figure.value for p in parts)
    summed = sum(p.figure.value for p in parts)
    # (a classification's parts add up to no part of an earlier list far smaller than their sum: 补助资金
    # 5.86亿元。其中，中央财政补助资金3.94亿元…\n从资金用途看：A 2.68亿元；B 1.57亿元；…, of the 5.86)
    classifies = _CLASSIFICATION.fullmatch(opener) is not None
    fits = [s for s in earlier if s.figure.value >= largest
            and not (classifies and s.fields.get("role") == "part" and 4 * s.figure.value < 3 * summed)]
    # (债务余额68.37亿元，控制在限额72.5亿元以内，其中…: a ceiling bounds the total, it is none)
    fits = [s for s in fits if not _CEILING.search(s.figure.text) and not _CEILING_NAME.search(
        s.fields.get("indicator") or "")] or fits
    if not fits:
        # Only openers that break down the whole (其中, 从…看, 按…分); 十大岗位中 or
        # 在X中 name a scope of their own, whose parts need not fit any earlier figure.
        # Bare numbers (the number kind) carry no unit to tie them to a whole.
        if parts[0].figure.kind == "number" or (opener != "其中" and opener.rstrip("，,：:").endswith("中")):
            return None
        if opener == "其中" and _HANGS_ON.fullmatch(text, earlier[-1].end, start) \
                and 2 * summed <= 3 * earlier[-1].figure.value:
            return earlier[-1]  # (新增燃气用户9.42万户，其中居民用户9.51万户、…: the whole 其中 hangs on, a part mistyped)
        stated = [s for s in earlier if _total_cued(text, s)]
        return stated[-1] if stated else None
    if fits[-1].end == start or (opener == "其中" and _HANGS_ON.fullmatch(text, fits[-1].end, start)):
        return fits[-1]  # (已开工97个，开工率75.8%，其中新开工项目23个、续建项目74个: of the 97, not the 128 named so)
    if opener[:1] in "从按分以" and _CLASSIFICATION.fullmatch(opener):
        # 已实现就业14718人，就业率96.0%。从就业渠道看，…: the figure whose name opens the noun classified
        # (就业渠道), though a rate puts it over another
        named_by = next((s for s in reversed(fits) if len(s.fields.get("indicator") or "") >= 2
                         and opener[1:].startswith(s.fields.get("indicator"))), None)
        if named_by is not None:
            return named_by
        # 应参检1,286家，实际参检1,217家，参检率94.6%。分类型看，参检的社会团体468家…: the figure whose name
        # the first part's words open on, with 的
        lead = text[start + len(opener):parts[0].start]
        named_by = next((s for s in reversed(fits) if len(name := _DONE_LEAD.sub("", s.fields.get("indicator") or "")) >= 2
                         and lead.startswith(name + "的")), None)
        if named_by is not None:
            return named_by
        # 受理各类案件96,548件…；审结、执结91,387件…。分类型看，审结刑事案件…: the figure whose ；-item says
        # the act the first part opens on
        # (after the subject, 全市法院|审结刑事案件)
        act = _ACT_LEAD.search(lead[:12])
        acted = next((s for s in reversed(fits) if act.group() in text[max(s.sentence, s.start - 16):s.start]),
                     None) if act is not None else None
        if acted is not None:
            return acted
    if opener != "其中":
        # (but the figure whose act the parts name is theirs: 累计核销消费券2889万元，核销率96.3%。从券种看，
        # A、B…分别核销x、y…)
        lead = text[start + len(opener):parts[0].start]
        fits = [s for s in fits if not _rated_over(text, s, fits) or _act_of_parts(text, s, parts, lead)] or fits
    named = _scope(opener)
    if named:
        for s in reversed(fits):
            if _same_indicator((s.fields.get("indicator") or "").replace("的", ""), named) or _names(s, named, text):
                return s
    exact = [s for s in fits if s.figure.value == summed]
    if classifies and len(exact) == 1 and full_sentence_start(text, exact[0].start) == full_sentence_start(text, fits[-1].start):
        # (贷款余额102.36亿元…；全年累计投放乡村振兴贷款128.6亿元…。分用途看，A贷款x，B贷款y…: of two figures in one
        # sentence, the one the classification adds up to exactly; a mistyped part rarely makes another's sum)
        return exact[0]
    suffix = _common_suffix([p.fields.get("indicator") or "" for p in parts])
    for k in range(len(suffix), 1, -1):  # the longest shared ending first
        for s in reversed(fits):
            if (s.fields.get("indicator") or "").endswith(suffix[-k:]):
                return s
    # (共有酒店场所148间，提供客房45,126间。按类别划分，五星级酒店42间…，另有公寓47间: no common ending, the
    # nearest whose name holds what the first part's ends with, when the nearest does not)
    head = (parts[0].fields.get("indicator") or "")[-2:]
    if classifies and len(head) == 2 and head not in (fits[-1].fields.get("indicator") or ""):
        return next((s for s in reversed(fits) if head in (s.fields.get("indicator") or "")), fits[-1])
    return fits[-1]


_DONE_LEAD = regex.compile(r"^(?:实际|已经|已|累计)")
_WHO = frozenset(("户", "农户", "家庭", "企业", "单位", "项目", "人员", "群众", "居民"))
_ACT_LEAD = regex.compile(r"审结|受理|办结|执结|新收|收案|结案|立案|查处|核发|新增|新签约?|签约|开工|竣工")
_ARRIVED = regex.compile(r"(?<=\p{Han}{2})(?:到位|到账)$")
_MONEY_OF = regex.compile(r"(?<=\p{Han}{2})(?:资金|金额|额|款)$")
# 立案查处案件612件；已办结案件587件，结案率95.9%。按领域分，…: a figure that a rate right after it
# gives over an earlier one is some of that one, which a classification after them breaks down.
_RATE_AFTER = regex.compile(r"[，,]\s*\p{Han}{0,4}?(?P<act>\p{Han}{1,2})率(?:为|达到|达)?\s*(?P<rate>\d{1,3}(?:\.(?P<places>\d{1,2}))?)%")


def _act_of_parts(text: str, s: _Slot, parts: list[_Slot], lead: str = "") -> bool:
    """Do all the parts name the act whose rate follows ``s`` (核销 of 核销率), or does the ``lead`` of
    their list (北地块、中地块和南地块分别签约|812户…)?"""
    m = _RATE_AFTER.match(text, s.end)
    act = m.group("act") if m is not None else ""
    return len(act) == 2 and (act in lead or all(act in (p.fields.get("indicator") or "") for p in parts))


def _rated_over(text: str, s: _Slot, fits: list[_Slot]) -> bool:
    """Is ``s`` the numerator of the rate right after it over an earlier figure of ``fits``?"""
    m = _RATE_AFTER.match(text, s.end)
    if m is None:
        return False
    half = Decimal(5) / 10 ** (len(m.group("places") or "") + 1)
    return any(t.end <= s.start and t.figure.value > max(s.figure.value, 0)
               and abs(s.figure.value * 100 / t.figure.value - Decimal(m.group("rate"))) <= half for t in fits)


def _scope(opener: str) -> str:
    """What an opener ending 中 or 方面 names: 在到位的市外资金中， -> 到位市外资金, 税收收入中， -> 税收收入
    (目中， of 项|目中， names nothing)."""
    if opener[-1:] not in "，,：:" or not (opener[-2:-1] == "中" or opener[-3:-1] == "方面"):
        return ""
    named = opener.replace("的", "")[:-3 if opener[-3:-1] == "方面" else -2]  # (出口量方面，)
    named = named[1:] if named.startswith("在") else named
    return named if len(named) >= 2 else ""


_ASPECT = regex.compile(r"(?:结构|构成|分布)$")
_STOCK_WORDS = regex.compile(r"^(?:各项|全部|全)|(?:余额|总额|总量|规模)$")


def _names(total: _Slot, scope: str, text: str = "") -> bool:
    """Does an opener's scope name the total: as its indicator ends, or opens before what
    it measures (人身险中， for 人身险保费收入)?  A count is named by what it counts too
    (25名听证参加人…。参加人中，), and, given the ``text``, one with no indicator by the act its
    clause says (已签约户中， for 已签约2,134户)."""
    if not scope:
        return False
    named = (total.fields.get("indicator") or "").replace("的", "")
    if text and not named:
        said = text[_clause_start(text, total.start, max(total.sentence, total.start - 12)):total.start].strip()
        # (签约农户中， for 已签约13105户: the act done, then who it was done by)
        done = _DONE_LEAD.sub("", said)
        return len(said) >= 2 and (scope in (said, said + (total.figure.unit or ""))
                                   or (len(done) >= 2 and scope.startswith(done) and scope[len(done):] in _WHO))
    # (or by the head of the scope's name: 实际开支中， for 开支, the total's name stripped of 实际)
    if named.endswith(scope) or named.startswith(scope) or (len(named) >= 2 and scope.endswith(named)):
        return True
    # (已拨付资金中， for 已拨付2860万元: the money of the act, done)
    # (补偿资金中， for 发放退出补偿款: 款 is money too)
    # (实缴资金中， for 实缴到位32.6亿元: the money paid in, its arrival said)
    bare = _DONE_LEAD.sub("", _MONEY_OF.sub("", scope))
    if len(bare) >= 2 and len(named) >= 2 and (named.endswith(bare) or bare.endswith(named)
                                               or _MONEY_OF.sub("", named).endswith(bare)
                                               or _ARRIVED.sub("", named).endswith(bare)):
        return True
    # (贷款结构方面， for 各项贷款余额: the structure of what the total measures, its stock)
    core = _ASPECT.sub("", scope)
    if core != scope and len(core) >= 2 and _STOCK_WORDS.sub("", named) == core:
        return True
    # (年末会员中， for 协会会员单位…增加到213家: the members at the end of the span, as the total's name holds them)
    dated = _SPAN_END.match(scope)
    if dated is not None and len(scope) - dated.end() >= 2 and scope[dated.end():] in named:
        return True
    # (but not a count of a wider noun: 迎来移民12.9万人…。在离境的移民中，)
    counted = (total.figure.of or "").replace("的", "")
    return counted.endswith(scope) or counted.startswith(scope) or (bool(text) and _act_and_head(total, scope, text, (named, counted)))


_SPAN_END = regex.compile(r"年末|年底|期末|月末|月底|季末")


_CLAUSE_END = regex.compile(r"[，,。；;！？!?\n]")


def _act_and_head(total: _Slot, scope: str, text: str, names: tuple[str, ...]) -> bool:
    """Does ``scope`` name the total by an act its clause says and the head of its name (落成单位中，
    for 年内共有14,286个公营房屋单位落成 or 落成公营房屋单位14,286个)?"""
    end = _CLAUSE_END.search(text, total.end, total.end + 24)
    clause = text[_clause_start(text, total.start, max(total.sentence, total.start - 24)):end.start() if end else total.end]
    return any(len(scope) - cut >= 2 and scope[:cut] in clause and any(n.endswith(scope[cut:]) for n in names if n)
               for cut in range(2, len(scope) - 1))
