"""Claims found by the eighth batch of articles written blind (an audit report, a housing
provident fund, inclusive finance, investment promotion): a completion rate of the increase,
a 分别 list as long as the items counted before its total, and a total shared out in a
colon list that names it."""
import pytest

from claims import checks_of


@pytest.mark.parametrize("rate, status", [("72.2%", "consistent"), ("27.2%", "inconsistent")])
def test_a_completion_rate_of_the_increase(rate, status):
    text = (f"其中普惠型小微企业贷款余额102.36亿元，比年初增加18.04亿元，增长21.4%，"
            f"增量完成全年计划25亿元的{rate}。")
    assert ("ratio", status, ["18.04亿元", "25亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("part, status", [("1.54亿元", "consistent"), ("1.64亿元", "inconsistent")])
def test_a_list_as_long_as_the_items_counted_before_its_total(part, status):
    text = f"重点审计了4项专项资金，涉及资金5.27亿元，分别为1.86亿元、{part}、0.72亿元和1.15亿元。"
    assert ("sum", status, ["1.86亿元", part, "0.72亿元", "1.15亿元"], None) in checks_of(text)


def test_a_list_longer_than_the_items_counted_is_no_breakdown_of_that_total():
    text = "审计了3项专项资金，涉及资金5.27亿元，分别为1.86亿元、1.64亿元、0.72亿元和1.15亿元。"
    assert not [c for c in checks_of(text) if c[0] == "sum"]


@pytest.mark.parametrize("part, status", [("3.53亿元", "consistent"), ("3.35亿元", "inconsistent")])
def test_a_total_shared_out_in_a_colon_list_that_names_it(part, status):
    text = (f"全年实现增值收益5.84亿元，增值收益率1.52%。增值收益分配为：提取贷款风险准备金1.75亿元，"
            f"提取管理费用5600万元，上缴城市廉租住房建设补充资金{part}。")
    assert ("sum", status, ["1.75亿元", "5600万元", part], None) in checks_of(text)


def test_a_colon_list_naming_another_measure_shares_out_nothing():
    text = "全年实现增值收益5.84亿元。经费使用情况为：培训1.75亿元，差旅5600万元，其他3.35亿元。"
    assert not [c for c in checks_of(text) if c[0] == "sum" and c[1] == "inconsistent"]


@pytest.mark.parametrize("text, pair, rate", [
    ("工业产品质量监督抽查1,250批次，不合格86批次，不合格发现率6.9%。", ["86批次", "1,250批次"], "6.9%"),
    ("项目预算金额合计43.67亿元，成交金额41.10亿元，节约资金2.57亿元，节资率5.9%。", ["2.57亿元", "43.67亿元"], "5.9%"),
    ("审计发现问题金额3.86亿元。截至6月底，问题已整改金额3.12亿元，整改率80.8%。", ["3.12亿元", "3.86亿元"], "80.8%"),
])
def test_rates_known_by_name(text, pair, rate):
    assert ("ratio", "consistent", pair, rate) in checks_of(text)


def test_an_actual_named_by_its_target_is_the_whole_of_a_share():
    text = ("年初预算安排一般公共预算收入12.5亿元，全年完成12.74亿元，为预算的101.9%。其中，税收收入9.05亿元，"
            "占一般公共预算收入的比重为71.0%。")
    assert ("ratio", "consistent", ["9.05亿元", "12.74亿元"], "71.0%") in checks_of(text)


def test_a_target_after_a_part_is_no_part():
    text = "全年实现到位资金86.45亿元。其中，省外资金52.8亿元；省内市外资金33.65亿元，市定目标为30亿元，完成率112.2%。"
    assert ("sum", "consistent", ["52.8亿元", "33.65亿元"], None) in checks_of(text)


def test_a_share_of_the_amount_paid_in_by_its_ratio_word():
    text = "全年缴存额98.62亿元。全年提取额63.18亿元，占当年缴存额的比率为64.06%。"
    assert ("ratio", "consistent", ["63.18亿元", "98.62亿元"], "64.06%") in checks_of(text)


@pytest.mark.parametrize("rate, status", [("45.0%", "consistent"), ("54.0%", "inconsistent")])
def test_a_share_of_the_increase(rate, status):
    text = f"6月末，普惠型小微企业贷款户数12,806户，比年初增加2,316户，其中首贷户1,042户，占新增户数的{rate}。"
    assert ("ratio", status, ["1,042户", "2,316户"], rate) in checks_of(text)
