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
