"""Claims found by the articles written blind on special bonds, water prices, a Hong Kong port,
science awards, elderly care, a brewery, charging piles, a township's collective economy,
cross-border e-commerce, Taiwan's hotels, a housing provident fund, a tourism festival, grain,
inclusive finance, vocational schools and an industrial park."""
import pytest

from claims import checks_of, totals_of


@pytest.mark.parametrize("rate, status", [("11.5%", "consistent"), ("15.1%", "inconsistent")])
def test_a_price_set_anew_rises_from_the_old_one(rate, status):
    text = f"居民生活用水价格由每立方米3.05元调整为3.40元，上调0.35元，涨幅{rate}；特种用水价格维持不变。"
    checks = checks_of(text)
    assert ("growth", status, ["3.40元", "3.05元"], rate) in checks
    assert ("difference", "consistent", ["3.40元", "3.05元"], "0.35元") in checks


@pytest.mark.parametrize("rate, status", [("13.1%", "consistent"), ("31.1%", "inconsistent")])
def test_a_rate_stated_as_the_price_raised(rate, status):
    text = f"非居民用水价格由每立方米4.20元调整为4.75元，上调{rate}。"
    assert ("growth", status, ["4.75元", "4.20元"], rate) in checks_of(text)


_PLAN = ("今年水务集团计划完成供水设施投资12.8亿元，比上年实际完成的9.6亿元增长{}。其中，水厂扩建工程4.5亿元、"
         "管网改造{}、二次供水设施改造1.9亿元、智慧水务平台1.2亿元。1-5月已完成投资4.35亿元，完成年度计划的34.0%。")


def test_a_plan_grows_over_the_year_before_and_is_the_total_of_its_items():
    checks = checks_of(_PLAN.format("33.3%", "5.2亿元"))
    assert ("growth", "consistent", ["12.8亿元", "9.6亿元"], "33.3%") in checks
    assert ("ratio", "consistent", ["4.35亿元", "12.8亿元"], "34.0%") in checks
    assert totals_of(_PLAN.format("33.3%", "5.2亿元")) == [
        ("consistent", "12.8亿元", ["4.5亿元", "5.2亿元", "1.9亿元", "1.2亿元"])]


def test_items_of_a_plan_that_do_not_add_up_are_flagged():
    assert totals_of(_PLAN.format("33.3%", "5.6亿元")) == [
        ("inconsistent", "12.8亿元", ["4.5亿元", "5.6亿元", "1.9亿元", "1.2亿元"])]


def test_a_plan_beside_the_amount_done_is_no_total():
    # (完成X，为计划Y的R%，其中…: the amount done is what the list breaks down)
    text = "全年完成投资14.2亿元，为年度计划15亿元的94.7%，其中工业投资9.1亿元、基础设施投资5.1亿元。"
    assert totals_of(text) == [("consistent", "14.2亿元", ["9.1亿元", "5.1亿元"])]


@pytest.mark.parametrize("points, status", [("3.4个百分点", "consistent"), ("4.3个百分点", "inconsistent")])
def test_a_rate_fallen_to_the_one_of_a_period_named_after_the_verb(points, status):
    text = f"全市公共供水管网漏损率由2022年的14.6%下降至去年底的11.2%，下降{points}。"
    assert ("difference", status, ["11.2%", "14.6%"], points) in checks_of(text)


@pytest.mark.parametrize("last, status", [("2名", "consistent"), ("4名", "inconsistent")])
def test_the_scope_of_a_list_names_the_count_of_what_it_counts(last, status):
    text = (f"价格听证会上，25名听证参加人中有22名同意调价方案，占88%。参加人中，消费者11名、经营者4名、"
            f"专家学者3名、人大代表和政协委员5名、政府部门代表{last}。")
    assert totals_of(text) == [(status, "25名", ["11名", "4名", "3名", "5名", last])]


def test_the_scope_of_a_list_is_no_wider_count():
    # (the migrants who left are some of the migrants, not all those who came)
    text = "一年来共迎来移民12.9万人，移民离境人数为66200人。在离境的移民中，公民34500人，非公民31800人。"
    assert [t for t in totals_of(text) if t[1] == "12.9万人"] == []


_HEADLINE = ("截至9月底，累计下达我县新增专项债券额度28.64亿元，比上年全年的22.15亿元增长29.3%。其中，第一批9.8亿元、"
             "第二批12.36亿元、第三批6.48亿元。\n分领域看，市政基础设施11.42亿元，社会事业7.35亿元，农林水利{}，"
             "保障性安居工程3.21亿元，交通基础设施1.8亿元。")


@pytest.mark.parametrize("part, status", [("4.86亿元", "consistent"), ("4.68亿元", "inconsistent")])
def test_a_classification_opening_a_paragraph_breaks_down_the_headline_before(part, status):
    assert (status, "28.64亿元", ["11.42亿元", "7.35亿元", part, "3.21亿元", "1.8亿元"]) in totals_of(_HEADLINE.format(part))


def test_no_headline_when_the_parts_add_up_to_another_figure_before():
    text = ("全年完成财政总收入3.12亿元，比上年增长9.5%。其中，税收收入2.64亿元；非税收入4800万元。\n"
            "分税种看，增值税1.38亿元；企业所得税5,260万元；个人所得税1,120万元；其他税种合计6,220万元。")
    assert [t for t in totals_of(text) if t[1] == "3.12亿元" and t[0] == "inconsistent"] == []


def test_no_headline_in_a_paragraph_a_classification_opens():
    text = ("分商品看，出口机电产品1,826.4亿元，增长13.8%，占出口总值的60.6%。其中，新能源汽车货值213.6亿元；"
            "出口劳动密集型产品402.1亿元，下降1.7%。\n"
            "分市场看，对东盟进出口1,093.2亿元，增长12.5%；对欧盟、美国分别进出口726.4亿元和498.7亿元。")
    assert [t for t in totals_of(text) if t[2] == ["1,093.2亿元", "726.4亿元", "498.7亿元"]
            and t[0] == "inconsistent"] == []


def test_a_share_of_the_quota_is_no_share_of_the_wider_whole_inside_another_share():
    text = ("累计下达我县专项债券额度28.64亿元，占全市下达额度153.2亿元的18.7%。其中，第一批9.8亿元、第二批12.36亿元、"
            "第三批6.48亿元；用作项目资本金的专项债券3.5亿元，占下达额度的12.2%。")
    # (3.5 of 153.2 is 2.3%: read by its name alone, the wider whole confirms, never refutes)
    assert [c for c in checks_of(text) if c[3] == "12.2%" and c[1] == "inconsistent"] == []


@pytest.mark.parametrize("rate, status", [("83.0%", "consistent"), ("80.3%", "inconsistent")])
def test_projects_let_into_the_pool_over_those_put_forward(rate, status):
    text = f"全县共申报新增专项债券项目47个，经联合审核，纳入全国项目库的项目39个，入库率{rate}。"
    assert ("ratio", status, ["39个", "47个"], rate) in checks_of(text)


@pytest.mark.parametrize("change, status", [("71.8亿元", "consistent"), ("78.1亿元", "inconsistent")])
def test_a_change_from_a_base_named_after_the_rate(change, status):
    text = f"前三季度跨境电商进出口402.6亿元，同比增长21.7%，比上年同期的330.8亿元增加{change}。"
    checks = checks_of(text)
    assert ("growth", "consistent", ["402.6亿元", "330.8亿元"], "21.7%") in checks
    assert ("difference", status, ["402.6亿元", "330.8亿元"], change) in checks


@pytest.mark.parametrize("part, status", [("51.5亿元", "consistent"), ("53.5亿元", "inconsistent")])
def test_parts_named_with_a_code_in_brackets(part, status):
    text = (f"其中，出口297.5亿元，增长26.3%。出口方面，一般出口（9610）{part}、直接出口（9710）127.4亿元、"
            f"出口海外仓（9810）118.6亿元。")
    assert (status, "297.5亿元", [part, "127.4亿元", "118.6亿元"]) in totals_of(text)


_FUND = ("年末缴存余额712.48亿元。年末个人住房贷款余额608.14亿元，个人住房贷款率{}；逾期额368万元，逾期率0.06‰。"
         "业务收入21.47亿元，业务支出11.62亿元，实现增值收益{}，增值收益率1.42%（月均缴存余额693.6亿元）。")


def test_a_housing_funds_rates_and_net_income():
    checks = checks_of(_FUND.format("85.4%", "9.85亿元"))
    assert ("ratio", "consistent", ["608.14亿元", "712.48亿元"], "85.4%") in checks
    assert ("ratio", "consistent", ["368万元", "608.14亿元"], "0.06‰") in checks
    assert ("difference", "consistent", ["21.47亿元", "11.62亿元"], "9.85亿元") in checks
    assert ("ratio", "consistent", ["9.85亿元", "693.6亿元"], "1.42%") in checks


def test_a_housing_funds_mistyped_rates_are_flagged():
    checks = checks_of(_FUND.format("84.5%", "9.58亿元"))
    assert ("ratio", "inconsistent", ["608.14亿元", "712.48亿元"], "84.5%") in checks
    assert ("difference", "inconsistent", ["21.47亿元", "11.62亿元"], "9.58亿元") in checks


@pytest.mark.parametrize("rate, status", [("12.1%", "consistent"), ("21.1%", "inconsistent")])
def test_the_amount_of_an_act_named_as_its_amount(rate, status):
    text = f"发放个人住房贷款1.12万笔、58.63亿元，金额比上年的52.31亿元增长{rate}。"
    assert ("growth", status, ["58.63亿元", "52.31亿元"], rate) in checks_of(text)


def test_the_count_of_an_act_named_by_its_classifier():
    text = "发放个人住房贷款1.12万笔、58.63亿元，笔数比上年的1.05万笔增长6.7%。"
    assert ("growth", "consistent", ["1.12万笔", "1.05万笔"], "6.7%") in checks_of(text)


@pytest.mark.parametrize("rates, status", [("22.7%和31.4%", "consistent"), ("27.2%和31.4%", "inconsistent")])
def test_a_run_of_rates_against_the_quarter_before_in_brackets(rates, status):
    text = f"7—9月，全区新签约项目27个，签约总投资168.5亿元，环比分别增长{rates}（二季度签约项目22个、总投资128.2亿元）。"
    first = rates.split("和")[0]
    assert ("growth", status, ["27个", "22个"], first) in checks_of(text)
    assert ("growth", "consistent", ["168.5亿元", "128.2亿元"], "31.4%") in checks_of(text)


def test_a_run_of_year_on_year_rates_is_no_growth_over_a_quarter():
    text = "7—9月，全区新签约项目27个，签约总投资168.5亿元，同比分别增长22.7%和31.4%（二季度签约项目22个、总投资128.2亿元）。"
    assert [c for c in checks_of(text) if c[0] == "growth"] == []


@pytest.mark.parametrize("total, status", [("23个", "consistent"), ("25个", "inconsistent")])
def test_a_total_after_its_parts_that_a_completion_rate_is_of(total, status):
    text = f"上半年新建街道综合养老服务中心3个、社区养老服务站20个，合计{total}，完成年度建设任务30个的76.7%。"
    assert totals_of(text) == [(status, total, ["3个", "20个"])]


@pytest.mark.parametrize("rate, status", [("8.0%", "consistent"), ("9.0%", "inconsistent")])
def test_a_return_over_the_investment(rate, status):
    text = f"强村公司统筹实施“飞地抱团”项目5个，累计投资4,650万元，全年为参与村返利372万元，返利率{rate}。"
    assert ("ratio", status, ["372万元", "4,650万元"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("54.6%", "consistent"), ("56.4%", "inconsistent")])
def test_an_ebitda_margin(rate, status):
    text = (f"期內收入為52.36億港元，按年上升9.2%。未計利息、稅項、折舊及攤銷前盈利（EBITDA）為28.61億港元，"
            f"EBITDA利潤率為{rate}。")
    assert ("ratio", status, ["28.61億港元", "52.36億港元"], rate) in checks_of(text)
