"""Lists no opener introduces, summed against a total read around them: A、B和C分别完成x、y、z
after the sentence stating the total, 三方分别出资x、y和z, 拟投入以下项目：A x，B y，C z, and a
total right before a 分别为 list of its kinds (新签约项目43个，工业项目、服务业项目…分别为…).
Split from sums.py, whose breakdowns have an opener (其中, 分产业看)."""
from __future__ import annotations

import bisect

import regex

from .distributions import _RUN_TOTAL, _stated_number
from .indicators import PARAGRAPH_REACH, _clause_start, paragraph_start
from .period import OPENS_BREAKDOWN, QUARTER_NUMBER
from .relate import _FULL_STOP, _READ_TRIES, Relation, _agrees, _read_floor, _Slot, full_sentence_start, headline_end
from .sum_complete import _presented_complete, some_of_more_counted
from .sum_names import _OTHERS, _named_apart, _placed_apart, _unsummable
from .sum_totals import _CLASSIFIED, _read_total
from .sums import _summable

# A colon that opens a list of items after their total (拟投入以下项目：A x，B y，C z), or after
# the items counted (最终确定发行对象6名：A获配x，B获配y…)
# (and a classification the items are sorted into: 全部纳入“关停、整合、提升”分类处置：A 23座，B 9座…)
# (or after the amount they make up: 累计筹集改造资金14.56亿元：争取中央…资金7.82亿元，…)
_LIST_COLON = regex.compile(r"(?:以下|如下|分类|分为|分成)\p{Han}{0,6}[：:]|(?<=\d|[一二两三四五六七八九十])(?:名|家|个|项)[：:]"
                            r"|(?<=\d[万亿]?元)[：:]")


def listed_sums(text: str, slots: list[_Slot], runs: list[tuple[int, list[_Slot], bool]], context: dict) -> list[Relation]:
    """Lists no opener introduces, against a total read from the context (which
    they confirm, never refute): A、B和C分别完成x、y、z after the sentence stating
    the total, 三方分别出资x、y和z, and 拟投入以下项目：A x，B y，C z."""
    lists = [r for r in runs if r[1][0].figure.kind != "percent"]
    # A colon list has a total before it and parts after it: it lies between the first and last figure.
    low, high = slots[0].end, slots[-1].start
    colons = text.find("：", low, high) >= 0 or text.find(":", low, high) >= 0
    starts = [s.start for s in slots]  # in text order
    found_colons, colons = colons, set()  # (then where the colon lists start)
    for m in _LIST_COLON.finditer(text, low, high) if found_colons else ():
        stop = _FULL_STOP.search(text, m.end())
        stop = stop.start() if stop else len(text)
        # (not the values of the year before or the changes the items state: A x，比上年的p增长r；B y…)
        after = [s for s in slots[bisect.bisect_left(starts, m.end()):bisect.bisect_left(starts, stop)]
                 if s.figure.kind != "percent" and s.fields.get("role") not in ("previous", "change")]
        # (the colon presents them as the items: grouped, though named alike; a list of items with
        # two measures each, A获配x股、y元；B…, is a list of each)
        while len(after) >= 2:
            colons.add(m.start())
            lists.append((m.start(), [s for s in after if s.same_measure(after[0])], True))
            after = [s for s in after if not s.same_measure(after[0])]
    if not lists:
        return []
    candidates = [s for s in slots if _summable(text, s)]
    out = []
    index = {id(s): n for n, s in enumerate(slots)}
    for start, run, grouped in lists:
        rest = _rest_after(text, slots, index, run)
        if rest is not None:
            run = run + [rest]  # 对A、B和C出口分别为x、y和z，对其他市场出口w: the rest closes the list
        if len(run) >= 2 and run[0].figure.kind != "percent" and not any(s.fields.get("role") for s in run):
            whole = _total_before_list(text, slots[:index[id(run[0])]], run, start) \
                or _total_named_again(text, slots[:index[id(run[0])]], run)
            if whole is not None:
                # 合计出口38.7亿元，增长32.4%，分别为16.2亿元、14.9亿元和7.9亿元: a total stated as
                # one, then its parts listed right after it (a rate of the total between them;
                # the list names no items, so distributions.py made it a series).
                out.append(_list_of(whole, run))
                continue
        spanned = _total_of_its_span(text, slots, index, run) \
            if all(s.series and s.fields.get("role") != "part" for s in run) else None
        if spanned is not None:
            # 第一季营收x。1月、2月及3月营收分别为a、b及c: the months of the span a total was stated over
            # (read, so they confirm it, never refute it: a month may be revised, the total not)
            spanned.fields.setdefault("role", "total")
            for p in run:
                p.fields["role"] = "part"
                p.series = False
            out.append(Relation("breakdown", None, total=spanned.figure.id, inputs=tuple(p.figure.id for p in run),
                                mode="inferred"))
            continue
        if len(run) >= 2 and all(s.series for s in run) and _items_counted_before(text, slots, index, run, start):
            grouped = True  # (each figure is of one item the counts before it name)
        elif len(run) < 2 or run[0].figure.kind == "percent" or any(
                (s.fields.get("role") and not (start in colons and s.fields.get("role") == "actual")) or s.series
                for s in run):
            continue  # (an item of a colon's list may state its growth: A x，比上年的p增长r；B y)
        if not all(s.same_measure(run[0]) for s in run):
            continue
        if any(w in text[start:run[-1].start] for w in context.get("not_summable", ())):
            continue  # SCI、EI论文每篇分别奖励3000元、2000元: amounts per item
        inputs = tuple(s.figure.id for s in run)
        k = index[id(run[-1])]
        after = slots[k + 1] if k + 1 < len(slots) else None
        if after is not None and after.same_measure(run[0]) and not after.fields.get("role") \
                and _RUN_TOTAL.fullmatch(text, run[-1].end, after.start):
            # 三个项目分别投资x、y和z，共计S: the sum stated right after the list is its total.
            after.fields["role"] = "total"
            for p in run:
                p.fields["role"] = "part"
            out.append(Relation("breakdown", None, total=after.figure.id, inputs=inputs, mode="exhaustive"))
            continue
        # (not when the text counts more of the members' noun: 其中A、B、C三个海洋牧场分别接待… after 海洋牧场23处)
        counted = _counted_members_total(text, slots[:index[id(run[0])]], run) \
            if not some_of_more_counted(text, text[start:run[0].start]) else None
        if counted is not None:
            # 营业收入42.6亿元，…；仓储配送、多式联运和冷链物流三大板块分别实现收入x、y和z: as many members
            # named and counted as figures listed, after the total of their measure in the sentence
            counted.fields.setdefault("role", "total")
            for p in run:
                p.fields["role"] = "part"
            out.append(Relation("breakdown", None, total=counted.figure.id, inputs=inputs, mode="exhaustive"))
            continue
        head = slots[index[id(run[0])] - 1] if index[id(run[0])] else None
        kinds = _kinds_of(text, head, run, start)
        # (not a share of the figure before: 142宗…中工业用地78宗，占54.9%，住宅用地、…分别为: kinds beside it)
        if not kinds and head is not None and not head.same_measure(run[0]) and head.figure.kind != "percent":
            # 新签约新能源项目23个，签约总投资312.5亿元，风电项目、光伏项目和储能项目分别为…: a clause
            # with a figure of another measure between the total and its kinds
            aside = head
            head = next((s for s in reversed(slots[:index[id(aside)]]) if s.figure.kind != "percent"), None)
            kinds = _kinds_of(text, head, run, start, aside)
        if kinds or _items_after(text, head, run, start):
            # 新签约项目43个，工业项目、服务业项目、农业项目分别为24个、13个、8个: the total right
            # before, whose kinds the items are, is tied to them (three kinds or more, or every
            # member of a complete set, are all of it; fewer may be a subset).  Items named
            # otherwise (资助资金1.26亿元，学前教育、义务教育和高中阶段分别为…) may be a subset
            # (前三名分别为…), unless they make a complete set (城区、乡镇分别为…).
            names = [p.fields.get("indicator") or "" for p in run]
            complete = (kinds and len(run) >= 3) or _presented_complete("", "", names, context)
            if not head.fields.get("role"):  # (a part stays one: the kinds are of it)
                head.fields["role"] = "total"
            for p in run:
                p.fields["role"] = "part"
            out.append(Relation("breakdown", None, total=head.figure.id, inputs=inputs,
                                mode="exhaustive" if complete else "subset"))
            continue
        if rest is not None:
            closed = _closed_total(text, slots[:index[id(run[0])]], run, start)
            if closed is not None:
                # 出口额3.58亿美元，…。对A、B和C出口分别为x、y和z，对其他市场出口w: a list the rest closes is all of
                # the sentence's total right before it
                out.append(_list_of(closed, run))
                continue
        # (移动、电信和联通分别建成基站x、y和z: items named apart by the list, all counting one noun)
        total = _read_total(text, candidates, run, start, inputs, slots, context, grouped or _placed_apart(run))
        if total is None and (grouped or _named_apart(run)):
            # 三次产业增加值分别为a、b、c。全县地区生产总值S。: a total in the next sentence.
            stop = _FULL_STOP.search(text, run[-1].end)
            stop = _FULL_STOP.search(text, stop.end()) if stop else None
            stop = stop.start() if stop else len(text)
            largest = max(p.figure.value for p in run)
            total = next((s for s in slots[k + 1:k + 1 + _READ_TRIES] if s.end <= stop and s.same_measure(run[0])
                          and not s.fields.get("role") and not s.series and s.figure.value >= largest
                          and not _unsummable(s.fields.get("indicator"), context.get("not_summable", ()))
                          and _agrees(Relation("breakdown", None, total=s.figure.id, inputs=inputs, mode="exhaustive"),
                                      slots, context)), None)
        if total is None:
            continue
        total.fields["role"] = "total"
        for p in run:
            p.fields["role"] = "part"
            p.series = False
        out.append(Relation("breakdown", None, total=total.figure.id, inputs=inputs, mode="inferred"))
    return out


# 1月、2月及3月|营收分别为: the months (or quarters) a 分别 list names; and the spans of months a total
# may be stated over (第一季, 上半年, 1-9月), in the full sentence before it
_MONTHS_NAMED = regex.compile(r"(?<!\d)\d{1,2}月份?(?:\s*[、和及与]\s*\d{1,2}月份?)+(?=\p{Han}{0,8}分别)")
_QUARTERS_NAMED = regex.compile(r"第?[一二三四]季度?(?:\s*[、和及与]\s*第?[一二三四]季度?)+(?=\p{Han}{0,8}分别)")
_SPAN_NAMED = regex.compile(r"(?:首|第?(?P<q>[一二三四1-4]))季度?|(?P<half>[上下])半年|前三季度?"
                            r"|(?<!\d)(?P<a>\d{1,2})\s*[-－—~至到]\s*(?P<b>\d{1,2})月")


def _span_months(m: regex.Match) -> range:
    """The months a _SPAN_NAMED match spans (第三季: 7-9; 上半年: 1-6; 1-9月)."""
    if m.group("q"):
        q = QUARTER_NUMBER[m.group("q")]
        return range(3 * q - 2, 3 * q + 1)
    if m.group("half"):
        return range(1, 7) if m.group("half") == "上" else range(7, 13)
    if m.group("a"):
        return range(int(m.group("a")), int(m.group("b")) + 1)
    return range(1, 10) if m.group().startswith("前") else range(1, 4)  # 前三季度, 首季


def _total_of_its_span(text: str, slots: list[_Slot], index: dict, run: list[_Slot]) -> _Slot | None:
    """The total of a series that names, each once and in order, the months (or quarters) of the span
    the nearest earlier figure of its measure was stated over (第一季合并营收x，…。1月、2月及3月营收分别为…;
    上半年…x，一季度、二季度分别为…): in that figure's full sentence, before it."""
    first = run[0]
    sentence = full_sentence_start(text, first.start)
    named = _MONTHS_NAMED.search(text, sentence, first.start) or _QUARTERS_NAMED.search(text, sentence, first.start)
    if named is None:
        return None
    if named.re is _MONTHS_NAMED:
        months = [int(n) for n in regex.findall(r"\d{1,2}(?=月)", named.group())]
    else:
        months = [m for q in regex.findall(r"[一二三四]", named.group())
                  for m in range(3 * QUARTER_NUMBER[q] - 2, 3 * QUARTER_NUMBER[q] + 1)]
    if len(regex.findall(r"月|季", named.group())) != len(run):
        return None
    k = index[id(first)]
    total = next((s for s in reversed(slots[max(0, k - _READ_TRIES):k]) if s.same_measure(first)
                  and s.figure.kind != "percent" and not s.series
                  and s.fields.get("role") not in ("previous", "change", "part", "target")), None)
    if total is None or total.start < paragraph_start(text, first.start, PARAGRAPH_REACH):
        return None
    span = None
    opens = full_sentence_start(text, total.start)
    # (…今年第一季…。\n期內共進口活豬x: the period the report is of, named before it)
    floor = max(0, opens - _SPAN_REACH) if _IN_THE_PERIOD.match(text, opens) else opens
    for span in _SPAN_NAMED.finditer(text, floor, total.start):
        pass  # (the last span named before it)
    return total if span is not None and list(_span_months(span)) == months else None


_IN_THE_PERIOD = regex.compile(r"\s*(?:期内|同期内?|本期)")
_SPAN_REACH = 400  # a paragraph before the sentence that opens on 期内


# 仓储配送、多式联运和冷链物流|三大板块|分别实现收入: members named, then counted, before 分别.
_COUNTED_MEMBERS = regex.compile(r"\p{Han}[、和及与]\p{Han}{1,10}?(?P<n>[两二三四五六七八九十])(?:大|类|个|项|家)\p{Han}{0,6}?分别"
                                 r"\p{Han}{0,6}$")


def _counted_members_total(text: str, before: list[_Slot], run: list[_Slot]) -> _Slot | None:
    """The total of a list whose members are named and counted right before 分别 (A、B和C三大板块分别实现
    收入x、y和z), as many as its figures: the nearest earlier figure of the measure in the full
    sentence, no previous value, change or rate."""
    sentence = full_sentence_start(text, run[0].start)
    m = _COUNTED_MEMBERS.search(text, max(sentence, run[0].start - 40), run[0].start)
    if m is None or _stated_number(m.group("n") + "个") != len(run):
        return None
    return next((s for s in reversed(before) if s.start >= sentence and s.same_measure(run[0])
                 and s.fields.get("role") not in ("previous", "change", "target", "part")
                 and s.figure.kind != "percent"), None)


def _items_counted_before(text: str, slots: list[_Slot], index: dict, run: list[_Slot], start: int) -> bool:
    """Do counts of as many items as ``run`` has, named apart and listed with 、 right before the
    分别 list that starts at ``start``, name its figures by position (上游项目6个、中游项目11个、下游项目10个，
    协议投资分别为x、y和z: the investment of each kind of project)?"""
    k = index[id(run[0])]
    before = slots[max(0, k - len(run)):k]
    if len(before) != len(run) or any(s.figure.kind != "count" or s.series or s.same_measure(run[0]) for s in before):
        return False
    names = [s.fields.get("indicator") or "" for s in before]
    if len(set(names)) < len(names) or not all(len(n) >= 2 for n in names):
        return False
    return _ITEM_BEFORE.fullmatch(text, before[-1].end, start) is not None and all(
        _LISTED_ITEM.fullmatch(text, a.end, b.start) for a, b in zip(before, before[1:]))


_LISTED_ITEM = regex.compile(r"[、]\s*[^\d，,。；;：:]{2,16}")  # 、中游正极材料及前驱体项目
_ITEM_BEFORE = regex.compile(r"[，,]\s*\p{Han}{0,8}")  # ，协议投资


# A figure stated as a total (合计出口|38.7亿元, 共计|…), and what may stand between it and a
# 分别为 list of its parts: a rate of it (，增长32.4%), or its share of a whole (，占全区营业收入的65.1%).
# (a quoted product named between: 共发放“民宿贷”|1.85亿元)
_TOTAL_WORD_BEFORE = regex.compile(r"(?:合计|共计|总计|累计|共)(?:\p{Han}|[“”「」\"]){0,8}?(?:为|达到?)?\s*$")
_LIST_START = regex.compile(r"(?:(?:上述|以上)\p{Han}{1,4}?)?分别")  # (上述银行分别发放: the members named again)
# (共有1,286户|农户自愿退出闲置宅基地|，分别为…: what the total counts did may follow it)
# (…贷款28.3亿元，比上年增加6.1亿元，增长27.5%，|上述银行分别发放…: a change and its rate between, then the
# members named again as those above, _LIST_START)
_TOTAL_TO_LIST = regex.compile(r"\p{Han}{0,16}(?:[，,]\s*(?:同比|比上年|较上年)?(?:增长|下降|增加|减少)了?[^，,。；;分]{0,12}"
                               r"|[，,]\s*占[^，,。；;分\d]{1,20}?\d+(?:\.\d+)?%){0,2}[，,]\s*")


def _total_before_list(text: str, before: list[_Slot], run: list[_Slot], start: int) -> _Slot | None:
    """The total stated as one right before a 分别为 list of unnamed parts (see listed_sums)."""
    if not _LIST_START.match(text, start) or not all(p.same_measure(run[0]) for p in run):
        return None
    whole = next((s for s in reversed(before) if s.figure.kind != "percent"
                  and s.fields.get("role") not in ("change", "previous")), None)
    if whole is None or whole.fields.get("role") not in (None, "actual") or whole.series \
            or not whole.same_measure(run[0]) or any(p.figure.value > whole.figure.value for p in run):
        return None
    if not _TOTAL_TO_LIST.fullmatch(text, whole.end, start):
        return None
    # stated as a total (合计…), or the items counted before it (审计了4项专项资金，涉及资金5.27亿元，
    # 分别为a、b、c和d: as many items as the count says)
    counted = any(s.figure.kind == "count" and s.sentence == whole.sentence and not s.figure.approx
                  and s.figure.value_max is None and s.figure.value == len(run) for s in before)
    # (or the items named opening its sentence, as many as the parts: A、B全年发放“猕果贷”3.12亿元，分别为x和y)
    # (the last two joined by 和, 及 or 与, after a topic: 金融支持方面，A和B全年发放x，分别为y和z)
    opening = text[whole.sentence:whole.start].lstrip(" \u3000")
    opening = _TOPIC_OPENING.sub("", opening, count=1)
    items = _listed_items(opening)
    named = "，" not in opening and "," not in opening and len(items) == len(run) \
        and all(len(item) >= 2 for item in items[:-1])
    if not counted and not named and not _TOTAL_WORD_BEFORE.search(text, max(0, whole.start - 10), whole.start):
        return None
    return whole


# A topic a sentence opens on (金融支持方面，, 金融支持上，, 从资金来源看，), and the join of the last two
# items of a list (A、B和|C…).
_TOPIC_OPENING = regex.compile(r"^\p{Han}{2,8}(?:方面|上|来看|而言|看)[，,]\s*")
_LAST_JOIN = regex.compile(r"(?<=\p{Han}{2})(?:和|及|与)(?=\p{Han}{2})(?!.*[、和及与])", flags=regex.S)


def _listed_items(words: str) -> list[str]:
    """The items of a list written A、B和C (the last two joined by 和, 及 or 与)."""
    items = _LAST_JOIN.split(words, maxsplit=1)
    return items[0].split("、") + items[1:]


# What may stand between a total and its kinds (see listed_sums): one clause with a figure of another measure.
_ASIDE_BEFORE = regex.compile(r"[，,][^，,。；;！？!?\n\d]{0,12}")
_ASIDE = regex.compile(r"[，,]\s*")


# 存管资金|由|A、B和C|分别存管: the sentence opens on the name of the total, then who holds each part
_NAMED_THEN_HOLDERS = regex.compile(r"\s*(?P<name>\p{Han}{2,6}?)由(?P<who>[^，,。；;\d]{2,60}?)分别")


def _total_named_again(text: str, before: list[_Slot], run: list[_Slot]) -> _Slot | None:
    """The total of the full sentence right before ``run``'s, when ``run``'s opens on its name (its first and
    last two characters both in the total's) and lists as many holders as parts: 纳入资金存管5.87亿元，存管率61.0%。
    存管资金由A、B和C分别存管x、y、z."""
    opens = full_sentence_start(text, run[0].start)
    m = _NAMED_THEN_HOLDERS.match(text, opens)
    if m is None or m.end() > run[0].start:
        return None
    name, who = m.group("name"), m.group("who")
    if len(_listed_items(who)) != len(run):
        return None
    previous = full_sentence_start(text, opens - 1) if opens else 0
    whole = next((s for s in reversed(before) if s.start >= previous and s.same_measure(run[0])
                  and s.fields.get("role") not in ("change", "previous", "target", "equivalent")), None)
    named = (whole.fields.get("indicator") or "") if whole is not None else ""
    if whole is None or whole.series or name[:2] not in named or name[-2:] not in named:
        return None
    return whole


def _list_of(total: _Slot, run: list[_Slot]) -> Relation:
    """The breakdown of ``total`` into the whole list ``run`` (a part keeps no series role: the list
    names its items), with the roles it casts."""
    total.fields.setdefault("role", "total")
    for p in run:
        p.fields["role"] = "part"
        p.series = False
    return Relation("breakdown", None, total=total.figure.id, inputs=tuple(p.figure.id for p in run), mode="exhaustive")


# …分别为x、y和z，|对其他市场出口|w: the rest, in the clause right after the list
_REST_CLAUSE = regex.compile(rf"[，,；;]\s*(?:对|向|在|从)?(?:{_OTHERS.pattern})\p{{Han}}{{0,10}}")


def _rest_after(text: str, slots: list[_Slot], index: dict, run: list[_Slot]) -> _Slot | None:
    """The figure of the rest of the items, of the run's measure, right after a 分别 run."""
    k = index[id(run[-1])] + 1
    after = slots[k] if k < len(slots) else None
    if after is None or not after.same_measure(run[-1]) or after.fields.get("role") \
            or _REST_CLAUSE.fullmatch(text, run[-1].end, after.start) is None:
        return None
    return after


def _closed_total(text: str, earlier: list[_Slot], run: list[_Slot], start: int) -> _Slot | None:
    """The first figure of the run's measure in the sentence right before the list (which opens
    its own), no previous value or change, larger than any item and within a tenth of their sum."""
    opens = full_sentence_start(text, start)
    if opens == 0 or _OPENED.match(text, opens, start) is not None:
        return None  # (a list an opener introduces is sums.py's)
    before = full_sentence_start(text, opens - 1)
    summed = sum(p.figure.value for p in run)
    total = next((s for s in earlier if before <= s.start and s.end <= opens and s.same_measure(run[0])), None)
    if total is None or total.fields.get("role") in ("previous", "change", "target", "part") \
            or total.figure.value_max is not None or max(p.figure.value for p in run) >= total.figure.value \
            or abs(summed - total.figure.value) * 10 > total.figure.value:
        return None
    return total


def _kinds_of(text: str, head: _Slot | None, run: list[_Slot], start: int, aside: _Slot | None = None) -> bool:
    """Is ``head`` (the figure right before a 分别 list that starts at ``start``) the total
    whose kinds the items are: of their measure, cast in no role, no larger part, only
    ，between it and the list (or a clause with the figure ``aside`` of another measure), and
    every item named apart ending with the two last characters of its name (新签约项目: 工业项目,
    服务业项目)?"""
    if head is None or head.fields.get("role") or head.series or not head.same_measure(run[0]):
        return False
    gap = (text[head.end:start].strip() in ("，", ",") if aside is None else
           _ASIDE_BEFORE.fullmatch(text, head.end, aside.start) is not None
           and _ASIDE.fullmatch(text, aside.end, start) is not None)
    if not gap or any(p.figure.value > head.figure.value for p in run) or _classified(text, head):
        return False
    name = head.fields.get("indicator") or ""
    names = [p.fields.get("indicator") or "" for p in run]
    if _AGENT_BEFORE.search(name, 0, max(0, len(name) - 2)):
        return False  # 某银行股份有限公司捐款x，A商会、B协会分别发动会员捐款y和z: one body's, not all of theirs
    return len(name) >= 2 and len(set(names)) == len(names) and all(
        len(n) > 2 and n.endswith(name[-2:]) and n != name for n in names)


# 分品类看，|古筝产值28.62亿元，古琴、琵琶及其他乐器产值分别为…: a classification's first item, whose
# siblings the list names, is no total of them
_OPENED = regex.compile(rf"\s*(?:{OPENS_BREAKDOWN})")
_HEAD_NAME_ONLY = regex.compile(r"\s*\p{Han}{0,12}")


def _classified(text: str, head: _Slot) -> bool:
    opener = _CLASSIFIED.match(text, head.sentence, head.start)
    return opener is not None and _HEAD_NAME_ONLY.fullmatch(text, opener.end(), head.start) is not None


# A body named before what the head figure measures (…股份有限公司|捐款): the figure is that body's.
_AGENT_BEFORE = regex.compile(r"(?:公司|集团|商会|协会|银行|分行|支行|医院|大学|学院|研究院|研究所|委员会|基金会)\p{Han}{0,2}$")


def _items_after(text: str, head: _Slot | None, run: list[_Slot], start: int) -> bool:
    """Is ``head`` a total the 分别 list that starts at ``start``, right after it (only ，
    between), breaks down into items named apart before 分别 (城区、乡镇分别为8625户、3743户)?
    (a part of a 其中 list may be: 其中，等级民宿86家，甲级、乙级、丙级分别为12家、31家、43家)"""
    if head is None or head.fields.get("role") not in (None, "part") or head.series or not head.same_measure(run[0]):
        return False
    # (or a count that opens its sentence, its clause saying what befell them all: 36名安排工作退役士兵
    # 全部完成安置，分别安置到行政机关、事业单位和国有企业4名、19名、13名)
    if not (text[head.end:start].strip() in ("，", ",") or (
            head.figure.kind == "count" and not text[full_sentence_start(text, head.start):head.start].strip()
            and _WHAT_BEFELL.fullmatch(text, head.end, start))) or any(p.figure.value > head.figure.value for p in run):
        return False
    if _VALUE_OF_NAMED.search(text, max(0, head.start - 3), head.start) \
            or _MOST.search(text, max(0, head.start - 12), head.start):
        return False  # 江铃汽车为13.85亿元，一汽轿车以及比亚迪分别为…, Model 3最多，达到55840辆: one of a series
    names = [p.fields.get("indicator") or "" for p in run]
    return len(set(names)) == len(names) and all(2 <= len(n) <= 8 and n in text[start:run[0].start] for n in names)


_VALUE_OF_NAMED = regex.compile(r"(?:为|是|以)\s*$")
_WHAT_BEFELL = regex.compile(r"[^\d，,。；;：:]{2,24}[，,]\s*")
_MOST = regex.compile(r"最[多高大少低]")


# A clause that is a name and its figure: 规模养殖场出栏|50.01万头 (no digit, no break, before it).
_NAME_ONLY = regex.compile(r"\s*[^\d，,。；;：:、（）()]{2,16}\s*")
_INNER_TOTAL = regex.compile(r"总(?=\p{Han}{1,3}$)")  # (储金总余额: the total of what 储金余额 names)
_NOT_ITEMS = ("total", "target", "previous", "change", "growth", "completion", "equivalent")


def named_items(text: str, slots: list[_Slot], context: dict, summed: set[str]) -> list[Relation]:
    """Clauses of one full sentence, each a name and a figure of one measure, whose names end
    alike (规模养殖场出栏50.01万头，…；中小散养户出栏11.27万头), against the total named so a
    sentence or a paragraph before (全县生猪出栏61.28万头) that they add up to: read, so they
    confirm it, never refute it.  ``summed``: figures already in a breakdown."""
    out: list[Relation] = []
    leads = [s for s in slots if s.figure.kind not in ("percent", "percentage_point") and not s.series
             and s.figure.id not in summed and s.fields.get("role") not in _NOT_ITEMS
             and len(s.fields.get("indicator") or "") >= 4
             and _NAME_ONLY.fullmatch(text, _clause_start(text, s.start, s.sentence), s.start)]
    index = slots.index_by_id() if len(leads) >= 2 else {}
    k = 0
    while k < len(leads):
        run = [leads[k]]
        while k + len(run) < len(leads):
            nxt = leads[k + len(run)]
            # (no other figure of the measure between: the slots between the two, not all of them)
            if not nxt.same_measure(run[0]) or _FULL_STOP.search(text, run[-1].end, nxt.start) or any(
                    slots[j].same_measure(run[0]) for j in range(index[run[-1].figure.id] + 1, index[nxt.figure.id])):
                break
            run.append(nxt)
        k += len(run)
        names = [s.fields["indicator"] for s in run]
        tail = _shared_tail(names)
        if len(run) < 2 or len(tail) < 2 or len(set(names)) < len(names) or tail in names:
            continue
        floor = _read_floor(text, run[0].start)
        largest = max(s.figure.value for s in run)
        inputs = tuple(s.figure.id for s in run)
        for j in range(index[run[0].figure.id] - 1, -1, -1):
            s = slots[j]
            if s.start < floor:
                break
            # (a part of another breakdown may be broken down in turn: 其中：医院168家（公立医院63家、
            # 民营医院105家），基层医疗卫生机构2,604个…)
            # (nor the headline's restatement of the total the body states: 储金余额3,862亿元 in the
            # title, 储金总余额达3,862亿元 in the first paragraph; 总 may stand inside the total's name)
            if s.same_measure(run[0]) and s.figure.value >= largest \
                    and (s.figure.id not in summed or s.fields.get("role") == "part") \
                    and s.fields.get("role") in (None, "actual", "total", "part") \
                    and _INNER_TOTAL.sub("", s.fields.get("indicator") or "").endswith(tail) \
                    and s.start >= headline_end(text) and _agrees(
                        Relation("breakdown", None, total=s.figure.id, inputs=inputs, mode="exhaustive"), slots, context):
                out.append(Relation("breakdown", None, total=s.figure.id, inputs=inputs, mode="inferred"))
                break
    return out


def _shared_tail(names: list[str]) -> str:
    """The longest ending all ``names`` share (出栏 of 规模养殖场出栏 and 中小散养户出栏)."""
    tail = names[0]
    for name in names[1:]:
        while tail and not name.endswith(tail):
            tail = tail[1:]
    return tail
