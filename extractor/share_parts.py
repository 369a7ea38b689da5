"""Which figure before a share's cue its subject names, the part (高端产品收入占…: 高端产品收入52.36亿元):
by its name as written, in short, by the item of a list the subject names, by a head and the
measure every item shares, by a count's noun and classifier, or by the act done to cases.
shares.py asks ``parts_named`` for the figures its candidates leave; the first reading that
names any wins.  growth_context reads a growth's level by the head reading too (_item_named_by_head)."""
from __future__ import annotations

import regex

from .indicators import amount_of, generic_head
from .relate import _LAST_SEMICOLON, _Slot, full_sentence_start
from .share_wholes import _kind_then_measure, _names_part, _qualified_part, _short_for, named_less_its_lists_word
from .sum_names import _common_suffix


def parts_named(text: str, candidates: list[_Slot], subject: str, whole_word: str) -> list[_Slot]:
    """The ``candidates`` the share's ``subject`` names, read in order of trust, the first reading
    that names any (an item of a list named in short first: D级z for D级纳税人, not 纳税人x, the list's
    total); ``whole_word`` is what the share is of, without its 全部 or 全市."""
    return _item_of_list_named(candidates, subject) or _item_by_head_and_measure(candidates, subject) \
        or [s for s in candidates if _kind_then_measure(s.fields.get("indicator") or "", subject)] \
        or [s for s in candidates if _names_part(s.fields.get("indicator"), subject, whole_word)] \
        or [s for s in candidates if _qualified_part(text, s, subject)] \
        or [s for s in candidates if _named_in_aside(text, s, subject)] \
        or [s for s in candidates if len(subject) >= 4 and _ACT_INSIDE.sub("", s.fields.get("indicator") or "")
            .endswith(subject)] \
        or [s for s in candidates if len(subject) >= 4 and s.figure.kind == "money"
            and amount_of(s.fields.get("indicator") or "").endswith(subject)] \
        or [s for s in candidates if len(subject) >= 4
            and _ACT_AFTER.sub("", s.fields.get("indicator") or "").endswith(subject)] \
        or _item_named_by_head(candidates, subject) or _item_by_head_and_kind(candidates, subject) \
        or _item_by_short_name(candidates, subject) \
        or [s for s in candidates if _counted_by_name(s, subject)] \
        or [s for s in candidates if _number_of(s, subject) or _class_counted(s, subject)] \
        or [s for s in candidates if _named_then_counted(s, subject, candidates)] \
        or [s for s in candidates if _named_in_short(s.fields.get("indicator") or "", subject)] \
        or [s for s in candidates if _cases_of_act(s, subject)] \
        or _item_listed_by_name(text, candidates, subject) or _item_of_body(text, candidates, subject) \
        or _total_of_topic(text, candidates, subject)


def _named_in_aside(text: str, slot: _Slot, subject: str) -> bool:
    """Does the aside right before ``slot`` name the subject, its 件 or 量 aside (出村快递（上行）|442万件
    for 上行件占比)?"""
    stem = _COUNTED_TAIL.sub("", subject)
    return len(stem) >= 2 and text.endswith(f"({stem})", max(0, slot.start - len(stem) - 2), slot.start)


_COUNTED_TAIL = regex.compile(r"(?<=\p{Han}{2})(?:件|量|额)$")


def _item_of_list_named(candidates: list[_Slot], subject: str) -> list[_Slot]:
    """The item of a list whose name is the subject's first words, the rest the noun the list's
    first item names and the others leave out (A级纳税人x，B级y，…D级z; D级纳税人占比q%), or its last
    item names (半导体、新能源…和先进制造领域，分别为x、…; 半导体领域占…)."""
    return next(([s] for s in candidates if named_less_its_lists_word(s, candidates, subject)), [])


def _item_by_head_and_measure(candidates: list[_Slot], subject: str) -> list[_Slot]:
    """The one item of a list (of one sentence and measure) whose name opens with the subject's head,
    the rest of the subject the measure every item's name ends with (暗标成交额 for 暗标区成交, of
    明标区成交x，暗标区成交y，现场议价区成交z).  The subject may name the item in full and then what
    kind of that measure it is (过境服务车费收入 for 过境服务收入, of 本地铁路服务、过境服务…分别录得收入x、y…),
    or a sale by another word for revenue (电商销售额 for 电商平台收入, of 批发市场、电商平台…分别实现收入x、y…;
    电商渠道销售额 for 电商平台的销售额)."""
    core = _MEASURE_TAIL.sub("", subject)
    for s in candidates:
        items = [t for t in candidates if t.sentence == s.sentence and t.same_measure(s)]
        common = _common_suffix([t.fields.get("indicator") or "" for t in items]) if len(items) >= 2 else ""
        # (of the common end, what the subject ends with: 成交 of 区成交)
        tail = next((common[k:] for k in range(len(common) - 1) if core.endswith(common[k:])), "")
        sale = _SALE_NAMED.search(subject) if not tail and _REVENUE_END.search(common) else None
        if sale is not None:
            core, tail = subject, sale.group()
        if len(tail) < 2 or len(core) - len(tail) < 2:
            continue
        head = core[:-len(tail)]
        short = generic_head(head)  # (电商渠道销售额 for 电商平台的销售额: the channel by its kind)
        holding = [t for t in items if (t.fields.get("indicator") or "").startswith(head)] \
            or [t for t in items if len(name := (t.fields.get("indicator") or "")[:-len(tail)]) >= 2
                and head.startswith(name)] \
            or [t for t in items if len(short) >= 2 and (t.fields.get("indicator") or "").startswith(short)]
        return holding if len(holding) == 1 else []
    return []


_SALE_NAMED = regex.compile(r"(?<=\p{Han}{2})(?:销售额|销售收入|营业收入|营收)$")  # (what a sale brings in)
_REVENUE_END = regex.compile(r"(?:收入|销售额|营收)$")


_MEASURE_TAIL = regex.compile(r"(?<=\p{Han}{2})(?:总额|金额|额|总量|量)$")


def _item_of_kind(text: str, named: list[_Slot], subject: str) -> list[_Slot]:
    """The one of ``named`` whose ；-item holds the words the subject puts before its name
    (住宅用地 of 住宅用地出让金, for 住宅用地成交21宗、出让金x)."""
    def holds_kind(s: _Slot) -> bool:
        name = s.fields.get("indicator") or ""
        kind = subject[:-len(name)] if name and subject.endswith(name) else ""
        opens = full_sentence_start(text, s.start)
        semi = _LAST_SEMICOLON.search(text, opens, s.start)
        return len(kind) >= 2 and kind in text[semi.end() if semi else opens:s.start]
    holding = [s for s in named if holds_kind(s)]
    return holding if len(holding) == 1 else []


def _item_named_by_head(candidates: list[_Slot], subject: str) -> list[_Slot]:
    """The one item whose name holds the subject less its generic tail (香港 of 香港市场)."""
    head = generic_head(subject)
    if head == subject or len(head) < 2:
        return []
    holding = [s for s in candidates if head in (s.fields.get("indicator") or "")]
    return holding if len(holding) == 1 else []


# 纺织服装产业集群实现出口 for 集群出口: an act inside a name says it was done, names no other measure
_ACT_INSIDE = regex.compile(r"(?<=\p{Han}{2})(?:实现|完成|累计)(?=\p{Han}{2})")
# (学费援助发放x, then 学费援助占总额的: the thing paid out, named before the act that pays it)
_ACT_AFTER = regex.compile(r"(?<=\p{Han}{4})(?:发放|拨付|支付|支出|下达|投入)$")


def _item_by_head_and_kind(candidates: list[_Slot], subject: str) -> list[_Slot]:
    """The one item whose name holds the subject's head and, after it, the one or two characters the
    subject ends with (法国酒 for 法国葡萄酒进口货值, 内地茶 for 中国内地茶叶进口货值: the place and the
    kind of goods, the words between left out)."""
    def holds(name: str, head: str, kind: str) -> bool:
        at = name.find(head)
        return at >= 0 and kind in name[at + len(head):]
    for k in range(len(subject) - 1, 1, -1):
        head, kind = subject[:k], subject[k:]
        if len(kind) > 2:
            break
        holding = [s for s in candidates if holds(s.fields.get("indicator") or "", head, kind)]
        if holding:
            return holding if len(holding) == 1 else []
    return []


def _item_by_short_name(candidates: list[_Slot], subject: str) -> list[_Slot]:
    """The one item whose name holds the subject's head (three characters or more), the rest of the subject
    what the last item of its list is named by (鸿运速递业务量 for 鸿运速递有限公司, of 鸿运速递有限公司、
    安捷快运有限公司、飞鸽供应链管理有限公司业务量分别为x、y、z: a firm in short, then the list's measure)."""
    for k in range(len(subject) - 2, 2, -1):
        head, measure = subject[:k], subject[k:]
        holding = [s for s in candidates if head in (s.fields.get("indicator") or "")]
        if len(holding) == 1 and any(t.sentence == holding[0].sentence and t.same_measure(holding[0])
                                     and (t.fields.get("indicator") or "").endswith(measure) for t in candidates):
            return holding
    return []


def _named_in_short(indicator: str, subject: str) -> bool:
    """Does ``subject`` name ``indicator`` in short: the same last four characters or more, before
    them a short form of the indicator's (信保|承保金额 for 短期出口信用保险|承保金额: share_wholes._short_for)?"""
    tail = _common_suffix([indicator, subject])
    short, full = subject[:-len(tail)] if tail else "", indicator[:-len(tail)] if tail else ""
    return len(tail) >= 4 and 2 <= len(short) < len(full) and _short_for(short, full)


def _counted_by_name(s: _Slot, subject: str) -> bool:
    """Does ``subject`` name the count ``s`` by its noun and classifier (货币补偿户 for 选择货币补偿的1,246户)?"""
    unit = (s.figure.unit or "") if s.figure.kind == "count" else ""
    return len(unit) == 1 and subject.endswith(unit) and len(subject) >= 3 \
        and _names_part(s.fields.get("indicator"), subject[:-1])


# A、B、C及D分别有|x、y、z及w: the names of a 分别 list's items, then its figures in their order
_LISTED_NAMES = regex.compile(r"(?P<names>[^，,。；;：:]+?)分别(?:有|为|是|达到?|实现|完成|录得)\s*")
_NAME_JOINS = regex.compile(r"、|和|及|与")


def _item_listed_by_name(text: str, candidates: list[_Slot], subject: str) -> list[_Slot]:
    """The figure of a 分别 list whose item the subject names (元朗地政处 of 元朗地政处、大埔地政处…分别
    有3,954宗、3,127宗…, for 元朗地政处所占比重), when the list's names and figures pair one to one."""
    for s in candidates:
        run = [t for t in candidates if t.sentence == s.sentence and t.same_measure(s)]
        run.sort(key=lambda t: t.start)
        listed = _LISTED_NAMES.search(text, s.sentence, run[0].start)
        if listed is None or listed.end() != run[0].start:
            continue
        names = _NAME_JOINS.split(listed.group("names"))
        figures = [t for t in run if t.start >= listed.end()]
        name = subject if subject in names else subject.removesuffix("所")  # (东区所占比重: 所 leads the verb)
        if len(names) < 2 or len(figures) < len(names) or name not in names:
            return []
        return [figures[names.index(name)]]
    return []


# 拒绝个案 for 拒绝申请378宗: the cases an act was done to, by the act and a word for cases
_CASES = regex.compile(r"(?:个案|案件|申请)$")


def _cases_of_act(s: _Slot, subject: str) -> bool:
    """Does ``subject`` name the count ``s`` of cases by the act done to them (拒绝个案 for 拒绝申请378宗)?"""
    act = _CASES.sub("", subject)
    return s.figure.kind == "count" and 2 <= len(act) < len(subject) \
        and _CASES.search(s.fields.get("indicator") or "") is not None \
        and _CASES.sub("", s.fields.get("indicator") or "").endswith(act)


def _number_of(s: _Slot, subject: str) -> bool:
    """Does ``subject`` name the count ``s`` as the number of what it counts (项目数 for 农村水利项目57个)?"""
    if s.figure.kind != "count" or len(subject) < 3 or not subject.endswith("数"):
        return False
    name = s.figure.of or s.fields.get("indicator") or ""
    # (专升本人数 for 专升本698人: the number by its classifier, 人数)
    counted = subject[:-1].removesuffix(s.figure.unit or "\0")
    return name.endswith(subject[:-1]) or (len(counted) >= 2 and name.endswith(counted))


def _class_counted(s: _Slot, subject: str) -> bool:
    """Does ``subject`` name the count ``s`` of a class by the class and a number word (偏乡书店获补助家数 for
    “偏乡书店”类47家)?"""
    named = _QUOTES.sub("", s.fields.get("indicator") or "").removesuffix("类")
    return s.figure.kind == "count" and len(named) >= 2 and subject.startswith(named) and subject.endswith("数")


_QUOTES = regex.compile(r"[“”\"「」『』]")


def _named_then_counted(s: _Slot, subject: str, counts: list[_Slot]) -> bool:
    """Does ``subject`` name the count ``s`` by its name and then the noun another count of its classifier
    counts (一般申请者获编配|单位 for 一般申请者获编配7,342个, after 编配公屋单位12,486个)?"""
    name = s.fields.get("indicator") or ""
    rest = subject[len(name):]
    return s.figure.kind == "count" and len(name) >= 3 and subject.startswith(name) and 2 <= len(rest) <= 4 \
        and any(c.figure.kind == "count" and c.figure.unit == s.figure.unit and (c.figure.of or "").endswith(rest)
                for c in counts)


def _item_of_body(text: str, candidates: list[_Slot], subject: str) -> list[_Slot]:
    """The figure that a sentence naming the subject, a body's name with no measure, gives under the name
    its siblings' figures share (泰昇…9月营收x；累计前9月营收y。嘉洋…前9月营收z…。三家合计w，泰昇占R: y,
    the firm's own of the total, named as the others' are)."""
    if len(subject) < 2 or _MEASURE_WORD.search(subject):
        return []
    holding = [s for s in candidates if subject in text[full_sentence_start(text, s.start):s.start]]
    others = [s.fields.get("indicator") or "" for s in candidates if s not in holding]
    # (嘉洋航运股份有限公司前9月营收: a sibling's name, its body's before it)
    named_alike = [s for s in holding if len(s.fields.get("indicator") or "") >= 2
                   and any(other.endswith(s.fields["indicator"]) for other in others)]
    # (the most named of them: 前9月营收 over 营收, which the total's 合计营收 ends with too)
    longest = max((len(s.fields["indicator"]) for s in named_alike), default=0)
    named_alike = [s for s in named_alike if len(s.fields["indicator"]) == longest]
    return named_alike if len(named_alike) == 1 else []


_MEASURE_WORD = regex.compile(r"额|量|数|值|收入|金|费|价|率|营收")


def _total_of_topic(text: str, candidates: list[_Slot], subject: str) -> list[_Slot]:
    """The one figure named by the subject's measure alone (总产值x, or 产值x), in a sentence that names
    the rest of the subject before it, its topic (全县林下经济经营面积…，实现总产值x。…林下经济产值占R)."""
    found = []
    for s in candidates:
        named = s.fields.get("indicator") or ""
        measure = named[1:] if named.startswith("总") else named
        topic = subject[:-len(measure)] if len(measure) >= 2 and subject.endswith(measure) else ""
        if len(topic) >= 2 and topic in text[s.sentence:s.start] \
                and s.fields.get("role") not in ("previous", "change", "target", "equivalent"):
            found.append(s)
    return found if len(found) == 1 else []
