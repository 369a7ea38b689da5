"""The share of a stock that is insured, named by the insurer's act (承保日光温室5,420栋，参保率43.7%)
over the stock the article stated before, however far (全县日光温室保有量达到1.24万栋, paragraphs back).
The insured things name the stock; the whole is read, so the rate confirms it and never refutes it
(``share`` relation, mode ``inferred``)."""
from __future__ import annotations

import regex

from .relate import Relation, _Slot

# 承保日光温室|5,420栋，参保率|43.7%: the act, the things insured, their count, the rate
_INSURED = regex.compile(r"(?:承保|参保|投保)(?P<thing>\p{Han}{2,8}?)\s*$")
_RATE_AFTER = regex.compile(r"\s*[，,]\s*(?:参保率|投保率|承保率|保险覆盖率)(?:为|达到|达|是)?\s*")
_STOCK_REACH = 2000  # the stock is stated where the article opens on the trade, some paragraphs back


def insured(text: str, slots: list[_Slot], rates: list[tuple[int, _Slot]]) -> list[Relation]:
    """承保X n，参保率R: the rate of the n insured over the last earlier figure of X (no smaller, of
    the same measure, itself no insured count), read."""
    out = []
    for i, rate in rates:
        if rate.fields.get("role") or i < 1:
            continue
        insured_count = slots[i - 1]
        if insured_count.figure.kind != "count" or not _RATE_AFTER.fullmatch(text, insured_count.end, rate.start):
            continue
        act = _INSURED.search(text, max(insured_count.sentence, insured_count.start - 12), insured_count.start)
        if act is None:
            continue
        thing = act.group("thing")
        stock = next((s for s in reversed(slots[:i - 1]) if insured_count.start - s.start <= _STOCK_REACH
                      and s.same_measure(insured_count) and s.figure.value >= insured_count.figure.value
                      and s.figure.value_max is None and thing in (s.fields.get("indicator") or "")
                      and not _INSURED.search(text, max(s.sentence, s.start - 12), s.start)
                      and s.fields.get("role") not in ("previous", "change", "target", "equivalent")), None)
        if stock is None:
            continue
        rate.fields["role"] = "share"
        out.append(Relation("share", rate.figure.id, inputs=(insured_count.figure.id, stock.figure.id), mode="inferred"))
    return out
