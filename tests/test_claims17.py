"""Claims found by the seventeenth batch of articles written blind (an orchard county, a metro, a
software park, rural assistance, a hotel group, a court, a Taiwan packaging firm, a customs
district): cases concluded over cases taken, spending over a raised budget, a completion that
opens its ；-item and completes the figure of the item before, a second change in points after
也比, and households and people of one measure listed by two classifiers."""
import pytest

from claims import checks_of


@pytest.mark.parametrize("rate, status", [("96.2%", "consistent"), ("92.6%", "inconsistent")])
def test_cases_concluded_and_enforced_over_cases_taken(rate, status):
    text = f"全市两级法院共受理各类案件168,352件，同比增长7.4%，上年同期为156,750件；审执结161,927件，结案率为{rate}。"
    assert ("ratio", status, ["161,927件", "168,352件"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("97.7%", "consistent"), ("99.7%", "inconsistent")])
def test_concluded_over_taken_named_with_its_bi(rate, status):
    text = f"禾阳中院本级受理案件14,206件，审结13,874件，结收案比为{rate}。"
    assert checks_of(text) == [("ratio", status, ["13,874件", "14,206件"], rate)]


@pytest.mark.parametrize("rate, status", [("70.4%", "consistent"), ("74.0%", "inconsistent")])
def test_spending_over_a_raised_budget(rate, status):
    text = f"董事会通过将今年预算由7.5亿美元上调至9.2亿美元，前三季已投入6.48亿美元，执行率{rate}。"
    assert checks_of(text) == [("ratio", status, ["6.48亿美元", "9.2亿美元"], rate)]


@pytest.mark.parametrize("rate, status", [("103.5%", "consistent"), ("105.3%", "inconsistent")])
def test_a_completion_that_opens_its_item(rate, status):
    text = f"园区实现软件业务收入1086.4亿元，同比增长12.6%，上年同期为964.8亿元；完成年度目标1050亿元的{rate}。"
    assert ("ratio", status, ["1086.4亿元", "1050亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("points, status", [("3.2个百分点", "consistent"), ("2.3个百分点", "inconsistent")])
def test_a_second_change_in_points_after_ye_bi(points, status):
    text = f"毛利率24.6%，较上季的23.1%增加1.5个百分点，也比去年同期的21.4%提升{points}。"
    assert ("difference", status, ["24.6%", "21.4%"], points) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("91.2%", "consistent"), ("92.1%", "inconsistent")])
def test_people_listed_after_households_measure_what_they_do(rate, status):
    text = f"全省纳入防止返贫监测对象2.61万户、8.93万人，已消除风险8.14万人，风险消除率{rate}。"
    assert checks_of(text) == [("ratio", status, ["8.14万人", "8.93万人"], rate)]
