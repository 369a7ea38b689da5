"""Claims found by the twentieth batch of articles written blind (consumer prices, an airline,
farm insurance, Taiwan tourism, an electric-car maker, vocational schools, consumer complaints,
a pharmacy chain): a part's rate after 其中 against the whole's year before (no claim), the top
three of a list (no complete list), every level's subsidy broken down by level, a level named by
the topic of the sentence after it, a second classification of a paragraph against the total
the first is tied to, 达成 a target, a level regained (恢复至…的), the year before named as a
year after a rate or a change in points, and a rate bounded in tenths that reads no whole."""
import pytest

from claims import checks_of, totals_of


def test_a_parts_change_in_points_is_not_against_the_wholes_year_before():
    text = "平均客座率84.6%，同比提高2.3个百分点，上年同期为82.3%，其中国际航线客座率80.2%，同比提高5.6个百分点。"
    assert checks_of(text) == [("difference", "consistent", ["84.6%", "82.3%"], "2.3个百分点")]


@pytest.mark.parametrize("third", ["6,430件", "16,015件"])
def test_the_top_three_are_no_complete_list(third):
    text = ("商品类投诉3.41万件，占投诉总量的46.3%。商品类中，家用电子电器、食品、服装鞋帽分别为"
            f"9,870件、8,215件和{third}，居前三位。")
    assert [status for status, *_ in totals_of(text)] == ["unverifiable"]


@pytest.mark.parametrize("county, status", [("7.37亿元", "consistent"), ("7.73亿元", "inconsistent")])
def test_every_levels_subsidy_broken_down_by_level(county, status):
    text = ("从保费来源看，各级财政补贴35.21亿元，农户自缴13.52亿元。"
            f"分级次看，中央财政补贴16.48亿元，省级财政补贴11.36亿元，市县财政补贴{county}。")
    assert (status, "35.21亿元", ["16.48亿元", "11.36亿元", county]) in totals_of(text)


@pytest.mark.parametrize("rate, status", [("26.9%", "consistent"), ("29.6%", "inconsistent")])
def test_a_level_named_by_the_topic_of_the_sentence_after_it(rate, status):
    text = ("分航线看，国内航线旅客251.8万人次，国际航线旅客29.7万人次，地区航线旅客4.9万人次。"
            f"国际航线恢复势头明显，旅客量同比增长{rate}，上年同月为23.4万人次。")
    assert ("growth", status, ["29.7万人次", "23.4万人次"], rate) in checks_of(text)


@pytest.mark.parametrize("outside, status", [("73.77亿元", "consistent"), ("72.77亿元", "inconsistent")])
def test_a_second_classification_against_the_total_the_first_is_tied_to(outside, status):
    text = ("报告期内，公司实现营业收入186.42亿元，同比增长8.7%。\n公司门店总数增至8,136家。\n"
            "分产品看，中西成药实现收入138.24亿元，占营业收入的74.2%；中药饮片收入19.87亿元；非药品收入28.31亿元。"
            f"分地区看，省内市场实现收入112.65亿元，省外市场实现收入{outside}。")
    assert (status, "186.42亿元", ["112.65亿元", outside]) in totals_of(text)


@pytest.mark.parametrize("rate, status", [("81.2%", "consistent"), ("82.1%", "inconsistent")])
def test_a_target_reached_with_dacheng(rate, status):
    text = f"全年来台旅客812.36万人次，较上年增长25.2%，达成年度目标1,000万人次的{rate}。"
    assert ("ratio", status, ["812.36万人次", "1,000万人次"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("68.5%", "consistent"), ("65.8%", "inconsistent")])
def test_a_level_regained_as_a_share_of_the_one_before(rate, status):
    text = f"全年来台旅客812.36万人次，恢复至疫情前2019年1,186.4万人次的{rate}。"
    assert ("ratio", status, ["812.36万人次", "1,186.4万人次"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("42.5%", "consistent"), ("45.2%", "inconsistent")])
def test_the_year_before_named_as_a_year_after_a_year_before_an_event(rate, status):
    text = ("观光署公布2024年观光统计，全年来台旅客812.36万人次，恢复至疫情前2019年1,186.4万人次的68.5%。"
            f"国人出国则达1,684.93万人次，年增{rate}（2023年为1,182.37万人次）。")
    assert ("growth", status, ["1,684.93万人次", "1,182.37万人次"], rate) in checks_of(text)


@pytest.mark.parametrize("points, status", [("5.82个百分点", "consistent"), ("5.28个百分点", "inconsistent")])
def test_a_change_in_points_against_the_year_before_named_as_a_year(points, status):
    text = f"2024年全台观光旅馆全年平均住用率67.35%，比上年提高{points}（2023年为61.53%）。"
    assert checks_of(text) == [("difference", status, ["67.35%", "61.53%"], points)]


def test_a_rate_bounded_in_tenths_reads_no_whole():
    text = ("全年来台旅客812.36万人次；国人出国1,684.93万人次。\n"
            "韩国旅客99.83万人次，年增近五成，占比已逾一成；美国旅客76.45万人次。")
    # (5% or more: 99.83 over either total would do, so neither is read as its whole)
    assert [c for c in checks_of(text) if c[0] == "ratio"] == []


@pytest.mark.parametrize("fell, status", [("21个", "consistent"), ("12个", "inconsistent")])
def test_industries_whose_prices_rose_fell_or_held_are_all_of_them(fell, status):
    text = f"在调查的40个工业行业大类中，价格同比上涨行业17个，下降行业{fell}，持平行业2个。"
    assert totals_of(text) == [(status, "40个", ["17个", fell, "2个"])]


@pytest.mark.parametrize("rate, status", [("2.0%", "consistent"), ("0.2%", "inconsistent")])
def test_the_month_before_named_after_an_item_that_names_the_month(rate, status):
    text = f"3月份猪肉价格15.9元，比上年同月的14.2元上涨12.0%；鸡蛋零售均价9.8元，环比下降{rate}，2月份为10.0元。"
    assert ("growth", status, ["9.8元", "10.0元"], rate) in checks_of(text)


@pytest.mark.parametrize("points, status", [("0.6个百分点", "consistent"), ("0.9个百分点", "inconsistent")])
def test_a_decline_that_narrows_against_the_month_before_named_as_a_month(points, status):
    text = f"3月份，全市工业生产者出厂价格（PPI）同比下降1.8%，降幅比上月收窄{points}，2月份同比下降2.4%。"
    assert checks_of(text) == [("difference", status, ["1.8%", "2.4%"], points)]


@pytest.mark.parametrize("rate, status", [("96.2%", "consistent"), ("92.6%", "inconsistent")])
def test_graduates_employed_named_by_the_act_alone(rate, status):
    text = f"全年职业院校毕业生26.84万人，实现就业25.82万人，就业率为{rate}。"
    assert ("ratio", status, ["25.82万人", "26.84万人"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("99.0%", "consistent"), ("90.9%", "inconsistent")])
def test_complaints_concluded_over_the_complaints_part_of_the_cases(rate, status):
    text = ("全年共受理投诉举报咨询12.84万件，其中投诉7.36万件、举报3.15万件、咨询2.33万件。"
            f"全年办结投诉7.29万件，办结率{rate}。")
    assert ("ratio", status, ["7.29万件", "7.36万件"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("60.6%", "consistent"), ("66.0%", "inconsistent")])
def test_a_part_named_exactly_before_a_nearer_one_whose_name_ends_with_it(rate, status):
    text = ("公司全年实现营业收入86.42亿元。分产品看，高端产品收入52.36亿元；次高端产品收入21.08亿元，"
            f"大众产品收入11.23亿元，其他业务收入1.75亿元。高端产品收入占营业收入的比重为{rate}。")
    assert [c for c in checks_of(text) if c[0] == "ratio"] == [("ratio", status, ["52.36亿元", "86.42亿元"], rate)]


@pytest.mark.parametrize("balance, status", [("25.51亿元", "consistent"), ("52.51亿元", "inconsistent")])
def test_a_balance_opening_the_sentence_after_its_amounts(balance, status):
    text = f"全年基金总收入243.86亿元，比上年增长5.8%；总支出218.35亿元，同比增长8.4%。当期结余{balance}，累计结存312.6亿元。"
    assert ("difference", status, ["243.86亿元", "218.35亿元"], balance) in checks_of(text)
