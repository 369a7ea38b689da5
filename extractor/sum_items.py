"""Where a breakdown's list of parts ends: the parts of its first ；-item or one per item
(_list_items), the lists after it, one more part after ；另有 or after the comma that closes a
、-list, and the items past the list that are the total's siblings, another total beside it,
or a second measure interleaved with the first.  sums.py asks."""
from __future__ import annotations

import dataclasses
import itertools
from decimal import Decimal

import regex

from .distributions import _ITEM_JOIN, _SMALL_NUMERALS
from .relate import _FULL_STOP, Relation, _agrees, _Slot
from .sum_complete import _parallel_records
from .sum_names import _OTHERS, _common_suffix, _opposite_measure


_ITEM_BREAK = regex.compile(r"[;；]")  # normalized text has ";" for "；"
# Stages a project goes through after it is signed (开工, 投产): a stage is no kind of project
_LATER_STAGE = regex.compile(r"(?:新开工|开工|竣工投产|竣工|投产|落地|开业|建成)")


def _siblings_summed(text: str, slots: list[_Slot], total: _Slot, parts: list[_Slot],
                     context: dict) -> tuple[list[_Slot], Relation | None]:
    """电子零组件出口x，其中积体电路出口y；资通与视听产品出口z，两大货类合计w: when the list
    overflows its total only past a ；, and a later figure of the sentence is the total plus
    the items past it, those items are the total's siblings, no parts of it.  The parts
    before the ； and the sum of the siblings (inferred: read from the context)."""
    if len(parts) < 2 or total.figure.value_max is not None \
            or sum(p.figure.value for p in parts) <= total.figure.value:
        return parts, None
    later = [s for s in slots if s.start >= parts[-1].end and s.sentence == parts[-1].sentence
             and s.same_measure(total) and not s.fields.get("role")]
    for k in range(len(parts) - 1, 0, -1):
        if not _SEMICOLON.search(text, parts[k - 1].end, parts[k].start):
            continue
        head, rest = parts[:k], parts[k:]
        if sum(p.figure.value for p in head) > total.figure.value:
            continue
        for s in later:
            sums = Relation("breakdown", None, total=s.figure.id, inputs=(total.figure.id, *(p.figure.id for p in rest)),
                            mode="exhaustive")
            if _agrees(sums, slots, context):
                s.fields["role"] = "total"
                for p in rest:
                    p.fields.setdefault("role", "part")
                return head, dataclasses.replace(sums, mode="inferred")
    return parts, None


_SEMICOLON = regex.compile(r"[；;]")


def _without_interleaved(listed: list[_Slot], first: _Slot) -> list[_Slot]:
    """``listed`` without the items of the measure opposite to ``first``'s when the two
    alternate (职工医保基金收入x、支出y，居民医保基金收入z、支出w: two lists in one, the incomes
    and the spendings); a list of the two once each (其中出口x、进口y) stays whole."""
    named = first.fields.get("indicator") or ""
    opposite = [_opposite_measure(named, s.fields.get("indicator") or "") for s in listed]
    if sum(opposite) < 2 or len(opposite) - sum(opposite) < 2 \
            or not any(not o and k > opposite.index(True) for k, o in enumerate(opposite)):
        return listed
    return [s for s, o in zip(listed, opposite) if not o]


def _summed_before_item_break(text: str, total: _Slot, parts: list[_Slot]) -> list[_Slot]:
    """``parts`` up to the ；that ends the first two or more of them adding up to ``total``
    exactly, when all of them do not (财政补贴38.95亿元，其中中央21.6亿元、省级9.84亿元、市县7.51亿元；
    利息收入4.37亿元；…: the next items are the total's siblings)."""
    if sum(p.figure.value for p in parts) == total.figure.value:
        return parts
    running = Decimal(0)
    for k, p in enumerate(parts[:-1]):
        running += p.figure.value
        if k and running == total.figure.value and _ITEM_BREAK.search(text, p.end, parts[k + 1].start):
            return parts[:k + 1]
    # (第二产业入库6.83亿元，其中制造业入库5.12亿元，占…；第三产业入库5.69亿元: an item after the ；named
    # as the total is but for one character is its sibling)
    name = total.fields.get("indicator") or ""
    for k, p in enumerate(parts[1:], start=1):
        other = p.fields.get("indicator") or ""
        if len(name) >= 3 and len(other) == len(name) and sum(a != b for a, b in zip(name, other)) == 1 \
                and _ITEM_BREAK.search(text, parts[k - 1].end, p.start):
            return parts[:k]
    return parts


def _beside_total(text: str, slots: list[_Slot], lead: tuple[_Slot, list[_Slot]], parts: list[_Slot]) -> _Slot | None:
    """The total of a list paired item by item with a first list whose parts add up to that list's
    total exactly (``lead``): the figure of the list's measure right after that total, in its clause
    (实施新能源项目128个，总投资1462.5亿元。…分领域看，光伏领域46个项目、总投资612.8亿元，…).  The
    first list is all of its total, so the list beside it is all of the total beside that."""
    total, lead_parts = lead
    k = slots.index_by_id()[total.figure.id] + 1
    if k >= len(slots) or len(lead_parts) != len(parts):
        return None
    beside = slots[k]
    if beside.sentence != total.sentence or not beside.same_measure(parts[0]) or beside.fields.get("role") \
            or beside.figure.value < max(p.figure.value for p in parts) \
            or not _BESIDE_GAP.fullmatch(text, total.end, beside.start):
        return None
    return beside


# What stands between two totals of one set of items: 项目128个，总投资|1462.5亿元
_BESIDE_GAP = regex.compile(r"[，,、]\s*(?:计划|协议|签约)?(?:总投资|投资总额|投资|总金额|金额|总额|规模)(?:为|达到?|约)?\s*")


def _before_a_parallel_total(text: str, slots: list[_Slot], total: _Slot, parts: list[_Slot]) -> list[_Slot]:
    """The parts up to a ；-item that repeats the total's own pattern, a figure of its
    measure with the same figure after it as after the total (新签约项目5个，总投资23.6亿元，
    其中亿元以上项目3个；新开工项目4个，总投资11.2亿元): that item is another total beside
    the first, no part of it."""
    index = slots.index_by_id()
    k = index[total.figure.id] + 1
    beside = slots[k] if k < len(slots) and slots[k].sentence == total.sentence else None
    if beside is None or beside.same_measure(total) or not beside.fields.get("indicator"):
        return parts

    def repeats(p: _Slot) -> bool:
        j = index[p.figure.id] + 1
        return (j < len(slots) and slots[j].same_measure(beside) and not _FULL_STOP.search(text, p.end, slots[j].start)
                and slots[j].fields.get("indicator") == beside.fields["indicator"]
                # (not a share after the last part where a growth follows the total: …支出y；B收入z、支出w，
                # 当期支出占收入的r)
                and slots[j].fields.get("role") == beside.fields.get("role"))

    if repeats(parts[0]):
        return parts  # (其中工业项目18个，总投资80亿元；服务业项目12个，总投资40亿元: every part does)
    for n in range(1, len(parts)):
        if _ITEM_BREAK.search(text, parts[n - 1].end, parts[n].start) and repeats(parts[n]):
            return parts[:n]
    return parts


# ，另有C, ，另通过专项债券筹措C: one more part after the list (not 另外, which turns to another matter)
_ANOTHER = regex.compile(r"另(?:有|通过|从|争取|筹措|安排)$")


def _more_parts(text: str, turn: regex.Match | None, stop: int, following: list[_Slot], first: _Slot,
                total: _Slot, parts: list[_Slot], slots: list[_Slot], context: dict) -> list[_Slot]:
    """The figures of the parts' measure after a ；另有 (，另有, ，另通过…) that ends the list (up to the full
    stop), when the parts alone do not add up to the total: when the last of them is the rest
    (其他行业企业23家), which closes the list; else only when they all add up exactly (they then
    confirm the breakdown, never refute it)."""
    if turn is None or not _ANOTHER.search(turn.group()):
        return []
    more = [s for s in following if turn.end() <= s.start < stop and s.same_measure(first)]
    if not more or any(s.fields.get("role") for s in more):
        return []
    whole = tuple(p.figure.id for p in parts)
    if _agrees(Relation("breakdown", None, total=total.figure.id, inputs=whole, mode="exhaustive"), slots, context):
        return []
    if _OTHERS.search(more[-1].fields.get("indicator") or ""):
        return more  # ；另有C 31家，其他行业企业23家: the rest closes the list, which is then all of it
    both = Relation("breakdown", None, total=total.figure.id, inputs=whole + tuple(s.figure.id for s in more),
                    mode="exhaustive")
    return more if _agrees(both, slots, context) else []


def _item_after_comma(text: str, stop: int, following: list[_Slot], first: _Slot, total: _Slot, parts: list[_Slot],
                      slots: list[_Slot], context: dict) -> list[_Slot]:
    """中央资金x、省级资金y、市县资金z，银行贷款及社会资本w。: the items after the comma that ends a list
    joined by 、 (one, or a run of ，-items: …、省级补助资金y，区级财政配套z，社会资本及居民出资w), when with
    them the list adds up to the total exactly (it then confirms, never refutes).
    Amounts, or counts of a group's subtotal (…等支线合计w) or of kinds joined (…、建筑业企业z，机关事业单位和
    社会组织w): other counts add up by chance too often (工业项目28个、服务业项目14个，新开工项目12个 of 54)."""
    if len(parts) < 2 or "、" not in text[parts[-2].end:parts[-1].start]:
        return []
    if _ordinals_go_on(text, parts, stop):
        # (第一类x、第二类y、第三类z，第四类及第五类w: the class numbered next is one more part, whatever it adds up to)
        after = next((s for s in following if s.start >= parts[-1].end), None)
        return [after] if after is not None and after.same_measure(first) and not after.fields.get("role") \
            and _COMMA_ITEM.fullmatch(text, parts[-1].end, after.start) else []
    summed, afters, last = sum(p.figure.value for p in parts), [], parts[-1]
    for after in (s for s in following if s.start >= parts[-1].end):
        if after.start >= stop or not after.same_measure(first) or after.fields.get("role") \
                or not _COMMA_ITEM.fullmatch(text, last.end, after.start):
            return []
        if first.figure.kind != "money" and not _GROUP_SUBTOTAL.search(text, last.end, after.start) \
                and not _KINDS_JOINED.search(text, last.end, after.start):
            return []  # (counts only as a group's subtotal: 西部幹線x、東部幹線y、南迴線z，內灣、集集等支線合計w)
        summed, last = summed + after.figure.value, after
        afters.append(after)
        if summed >= total.figure.value:
            break
    if summed != total.figure.value or not afters:
        return []
    whole = tuple(p.figure.id for p in parts)
    agreed = _agrees(Relation("breakdown", None, total=total.figure.id, inputs=whole, mode="exhaustive"), slots, context)
    return [] if agreed else afters  # (the list before it already adds up, within rounding: it ends there)


_GROUP_SUBTOTAL = regex.compile(r"合计|共计|合共")
_KINDS_JOINED = regex.compile(r"\p{Han}{2}(?:和|及|与)\p{Han}{2}")
# 第一类x、第二类y、第三类z，第四类及第五类w: classes numbered in order
_ORDINAL = regex.compile(r"第([一二三四五六七八九十]{1,2})([类级档批期组])")


def _ordinals_go_on(text: str, parts: list[_Slot], stop: int) -> bool:
    """Does each part's clause name its class by the next ordinal (第一类, 第二类, …), and the
    ，-item after the list the one after the last (counts may then go on past the comma too)?"""
    named = [_ORDINAL.search(text, max(0, p.start - 12), p.start) for p in parts]
    after = _ORDINAL.match(text, parts[-1].end + 1, stop)
    if after is None or not all(named):
        return False
    numbers = [_SMALL_NUMERALS.get(m.group(1)) for m in named + [after]]
    return all(m.group(2) == after.group(2) for m in named) and numbers == list(range(1, len(numbers) + 1))


def _comma_item_completes(text: str, stop: int, following: list[_Slot], first: _Slot, total: _Slot,
                          parts: list[_Slot]) -> bool:
    """社区长者食堂46个、农村幸福食堂97个、嵌入式助餐点52个，依托餐饮企业设立的助餐点19个 of 214个: does the
    item after the comma that ends a list joined by 、, of its measure, make the parts add up to the total
    exactly?  Then the 、 list is no claim to be all of it (counts too: see _item_after_comma)."""
    after = next((s for s in following if s.start >= parts[-1].end), None)
    return after is not None and after.start < stop and after.same_measure(first) and not after.fields.get("role") \
        and len(parts) >= 2 and "、" in text[parts[-2].end:parts[-1].start] \
        and _COMMA_ITEM.fullmatch(text, parts[-1].end, after.start) is not None \
        and sum(p.figure.value for p in parts) + after.figure.value == total.figure.value


_COMMA_ITEM = regex.compile(r"[，,][^，,。；;：:\d]{1,24}")  # (，桑枝食用菌、桑葚饮品等综合利用产值: an item may name its kinds)


def _goes_on(listed: list[_Slot], after: _Slot, context: dict) -> bool:
    """Is ``after``, a ，-item after the 、 list ``listed``, its last item: named as they are (the
    last two characters of the head their names end with), and with them every member of a
    known complete set (省级资金x、市级资金y，县级配套资金z)?"""
    names = [s.fields.get("indicator") or "" for s in listed]
    tail = _common_suffix(names)
    name = after.fields.get("indicator") or ""
    if len(tail) < 2 or not name.endswith(tail[-2:]) or name == tail[-2:]:
        return False
    return any(all(any(w in n for n in names + [name]) for w in group)
               and not all(any(w in n for n in names) for w in group)
               for group in context.get("exhaustive_sets", ()))


def _list_items(text: str, candidates: list[_Slot], start: int, context: dict,
                classified: bool = False) -> list[_Slot]:
    """The parts of a list: all in the first ；-item when it holds several
    (A 9个，B 5个；新开工…), else one per ；-item while each holds one
    (第一产业…；第二产业…；第三产业…).  In a classification (``classified``: 从资金来源看，) the
    ，-items after a 、 list left open go on with it when there are two or more: the opener says what
    every item is."""
    items: list[list[_Slot]] = []
    for s in candidates:
        index = len(_ITEM_BREAK.findall(text, start, s.start))
        while len(items) <= index:
            items.append([])
        items[index].append(s)
    if not items:
        return []
    if _parallel_records(items):
        # 第一批6,000万元…，核销5,712万元；第二批八千万元…，核销7,536万元；第三批6,000万元: each
        # ；-item a record of its own, led by its part
        return [item[0] for item in itertools.takewhile(bool, items)]
    if len(items[0]) >= 2:
        first = items[0]
        # 研究生3000人、本科生2000人，师资队伍…300人: after a 、 list, a ，starts another statement
        # (not after items joined by ，that hold a 、 of their own: A 28个、总投资x，B 14个、总投资y，C 4个…).
        for k in range(1, len(first)):
            gap = text[first[k - 1].end:first[k].start]
            # (the last item joined by 和: …分别为x、y和z，支出分别为…)
            # (nor 、-pairs grouped by ，: 沪市主板41家、科创板19家，深市主板33家、创业板37家，北交所8家)
            # (a list closed by 和 before the ，is whole: …分别为x、y和z，支出分别为a、b和c)
            paired = k + 1 < len(first) and "、" in text[first[k].end:first[k + 1].start] \
                and "，" not in text[first[k].end:first[k + 1].start] \
                and not any(c in text[a.end:b.start] for a, b in zip(first[:k], first[1:k + 1]) for c in "和及与")
            # (in a classification too, a list closed by 和 is whole, and 分别 opens another: 收入分别为x、y和z，
            # 支出分别为a、b和c)
            closed = "分别" in gap or any(c in text[a.end:b.start]
                                          for a, b in zip(first[:k], first[1:k]) for c in "和及与")
            # (and one ，-item alone joins only when it makes the list add up: _item_after_comma)
            runs_on = classified and not closed and len(first) - k >= 2
            if k >= 2 and "，" in gap and not paired and not runs_on \
                    and all(_ITEM_JOIN.search(text[a.end:b.start]) and "，" not in text[a.end:b.start]
                            for a, b in zip(first[:k - 1], first[1:k])) \
                    and not _OTHERS.search(first[k].fields.get("indicator") or "") \
                    and not _goes_on(first[:k], first[k], context):
                return first[:k]  # (but ，其他地区z closes the 、 list: the rest of it)
        # A和B分别为x、y；C z；其他行业w: one-figure ；-items after the list go on with it when
        # the last of them is the rest (其他, 其余), which closes the breakdown
        singles = list(itertools.takewhile(lambda item: len(item) == 1, items[1:]))
        if singles and _OTHERS.search(singles[-1][0].fields.get("indicator") or ""):
            return first + [item[0] for item in singles]
        return first
    parts = []
    for n, item in enumerate(items):
        if parts and _stage_after_kinds(parts[0], item[:1]):
            break  # (其中亿元以上项目9个；已开工11个，开工率R: the works begun, no kind of project)
        if len(item) != 1:
            # 住宅用地x；商服用地、工业用地和其他用地分别为y、z、w: a 分别 list goes on with the items
            if parts and item and "分别" in text[parts[-1].end:item[0].start]:
                parts += item
                # (and the one-figure ；-items after it, when the last is the rest: …分别为y、z；配件及其他产品产值w)
                singles = list(itertools.takewhile(lambda later: len(later) == 1, items[n + 1:]))
                if singles and _OTHERS.search(singles[-1][0].fields.get("indicator") or ""):
                    parts += [single[0] for single in singles]
            elif parts and len(item) >= 2 and _NESTED.match(text, item[0].end, item[1].start):
                # 出口x；进口y，包括A a和B b: an item broken down in turn is one part, its head
                parts.append(item[0])
                continue
            elif parts and item and _OTHERS.search(item[-1].fields.get("indicator") or ""):
                # A x；B y；C z，其余w: the last item closes the list with the rest
                parts += item
            break
        parts.append(item[0])
    return parts


def _stage_after_kinds(first: _Slot, item: list[_Slot]) -> bool:
    """Does the ；-item lead with a stage (已开工11个) after a list that opened on a kind?"""
    return bool(item) and _LATER_STAGE.match((item[0].fields.get("indicator") or "").removeprefix("已")) is not None \
        and _LATER_STAGE.match((first.fields.get("indicator") or "").removeprefix("已")) is None


# Between an item's head and its own parts (进口34.25亿元，包括…, 进口y（其中…）)
_NESTED = regex.compile(r"[，,]?\s*[（(]?(?:其中|包括|包含|含)")


def _records_seconds(text: str, candidates: list[_Slot], parts: list[_Slot], start: int) -> list[_Slot]:
    """The second figure of each ；-item of records that ``parts`` lead, when every one
    names it alike (A收入x、支出y；B收入z、支出w: the 支出 of each, a list of its own)."""
    items: dict[int, list[_Slot]] = {}
    for s in candidates:
        items.setdefault(len(_ITEM_BREAK.findall(text, start, s.start)), []).append(s)
    records = [items[k] for k in sorted(items)]
    if len(parts) < 2 or len(records) < len(parts) or [r[0] for r in records[:len(parts)]] != parts \
            or not _parallel_records(records[:2]):
        return []
    seconds = [r[1] for r in records[:len(parts)] if len(r) >= 2]
    named = {s.fields.get("indicator") for s in seconds}
    return seconds if len(seconds) == len(parts) and len(named) == 1 else []


_AGAIN = regex.compile(r"[，,]\s*\p{Han}{1,8}?分别(?:为|是|达到|达)?\s*")


def _listed_again(text: str, candidates: list[_Slot], parts: list[_Slot]) -> list[_Slot]:
    """The figures of a second 分别 list over the same items, right after the list of ``parts``
    in its ；-item (A、B、C收入分别为x、y和z，|支出分别为a、b和c)."""
    after = [s for s in candidates if s.start >= parts[-1].end]
    if len(after) < len(parts) or not _AGAIN.fullmatch(text, parts[-1].end, after[0].start):
        return []
    again = after[:len(parts)]
    if any(_ITEM_BREAK.search(text, a.end, b.start) or not _ITEM_JOIN.search(text, a.end, b.start)
           for a, b in zip(again, again[1:])):
        return []
    return again


def _other_lists(text: str, candidates: list[_Slot], parts: list[_Slot], start: int) -> list[list[_Slot]]:
    """The ；-items after the one(s) ``parts`` come from that hold two figures or more:
    lists of their own, after the first (其中A 41个；B 52个、C 27个、D 7个)."""
    return [item for item in items_after(text, candidates, parts, start) if len(item) >= 2]


def items_after(text: str, candidates: list[_Slot], parts: list[_Slot], start: int) -> list[list[_Slot]]:
    """The figures of each ；-item after the one(s) ``parts`` come from, item by item."""
    items: dict[int, list[_Slot]] = {}
    for s in candidates:
        items.setdefault(len(_ITEM_BREAK.findall(text, start, s.start)), []).append(s)
    used = {k for k, item in items.items() if any(p in item for p in parts)}
    return [item for k, item in sorted(items.items()) if k > max(used, default=0)]
