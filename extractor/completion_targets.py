"""The targets completion rates are measured against (completions.py): a figure stated as a
target before the rate (目标, 计划, 任务, 预算, 预计 in its clause; a project's 总投资), one stated
right after it, one set for the year elsewhere, and what ties a target to its claim."""
from __future__ import annotations

import regex

from .indicators import _clause_start, _strip_words
from .period import OPENS_BREAKDOWN
from .relate import (_FULL_STOP, _LAST_SEMICOLON, _SENTENCE_END, _TARGET_WORD, _THEN_ACTUAL, _same_indicator,
                     _Slot, headline_end)

_OPENS_BREAKDOWN = regex.compile(OPENS_BREAKDOWN)  # 其中, 分产业看: the parts of a whole follow

# 年度預計落成公營房屋18,960個單位…；已落成8,420個單位，完成全年目標的44.4%: what is expected for the
# year is the target a completion rate is of (only here, where a rate of a target is claimed)
_EXPECTED = regex.compile(r"预计")
_LISTED_AS = regex.compile(r"分别(?:为|是)")


def _only_expected(text: str, s: _Slot) -> bool:
    """Is ``s`` stated as expected (预计), in no other words of a target?"""
    clause = text[_clause_start(text, s.start, max(s.sentence, s.start - 30)):s.start]
    return s.fields.get("role") != "target" and _EXPECTED.search(clause) is not None and not _TARGET_WORD.search(clause)


_TARGET_SPAN = regex.compile(r"年度|全年|年初|今年|原定|原订")  # 年度目标60亿元 names nothing but the target


_TARGET_REACH = 600  # a target stated for the year is read back this far


_TARGET_NEAR = 120  # a target close by that names nothing else (年度任务为50亿元) is the claim's


# A target stated right after its completion rate, naming nothing else: ，目标任务为2,000人,
# （县定目标24亿元）
# (为年初预算的105.0%，年初预算为1,200万元: a budget too)
# (（调整预算为119.46亿元）: an adjusted budget too)
_TARGET_RIGHT_AFTER = regex.compile(r"(?:[，,]\s*{set_by}(?:目标任务|目标|任务|计划|调整后?的?预算|预算)(?:数)?(?:为|是)"
                                    r"|[（(]\s*{set_by}(?:目标任务|目标|任务|计划|调整后?的?预算|预算)(?:数)?(?:为|是)?)\s*"
                                    .replace("{set_by}", r"(?:年度|全年|今年|年初|原定|原订|[省市县区镇乡]定|[省市县区]下达的?)?"))


_WHOLE_INVESTMENT = regex.compile(r"总投资(?:为|达|约|共)?\s*$")
# 投资3.6亿元|建设的…项目已完成投资2.7亿元: what a project is built with, the investment planned for it
_INVESTED_TO_BUILD = regex.compile(r"\s*(?:建设|新建|兴建|建成|实施|打造|改造|扩建)的")


def _whole_investment(text: str, s: _Slot) -> bool:
    """Is ``s`` stated as a project's whole investment (项目总投资|6.8亿元)?"""
    return _WHOLE_INVESTMENT.search(text, _clause_start(text, s.start, max(s.sentence, s.start - 30)), s.start) is not None


# 为年度计划投资的R: the investment of the projects a plan takes in (纳入…计划的项目…，总投资x)
_PLAN_INVESTMENT = regex.compile(r"计划总?投资")
_IN_PLAN = regex.compile(r"(?:纳入|列入|列为)\p{Han}{0,8}?计划")


def plan_investment(text: str, s: _Slot, claim: str) -> bool:
    """Is ``s`` the whole investment of the projects a plan takes in (纳入年度改造计划的项目共46个，总投资|5.82亿元),
    for a claim of the plan's investment (为年度计划投资的)?"""
    return _PLAN_INVESTMENT.search(claim) is not None and _whole_investment(text, s) \
        and _IN_PLAN.search(text, s.sentence, s.start) is not None


def built_with(text: str, s: _Slot) -> bool:
    """Is ``s`` what a project is built with (投资|3.6亿元|建设的…项目)?"""
    return text.endswith("投资", 0, s.start) and _INVESTED_TO_BUILD.match(text, s.end) is not None


def _worded_as_claimed(text: str, target: _Slot, claim: str) -> bool:
    """Does the clause of ``target`` word it as the claim does (计划总投资|9.86亿元 for 占计划总投资的)?"""
    clause = text[_clause_start(text, target.start, max(target.sentence, target.start - 30)):target.start]
    worded = clause.strip(" \u3000，,、；;：:")
    # (年度计划总投资|3.28亿元 for 完成年度计划投资的: 总 may come and go)
    return len(worded) >= 4 and _TARGET_WORD.search(worded) is not None \
        and (worded in claim or worded.replace("总", "") in claim.replace("总", ""))


# 完成概算的, 完成批复投资的, 完成承诺总额的: the plan the claim names, as its figure's clause names it
# (工程总投资概算|4.86亿元, 批复总投资|3.65亿元, 承诺投资总额|1,192亿元: 总 and 投资 may come and go)
_CLAIMED_PLAN = regex.compile(r"(?:完成|达成|为|是|达到?)(?P<noun>\p{Han}{2,8}?)的\s*$")
_PLAN_NOUN = regex.compile(r"概算|批复|核准|承诺|预算")
# (not 一般公共预算|收入, 预算内|投资: budget words in a measure's name)
_BUDGET_MEASURE = regex.compile(r"预算(?:收入|支出|内|外)")
# (财政安排补贴资金1.25亿元，实际兑付1.18亿元，为预算的94.4%: what public finance arranges is its budget)
_BUDGET_ARRANGED = regex.compile(r"(?:财政|预算)\p{Han}{0,4}?安排|安排\p{Han}{0,8}?(?:资金|经费)")
_LOOSE_WORDS = regex.compile(r"总|投资")


def named_as_claimed(text: str, target: _Slot, claim: str) -> bool:
    """Does the claim name a plan (概算, 批复投资, 承诺总额, 预算) that ``target``'s clause names too, 总 and 投资
    aside (工程总投资概算|4.86亿元 for 完成概算的; a budget as public finance arranges it, 财政安排…资金|1.25亿元
    for 为预算的), or name what it is done against as ``target`` is named (完成协议采购量的: 协议采购量为|2.8万套)?"""
    m = _CLAIMED_PLAN.search(claim)
    if m is not None and m.group().startswith(("完成", "达成")) and len(m.group("noun")) >= 3 \
            and (target.fields.get("indicator") or "").endswith(m.group("noun")):
        return True  # 协议采购量为2.8万套，…，完成协议采购量的: what the claim is done against, by its whole name
    if m is None or _PLAN_NOUN.search(m.group("noun")) is None:
        return False
    noun = _LOOSE_WORDS.sub("", m.group("noun"))
    clause = text[_clause_start(text, target.start, max(target.sentence, target.start - 30)):target.start]
    if noun == "预算":
        return _BUDGET_ARRANGED.search(clause) is not None and _BUDGET_MEASURE.search(clause) is None
    return len(noun) >= 2 and noun in _LOOSE_WORDS.sub("", clause)


def _stated_target(text: str, slots: list[_Slot], i: int, actual: _Slot, claim: str = "") -> _Slot | None:
    """The nearest figure before the rate ``slots[i]`` (within _TARGET_REACH
    characters), else in the sentence after it, of the actual's measure, stated
    as a target (目标, 计划, 任务, 预算 or 预计 in its clause before it, or cast as one:
    …的任务 after it) for what the actual measures (its indicator, target words
    dropped, ends with the actual's).  Close by (_TARGET_NEAR), a clause that names
    nothing but the target (年度任务为50亿元), or an actual that names nothing
    (实际完成56亿元), will do; so will one whose clause words the target as the ``claim`` does
    (计划总投资9.86亿元 for 占计划总投资的, paragraphs back)."""
    name = actual.fields.get("indicator")
    stop = _SENTENCE_END.search(text, slots[i].end)
    stop = _SENTENCE_END.search(text, stop.end()) if stop else None
    stop = stop.start() if stop else len(text)
    following = [s for s in slots[i + 1:i + 6] if s.end <= stop and "\n" not in text[slots[i].end:s.start]]
    near = None
    head_end = headline_end(text)  # (a headline restates the body: 资助计划首年受惠长者逾3.2万人次 is no target)
    for s in _reach_back(slots, i, actual.start - _TARGET_REACH, following):
        if s is actual or not s.same_measure(actual) or s.start < head_end <= actual.start:
            continue
        clause = text[_clause_start(text, s.start, max(s.sentence, s.start - 30)):s.start]
        if s.fields.get("role") not in (None, "target") and not (
                s.fields.get("role") == "total" and _TARGET_WORD.search(clause)):
            continue  # (年度计划总投资3.28亿元。从资金来源看，…: a planned whole its sources add up to is a target still)
        if "总投资" in claim and _whole_investment(text, s):
            return s  # 总投资6.8亿元…，累计完成投资5.92亿元，完成总投资的87.1%: the project's whole investment
        if s.end <= actual.start and plan_investment(text, s, claim):
            return s  # 纳入年度改造计划的项目共46个，总投资5.82亿元。…为年度计划投资的82.5%
        if name and name.endswith("投资") and s.end <= actual.start and s.sentence == actual.sentence \
                and built_with(text, s):
            return s  # 投资4.2亿元建设的…项目已完成投资2.94亿元，完成计划的70.0%
        if s.end <= actual.start and named_as_claimed(text, s, claim):
            return s  # 工程总投资概算4.86亿元，…累计完成投资4.12亿元，完成概算的84.8%
        if s.fields.get("role") != "target" and not _TARGET_WORD.search(clause) and not _only_expected(text, s) \
                and not _planned_list(text, s, clause):
            continue
        opens = max(s.sentence, s.start - 40)
        listed = _LISTED_AS.search(text, opens, s.start)
        if listed is not None and not _TARGET_WORD.search(text, opens, listed.start()) and s.fields.get("role") != "target":
            continue  # 分别为公屋及绿表置居计划单位14,230个和…4,370个: an item of a list, 计划 in its name
        if s.end <= actual.start and _parallel_items(text, slots, s, actual):
            continue
        if s.end <= actual.sentence and _OPENS_BREAKDOWN.search(text, actual.sentence, actual.start):
            continue  # 年度计划投资612.8亿元…。其中，产业项目…完成投资386.5亿元: a part's target is its own
        stated = _strip_words(_TARGET_SPAN.sub("", _TARGET_WORD.sub("", clause)))
        if name and (stated.endswith(name) or _same_indicator(s.fields.get("indicator"), name)):
            return s
        if _worded_as_claimed(text, s, claim):
            return s
        if abs(s.start - actual.start) <= _TARGET_NEAR and (not name or len(stated) < 2):
            return s
        if abs(s.start - actual.start) <= _TARGET_NEAR and near is None:
            # 全年招商引资任务为80亿元。…到位资金72亿元，完成全年任务的90%: named otherwise, the
            # nearest target of the measure close by, when nothing named as the actual is (the
            # caller checks that the rate agrees)
            near = s
    return near


def _planned_list(text: str, s: _Slot, clause: str) -> bool:
    """Is ``s`` (whose ``clause`` opens after a 、) an item of a list a target word opens
    (计划新设子基金12支、新增认缴规模|60亿元: 计划 governs both)?"""
    opens = s.start - len(clause)
    if text[opens - 1:opens] != "、":
        return False
    wide = _WIDE_BREAK.search(text, max(s.sentence, s.start - 40), opens)
    return _TARGET_WORD.search(text, wide.end() if wide else max(s.sentence, s.start - 40), opens) is not None


_WIDE_BREAK = regex.compile(r"[，,。！？!?；;：:\n]", flags=regex.REVERSE)


def _parallel_items(text: str, slots: list[_Slot], a: _Slot, b: _Slot) -> bool:
    """Do ``a`` and the later ``b`` sit in ；-items that each open on a count of their own
    (省重点项目9个，年度计划投资31.5亿元…；市重点项目23个，已完成投资44.6亿元…)?  Then
    each item is about its own things: the one's target is not the other's."""
    semi = _LAST_SEMICOLON.search(text, a.end, b.start)
    if semi is None or "\n" in text[a.end:b.start]:
        return False  # (items of one paragraph: a ；-list in the paragraph between is none of theirs)
    floor = max(a.sentence, a.start - _ITEM_REACH)
    first = _LAST_SEMICOLON.search(text, floor, a.start)
    first = first.end() if first else floor
    own = beside = False  # a count in a's item before it; one in b's item before b
    index = slots.index_by_id()
    for k in range(index[b.figure.id] - 1, -1, -1):  # (back from b to a's item only)
        s = slots[k]
        if s.start < first:
            break
        if s.figure.kind == "count":
            own = own or s.start < a.start
            beside = beside or s.start >= semi.end()
    return own and beside


_ITEM_REACH = 200  # how far back a ；-item's start is looked for


def _target_right_after(text: str, slots: list[_Slot], i: int, actual: _Slot) -> _Slot | None:
    """完成目标任务的107%，目标任务为2,000人: the target the rate ``slots[i]`` states right
    after it, naming nothing else, of the actual's measure: the text ties it to the claim."""
    if i + 1 >= len(slots):
        return None
    after = slots[i + 1]
    if after.sentence == slots[i].sentence and after.same_measure(actual) and after.fields.get("role") in (None, "target") \
            and _TARGET_RIGHT_AFTER.fullmatch(text, slots[i].end, after.start):
        return after
    return None


def _planned_then_done(text: str, rate: _Slot, actual: _Slot, target: _Slot) -> bool:
    """年度计划投资86.5亿元，1-4月完成投资31.4亿元，投资完成率38.3%: a plan the clause right
    before the actual's states (relate._plan_before_actual made it a target), all three
    in one sentence: the text ties them."""
    return target.fields.get("role") == "target" and target.sentence == actual.sentence == rate.sentence \
        and target.end <= actual.start and _THEN_ACTUAL.fullmatch(text, target.end, actual.start) is not None


_YEAR_SCOPE = regex.compile(r"年度|全年")


_YEAR_SET = regex.compile(r"年度|全年|今年|年初")


def _year_target(text: str, slots: list[_Slot], i: int, cue: regex.Match, actual: _Slot, target: _Slot) -> bool:
    """Does the text tie a rate of 完成年度目标任务的R% to a target stated elsewhere for the
    year (今年…到位资金目标任务为50亿元): the cue names the year, the target's clause names
    the year and a target for what the actual measures (by name), and no other figure of
    the measure between them (the rate's sentence included) is stated as a target?"""
    name = actual.fields.get("indicator") or ""
    if len(name) < 2 or not _YEAR_SCOPE.search(cue.group()) or target.fields.get("role") not in (None, "target"):
        return False
    clause = text[_clause_start(text, target.start, max(target.sentence, target.start - 30)):target.start]
    if not (_YEAR_SET.search(clause) and _TARGET_WORD.search(clause)):
        return False
    stated = _strip_words(_TARGET_SPAN.sub("", _TARGET_WORD.sub("", clause)))
    after = target.start > slots[i].end and not _FULL_STOP.search(text, slots[i].end, target.start)
    # (年度计划投资480亿元。…重点项目完成投资132.5亿元，完成年度计划的R%: the target's measure
    # ends the actual's name)
    if not (stated.endswith(name) or _same_indicator(target.fields.get("indicator"), name)
            or (len(stated) >= 2 and name.endswith(stated)) or (after and len(stated) < 2)):
        return False  # (…的R%，年度目标任务为50亿元: right after, naming nothing but the target)
    low, high = min(target.start, actual.start), max(target.end, slots[i].end)
    for s in slots:
        if s.start < low or s is target or not s.same_measure(target):
            continue
        if s.start >= high:
            break
        if s.fields.get("role") == "target" or _TARGET_WORD.search(
                text, _clause_start(text, s.start, max(s.sentence, s.start - 30)), s.start):
            return False
    return True


def _reach_back(slots: list[_Slot], i: int, floor: int, then: list[_Slot]):
    """The slots before ``slots[i]``, nearest first, down to ``floor`` (no further:
    a long article has thousands), then ``then``."""
    for k in range(i - 1, -1, -1):
        if slots[k].start < floor:
            break
        yield slots[k]
    yield from then
