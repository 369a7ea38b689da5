"""What is left of a whole or added to it, by the figures one sentence ties: a net amount
after a deduction (总额x，扣除y后，净额z), what was added to a stock since its opening (余额x，较年初的y
增长r，新增z), what is left over (已发放y，…，剩余z) and what is short of a target (完成年度目标x的r，
距全年目标尚差z).  Each is a ``change`` relation (inputs: the value the other is taken from, then
that other; reported: the difference), checked as a ``difference`` by validate.py; changes.py reads
the changes between two stated values.
"""
from __future__ import annotations

import regex

from .relate import _FULL_STOP, Relation, _agrees, _same_indicator, _Slot, full_sentence_start


# 募集资金总额为14.93亿元，扣除|发行费用|1.12亿元|后，募集资金净额为|13.81亿元: a net amount.
_DEDUCTED = regex.compile(r"[，,]\s*扣除\p{Han}{0,16}$")  # (扣除包销佣金及估计上市开支|1.02亿港元)
_NET_AFTER = regex.compile(r"\s*(?:之)?后[，,]?\s*\p{Han}{0,10}净\p{Han}{0,6}?(?:为|达到|达|是)?\s*$")


def deductions(text: str, slots: list[_Slot], context: dict) -> list[Relation]:
    """A gross amount, 扣除 a deduction 后, a net amount (净额, 净利润…) in one sentence:
    the net is the gross less the deduction."""
    out = []
    for k in range(1, len(slots) - 1):
        gross, cut, net = slots[k - 1], slots[k], slots[k + 1]
        if not (gross.sentence == cut.sentence == net.sentence) or any(
                s.figure.kind != "money" or s.figure.value_max is not None for s in (gross, cut, net)):
            continue
        if not (_DEDUCTED.search(text, gross.end, cut.start) and _NET_AFTER.fullmatch(text, cut.end, net.start)):
            continue
        if gross.fields.get("role") or not (gross.same_measure(cut) and gross.same_measure(net)):
            continue
        net.fields.setdefault("role", "change")
        out.append(Relation("change", net.figure.id, inputs=(gross.figure.id, cut.figure.id), mode="up"))
    return out + _deducted_from_the_sentence_before(text, slots, context)


# 。扣除|营办商管理费及营运开支|1.52亿港元|后，政府所得净收入为|2.86亿港元: a sentence that opens on the deduction
_OPENS_ON_DEDUCTION = regex.compile(r"\s*扣除\p{Han}{0,16}$")


def _deducted_from_the_sentence_before(text: str, slots: list[_Slot], context: dict) -> list[Relation]:
    """泊车收入x，其中…。扣除y后，净收入z: a sentence that opens on a deduction, its gross left unsaid, is
    of the figure of the sentence before that the net and the deduction add up to (the total first):
    read so, it confirms only."""
    out = []
    for k in range(1, len(slots) - 1):
        cut, net = slots[k], slots[k + 1]
        if cut.sentence != net.sentence or cut.figure.kind != "money" or net.figure.kind != "money" \
                or not _OPENS_ON_DEDUCTION.fullmatch(text, cut.sentence, cut.start) \
                or not _NET_AFTER.fullmatch(text, cut.end, net.start):
            continue
        before = full_sentence_start(text, max(0, cut.sentence - 1))
        grosses = sorted((s for s in slots[:k] if s.start >= before and s.figure.kind == "money" and s.same_measure(cut)
                          and s.figure.value_max is None and s.fields.get("role") in (None, "actual", "total")),
                         key=lambda s: s.fields.get("role") != "total")
        for gross in grosses:
            relation = Relation("change", net.figure.id, inputs=(gross.figure.id, cut.figure.id), mode="up inferred")
            if _agrees(relation, slots, context):
                net.fields.setdefault("role", "change")
                out.append(relation)
                break
    return out


def added_since(text: str, slots: list[_Slot]) -> list[Relation]:
    """各项存款余额1,052.3亿元，较年初的960.1亿元增长9.6%，新增存款92.2亿元: what was added to a stock,
    named so after the growth of that stock from its opening (年初, 上年末), is the level less that
    base.  Tied for a balance (余额), which changes by what is added and nothing else; read for a
    count of what is held (有效注册商标), which may lose some too, so it confirms only."""
    out = []
    for k in range(2, len(slots)):
        added = slots[k]
        # (it may be the actual of a completion too: 新增存款92.2亿元，完成全年新增存款目标110亿元的83.8%)
        if added.figure.kind in ("percent", "percentage_point") or added.fields.get("role") not in (None, "actual") \
                or added.figure.value_max is not None:
            continue
        named = _ADDED.search(text, max(added.sentence, added.start - 16), added.start)
        if named is None:
            continue
        base = next((s for s in reversed(slots[max(0, k - 3):k]) if s.fields.get("role") == "previous"), None)
        j = slots.index_by_id()[base.figure.id] if base is not None else 0
        if j < 1 or not _FROM_OPENING.search(text, max(0, base.start - 8), base.start) \
                or _FULL_STOP.search(text, base.end, added.start):
            continue
        level = slots[j - 1]
        stock = _STOCK_WORD.sub("", level.fields.get("indicator") or "")
        if not (level.same_measure(base) and base.same_measure(added)) or level.figure.value_max is not None \
                or base.figure.value_max is not None or level.figure.value < base.figure.value \
                or not (_same_indicator(stock, named.group("noun")) or named.group("noun") in stock):
            continue
        added.fields.setdefault("role", "change")
        held = "余额" in (level.fields.get("indicator") or "")
        out.append(Relation("change", added.figure.id, inputs=(level.figure.id, base.figure.id),
                            mode="up" if held else "up inferred"))
    return out


_ADDED = regex.compile(r"(?:全年|今年|年内|当年|累计)?新增(?P<noun>\p{Han}{2,10})\s*$")


# ，剩余|133.58万元: what is left of a whole after the part the clause before states
# (安排支出y，…，结余z; 已兑付y，…，尚未兑付的z; 实收y，…，未收租金z; 已领奖金y，未领奖金z: what was not
# spent, paid out, collected or claimed)
_LEFT_OVER = regex.compile(r"[，,；;]\s*(?:剩余|尚余|余下|尚有|还剩|结余|节余|(?:尚未|未)(?:兑付|拨付|支付|使用|发放|收取|收|领取|领)的?)"
                           r"(?:资金|部分|金额|租金|款项|奖金)?\s*")
_LEFT_OVER_REACH = 400


def remainders(text: str, slots: list[_Slot]) -> list[Relation]:
    """应发补贴资金6,664.78万元…。已发放6,531.2万元，占应发资金的98.0%，剩余133.58万元: what is left is
    a whole stated before less the part right before it in its sentence, read (the whole is found by
    the sum, so it confirms only)."""
    cued = {m.end() for m in _LEFT_OVER.finditer(text)}  # (one scan of the text, not one per figure)
    if not cued:
        return []
    out = []
    for k in range(2, len(slots)):
        left = slots[k]
        if left.start not in cued or left.figure.kind not in ("money", "count") or left.fields.get("role") \
                or left.figure.value_max is not None:
            continue
        # (拨付资金y，拨付率R；剩余z: the part may stand before a ；)
        opens = full_sentence_start(text, left.start, max(0, left.start - _LEFT_OVER_REACH))
        part = next((s for s in reversed(slots[:k]) if s.start >= opens and s.same_measure(left)), None)
        if part is None or part.figure.value_max is not None:
            continue
        whole = next((s for s in reversed(slots[:k]) if s is not part and s.start >= left.start - _LEFT_OVER_REACH
                      and s.same_measure(left) and s.figure.value_max is None
                      and s.figure.value == part.figure.value + left.figure.value), None)
        if whole is None:
            continue
        left.fields.setdefault("role", "change")
        out.append(Relation("change", left.figure.id, inputs=(whole.figure.id, part.figure.id), mode="up inferred"))
    return out


# 完成年度目标180亿元的76.0%，距全年目标尚差|43.25亿元: what is left to reach a target
_SHORT_OF = regex.compile(r"[，,；;]\s*(?:距|离|距离)(?:全年|年度|年)?(?:目标|任务|目标任务)(?:值)?(?:尚|还|仍)?(?:差|有)(?:距)?\s*$")


def shortfalls(text: str, slots: list[_Slot]) -> list[Relation]:
    """完成年度目标180亿元的76.0%，距全年目标尚差43.25亿元: what is left is the target less what was
    done, the two its completion claim ties, in its sentence."""
    if "距" not in text and "离" not in text:
        return []  # (no cue in the article: no figure to look at)
    out = []
    for k in range(2, len(slots)):
        left = slots[k]
        if left.figure.kind not in ("money", "count") or left.fields.get("role") or left.figure.value_max is not None \
                or not _SHORT_OF.search(text, max(left.sentence, left.start - 16), left.start):
            continue
        target = next((s for s in reversed(slots[:k])
                       if s.sentence == left.sentence and s.fields.get("role") == "target"), None)
        if target is None or not target.same_measure(left) or target.figure.value_max is not None:
            continue
        done = next((s for s in reversed(slots[:slots.index(target)]) if s.sentence == left.sentence
                     and s.fields.get("role") == "actual" and s.same_measure(target)), None)
        if done is None or done.figure.value_max is not None:
            continue
        left.fields["role"] = "change"
        out.append(Relation("change", left.figure.id, inputs=(target.figure.id, done.figure.id), mode="up"))
    return out


_FROM_OPENING = regex.compile(r"(?:较|比)(?:年初|上年末|上年底|去年末|去年底|上年年末)的?\s*$")
_STOCK_WORD = regex.compile(r"(?:余额|总数|总量|规模)$")
