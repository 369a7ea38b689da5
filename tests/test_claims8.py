"""Claims found by the fourth and fifth batches of articles written blind (a budget, a
court, health, east-west aid, an IPO, telecoms, express parcels, a consumer market, a
Taiwan company's revenue): a change after a completion clause, a promise's bounds summed,
rates of a series over years, a net amount after a deduction, named court ratios, and
breakdowns whose parts are named or counted in other ways."""
import pytest

from claims import checks_of
from extractor import extract


@pytest.mark.parametrize("change, status", [("0.81亿元", "consistent"), ("0.91亿元", "inconsistent")])
def test_a_change_after_a_completion_clause(change, status):
    text = f"全县一般公共预算收入完成13.46亿元，完成预算12.9亿元的104.3%，比上年的12.65亿元增收{change}。"
    assert ("difference", status, ["13.46亿元", "12.65亿元"], change) in checks_of(text)


@pytest.mark.parametrize("total, status", [("2.17亿元", "consistent"), ("2.27亿元", "inconsistent")])
def test_a_total_of_a_promises_bounds(total, status):
    text = f"业绩承诺方承诺，标的公司三年净利润分别不低于6,000万元、7,200万元和8,500万元，三年合计{total}。"
    assert ("sum", status, ["不低于6,000万元", "7,200万元", "8,500万元"], None) in checks_of(text)


def test_a_share_of_the_rate_the_clause_before_names():
    text = ("全市汽车产量30.1万辆，其中新能源汽车18.6万辆、传统燃油汽车11.5万辆。"
            "新能源汽车产量同比增长42.3%，占全市汽车产量的比重达61.8%。")
    assert ("ratio", "consistent", ["18.6万辆", "30.1万辆"], "61.8%") in checks_of(text)


@pytest.mark.parametrize("rate, status", [("94.9%", "consistent"), ("49.9%", "inconsistent")])
def test_a_courts_rate_of_cases_concluded(rate, status):
    text = f"全市两级法院共受理各类案件128,460件，比上年增长6.2%；审结121,935件，结案率为{rate}。"
    assert ("ratio", status, ["121,935件", "128,460件"], rate) in checks_of(text)


def test_concluded_over_accepted_in_the_rate_s_own_sentence():
    # (the 审结 of the sentence before counts another scope's cases: no rival of this one)
    text = ("全市法院审结121,935件，结案率为94.9%。中院本级受理案件15,372件，审结15,558件，结收案比达101.2%。")
    assert ("ratio", "consistent", ["15,558件", "15,372件"], "101.2%") in checks_of(text)


def test_output_over_sales_of_one_product():
    text = "全市汽车产量30.1万辆，其中新能源汽车18.6万辆。新能源汽车销量17.9万辆，产销率为96.2%。"
    assert ("ratio", "consistent", ["17.9万辆", "18.6万辆"], "96.2%") in checks_of(text)


@pytest.mark.parametrize("rate, status", [("28.6%", "consistent"), ("26.8%", "inconsistent")])
def test_a_year_of_a_series_against_the_year_before(rate, status):
    text = ("2022年至2024年，公司分别实现营业收入6.38亿元、8.92亿元和11.47亿元。"
            f"其中，2024年营业收入同比增长{rate}。")
    assert ("growth", status, ["11.47亿元", "8.92亿元"], rate) in checks_of(text)


def test_rates_of_a_series_of_their_own_take_no_series():
    # each rate is its own year's, against a value not stated: no claim
    text = "2017年、2018年营业收入分别为4.78亿元和11.23亿元，分别比上年同期增长1527.11%、135.19%。"
    assert [c for c in checks_of(text) if c[0] == "growth"] == []


@pytest.mark.parametrize("net, status", [("13.81亿元", "consistent"), ("13.91亿元", "inconsistent")])
def test_a_net_amount_after_a_deduction(net, status):
    text = f"本次募集资金总额为14.93亿元，扣除发行费用1.12亿元后，募集资金净额为{net}。"
    assert ("difference", status, ["14.93亿元", "1.12亿元"], net) in checks_of(text)


def test_shares_of_parts_named_in_the_sentence_before():
    text = ("全市快递业务量3.86亿件。同城快递业务量0.58亿件；异地快递业务量3.21亿件；国际快递业务量700万件。"
            "同城、异地快递业务量分别占全部快递业务量的15.0%和83.2%。")
    checks = checks_of(text)
    assert ("ratio", "consistent", ["0.58亿件", "3.86亿件"], "15.0%") in checks
    assert ("ratio", "consistent", ["3.21亿件", "3.86亿件"], "83.2%") in checks


@pytest.mark.parametrize("third, status", [("0.25亿元", "consistent"), ("0.52亿元", "inconsistent")])
def test_a_part_summed_from_places_named(third, status):
    text = (f"今年拨付援助资金2.38亿元。其中，市本级资金1.52亿元，城南区、江北区两个结对区合计0.61亿元，"
            f"市级部门专项资金{third}。")
    assert ("sum", status, ["1.52亿元", "0.61亿元", third], None) in checks_of(text)


@pytest.mark.parametrize("industrial, status", [("14.05亿元", "consistent"), ("15.04亿元", "inconsistent")])
def test_a_breakdown_that_goes_on_in_a_distributed_item(industrial, status):
    text = ("实现土地出让收入148.62亿元。出让收入中，住宅用地112.36亿元；商服用地、工业用地和其他用地"
            f"分别为18.72亿元、{industrial}和3.49亿元。")
    assert ("sum", status, ["112.36亿元", "18.72亿元", industrial, "3.49亿元"], None) in checks_of(text)


def test_places_counted_by_several_classifiers_add_up():
    text = "全县共有医疗卫生机构312个。其中，县级公立医院4所，乡镇卫生院16所，村卫生室268个，民营医院和诊所24个。"
    assert ("sum", "consistent", ["4所", "16所", "268个", "24个"], None) in checks_of(text)


def test_the_items_of_a_list_with_a_short_names_aside():
    text = ("移动电话用户总数达5872万户。分企业看，甲通信有限公司、乙电信股份有限公司（以下简称“乙电信”）"
            "和丙网络通信有限公司的移动电话用户分别为3018万户、1675万户和1179万户。")
    article = extract(text)
    assert [f.of for f in article.figures[1:]] == ["移动电话用户"] * 3
    assert ("sum", "consistent", ["3018万户", "1675万户", "1179万户"], None) in checks_of(text)


def test_nested_tiers_of_speed_add_to_nothing():
    text = "固定宽带用户2135.6万户，其中100M及以上接入速率用户2046.2万户，1000M及以上接入速率用户612.4万户。"
    assert [c for c in checks_of(text) if c[0] == "sum" and c[1] != "unverifiable"] == []


def test_a_rate_above_the_headline_rate_of_the_paragraph_before():
    text = ("全市社会消费品零售总额2136.8亿元，同比增长5.9%。\n"
            "餐饮收入228.3亿元，同比增长9.7%，增速高于全市社零总额3.8个百分点。")
    assert ("difference", "consistent", ["9.7%", "5.9%"], "3.8个百分点") in checks_of(text)


def test_a_previous_value_per_person_and_month():
    text = "城乡居民基础养老金最低标准由每人每月143元提高到163元，增幅14.0%。"
    assert ("growth", "consistent", ["163元", "143元"], "14.0%") in checks_of(text)


def test_a_bare_yuan_in_a_taiwan_article_is_the_new_taiwan_dollar():
    text = "聯銓今日公告9月合併營收新台幣23.6億元，較8月的22.43億元月增5.2%。加計7月營收22.92億元，第三季營收合計68.95億元。"
    assert {f.currency for f in extract(text).figures if f.kind == "money"} == {"TWD"}
    # (a headline may go before the dollar is named; a mainland report that names another
    # currency first keeps its yuan)
    headed = "聯銓9月營收23.6億元\n聯銓今日公告9月合併營收新台幣23.6億元，較8月的22.43億元月增5.2%。"
    assert {f.currency for f in extract(headed).figures if f.kind == "money"} == {"TWD"}
    mainland = "全县到位省外资金45.26亿元，到位港澳台资金2,380万美元。台资项目到位资金2.1亿新台币。"
    assert [f.currency for f in extract(mainland).figures if f.kind == "money"] == ["CNY", "USD", "TWD"]
