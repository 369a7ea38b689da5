"""Completion rates: 完成(年度)目标X的R%, 完成率R, 分别完成年度目标的p%和q%: the rate of
an amount achieved over its target, each read from the clause or, with care, from around
it (a target stated for the year, one right after the rate: completion_targets.py reads the
targets); the family builds on relate.py's slots."""
from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterator
from itertools import islice

import regex

from .completion_targets import (_EXPECTED, _OPENS_BREAKDOWN, _TARGET_REACH, _only_expected, _planned_then_done,
                                 _reach_back, _stated_target, _target_right_after, _whole_investment,
                                 _worded_as_claimed, _year_target, built_with, named_as_claimed,
                                 plan_investment)
from .growth_context import _part_named_by_measure
from .indicators import PARAGRAPH_REACH, _clause_start, _strip_words, paragraph_before
from .relate import (ASIDE_CLOSES, OPENED_BY_ANY, _COMPARED_BASE, _COMPLETION, _COMPLETION_RATE, _FULL_STOP,
                     _PREVIOUS_CUE, _RUN_GAP, _TARGET_WORD, Relation, _agrees, _changed, _cued_rates, _read_whole,
                     _same_indicator, _Slot, _whole_of_a_share, full_sentence_start, list_head)


def stated(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]], context: dict) -> list[Relation]:
    """完成(市定)目标19.8亿元的114.82%: rate, target before 的, actual before 完成.

    A target stated in an earlier sentence (年初下达目标36亿元 … 完成年度目标任务的114.5%,
    完成率为117.2%) is the nearest earlier figure stated as a target whose indicator is
    the actual's: found by reading around, so it can confirm the rate, never refute it."""
    out = []
    cued = list(_cued_rates(text, slots, rates, _COMPLETION, 40, "completion"))
    if "完成" in text or "达成" in text:
        # (a rate known by name is that family's: 洽谈1,860场次，达成合作意向612项，意向达成率32.9%)
        named = tuple(context.get("named_ratios") or ())
        unnamed = [(i, r) for i, r in rates if not (r.fields.get("indicator") or "").endswith(named)]
        cued += [(i, r, m, same) for i, r, m, same in _cued_rates(text, slots, unnamed, _COMPLETION_RATE, 8, "completion")]
    for i, rate, m, same in cued:
        target = next((s for s in reversed(same) if s.start >= m.start()), None)
        actual = None
        # A value stated for the year before (，上年同期为50亿元，完成目标…的R%) is no actual.
        same = [s for s in same if not _PREVIOUS_CUE.search(text, max(0, s.start - 8), s.start)]
        done = next((s for s in reversed(same) if s.end <= m.start()), None) if target is None else None
        if target is None and done is None and i + 1 < len(slots):
            # 完成年度目标的112%，实际到位资金56亿元: the actual right after the rate (read, confirms only).
            after = slots[i + 1]
            if after.sentence == rate.sentence and after.figure.kind != "percent" and not after.fields.get("role") \
                    and _ACTUAL_AFTER.fullmatch(text, rate.end, after.start):
                done = after
        if done is not None and (done.fields.get("role") == "target" or (
                done.figure.kind != "percent" and (_TARGET_WORD.search(
                    text, _clause_start(text, done.start, max(done.sentence, done.start - 30)), done.start)
                    or _TARGET_NAMED_AFTER.match(text, done.end)))):
            # 实际利用外资3,150万美元，超额完成全年2,500万美元的目标任务，完成率126%: the figure before
            # the rate is the target; the actual is the one before it.  The text ties them when
            # the target's clause completes it (完成…X的目标任务); else they only confirm the rate.
            # (nor a change: 签约总额x，比上届增加y，…，完成年初确定的z签约目标，完成率R)
            # (but a target of an increase is met by the change: 比上年末增加34个，…，超额完成年初确定的新增30个
            # 海外仓的培育目标，完成率R)
            new = _NEW_TARGET.search(text, _clause_start(text, done.start, max(done.sentence, done.start - 30)),
                                     done.start) is not None
            # (组织6,284名青年…，完成目标任务5,800人的R: people counted by 名 or 人 alike)
            nearest = next((s for s in reversed(same) if s.end <= done.start and s.people_alike(done)
                            and s.fields.get("role") != "target"
                            and (s.fields.get("role") == "change" or _changed(text, s)) == new), None)
            # (…实现综合产值1.126亿元，比上年增长14.6%，上年为9,826万元；年初确定的目标为1.05亿元，完成目标的107.2%:
            # the level the full sentence states before the target's ；-item, read so it confirms only)
            far = _level_before_item(text, slots, i, done) if nearest is None else None
            nearest = nearest or far
            names_none = _rate_names_no_actual(text, rate, m)
            relation = None
            for before in _actuals_before(text, slots, i, done, nearest, names_none):
                # 营业收入目标为45亿元，全年完成目标的108.0%: the actual stated before, named as the
                # target is, when no figure of its measure is nearer or the nearer does not agree
                # (read, so it confirms the rate, never refutes it)
                read = before is not nearest or before is far
                relation = Relation("completion", rate.figure.id, inputs=(before.figure.id, done.figure.id))
                # (到位资金52.36亿元（年度目标48.40亿元），完成年度目标的108.2%: the target in
                # brackets right after the actual is the text's tie)
                if read or ("完成" not in text[_clause_start(text, done.start, max(done.sentence, done.start - 30)):done.start]
                            and not _BRACKETED_TARGET.fullmatch(text, before.end, done.start)
                            and not _clauses_in_turn(text, before, done, m)):
                    relation = dataclasses.replace(relation, mode="inferred")
                    if not _agrees(relation, slots, context):
                        relation = None
                if relation is not None:
                    break
            if relation is not None:
                before.fields["role"] = "actual"
                done.fields["role"] = "target"  # (no part of a breakdown: 省内市外资金x，市定目标为y)
                rate.fields["indicator"] = done.fields["indicator"] = before.fields.get("indicator")
                out.append(relation)
                continue
            if nearest is None and names_none:
                # the target is stated; no actual was, or none read agrees
                done.fields["role"] = "target"
                out.append(Relation("completion", rate.figure.id, inputs=(done.figure.id,),
                                    reason="no actual amount stated"))
                continue
        if target is not None:
            # (not the target of a claim before: 完成市定目标52亿元的112.7%，完成县定目标55亿元的106.6%;
            # nor a change: 收入1.86亿元，比去年同期增加1500万元，增长8.8%，完成年度预算7亿元的26.6%)
            # (but a rate of the increase is of the change: 比年初增加18.04亿元，…，增量完成全年计划25亿元的72.2%)
            clause = _clause_start(text, m.start(), max(rate.sentence, m.start() - 12))
            increase = _INCREASE.search(text, clause, m.start()) is not None

            def changed(s: _Slot) -> bool:
                return _changed(text, s)

            # (nor the base of a comparison: 余额1046.8亿元，较年初的893.5亿元增加153.3亿元，…，完成目标1000亿元的R)
            candidates = [s for s in reversed(same) if s.end <= m.start() and s.people_alike(target)
                          and s.fields.get("role") != "target"
                          and not _COMPARED_BASE.search(text, max(0, s.start - 40), s.start)
                          and not _BASE_OF_CHANGE.match(text, s.end)
                          # (nor the whole inside 占…的: 园区税收占全区税收总收入82.27亿元的74.6%，…，完成年度目标80亿元的R)
                          and not _whole_of_a_share(text, s)
                          # (nor one in an aside closed before the cue: 签约率46.3%（常住人口46.35万人），…，完成…的R)
                          and not ASIDE_CLOSES.match(text, s.end, m.start())]
            # (余额468.37亿元，较年初增加36.95亿元，…，一季度新增贷款完成全年目标任务60亿元的R: what was newly
            # lent is the change of the balance, when the sentence states one)
            increase = increase or (_NEW_TARGET.search(text, clause, m.start()) is not None and any(
                changed(s) and s.sentence == rate.sentence for s in candidates))
            # (and a target of an increase, 完成年度新增7万人目标任务的R, is met by the change stated,
            # 比上年末增加7.92万人, past the stock before it; by the figure named 新增就业 else)
            new = not increase and _NEW_TARGET.search(text, m.start(), target.start) is not None
            actual = next((s for s in candidates if changed(s) == (increase or new)), None)
            if actual is None and increase and not text[rate.sentence:clause].strip():
                # …比年初增加31.2亿元，增长20.1%；|增量完成年度计划28亿元的R: the change the full sentence states
                # before the ；-item that opens on the increase
                opens = full_sentence_start(text, rate.sentence)
                actual = next((t for t in reversed(slots[:i]) if opens <= t.start < rate.sentence
                               and t.same_measure(target) and changed(t)), None)
            if actual is None and new:
                actual = next((s for s in candidates if not changed(s)), None)
            after = slots[i + 1] if i + 1 < len(slots) else None
            named = _SUBJECT_OF_CUE.search(text, max(clause, m.start() - 12), m.start()) if actual is not None else None
            part = next((s for s in candidates if named is not None
                         and _names_exactly(s.fields.get("indicator") or "", named.group("name"))), None)
            if part is not None:
                actual = part  # (其中票务收入21.35亿元、…，票务收入完成年度目标20.5亿元的R: the part the clause names)
            elif actual is not None and actual in same:
                # 改造老旧小区47个，其中城区29个、乡镇18个，完成…任务42个的111.9%: all of them, not the last
                actual = list_head(text, same, same.index(actual), OPENED_BY_ANY) or actual
            elif not increase and after is not None and after.sentence == rate.sentence and after.same_measure(target) \
                    and not after.fields.get("role") and _ACTUAL_AFTER.fullmatch(text, rate.end, after.start) \
                    and not _OPENS_BREAKDOWN.match(text, rate.end + 1):
                # 完成年度目标90亿元的79.8%，到位资金71.83亿元: the actual right after the claim (read,
                # so it confirms the rate, never refutes it)
                after.fields["role"], target.fields["role"] = "actual", "target"
                rate.fields["indicator"] = after.fields.get("indicator")
                out.append(Relation("completion", rate.figure.id, inputs=(after.figure.id, target.figure.id),
                                    mode="inferred"))
                continue
            elif not increase and not _SO_FAR.sub("", text[rate.sentence:m.start()]).strip():
                # 实现软件业务收入1086.4亿元，…上年同期为964.8亿元；完成年度目标1050亿元的103.5%: an item
                # that opens on the claim completes the figure of the item before, in its full sentence
                # (；已完成年度目标20亿元的93.2%: done so far)
                actual = _actual_of_item_before(text, slots, i, target)
            elif not increase:
                # 出口186.3亿元…。出口额已完成全年目标300亿元的62.1%: the level the claim's clause names,
                # stated before in the paragraph (read, so it confirms the rate, never refutes it)
                level = _level_named_before(text, slots, i, target, m)
                relation = Relation("completion", rate.figure.id, inputs=(level.figure.id, target.figure.id),
                                    mode="inferred") if level is not None else None
                if relation is not None and _agrees(relation, slots, context):
                    level.fields["role"], target.fields["role"] = "actual", "target"
                    rate.fields["indicator"] = target.fields["indicator"] = level.fields.get("indicator")
                    out.append(relation)
                    continue
        else:
            # 完成目标任务的107%，目标任务为2,000人: the claim states its own target, before any read
            own = _target_right_after(text, slots, i, done) if done is not None else None
            stated = own or (_stated_target(text, slots, i, done, m.group()) if done is not None else None)
            if stated is not None:
                tied = stated is own or _year_target(text, slots, i, m, done, stated) \
                    or _planned_then_done(text, rate, done, stated) or _worded_as_claimed(text, stated, m.group()) \
                    or named_as_claimed(text, stated, m.group()) \
                    or ("总投资" in m.group() and _whole_investment(text, stated)) \
                    or plan_investment(text, stated, m.group()) \
                    or (stated.sentence == done.sentence and built_with(text, stated))
                relation = Relation("completion", rate.figure.id, inputs=(done.figure.id, stated.figure.id),
                                    mode="" if tied else "inferred")
                if tied or _agrees(relation, slots, context):
                    done.fields["role"] = "actual"
                    if not _only_expected(text, stated) and not _whole_investment(text, stated):
                        # (what is only expected keeps no role: it may total a list, 预计落成18,960个单位，分别为…;
                        # nor does a project's whole investment, which its parts and shares are of)
                        stated.fields["role"] = "target"
                    if not done.fields.get("indicator") and stated.fields.get("indicator"):
                        # 年初预算安排一般公共预算收入12.5亿元，全年完成12.74亿元: what the target names
                        done.fields["indicator"] = _TARGET_LEAD.sub("", stated.fields["indicator"]) or None
                    rate.fields["indicator"] = done.fields.get("indicator")
                    out.append(relation)
                    continue
            if stated is None and done is not None and m.group().startswith(("完成率", "完成比率")):
                # 存在问题机构272175所，现已完成整改83510所，整改完成率30.68%: no target, but a whole
                # stated before that the rate makes the done amount of (read, confirms only; but
                # tied when the three clauses run in turn: 发现问题52个，已督促整改48个，整改完成率为90.4%)
                whole = _whole_in_turn(text, slots, i, done, m)
                mode = "" if whole is not None else "inferred"
                whole = whole or _read_whole(text, slots[:i], done, rate, slots, context)
                if whole is not None:
                    done.fields.setdefault("role", "actual")
                    rate.fields["indicator"] = done.fields.get("indicator")
                    out.append(Relation("completion", rate.figure.id, inputs=(done.figure.id, whole.figure.id),
                                        mode=mode))
                    continue
        if (target is None and done is not None and done.figure.kind != "percent" and not done.fields.get("role")
                and (_ACHIEVED.search(text, _clause_start(text, done.start, max(done.sentence, done.start - 30)),
                                      done.start) or _right_before(text, done, m.start()))):
            # 已完成投资44.6亿元，完成年度计划的76.2%, 实际利用外资4120万美元，完成目标的103%: the
            # actual, with no target stated (achieved by its verb, or ending the clause right before)
            actual = done
        if target is not None:
            target.fields["role"] = "target"
        if actual is not None:
            actual.fields["role"] = "actual"
            for s in (target, rate):
                if s is not None:
                    s.fields["indicator"] = actual.fields.get("indicator")
        if target is None or actual is None:
            missing = "target" if target is None else "actual"
            out.append(Relation("completion", rate.figure.id, inputs=tuple(
                s.figure.id for s in (actual, target) if s is not None), reason=f"no {missing} amount stated"))
        else:
            out.append(Relation("completion", rate.figure.id, inputs=(actual.figure.id, target.figure.id)))
    return out


def _actual_of_item_before(text: str, slots: list[_Slot], i: int, target: _Slot) -> _Slot | None:
    """The nearest figure of ``target``'s measure in the ；-items before the rate's, in its full
    sentence: no previous value, change or target."""
    rate = slots[i]
    for s in reversed(slots[:i]):
        if s.sentence >= rate.sentence or s is target:
            continue
        if _FULL_STOP.search(text, s.end, rate.sentence):
            return None
        if s.same_measure(target) and s.fields.get("role") in (None, "actual", "total") \
                and not _PREVIOUS_CUE.search(text, max(0, s.start - 8), s.start):
            return s
    return None


def _level_named_before(text: str, slots: list[_Slot], i: int, target: _Slot, cue: regex.Match) -> _Slot | None:
    """The nearest figure of ``target``'s measure before the rate's sentence, in its paragraph or the
    one before (within PARAGRAPH_REACH), named as the rate's clause names what it completes (出口额|已完成…:
    出口), no previous value, change or target."""
    rate = slots[i]
    named = _DONE_SO_FAR.sub("", text[_clause_start(text, cue.start(), max(rate.sentence, cue.start() - 12)):cue.start()])
    if len(named) < 2:
        # (油茶产业综合产值同比增长13.4%，上年同期为54.5亿元，完成年度目标65亿元的95.1%: the sentence's subject;
        # or the clause's before a clause that goes on from it: 直接博彩税相当于…的R，并完成全年预算x的S)
        subject = _SUBJECT.match(text, rate.sentence)
        clause = _clause_start(text, cue.start(), max(rate.sentence, cue.start() - 12))
        if subject is None and _GOES_ON.fullmatch(named) and clause > rate.sentence:
            subject = _SUBJECT.match(text, _clause_start(text, clause - 1, rate.sentence))
        named = subject.group("name") if subject is not None else ""
    if len(named) < 2:
        return None
    bare = _AMOUNT_OF.sub("", named)  # 出口额, 补贴资金, 培训人次, 调解成功数: the amount of 出口, 补贴, 培训…
    floor = paragraph_before(text, rate.start, PARAGRAPH_REACH)
    # (…累计发放个人住房贷款9.28万笔、512.36亿元…；发放额完成年度计划680亿元的R: the amount of the act its
    # full sentence states, the act named alone)
    opens = full_sentence_start(text, rate.start) if bare != named and len(bare) == 2 else len(text)
    for s in reversed(slots[:i]):
        if s.start < floor:
            break
        if s.end <= rate.sentence and s.same_measure(target) and s.fields.get("role") in (None, "actual", "total") \
                and (_same_indicator(s.fields.get("indicator"), named) or _same_indicator(s.fields.get("indicator"), bare)
                     or _same_indicator(_TAX_TAKEN.sub("", s.fields.get("indicator") or ""), named)  # (直接博彩税收入)
                     or _part_named_by_measure(text, slots, slots.index_by_id()[s.figure.id], named)
                     or (s.start >= opens and bare in (s.fields.get("indicator") or ""))
                     # (收购总金额1.58亿元。…春茧收购金额完成全年计划2.6亿元的R: the whole named with 总, the
                     # claim naming it by the season; read, so it confirms only)
                     or _named_without_total(s.fields.get("indicator") or "", named)
                     # (教学班开班数 for 教学班846个: the count of the noun the claim names first)
                     or (s.figure.kind == "count" and len(s.fields.get("indicator") or "") >= 2
                         and named.startswith(s.fields["indicator"]))) \
                and not _PREVIOUS_CUE.search(text, max(0, s.start - 8), s.start):
            return s
    return None


def _named_without_total(indicator: str, named: str) -> bool:
    """Does ``named`` end with ``indicator``, 总 dropped from it (收购总金额 for 春茧收购金额)?"""
    bare = indicator.replace("总", "")
    return bare != indicator and len(bare) >= 4 and named.endswith(bare)


# 较起始价总额21.85亿元|溢价10.75亿元: the base an amount changes from, no actual
_BASE_OF_CHANGE = regex.compile(r"\s*(?:溢价|增值|增加|减少|多出|少)了?\s*[\d.,]+\s*[万亿]*[元个家项人]")
_SUBJECT = regex.compile(r"\s*(?P<name>\p{Han}{2,16}?)(?:同比|比上年|较上年|比去年|较去年|增长|下降|完成|实现|相当于|占)")
_GOES_ON = regex.compile(r"并且?|且|同时|还|也")  # (a clause with no subject of its own)
_TAX_TAKEN = regex.compile(r"(?<=\p{Han}[税费])收入$")  # (what a tax brings in is the tax: 直接博彩税收入)
_DONE_SO_FAR = regex.compile(r"(?:已经|已|累计|共|全年|上半年|今年以来)+$")
_SO_FAR = regex.compile(r"^\s*(?:已经|已|累计)+")  # (an item opening on the claim: ；已完成…)
_AMOUNT_OF = regex.compile(r"(?<=\p{Han}{2})(?:发行额|发行量|发行规模|金额|总额|规模|额|资金|人次|人数|数量|数)$")  # (新增专项债券|发行额)


_TARGET_LEAD = regex.compile(r"^(?:年初|全年|年度|今年)?(?:预算安排|预算|计划|目标任务|目标|任务)")
_INCREASE = regex.compile(r"增量|新增额|增加额|净增额|增长额")
_NEW_TARGET = regex.compile(r"新增|净增|增量")  # (完成全年增量目标60亿元的R: a target of the increase)
# The rate's clause before its cue names no actual: 全年|完成目标的108.0%, 首季签约额已|完成….
_NAMES_NO_ACTUAL = regex.compile(r"[，,]\s*\p{Han}{0,8}$")
# The name a completion's clause opens on, right before its cue: ，|票务收入|完成年度目标….
_SUBJECT_OF_CUE = regex.compile(r"(?<=[，,；;]\s*)(?P<name>\p{Han}{2,8}?)(?:已经?|全年|累计)?$")


def _names_exactly(indicator: str, name: str) -> bool:
    """Does ``indicator`` end with ``name``, not with its negation (非票务收入 is no 票务收入), or name it
    in short, its first two and last two characters (县级财政配套 for 县级配套)?"""
    if len(name) == 4 and 4 < len(indicator) <= 6 and indicator.startswith(name[:2]) and indicator.endswith(name[2:]):
        return True
    return indicator.endswith(name) and not indicator[:-len(name)].endswith(("非", "不", "未"))


def _level_before_item(text: str, slots: list[_Slot], i: int, target: _Slot) -> _Slot | None:
    """The nearest figure of ``target``'s measure in the full sentence before its ；-item, a level (no
    previous value, change or target)."""
    opens = full_sentence_start(text, target.start)
    return next((s for s in reversed(slots[:i]) if opens <= s.start and s.end <= target.start
                 and s.same_measure(target) and s.fields.get("role") in (None, "actual")
                 and not _PREVIOUS_CUE.search(text, max(0, s.start - 8), s.start) and not _changed(text, s)), None)


def _rate_names_no_actual(text: str, rate: _Slot, cue: regex.Match) -> bool:
    return _NAMES_NO_ACTUAL.search(text, max(rate.sentence, cue.start() - 12), cue.start()) is not None


def _actuals_before(text: str, slots: list[_Slot], i: int, target: _Slot, nearest: _Slot | None, names_none: bool):
    """The figures that may be the actual of a completion whose target ``target`` is: ``nearest`` (the
    nearest before it of its measure), then, when the rate's clause names no actual, those named
    as the target is."""
    if nearest is not None:
        yield nearest
    # (美国出口值x…；…前三季出口值y。…全年出口目标为z，前三季已达成R: a nearer one of that name may be one
    # market's, so the next ones are tried too; read, each is kept only where it agrees)
    for named in (islice(_actuals_named_as(text, slots, i, target), _NAMED_TRIES) if names_none else ()):
        if named is not nearest:
            yield named


_NAMED_TRIES = 3  # the actuals named as the target is, nearest first, a completion rate is tried with


def _actuals_named_as(text: str, slots: list[_Slot], i: int, target: _Slot) -> Iterator[_Slot]:
    """The figures before ``target`` (within _TARGET_REACH, nearest first), of its measure and
    neither a target nor a previous value or a change, whose indicator the target's
    names once its target words go (营业收入 for 公司年初确定的营业收入目标)."""
    named = _YEAR_LEAD.sub("", _strip_words(_SET_BY.sub("", _TARGET_WORD.sub("", target.fields.get("indicator") or ""))))
    named = _LINK_LEAD.sub("", named)  # (年度目标为|到馆读者: the link the target words left)
    if len(named) < 2:
        return iter(())
    # (or the act the target names, with what it was done to: 关闭退出任务 for 关闭退出|矿山,
    # 改造任务 for 新开工|改造|城镇老旧小区; read lazily: the first few are all that is tried)
    return (s for s in _reach_back(slots, slots.index_by_id()[target.figure.id], target.start - _TARGET_REACH, [])
            if s.same_measure(target) and s.fields.get("role") in (None, "actual", "total")
            and (_same_indicator(s.fields.get("indicator"), named) or _named_in_two(s.fields.get("indicator"), named)
                 or (s.figure.kind == "count" and named in (s.fields.get("indicator") or ""))
                 or (s.figure.kind == "money" and _money_of_act(s.fields.get("indicator"), named))))


def _money_of_act(indicator: str | None, named: str) -> bool:
    """A money target named by its act is the act's takings: 销售目标 for 实现销售收入|销售额."""
    return named in _SALES_ACTS and bool(indicator) \
        and any(indicator.endswith(named + tail) for tail in ("收入", "额", "总额", "值"))  # (出口值, Taiwan's)


_SALES_ACTS = frozenset(("销售", "营业", "出口", "进口", "经营"))


def _named_in_two(indicator: str | None, named: str) -> bool:
    """Does ``indicator`` hold ``named`` less its year words in two pieces, its head ending it and
    the rest before (集群|产值 in 经开区汽车零部件产业集群实现规上工业|产值, for 集群全年产值)?"""
    named = _YEAR_WORDS.sub("", named)
    for k in range(2, len(named) - 1):
        head = named[k:]
        if indicator and indicator.endswith(head) and named[:k] in indicator[:-len(head)]:
            return True
    return False


_YEAR_WORDS = regex.compile(r"年度|全年|今年")


# 年度改造任务: the year's, of 改造 (节前销售目标: the season's, before a festival)
_YEAR_LEAD = regex.compile(r"^(?:年度|全年|今年|年初|本?产季|本?榨季|(?:春节|中秋|国庆|端午)?节前|(?:春节|中秋|国庆|端午)?节日期间|旺季)")
_LINK_LEAD = regex.compile(r"^(?:为|是)(?=\p{Han}{2})")
# Who set a target, before what it names: 省下达我县的|关闭退出任务, 市里分配给我区的|…
_SET_BY = regex.compile(r"^\p{Han}{0,8}?(?:(?:下达|分配|分解|交办|制定|确定|设定|提出)(?:给)?\p{Han}{0,4}?的|原订|原定|所订"
                     r"|(?:订定|制订|制定|确定|设定)(?=\p{Han}{2}))")  # (公司年初制定的|索道业务收入计划; 特区政府年初订定|全年举办会展活动1,100项的目标)


# A target in brackets right after the actual: 52.36亿元|（年度目标|48.40亿元）.
_BRACKETED_TARGET = regex.compile(r"\s*[（(]\s*(?:年度|全年|年初)?(?:目标|任务|计划)(?:任务)?(?:为|是)?\s*")
# 到位资金10.5亿元，年度目标20亿元，完成率52.5%: the actual, the target and the rate in three
# clauses in turn, the target's naming nothing but being one.
_TARGET_CLAUSE = regex.compile(r"\s*[，,]\s*(?:年度|全年|年初)?(?:目标|任务|计划)(?:任务)?(?:为|是)?\s*")
_RATE_CLAUSE = regex.compile(r"\s*[，,]\s*")


def _whole_in_turn(text: str, slots: list[_Slot], i: int, done: _Slot, cue: regex.Match) -> _Slot | None:
    """The figure of the clause right before ``done``'s, of its measure and no smaller, when
    the whole, the done amount and the rate (``slots[i]``) stand in three clauses in turn."""
    k = slots.index_by_id()[done.figure.id]
    if k != i - 1 or k == 0 or not _IN_TURN.fullmatch(text, done.end, cue.start()):
        return None
    whole = slots[k - 1]
    if whole.sentence != done.sentence or not whole.same_measure(done) or whole.figure.value < done.figure.value \
            or whole.fields.get("role") or not _IN_TURN.fullmatch(text, whole.end, done.start):
        return None
    return whole


_IN_TURN = regex.compile(r"\s*[，,]\s*[^，,。；;：:\d]{0,12}")


def _clauses_in_turn(text: str, actual: _Slot, target: _Slot, cue: regex.Match) -> bool:
    return (_TARGET_CLAUSE.fullmatch(text, actual.end, target.start) is not None
            and _RATE_CLAUSE.fullmatch(text, target.end, cue.start()) is not None)


# The clause after a rate, up to an actual that names its measure: ，实际到位资金|56亿元.
# 完成年初确定的140亿元|签约目标，完成率R: the target named after its value (新增30个|海外仓的培育目标)
_TARGET_NAMED_AFTER = regex.compile(r"\p{Han}{0,8}?(?:目标|目标任务)[，,]\s*\p{Han}{0,4}完成率")
_ACTUAL_AFTER = regex.compile(r"[，,]\s*(?!\p{Han}{0,4}(?:预计|预期|有望|力争))(?:(?!增|减|降|比|较|占)\p{Han}){0,12}\s*")
# (not a forecast: 完成年度目标52亿元的79.5%，预计全年产值可达54亿至56亿元)


# What an actual's clause says before it (已完成投资|44.6亿元, 实现主营业务收入|24.45亿元).
_ACHIEVED = regex.compile(r"完成|实现|到位|达到|累计")
# Between an actual ending its clause and the cue of the rate's, right after it (a
# quantity's unit first: 新建高标准农田320万|亩，完成国家下达任务的106.7%).
# (a growth of that actual may stand between: 实际利用外资3860万美元，增长6.1%，完成目标任务的96.5%)
_RIGHT_BEFORE = regex.compile(
    r"\s*[，,]\s*(?:(?:同比|比上年|较上年|比去年)?(?:增长|下降)\s*[\d.]+\s*%\s*[，,]\s*)?(?:超额|提前|已|全面)?")
_UNIT = regex.compile(r"[^\d\s，,。；;：:、]{1,4}")


def _right_before(text: str, done: _Slot, cue: int) -> bool:
    end = done.end
    if done.figure.kind == "number":
        unit = _UNIT.match(text, end, cue)
        end = unit.end() if unit else end
    return _RIGHT_BEFORE.fullmatch(text, end, cue) is not None


# A和B分别完成x、y，分别完成年度目标的p%和q% (or a quarter's, 分别完成季度目标任务的)
_DISTRIBUTED_COMPLETION = regex.compile(
    r"分别(?:完成|为|是|占|达到|达)(?:全年|年度|年初|季度|半年|月度|阶段)?(?:目标|计划|任务)(?:任务)?的"
    r"|分别完成了?(?=\s*\d)"  # (after the targets listed: 目标任务分别为x和y，分别完成p和q)
    # (the targets listed inside: 分别完成年度新开工计划60个、建成计划40个的p和q)
    r"|分别完成(?P<inner>[^，,。；;]{0,12}?(?:目标|计划|任务)[^，,。；;\d]{0,8}\d[^，,。；;]{0,30}?)的(?=\s*\d)"
    # (the plans, then what is done, then the rates: 计划新建x个、y个，已完成x1个及y1个，完成率分别为p及q)
    r"|(?P<rates>(?:完成率|完成比例|完成进度)分别(?:为|是|达到?))(?=\s*\d)")
# The targets of the figures before them, listed before the rates: 目标任务分别为|1.2万人和4000人
_LISTED_TARGETS = regex.compile(r"[，,；;]\s*(?:\p{Han}{0,6}?(?:全年|年度))?(?:目标|计划)(?:任务)?分别(?:为|是)\s*")


def _listed_targets(text: str, slots: list[_Slot], k: int, n: int) -> tuple[list[_Slot], list[_Slot]] | None:
    """The ``n`` figures and their ``n`` targets listed after them (目标任务分别为…) right before
    the rate ``slots[k]``, all in one sentence, each target of its figure's measure."""
    if k < 2 * n:
        return None
    currents, targets = slots[k - 2 * n:k - n], slots[k - n:k]
    if not _LISTED_TARGETS.fullmatch(text, currents[-1].end, targets[0].start) \
            or not _pairable(currents, targets, slots[k].sentence):
        return None
    return currents, targets


def _pairable(currents: list[_Slot], targets: list[_Slot], sentence: int) -> bool:
    """May the i-th of ``currents`` be measured against the i-th of ``targets``: all in the
    rates' ``sentence``, none a rate or cast already, each pair of one measure?"""
    return all(s.sentence == sentence and s.figure.kind != "percent" and not s.fields.get("role")
               for s in currents + targets) and all(c.same_measure(t) for c, t in zip(currents, targets))


def _tie_pairs(currents: list[_Slot], targets: list[_Slot], run: list[_Slot]) -> list[Relation]:
    """The i-th rate of ``run`` as the completion of the i-th current over the i-th target, tied."""
    out = []
    for c, t, r in zip(currents, targets, run):
        c.fields["role"], t.fields["role"] = "actual", "target"
        r.fields.update(role="completion", indicator=c.fields.get("indicator"))
        out.append(Relation("completion", r.figure.id, inputs=(c.figure.id, t.figure.id)))
    return out


def distributed(text: str, slots: list[_Slot], context: dict) -> list[Relation]:
    """A x、B y，分别完成年度目标的p%、q%: the i-th rate is the completion of the i-th of
    the figures right before it (as many, in its sentence) against the target stated
    for it before (_stated_target: read, so every rate must agree, and they confirm,
    never refute).  The rates are cast either way."""
    out = []
    if "分别" not in text:
        return out
    index = None
    for m in _DISTRIBUTED_COMPLETION.finditer(text):
        index = index or [s.start for s in slots]
        k = bisect.bisect_left(index, m.end())
        run = []
        while k + len(run) < len(slots):
            s = slots[k + len(run)]
            gap = text[(run[-1].end if run else m.end()):s.start]
            if s.figure.kind != "percent" or s.fields.get("role") or not _RUN_GAP.fullmatch(gap) or (not run and gap):
                break
            run.append(s)
        if len(run) < 2:
            continue
        first, n = run[0], len(run)
        if m.group("inner") is not None:
            # the i-th figure before the cue over the i-th target inside it
            targets, currents = slots[max(0, k - n):k], slots[max(0, k - 2 * n):max(0, k - n)]
            if len(currents) == n and all(t.start >= m.start() for t in targets) and currents[-1].end <= m.start() \
                    and _pairable(currents, targets, first.sentence):
                out += _tie_pairs(currents, targets, run)
            else:
                for r in run:
                    r.fields["role"] = "completion"  # (cast: no rate here is another family's)
            continue
        currents = slots[max(0, k - n):k]
        if len(currents) < n or any(c.sentence != first.sentence or c.figure.kind == "percent" for c in currents):
            continue
        if m.group("rates") is not None:
            planned = slots[max(0, k - 2 * n):k - n]
            said = text[_clause_start(text, planned[0].start, first.sentence):planned[0].start]
            if len(planned) == n and _pairable(currents, planned, first.sentence) \
                    and (_TARGET_WORD.search(said) or _EXPECTED.search(said)) \
                    and "完成" in text[planned[-1].end:currents[0].start]:
                out += _tie_pairs(currents, planned, run)
            continue
        if not m.group().endswith("的"):
            # A x、B y，目标任务分别为x0和y0，分别完成p和q: the i-th figure over the i-th target
            listed = _listed_targets(text, slots, k, n)
            if listed is not None:
                out += _tie_pairs(*listed, run)
            continue
        for c, r in zip(currents, run):
            r.fields["role"] = "completion"
            r.fields["indicator"] = c.fields.get("indicator")  # (not 年度目标: the i-th figure's measure)
        targets = [_stated_target(text, slots, k + j, c) for j, c in enumerate(currents)]
        relations = [Relation("completion", r.figure.id, inputs=(c.figure.id, t.figure.id), mode="inferred")
                     for c, t, r in zip(currents, targets, run) if t is not None]
        if len(relations) == n and len({id(t) for t in targets}) == n:
            # a target read for each: the claims stand on them, and confirm, never refute; only
            # when all agree are the targets theirs
            tied = all(_agrees(rel, slots, context) for rel in relations)
            for c, t in zip(currents, targets):
                c.fields.setdefault("role", "actual")
                if tied:
                    c.fields["role"], t.fields["role"] = "actual", "target"
            out += relations
            continue
        # 签约项目63个，协议总投资582.3亿元，分别完成年度目标的126%和116.5%: no target stated, or
        # not for each (完成季度目标任务的…，实际到位资金…，完成年度目标550亿元的: another measure's)
        for c, r in zip(currents, run):
            c.fields.setdefault("role", "actual")
            out.append(Relation("completion", r.figure.id, inputs=(c.figure.id,), reason="no target amount stated"))
    return out
