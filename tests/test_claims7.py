"""Claims found by articles written blind (tax, rural revitalization and state-owned
enterprise reports): a total after its parts in the sentence before, with a part's
previous value among them; a rate compared with another measure's, whose rate follows as
（后者增长R）; and two parts of different measures, each a share of its own whole stated
earlier (分别占…总量的p和q)."""
import pytest

from claims import checks_of


@pytest.mark.parametrize("total, status", [("12.69亿元", "consistent"), ("12.96亿元", "inconsistent")])
def test_a_total_after_parts_skips_a_parts_previous_value(total, status):
    text = ("主体税种支撑有力。国内增值税完成8.26亿元；企业所得税完成3.47亿元，比上年同期的3.05亿元增长13.8%；"
            f"个人所得税完成0.96亿元，同比下降7.2%。三大主体税种合计{total}。")
    sums = [c for c in checks_of(text) if c[0] == "sum"]
    if status == "consistent":
        assert sums == [("sum", "consistent", ["8.26亿元", "3.47亿元", "0.96亿元"], None)]  # (a sum reports no rate)
    else:
        # read from the context, the parts confirm a total and never refute one
        assert sums == []


@pytest.mark.parametrize("points, status", [("2.6个百分点", "consistent"), ("3.6个百分点", "inconsistent")])
def test_the_latter_in_brackets_is_the_rate_compared_with(points, status):
    text = (f"脱贫人口人均纯收入达到15680元，同比增长11.2%，增速比全县农村居民人均可支配收入高{points}"
            "（后者增长8.6%）。")
    assert ("difference", status, ["11.2%", "8.6%"], points) in checks_of(text)


def test_parts_of_two_measures_are_shares_of_their_own_wholes():
    text = ("市属企业实现营业收入1,286.4亿元，同比增长7.9%；实现利润总额38.6亿元。"
            "城投集团实现营业收入412.8亿元、利润总额9.36亿元，分别占市属企业总量的32.1%和24.2%。")
    checks = checks_of(text)
    assert ("ratio", "consistent", ["412.8亿元", "1,286.4亿元"], "32.1%") in checks
    assert ("ratio", "consistent", ["9.36亿元", "38.6亿元"], "24.2%") in checks


def test_wholes_read_from_the_context_must_agree_with_every_share():
    # 9.36 / 38.6 = 24.25%, not 34.2%: no whole agrees, so no claim is made of either share
    text = ("市属企业实现营业收入1,286.4亿元，同比增长7.9%；实现利润总额38.6亿元。"
            "城投集团实现营业收入412.8亿元、利润总额9.36亿元，分别占市属企业总量的32.1%和34.2%。")
    assert [c for c in checks_of(text) if c[0] == "ratio"] == []
