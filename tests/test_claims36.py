"""Claims found by the articles written blind on mining rights, elderly canteens, a bridge
builder's results, Macau's post and telecoms, a marine economy, credit cards, flood
reconstruction funds, Taiwan's labour figures, a vegetable base, sports events, a venture
capital guidance fund, Hong Kong's port, school meals, intellectual property, festival sales
and a rural bank's results."""
import pytest

from claims import checks_of, shares_of, totals_of


@pytest.mark.parametrize("rate, status", [("10.2%", "consistent"), ("12.0%", "inconsistent")])
def test_an_item_on_the_year_before_is_of_the_level_not_of_another_base(rate, status):
    text = (f"今年7月失業給付初次認定人數為12,146人，較6月的11,382人增加764人，月增6.7%；"
            f"與去年同期的13,520人相比則減少{rate}。")
    checks = checks_of(text)
    assert ("growth", status, ["12,146人", "13,520人"], rate) in checks
    assert ("difference", "consistent", ["12,146人", "11,382人"], "764人") in checks


@pytest.mark.parametrize("rate, status", [("16.0%", "consistent"), ("61.0%", "inconsistent")])
def test_how_many_of_an_act_named_again_after_a_list(rate, status):
    text = (f"全市专利授权量1.86万件，其中发明专利授权4,128件、实用新型专利授权1.21万件、外观设计专利授权2,372件；"
            f"发明专利授权量比上年的3,560件增长{rate}。")
    assert ("growth", status, ["4,128件", "3,560件"], rate) in checks_of(text)


@pytest.mark.parametrize("coverage, ratio, status", [("248.36%", "3.63%", "consistent"),
                                                     ("284.36%", "6.33%", "inconsistent")])
def test_a_banks_provisions_over_its_bad_loans_and_all_its_loans(coverage, ratio, status):
    text = (f"各项贷款余额438.75亿元，较年初增加41.36亿元。年末不良贷款余额6.41亿元，不良贷款率1.46%；"
            f"贷款损失准备余额15.92亿元，拨备覆盖率{coverage}，拨贷比{ratio}。")
    checks = checks_of(text)
    assert ("ratio", status, ["15.92亿元", "6.41亿元"], coverage) in checks
    assert ("ratio", status, ["15.92亿元", "438.75亿元"], ratio) in checks


@pytest.mark.parametrize("rate, status", [("90.0%", "consistent"), ("9.0%", "inconsistent")])
def test_funds_paid_out_over_the_funds_granted(rate, status):
    text = (f"今年全县共落实营养改善计划资金5430.6万元，其中中央财政膳食补助资金3620万元；县级配套资金724.6万元。"
            f"截至8月底，已拨付资金4887.5万元，拨付进度为{rate}。")
    assert ("ratio", status, ["4887.5万元", "5430.6万元"], rate) in checks_of(text)


def test_a_total_named_by_words_inside_its_parts_names_confirms_them():
    text = ("全年实现矿业权出让收益入库7.42亿元，比上年的5.18亿元增长43.2%。全县矿产品资源税1.36亿元，同比增长12.4%。"
            "出让收益与资源税合计{}。")
    assert totals_of(text.format("8.78亿元")) == [("consistent", "8.78亿元", ["7.42亿元", "1.36亿元"])]
    assert totals_of(text.format("8.87亿元")) == []


def test_a_figure_added_to_one_before_makes_the_running_total():
    text = "省财政厅下达第二批灾后恢复重建资金42.6亿元。加上8月份下达的第一批资金18.4亿元，今年以来累计下达资金{}。"
    assert totals_of(text.format("61.0亿元")) == [("consistent", "61.0亿元", ["42.6亿元", "18.4亿元"])]
    assert totals_of(text.format("62.0亿元")) == []


@pytest.mark.parametrize("last, status", [("12支", "consistent"), ("13支", "inconsistent")])
def test_a_count_hung_on_by_an_opener_right_after_a_classification(last, status):
    text = (f"截至8月末，累计设立子基金58支。从基金类型看，58支子基金中，天使投资类子基金17支、认缴规模38.4亿元；"
            f"创业投资类子基金29支、认缴规模126.5亿元；产业投资类子基金{last}、认缴规模147.7亿元。")
    assert [t for t in totals_of(text) if t[2][0].endswith("支")] == [(status, "58支", ["17支", "29支", last])]


# (a target stated in the sentence before is read from the context: it confirms, never refutes)
@pytest.mark.parametrize("rate, status", [("69.7%", "consistent"), ("77.9%", "unverifiable")])
def test_a_target_listed_after_the_word_that_plans_it(rate, status):
    text = (f"今年计划新设子基金12支、新增认缴规模60亿元。截至8月末，已新设子基金9支、新增认缴规模41.8亿元，"
            f"完成年度目标的{rate}。")
    assert [c[1] for c in checks_of(text) if c[3] == rate] == [status]


def test_a_profit_is_no_part_of_a_revenue():
    text = "全年实现营业收入18.64亿元，同比增长4.7%，其中利息净收入16.02亿元，占营业收入的85.9%；实现净利润6.12亿元。"
    assert totals_of(text) == []
    assert shares_of(text) == [("consistent", ["16.02亿元", "18.64亿元"])]


def test_an_average_named_again_and_a_real_rate_beside_it():
    text = ("今年上半年全體受僱員工總薪資平均為62,854元，其中經常性薪資平均46,218元，占總薪資的73.5%；"
            "經常性薪資較去年同期的44,829元年增3.1%，扣除物價因素後實質經常性薪資年增1.42%。")
    checks = checks_of(text)
    assert ("growth", "consistent", ["46,218元", "44,829元"], "3.1%") in checks
    assert ("growth", "unverifiable", ["46,218元", "44,829元"], "1.42%") in checks
