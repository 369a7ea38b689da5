"""Totals after their parts: A元、B元和C元，总计D元 (中期股息0.45元，全年派息合共1.5元),
and a total whose parts stand in earlier sentences (read from the context: they confirm it,
never refute it).  Split from sums.py, which reads the breakdowns an opener (其中, 分产业看)
introduces."""
from __future__ import annotations

import regex

from .distributions import _stated_number
from .indicators import _clause_start
from .numeral import parse_number
from .relate import _PREVIOUS_WORD, _READ_TRIES, Relation, _agrees, _changed, _read_floor, _Slot, full_sentence_start
from .sum_names import _unsummable
from .sum_totals import _PART_GAP, _TRAILING_TOTAL, SUMMED_ABOVE, _rest_before, _trailing_cued, kinds_named_before, merged_members
from .sums import _PER_UNIT, cast_breakdown

# 共计, 共 as well as 合计: a total over the parts listed right before it (共建, 共享… are no totals)
_LISTED_TOTAL = regex.compile(r"(?:合计|合共|总计|共计|共(?![建享同用创赢商识]))\p{Han}{0,6}$")
# A part's own total (学费共计39000元): not 共 that opens the list with its verb (全县共设立县级路长x、乡级路长y…)
_STATED_CUES = ("合计", "合共", "总计", "共计")
_OWN_TOTAL = regex.compile(r"(?:合计|合共|总计|共计|共(?![建享同用创赢商识]|有|设立?|开设|建成|拥有))\p{Han}{0,6}$")
# A total named as one (补助资金x，加上配套资金y，项目总经费达z): over the parts listed right
# before it too, though, named by its measure only, it may be a larger whole (总资产) the
# listed figures are some of: it confirms, never refutes.
_NAMED_TOTAL = regex.compile(r"总(?:经费|投资|投入|金额|资金|规模|造价|费用|预算|额|数)(?:额|为|达到?|约)*$")


# 上述四家银行合计发放: the total of the members a sentence counts, named before it
_ABOVE = regex.compile(r"\s*" + SUMMED_ABOVE)
# 两者合计: the total of two figures named before
# (两家银行合计: the two bodies named before, by what they are)
_BOTH = regex.compile(r"(?:两者|二者|两项|两类|两家\p{Han}{0,4}|两个\p{Han}{0,4})$")
_BOTH_ALONE = frozenset(("两者", "二者", "两项", "两类"))  # (naming nothing else, they are the two right before)


_NAME_GOES_ON = regex.compile(r"的?\p{Han}")


# 岸边集装箱起重机（以下称岸桥）12台、…: an alias an item is given stands in no gap between parts
_ALIAS_ASIDE = regex.compile(r"[（(]以下(?:简称|称)[^（()）]{1,12}[）)]")


def _gap(text: str, start: int, end: int) -> int:
    """The characters between two figures, the aliases named between them left out."""
    return end - start - sum(len(m.group()) for m in _ALIAS_ASIDE.finditer(text, start, end))


def trailing_totals(text: str, slots: list[_Slot], context: dict) -> list[Relation]:
    """A元、B元和C元，总计D元 (中期股息0.45元，全年派息合共1.5元): the run of figures of one
    measure right before the one 合计 introduces, in its sentence and cast in no other
    role, add up to it.  Parts in earlier sentences (one per paragraph, then 三个包合计…)
    are read from the context: the nearest run of figures of the measure that adds up
    to the total, which it confirms and never refutes.  其他行业合计 is the total of a
    category whose members are not listed.  A total named as one (项目总经费达z) after parts
    listed in its sentence is tied to them only when they add up to it (it may be a larger
    whole)."""
    if len(slots) < 3 or "计" not in text and "共" not in text and "总" not in text and not _FRAMED_COUNT.search(text):
        return []
    out = []
    for i, total in enumerate(slots):
        if total.fields.get("role") not in (None, "actual", "part") or total.figure.kind in ("percent", "number"):
            continue  # (an amount done may total: A 3个、B 20个，合计23个，完成年度任务30个的76.7%)
        clause = _clause_start(text, total.start, max(total.sentence, total.start - 12))
        cue = _LISTED_TOTAL.search(text, clause, total.start)
        if total.fields.get("role") == "part" and (cue is None or not cue.group().startswith(_STATED_CUES)):
            continue  # (a share's part totals only when 合计, 共计… say so: 其中A x、B y，共计z，占…的r)
        named = _NAMED_TOTAL.search(text, clause, total.start) if not cue else None
        cue = cue or named
        if i and _WITH_ANOTHER.fullmatch(text, clause, total.start) and slots[i - 1].same_measure(total) \
                and not slots[i - 1].fields.get("role") and text[slots[i - 1].end:clause].strip() in ("，", ","):
            # 二手住宅成交20,950套，与新房合计成交45,810套: the figure before and the other named, stated
            # earlier (read when they add up: it confirms only)
            parts, mode = _added_to(text, [slots[i - 1]], slots[:i - 1], total, slots, context)
            if mode == "inferred":
                out.append(cast_breakdown(total, parts, mode))
            continue
        if not cue and i and _RUNNING_TOTAL.search(
                text, _clause_start(text, total.start, max(total.sentence, total.start - 24)), total.start):
            added = _one_added(text, slots, i)
            if added is not None:
                # 下达第二批资金42.6亿元。加上8月份下达的第一批资金18.4亿元，累计下达资金61.0亿元: the
                # figure added and the one it is added to, read from the context (when they add up)
                parts, mode = _added_to(text, [added], slots[:i - 1], total, slots, context)
                if mode == "inferred":
                    out.append(cast_breakdown(total, parts, mode))
            continue
        if not cue and total.figure.kind == "count" and _COUNTED_OPENS.fullmatch(text, total.sentence, total.start) \
                and _FRAMES.match(text, total.end):
            # …项目9个…；…项目5个…；…项目3个…。17个项目中已竣工14个: a sentence framed by the count of
            # what the sentence before listed (read when they add up: it confirms only; not alternatives,
            # 排除两个或三个选项…。五个选项中)
            parts = _read_parts(text, slots[:i], total, slots, context)
            before = full_sentence_start(text, total.sentence - 1) if total.sentence else 0
            if parts and parts[0].start >= before \
                    and not any("或" in text[a.end:b.start] for a, b in zip(parts, parts[1:])):
                out.append(cast_breakdown(total, parts, "inferred"))
            continue
        if not cue or _rest_before(text, total, cue):
            continue
        above = _ABOVE.fullmatch(text, total.sentence, total.start)
        n = _stated_number(above.group("n") + "个") if above is not None else None
        if n is not None and n >= 2:
            # 中国工商银行…、中国农业银行…分别发放x、y。上述四家银行合计发放z: the last n figures of the
            # measure in the paragraph, the members the sentence counts
            opens = text.rfind("\n", 0, total.start) + 1
            run = [s for s in slots[:i] if s.start >= opens and s.same_measure(total)
                   and s.fields.get("role") in (None, "actual", "part") and not _changed(text, s)][-n:]
            if len(run) == n:
                out.append(cast_breakdown(total, run))
            continue
        both = _BOTH.search(text, max(clause, cue.start() - 8), cue.start())
        if both is not None:
            # 差饷收入…264.37亿港元，较…的251.86亿港元增加5.0%；地租收入…118.52亿港元，两者合计382.89亿港元:
            # the last two figures of the measure in the full sentence, whatever stands between
            opens = full_sentence_start(text, total.start)
            run = [s for s in slots[:i] if s.start >= opens and s.same_measure(total)
                   and s.fields.get("role") in (None, "actual", "total") and not _changed(text, s)]
            two = run[-2:]
            if len(two) == 2:
                # (the last two of a longer list joined by 、 may not be the two meant: 公办x、普惠性民办y、其他民办z；
                # 两者合计t, read so it confirms only)
                longer = len(run) >= 3 and "、" in text[run[-3].end:two[0].start]
                out.append(cast_breakdown(total, two, "inferred" if longer else "exhaustive"))
                continue
            if both.group() in _BOTH_ALONE:
                continue
            # (两个标段合计x with the two stated in sentences of their own: read below, from the context)
        merged = merged_members(text, total, cue, slots) or kinds_named_before(text, total, cue, slots)
        if merged is not None:
            out.append(cast_breakdown(total, merged))  # 大中型矿山合计21家: of 大型矿山 and 中型矿山
            continue
        joined = _JOINED_NAMES.search(text, clause, cue.start())
        if joined is not None and not any(_names_a_part(joined, s) for s in slots[:i]
                                          if s.sentence == total.sentence and s.same_measure(total)):
            continue  # 玉丰投信及玉丰创投合计1.9亿元: the total of the two its clause names, one more part
        listed_only = not _TRAILING_TOTAL.search(text, clause, total.start)  # 共计, 共: only over listed parts
        bare = listed_only and not named and not cue.group().startswith("共计")  # 共: parts joined by 、和及与, not ，
        parts, after, mode = [], total, "inferred" if named else "exhaustive"
        for s in reversed(slots[:i]):
            # (A x，加上省体育局、省财政厅下达的补助资金y，共计z: the part added may be named at length)
            if s.sentence != total.sentence \
                    or _gap(text, s.end, after.start) > (2 * _PART_GAP if _ADDED_AFTER.match(text, s.end) else _PART_GAP):
                break
            if after is not total and "其中" in text[s.end:after.start]:
                break  # (合作社1,286家，其中A 12家、B 47家、C 135家，各级示范社合计194家: the head is no part)
            if listed_only and s.start >= clause and not s.same_measure(total):
                continue  # 两项共59.9亿元: the number of parts, in the total's clause
            if listed_only and not _listed_part(text, s, after if after is not total else None, total, bare, context,
                                                slots, cue.group().startswith(_STATED_CUES)):
                break
            if s.same_measure(total) and _of_the_year_before(text, s) and not _of_the_year_before(text, total) \
                    and _THIS_YEAR.search(text, s.end, total.start):
                # 去年9月营收为44.17亿元，今年8月…、7月…，第三季合计…: another year's figure ends the
                # run, and what is left may be some of the parts only (9月's is in another sentence);
                # but 去年争取补助x、配合款y，自筹z，合计w names the year reported on, all through
                mode = "subset"
                break
            if s.same_measure(total) and _changed(text, s):
                after = s  # (a change between the parts, none of them: 第二季为x，较第一季增加y，上半年合计…)
                continue
            if s.same_measure(total) and s.figure.text.endswith(("以上", "以下")) and _NAME_GOES_ON.match(text, s.end):
                break  # (投资10亿元以上|项目9个、合计投资168亿元: a bound inside the name of what is summed)
            if s.same_measure(total) and not s.fields.get("role") \
                    and not _PER_UNIT.search(text, max(0, s.start - 16), s.start):  # (每股0.6元, 合计3.12亿元)
                parts.insert(0, s)
                after = s
        # 前4所高校被聘用的学生合计39人: 前N may stand further back in the clause than the cue.
        first = _FIRST_N.search(text, _clause_start(text, cue.start(), max(total.sentence, cue.start() - 24)),
                                cue.start())
        if first is not None and len(parts) >= 2:
            # 前4所高校合计39人: the first four of the listed parts.
            n = _stated_number(first.group(1) + "个") or 0
            parts = parts[:n] if 2 <= n <= len(parts) else []
        counted = _N_ITEMS.search(text, clause, total.start) if first is None else None
        n = (_stated_number(counted.group(1) + "个") or 0) if counted is not None else 0
        if n > len(parts):
            # A；B；C；D，上述四项合计t: the items the text counts stand further apart than a list's
            # parts do, each in its own ；-item, in the total's sentence
            opens = full_sentence_start(text, total.start)
            items = [s for s in slots[:i] if s.start >= opens and s.same_measure(total)
                     and not s.fields.get("role") and not _PER_UNIT.search(text, max(0, s.start - 16), s.start)]
            parts = items[-n:] if len(items) >= n else parts
            if len(parts) < n and total.sentence > 0 and _COUNTED_OPENS.fullmatch(text, total.sentence, counted.start()):
                # …增值税x…；企业所得税y…；个人所得税z…。三大主体税种合计t: a sentence opening on the count
                # totals the items of the sentence before, when it holds just that many (read from the
                # sentence before, they confirm it, never refute it)
                before = full_sentence_start(text, total.sentence - 1)
                items = [s for s in slots[:i] if before <= s.start < total.sentence and s.same_measure(total)
                         and s.fields.get("role") in (None, "part", "actual") and not _changed(text, s)
                         and not _PER_UNIT.search(text, max(0, s.start - 16), s.start)]
                if len(items) == n and sum(s.figure.value for s in items) == total.figure.value:
                    parts, mode = items, "inferred"
        if counted is not None and len(parts) >= 2:
            # …，财政性存款增加386.9亿元，三项合计5829.8亿元: the last three, not the total before them
            parts = parts[-n:] if 2 <= n <= len(parts) else []
        if listed_only and parts:
            k = slots.index(parts[0])
            ahead = slots[k - 1] if k else None
            if ahead is not None and ahead.sentence == total.sentence and not ahead.same_measure(total) \
                    and parts[0].start - ahead.end <= _PART_GAP and "、" in text[ahead.end:parts[0].start]:
                continue  # 1场会前会、1个主会场、24个分论坛，共计160余个报告: a list of other things
        if len(parts) >= 2 and mode == "exhaustive" and _ADDING.match(
                text, _clause_start(text, parts[0].start, max(parts[0].sentence, parts[0].start - 12))):
            # 9月营收x；加计7月y、8月z，第三季合计t: the list adds to a figure stated before it
            parts, mode = _added_to(text, parts, slots[:slots.index(parts[0])], total, slots, context)
        if len(parts) >= 2 and mode == "exhaustive" and _months_short_of_span(text, parts, total, clause):
            # 9月…318.6億港元。7月及8月…分別修訂為x及y，第三季合共t: the months listed are not all of the
            # quarter; the one stated before may make them up (read: it confirms only), else they are some of it
            parts, mode = _added_to(text, parts, slots[:slots.index(parts[0])], total, slots, context)
        if listed_only and len(parts) >= 2 and _changes_of_a_stock(text, parts, total, clause):
            continue  # 新设子公司2家、注销1家，年末子公司共14家: the year's changes, no parts of the stock
        if len(parts) < 2:
            if first is not None or listed_only:
                continue
            # (one part right before the total and the other further back: 全县发放贷款3.65亿元，A银行推出
            # “姜农贷”发放贷款1.28亿元，合计投放4.93亿元; read, ending on that part, they confirm it only)
            read = _read_parts(text, slots[:i], total, slots, context)
            parts, mode = (read if not parts or read[-1:] == parts else []), "inferred"
            if not parts:
                continue
        if len(parts) >= 2 and mode == "exhaustive" and not _agrees(
                Relation("breakdown", None, total=total.figure.id, inputs=tuple(p.figure.id for p in parts),
                         mode=mode), slots, context):
            members = _sentence_members(text, slots, i)
            if len(members) > len(parts) and all(m is p for m, p in zip(members[-len(parts):], parts)) \
                    and sum(s.figure.value for s in members) == total.figure.value:
                # 龙头企业A实现产值x，B、C分别实现产值y和z，合计t: the sentence's members before the list, when
                # they make the total up exactly
                parts = members
            elif _POINTED_BACK.search(text, clause, cue.start()):
                # A出口x，B、C分别出口y和z，上述企业合计出口t: the members the sentence named, all of
                # its figures of the measure, not the last clause's list (tied only when they add up:
                # where the members start is not stated)
                parts = _sentence_members(text, slots, i)
                if len(parts) < 2 or sum(s.figure.value for s in parts) != total.figure.value:
                    continue
            else:
                parts, mode = _across_items(text, slots, i, parts, context)
        if named and not _agrees(Relation("breakdown", None, total=total.figure.id,
                                          inputs=tuple(p.figure.id for p in parts), mode="exhaustive"), slots, context):
            continue  # (a larger whole, 总资产, or a total the list is part of)
        out.append(cast_breakdown(total, parts, mode))
    return out


# 上述企业合计: the members named before, pointed back at and not counted
# (not 上述四项, counted: read above; nor 以上 bounding a figure, 亿元以上项目)
_POINTED_BACK = regex.compile(r"(?:上述|前述|(?<=^|[，,。；;\s])以上)(?![两二三四五六七八九十\d])\p{Han}{1,6}$")


def _sentence_members(text: str, slots: list[_Slot], i: int) -> list[_Slot]:
    """The figures of the total's measure in its full sentence before it, in no role and no
    change or per-unit figure: the members a 上述 total points back at."""
    total = slots[i]
    opens = full_sentence_start(text, total.start)
    return [s for s in slots[:i] if s.start >= opens and s.same_measure(total) and not s.fields.get("role")
            and not _changed(text, s) and not _PER_UNIT.search(text, max(0, s.start - 16), s.start)]


def _across_items(text: str, slots: list[_Slot], i: int, parts: list[_Slot],
                  context: dict) -> tuple[list[_Slot], str]:
    """茶叶企业312家，其中规模以上茶企28家；|合作社146家，家庭农场87家，共计545家: parts that open their
    ；-item and fall short of the total may go on in the items before it in the full sentence (the
    figures of the measure in no role there: not the 其中 item).  Those and the parts when they add up;
    else the parts as a subset, since where the list starts is not known."""
    total, first = slots[i], parts[0]
    opens = full_sentence_start(text, total.start)
    item = first.sentence
    if item <= opens or any(s.sentence == item and s.start < first.start and s.same_measure(total) for s in slots[:i]):
        return parts, "exhaustive"
    # (a part's growth may stand in its item: 授权发明专利3.64万件，同比增长14.8%，上年为3.17万件；…合计15.80万件)
    earlier = [s for s in slots[:i] if opens <= s.start < item and s.same_measure(total)
               and s.fields.get("role") in (None, "actual", "total") and s.figure.value_max is None and not _changed(text, s)
               and not _PER_UNIT.search(text, max(0, s.start - 16), s.start)]
    if not earlier:
        return parts, "exhaustive"
    wider = earlier + parts
    if _agrees(Relation("breakdown", None, total=total.figure.id, inputs=tuple(p.figure.id for p in wider),
                        mode="exhaustive"), slots, context):
        return wider, "exhaustive"
    return parts, "subset"


# Two names joined before the cue (A及B合计x): the clause says what it totals.
_JOINED_NAMES = regex.compile(r"(?P<a>\p{Han}{2,12})(?:及|和|与|、)(?P<b>\p{Han}{2,12})$")


def _names_a_part(joined: regex.Match, s: _Slot) -> bool:
    """Does one of the names joined before a 合计 name ``s`` (工业和服务业合计 after 工业投资x)?"""
    indicator = s.fields.get("indicator") or ""
    return any(name in indicator for name in (joined.group("a"), joined.group("b")))


def _of_the_year_before(text: str, s: _Slot) -> bool:
    """Does the clause of ``s`` open on the year before (去年9月营收为|44.17亿元), not as a
    comparison (比去年)?"""
    clause = _clause_start(text, s.start, max(s.sentence, s.start - 16))
    # (上年结转1.27亿元: what the year before left over, an item of this year's revenue)
    return _PREVIOUS_WORD.search(text, clause, s.start) is not None and _CARRIED_OVER.search(text, clause, s.start) is None


_THIS_YEAR = regex.compile(r"今年|本年|当年")  # (a period named against the year before)
_CARRIED_OVER = regex.compile(r"(?:上年|去年|上一年度?)(?:结转|结余|滚存)")


_LIST_JOIN = regex.compile(r"[、，,；;和及与]")
_PART_JOIN = regex.compile(r"[、和及与]")
_TOTAL_JOIN = regex.compile(r"[，,；;]")


def _listed_part(text: str, s: _Slot, after: _Slot | None, total: _Slot, bare: bool, context: dict,
                 slots: list[_Slot], stated: bool = False) -> bool:
    """Is ``s`` the next part (going back) of A x、B y，共计z: of the total's measure,
    joined to the part after it by 、，和及与 (by 、和及与 when ``bare``: 两项共z) or to the
    total by ，or ；(、运动场改造共投入z is one more item), no total of its own
    (学费共计39000元) and nothing per item (每单4.5元)?  ``stated``: the total's cue is 共计 (合计…),
    after which a 共有 opening the list is the list's verb (全县共设立A x、B y，共计z); before
    a bare 共有 it says another thing (共有10个一级学科和7个…，共有70多个二级学科)."""
    if not s.same_measure(total) or _trailing_cued(text, s, slots):
        return False
    if after is None:
        if not _TOTAL_JOIN.search(text, s.end, total.start):
            return False
    elif not (_PART_JOIN if bare else _LIST_JOIN).search(text, s.end, after.start):
        return False
    if (_OWN_TOTAL if stated else _LISTED_TOTAL).search(
            text, _clause_start(text, s.start, max(s.sentence, s.start - 12)), s.start):
        return False
    return not _unsummable(s.fields.get("indicator"), context.get("not_summable", ()))


def _changes_of_a_stock(text: str, parts: list[_Slot], total: _Slot, clause: int) -> bool:
    """Are ``parts`` changes in what ``total`` counts rather than its parts: some added and
    some removed (新设子公司2家、注销1家), or added to a stock the total's clause names (年末…共14家)?"""
    said = [text[_clause_start(text, p.start, max(p.sentence, p.start - 12)):p.start] for p in parts]
    added = any(_ADDED.search(s) for s in said)
    removed = any(_REMOVED.search(s) for s in said)
    own = text[clause:total.start]
    return (added and removed) or ((added or removed) and _STOCK.search(own) is not None
                                   and not _ADDED.search(own) and not _REMOVED.search(own))


_ADDED = regex.compile(r"新设|新增|新成立|新建|新开")
_REMOVED = regex.compile(r"注销|撤销|关闭|减少|退出|转让|出售|处置|吸收合并|清算|剥离")
# A stock at a date (年末…共14家, 现有, 累计), which the year's changes are no parts of.
_STOCK = regex.compile(r"[年期月季]末|底|现有|共有|累计|存量|范围内")
# (三标合约金额合计; 五大来源地合计: the first named apart, the other four in a 分别 list)
_N_ITEMS = regex.compile(r"([两二三四五六七八九十\d]{1,2})(?:项|者|类|部分|标|个标段|大)\p{Han}{0,6}?(?:合计|共计|总计|合共)")
_FIRST_N = regex.compile(r"前([两二三四五六七八九十]|\d{1,2})")
# 17个项目中已竣工14个: a count framing what its sentence says of some of them (_FRAMED_COUNT: whether a
# text may hold one at all; _FRAMES: what follows the count)
_FRAMED_COUNT = regex.compile(r"\d\p{Han}{1,9}?中")
_FRAMES = regex.compile(r"\p{Han}{1,8}?中[，,]?\s*\p{Han}")
_COUNTED_OPENS = regex.compile(r"\s*(?:上述|以上)?")  # (what may stand before the count opening a sentence)


# What opens a list that adds to a figure stated before it (加计7月…、8月…，第三季合计…).
# ，与新房合计成交|: a total of the figure before and another the clause names
_WITH_ANOTHER = regex.compile(r"(?:与|和|连同)\p{Han}{1,8}?(?:合计|合共|共计|总计)\p{Han}{0,4}?(?:为|达)?")
_ADDING = regex.compile(r"(?:再)?(?:加计|加上|连同|计入)")
# (…x，加上…y: the clause adding a part named at length; not 连同, which may add one stated elsewhere:
# 分别为x、y，连同第三季，首三季累计…合共t)
_ADDED_AFTER = regex.compile(r"[，,]\s*(?:再)?(?:加计|加上)")
# A running total named so (累计下达资金|61.0亿元), after a clause that adds a figure (加上…18.4亿元，)
_RUNNING_TOTAL = regex.compile(r"累计[^，,。；;\d]{0,16}$")


def _one_added(text: str, slots: list[_Slot], i: int) -> _Slot | None:
    """The figure right before ``slots[i]`` when it ends a clause that opens with 加上 (or 加计,
    连同…), and the clause of ``slots[i]`` comes right after it."""
    added, total = slots[i - 1], slots[i]
    opens = _clause_start(text, added.start, max(added.sentence, added.start - 24))
    if not _ADDING.match(text, opens) or added.sentence != total.sentence or not added.same_measure(total) \
            or added.fields.get("role") or _clause_start(text, total.start, added.end) == added.end:
        return None
    between = text[added.end:_clause_start(text, total.start, added.end)]
    return added if between.strip() in ("，", ",") else None


def _added_to(text: str, parts: list[_Slot], earlier: list[_Slot], total: _Slot, slots: list[_Slot],
              context: dict) -> tuple[list[_Slot], str]:
    """The parts with the one earlier figure of their measure (within _READ_REACH, no
    previous value: 较去年同期的x) that makes them add up to the total, read from the
    context (inferred); else the listed parts alone, as some of the total (subset)."""
    floor = _read_floor(text, total.start)
    tries = 0
    for s in reversed(earlier):
        if s.start < floor or tries >= _READ_TRIES:
            break
        # (a total of its own list may be added: 新建商品住宅24,860套（其中…），…与新房合计45,810套)
        # (nor a target: 收入15.82亿元，为调整预算15.2亿元的104.1%…。加上级补助收入x…，收入总计t)
        if not s.same_measure(total) or s.fields.get("role") in ("previous", "part", "target", "change"):
            continue
        tries += 1
        if _agrees(Relation("breakdown", None, total=total.figure.id,
                            inputs=(s.figure.id, *(p.figure.id for p in parts)), mode="exhaustive"), slots, context):
            return [s, *parts], "inferred"
    return parts, "subset"


_MONTH = regex.compile(r"(?<![\d一二三四五六七八九十])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月")
_SPAN_MONTHS = regex.compile(r"第?([一二三四1-4])季度?|([上下])半年|前三季度?")


def _months_short_of_span(text: str, parts: list[_Slot], total: _Slot, clause: int) -> bool:
    """Are ``parts`` named by months (7月及8月…分别为x及y) fewer than the total's span holds
    (第三季合共t: July to September)?"""
    span = _SPAN_MONTHS.search(text, clause, total.start)
    if span is None:
        return False
    if span.group(1):
        q = int(parse_number(span.group(1)))
        months = set(range(3 * q - 2, 3 * q + 1))
    elif span.group(2):
        months = set(range(1, 7)) if span.group(2) == "上" else set(range(7, 13))
    else:
        months = set(range(1, 10))
    # (from the comma before the list: 分别 ends no clause here)
    opens = max(text.rfind("，", parts[0].sentence, parts[0].start) + 1, parts[0].sentence, parts[0].start - 30)
    named = {int(parse_number(m.group(1))) for m in _MONTH.finditer(text, opens, parts[0].start)}
    return len(named) == len(parts) and named < months


def _read_parts(text: str, earlier: list[_Slot], total: _Slot, slots: list[_Slot], context: dict) -> list[_Slot]:
    """The nearest run of figures of the total's measure before it (within
    _READ_REACH, cast in no role, at most _READ_TRIES) that adds up to it."""
    floor = _read_floor(text, total.start)
    run: list[_Slot] = []
    for s in reversed(earlier):
        if s.start < floor or len(run) >= _READ_TRIES:
            break
        if not s.same_measure(total) or s.fields.get("role") in ("previous", "change"):
            continue  # (企业所得税3.47亿元，比上年同期的3.05亿元增长R；…: a part's previous value, or its change, is no part)
        if s.fields.get("role") not in (None, "actual") or s.series:
            break  # (the current value of a rate may be a part: 利润…增长R；税金…增长R。利税合计…)
        run.insert(0, s)
        if len(run) >= 2 and _agrees(Relation("breakdown", None, total=total.figure.id,
                                              inputs=tuple(p.figure.id for p in run), mode="exhaustive"), slots, context):
            return run
    return []
