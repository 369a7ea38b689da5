"""Claims found by the fourteenth batch of articles written blind (rail and port freight, a dairy
county, a drug maker's half year, a tea county, a steel group, wind and solar, Taiwan's export
orders, microcredit): Taiwan's word for a trade surplus, a breakdown opened by 按…观察, the whole of
a month's share that is no running total, a total and its kinds with a clause of another measure
between them, items that share the measure the last one names, a 其中 inside an item of a
classification, a few main goods that are no complete list, the share of the year before from
both previous values, projects built and running over those planned, bad loans over all loans;
and from the fifteenth (sugar, housing funds, mines, buses): the crushing season before, cane money
paid over payable, a whole named by its classifier (发放笔数), a housing fund's loans over its
deposits, a change in points after the earlier rate's own clause, items sorted by a classification
after a colon."""
import pytest

from claims import checks_of
from extractor import extract


@pytest.mark.parametrize("surplus, status", [("96.4亿美元", "consistent"), ("69.4亿美元", "inconsistent")])
def test_a_surplus_in_taiwan_words(surplus, status):
    text = f"10月出口总值415.2亿美元，年增8.3%；进口总值318.8亿美元；出超{surplus}。"
    assert ("difference", status, ["415.2亿美元", "318.8亿美元"], surplus) in checks_of(text)


@pytest.mark.parametrize("other, status", [("42.0亿美元", "consistent"), ("24.0亿美元", "inconsistent")])
def test_a_breakdown_by_region_observed(other, status):
    text = ("10月接单合计300.0亿美元。\n"
            f"按地区别观察，来自美国的接单98.0亿美元；欧洲75.0亿美元；日本85.0亿美元；其他地区合计{other}。")
    assert [c for c in checks_of(text) if c[0] == "sum"] == [
        ("sum", status, ["98.0亿美元", "75.0亿美元", "85.0亿美元", other], None)]


def test_the_whole_of_a_month_is_no_running_total():
    text = ("2025年10月，当月接单400.0亿美元，较上年同月增加6.0%。累计1至10月接单3,800.0亿美元，年增9.1%。\n"
            "按地区别观察，来自美国的接单130.0亿美元，占全部接单的32.5%。")
    assert ("ratio", "consistent", ["130.0亿美元", "400.0亿美元"], "32.5%") in checks_of(text)


@pytest.mark.parametrize("third, status", [("5个", "consistent"), ("6个", "inconsistent")])
def test_a_total_and_its_kinds_with_a_clause_between(third, status):
    text = f"全年新签约项目31个，签约总投资208.6亿元，工业项目、服务业项目和农业项目分别为14个、12个、{third}。"
    assert ("sum", status, ["14个", "12个", third], None) in checks_of(text)


@pytest.mark.parametrize("part, status", [("83.1亿元", "consistent"), ("38.1亿元", "inconsistent")])
def test_items_that_share_the_measure_the_last_one_names(part, status):
    text = (f"全省小额贷款公司贷款余额268.5亿元，增长4.2%；累计发放贷款金额150.2亿元。\n"
            f"分担保方式看，信用贷款、保证贷款和抵押贷款余额分别为92.3亿元、{part}、93.1亿元。")
    article = extract(text)
    by_id = {f.id: f.text for f in article.figures}
    # (the balance, not the nearer amount lent: every item is a 余额)
    assert [(c.status, by_id[c.total]) for c in article.checks if c.kind == "sum"] == [(status, "268.5亿元")]


@pytest.mark.parametrize("last, status", [("2.16亿元", "consistent"), ("2.61亿元", "inconsistent")])
def test_an_aside_inside_an_item_of_a_classification(last, status):
    text = ("上半年公司实现营业收入41.37亿元。分业务板块看，制剂板块收入25.43亿元；原料药板块收入9.86亿元，"
            f"其中出口约3,100万美元；中药板块收入3.92亿元；其他业务收入{last}。")
    assert ("sum", status, ["25.43亿元", "9.86亿元", "3.92亿元", last], None) in checks_of(text)


def test_the_main_goods_are_no_complete_list():
    text = ("当月接单512.4亿美元。分货品看，电子产品接单160.2亿美元；光学器材与机械分别接单20.3亿美元、"
            "25.1亿美元。26项主要货品中，19项呈正成长。")
    assert not any(c[0] == "sum" and c[1] != "unverifiable" for c in checks_of(text))


@pytest.mark.parametrize("earlier, status", [("8.7%", "consistent"), ("7.8%", "unverifiable")])
def test_the_share_of_the_year_before_from_both_previous_values(earlier, status):
    text = ("公司实现营业收入41.52亿元，较上年同期的36.80亿元增长12.8%。研发投入4.11亿元，比上年同期的3.20亿元"
            f"增长28.4%，占营业收入的9.9%，比上年同期提高1.2个百分点（上年同期为{earlier}）。")
    # 3.20 / 36.80 = 8.70%: read from the growths around it, it confirms, never refutes
    assert ("ratio", status, ["3.20亿元", "36.80亿元"], earlier) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("87.5%", "consistent"), ("78.5%", "inconsistent")])
def test_projects_built_and_running_over_those_planned(rate, status):
    text = f"全年计划实施技改项目24个，建成投产21个，完工率{rate}。"
    assert checks_of(text) == [("ratio", status, ["21个", "24个"], rate)]


@pytest.mark.parametrize("rate, status", [("3.12%", "consistent"), ("3.21%", "inconsistent")])
def test_bad_loans_over_the_loan_balance_a_paragraph_back(rate, status):
    text = ("6月末全省小额贷款公司贷款余额由年初的301.2亿元增加到318.6亿元，增长5.8%。\n"
            f"风险总体可控。全省小额贷款公司不良贷款余额9.94亿元，不良率{rate}。")
    assert ("ratio", status, ["9.94亿元", "318.6亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("14.4%", "consistent"), ("14.1%", "inconsistent")])
def test_the_crushing_season_before(rate, status):
    text = f"全县实现食糖产值31.24亿元（上榨季为27.31亿元），同比增长{rate}。"
    assert checks_of(text) == [("growth", status, ["31.24亿元", "27.31亿元"], rate)]


@pytest.mark.parametrize("points, status", [("4.6个百分点", "consistent"), ("6.4个百分点", "inconsistent")])
def test_points_against_the_crushing_season_before(points, status):
    text = f"机收率达到23.1%，比上榨季提高{points}（上榨季为18.5%）。"
    assert checks_of(text) == [("difference", status, ["23.1%", "18.5%"], points)]


@pytest.mark.parametrize("rate, status", [("98.6%", "consistent"), ("96.8%", "inconsistent")])
def test_cane_money_paid_over_payable(rate, status):
    text = f"全榨季应付蔗款18.36亿元；截至4月底，已兑付蔗款18.11亿元，兑付率达{rate}。"
    assert checks_of(text) == [("ratio", status, ["18.11亿元", "18.36亿元"], rate)]


def test_a_whole_named_by_its_classifier():
    text = "全年发放个人住房贷款6,240笔，同比增长9.1%。其中，首套住房贷款5,180笔，占发放笔数的83.0%。"
    assert ("ratio", "consistent", ["5,180笔", "6,240笔"], "83.0%") in checks_of(text)


@pytest.mark.parametrize("rate, status", [("70.53%", "consistent"), ("75.03%", "inconsistent")])
def test_a_housing_funds_loans_over_its_deposits(rate, status):
    text = f"年末缴存余额388.60亿元。年末个人住房贷款余额274.08亿元，个贷率为{rate}。"
    assert ("ratio", status, ["274.08亿元", "388.60亿元"], rate) in checks_of(text)


@pytest.mark.parametrize("points, status", [("2.1个百分点", "consistent"), ("1.2个百分点", "inconsistent")])
def test_points_after_the_earlier_rates_clause(points, status):
    text = f"全市公共交通机动化出行分担率为48.3%，上年为46.2%，提高{points}。"
    assert checks_of(text) == [("difference", status, ["48.3%", "46.2%"], points)]


def test_items_sorted_by_a_classification_after_a_colon():
    text = "年初全县共有各类矿山72座，全部纳入分类处置：关闭退出矿山19座，整合重组矿山8座，整改提升矿山45座。"
    assert checks_of(text) == [("sum", "consistent", ["19座", "8座", "45座"], None)]


def test_a_target_named_by_the_act_it_sets():
    # the actual is read by the act the target names (关闭退出任务 for 关闭退出矿山): it confirms only
    text = "全县关闭退出矿山19座，整合重组矿山8座。省下达我县的关闭退出任务为17座，完成率达111.8%。"
    assert ("ratio", "consistent", ["19座", "17座"], "111.8%") in checks_of(text)
    wrong = text.replace("111.8%", "118.1%")
    assert not any(c[1] == "inconsistent" for c in checks_of(wrong))
