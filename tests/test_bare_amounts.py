"""A bare number of 亿 among amounts of money is money (rules/money.yaml,
money.cny.amount_among_amounts): only with an amount of at least 千万 before it in
its paragraph, and never after a word for what is counted."""
from decimal import Decimal

import pytest

from extractor import extract

RULE = "money.cny.amount_among_amounts"


def _bare(text):
    return [(f.text, f.value, f.currency) for f in extract(text).figures if f.rule == RULE]


def test_amounts_after_an_amount_are_money_in_its_currency():
    text = "格力营收1186亿元，美的仅为316亿（分别为376亿、373亿）。"
    assert _bare(text) == [("316亿", Decimal("31600000000"), "CNY"),
                           ("376亿", Decimal("37600000000"), "CNY"),
                           ("373亿", Decimal("37300000000"), "CNY")]
    assert _bare("营收达到45亿美元，比上年多5亿。") == [("5亿", Decimal("500000000"), "USD")]


@pytest.mark.parametrize("text", [
    "前者营收1186亿，全国人口14亿。",          # a count of people
    "营收1186亿元，手机销量1.2亿。",            # units sold
    "注册用户3亿，营收1186亿元。",              # the amount comes after
    "去年卖了30元，今年多5亿。",                # a small amount is no scale for 亿
    "营收1186亿元。\n全年多5亿。",              # another paragraph
    "营收1186亿元" + "，各方共同努力" * 40 + "，多5亿。",  # too far
])
def test_no_amount_without_an_amount_of_scale_close_before(text):
    assert _bare(text) == []


def test_raw_offsets_hold_in_traditional_script():
    text = "格力營收1186億元，美的僅為316億。"
    figures = [f for f in extract(text).figures if f.rule == RULE]
    assert [(f.text, text[f.start:f.end], f.value) for f in figures] == [("316億", "316億", Decimal("31600000000"))]


@pytest.mark.parametrize("text, span, value", [
    ("估值达2万亿的这家公司", "2万亿", "2000000000000"),        # 的 after the amount
    ("以近6000亿总估值排第二", "近6000亿", "600000000000"),
    ("拟以188亿购买该公司全部股权", "188亿", "18800000000"),
    ("小学学费涨到15万，", "15万", "150000"),
    ("价格多在3万左右，", "3万左右", "30000"),
])
def test_bare_amounts_after_money_words(text, span, value):
    figures = [f for f in extract(text).figures if f.kind == "money"]
    assert [(f.text, str(f.value), f.currency) for f in figures] == [(span, value, "CNY")]
