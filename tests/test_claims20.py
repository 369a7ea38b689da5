"""Claims found by the twenty-first batch of articles written blind (a county's budget, 5G and
broadband, Macau's banks, a coal group, a game company, a river chief report, a marathon, the
seed industry): a dividend per share is no part of the total paid, a government's debt is of
one kind or the other, problems put right over problems found, Macau's 按年 after the base, the
year-end before in brackets, 占总额的 as the total 其中 opened on, runners who finished, and a
stock's change named by what was built in the year."""
import pytest

from claims import checks_of, totals_of
from extractor import extract


def test_a_dividend_per_share_is_no_part_of_the_total_paid():
    text = "董事会拟以总股本5.2亿股为基数，向全体股东每10股派发现金红利6元（含税），即每股0.6元，合计派发现金红利3.12亿元。"
    assert totals_of(text) == []


@pytest.mark.parametrize("special, status", [("38.75亿元", "consistent"), ("38.57亿元", "inconsistent")])
def test_a_governments_debt_is_general_or_special(special, status):
    text = f"截至6月末，全县政府债务余额68.45亿元，其中一般债务29.7亿元、专项债务{special}，控制在省核定限额74.2亿元以内。"
    assert totals_of(text) == [(status, "68.45亿元", ["29.7亿元", special])]


@pytest.mark.parametrize("rate, status", [("96.8%", "consistent"), ("98.6%", "inconsistent")])
def test_problems_put_right_over_problems_found(rate, status):
    text = f"全年发现涉河问题1,352个，已整改1,309个，整改率{rate}。"
    assert checks_of(text) == [("ratio", status, ["1,309个", "1,352个"], rate)]


@pytest.mark.parametrize("rate, status", [("3.1%", "consistent"), ("1.3%", "inconsistent")])
def test_macau_year_on_year_after_the_base(rate, status):
    text = f"截至2025年12月底，本地銀行體系存款總額為7,386.5億澳門元，較2024年底的7,164.4億澳門元按年上升{rate}。"
    assert checks_of(text) == [("growth", status, ["7,386.5億澳門元", "7,164.4億澳門元"], rate)]


@pytest.mark.parametrize("rate, status", [("4.6%", "consistent"), ("6.4%", "inconsistent")])
def test_the_year_end_before_in_brackets(rate, status):
    text = f"貸款方面，銀行體系貸款總額為5,913.2億元，按年下跌{rate}（上年底為6,198.3億元），其中本地私人貸款3,542.8億元。"
    assert ("growth", status, ["5,913.2億元", "6,198.3億元"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("88.5%", "consistent"), ("85.8%", "inconsistent")])
def test_a_share_of_the_total_named_by_no_name(rate, status):
    text = ("銀行體系貸款總額為5,913.2億元。保險業方面，全年毛保費收入由上年的336.4億元增加至368.4億元，"
            f"其中人壽保險毛保費325.9億元，佔總額的{rate}。")
    assert ("ratio", status, ["325.9億元", "368.4億元"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("95.0%", "consistent"), ("90.5%", "inconsistent")])
def test_runners_who_finished_over_those_who_started(rate, status):
    text = f"起跑选手33,520人，完赛选手31,846人，完赛率为{rate}。"
    assert checks_of(text) == [("ratio", status, ["31,846人", "33,520人"], rate)]


@pytest.mark.parametrize("rate, status", [("31.6%", "consistent"), ("13.6%", "inconsistent")])
def test_a_stocks_change_named_by_what_was_built(rate, status):
    text = f"截至2025年末，全省5G基站总数达9.84万个，全年新建2.36万个，比上年末增长{rate}。"
    assert checks_of(text) == [("growth", status, ["9.84万个", "2.36万个"], rate)]


# (from the twenty-second batch, Taiwan's health insurance: a report on last year, 去年, names the
# year before it 前年)
@pytest.mark.parametrize("rate, status", [("0.18%", "consistent"), ("0.81%", "inconsistent")])
def test_from_the_year_end_before_last_to_the_last(rate, status):
    text = f"投保人數則由前年底的2,382.3萬人增加到2,386.5萬人，增幅{rate}。"
    assert checks_of(text) == [("growth", status, ["2,386.5萬人", "2,382.3萬人"], rate)]


@pytest.mark.parametrize("points, status", [("0.7個百分點", "consistent"), ("0.4個百分點", "inconsistent")])
def test_a_change_in_points_against_the_year_before_last(points, status):
    text = f"醫學中心占四者比重為33.9%，較前年的34.6%下降{points}，分級醫療已見成效。"
    assert checks_of(text) == [("difference", status, ["33.9%", "34.6%"], points)]


@pytest.mark.parametrize("rate, status", [("4.6%", "consistent"), ("6.4%", "inconsistent")])
def test_the_year_before_last_stated_after_a_rate(rate, status):
    text = f"保險支出8,312億元，年增{rate}，前年為7,946億元，收支短絀326億元。"
    assert ("growth", status, ["8,312億元", "7,946億元"], rate) in checks_of(text)


def test_what_is_counted_may_hold_an_ampersand_inside_latin_letters():
    article = extract("全省R&D人员达41.25万人，其中研究人员18.6万人。")
    assert [f.of for f in article.figures if f.kind == "count"][:1] == ["R&D人员"]
