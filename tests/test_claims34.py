"""Claims found by the articles written blind on a county's farmers' cooperatives, Macau's
public finances, Taiwan's central budget and Hong Kong's banking figures: model co-ops by
level are some of the co-ops, a share's part named alike by a monthly series and by its
total, a balance of revenue and spending after 收支相抵, a change from a value a year names,
a rate between the values it rose from and to, the item that opens on the value compared
with, a currency's loans over its deposits, and points against a day of the year before."""
import pytest

from claims import checks_of, shares_of, totals_of


def test_a_kind_the_total_is_not_enumerated_is_some_of_it():
    text = "全县依法登记的农民专业合作社达到1214家，比上年末增加68家；其中国家级示范社5家、省级示范社29家、市级示范社82家。"
    assert [t[0] for t in totals_of(text)] == ["unverifiable"]


def test_kinds_of_the_totals_own_noun_enumerated_are_all_of_it():
    text = "全县共有学校126所，其中公办学校98所、民办学校21所、其他学校7所。"
    assert totals_of(text) == [("consistent", "126所", ["98所", "21所", "7所"])]


@pytest.mark.parametrize("share, status", [("39%", "consistent"), ("93%", "inconsistent")])
def test_a_part_named_as_a_series_is_named_first_by_its_total(share, status):
    text = (f"博彩稅收入262.4億元，按年增長7.3%。按月份計，1月、2月及3月的博彩稅收入分別為88.1億元、83.2億元和91.1億元。"
            f"首季幸運博彩毛收入累計672.8億元，博彩稅收入相當於同期毛收入的{share}。")
    assert shares_of(text) == [(status, ["262.4億元", "672.8億元"])]


@pytest.mark.parametrize("surplus, status", [("59.2億元", "consistent"), ("52.9億元", "inconsistent")])
def test_a_balance_after_revenue_and_spending_are_set_against_each_other(surplus, status):
    text = (f"截至2025年3月底，財政收入總額為308.6億澳門元，按年增長5.8%；財政開支總額249.4億元，按年減少2.3%。"
            f"收支相抵，財政結餘為{surplus}。")
    assert ("difference", status, ["308.6億澳門元", "249.4億元"], surplus) in checks_of(text)


@pytest.mark.parametrize("change, status", [("1,396億元", "consistent"), ("1,369億元", "inconsistent")])
def test_a_change_from_the_value_a_year_names(change, status):
    text = f"歲入編列新台幣28,512億元，較114年度預算數27,116億元增加{change}，成長5.1%。"
    assert ("difference", status, ["新台幣28,512億元", "27,116億元"], change) in checks_of(text)


_DEPOSITS = ("今年1月份認可機構存款總額由去年12月底的16.52萬億港元上升{rate}至16.68萬億港元，按月增加{change}；"
             "與去年同期的15.50萬億港元比較，按年上升{yearly}。其中，港元存款上升0.5%至8.24萬億港元，外幣存款上升1.1%至"
             "8.44萬億港元。按幣種劃分，港元貸款下跌0.4%至5.87萬億港元，外幣貸款上升1.3%至4.41萬億港元。"
             "港元貸存比率為{hkd}，去年12月底為72.0%，按月下降{points}；外幣貸存比率則為52.3%，較去年12月底的52.1%上升0.2個百分點。")


def _deposits(**changed):
    values = {"rate": "1.0%", "change": "1,600億港元", "yearly": "7.6%", "hkd": "71.2%", "points": "0.8個百分點"}
    return checks_of(_DEPOSITS.format(**{**values, **changed}))


@pytest.mark.parametrize("rate, status", [("1.0%", "consistent"), ("0.1%", "inconsistent")])
def test_a_rate_between_the_value_it_rose_from_and_the_one_it_rose_to(rate, status):
    assert ("growth", status, ["16.68萬億港元", "16.52萬億港元"], rate) in _deposits(rate=rate)


@pytest.mark.parametrize("change, status", [("1,600億港元", "consistent"), ("1,060億港元", "inconsistent")])
def test_the_change_after_a_rise_by_a_rate(change, status):
    assert ("difference", status, ["16.68萬億港元", "16.52萬億港元"], change) in _deposits(change=change)


@pytest.mark.parametrize("yearly, status", [("7.6%", "consistent"), ("6.7%", "inconsistent")])
def test_an_item_that_opens_on_the_value_compared_with(yearly, status):
    # (the level of the item before, not its change)
    assert ("growth", status, ["16.68萬億港元", "15.50萬億港元"], yearly) in _deposits(yearly=yearly)


@pytest.mark.parametrize("hkd, status", [("71.2%", "consistent"), ("72.1%", "inconsistent")])
def test_a_currencys_loans_over_its_deposits(hkd, status):
    checks = _deposits(hkd=hkd, points="0.8個百分點" if status == "consistent" else "0.1個百分點")
    assert ("ratio", status, ["5.87萬億港元", "8.24萬億港元"], hkd) in checks
    assert ("ratio", "consistent", ["4.41萬億港元", "8.44萬億港元"], "52.3%") in checks


@pytest.mark.parametrize("points, status", [("0.8個百分點", "consistent"), ("0.6個百分點", "inconsistent")])
def test_points_against_a_rate_stated_for_a_day_of_the_year_before(points, status):
    checks = _deposits(points=points)
    assert ("difference", status, ["71.2%", "72.0%"], points) in checks
    assert ("difference", "consistent", ["52.3%", "52.1%"], "0.2個百分點") in checks


@pytest.mark.parametrize("rate, status", [("92.5%", "consistent"), ("95.2%", "inconsistent")])
def test_children_in_affordable_kindergartens_over_all(rate, status):
    text = (f"全区在园幼儿40860人，其中公办园22350人、普惠性民办园15440人、非普惠性民办园3070人。"
            f"普惠性幼儿园在园幼儿合计37790人，普惠率为{rate}。")
    assert ("ratio", status, ["37790人", "40860人"], rate) in checks_of(text)
