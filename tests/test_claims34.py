"""Claims found by the articles written blind on a county's farmers' cooperatives, Macau's
public finances and Taiwan's central budget: model co-ops by level are some of the co-ops,
a share's part named alike by a monthly series and by its total, a balance of revenue and
spending after 收支相抵, and a change from a value a year names."""
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
