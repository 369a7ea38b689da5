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


@pytest.mark.parametrize("pp, status", [("1.1", "consistent"), ("1.4", "inconsistent")])
def test_above_the_province_after_a_bracketed_base_rate(pp, status):
    # (the bracketed 1-9月 rate was read as the current one: 7.9 - 6.5 = 1.4, a false alarm)
    text = (f"全市规模以上工业增加值同比增长7.6%，增速比1-9月回落0.3个百分点（1-9月增长7.9%），"
            f"高于全省平均水平{pp}个百分点（全省增长6.5%）。")
    assert checks_of(text)[1:] == [("difference", status, ["7.6%", "6.5%"], f"{pp}个百分点")]


def test_a_part_of_a_list_is_no_whole_of_another():
    # 108.42 / 128.86 = 84.1% against 44.2% was a false alarm: both stand in one 分别 list
    text = ("国有大型商业银行、股份制商业银行、城商行和农村中小金融机构前三季度分别新增贷款312.41亿元、156.83亿元、"
            "128.86亿元和108.42亿元，国有大型商业银行新增额占全市新增贷款的44.2%。")
    assert checks_of(text) == []


@pytest.mark.parametrize("last, status", [("1180万元", "consistent"), ("1280万元", "inconsistent")])
def test_a_total_and_what_each_part_goes_to(last, status):
    text = f"全年统筹补助资金23600万元，分别用于产业发展14160万元、农村基础设施5900万元、就业帮扶2360万元、项目管理及其他{last}。"
    assert checks_of(text) == [("sum", status, ["14160万元", "5900万元", "2360万元", last], None)]


@pytest.mark.parametrize("pp, status", [("2.2", "consistent"), ("2.9", "inconsistent")])
def test_points_of_a_ratio_that_fell_to_a_level(pp, status):
    # 降至 / 升至: the one-character verbs of 由R0降至R1 (was no claim)
    text = f"资产负债率由年初的62.3%降至60.1%，下降{pp}个百分点。"
    assert checks_of(text) == [("difference", status, ["60.1%", "62.3%"], f"{pp}个百分点")]


@pytest.mark.parametrize("rate, status", [("21.8%", "consistent"), ("12.8%", "inconsistent")])
def test_the_last_edition_of_an_event_is_a_previous_value(rate, status):
    text = f"活动现场共签约12个项目、总投资185.5亿元，较上届（第5届）深圳推介会签约的152.3亿元增长{rate}。"
    assert checks_of(text) == [("growth", status, ["185.5亿元", "152.3亿元"], rate)]


@pytest.mark.parametrize("last, status", [("2,366万元", "consistent"), ("2,466万元", "inconsistent")])
def test_a_price_subsidy_is_an_amount_that_sums(last, status):
    # 价格 kept 稻谷目标价格补贴 out of every sum, as a price is (均价, 单价)
    text = (f"县财政累计拨付惠农补贴资金8,645万元，惠及农户4.3万户，其中耕地地力保护补贴5,212万元、"
            f"农机购置补贴1,067万元、稻谷目标价格补贴{last}。")
    assert checks_of(text) == [("sum", status, ["5,212万元", "1,067万元", last], None)]


def test_per_head_incomes_still_sum_to_nothing():
    text = "城镇居民人均可支配收入41280元，农村居民人均可支配收入20000元，其中工资性收入12000元。"
    assert checks_of(text) == []


def test_a_share_of_all_the_countys_spending_is_not_of_the_breakdowns_total():
    # 9.48 / 33.62 = 28.2% against 22.6% was a false alarm: 全县支出 is 41.86, not 民生支出
    text = ("1—11月，全县一般公共预算支出41.86亿元，较上年同期的39.74亿元增长5.3%。民生支出33.62亿元，"
            "占一般公共预算支出的80.3%。其中：教育支出9.48亿元，占全县支出的22.6%；社会保障和就业支出7.96亿元。")
    assert ("ratio", "consistent", ["9.48亿元", "41.86亿元"], "22.6%") in checks_of(text)


@pytest.mark.parametrize("pp, status", [("1.2", "consistent"), ("1.5", "inconsistent")])
def test_points_against_a_base_rate_in_brackets(pp, status):
    text = f"民生支出33.62亿元，占一般公共预算支出的80.3%，较上年同期（79.1%）提高{pp}个百分点。"
    assert checks_of(text) == [("difference", status, ["80.3%", "79.1%"], f"{pp}个百分点")]


def test_a_profit_margin_is_of_total_profit_not_net_profit():
    # 641.8 / 14270 = 4.5% against 6.0% was a false alarm: 净利润 ends with 利润
    text = ("全年实现营业收入1.427万亿元；利润总额862.4亿元，同比增长9.3%；净利润641.8亿元，占利润总额的74.4%。"
            "营业收入利润率为6.0%，较上年提高0.2个百分点。")
    assert ("ratio", "consistent", ["862.4亿元", "1.427万亿元"], "6.0%") in checks_of(text)
    assert checks_of("全年实现营业收入100亿元；净利润6.4亿元。营业收入利润率为6.0%。") == []


@pytest.mark.parametrize("tax, status", [("六亿四千万元", "consistent"), ("五亿四千万元", "inconsistent")])
def test_an_amount_that_opens_its_breakdown_with_zhong(tax, status):
    text = f"缓税缓费7.5亿元中，缓缴税款{tax}，缓缴社会保险费一亿一千万元。"
    if status == "consistent":
        assert checks_of(text) == [("sum", status, [tax, "一亿一千万元"], None)]
    else:  # parts that fall short of the total may be a subset of it
        assert [c[:2] for c in checks_of(text)] == [("sum", "unverifiable")]


def test_a_bid_won_for_an_amount_opens_nothing():
    assert checks_of("该公司以386.5万元中标，另一家以400万元中标，其中一家为联合体。") == []


def test_a_rate_in_chinese_numerals_keeps_its_decimals():
    article = extract("合计减税9.6亿元，较上年同期的八亿五千万元增长百分之十二点一。")
    assert [(c.status, c.explanation_en) for c in article.checks] == [
        ("inconsistent", "960000000 / 850000000 - 1 = 12.9% (reported 12.1%)")]


@pytest.mark.parametrize("rate, status", [("27.5%", "consistent"), ("28.5%", "inconsistent")])
def test_an_after_tax_net_margin(rate, status):
    text = f"晶曜單季營收248.6億元，較第二季的221.4億元季增12.3%；毛利117.6億元，毛利率47.3%；稅後淨利68.4億元，稅後淨利率{rate}。"
    assert checks_of(text)[-1] == ("ratio", status, ["68.4億元", "248.6億元"], rate)


@pytest.mark.parametrize("pp, status", [("1.4", "consistent"), ("2.4", "inconsistent")])
def test_points_against_a_quarter_named_the_taiwan_way(pp, status):
    text = f"毛利117.6億元，毛利率47.3%，較第二季的45.9%增加{pp}個百分點。"
    assert checks_of(text)[-1] == ("difference", status, ["47.3%", "45.9%"], f"{pp}個百分點")


@pytest.mark.parametrize("rate, status", [("92.3%", "consistent"), ("90.4%", "inconsistent")])
def test_a_completion_rate_after_its_whole_and_its_done_amount_in_turn(rate, status):
    # (was read from the context: it confirmed, so a wrong rate went unchecked)
    text = f"实地督查点位143个，发现问题52个，已督促整改48个，整改完成率为{rate}。"
    assert checks_of(text) == [("ratio", status, ["48个", "52个"], rate)]


@pytest.mark.parametrize("total, status", [("44个", "consistent"), ("46个", "inconsistent")])
def test_classes_by_size_from_top_to_bottom_cover_the_total(total, status):
    text = f"全年新签约项目{total}，其中10亿元以上项目6个、5亿至10亿元项目11个、5亿元以下项目27个。"
    assert checks_of(text) == [("sum", status, ["6个", "11个", "27个"], None)]


def test_classes_with_a_gap_between_them_may_leave_some_out():
    text = "全年新签约项目46个，其中10亿元以上项目6个、5亿元以下项目27个。"
    assert [c[:2] for c in checks_of(text)] == [("sum", "unverifiable")]


@pytest.mark.parametrize("rate, status", [("三十四点二", "consistent"), ("二十四点二", "inconsistent")])
def test_counts_in_chinese_numerals_with_decimals_and_a_magnitude(rate, status):
    # 二十一点六万人次 was read as 六万人次 (60000): 60000 / 10000 - 1 = 500%, a false alarm
    text = f"接待游客二十一点六万人次，比去年同期的十六点一万人次增长百分之{rate}。"
    figures = extract(text).figures
    assert [(f.text, f.value) for f in figures[:2]] == [("二十一点六万人次", 216000), ("十六点一万人次", 161000)]
    assert checks_of(text) == [("growth", status, ["二十一点六万人次", "十六点一万人次"], f"百分之{rate}")]


def test_a_whole_rate_in_chinese_numerals_is_rounded_as_written():
    # 42 / 35.6 - 1 = 17.98%, written 百分之十八: was read as exactly 18, a false alarm
    assert checks_of("营业收入四十二亿元，比前年的三十五点六亿元增长了百分之十八。") == [
        ("growth", "consistent", ["四十二亿元", "三十五点六亿元"], "百分之十八")]


@pytest.mark.parametrize("rate, status", [("二十六点六", "consistent"), ("二十八点六", "inconsistent")])
def test_a_change_is_no_actual_of_a_completion(rate, status):
    # (was 1500万 / 7亿 = 2.1%, a false alarm)
    text = f"一般公共预算收入一点八六亿元，比去年同期增加一千五百万元，增长百分之八点八，完成年度预算七亿元的百分之{rate}。"
    assert checks_of(text)[0] == ("ratio", status, ["一点八六亿元", "七亿元"], f"百分之{rate}")


@pytest.mark.parametrize("above, last, status", [("1.3", "0.9", "consistent"), ("1.0", "0.3", "inconsistent")])
def test_points_against_rates_in_brackets_keep_the_current_rate(above, last, status):
    # 5.5 - 5.9 = -0.4 against 0.9 was a false alarm: the bracketed 5.5% stood as the current rate
    text = (f"社会消费品零售总额286.45亿元，比上年的268.21亿元增长6.8%，增速高于全市平均水平（5.5%）{above}个百分点，"
            f"较上年（5.9%）提高{last}个百分点。")
    assert checks_of(text)[1:] == [("difference", status, ["6.8%", "5.5%"], f"{above}个百分点"),
                                   ("difference", status, ["6.8%", "5.9%"], f"{last}个百分点")]


def test_a_change_in_the_headline_is_no_part_of_a_share():
    # (was 14.37 / 612.8 = 2.3% against 30.4%, a false alarm)
    text = ("华屿银行澄川分行：一季度涉农贷款较年初增加14.37亿元\n"
            "截至3月末，该行涉农贷款余额186.42亿元，较年初增加14.37亿元，增长8.35%；涉农贷款占各项贷款余额612.8亿元的30.4%。")
    assert all(c[1] != "inconsistent" for c in checks_of(text))


def test_a_rate_naming_its_own_measure_after_a_list_is_no_growth_of_the_last_item():
    # (was 60.5 / 115.9 - 1 = -47.8% against 9.4%, a false alarm: 基础设施 is the second item)
    text = ("三类项目分别完成投资241.3亿元、126.8亿元和60.5亿元，产业项目投资占重点项目完成投资的56.3%；"
            "基础设施项目投资较上年的115.9亿元增长9.4%。")
    assert all(c[0] != "growth" for c in checks_of(text))
    # a measure named again after a ；is still read (the nearest figure of that name)
    text = "全县工业投资30亿元，其中技改投资12亿元；工业投资较上年的25亿元增长20%。"
    assert ("growth", "consistent", ["30亿元", "25亿元"], "20%") in checks_of(text)


@pytest.mark.parametrize("total, status", [("12368户", "consistent"), ("12468户", "inconsistent")])
def test_a_total_then_items_named_before_fenbie(total, status):
    # (was no check: 城区 and 乡镇 are no kinds of 居民) 城区 and 乡镇 make a county whole
    text = f"改造涉及居民{total}，城区、乡镇分别为8625户、3743户，惠及居民约3.6万人。"
    assert checks_of(text) == [("sum", status, ["8625户", "3743户"], None)]


def test_items_named_before_fenbie_may_be_a_subset_but_never_more():
    text = "下达学生资助资金1.26亿元，学前教育、义务教育和高中阶段分别为1800万元、4700万元和6300万元。"
    assert [c[:2] for c in checks_of(text)] == [("sum", "inconsistent")]
    text = "全省GDP5000亿元，甲市、乙市、丙市分别为1200亿元、900亿元和800亿元。"  # the first three
    assert [c[:2] for c in checks_of(text)] == [("sum", "unverifiable")]


@pytest.mark.parametrize("rate, status", [("111.9%", "consistent"), ("121.9%", "inconsistent")])
def test_a_completion_after_a_qizhong_list_is_the_totals(rate, status):
    text = f"全年新开工项目47个，其中工业项目29个、服务业项目18个，完成年度计划42个的{rate}。"
    assert checks_of(text)[0] == ("ratio", status, ["47个", "42个"], rate)


def test_the_base_periods_rate_in_brackets_is_no_growth_claim():
    # 42.6 / 46.76 - 1 = -8.9% against 13.1% was a false alarm
    text = "全年完成房地产开发投资42.6亿元，较上年的46.76亿元下降8.9%，降幅较上年（下降13.1%）收窄4.5个百分点。"
    assert checks_of(text) == [("growth", "consistent", ["42.6亿元", "46.76亿元"], "8.9%"),
                               ("difference", "inconsistent", ["8.9%", "13.1%"], "4.5个百分点")]


def test_a_value_of_one_of_a_series_is_no_total_of_the_rest():
    # (12.93 + 11.75 against 13.85 was a false alarm: three carmakers' budgets, side by side)
    text = "汽车行业中，广汽集团全年广告宣传费为19.5亿元，江铃汽车为13.85亿元，一汽轿车以及比亚迪分别为12.93亿元、11.75亿元。"
    assert checks_of(text) == []


def test_a_rise_larger_than_the_value_is_not_its_rise():
    # (was 286 / (8.39 - 286) = -103% against 6.7%, a false alarm: 8.39 is staff per 1,000 people)
    text = "全县卫生技术人员4715人，每千人口卫生技术人员8.39人，比上年增加286人，增长6.7%。"
    assert all(c[1] != "inconsistent" for c in checks_of(text))


def test_a_named_rate_reads_its_operands_in_its_paragraph_and_not_when_aimed_at():
    # 8 / 8 = 100% against 25% was a false alarm: the 8 projects were another paragraph's
    text = ("两家银行现场与8个签约项目达成意向授信共计23亿元。\n\n"
            "截至7月10日，签约项目中已开工23个。其中第二批项目开工8个，开工率25%。")
    assert all(c[1] != "inconsistent" for c in checks_of(text))
    assert checks_of("全县计划新开工项目58个，实际新开工51个，力争年内开工率超过60%。") == []


def test_last_years_completion_rate_is_no_completion_claim():
    # 完成率较上年同期的53.3% read as 完成…的53.3%: 131.5 / 236 against 53.3%, a false alarm
    text = ("全市合计完成到位市外资金131.5亿元，完成年度目标236亿元的55.7%，同比增长9.6%（上年同期120亿元），"
            "完成率较上年同期的53.3%提高2.4个百分点。")
    assert [c[:2] for c in checks_of(text)] == [("ratio", "consistent"), ("growth", "consistent")]


@pytest.mark.parametrize("total, status", [("83.52亿元", "consistent"), ("84.52亿元", "inconsistent")])
def test_farming_forestry_husbandry_and_fishery_make_the_whole(total, status):
    # 渔业 is a piece of 农林牧渔业总产值, not a part named as the whole is: the parts were only
    # read from the context
    text = (f"全年农林牧渔业总产值{total}，其中农业产值44.18亿元、林业3.06亿元、牧业25.73亿元、渔业6.91亿元、"
            "农林牧渔专业及辅助性活动3.64亿元。")
    assert [c[:2] for c in checks_of(text)] == [("sum", status)]


def test_another_periods_count_after_a_semicolon_is_no_part_nor_numerator():
    # 30 + 31 against 41 and 30 / 41 against 75.6% were false alarms: 5月当月 is another period
    text = ("全市41个工业行业大类中，有30个行业增加值同比增长，增长面达73.2%；5月当月有31个行业实现增长，"
            "增长面为75.6%，比1—5月累计高2.6个百分点。")
    assert checks_of(text) == [("ratio", "consistent", ["30个", "41个"], "73.2%")]


@pytest.mark.parametrize("rate, status", [("4.37%", "consistent"), ("4.57%", "inconsistent")])
def test_a_value_compared_with_is_the_previous_one(rate, status):
    # 与…的826305人相比: was the current value, and 36112 / (826305 - 36112) a false alarm
    text = f"全区常住人口为862417人，与2020年第七次全国人口普查的826305人相比，五年共增加36112人，增长{rate}。"
    assert checks_of(text) == [("growth", status, ["862417人", "826305人"], rate)]


def test_parts_named_as_the_whole_is_still_only_confirm():
    # (58 + 53 against 83: 53 of the 58 found work; parts named 留学生 like the whole)
    text = "该校在2018年3月共有83名外国留学生毕业，其中有58名留学生希望毕业后能留在日本工作，实际在毕业前找到就业单位的有53名。"
    assert [c[:2] for c in checks_of(text)] == [("sum", "unverifiable")]


@pytest.mark.parametrize("rate, status", [("54.1%", "consistent"), ("45.1%", "inconsistent")])
def test_a_mark_passed_is_no_current_value(rate, status):
    # 首次突破3万辆 was read as the current value: 30000 / 20480 - 1
    text = f"11月出口整车31560辆，单月出口首次突破3万辆，同比增长{rate}（上年同期为20480辆）。"
    assert checks_of(text) == [("growth", status, ["31560辆", "20480辆"], rate)]


@pytest.mark.parametrize("total, status", [("2 521個", "consistent"), ("2 430個", "inconsistent")])
def test_parts_a_total_includes(total, status):
    text = f"合共創造{total}職位，包括1 865個全職職位及656個兼職職位。"
    assert checks_of(text) == [("sum", status, ["1 865個", "656個"], None)]


@pytest.mark.parametrize("rate, status", [("45.8%", "consistent"), ("48.5%", "inconsistent")])
def test_a_share_names_its_part_by_the_start_of_its_name(rate, status):
    # (was 6.30 / 68.72, the list's last item, against 45.8%: a false alarm)
    text = ("营业收入68.72亿元，其中代建业务收入31.45亿元、土地整理开发收入18.60亿元、水务燃气等公用事业收入12.37亿元、"
            f"其他业务收入6.30亿元，代建业务占营业收入的比重为{rate}。")
    assert checks_of(text)[0] == ("ratio", status, ["31.45亿元", "68.72亿元"], rate)


@pytest.mark.parametrize("total, status", [("5729.8亿元", "consistent"), ("5829.8亿元", "inconsistent")])
def test_a_total_of_n_items_sums_the_last_n(total, status):
    # (was 6183.4 + … = 11913.2: the 其中 total read as one of the parts)
    text = (f"前10个月人民币存款增加6183.4亿元，其中住户存款增加4127.6亿元，非金融企业存款增加1215.3亿元，"
            f"财政性存款增加386.9亿元，三项合计{total}。")
    assert checks_of(text) == [("sum", status, ["4127.6亿元", "1215.3亿元", "386.9亿元"], None)]


def test_another_claims_base_is_no_current_value_across_a_semicolon():
    # (7536 / 2184 - 1 = 245.1% against -3.6% was a false alarm)
    text = ("其中積體電路產業較前一年的7,536億元成長18.4%，占全園區營業額比重達66.2%，比2024年的63.1%增加3.1個百分點；"
            "光電產業受面板需求疲軟影響，較前一年的2,184億元減少3.6%。")
    assert all(c[0] != "growth" for c in checks_of(text))


def test_staff_by_education_and_by_age_are_no_breakdown():
    # (842 + 516 against 1126 was a false alarm: two cuts of the same staff)
    text = "在岗员工1126人，其中本科及以上学历842人，占74.8%；35岁以下员工516人，占比45.8%。"
    assert all(c[1] != "inconsistent" for c in checks_of(text))


@pytest.mark.parametrize("text, expected", [
    ("银行结汇268.45亿美元，售汇247.93亿美元，结售汇顺差21.52亿美元。",
     ("inconsistent", ["268.45亿美元", "247.93亿美元"], "21.52亿美元")),
    ("股票型ETF全天成交1068亿元，较前一交易日的1132亿元缩量74亿元。", ("inconsistent", ["1068亿元", "1132亿元"], "74亿元")),
    ("股票型ETF全天成交1068亿元，较前一交易日的1132亿元缩量64亿元。", ("consistent", ["1068亿元", "1132亿元"], "64亿元")),
])
def test_a_foreign_exchange_balance_and_a_turnover_change(text, expected):
    assert checks_of(text) == [("difference", *expected)]


def test_a_per_head_subsidy_sums_to_nothing():
    text = "发放补助资金1200万元，其中人均补助资金3000元、户均补助资金8000元。"
    assert all(c[0] != "sum" for c in checks_of(text))
