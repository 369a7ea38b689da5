"""Growth claims counted at constant prices: a rate of value added, or one a sentence states as
real, is no rate of the nominal values beside it.  relate.py passes every growth relation through."""
from __future__ import annotations

import dataclasses

import regex

from .relate import Relation, _agrees, _Slot

# 按可比价格计算, 按不变价格计算: the rates of the sentence are real, not nominal.
_REAL_PRICES = regex.compile(r"[按以](?:可比|不变)价(?:格)?(?:计算)?")
# 扣除价格因素，实际增长4.1% (beside 名义增长6.3%): this rate is real.
_NOMINAL_RATE = regex.compile(r"名义(?:增长|下降|增加|减少|增速为?)了?\s*$")
_CURRENT_PRICES = regex.compile(r"[按以](?:当年|当时|现行)价(?:格)?(?:计算)?")
# (and Taiwan's 扣除物价因素后实质经常性薪资年增1.42%)
_REAL_RATE = regex.compile(r"(?:扣除(?:价格|物价)因素[^。；;]{0,16}?|实际|实质)(?:增长|下降|增加|减少|增速为?|年增|年减|成长)了?\s*$")


def comparable_prices(text: str, slots: list[_Slot], relations: list[Relation], context: dict) -> list[Relation]:
    """Growth claims of value added (地区生产总值, 工业增加值: ``real_growth_measures`` of
    rules/relate.yaml), of a sentence that says 按可比价格计算, or stated as real (扣除价格因素,
    实际增长4.1%) are counted at constant prices: the nominal values stated beside them
    cannot confirm or refute the rate, unless the rate is said to be nominal (名义增长, 按当年价格计算)
    (地区生产总值128.6亿元，同比增长6.2%，上年同期为115.3亿元 is no error)."""
    words = tuple(context.get("real_growth_measures", ()))
    index = slots.index_by_id() if relations else {}
    out = []
    for rel in relations:
        if rel.kind == "growth" and rel.inputs and not rel.reason:
            current, rate = slots[index[rel.inputs[0]]], slots[index[rel.reported]].start
            stated_real = _REAL_PRICES.search(text, current.sentence, rate) or _REAL_RATE.search(
                text, max(0, rate - 24), rate)
            # (名义增长, 按当年价格计算: stated at current prices, the values give the rate)
            nominal = _NOMINAL_RATE.search(text, max(0, rate - 8), rate) or _CURRENT_PRICES.search(
                text, current.sentence, rate)
            real = stated_real or (not nominal and any(w in (current.fields.get("indicator") or "") for w in words))
            if real and not stated_real and (rel.mode in ("previous", "inferred") or rel.mode.startswith("annual")) \
                    and _agrees(rel, slots, context):
                # a value added whose nominal values give the rate as written is confirmed by them,
                # though others would not refute it (增加值2,186.4亿元，比上年的2,038.5亿元增长7.3%)
                if not rel.mode.endswith("inferred"):
                    rel = dataclasses.replace(rel, mode="inferred" if rel.mode == "previous" else f"{rel.mode} inferred")
            elif real:
                rel = dataclasses.replace(
                    rel, reason="the rate is counted at comparable prices, not from these nominal values")
        out.append(rel)
    return out
