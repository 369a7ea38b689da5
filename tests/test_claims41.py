"""Claims found by the articles written blind on rural e-commerce, public transport, a builder's
new contracts, Hong Kong's stamp duty, industrial output, a charity federation, old estates, an
insurer's branch, a county budget, Taiwan's export orders, water works, skills training, night
spending, a guidance fund, land consolidation and a bank's results."""
import pytest

from claims import checks_of, shares_of, totals_of


_SOURCES = ("1—9月，全市累计完成水利建设投资48.6亿元。\n从资金来源看，落实中央资金9.8亿元、省级资金6.3亿元、"
            "市县财政资金14.2亿元、地方政府专项债券11.5亿元，银行贷款及社会资本{}。")


def test_one_more_item_after_the_comma_that_ends_a_list():
    assert totals_of(_SOURCES.format("6.8亿元")) == [
        ("consistent", "48.6亿元", ["9.8亿元", "6.3亿元", "14.2亿元", "11.5亿元", "6.8亿元"])]


def test_an_item_after_the_comma_that_does_not_make_the_list_add_up_stays_out():
    # (the list joined by 、 is offered as all of the total, and does not add up to it)
    assert totals_of(_SOURCES.format("8.6亿元")) == [
        ("inconsistent", "48.6亿元", ["9.8亿元", "6.3亿元", "14.2亿元", "11.5亿元"])]


@pytest.mark.parametrize("rate, status", [("77.3%", "consistent"), ("73.7%", "inconsistent")])
def test_money_paid_in_over_money_subscribed(rate, status):
    text = (f"子基金总规模1,126.5亿元，其中引导基金认缴出资218.4亿元，实际到位168.9亿元，到位率{rate}，"
            f"对社会资本的放大效应达5.2倍。")
    assert ("ratio", status, ["168.9亿元", "218.4亿元"], rate) in checks_of(text)


_PREMIUM = ("今年前三季度，该公司累计实现总保费收入60.84亿元，同比增长12.7%。据监管局统计，同期全省人身险公司原保险保费收入"
            "416.7亿元，该公司市场份额为14.6%。\n从业务结构看，新单保费{}，同比增长18.4%；续期保费39.48亿元，"
            "同比增长9.9%，续期保费占总保费的64.9%。")


def test_a_classification_of_the_total_its_parts_add_up_to_not_of_a_larger_whole_nearer():
    text = _PREMIUM.format("21.36亿元")
    assert ("consistent", "60.84亿元", ["21.36亿元", "39.48亿元"]) in totals_of(text)
    assert [s for s in shares_of(text) if s[1] == ["39.48亿元", "416.7亿元"]] == []
    assert [s for s in shares_of(text) if s[1] == ["39.48亿元", "60.84亿元"]][0][0] == "consistent"


def test_a_mistyped_part_of_the_classification_is_flagged_against_the_headline_before():
    # (the paragraph before opens on the firm's total: the classification opening the next one breaks it down)
    assert totals_of(_PREMIUM.format("22.36亿元")) == [("inconsistent", "60.84亿元", ["22.36亿元", "39.48亿元"])]


@pytest.mark.parametrize("points, status", [("0.9个百分点", "consistent"), ("0.7个百分点", "inconsistent")])
def test_a_base_periods_rate_in_brackets_is_no_current_rate(points, status):
    text = (f"1-10月，全省规模以上工业增加值同比增长6.4%，增速比1-9月加快0.2个百分点（1-9月增长6.2%），"
            f"比上年同期提高{points}，上年同期为5.5%。")
    checks = checks_of(text)
    assert ("difference", status, ["6.4%", "5.5%"], points) in checks
    assert ("difference", "consistent", ["6.4%", "6.2%"], "0.2个百分点") in checks
