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


@pytest.mark.parametrize("rate, status", [("12.8%", "consistent"), ("21.8%", "inconsistent")])
def test_a_rate_of_the_total_named_as_one(rate, status):
    text = (f"2024年全市累计发放各类就业创业补贴资金4.86亿元，惠及各类服务对象12.7万人次，补贴总额比上年的4.31亿元"
            f"增长{rate}。从补贴类别看，职业技能培训补贴1.62亿元，占补贴总额的33.3%。")
    checks = checks_of(text)
    assert ("growth", status, ["4.86亿元", "4.31亿元"], rate) in checks
    # (the year before's total is no whole of this year's share)
    assert ("ratio", "consistent", ["1.62亿元", "4.86亿元"], "33.3%") in checks


def test_the_base_periods_rate_in_brackets_is_no_growth():
    text = ("1-7月累计网签金额318.64亿元，上年同期为335.27亿元，同比下降5.0%，降幅较1-6月（下降6.3%）收窄1.3个百分点。")
    checks = checks_of(text)
    assert [c for c in checks if c[3] == "6.3%"] == []
    assert ("difference", "consistent", ["5.0%", "6.3%"], "1.3个百分点") in checks


@pytest.mark.parametrize("total, status", [("16.2亿美元", "consistent"), ("16.6亿美元", "inconsistent")])
def test_the_first_named_apart_and_a_run_make_the_total_of_their_number(total, status):
    text = (f"从来源地看，香港地区仍是第一大外资来源地，实际投资11.27亿美元，占全省总额的60.5%；新加坡、韩国、日本、德国"
            f"分列其后，分别为1.86亿美元、1.42亿美元、9700万美元和6800万美元，五大来源地合计{total}，占86.9%。")
    assert totals_of(text) == [(status, total, ["11.27亿美元", "1.86亿美元", "1.42亿美元", "9700万美元", "6800万美元"])]


@pytest.mark.parametrize("rate, status", [("10.5%", "consistent"), ("15.0%", "inconsistent")])
def test_a_sentence_on_the_level_of_the_sentence_before_named_with_its_words(rate, status):
    text = f"全年采购预算金额20.09亿元，实际采购金额18.62亿元，节约资金1.47亿元。实际采购金额比上年的16.85亿元增长{rate}。"
    assert ("growth", status, ["18.62亿元", "16.85亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("last, status", [("0.70亿元", "consistent"), ("0.85亿元", "inconsistent")])
def test_a_classification_of_one_item_goes_on_past_the_share(last, status):
    text = (f"全年实际采购金额18.62亿元。\n从采购方式看，公开招标13.97亿元，占实际采购金额的75.0%；竞争性磋商2.68亿元，"
            f"竞争性谈判0.86亿元，询价0.41亿元，单一来源采购{last}。")
    assert (status, "18.62亿元", ["13.97亿元", "2.68亿元", "0.86亿元", "0.41亿元", last]) in totals_of(text)


@pytest.mark.parametrize("rate, status", [("83.3%", "consistent"), ("88.3%", "inconsistent")])
def test_the_firms_in_profit_over_all(rate, status):
    text = f"全年市属监管企业18户中盈利企业15户，盈利面{rate}。"
    assert ("ratio", status, ["15户", "18户"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("73.5%", "consistent"), ("75.3%", "inconsistent")])
def test_money_spent_over_money_granted(rate, status):
    text = f"全县下达衔接资金4.87亿元。截至6月底，已开工项目198个；累计支付资金3.58亿元，支出进度{rate}。"
    assert ("ratio", status, ["3.58亿元", "4.87亿元"], rate) in checks_of(text)


def test_a_named_rate_is_not_of_the_wider_whole_inside_a_share():
    text = ("累计下达我县新增专项债券额度28.64亿元，占全市下达额度153.2亿元的18.7%。累计支出专项债券资金24.17亿元，"
            "支出进度84.4%。")
    assert [c for c in checks_of(text) if c[3] == "84.4%" and "153.2亿元" in c[2]] == []
