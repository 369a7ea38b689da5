"""Shares listed with 分别: A、B分别为x、y，分别占全县的p%、q%, each rate the share of the
amount in its place, in one whole (named, or read from the context as shares.py reads
one share's).  Relations are plain records; validate.py computes them."""
from __future__ import annotations

import regex

from .indicators import WHOLE_TAIL, _LIST_BREAK, _clause_start, _strip_words, paragraph_start, share_head
from .relate import Relation, _agrees, _distributed_runs, _read_whole, _Slot
from .share_wholes import _WHOLE_REACH, _named_whole
from .shares import _PRONOUN_WHOLE

# 分别占全县的76.0%和24.0%: the rates of a 分别 run after amounts listed before it.
# (占比分别为70%和25%: a whole left unnamed, as 分别占比; 占营业收入的比重分别为…: named before 分别)
_DISTRIBUTED_SHARE = regex.compile(r"分别占(?P<whole>(?:[^，,。；;]|(?<=\d),(?=\d)){0,30}?)(?:的)?(?:比重|比例|份额)?(?:为|达|达到|是)?"
                                   r"|(?<=占比)分别(?:为|达|达到|是)?(?P<whole>)"
                                   r"|(?<=占(?P<whole>[^，,。；;\d]{1,30}?)(?:的)?(?:比重|比例|份额))分别(?:为|达|达到|是)?")


def distributed(text: str, slots: list[_Slot], runs: list, context: dict) -> list[Relation]:
    """A、B分别为x、y，分别占全县的p%、q%: the i-th rate is the share of the i-th of
    the amounts right before it (as many, of one measure) in one whole: named in
    the sentence, else read from the context like the whole of one share (then
    every rate must agree with it, and they confirm, never refute)."""
    out = []
    for run, k, m, parts in _distributed_runs(text, slots, runs, _DISTRIBUTED_SHARE, 40):
        first = run[0]
        # (下限为x、上限为y，分别占总股本z的p和q: a figure inside the cue is the whole, not a part)
        inside = [s for s in parts if s.start >= m.start()]
        if inside:
            j = k - len(inside)
            parts = slots[max(0, j - len(run)):j]
        if len(parts) < len(run) or any(
                p.sentence != first.sentence or p.figure.kind == "percent" or not p.same_measure(parts[0])
                or p.fields.get("role") in ("target", "previous", "change", "equivalent") for p in parts):
            parts = _parts_by_name(text, slots[:k], m, len(run))
            if parts is None:
                continue
        largest = max(range(len(parts)), key=lambda n: parts[n].figure.value)
        # (all the figures before the rates but the parts: the whole may stand between the parts
        # read by name and the rates, or inside the cue)
        taken = {id(p) for p in parts}
        earlier = [s for s in slots[:k] if id(s) not in taken]
        noun = _strip_words(m.group("whole"))
        whole = _named_whole(text, earlier, parts[largest], noun) if noun and not inside else None
        if inside and inside[-1].same_measure(parts[largest]) \
                and inside[-1].figure.value >= parts[largest].figure.value:
            whole = inside[-1]  # (the whole as stated inside the cue)
        if whole is None and noun and WHOLE_TAIL.search(noun):
            # 分别占新签约项目总数的p、q: 总数 names all of 新签约项目
            whole = _named_whole(text, earlier, parts[largest], WHOLE_TAIL.sub("", noun))
        # (the three industries named so, their whole by its name: 三次产业增加值占地区生产总值的比重分别为…)
        sectors = len(parts) == 3 and all((p.fields.get("indicator") or "").startswith(f"第{n}产业")
                                          for n, p in zip("一二三", parts))
        mode = "" if whole is not None and (whole.sentence == first.sentence or sectors) else "inferred"
        kinds = {(p.fields.get("indicator") or "")[-2:] for p in parts}
        if whole is None and len(kinds) == len(parts) and "" not in kinds:
            # 营业收入x、利润总额y，分别占市属企业总量的p和q: each part of its own measure's whole, read
            # from the context by its name (each must agree)
            wholes = [_read_whole(text, earlier, p, r, slots, context, p.fields.get("indicator") or "")
                      for p, r in zip(parts, run)]
            if all(w is not None for w in wholes):
                for p, r, w in zip(parts, run, wholes):
                    r.fields["role"] = "share"
                    r.fields["indicator"] = p.fields.get("indicator")
                    out.append(Relation("share", r.figure.id, inputs=(p.figure.id, w.figure.id), mode="inferred"))
                continue
        if whole is None:
            whole = _read_whole(text, earlier, parts[largest], run[largest], slots, context,
                                "" if _PRONOUN_WHOLE.match(m.group("whole")) else noun)
        if whole is None and noun and WHOLE_TAIL.search(noun):
            # 分别占收案总数的p、q… with 共新收商事、金融案件9,684件 stated: a total worded as no figure
            # is, read like a pronoun (every rate must agree with it)
            whole = _read_whole(text, earlier, parts[largest], run[largest], slots, context, "")
        if whole is None or not whole.same_measure(parts[0]):
            continue
        relations = [Relation("share", r.figure.id, inputs=(p.figure.id, whole.figure.id), mode=mode)
                     for p, r in zip(parts, run)]
        if mode and not all(_agrees(rel, slots, context) for rel in relations):
            continue
        for p, r in zip(parts, run):
            r.fields["role"] = "share"
            r.fields["indicator"] = p.fields.get("indicator")
        out += relations
    return out


_ASIDE_BEFORE = regex.compile(r"[（(][^（()）]{1,20}[）)]$")


def _parts_by_name(text: str, earlier: list[_Slot], m: regex.Match, count: int) -> list[_Slot] | None:
    """The parts of 同城、异地快递业务量分别占…的p和q read by their names: for each item
    listed before 分别 (``m``), the nearest earlier figure in the paragraph of that name,
    all of one measure, no rate and no previous value, change or target."""
    end = m.start()
    if m.group("whole") and m.start("whole") < end and text[m.start("whole") - 1] == "占":
        # (A和B占…的比重分别为p和q: the items before 占, past an aside on the last: 投资收益（含公允价值变动）)
        end = m.start("whole") - 1
        aside = _ASIDE_BEFORE.search(text, max(0, end - 24), end)
        end = aside.start() if aside is not None else end
    opens = _clause_start(text, end, max(0, end - 40), _LIST_BREAK)
    items = [t for t in regex.split(r"[、和及与]", text[opens:end].strip()) if t]
    sectors = _THREE_SECTORS.fullmatch(items[0]) if len(items) == 1 and count == 3 else None
    if sectors is not None:
        # 三次产业增加值占地区生产总值的比重分别为p、q和r: the first, second and third industries, by name
        items = [f"第{n}产业{sectors.group('measure')}" for n in "一二三"]
    names = share_head([_strip_words(t) for t in items])
    if len(names) != count or not all(len(n) >= 2 for n in names):
        return None
    size, short = len(names[0]), names
    if len(names[-1]) > size and all(len(n) == size for n in names[:-1]):
        # 同城、异地快递业务量: items of one length, the last carrying what they all measure
        names = [n + names[-1][size:] for n in names[:-1]] + names[-1:]
    floor = paragraph_start(text, m.start(), _WHOLE_REACH)
    parts = []
    last = names[-1]
    for name, item in zip(names, short):
        # (or named by its item and the measure the last item ends with: 同城、国际/港澳台快递业务量 for
        # 同城快递业务量, where the last item is more than the measure)
        part = next((s for s in reversed(earlier) if s.start >= floor and s.figure.kind != "percent"
                     and s.fields.get("role") not in ("previous", "change", "target", "equivalent")
                     and ((indicator := s.fields.get("indicator") or "").endswith(name)
                          # (or a line of business its name opens on: 经纪业务 for 经纪业务净收入)
                          or (len(name) >= 4 and indicator.startswith(name))
                          or (indicator.startswith(item) and len(indicator) - len(item) >= 2
                              and last.endswith(indicator[len(item):])))), None)
        if part is None or (parts and not part.same_measure(parts[0])) or part in parts:
            return None
        parts.append(part)
    return parts


_THREE_SECTORS = regex.compile(r"(?:三次产业|三大产业|一二三产业|一、二、三产业)(?:结构)?(?P<measure>增加值)?")
