"""Claims found by the batches of articles written blind in session 42 (a port, county housing,
Macau gaming, double-eleven sales; counterpart aid, tax cuts, a listed firm's third quarter, a
job fair; water works, a Hong Kong bank, elderly care, an investment fair; power, patents,
Taiwan exports, a rural bank's relief lending)."""
import pytest

from claims import checks_of, totals_of


@pytest.mark.parametrize("quarter, status", [("3,702.6億元", "consistent"), ("3,720.6億元", None)])
def test_a_list_opened_by_adding_adds_to_the_figure_before_it(quarter, status):
    text = ("聯晶公司公告9月合併營收新台幣1,286.4億元，較去年同期的新台幣944.5億元年增36.2%；"
            f"加計7月新台幣1,198.5億元、8月新台幣1,217.7億元，第三季營收合計新台幣{quarter}。")
    sums = [(s, t, p) for s, t, p in totals_of(text) if t.endswith(quarter)]
    if status:
        assert sums == [(status, f"新台幣{quarter}", ["新台幣1,286.4億元", "新台幣1,198.5億元", "新台幣1,217.7億元"])]
    # (the two months alone are some of the quarter: never short of it as an error)
    assert not any(s == "inconsistent" for s, _, _ in sums)


@pytest.mark.parametrize("both, status", [("375.9億美元", "consistent"), ("357.9億美元", None)])
def test_a_sibling_after_a_semicolon_is_no_part_of_the_total_before_it(both, status):
    text = ("電子零組件出口224.7億美元，年增38.6%，其中積體電路出口198.3億美元，年增41.2%；"
            f"資通與視聽產品出口151.2億美元，年增52.4%，兩大主力貨類合計{both}。")
    sums = totals_of(text)
    if status:
        assert (status, both, ["224.7億美元", "151.2億美元"]) in sums
        assert not any(t == "224.7億美元" and "151.2億美元" in p for _, t, p in sums)
    else:  # nothing adds up to the later figure: the list is read as it stands
        assert not any(t == both for _, t, _ in sums)


def test_taxpayers_by_ownership_and_by_size_overlap():
    text = ("上半年，全省新增减税降费及退税缓费486.3亿元。分经营主体看，民营经济纳税人受益371.5亿元，"
            "占比76.4%；小微企业和个体工商户受益146.8亿元。")
    assert ("unverifiable", "486.3亿元", ["371.5亿元", "146.8亿元"]) in totals_of(text)


@pytest.mark.parametrize("rate, status", [("32.4%", "consistent"), ("34.2%", "inconsistent")])
def test_a_rate_named_by_a_part_of_the_list_before_it(rate, status):
    text = f"全县特困供养人员2,153人，其中集中供养698人、分散供养1,455人，集中供养率为{rate}。"
    assert ("ratio", status, ["698人", "2,153人"], rate) in checks_of(text)


@pytest.mark.parametrize("first, status", [("10个", "consistent"), ("11个", "inconsistent")])
def test_a_second_classification_breaks_down_the_whole_not_a_class_tied_before_it(first, status):
    text = ("现场集中签约项目32个，总投资286.4亿元。\n"
            "分产业看，先进制造业项目16个、投资172.6亿元，现代服务业项目9个、投资68.3亿元，"
            "数字经济项目4个、投资31.2亿元，现代农业项目3个、投资14.3亿元。投资超10亿元的项目12个，"
            f"合计投资214.7亿元。从项目来源地看，来自珠三角地区的项目{first}，长三角地区8个，海西地区7个，境外7个。")
    assert (status, "32个", [first, "8个", "7个", "7个"]) in totals_of(text)
    assert not any(t == "12个" for _, t, _ in totals_of(text))


def test_a_place_word_left_after_its_region_names_no_counted_noun():
    from extractor import extract

    counts = {f.text: f.of for f in extract("来自珠三角地区的项目10个，长三角地区8个，海西地区7个。").figures}
    assert counts["8个"] is None and counts["7个"] is None


def test_a_time_after_a_count_is_no_noun_of_it():
    from extractor import extract

    counts = {f.text: f.of for f in extract("体育总局、教育部等七部门今年1月联合印发通知。").figures}
    assert counts["七部门"] is None


@pytest.mark.parametrize("rate, status", [("86.4%", "consistent"), ("84.6%", "inconsistent")])
def test_a_completion_of_a_forecast_whose_maker_comes_first(rate, status):
    text = f"首十個月累計博彩毛收入2,074.3億元，已達特區政府財政預算全年預估2,400億元的{rate}。"
    assert ("ratio", status, ["2,074.3億元", "2,400億元"], rate) in checks_of(text)


def test_amounts_named_by_their_act_and_e():
    text = "全年归集住房公积金9.84亿元，同比增长5.6%。提取住房公积金7.26亿元，同比增长8.1%，提取额占归集额的73.8%。"
    assert ("ratio", "consistent", ["7.26亿元", "9.84亿元"], "73.8%") in checks_of(text)


def test_a_head_count_named_by_the_act_said_before_its_figure():
    text = "当天现场签约1085人，比上年的892人增长21.6%。签约人员中高校毕业生712人，占签约人数的65.6%。"
    assert ("ratio", "consistent", ["712人", "1085人"], "65.6%") in checks_of(text)


@pytest.mark.parametrize("base, status", [("2.9%", "consistent"), ("3.9%", "inconsistent")])
def test_the_nations_rate_in_brackets_is_the_base_of_the_points_not_a_growth(base, status):
    text = f"全省进出口总值4,862.7亿元，比上年同期的4,527.6亿元增长7.4%，增速高于全国4.5个百分点（全国增长{base}）。"
    checks = checks_of(text)
    assert ("difference", status, ["7.4%", base], "4.5个百分点") in checks
    assert not any(c[0] == "growth" and c[3] == base for c in checks)


def test_the_nations_rate_named_by_its_own_name():
    text = "国家自然科学基金资助率23.1%，高于全国平均水平4.6个百分点（全国平均资助率为18.5%）。"
    assert ("difference", "consistent", ["23.1%", "18.5%"], "4.6个百分点") in checks_of(text)


def test_a_total_of_two_named_members_is_one_more_part():
    text = "以子公司来看，银行税后盈余31.6亿元，人寿15.2亿元，证券4.1亿元，投信及创投合计1.9亿元。"
    assert not any(t == "1.9亿元" for _, t, _ in totals_of(text))
    # (the members named are the parts before it: a total over them)
    text = "全年工业投资52亿元，服务业投资38亿元，工业和服务业合计90亿元。"
    assert ("consistent", "90亿元", ["52亿元", "38亿元"]) in totals_of(text)


@pytest.mark.parametrize("balance, status", [("0.87亿元", "consistent"), ("0.78亿元", "inconsistent")])
def test_a_balance_of_the_income_not_of_its_last_part(balance, status):
    text = (f"基金收入3.58亿元，其中个人缴费1.12亿元、财政补贴2.16亿元、利息收入0.30亿元；基金支出2.71亿元，"
            f"当期结余{balance}。")
    assert ("difference", status, ["3.58亿元", "2.71亿元"], balance) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("117.2%", "consistent"), ("112.7%", "inconsistent")])
def test_a_target_then_the_area_s_actual_then_the_rate(rate, status):
    text = f"市里下达我县的年度新增参保目标任务为5000人，全县实际新增参保5860人，完成率{rate}。"
    assert ("ratio", status, ["5860人", "5000人"], rate) in checks_of(text)


def test_the_same_period_last_year_is_no_whole_of_this_years_rate():
    text = ("园区今年累计签约项目68个，协议总投资312.7亿元；上年同期累计签约项目57个、总投资265.4亿元。"
            "累计开工项目41个，开工率60.3%。")
    assert ("ratio", "consistent", ["41个", "68个"], "60.3%") in checks_of(text)


@pytest.mark.parametrize("base, status", [("3.8%", "consistent"), ("4.8%", "inconsistent")])
def test_points_above_the_area_compare_the_growth_not_the_completion_after_it(base, status):
    text = (f"全市实际使用外资4.86亿美元，同比增长12.5%（上年同期为4.32亿美元），完成年度目标6亿美元的81.0%，"
            f"增速高于全省8.7个百分点（全省增长{base}）。")
    assert ("difference", status, ["12.5%", base], "8.7个百分点") in checks_of(text)


@pytest.mark.parametrize("share, status", [("77.2%", "consistent"), ("72.7%", "inconsistent")])
def test_a_subject_is_not_its_opposite_named_after_it(share, status):
    text = (f"8月訪港旅客共412.65萬人次，按年增加13.4%；其中內地旅客318.42萬人次，非內地旅客94.23萬人次，"
            f"內地旅客佔總數的{share}。")
    assert ("ratio", status, ["318.42萬人次", "412.65萬人次"], share) in checks_of(text)


def test_a_few_kinds_of_retailer_are_not_all_of_the_sales():
    text = ("首8個月零售業總銷貨價值為2,461.3億港元。按零售商類別分析，珠寶首飾的銷貨價值為39.8億港元；"
            "超級市場貨品為44.5億港元；百貨公司貨品為31.6億港元。")
    assert not any(s == "inconsistent" for s, _, _ in totals_of(text))


def test_paired_parts_of_another_measure_than_the_total_beside_them():
    text = ("全市共安排重点项目315个，总投资2846.5亿元。1-6月重点项目累计完成投资347.82亿元，完成年度计划的56.8%。\n"
            "分行业看，工业项目118个，完成投资151.36亿元；基础设施项目86个，完成投资98.47亿元；"
            "社会事业项目64个，完成投资53.21亿元；城建及房地产项目47个，完成投资44.78亿元。")
    sums = totals_of(text)
    assert ("consistent", "347.82亿元", ["151.36亿元", "98.47亿元", "53.21亿元", "44.78亿元"]) in sums
    assert not any(t == "2846.5亿元" for _, t, _ in sums)
