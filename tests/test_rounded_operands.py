"""An amount reported in 亿 with one digit was rounded like one of two (7亿 stands for 6.5亿
to 7.5亿): a growth computed from it must not be called an error the rounding explains."""
from decimal import Decimal

from extractor import extract


def test_a_one_digit_amount_is_rounded_in_a_growth():
    text = "该公司本财年营业利润为7亿美元，比上一财年的26亿美元下滑72%。"
    [check] = [c for c in extract(text).checks if c.kind == "growth"]
    assert check.status == "consistent"
    assert check.computed_low <= Decimal("-72.5") <= check.computed_high  # 72% stands for 71.5% to 72.5%


def test_a_growth_off_by_more_than_the_rounding_is_still_flagged():
    text = "该公司本财年营业利润为7亿美元，比上一财年的26亿美元下滑60%。"
    [check] = [c for c in extract(text).checks if c.kind == "growth"]
    assert check.status == "inconsistent"
