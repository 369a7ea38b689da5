"""Claims found by the articles written blind on a city's foreign trade, a drug maker, rural
revitalization, Macau's gaming revenue, medical insurance, talent, a port group, market
supervision, a county's taxes, a Taiwan chip maker, affordable housing, an airport, consumer
vouchers, forestry funds, a rural bank and high-tech firms."""
import pytest

from claims import checks_of, shares_of, totals_of

_LOANS = ("截至3月末，该行各项存款余额612.84亿元，较年初增加53.26亿元，增长9.5%，比上年同期多增8.14亿元"
          "（上年同期增加45.12亿元），增量占全市金融机构各项存款增量（170.7亿元）的{}；各项贷款余额468.37亿元，"
          "较年初增加36.95亿元，增长8.6%，一季度新增贷款完成全年目标任务60亿元的{}。")


def test_what_was_newly_lent_is_the_change_of_the_balance():
    checks = checks_of(_LOANS.format("31.2%", "61.6%"))
    assert ("ratio", "consistent", ["36.95亿元", "60亿元"], "61.6%") in checks
    assert ("ratio", "consistent", ["53.26亿元", "170.7亿元"], "31.2%") in checks


def test_the_increase_mistyped_is_flagged_against_the_change():
    checks = checks_of(_LOANS.format("13.2%", "16.6%"))
    assert ("ratio", "inconsistent", ["36.95亿元", "60亿元"], "16.6%") in checks
    assert ("ratio", "inconsistent", ["53.26亿元", "170.7亿元"], "13.2%") in checks


def test_a_sibling_item_after_the_semicolon_is_no_part_of_the_item_before():
    text = ("分产业看，第一产业入库税收0.06亿元；第二产业入库6.83亿元，同比增长11.2%，其中制造业入库5.12亿元，"
            "占第二产业税收的75.0%；第三产业入库5.69亿元，同比增长4.3%。")
    assert [t for t in totals_of(text) if t[1] == "6.83亿元"] == []


@pytest.mark.parametrize("rate, status", [("43.0%", "consistent"), ("34.0%", "inconsistent")])
def test_a_name_with_its_scope_in_brackets(rate, status):
    text = (f"1-6月，全县累计完成税收收入（不含海关代征，下同）12.48亿元，比上年同期的11.56亿元增长8.0%。"
            f"其中，地方级税收收入5.37亿元，占税收收入的{rate}。")
    assert (status, ["5.37亿元", "12.48亿元"]) in shares_of(text)


@pytest.mark.parametrize("rate, status", [("70.5%", "consistent"), ("75.0%", "inconsistent")])
def test_a_funds_money_paid_out(rate, status):
    text = f"今年市财政局安排航线培育资金8000万元，截至9月底已兑付5640万元，兑付率{rate}。"
    assert ("ratio", status, ["5640万元", "8000万元"], rate) in checks_of(text)


@pytest.mark.parametrize("third, status", [("200.7億元", "consistent"), ("207.0億元", "inconsistent")])
def test_the_months_of_a_quarter(third, status):
    text = (f"今年第三季幸運博彩毛收入為654.2億澳門元，按年上升7.3%（上年同期為609.7億澳門元）。其中，7月、8月及9月"
            f"分別錄得220.6億元、232.9億元及{third}。")
    assert totals_of(text) == [(status, "654.2億澳門元", ["220.6億元", "232.9億元", third])]


def test_the_months_of_a_running_total_confirm_only():
    # (no quarter or half named with the total: the months may be some of a longer span)
    text = "累计博彩毛收入1,906.5億元。其中，7月、8月及9月分別錄得220.6億元、232.9億元及207.0億元。"
    assert [t for t in totals_of(text) if t[0] == "inconsistent"] == []


def test_a_list_of_trade_partners_is_some_of_the_trade():
    text = ("1—8月，我市货物贸易进出口总值1,248.6亿元，比上年同期的1,164.7亿元增长7.2%。\n"
            "分贸易伙伴看，对东盟进出口276.9亿元，增长14.6%，占22.2%；对欧盟、美国分别进出口198.4亿元和152.7亿元。")
    # (the parts fall short of the total, and a list of partners is not offered as all of them)
    assert totals_of(text) == [("unverifiable", "1,248.6亿元", ["276.9亿元", "198.4亿元", "152.7亿元"])]
