"""Claims worded as in 招商 year-end summaries, employment, tourism, innovation,
property and transport reports: two targets in a row (完成市定目标…，完成县定目标…), a
shortfall between a claim and its base (距目标尚差X), a rate after a 分别为 list of
parts, a month's base in brackets with no verb (（10月13394元）), a land premium (较起始价X
溢价R), and a part named with its short name in brackets."""
import pytest

from claims import checks_of
from extractor import extract


@pytest.mark.parametrize("county, status", [("106.6%", "consistent"), ("94.5%", "inconsistent")])
def test_two_targets_in_a_row_share_one_actual(county, status):
    # the county's target was read against the city's (52 / 55 = 94.5%), a false alarm, and
    # the city's target became the current value of the growth rate (52 / 49.8 - 1)
    text = (f"全年到位市外资金58.62亿元，完成市定目标52亿元的112.7%，完成县定目标55亿元的{county}，"
            "较上年的49.8亿元增长17.7%。")
    assert checks_of(text) == [("ratio", "consistent", ["58.62亿元", "52亿元"], "112.7%"),
                               ("ratio", status, ["58.62亿元", "55亿元"], county),
                               ("growth", "consistent", ["58.62亿元", "49.8亿元"], "17.7%")]


def test_a_shortfall_is_no_current_value():
    text = ("全年实际利用外资2860万美元，完成县定目标3200万美元的89.4%，距县定目标尚差340万美元，"
            "比上年的2998万美元下降4.6%。")
    assert checks_of(text)[1:] == [("growth", "consistent", ["2860万美元", "2998万美元"], "4.6%")]


@pytest.mark.parametrize("rate, status", [("3.2%", "consistent"), ("4.2%", "inconsistent")])
def test_a_rate_after_a_listed_breakdown_is_the_totals(rate, status):
    # (was 1967 / 14283 - 1 = -86.2%: the last part read as the current value)
    text = (f"四家重点景区门票收入合计13826万元，分别为云岫山景区6215万元、岚溪古镇3468万元、白鹭湾湿地公园2176万元、"
            f"青崖峡漂流1967万元，较上年的14283万元下降{rate}。")
    assert ("growth", status, ["13826万元", "14283万元"], rate) in checks_of(text)


def test_a_list_no_total_opens_leaves_the_rate_to_the_last_part():
    text = "出口方面，机电产品120亿元、高新技术产品80亿元，较上年的70亿元增长14.3%。"
    assert checks_of(text) == [("growth", "consistent", ["80亿元", "70亿元"], "14.3%")]


def test_a_months_base_in_brackets_needs_no_verb():
    # 10月13394元 was read as the current value of the 同比 rate: 13394 / 13857 - 1 = -3.3%
    text = ("新建商品住宅成交均价13286元/平方米，环比下降0.8%（10月13394元/平方米），"
            "同比下降4.1%（上年同期13857元/平方米）。")
    assert checks_of(text) == [("growth", "consistent", ["13286元", "13394元"], "0.8%"),
                               ("growth", "consistent", ["13286元", "13857元"], "4.1%")]


def test_a_month_named_in_the_sentence_must_be_the_month_before():
    text = "11月商品房销售额82.47亿元，环比增长6.7%（9月77.26亿元）。"
    assert checks_of(text) == []


@pytest.mark.parametrize("rate, status", [("12.1%", "consistent"), ("21.1%", "inconsistent")])
def test_a_land_premium_over_the_starting_price(rate, status):
    text = f"该地块由云州鼎盛置业有限公司以11.38亿元竞得，较起始价10.15亿元溢价{rate}，容积率2.2。"
    assert checks_of(text) == [("growth", status, ["11.38亿元", "10.15亿元"], rate)]


def test_a_part_named_with_its_short_name_in_brackets():
    # the third part had no name, so the breakdown was only read from the context
    text = "高校院所在本地转化科技成果268项，其中青漪大学115项、青漪理工学院83项、青漪先进材料研究院（青漪材料院）72项。"
    assert checks_of(text) == [("sum", "inconsistent", ["115项", "83项", "72项"], None)]
    assert extract(text).figures[-1].indicator == "青漪先进材料研究院"


def test_an_excess_over_the_target_is_no_current_value():
    # (was 0.36 / 3.36 - 1 = -89.3%, a false alarm)
    text = "全年到位市外资金3.86亿元，完成县定目标3.5亿元的110.3%，超额0.36亿元，同比增长14.9%（上年为3.36亿元）。"
    assert checks_of(text) == [("ratio", "consistent", ["3.86亿元", "3.5亿元"], "110.3%"),
                               ("growth", "consistent", ["3.86亿元", "3.36亿元"], "14.9%")]


@pytest.mark.parametrize("rate, status", [("15.1%", "consistent"), ("16.1%", "inconsistent")])
def test_a_change_in_points_is_no_current_value(rate, status):
    # the pp figure stood as the current value, so the rate went unchecked
    text = f"全区实际到位资金148.37亿元，完成年度目标170亿元的87.3%，高于时序进度4.0个百分点，同比增长{rate}（上年同期128.9亿元）。"
    assert checks_of(text)[1:] == [("growth", status, ["148.37亿元", "128.9亿元"], rate)]


@pytest.mark.parametrize("pp, status", [("1.0", "consistent"), ("1.3", "inconsistent")])
def test_points_read_over_the_bracketed_previous_value_of_the_rate(pp, status):
    text = f"协议总投资312.6亿元，同比增长22.4%（上年同期255.4亿元），增速比1-9月提高{pp}个百分点（1-9月为21.4%）。"
    assert checks_of(text)[1:] == [("difference", status, ["22.4%", "21.4%"], f"{pp}个百分点")]


@pytest.mark.parametrize("second, status", [("28.1%", "consistent"), ("26.1%", "inconsistent")])
def test_shares_of_a_total_named_with_zongshu(second, status):
    # 分别占新签约项目总数的: was one share of the last part, read from the context
    text = (f"全区新签约项目64个，其中工业项目41个、服务业项目18个、总部经济项目5个，"
            f"分别占新签约项目总数的64.1%、{second}、7.8%。")
    assert checks_of(text)[:3] == [("ratio", "consistent", ["41个", "64个"], "64.1%"),
                                   ("ratio", status, ["18个", "64个"], second),
                                   ("ratio", "consistent", ["5个", "64个"], "7.8%")]
