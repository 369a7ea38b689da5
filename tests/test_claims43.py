"""Claims found by the articles written blind on cotton subsidies, parking, Taiwan's life insurers,
village clinics, Hong Kong's exports, seafood, student loans, city gas, books, commercial space,
tax credit ratings, Macau's public works, mobile payment, reservoirs, rural housing and graduate
admissions."""
from decimal import Decimal

import pytest
from claims import checks_of, shares_of, totals_of

from extractor import extract
from extractor.validate import _overlaps


@pytest.mark.parametrize("third, status", [("0.25亿元", "consistent"), ("0.27亿元", "inconsistent")])
def test_parts_that_only_touch_the_totals_rounding_do_not_add_up(third, status):
    # 1.32 + 0.29 + 0.27 is 1.865 at the least, which 1.86 (up to 1.865, not reached) falls short of
    text = f"县财政已拨付首批补贴资金1.86亿元。其中，目标价格补贴1.32亿元、良种补贴0.29亿元、机采作业补贴{third}。"
    assert (status, "1.86亿元", ["1.32亿元", "0.29亿元", third]) in totals_of(text)


def test_an_exact_value_may_sit_on_the_end_of_a_rounded_one():
    assert _overlaps(Decimal("1.865"), Decimal("1.865"), Decimal("1.855"), Decimal("1.865"))
    assert _overlaps(Decimal("3"), Decimal("3"), Decimal("3"), Decimal("3"))
    assert not _overlaps(Decimal("1.865"), Decimal("1.895"), Decimal("1.855"), Decimal("1.865"))
    assert _overlaps(Decimal("1.864"), Decimal("1.895"), Decimal("1.855"), Decimal("1.865"))


_GRADES = ("全市共有19.42万户纳税人参与信用评价。从评价结果看，A级纳税人2.86万户，B级11.37万户，M级3.92万户，"
           "C级0.84万户，D级0.43万户。A级纳税人占参评纳税人的14.7%，比上年提高0.8个百分点；D级纳税人占比{}。")


@pytest.mark.parametrize("rate, status", [("2.2%", "consistent"), ("2.7%", "inconsistent")])
def test_a_share_named_by_a_list_items_short_name_and_its_head_noun(rate, status):
    # D级纳税人 is D级 of the list, whose first item names the noun the others leave out; its whole
    # is the one the share in the ；-item before names
    assert (status, ["0.43万户", "19.42万户"]) in shares_of(_GRADES.format(rate))


def test_a_bare_share_of_the_same_part_a_year_before_takes_no_sibling_whole():
    text = ("1-5月全省累计生产汽车86.42万辆。1-5月全省新能源汽车产量52.37万辆，占全省汽车产量的60.6%，"
            "比上年同期提高11.3个百分点（上年同期占比49.3%）。")
    checks = checks_of(text)
    assert ("ratio", "consistent", ["52.37万辆", "86.42万辆"], "60.6%") in checks
    assert not [c for c in checks if c[0] == "ratio" and c[3] == "49.3%"]  # (a year before's: no whole stated)


_BANKS = ("全市通过“银税互动”发放信用贷款412.6亿元。\n分银行看，甲银行发放98.3亿元；乙银行发放67.5亿元；丙银行、丁银行"
          "分别发放58.2亿元、51.4亿元。上述四家银行合计发放{}，占全市银税互动贷款总额的66.7%。")


@pytest.mark.parametrize("summed, status", [("275.4亿元", "consistent"), ("257.4亿元", "inconsistent")])
def test_members_counted_and_summed_in_the_sentence_after_them(summed, status):
    sums = totals_of(_BANKS.format(summed))
    assert (status, summed, ["98.3亿元", "67.5亿元", "58.2亿元", "51.4亿元"]) in sums
    assert all(total != "412.6亿元" for _, total, _ in sums)  # some of the headline's, not all of it


@pytest.mark.parametrize("second, status", [("67.1%", "consistent"), ("76.1%", "inconsistent")])
def test_plans_then_what_is_done_then_the_completion_rates_paired(second, status):
    text = (f"今年计划新建公共停车场5个、新增泊车位2,860个，至今已完成停车场3个及车位1,920个，完成率分别为60%及{second}。")
    checks = checks_of(text)
    assert ("ratio", "consistent", ["3个", "5个"], "60%") in checks
    assert ("ratio", status, ["1,920个", "2,860个"], second) in checks


@pytest.mark.parametrize("rate, status", [("86.2%", "consistent"), ("68.2%", "inconsistent")])
def test_a_completion_of_works_said_of_now(rate, status):
    # (目前 is a time word, no owner of the figure: 目前完工项目 is 完工项目 of the projects planned)
    text = f"今年计划实施燃气管网改造项目268个，目前完工项目231个，完工率{rate}。"
    assert ("ratio", status, ["231个", "268个"], rate) in checks_of(text)


def test_rates_of_homes_renovated_and_reservoirs_repaired():
    homes = "全市计划实施改造4100户。截至4月底，已开工1563户，开工率38.1%；6月底前开工率将达到70%以上。"
    checks = checks_of(homes)
    assert ("ratio", "consistent", ["1563户", "4100户"], "38.1%") in checks
    assert not [c for c in checks if c[3] == "70%以上"]  # (a rate it will reach: no figure of now)
    dams = "从进度看，23座水库中已完工验收9座，在建14座；主体工程累计完工17座，完工率73.9%。"
    assert ("ratio", "consistent", ["17座", "23座"], "73.9%") in checks_of(dams)


@pytest.mark.parametrize("rate, status", [("81.7%", "consistent"), ("87.1%", "inconsistent")])
def test_money_in_over_the_investment_planned(rate, status):
    text = f"项目总投资1.86亿元，较上年增长31.0%。截至8月底，各级资金到位1.52亿元，到位率{rate}。"
    assert ("ratio", status, ["1.52亿元", "1.86亿元"], rate) in checks_of(text)


def test_a_long_name_is_the_name_of_the_kinds_listed_before_it():
    article = extract("今年上级下达我县棉花目标价格补贴等涉棉补贴资金2.45亿元。")
    assert [f.indicator for f in article.figures if f.text == "2.45亿元"] == ["涉棉补贴资金"]


@pytest.mark.parametrize("second, status", [("11.6%", "consistent"), ("16.1%", "inconsistent")])
def test_two_rates_over_the_bases_inside_the_distributed_comparison(second, status):
    text = f"全县发放助学贷款4,862.5万元，惠及学生3,795人，分别比上年的4,213.8万元和3,402人增长15.4%和{second}。"
    checks = checks_of(text)
    assert ("growth", "consistent", ["4,862.5万元", "4,213.8万元"], "15.4%") in checks
    assert ("growth", status, ["3,795人", "3,402人"], second) in checks


@pytest.mark.parametrize("county, status", [("4150万元", "consistent"), ("4510万元", "inconsistent")])
def test_how_the_money_was_raised_breaks_down_the_investment(county, status):
    text = (f"今年实施小型水库除险加固项目23座；项目总投资1.86亿元，较上年的1.42亿元增长31.0%。资金筹措上，争取中央补助资金"
            f"9800万元、省级补助资金4650万元，县级配套资金{county}由县财政局纳入年度预算安排。")
    # (中央, 省级 and 县级 are every level a county's money comes from (session 58): the item after the comma
    # that completes the set joins the list whether or not it adds up, so a mistyped one refutes the total)
    assert (status, "1.86亿元", ["9800万元", "4650万元", county]) in totals_of(text)
    # (an item after the comma that completes no set joins only when it adds up exactly: it confirms, never refutes)
    other = text.replace("县级配套资金", "银行贷款")
    sums = totals_of(other)
    if status == "consistent":
        assert (status, "1.86亿元", ["9800万元", "4650万元", county]) in sums
    else:
        assert all(county not in parts for _, _, parts in sums)


def test_a_deficit_recorded_and_a_rise_wider_than_the_half_years():
    text = ("九月商品整体出口货值为4,386.2亿港元，较去年同月的3,912.5亿港元上升12.1%；同月商品进口货值为4,702.8亿港元。"
            "九月录得有形贸易逆差316.6亿港元。首九个月商品整体出口货值较去年同期上升14.2%，升幅较上半年的13.5%扩大0.7个百分点。")
    checks = checks_of(text)
    assert ("difference", "consistent", ["4,702.8亿港元", "4,386.2亿港元"], "316.6亿港元") in checks
    assert ("difference", "consistent", ["14.2%", "13.5%"], "0.7个百分点") in checks


@pytest.mark.parametrize("third, status", [("126万元", "consistent"), ("136万元", "inconsistent")])
def test_a_part_named_before_an_aside_that_holds_a_rate_per_meal(third, status):
    text = (f"区财政局今年安排助餐补贴资金2,860万元，截至6月底已拨付1,524.6万元，拨付进度53.3%。其中，就餐补贴"
            f"（按每餐3元至5元标准分类补贴）986.4万元，助餐点运营补贴412.2万元，建设补贴{third}。")
    assert (status, "1,524.6万元", ["986.4万元", "412.2万元", third]) in totals_of(text)


@pytest.mark.parametrize("steel, status", [("1,712座", "consistent"), ("1,721座", "inconsistent")])
def test_a_classification_past_a_paragraph_of_other_measures(steel, status):
    text = ("今年全县计划新建设施大棚2,400座，截至8月底，验收合格的大棚达2,316座，完成年度目标任务的96.5%；累计兑付补助资金"
            "6,842万元。\n从资金来源看，省级财政补助3,960万元，市级配套1,450万元，县级配套1,432万元。\n"
            f"分棚型看，验收合格的日光温室586座、钢架塑料大棚{steel}、连栋智能温室18座。")
    assert (status, "2,316座", ["586座", steel, "18座"]) in totals_of(text)


def test_a_scope_that_runs_on_into_its_list():
    done = "今年实施除险加固项目23座。\n从进度看，23座水库中已完工验收9座，主体工程完工待验收8座，在建6座；主体工程累计完工17座。"
    sums = totals_of(done)
    assert ("consistent", "23座", ["9座", "8座", "6座"]) in sums
    assert all("17座" not in parts for _, _, parts in sums)
    # (states that overlap, each rated over the scope in its own ；-item, are no list)
    states = "全年实施重点项目126个。截至年末，126个项目中已开工项目104个，开工率82.5%；已竣工项目37个，竣工率29.4%。"
    assert not totals_of(states)


@pytest.mark.parametrize("third, status", [("11.3亿元", "consistent"), ("12.3亿元", "inconsistent")])
def test_parts_named_before_an_aside_and_measured_after_it(third, status):
    # 一产（鲜果）产值: the name before the aside, the measure after it; named apart, the parts are tied
    text = (f"全县油茶产业综合产值42.6亿元，同比增长13.9%。其中，一产（鲜果）产值11.8亿元，二产（茶油精深加工）产值19.5亿元，"
            f"三产（油茶文旅、电商物流等）产值{third}。")
    assert (status, "42.6亿元", ["11.8亿元", "19.5亿元", third]) in totals_of(text)


_MONTHLY_REVENUE = ("貨櫃航運業者瀚洋海運股份有限公司6日晚間公布10月合併營收新台幣114.6億元。以單月來看，較9月的118.8億元減少{}，"
                    "但比去年同期的101.6億元增加12.8%。")


@pytest.mark.parametrize("rate, status", [("3.5%", "consistent"), ("5.3%", "inconsistent")])
def test_a_sentence_that_opens_on_the_comparison_is_about_the_level_before(rate, status):
    checks = checks_of(_MONTHLY_REVENUE.format(rate))
    assert ("growth", status, ["新台幣114.6億元", "118.8億元"], rate) in checks
    assert ("growth", "consistent", ["新台幣114.6億元", "101.6億元"], "12.8%") in checks


def test_a_comparison_after_the_level_in_its_own_sentence_is_no_other_sentences():
    text = ("經濟部今日發布9月外銷訂單統計，金額為595.7億美元，較去年同月的504.4億美元增加91.3億美元，年增18.1%；"
            "與8月的561.2億美元相比，月增6.1%。")
    assert not [c for c in checks_of(text) if c[3] == "6.1%" and c[2][0] == "91.3億美元"]


@pytest.mark.parametrize("surplus, status", [("81.2亿元", "consistent"), ("18.2亿元", "inconsistent")])
def test_a_surplus_of_the_income_named_as_the_spending_is(surplus, status):
    # (公共财政收入 against 公共财政开支, not 博彩直接税收入, the nearer income)
    text = ("1至11月特区政府公共财政收入893.6亿元，博彩直接税收入由上年同期的724.4亿元增加至776.1亿元，增幅7.1%。"
            f"同期公共财政开支812.4亿元，收支相抵录得盈余{surplus}。")
    assert ("difference", status, ["893.6亿元", "812.4亿元"], surplus) in checks_of(text)


def test_leads_checked_over_those_sent():
    text = "共推送疑点信息1,426条，已核实处理1,318条，核实率92.4%。"
    assert ("ratio", "consistent", ["1,318条", "1,426条"], "92.4%") in checks_of(text)


@pytest.mark.parametrize("reached, status", [("15.1%", "consistent"), ("15.7%", "inconsistent")])
def test_a_share_fallen_by_points_to_the_rate_after_them(reached, status):
    text = f"贵宾厅赌枱收入94.7亿元，所占比重由上年同期的17.2%下降2.1个百分点至{reached}。"
    assert ("difference", status, [reached, "17.2%"], "2.1个百分点") in checks_of(text)


@pytest.mark.parametrize("second, status", [("1.47亿元", "consistent"), ("1.57亿元", "inconsistent")])
def test_a_classification_of_the_headline_not_of_an_item_of_its_list(second, status):
    # (占资金总额的: the head of the 其中 list, not its first item, named more narrowly)
    text = ("　　近日，岷南省财政厅会同省文化和旅游厅下达2025年公共文化服务体系建设补助资金5.86亿元，比上年的5.42亿元"
            "增长8.1%，支持各地推进公共图书馆、文化馆（站）免费开放和基层公共文化设施提档升级。其中，中央财政补助资金"
            "3.94亿元，省级财政资金1.92亿元。\n　　从资金用途看：美术馆、公共图书馆、文化馆（站）免费开放补助2.68亿元，"
            f"占资金总额的45.7%；基层综合性文化服务中心建设补助{second}；“戏曲进乡村”等公共文化活动补助0.86亿元；"
            "公共数字文化建设资金0.52亿元；县级图书馆、文化馆总分馆制建设奖补资金0.33亿元。")
    assert (status, "5.86亿元", ["2.68亿元", second, "0.86亿元", "0.52亿元", "0.33亿元"]) in totals_of(text)
    assert ("consistent", ["2.68亿元", "5.86亿元"]) in shares_of(text)


@pytest.mark.parametrize("text, inputs, rate", [
    ("全年基金支出预算5.86亿元，上半年支出2.91亿元，支出进度为49.7%。", ["2.91亿元", "5.86亿元"], "49.7%"),
    ("特區政府今年財政預算中公共房屋工程撥款57.3億澳門元，截至8月底已執行31.6億元，執行率55.1%。",
     ["31.6億元", "57.3億澳門元"], "55.1%"),
    ("赛事报名阶段共吸引6.85万名跑者报名，经抽签产生参赛选手2.5万人，中签率36.5%。", ["2.5万人", "6.85万名"], "36.5%"),
])
def test_rates_of_a_budget_spent_an_appropriation_used_and_runners_drawn(text, inputs, rate):
    assert ("ratio", "consistent", inputs, rate) in checks_of(text)


@pytest.mark.parametrize("change, status", [("526億元", "consistent"), ("562億元", "inconsistent")])
def test_a_loss_the_period_before_in_a_clause_of_its_own_then_the_change(change, status):
    text = f"台電上半年稅前虧損186億元，去年同期虧損712億元，虧損減少{change}。"
    assert ("difference", status, ["186億元", "712億元"], change) in checks_of(text)


def test_taiwans_year_on_year_fall_of_a_level_named_before():
    # (燃料成本年减: 年 is the span Taiwan's verb says, not part of the name)
    text = ("上半年營運成本及費用合計4,048億元，其中燃料成本1,926億元、購電成本948億元。燃煤平均進價較去年同期下跌8.6%，"
            "燃料成本年減4.7%（去年同期為2,021億元）。")
    assert ("growth", "consistent", ["1,926億元", "2,021億元"], "4.7%") in checks_of(text)


@pytest.mark.parametrize("carried, status", [("176万元", "consistent"), ("167万元", "inconsistent")])
def test_what_is_carried_to_next_year_is_income_less_spending(carried, status):
    text = f"政府性基金收入2,130万元，加上级补助650万元，收入合计2,780万元；支出2,604万元，结转下年{carried}。"
    assert ("difference", status, ["2,780万元", "2,604万元"], carried) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("35.7%", "consistent"), ("37.5%", "inconsistent")])
def test_a_target_then_the_amount_done_then_a_bare_completion(rate, status):
    text = f"今年县农业农村局给该行下达新增涉农贷款目标6亿元，一季度已新增2.14亿元，完成{rate}。"
    assert ("ratio", status, ["2.14亿元", "6亿元"], rate) in checks_of(text)
