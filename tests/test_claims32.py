"""Claims found by the articles written blind on an airport group, a county's liquor
industry, Taiwan's stock market, Hong Kong's trade figures, green finance, farm machinery
subsidies and hotels: the whole inside 占…的 is no part, a span of months is no whole of a
month's parts, the main destinations are not all of them, net selling and a deficit from
the sentence before, a nominal growth, a ；-item of a stock at a date ends a list, domestic
and international routes are all, a rate above the average its sentence stated, the values
of the year before in brackets of several measures, and funds paid out over funds set."""
import pytest

from claims import checks_of, shares_of, totals_of


def test_the_whole_inside_a_share_is_no_part_of_the_list_before_it():
    text = "实现利税88.26亿元，同比增长9.6%，其中上缴税金55.41亿元，占全县税收收入71.02亿元的78.0%。"
    assert totals_of(text) == []
    assert ("consistent", ["55.41亿元", "71.02亿元"]) in shares_of(text)


def test_a_part_whose_name_opens_with_the_character_is_still_a_part():
    text = "计划引进高层次人才152名，其中占用事业编制调入引进31名；柔性引进14名；国有企业聘用引进107名。"
    assert ("consistent", "152名", ["31名", "14名", "107名"]) in totals_of(text)


_MONTH = ("2025年9月份商品整體出口貨值為4,391億港元，按年上升12.3%。2025年首九個月，整體出口貨值累計37,904億港元，按年上升10.8%。\n"
          "按主要目的地劃分，9月份輸往內地的出口貨值為{mainland}，佔整體出口貨值的{share}；輸往美國的出口貨值為281億港元；"
          "輸往東盟的出口貨值為604億港元。")


@pytest.mark.parametrize("share, status", [("51.9%", "consistent"), ("59.1%", "inconsistent")])
def test_a_months_part_is_a_share_of_the_month_not_of_the_months_since_january(share, status):
    text = _MONTH.format(mainland="2,279億港元", share=share)
    assert (status, ["2,279億港元", "4,391億港元"]) in shares_of(text)


def test_the_main_destinations_are_not_all_of_them():
    text = _MONTH.format(mainland="2,279億港元", share="51.9%")
    assert [t[0] for t in totals_of(text)] == ["unverifiable"]


@pytest.mark.parametrize("net, status", [("1,173億元", "consistent"), ("1,137億元", "inconsistent")])
def test_net_selling_is_what_was_sold_less_what_was_bought(net, status):
    # (another trader's net, in its own ；-item, is no difference of these amounts)
    text = f"外資及陸資10月買進金額17,905億元、賣出19,078億元，賣超{net}；投信買超198億元，自營商賣超27億元。"
    checks = [c for c in checks_of(text) if c[0] == "difference"]
    assert checks == [("difference", status, ["19,078億元", "17,905億元"], net)]


@pytest.mark.parametrize("deficit, status", [("232億港元", "consistent"), ("223億港元", "inconsistent")])
def test_a_deficit_opening_its_sentence_is_of_the_sentence_before(deficit, status):
    text = (f"9月份商品整體出口貨值為4,391億港元，按年上升12.3%；商品進口貨值4,623億港元，按年上升11.6%。"
            f"當月有形貿易逆差為{deficit}，相當於進口貨值的5.0%。")
    assert ("difference", status, ["4,623億港元", "4,391億港元"], deficit) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("5.2%", "consistent"), ("2.5%", "inconsistent")])
def test_a_nominal_growth_of_the_values_stated(rate, status):
    text = f"以當時價格計算，第三季本地生產總值為8,014億港元，較去年同期的7,618億港元名義增長{rate}。"
    assert ("growth", status, ["8,014億港元", "7,618億港元"], rate) in checks_of(text)


def test_a_real_growth_is_not_checked_against_values_at_current_prices():
    text = "第三季本地生產總值為8,014億港元，較去年同期的7,618億港元實質增長2.0%。"
    assert not [c for c in checks_of(text) if c[0] == "growth"]


@pytest.mark.parametrize("domestic, status", [("29条", "consistent"), ("26条", "inconsistent")])
def test_a_stock_at_a_date_ends_the_list_and_routes_are_domestic_or_international(domestic, status):
    text = (f"全年新开航线35条，其中国际及地区航线6条、国内航线{domestic}；截至年底，全省机场共运营航线398条，"
            f"国内航线和国际及地区航线分别为357条、41条。")
    totals = totals_of(text)
    assert (status, "35条", ["6条", domestic]) in totals
    assert ("consistent", "398条", ["357条", "41条"]) in totals


@pytest.mark.parametrize("points, status", [("4.8个百分点", "consistent"), ("8.4个百分点", "inconsistent")])
def test_a_rate_above_the_average_its_sentence_stated(points, status):
    text = (f"全市星级酒店平均客房出租率（入住率）为67.9%，比上年提高4.2个百分点（上年为63.7%）；"
            f"其中五星级酒店出租率72.7%，高出平均水平{points}。")
    assert ("difference", status, ["72.7%", "67.9%"], points) in checks_of(text)


@pytest.mark.parametrize("second, status", [("29.5%", "consistent"), ("25.9%", "inconsistent")])
def test_the_values_of_the_year_before_in_brackets_of_several_measures(second, status):
    text = (f"前三季度，全省企业发行绿色债券35只、金额402.6亿元，同比分别增长25.0%和{second}"
            f"（上年同期分别为28只、310.9亿元）。")
    checks = checks_of(text)
    assert ("growth", "consistent", ["35只", "28只"], "25.0%") in checks
    assert ("growth", status, ["402.6亿元", "310.9亿元"], second) in checks


@pytest.mark.parametrize("rate, status", [("96.3%", "consistent"), ("93.6%", "inconsistent")])
def test_funds_paid_out_over_the_funds_set(rate, status):
    text = (f"全年共落实补贴资金17.45亿元，其中中央财政资金15.82亿元、省级财政资金1.63亿元。"
            f"截至12月31日，已兑付补贴资金16.81亿元，资金使用率为{rate}。")
    assert ("ratio", status, ["16.81亿元", "17.45亿元"], rate) in checks_of(text)
