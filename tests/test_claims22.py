"""Claims of the genre found in blind batch 25 and after (see tests/claims.py for what is compared)."""
import pytest

from claims import checks_of, shares_of, totals_of
from extractor import extract


@pytest.mark.parametrize("join", ["，加上", "、"])
def test_a_total_named_as_one_after_its_parts(join):
    text = f"省财政下达补助资金1200万元{join}县级配套资金800万元，项目总经费达2000万元。"
    assert totals_of(text) == [("consistent", "2000万元", ["1200万元", "800万元"])]


def test_a_total_named_as_one_that_the_parts_miss_is_no_claim():
    """总经费 may be a larger whole the listed funds are some of: it confirms, never refutes."""
    text = "省财政下达补助资金1200万元、县级配套资金800万元，项目总经费达2100万元。"
    assert totals_of(text) == []


@pytest.mark.parametrize("rate, status", [("4.1%", "consistent"), ("1.4%", "inconsistent")])
def test_a_year_stated_for_a_previous_value_is_no_period_reported_on(rate, status):
    """（2024年为291.49亿港元） names the year before: the next （2024年为…） is that year's again."""
    text = ("公司公布截至2025年12月31日止年度业绩。年内总收入为312.48亿港元，按年上升7.2%（2024年为291.49亿港元）。\n"
            f"客运方面，年内铁路网络总乘客量达19.86亿人次，按年增加{rate}（2024年为19.08亿人次）。")
    assert ("growth", status, ["19.86亿人次", "19.08亿人次"], rate) in checks_of(text)


def test_a_list_breaks_down_the_figure_an_aside_is_about():
    """（2024年为X），其中…: the list is of this year's figure, not the previous value in the aside."""
    text = ("年内铁路网络总乘客量达19.86亿人次（2024年为19.08亿人次），其中本地铁路服务17.52亿人次、"
            "过境服务1.21亿人次、轻铁及巴士服务1.13亿人次。")
    assert totals_of(text) == [("consistent", "19.86亿人次", ["17.52亿人次", "1.21亿人次", "1.13亿人次"])]


@pytest.mark.parametrize("rate, status", [("113.1%", "consistent"), ("131.1%", "inconsistent")])
def test_a_target_of_an_increase_is_met_by_the_change(rate, status):
    text = f"全市实名注册志愿者达86.47万人，比上年末增加7.92万人，完成年度新增7万人目标任务的{rate}。"
    assert ("ratio", status, ["7.92万人", "7万人"], rate) in checks_of(text)
    assert not any(c[2][0] == "86.47万人" for c in checks_of(text) if c[0] == "ratio")


def test_a_target_of_an_increase_named_by_the_figure_itself():
    """新增就业7.92万人 is the increase, though no verb of change stands before it."""
    text = "全市城镇新增就业7.92万人，完成年度新增7万人目标任务的113.1%。"
    assert checks_of(text) == [("ratio", "consistent", ["7.92万人", "7万人"], "113.1%")]


@pytest.mark.parametrize("points, status", [("13.7", "consistent"), ("17.3", "inconsistent")])
def test_a_rate_raised_from_its_level_before_an_act(points, status):
    text = f"机组平均效率由改造前的71.5%提高到85.2%，提高{points}个百分点。"
    assert checks_of(text) == [("difference", status, ["85.2%", "71.5%"], f"{points}个百分点")]


@pytest.mark.parametrize("rate, status", [("49.0%", "consistent"), ("59.0%", "inconsistent")])
def test_a_budget_carried_out_in_taiwan_wording(rate, status):
    """預算編列 (the budget set) and 已執行 (carried out) make an 執行率."""
    text = f"電網建設方面，今年強韌電網計畫預算編列1,250億元，上半年已執行612.5億元，執行率{rate}。"
    assert checks_of(text) == [("ratio", status, ["612.5億元", "1,250億元"], rate)]


@pytest.mark.parametrize("rate, status", [("18.6%", "consistent"), ("16.8%", None)])
def test_a_total_worded_as_no_figure_is_read_like_a_pronoun(rate, status):
    """占办证总量的: no figure is named 办证; the whole is read, so it only confirms."""
    text = (f"全年全市公证机构共办理各类公证事项12.68万件，同比增长9.4%。"
            f"通过平台在线办理公证事项2.36万件，占办证总量的{rate}。")
    shares = shares_of(text)
    assert shares == ([(status, ["2.36万件", "12.68万件"])] if status else [])


def test_hong_kongs_dangzhong_opens_a_breakdown():
    """當中 (其中 in Hong Kong) after a comma; the parts count the rounds, not 当中."""
    text = "年內在園初創企業共完成融資62宗，當中種子輪及天使輪24宗、A輪26宗、B輪或以後12宗。"
    assert totals_of(text) == [("consistent", "62宗", ["24宗", "26宗", "12宗"])]
    assert extract(text).figures[1].of == "种子轮及天使轮"


@pytest.mark.parametrize("points, status", [("1.8", "consistent"), ("2.8", "inconsistent")])
def test_a_share_named_as_a_proportion_compared_with_last_year(points, status):
    text = f"在园初创企业共聘用雇员4,126人，当中研发人员2,890人，占雇员总数的70.0%，比例较去年的68.2%上升{points}个百分点。"
    assert ("difference", status, ["70.0%", "68.2%"], f"{points}个百分点") in checks_of(text)


@pytest.mark.parametrize("rate, status", [("8.0%", "consistent"), ("0.8%", "inconsistent")])
def test_an_overdue_rate_is_the_overdue_balance_over_the_balance(rate, status):
    text = f"年末典当余额24.15亿元，比上年末的22.80亿元增长5.9%。其中，逾期贷款余额1.93亿元，逾期率为{rate}。"
    assert ("ratio", status, ["1.93亿元", "24.15亿元"], rate) in checks_of(text)


def test_chargers_of_both_currents_are_all_the_chargers():
    """直流 and 交流 make a complete set: parts that miss the total refute it."""
    text = "新建充电桩4,350个，其中直流快充桩1,820个、交流慢充桩2,350个。"
    assert totals_of(text) == [("inconsistent", "4,350个", ["1,820个", "2,350个"])]


def test_the_last_conjunction_of_a_list_joins_its_last_two_items():
    """A、B及C、D及E分别有w、x、y、z: 及 inside an item (人工智能及数据科学) and the last 及 joining two."""
    text = "生物醫藥、人工智能及數據科學、綠色科技及其他範疇分別有78家、103家、52家及53家。"
    assert [f.of for f in extract(text).figures] == ["生物医药", "人工智能及数据科学", "绿色科技", "其他范畴"]


@pytest.mark.parametrize("last, status", [("12.47亿元", "consistent"), ("12.74亿元", "inconsistent")])
def test_an_aside_listing_a_parts_own_kinds_leaves_the_list_complete(last, status):
    """（黄金珠宝、名表等） lists what one part holds; the 分业务类型看 list is still all of the total."""
    text = ("全年典当总额86.42亿元，同比下降4.7%。分业务类型看，房地产典当41.37亿元；动产典当32.58亿元，"
            f"其中民品典当（黄金珠宝、名表等）19.64亿元、机动车典当8.15亿元；财产权利典当{last}。")
    assert (status, "86.42亿元", ["41.37亿元", "32.58亿元", last]) in totals_of(text)


@pytest.mark.parametrize("rate, status", [("4.6%", "consistent"), ("6.4%", "inconsistent")])
def test_a_stock_at_mid_year_against_the_end_of_last_year(rate, status):
    """截至6月底 is no part of the year here: 比上年末增长R，上年末为X compares two stocks."""
    text = f"截至6月底，全市在用特种设备13.28万台，比上年末增长{rate}，上年末为12.70万台。"
    assert checks_of(text) == [("growth", status, ["13.28万台", "12.70万台"], rate)]


def test_a_flow_of_part_of_the_year_is_no_stock():
    text = "1-6月，全市实现营业收入13.28亿元，同比增长4.6%，上年末为12.70亿元。"
    assert checks_of(text) == []


@pytest.mark.parametrize("points, status", [("6.9", "consistent"), ("9.6", "inconsistent")])
def test_the_season_before_of_a_winter_resort(points, status):
    text = f"全市星级饭店平均入住率为78.6%，比上一雪季提高{points}个百分点，上一雪季为71.7%。"
    assert checks_of(text) == [("difference", status, ["78.6%", "71.7%"], f"{points}个百分点")]


@pytest.mark.parametrize("rate, status", [("15.3%", "consistent"), ("13.5%", "inconsistent")])
def test_the_same_quarter_a_year_before(rate, status):
    text = f"2025年第二季全澳與會者及入場人次合共52.8萬人次，按年上升{rate}（上年同季為45.8萬人次）。"
    assert checks_of(text) == [("growth", status, ["52.8萬人次", "45.8萬人次"], rate)]


def test_a_proportion_compared_with_its_rate_in_brackets():
    text = "非本地與會者2.46萬人次，佔與會者總數3.85萬人次的63.9%，比例較上年同期提高4.2個百分點（上年同期為59.7%）。"
    assert ("difference", "consistent", ["63.9%", "59.7%"], "4.2個百分點") in checks_of(text)


def test_a_share_of_a_total_named_as_one_is_not_of_a_listed_part():
    """占出口总额的: all the exports, not 对美国出口, one part of their breakdown."""
    text = ("上半年全县家具出口额3.86亿美元。其中，对美国出口1.42亿美元，对欧盟出口9,700万美元。"
            "通过跨境电商渠道实现出口1.05亿美元，占出口总额的27.2%。")
    assert shares_of(text) == [("consistent", ["1.05亿美元", "3.86亿美元"])]


def test_a_comma_grouping_digits_ends_no_clause():
    """由去年同期的4,511.3万人次增加到Y: Y measures 总旅运量, not 次增加."""
    text = "总旅运量由去年同期的4,511.3万人次增加到4,862.5万人次，年增7.8%。"
    assert [f.indicator for f in extract(text).figures][1:] == ["总旅运量", "总旅运量"]


@pytest.mark.parametrize("rate, status", [("37.2%", "consistent"), ("27.3%", "unverifiable")])
def test_a_share_of_all_sales_is_of_the_sales_not_of_a_listed_channel(rate, status):
    """占销售总额的: 蜂产品销售额 (3.92亿元), not 电商销售, one channel of the 分别 list (read, so it only confirms)."""
    text = ("全年蜂产品销售额3.92亿元，从渠道看，电商销售、商超及专卖店、外贸出口分别实现1.46亿元、1.75亿元和0.71亿元。"
            f"电商销售额由上年的0.98亿元增加到1.46亿元，增长49.0%，占销售总额的比重为{rate}。")
    assert (status, ["1.46亿元", "3.92亿元"]) in shares_of(text)
