"""Claims of a change in amount between two values the text states: 达1286家，较上年末
的1113家净增173家, 由上年的1192家增至1286家，净增84家; and of a natural growth rate.  Balances of
two sides and nets of two opposite acts are balances.py's; what is left of a whole or added to it
(净额, 新增 since the opening, 剩余, 尚差) is leftovers.py's.
relate.py builds the slots and calls each family; the relation is ``change`` (inputs: the value
the other is taken from, then that other; reported: the difference) and its check is of
kind ``difference`` (validate.py).
Only the figures the text ties in one claim are read: a change whose base is not stated
(比上年增加12家) is left alone.
"""
from __future__ import annotations

import regex

from .growth_context import _names_alike
from .indicators import PARAGRAPH_REACH, paragraph_before
from .period import FISCAL_YEAR, ROC_YEAR, YEAR_NUMBER, period_key, year_before_reported, year_number
from .relate import RATE_VERBS, Relation, _changed, _Slot, full_sentence_start

_UP = ("净增加了|净增加|净增|增加了|增加|增长了|增长|增值|增|多完成了|多完成|多出了|多出|多投放|多发放|多投入|多了|多|增收|多增|提高了|提高|提升了|提升|上升了|上升|放量|"
       "上调了|上调|扩大了|扩大|高出了|高出|高了|高|溢价")  # (较7月的X多出Y; 顺差比去年同期扩大Y; 比一般旅客的X高出Y;
# 成交总价款x，较起始价总额y溢价z)
_DOWN = ("净减少了|净减少|净减|减少了|减少|下降了|下降|减值|减|少完成了|少完成|少了|少|减收|少增|降低了|降低|缩量|下调了|下调|收窄了|收窄|缩小了|缩小|"
         "低了|低|节约了|节约|节省了|节省")  # (放量/缩量: a market's turnover;
# 比预算控制价X节约Y: a price under the one set;
# 增值/减值: an appraisal against the book value; 上调/下调: a price or a premium set anew)
# A change right before its figure, and which way it goes.
_CHANGE_VERB = regex.compile(rf"(?P<verb>{_UP}|{_DOWN})\s*$")
_DECREASE = frozenset(_DOWN.split("|"))
# 较上年末的|1113家, 比上年的|1192家: a base compared with, right before the previous value.
# (较114年度预算数|27,236亿元, 较6月的|11,382人)
_COMPARED = regex.compile(rf"(?:较|比)(?:{FISCAL_YEAR}|\d{{2,4}}年度?(?:\d{{1,2}}月(?:底|末|份)?)?|\d{{1,2}}月份?)?[^，,。；;：:\d%]{{0,12}}?的?\s*$")
# What stands between the current value and the comparison: a comma, or nothing.
_THEN = regex.compile(r"\s*[，,]?\s*")
# 编列预算4.86亿元|，较去年的|3.92亿元: a plan compared with the year before's right after it
_PLAN_COMPARED = regex.compile(_THEN.pattern + _COMPARED.pattern.removesuffix("$"))
# 由|从 (上年的) previous (增至|增加到) current: a change from the first value to the second.
FROM_VALUE = regex.compile(rf"(?:由|从)(?:{FISCAL_YEAR}|[^，,。；;：:\d%]|\d{{1,4}}(?=[年月日])){{0,10}}?的?\s*$")  # (由去年12月底的, 由2023/24年度的)
_TO = regex.compile(r"\s*(?:(?:增加|增长|增|提高|提升|调高|上调|调低|下调|上升|上涨|升|减少|下降|下跌|降低|降|减|跌|收窄|缩小|扩大|回落|调整"
                 r"|精简|压减|压缩|缩减|削减)?(?:到|至)"  # (申请材料由3,672份精简至2,296份)
                 r"|调整为)"
                 # (由前年的542个增至去年的681个, 增至2024/25年度的, 增至2024年10月底的: the period or day reached
                 # named before its value)
                 rf"(?:(?:(?:本|今|当|去|上)年(?:度|底|末)?|(?:19|20)\d\d年(?:度|底|末|\d{{1,2}}月(?:底|末)?)?|{FISCAL_YEAR})的)?\s*")  # (由3,693,800人下跌至3,681,200人)
# (净亏损由X收窄至Y; 由每立方米3.05元调整为3.40元, a price set anew)
# (，每吨下降14元; 由41家增加至48家，新增7家: what was added is the difference)
_AFTER_TO = regex.compile(r"\s*[，,]\s*(?:按月|按年|按季|同比|环比|每(?:吨|户|人|亩|平方米|件|台|辆)|新)?")
# 由去年12月底的16.69万亿港元|上升0.8%至|16.82万亿港元: the rate of the change between the values
_TO_BY_RATE = regex.compile(rf"\s*(?:{RATE_VERBS})\s*\d+(?:\.\d+)?%\s*(?:到|至)\s*")


def changes(text: str, slots: list[_Slot]) -> list[Relation]:
    """Each change figure whose current and previous values its claim states."""
    out = []
    for k in range(len(slots)):  # (the current value and the base before a change, or only the current one)
        change = slots[k]
        if change.figure.kind in ("percent", "percentage_point") or change.figure.value_max is not None:
            continue
        verb = _CHANGE_VERB.search(text, max(change.sentence, change.start - 6), change.start) if k else None
        if verb is None:
            pair = _added_then_from_to(text, slots, k) or _added_then_level(text, slots, k)
            if pair is not None:
                # 全年新增家庭养老床位860张，家庭养老床位总数由1,455张增加到2,315张: what was added, then
                # the stock's two levels (the added may be gross: it confirms, never refutes)
                change.fields.setdefault("role", "change")
                out.append(Relation("change", change.figure.id, inputs=(pair[0].figure.id, pair[1].figure.id),
                                    mode="up inferred"))
            continue
        pair = (k >= 2 and (_compared(text, slots, k, verb) or _from_to(text, slots, k, verb)
                            or _previous_then_changed(text, slots, k, verb) or _set_beside_then_changed(text, slots, k, verb))) \
            or _previous_after(text, slots, k, verb)
        if pair is None:
            continue
        current, previous, *loose = pair
        if current.fields.get("role") == "part":
            # 总数612间，其中…澳门及海外41间，较上年底的574间净增38间: the change is the total's, the one
            # nearer the base (not the part's own: 其中就业人口38.87万人，较上季的38.66万人增加0.21万人)
            total = _total_of(slots, current)
            if total is not None and abs(total.figure.value - previous.figure.value) \
                    < abs(current.figure.value - previous.figure.value):
                current = total
        if not (current.same_measure(change) and previous.same_measure(change)) \
                or current.fields.get("role") == "previous" or current.figure.value_max is not None \
                or (current.fields.get("role") == "target" and not _PLAN_COMPARED.fullmatch(text, current.end, previous.start)) \
                or previous.figure.value_max is not None:
            continue
        change.fields.setdefault("role", "change")
        if current.fields.get("indicator") and not change.fields.get("indicator"):
            change.fields["indicator"] = current.fields["indicator"]
        direction = "down" if verb.group("verb") in _DECREASE else "up"
        if current.figure.value < 0 and previous.figure.value < 0 \
                and _OUTFLOW.search(text, max(change.sentence, verb.start() - 12), verb.start()):
            # 净额为-12.37亿元，上年同期为-18.64亿元，净流出同比减少6.27亿元: an outflow shrinks as its
            # negative value rises
            direction = "up" if direction == "down" else "down"
        out.append(Relation("change", change.figure.id, inputs=(current.figure.id, previous.figure.id),
                            mode=f"{direction} inferred" if loose else direction))
    return out


def _total_of(slots: list[_Slot], part: _Slot) -> _Slot | None:
    """The total of the breakdown ``part`` ends, when it stands in the part's sentence."""
    k = slots.index_by_id()[part.figure.id]
    return next((s for s in (slots[j] for j in range(k - 1, -1, -1)) if s.sentence == part.sentence
                 and s.same_measure(part) and s.fields.get("role") == "total"), None)


def _compared(text: str, slots: list[_Slot], k: int, verb: regex.Match) -> tuple[_Slot, _Slot] | None:
    """current，较…的previous verb change (达1286家，较上年末的1113家净增173家).  A completion
    clause may stand between (完成13.46亿元，完成预算12.9亿元的103.4%，比上年的12.65亿元增收0.81亿元)."""
    p = k - 1
    if p >= 2 and slots[p].figure.kind == "percent" and _RATE_BETWEEN.fullmatch(text, slots[p - 1].end, verb.start()):
        p -= 1  # (较去年底的13,586亿港元上升6.9%，增加937亿港元: the rate between, then the change)
    previous = slots[p]
    if p == k - 1 and previous.end != verb.start() and text[previous.end:verb.start()].strip() \
            and not (text[previous.end:verb.start()].strip() in ("）", ")") and text[previous.start - 1:previous.start] in ("（", "(")):
        return None  # (but 比去年同期（1134.1亿元）扩大204.1亿元: the base in brackets)
    cue = _COMPARED.search(text, max(previous.sentence, previous.start - 16), previous.start)
    if cue is None:
        return None
    j = p - 1
    # (but a plan compared itself, right before the base: 今年编列预算4.86亿元，较去年的3.92亿元增加0.94亿元)
    while j >= 0 and slots[j].sentence == previous.sentence and _completing(slots[j]) \
            and not (j == p - 1 and slots[j].figure.kind != "percent" and _THEN.fullmatch(text, slots[j].end, cue.start())):
        j -= 1
    if j < 0 or slots[j].sentence != previous.sentence:
        return _current_by_difference(text, slots, p, k, cue, verb)
    current = slots[j]
    if current.fields.get("role") == "change" or _changed(text, current):
        # 合共48.62億港元，按年增加5.37億港元，增幅為12.4%，較…估算的46億港元高出2.62億港元: a change is no
        # level; the one before it in the sentence that the change is the difference of (read so, it confirms only)
        return _level_by_difference(slots[:j], full_sentence_start(text, previous.start), previous, slots[k], verb)
    if j == p - 1:
        if _THEN.fullmatch(text, current.end, cue.start()):
            return current, previous
        # 1026家企业参展，比上届的892家增加134家: what the count counts, and its verb, between; read so,
        # only when the change is their difference (a claim that confirms, never refutes)
        if current.figure.kind == "count" and _NOUN_THEN.fullmatch(text, current.end, cue.start()) \
                and abs(current.figure.value - previous.figure.value) == slots[k].figure.value:
            return current, previous, True
        # (共核发给付金额31.62亿元，受益农民8.46万户，给付金额较去年同期的28.77亿元增加2.85亿元: past a clause
        # of another measure, the level named again)
        return _current_by_difference(text, slots, p, k, cue, verb)
    if _RATE_CLAUSE.fullmatch(text, current.end, cue.start()):
        return current, previous  # (402.6亿元，同比增长21.7%，比上年同期的330.8亿元增加71.8亿元: the rate between)
    between = _COMPLETION_BETWEEN.fullmatch(text, current.end, cue.start())
    # (…交付船舶31艘，完成计划40艘的77.5%，交付量较上年同期的27艘增加4艘: the measure named again)
    named = (between.group("named") or "") if between else ""
    if between and named[:-1] in (current.fields.get("indicator") or ""):
        return current, previous
    return _current_by_difference(text, slots, p, k, cue, verb)


# 批核宗數|較上年的912宗增加135宗, 办理户数|比上年同期的365户: the measure named again, at the head of its clause
# (给付金额|较去年同期的: an amount too)
# (上述主体|较上年的1,712个增加134个: named by pointing back)
_NAMED_AGAIN = regex.compile(r"(?:^|(?<=[，,。；;\n]))\s*(?:\p{Han}{2,8}(?:数|量|宗数|户数|家数|人数|个数|总数|总量|金额|总额)"
                             r"|(?:上述|以上|这些)\p{Han}{1,6})\s*$")
_OPENS_ON_IT = regex.compile(r"(?:[；;]|[）)][，,])\s*$")
_BY_DIFFERENCE_REACH = 4  # figures back, in the paragraph, for the level a named change is of


def _current_by_difference(text: str, slots: list[_Slot], p: int, k: int, cue: regex.Match,
                           verb: regex.Match) -> tuple[_Slot, _Slot, bool] | None:
    """The level a change of a measure named again before its base is of, found back in the
    paragraph as the figure of the base's measure that the change is the difference of (批核1,047宗，
    批核率為81.4%；批核宗數較上年的912宗增加135宗): read so, it confirms only."""
    previous, change = slots[p], slots[k]
    # (or a ；-item, or a clause after an aside, that opens on the comparison, naming nothing: 港口费用x，按年上升r
    # （…）；较第二季的y增加z)
    named = _NAMED_AGAIN.search(text, max(0, cue.start() - 12), cue.start())
    if not named and not _OPENS_ON_IT.search(text, max(0, cue.start() - 2), cue.start()):
        return None
    paragraph = text.rfind("\n", 0, previous.start) + 1
    found = _level_by_difference(slots[max(0, p - _BY_DIFFERENCE_REACH):p], paragraph, previous, change, verb)
    if found is None and named and not named.group().strip().startswith(("上述", "以上", "这些")):
        # (核定補助金額合計X。/…/本期核定補助金額較…的Y增加Z: the level of that name up to two paragraphs back)
        name = named.group().strip()
        found = _level_by_difference([s for s in slots[:p] if _names_alike(s.fields.get("indicator") or "", name)],
                                     max(0, paragraph - 2 * PARAGRAPH_REACH), previous, change, verb)
    return found


def _level_by_difference(before: list[_Slot], floor: int, previous: _Slot, change: _Slot,
                         verb: regex.Match) -> tuple[_Slot, _Slot, bool] | None:
    """The nearest of ``before`` (back to ``floor``), a level of the base's measure, that ``change`` is the
    difference of from ``previous`` the way ``verb`` goes: read so, it confirms only."""
    up = verb.group("verb") not in _DECREASE
    for s in reversed(before):
        if s.start < floor:
            return None
        if s.figure.kind == previous.figure.kind and s.same_measure(previous) and s.figure.value_max is None \
                and s.fields.get("role") not in ("previous", "target", "change") \
                and (s.figure.value - previous.figure.value) * (1 if up else -1) == change.figure.value:
            return s, previous, True
    return None


_NOUN_THEN = regex.compile(r"\p{Han}{1,16}[，,]\s*")  # (5.83万户|农户建立信用档案，比上年同期的…)
_RATE_BETWEEN = regex.compile(rf"\s*(?:同比|按年)?(?:{RATE_VERBS})\s*\d+(?:\.\d+)?%\s*[，,]\s*")
_RATE_CLAUSE = regex.compile(r"\s*[，,]" + _RATE_BETWEEN.pattern)  # (the rate's own clause, after a comma)
# ，完成预算12.9亿元的103.4%，: a completion clause between a current value and its comparison.
# (41.27万人|完成缴费，完成…目标任务43.5万人的94.9%，: what the count did may come first)
_COMPLETION_BETWEEN = regex.compile(r"\p{Han}{0,6}[，,][^，,。；;]*(?:的|为)\s*[\d.]+%[，,]\s*(?P<named>\p{Han}{2,4}?[量数额])?")


def _previous_after(text: str, slots: list[_Slot], k: int, verb: regex.Match) -> tuple[_Slot, _Slot] | None:
    """current，比上年增加change（上年为previous）: the base the verb names, its value stated right
    after the change (户均售烟收入17.57万元，比上年增加1.36万元（上年为16.21万元）)."""
    if k < 1 or k + 1 >= len(slots):
        return None
    current, change, previous = slots[k - 1], slots[k], slots[k + 1]
    base = _BASE_OF_VERB.fullmatch(text, current.end, verb.start())
    then = _PREVIOUS_THEN.fullmatch(text, change.end, previous.start) or _YEAR_THEN.fullmatch(text, change.end, previous.start)
    named = _NAMED_BASE_OF_VERB.search(text, max(current.end, verb.start() - 16), verb.start()) if base is None else None
    if (base or named) is None or then is None or not (current.sentence == change.sentence == previous.sentence) \
            or not _same_base(text, (base or named).group("base"), then, current):
        return None
    if named is not None:
        # (减免热费x，户均减免y，减免金额比上季增加z（上季为w）: the measure named again, its level the
        # figure before that the change is the difference of; read so, it confirms only)
        return _level_by_difference(slots[max(0, k - _BY_DIFFERENCE_REACH):k], current.sentence, previous, change, verb)
    return current, previous


def _same_base(text: str, base: str, then: regex.Match, current: _Slot) -> bool:
    """Does the period in brackets after a change name the base its verb compares with: 上年 and
    （上年为X）, or （2023年为X） after a figure of 2024 (period.year_before_reported)?"""
    year = then.groupdict().get("year")
    named_year = _A_YEAR.match(base)
    if named_year is not None:  # (较112年减少41件（112年为173件）: the same year on both sides)
        return year is not None and year_number(year) == year_number(named_year.group(1))
    if not year:
        # (比上年增加9家（上年末为38家）: a stock counted from the year before is counted from its end)
        return period_key(base).replace("底", "末").removesuffix("末") \
            == period_key(then.group("base")).replace("底", "末").removesuffix("末")
    return period_key(base) == "上年" and year_before_reported(text, current.start, year, roc=len(year) == 3)


# (年初: 比年初减少X（年初为Y）, a balance counted from the start of the year)
_BASES = r"上年同期|上年度|上年末|上年底|上年|去年同期|去年末|去年底|去年|上月|上季度?|年初"  # the periods a change is counted from, by name
# 与7月的|542.5亿美元|相比则|减少18.9亿美元: a base set beside the level, then the change
# (与第四次全国经济普查时的|12,734个|相比，法人单位|增加5,318个: an earlier time, the measure named again)
# (与2023年的|93.58亿元|相比，全行业营业收入|增加15.16亿元: the year before by its number)
# (与第二轮的|1,027宗|相比，获批个案|增加187宗: an earlier round of a scheme)
_SET_BESIDE = regex.compile(rf"(?:与|和|同|跟)(?:\d{{1,2}}月份?|{_BASES}|{YEAR_NUMBER}年|(?P<time>[\p{{Han}}\d]{{2,16}}?时)"
                           r"|上一?(?:轮|批|期|届)|第[一二三四五六七八九十\d]{1,3}(?:轮|批|期|届))的?\s*$")
_BESIDE_THEN = regex.compile(r"\s*相比[，,]?\s*(?:则|却|仍)?\s*(?P<named>\p{Han}{2,8}?)?")


def _set_beside_then_changed(text: str, slots: list[_Slot], k: int, verb: regex.Match) -> tuple[_Slot, _Slot, bool] | None:
    """level，…；与7月的previous相比则减少change: the level, stated before in the full sentence, the change is
    the difference of (read so, it confirms only); or, the measure named again after 相比, the level of
    that name in the paragraph or the one before (已登记法人单位18,052个…。/与…时的12,734个相比，法人单位增加5,318个)."""
    previous, change = slots[k - 1], slots[k]
    then = _BESIDE_THEN.fullmatch(text, previous.end, verb.start())
    beside = _SET_BESIDE.search(text, max(previous.sentence, previous.start - 20), previous.start)
    if not then or not beside:
        return None
    named = then.group("named")
    if named is None:
        return None if beside.group("time") else _level_by_difference(
            slots[:k - 1], full_sentence_start(text, previous.start), previous, change, verb)
    # (a paragraph between: 与2023年的93.58亿元相比，全行业营业收入增加15.16亿元 after the classification's
    # paragraph; found only where the difference is exact, it confirms)
    floor = paragraph_before(text, previous.start, PARAGRAPH_REACH)
    floor = paragraph_before(text, floor, PARAGRAPH_REACH) if floor > 0 else floor
    # (or, of no figure so named, the level of the sentence right before: 批出1,214宗。与第二轮的1,027宗相比，
    # 获批个案增加187宗, the cases granted named by another word)
    opens = full_sentence_start(text, previous.start)
    return _level_by_difference([s for s in slots[:k - 1] if _names_alike(s.fields.get("indicator") or "", named)],
                                floor, previous, change, verb) \
        or (_level_by_difference(slots[:k - 1], full_sentence_start(text, opens - 1), previous, change, verb)
            if opens > 0 else None)


def _previous_then_changed(text: str, slots: list[_Slot], k: int, verb: regex.Match) -> tuple[_Slot, _Slot] | None:
    """current，去年同期previous，verb change (税前亏损186亿元，去年同期亏损712亿元，亏损减少526亿元): the
    value of the period before stated in a clause of its own, then the change between them."""
    current, previous, change = slots[k - 2], slots[k - 1], slots[k]
    if not (current.sentence == previous.sentence == change.sentence):
        return None
    if _PREVIOUS_THEN.fullmatch(text, current.end, previous.start) and text[current.end:previous.start].lstrip()[:1] in "（(" \
            and (_BASE_CLOSED.fullmatch(text, previous.end, verb.start())
                 or _BRACKET_CLOSED.fullmatch(text, previous.end, verb.start())):
        # (博物馆27座（上年为23座），比上年增加4座: the base in brackets, then the change, the base named
        # again or not: 義工合共8.62萬人次（上年度為8.09萬人次），增加5,300人次)
        return current, previous
    if not _THEN_STATED.fullmatch(text, current.end, previous.start) \
            or not _CHANGED_AFTER.fullmatch(text, previous.end, verb.start()):
        return None
    return current, previous


# ，去年同期|亏损712亿元，|亏损减少: the value before in a clause of its own, then the change's clause
_THEN_STATED = regex.compile(rf"\s*[，,]\s*(?:{_BASES})(?:为|是|\p{{Han}}{{0,4}}?)\s*")
_CHANGED_AFTER = regex.compile(r"\s*[，,]\s*(?!\p{Han}{0,4}(?:分别|均|各))\p{Han}{0,6}?\s*")  # (not …，分别增加27批: a list's)


# ，比上年|增加: the base a change is counted from, named with no value; （上年为|X）: its value after
_A_YEAR = regex.compile(rf"({YEAR_NUMBER}|{ROC_YEAR})年")
_BASE_OF_VERB = regex.compile(rf"\s*[，,]\s*(?:比|较)(?P<base>{_BASES}|(?:{YEAR_NUMBER}|{ROC_YEAR})年(?:同期|末|底)?)\s*$")
_NAMED_BASE_OF_VERB = regex.compile(rf"[，,；;]\s*\p{{Han}}{{2,8}}?(?:数|量|金额|总额|额)(?:比|较)(?P<base>{_BASES})\s*$")
_BASE_CLOSED = regex.compile(r"\s*[）)]" + _BASE_OF_VERB.pattern.removesuffix("$"))  # (（上年为23座）|，比上年|增加)
# (（上年为23座）|，|增加; （上年为102场）|，巡演场次|增加: the measure named again)
_BRACKET_CLOSED = regex.compile(r"\s*[）)]\s*[，,]\s*(?!其中|分别|均|各|共)\p{Han}{0,6}?")
_PREVIOUS_THEN = regex.compile(rf"\s*(?:[（(]\s*(?P<base>{_BASES})(?:为|是|[:：])?"
                            rf"|[，,]\s*(?P<base>{_BASES})(?:为|是|[:：]))(?:每\p{{Han}}{{1,2}})?\s*")
# (减少5起（2023年为|8起）: the year before named by its number)
_YEAR_THEN = regex.compile(rf"\s*[（(]\s*(?P<year>{YEAR_NUMBER}|{ROC_YEAR})年(?:同期|末|底)?(?:为|是|[:：])?\s*")
# (（上年为每吨|42.2元）: a price per unit; （上年同期55宗）: in brackets, the verb may go)


def _completing(slot: _Slot) -> bool:
    """A completion clause's figure: the target or the rate."""
    return slot.fields.get("role") == "target" or slot.figure.kind == "percent"


_OUTFLOW = regex.compile(r"流出|亏损|逆差|赤字|净亏")


def vital_rates(text: str, slots: list[_Slot]) -> list[Relation]:
    """出生率6.17‰；…死亡率7.44‰；自然增长率为-1.27‰: a population's natural growth rate is its
    birth rate less its death rate, the two stated before it in its paragraph (of one unit)."""
    out = []
    for k, rate in enumerate(slots):
        if rate.figure.kind != "percent" or not (rate.fields.get("indicator") or "").endswith("自然增长率"):
            continue
        opens = text.rfind("\n", max(0, rate.start - _VITAL_REACH), rate.start) + 1
        earlier = [s for s in slots[:k] if s.start >= max(opens, rate.start - _VITAL_REACH)
                   and s.figure.kind == "percent" and s.figure.unit == rate.figure.unit]
        births = [s for s in earlier if (s.fields.get("indicator") or "").endswith("出生率")]
        deaths = [s for s in earlier if (s.fields.get("indicator") or "").endswith("死亡率")]
        if births and deaths:
            out.append(Relation("change", rate.figure.id, inputs=(births[-1].figure.id, deaths[-1].figure.id), mode="up"))
    return out


_VITAL_REACH = 160  # the birth and death rates stand this close before the natural growth rate


def _added_then_from_to(text: str, slots: list[_Slot], k: int) -> tuple[_Slot, _Slot] | None:
    """新增X(名词)n，(名词)总数由a增加到b: (b, a) when the clause of ``slots[k]`` opens on 新增 (净增,
    新建) and the next clause, naming what was added, goes from one level of it to the other."""
    if k + 2 >= len(slots):
        return None
    added, previous, current = slots[k], slots[k + 1], slots[k + 2]
    floor = max(added.sentence, added.start - 24)
    m = _ADDED_CLAUSE.match(text, max(text.rfind("，", floor, added.start) + 1, floor), added.start)
    if m is None or not (added.sentence == previous.sentence == current.sentence) \
            or not (added.same_measure(previous) and added.same_measure(current)) \
            or not _TO.fullmatch(text, previous.end, current.start) or current.figure.value <= previous.figure.value:
        return None
    between = _BEFORE_FROM.fullmatch(text, added.end, previous.start)
    # (or names only the total of it: 新增“小巨人”企业9家，总数由38家增加到47家)
    if between is None or (m.group("noun") not in between.group("noun")
                           and not _TOTAL_ONLY.fullmatch(between.group("noun"))):
        return None
    return current, previous


def _added_then_level(text: str, slots: list[_Slot], k: int) -> tuple[_Slot, _Slot] | None:
    """新增X n，X总数达b（上年末为a）: (b, a) when the clause of ``slots[k]`` opens on 新增 and the next,
    naming the stock the added ends with, gives its level now and the last year-end's in brackets."""
    if k + 2 >= len(slots):
        return None
    added, current, previous = slots[k], slots[k + 1], slots[k + 2]
    floor = max(added.sentence, added.start - 24)
    m = _ADDED_CLAUSE.match(text, max(text.rfind("，", floor, added.start) + 1, floor), added.start)
    level = _LEVEL_NOW.fullmatch(text, added.end, current.start)
    if m is None or level is None or not (added.sentence == current.sentence == previous.sentence) \
            or not (added.same_measure(current) and added.same_measure(previous)) \
            or not _YEAR_END_IN_BRACKETS.fullmatch(text, current.end, previous.start) \
            or current.figure.value <= previous.figure.value:
        return None
    noun = level.group("noun")
    return (current, previous) if len(noun) >= 2 and m.group("noun").endswith(noun) else None


# ，深水网箱总数达|1,480个|（上年末为|1,154个: the stock named, its level, then the year-end's in brackets
_LEVEL_NOW = regex.compile(r"\s*[，,]\s*(?P<noun>\p{Han}{2,12}?)(?:总数|总量|数量|总规模)?(?:达到|达|为|增至|增加到)\s*")
_YEAR_END_IN_BRACKETS = regex.compile(r"\s*[（(]\s*(?:上年末|上年底|去年末|去年底|年初)(?:为|是|[:：])?\s*")
# (全年)新增家庭养老床位|860张: the clause of what was added, and its noun
_ADDED_CLAUSE = regex.compile(r"\s*(?:[^，,。；;\d]{0,10}?)(?:新增|净增|新建)(?P<noun>[\p{Han}“”\"]{2,14})\s*$")
_TOTAL_ONLY = regex.compile(r"总数|总量|总规模|数量|累计总数")
# ，家庭养老床位总数由(上年末的)|1,455张: the stock named, then 由 (从) and the base's time
_BEFORE_FROM = regex.compile(r"\s*[，,]\s*(?P<noun>\p{Han}{2,16}?)(?:由|从)[^，,。；;：:\d%]{0,8}?\s*")


_RATE_THEN = regex.compile(rf"\s*[，,]\s*(?:同比|按年)?(?:{RATE_VERBS})了?\s*")  # (增至Y，|增长|34.5%)


def _from_to(text: str, slots: list[_Slot], k: int, verb: regex.Match) -> tuple[_Slot, _Slot] | None:
    """由previous增至current，verb change (由上年的1192家增至1286家，净增84家; 由X上升0.8%至Y，按月增加Z)."""
    previous, current = slots[k - 2], slots[k - 1]
    to, after = _TO, current.end
    if k >= 3 and current.figure.kind == "percent" and _RATE_THEN.fullmatch(text, previous.end, current.start):
        # (由X增至Y，增长34.5%，增加Z: the rate of the change before it)
        previous, current, after = slots[k - 3], previous, current.end
    if k >= 3 and previous.figure.kind == "percent":
        previous, to = slots[k - 3], _TO_BY_RATE  # (由X上升0.8%至Y，按月增加Z: the rate between)
    if current.sentence != previous.sentence or not to.fullmatch(text, previous.end, current.start) \
            or not _AFTER_TO.fullmatch(text, after, verb.start()):
        return None
    if FROM_VALUE.search(text, max(previous.sentence, previous.start - 12), previous.start) is None:
        return None
    return current, previous
