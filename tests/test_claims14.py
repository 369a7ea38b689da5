"""Claims found by the twelfth and thirteenth batches of articles written blind (a lottery centre,
a coal group, an airport, a textile cluster, affordable rental housing, a water utility, a Hong
Kong IPO, a seed company; a city bank's quarter, grain purchases): a kind and all that is not of
it as a complete breakdown, bills collected over bills issued, a plan that names what it plans,
the act of a previous value before a ；, a balance from the start of the year, a share of the
total stated in the clause before."""
import pytest

from claims import checks_of


@pytest.mark.parametrize("part, status", [("5.54万户", "consistent"), ("5.45万户", "inconsistent")])
def test_a_kind_and_all_that_is_not_of_it_make_the_whole(part, status):
    text = f"截至2024年末，集团供水用户总数达71.36万户，比上年末增加2.83万户。其中，居民用户65.82万户，非居民用户{part}。"
    assert ("sum", status, ["65.82万户", part], None) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("99.42%", "consistent"), ("99.24%", "inconsistent")])
def test_water_bills_collected_over_bills_issued(rate, status):
    text = f"全年应收水费163,480万元，实收水费162,532万元，水费回收率为{rate}。"
    assert ("ratio", status, ["162,532万元", "163,480万元"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("78.1%", "consistent"), ("87.1%", "inconsistent")])
def test_a_plan_that_names_what_it_plans(rate, status):
    text = f"竣工房源6250套，为年度竣工计划8000套的{rate}。"
    assert checks_of(text) == [("ratio", status, ["6250套", "8000套"], rate)]


@pytest.mark.parametrize("rate, status", [("8.6%", "consistent"), ("6.8%", "inconsistent")])
def test_a_previous_value_named_by_its_act_alone(rate, status):
    text = f"全年筹集福彩公益金25.37亿元，占全年销量的29.4%；上年同期筹集23.36亿元，同比增长{rate}。"
    assert ("growth", status, ["25.37亿元", "23.36亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("part, status", [("4.235亿港元", "consistent"), ("4.325亿港元", "inconsistent")])
def test_a_rate_of_a_whole_and_what_it_comes_to(part, status):
    text = f"所得款项净额为12.10亿港元。公司计划将所得款项净额的35%（即{part}）用于扩建储能电池产线。"
    assert checks_of(text) == [("ratio", status, [part, "12.10亿港元"], "35%")]


@pytest.mark.parametrize("net, status", [("12.10亿港元", "consistent"), ("12.01亿港元", "inconsistent")])
def test_net_proceeds_after_a_long_named_deduction(net, status):
    text = f"所得款项总额为13.12亿港元，扣除包销佣金及估计上市开支1.02亿港元后，所得款项净额为{net}。"
    assert checks_of(text) == [("difference", status, ["13.12亿港元", "1.02亿港元"], net)]


@pytest.mark.parametrize("rate, status", [("14.88%", "consistent"), ("18.48%", "inconsistent")])
def test_a_balance_from_the_start_of_the_year(rate, status):
    text = f"绿色贷款余额由年初的97.8亿元增加到112.35亿元，增长{rate}。"
    assert checks_of(text) == [("growth", status, ["112.35亿元", "97.8亿元"], rate)]


def test_a_year_on_year_rate_is_no_growth_from_the_start_of_the_year():
    text = "绿色贷款余额由年初的97.8亿元增加到112.35亿元，同比增长20.1%。"
    assert not any(c[0] == "growth" for c in checks_of(text))


@pytest.mark.parametrize("rate, status", [("76.5%", "consistent"), ("67.5%", "inconsistent")])
def test_a_share_of_the_total_stated_in_the_clause_before(rate, status):
    # (batch 13's deliberate error: the part stated a sentence before, the total right before the rate)
    text = ("农发行淞原省分行累计投放秋粮收购贷款186.4亿元，比上年同期的162.1亿元增长15.0%；企业自有资金投入18.8亿元。"
            f"全省收购资金合计243.8亿元，农发行淞原省分行贷款占比{rate}。")
    assert ("ratio", status, ["186.4亿元", "243.8亿元"], rate) in checks_of(text)
