"""Claims found by the articles written blind on prepared food, the low-altitude economy, hydrogen,
the silver economy, trade-in subsidies, car subsidies, ice and snow tourism, conventions, herbs,
forest farming, the marine economy, brands, Hong Kong's talent schemes, aid to Macau's small firms,
Taiwan's retail and funeral reform."""
import pytest
from claims import assert_rate, checks_of, shares_of, totals_of

from extractor import extract


def test_a_completion_names_its_actual_by_the_money_or_the_people_of_it():
    # 补贴资金 is the money of the 补贴 stated before, 培训人次 the attendances of the 培训
    text = ("今年上半年，全市共发放职业技能提升类补贴1.36亿元，开展补贴性职业技能培训9.82万人次，同比分别增长18.3%和12.6%，"
            "上年同期分别为1.15亿元和8.72万人次。其中，补贴资金完成全年计划2.5亿元的{}；"
            "培训人次完成年度目标任务16万人次的61.4%。")
    assert ("ratio", "consistent", ["1.36亿元", "2.5亿元"], "54.4%") in checks_of(text.format("54.4%"))
    assert ("ratio", "consistent", ["9.82万人次", "16万人次"], "61.4%") in checks_of(text.format("54.4%"))
    # (read from the sentence before, the actual only confirms the rate)
    assert all(status != "inconsistent" for _, status, _, _ in checks_of(text.format("45.4%")))


def test_a_year_target_named_by_the_work_is_met_by_the_count_of_that_work():
    text = ("2024年全市新开工改造城镇老旧小区186个，涉及楼栋893栋、居民2.47万户；"
            "省下达的年度改造任务为170个，完成率109.4%。")
    assert ("ratio", "consistent", ["186个", "170个"], "109.4%") in checks_of(text)


def test_a_rate_counted_by_amount_is_still_the_rate_of_its_name():
    text = ("2024年度全市共发放科技创新券1,650张，面额合计2.1亿元；实际兑付1,312张，兑付金额1.38亿元，"
            "比上年的1.05亿元增长31.4%，按金额计算兑付率为{}。")
    assert ("ratio", "consistent", ["1.38亿元", "2.1亿元"], "65.7%") in checks_of(text.format("65.7%"))
    assert ("ratio", "inconsistent", ["1.38亿元", "2.1亿元"], "56.7%") in checks_of(text.format("56.7%"))


def test_a_firms_research_intensity_is_over_its_revenue():
    text = ("全年市属国有企业实现营业总收入865.3亿元，同比增长9.2%。全年研发经费投入18.37亿元，同比增长21.5%，"
            "研发投入强度（占营业总收入比重）为{}，比上年提高0.19个百分点。")
    assert ("ratio", "consistent", ["18.37亿元", "865.3亿元"], "2.12%") in checks_of(text.format("2.12%"))
    assert ("ratio", "inconsistent", ["18.37亿元", "865.3亿元"], "2.21%") in checks_of(text.format("2.21%"))


def test_one_firms_revenue_in_a_paragraph_before_is_no_districts_research_base():
    text = ("龙头企业华芯微电子（澄江）有限公司营业收入达到112.6亿元。\n"
            "全区研发经费投入58.3亿元，研发投入强度6.8%，比上年提高0.4个百分点。")
    assert [c for c in checks_of(text) if c[3] == "6.8%"] == []


@pytest.mark.parametrize("text, inputs, rate", [
    ("展会期间，贸促局共安排商业配对洽谈1,860场次，达成合作意向612项，意向达成率{}。",
     ["612项", "1,860场次"], ("32.9%", "23.9%")),
    ("今年1至9月共接获援助计划申请1,286宗，经审批后批出1,104宗，批出率为{}。",
     ["1,104宗", "1,286宗"], ("85.8%", "58.8%")),
    ("今年首三季，入境事務處共接獲人才計劃申請158,400宗，獲批126,300宗，獲批率為{}。",
     ["126,300宗", "158,400宗"], ("79.7%", "97.7%")),
    ("市财政安排冰雪消费补贴资金5000万元，发放滑雪券、冰雪景区门票券共计42.8万张，核销35.6万张，核销率{}。",
     ["35.6万张", "42.8万张"], ("83.2%", "82.3%")),
])
def test_rates_known_by_name(text, inputs, rate):
    assert_rate(text, inputs, rate)


def test_a_growth_of_the_number_counted_is_of_the_count_before():
    # 獲批宗數: the number of applications approved, 獲批126,300宗
    text = "入境事務處共接獲人才計劃申請158,400宗，獲批126,300宗；獲批宗數較去年同期的108,900宗增加{}。"
    assert ("growth", "consistent", ["126,300宗", "108,900宗"], "16.0%") in checks_of(text.format("16.0%"))
    assert ("growth", "inconsistent", ["126,300宗", "108,900宗"], "61.0%") in checks_of(text.format("61.0%"))


def test_a_share_of_a_whole_named_as_no_figure_is_of_the_total_its_breakdown_opened_on():
    text = "香港老年學會早前訪問了1,052名長者，其中668名表示願意為康復用品增加開支，佔受訪者的{}。"
    assert shares_of(text.format("63.5%")) == [("consistent", ["668名", "1,052名"])]
    # (read so, it confirms the rate and never refutes it)
    assert ("inconsistent", ["668名", "1,052名"]) not in shares_of(text.format("36.5%"))


def test_a_macau_report_in_simplified_script_writes_the_pataca_as_yuan():
    text = ("澳门特区政府经济及科技发展局15日公布，批出援助金额合计3.86亿澳门元。"
            "按行业划分，批发及零售业获批1.34亿元；餐饮业9,860万元；建筑及装修业5,240万元；其他行业合共1.01亿元。")
    assert {f.currency for f in extract(text).figures if f.kind == "money"} == {"MOP"}
    assert totals_of(text) == [("consistent", "3.86亿澳门元", ["1.34亿元", "9,860万元", "5,240万元", "1.01亿元"])]
    # (a Zhuhai report that names Macau's government keeps its yuan)
    zhuhai = "珠海横琴引进澳门特区政府推荐项目投资5亿澳门元。全区实现地区生产总值450亿元。"
    assert [f.currency for f in extract(zhuhai).figures if f.kind == "money"] == ["MOP", "CNY"]


def test_taiwans_yi_opens_a_classification_that_is_all_of_its_total():
    text = ("全縣海洋產業總產值達新台幣412.6億元，較前一年的386.3億元成長6.8%。依產業別區分，遠洋及近海漁業產值168.4億元，"
            "水產養殖業{}億元，水產加工及冷鏈物流83.2億元，海洋觀光遊憩63.5億元。其中漁業占總產值比重為40.8%。")
    parts = ["168.4億元", "83.2億元", "63.5億元"]
    assert totals_of(text.format("97.5")) == [("consistent", "新台幣412.6億元", parts[:1] + ["97.5億元"] + parts[1:])]
    assert totals_of(text.format("79.5")) == [("inconsistent", "新台幣412.6億元", parts[:1] + ["79.5億元"] + parts[1:])]
    # 漁業 is the kind of 遠洋及近海漁業產值, right before the whole's measure
    assert ("consistent", ["168.4億元", "新台幣412.6億元"]) in shares_of(text.format("97.5"))


@pytest.mark.parametrize("text, inputs", [
    ("勞保費率則自今年起由12%調升至{}，增加0.5個百分點。", ["12.5%", "12%"]),
    ("存款准备金率由7%下调至{}，下调0.5个百分点。", ["6.5%", "7%"]),
])
def test_a_rate_set_anew_is_raised_or_lowered_by_its_points(text, inputs):
    current, base = inputs
    assert ("difference", "consistent", inputs, "0.5個百分點" if "個" in text else "0.5个百分点") \
        in checks_of(text.format(current))
    # (12% may be anything from 11.5% to 12.5%: the wrong rate is a whole point off)
    wrong = "13.5%" if current == "12.5%" else "5.5%"
    assert ("difference", "inconsistent", [wrong, base], "0.5個百分點" if "個" in text else "0.5个百分点") \
        in checks_of(text.format(wrong))


def test_a_price_set_off_its_benchmark_falls_by_its_rate():
    text = "中长期交易成交均价为每千瓦时0.4126元，较燃煤发电基准价0.4143元下浮{}。"
    assert ("growth", "consistent", ["0.4126元", "0.4143元"], "0.41%") in checks_of(text.format("0.41%"))
    assert ("growth", "inconsistent", ["0.4126元", "0.4143元"], "0.14%") in checks_of(text.format("0.14%"))


@pytest.mark.parametrize("text, current, base, gap", [
    ("其人均消費7,860港元，比一般過夜旅客的5,930港元高出{}。", "7,860港元", "5,930港元", ("1,930港元", "1,390港元")),
    ("人均消费5930元，比会展旅客的7860元低{}。", "5930元", "7860元", ("1930元", "1390元")),
])
def test_how_much_higher_or_lower_one_amount_is_than_another(text, current, base, gap):
    right, wrong = gap
    assert ("difference", "consistent", [current, base], right) in checks_of(text.format(right))
    assert ("difference", "inconsistent", [current, base], wrong) in checks_of(text.format(wrong))


def test_what_was_added_to_a_balance_since_its_opening_is_the_level_less_the_base():
    text = "该行各项存款余额1,052.3亿元，较年初的960.1亿元增长9.6%，新增存款{}，完成全年新增存款目标110亿元的83.8%。"
    assert ("difference", "consistent", ["1,052.3亿元", "960.1亿元"], "92.2亿元") in checks_of(text.format("92.2亿元"))
    assert ("difference", "inconsistent", ["1,052.3亿元", "960.1亿元"], "82.2亿元") in checks_of(text.format("82.2亿元"))


def test_what_was_added_to_a_count_held_only_confirms_the_level_less_the_base():
    # (marks registered may lapse too: what was added need not be the net rise)
    text = "全市有效注册商标达18.63万件，比上年末的16.92万件增长10.1%；全年新增有效注册商标{}。"
    assert ("difference", "consistent", ["18.63万件", "16.92万件"], "1.71万件") in checks_of(text.format("1.71万件"))
    assert all(status != "inconsistent" for _, status, _, _ in checks_of(text.format("1.93万件")))


@pytest.mark.parametrize("text, inputs", [
    ("全县23个国控、省控断面中，22个水质达到或优于Ⅲ类，优良比例为{}。", ["22个", "23个"]),
    ("全省248个高速公路服务区中已有241个建成充电设施，覆盖率为{}。", ["241个", "248个"]),
    ("截至9月末，全县6.15万户农户中已完成建档评级5.62万户，建档覆盖率{}。", ["5.62万户", "6.15万户"]),
])
def test_a_rate_after_a_part_its_whole_frames_is_the_part_over_the_whole(text, inputs):
    part, whole = (float(x.rstrip("个万户")) for x in inputs)
    right = f"{100 * part / whole:.1f}%"
    assert ("ratio", "consistent", inputs, right) in checks_of(text.format(right))
    assert ("ratio", "inconsistent", inputs, "90.0%") in checks_of(text.format("90.0%"))


def test_a_rate_after_a_part_of_a_breakdown_is_no_framed_rate():
    # (其中 opens the parts of a total: the rate is no share of it by its frame)
    text = "全县企业中，新开工项目58个，其中工业项目31个，增长率为12.4%。"
    assert [c for c in checks_of(text) if c[3] == "12.4%"] == []


@pytest.mark.parametrize("text, inputs, rate", [
    ("累计排查整治河湖“四乱”问题1342个，整改销号1318个，销号率{}。", ["1318个", "1342个"], ("98.2%", "89.2%")),
    ("累计向信用户授信58.6亿元，用信31.2亿元，用信率{}。", ["31.2亿元", "58.6亿元"], ("53.2%", "35.2%")),
])
def test_more_rates_known_by_name(text, inputs, rate):
    assert_rate(text, inputs, rate)


def test_a_paragraph_about_a_part_breaks_that_part_down_and_claims_of_it():
    # 油茶产业综合产值: the part 油茶产业, named with the measure of the total its 其中 listed it under
    text = ("1-10月，全县油料产业综合产值67.52亿元，其中油茶产业61.8亿元、油菜产业5.72亿元。\n"
            "油茶产业综合产值同比增长13.4%，上年同期为54.5亿元，完成年度目标65亿元的95.1%。"
            "分环节看，种植环节产值18.6亿元，精深加工环节产值29.4亿元，文旅康养等融合业态产值{}亿元。")
    checks = checks_of(text.format("13.8"))
    assert ("growth", "consistent", ["61.8亿元", "54.5亿元"], "13.4%") in checks
    assert ("ratio", "consistent", ["61.8亿元", "65亿元"], "95.1%") in checks
    assert ("consistent", "61.8亿元", ["18.6亿元", "29.4亿元", "13.8亿元"]) in totals_of(text.format("13.8"))
    # (a mistyped part is no claim about the whole of both crops)
    assert all(total != "67.52亿元" or status != "inconsistent" for status, total, _ in totals_of(text.format("12.8")))


def test_the_classes_a_classification_names_by_its_opener_are_all_of_the_total():
    # 分学段看 names each stage once: a mistyped part shows, though every part counts 学位 as the total does
    text = ("全县新增公办学位6480个，完成市政府下达目标任务6000个的108.0%。分学段看，新增学前教育学位1260个、"
            "小学学位2700个、初中学位{}个、普通高中学位720个。")
    parts = ["1260个", "2700个"]
    assert totals_of(text.format(1800)) == [("consistent", "6480个", parts + ["1800个", "720个"])]
    assert totals_of(text.format(1880)) == [("inconsistent", "6480个", parts + ["1880个", "720个"])]


def test_the_kinds_a_look_at_the_structure_names_may_overlap():
    # 从客源结构看 names kinds of visitors, not classes: overnight visitors may come from outside the county
    text = ("全县累计接待游客86.27万人次，按可比口径较上年的71.45万人次增长20.7%。从客源结构看，过夜游客31.84万人次，"
            "占游客总数的36.9%；县外游客58.6万人次，占比67.9%；接待入境游客3,260人次。")
    assert all(status != "inconsistent" for status, _, _ in totals_of(text))


def test_a_count_of_places_summed_into_one_part_is_no_total_of_the_list():
    text = ("全市共成交新建商品住宅33816套。分区域看，主城三区成交21468套，占全市的63.5%；临溪新区成交7952套；"
            "四县（市）合计成交{}套。")
    assert totals_of(text.format(4396)) == [("consistent", "33816套", ["21468套", "7952套", "4396套"])]
    assert totals_of(text.format(4936)) == [("inconsistent", "33816套", ["21468套", "7952套", "4936套"])]


def test_a_premium_over_the_starting_prices_is_a_change_and_a_growth():
    text = ("全市公开出让采矿权21宗，成交总价款32.6亿元，较起始价总额21.85亿元溢价{}，平均溢价率{}，"
            "已完成年度出让收入目标30亿元的108.7%。")
    checks = checks_of(text.format("10.75亿元", "49.2%"))
    assert ("difference", "consistent", ["32.6亿元", "21.85亿元"], "10.75亿元") in checks
    assert ("growth", "consistent", ["32.6亿元", "21.85亿元"], "49.2%") in checks
    # (the base a premium is added to is no amount done)
    assert ("ratio", "consistent", ["32.6亿元", "30亿元"], "108.7%") in checks
    checks = checks_of(text.format("11.75亿元", "42.9%"))
    assert ("difference", "inconsistent", ["32.6亿元", "21.85亿元"], "11.75亿元") in checks
    assert ("growth", "inconsistent", ["32.6亿元", "21.85亿元"], "42.9%") in checks


@pytest.mark.parametrize("text, inputs, rate", [
    ("县卫生健康局全年抽检农村供水工程水样1260份，其中合格水样1223份，水质合格率为{}。", ["1223份", "1260份"], ("97.1%", "91.7%")),
    ("本次年检全市应参检社会组织1,286家，实际参检1,217家，参检率{}。", ["1,217家", "1,286家"], ("94.6%", "96.4%")),
])
def test_rates_known_by_name_whatever_they_test(text, inputs, rate):
    assert_rate(text, inputs, rate)


def test_a_classification_whose_first_part_names_a_figure_breaks_that_figure_down():
    # 参检的社会团体: of the 1,217 inspected, not of the 1,286 due, though the rate puts the one over the other
    text = ("本次年检全市应参检社会组织1,286家，实际参检1,217家，参检率94.6%。分类型看，参检的社会团体{}家、"
            "社会服务机构703家、基金会28家。")
    assert totals_of(text.format(486)) == [("consistent", "1,217家", ["486家", "703家", "28家"])]
    assert totals_of(text.format(468)) == [("inconsistent", "1,217家", ["468家", "703家", "28家"])]


def test_kinds_enumerated_just_short_of_their_total_are_all_of_it():
    # 价格项目 counts items whose prices were set: items add up
    text = "共涉及医疗服务价格项目1,268项，其中上调价格项目843项、下调价格项目{}项、新增项目128项。"
    assert totals_of(text.format(297)) == [("consistent", "1,268项", ["843项", "297项", "128项"])]
    assert totals_of(text.format(279)) == [("inconsistent", "1,268项", ["843项", "279项", "128项"])]


@pytest.mark.parametrize("text, current, base, wrong, points", [
    ("首批進駐的初創企業三年存活率為58.3%，高於全澳平均水平（{}）3.7個百分點。", "58.3%", "54.6%", "50.6%", "3.7個百分點"),
    ("同比增长6.2%，增速比上半年加快0.4个百分点（上半年为5.8%），比全市平均水平高0.9个百分点，全市同期增速为{}。",
     "6.2%", "5.3%", "4.3%", "0.9个百分点"),
])
def test_a_rate_above_the_wider_areas(text, current, base, wrong, points):
    assert ("difference", "consistent", [current, base], points) in checks_of(text.format(base))
    assert ("difference", "inconsistent", [current, wrong], points) in checks_of(text.format(wrong))


def test_a_pass_rate_counts_those_passed_not_those_barely_passed():
    text = ("本次年检实际参检1,217家。从年检结论看，合格{}家，基本合格58家，不合格32家，合格率92.6%。")
    assert ("ratio", "consistent", ["1,127家", "1,217家"], "92.6%") in checks_of(text.format("1,127"))
    assert ("ratio", "inconsistent", ["1,172家", "1,217家"], "92.6%") in checks_of(text.format("1,172"))


def test_an_expected_target_is_completed_like_any_other():
    text = "实现国内旅游收入38.72亿元，上年同期为35.33亿元，增长9.6%，为假日旅游收入预期目标35亿元的{}。"
    assert ("ratio", "consistent", ["38.72亿元", "35亿元"], "110.6%") in checks_of(text.format("110.6%"))
    assert ("ratio", "inconsistent", ["38.72亿元", "35亿元"], "116.0%") in checks_of(text.format("116.0%"))


def test_a_balances_growth_since_the_year_began_is_of_the_balance_stated_before():
    text = ("其中普惠小微贷款余额612.48亿元，占各项贷款余额的17.6%，同比增长18.7%。"
            "普惠小微贷款较年初新增71.35亿元，增长{}，完成全年新增目标90亿元的79.3%。")
    assert ("growth", "consistent", ["612.48亿元", "71.35亿元"], "13.2%") in checks_of(text.format("13.2%"))
    assert ("growth", "inconsistent", ["612.48亿元", "71.35亿元"], "12.3%") in checks_of(text.format("12.3%"))


@pytest.mark.parametrize("text, inputs, rate", [
    ("上半年全市共受理企业开办业务5,104件，其中全程网办4,930件，全程网办率{}。", ["4,930件", "5,104件"], ("96.6%", "69.6%")),
    ("全市办理审批事项1,386件，其中立项阶段412件、许可阶段974件；按时办结1,379件，按时办结率{}。",
     ["1,379件", "1,386件"], ("99.5%", "95.9%")),
    ("房屋局共收到申請表1,874份，經審核合資格1,523份，合資格率為{}。", ["1,523份", "1,874份"], ("81.3%", "83.1%")),
    ("经抽签产生参赛选手2.5万人。比赛当日完赛人数2.38万人，完赛率{}。", ["2.38万人", "2.5万人"], ("95.2%", "92.5%")),
])
def test_rates_of_what_was_done_on_time_online_or_at_all(text, inputs, rate):
    assert_rate(text, inputs, rate)


@pytest.mark.parametrize("text, inputs, saved", [
    ("采购预算金额20.09亿元，实际采购金额18.62亿元，节约资金{}，资金节约率7.3%。", ["20.09亿元", "18.62亿元"], ("1.47亿元", "1.74亿元")),
    ("政府收入为3,286.4億港元，開支為4,512.7億港元，綜合赤字為{}。", ["4,512.7億港元", "3,286.4億港元"],
     ("1,226.3億港元", "1,262.3億港元")),
])
def test_money_saved_and_a_deficit_are_what_one_side_leaves_of_the_other(text, inputs, saved):
    right, wrong = saved
    assert ("difference", "consistent", inputs, right) in checks_of(text.format(right))
    assert ("difference", "inconsistent", inputs, wrong) in checks_of(text.format(wrong))


def test_the_money_saved_is_still_the_rate_of_savings_numerator():
    text = "采购预算金额2.35亿元，实际成交金额2.18亿元，节约资金1700万元，资金节约率{}。"
    assert ("ratio", "consistent", ["1700万元", "2.35亿元"], "7.2%") in checks_of(text.format("7.2%"))
    assert ("ratio", "inconsistent", ["1700万元", "2.35亿元"], "2.7%") in checks_of(text.format("2.7%"))


@pytest.mark.parametrize("text, inputs, rate", [
    ("18家企业中，15家实现盈利，盈利面为{}；亏损企业3家。", ["15家", "18家"], ("83.3%", "88.3%")),
    ("市、区两级财政共计投入资金1.2亿元，实际核销1.126亿元，核销率{}。", ["1.126亿元", "1.2亿元"], ("93.8%", "98.3%")),
])
def test_a_share_of_firms_in_profit_and_of_vouchers_spent(text, inputs, rate):
    assert_rate(text, inputs, rate)


def test_a_cut_by_size_names_every_firm():
    # 按企业规模划分: 企业 is an open set, but cut by size every firm is small, medium or large
    text = ("全县累计为1326户纳税人办理增值税留抵退税9.68亿元。按企业规模划分，小微企业{}户、中型企业186户、"
            "大型企业41户。")
    assert totals_of(text.format(1099)) == [("consistent", "1326户", ["1099户", "186户", "41户"])]
    assert totals_of(text.format(1089)) == [("inconsistent", "1326户", ["1089户", "186户", "41户"])]


@pytest.mark.parametrize("text, inputs, rate", [
    ("全市3岁以下婴幼儿14.62万人，实际入托1.52万人，入托率为{}。", ["1.52万人", "14.62万人"], ("10.4%", "14.0%")),
    ("全市提供托位2.38万个。实际入托1.52万人，托位使用率为{}。", ["1.52万人", "2.38万个"], ("63.9%", "69.3%")),
    ("市财政局今年安排跨境电商专项扶持资金5000万元，已兑现3260万元，兑现率{}。", ["3260万元", "5000万元"], ("65.2%", "62.5%")),
    ("本月調查廠商3,128家，回收有效樣本2,654家，回收率{}。", ["2,654家", "3,128家"], ("84.8%", "88.4%")),
    ("发放文化惠民消费券，面额合计1500万元，实际核销1263万元，核销率{}。", ["1263万元", "1500万元"], ("84.2%", "82.4%")),
])
def test_rates_of_childcare_funds_surveys_and_vouchers(text, inputs, rate):
    assert_rate(text, inputs, rate)


def test_the_amount_of_a_part_named_again_grows_from_the_year_before():
    text = "全市跨境电商进出口186.4亿元，其中出口152.7亿元、进口33.7亿元。出口额较上年同期的123.5亿元增长{}。"
    assert ("growth", "consistent", ["152.7亿元", "123.5亿元"], "23.6%") in checks_of(text.format("23.6%"))
    assert ("growth", "inconsistent", ["152.7亿元", "123.5亿元"], "32.6%") in checks_of(text.format("32.6%"))


def test_taiwans_monthly_figure_grows_from_the_same_month_a_year_before():
    text = ("從業別觀察，綜合商品零售業營業額1,186億元，其中百貨公司302億元、超級市場278億元、便利商店358億元。"
            "便利商店較去年同月的326.6億元年增{}，主因鮮食暢旺。")
    assert ("growth", "consistent", ["358億元", "326.6億元"], "9.6%") in checks_of(text.format("9.6%"))
    assert ("growth", "inconsistent", ["358億元", "326.6億元"], "6.9%") in checks_of(text.format("6.9%"))


def test_a_rate_two_years_before_is_a_base_of_points():
    text = "受訪住戶中有68%表示已恆常分類回收，較兩年前提高{}（兩年前為57%）。"
    assert ("difference", "consistent", ["68%", "57%"], "11個百分點") in checks_of(text.format("11個百分點"))
    assert ("difference", "inconsistent", ["68%", "57%"], "13個百分點") in checks_of(text.format("13個百分點"))


@pytest.mark.parametrize("text, total, parts", [
    ("2025年第二季度本地生產總值為1,048.6億澳門元。上半年本地生產總值累計2,136.4億元，其中第一季度1,087.8億元、第二季度{}億元。",
     "2,136.4億元", ["1,087.8億元"]),
    ("前三季度，该行实现营业收入24.36亿元；实现净利润7.42亿元，同比增长6.3%。分季度看，一至三季度分别实现净利润2.33亿元、"
     "2.48亿元和{}亿元。", "7.42亿元", ["2.33亿元", "2.48亿元"]),
])
def test_the_quarters_of_a_running_total_add_up_to_it(text, total, parts):
    right, wrong = ("1,048.6", "1,084.6") if "億" in text else ("2.61", "2.16")
    unit = "億元" if "億" in text else "亿元"
    assert ("consistent", total, parts + [right + unit]) in totals_of(text.format(right))
    assert ("inconsistent", total, parts + [wrong + unit]) in totals_of(text.format(wrong))


def test_a_comma_item_that_completes_the_list_makes_the_enumeration_no_claim_to_be_all():
    text = ("全区已建成老年助餐服务点214个，完成年度目标200个的107.0%。其中，社区长者食堂46个、农村幸福食堂97个、"
            "嵌入式助餐点52个，依托餐饮企业设立的助餐点19个。")
    assert all(status != "inconsistent" for status, _, _ in totals_of(text))


def test_last_years_share_in_brackets_is_no_share_of_this_years_figures():
    text = ("第三产业1.47亿美元。其中，高技术产业实际使用外资1.35亿美元，占全市实际使用外资的35.0%，"
            "比上年同期提高4.6个百分点（上年同期占比为30.4%）。")
    assert [c for c in checks_of(text) if c[3] == "30.4%"] == []
    assert ("difference", "consistent", ["35.0%", "30.4%"], "4.6个百分点") in checks_of(text)


@pytest.mark.parametrize("text, inputs, rate", [
    ("省财政安排最低收购价小麦收储费用补贴1.36亿元，目前已拨付1.12亿元，拨付进度为{}。", ["1.12亿元", "1.36亿元"], ("82.4%", "84.2%")),
    ("觀光署今年編列獎勵預算新台幣15億元，截至10月底已核撥9.36億元，執行率{}。", ["9.36億元", "新台幣15億元"], ("62.4%", "68.2%")),
    ("全市31个制造业行业大类中有24个实现增长，增长面为{}。", ["24个", "31个"], ("77.4%", "74.7%")),
])
def test_rates_of_subsidies_paid_budgets_granted_and_industries_growing(text, inputs, rate):
    assert_rate(text, inputs, rate)


def test_a_funds_net_income_after_its_income_and_spending():
    text = "增值收益：全年业务收入7.12亿元，业务支出3.68亿元，增值收益{}，增值收益率1.49%。"
    assert ("difference", "consistent", ["7.12亿元", "3.68亿元"], "3.44亿元") in checks_of(text.format("3.44亿元"))
    assert ("difference", "inconsistent", ["7.12亿元", "3.68亿元"], "3.34亿元") in checks_of(text.format("3.34亿元"))


def test_a_classification_by_a_measures_structure_breaks_down_all_of_that_measure_paragraphs_back():
    text = ("截至9月末，该行各项存款余额1,052.3亿元；各项贷款余额826.8亿元，较年初增加71.6亿元，增长9.5%。\n"
            "经营效益稳步提升。前三季度，该行实现营业收入24.36亿元，同比增长4.7%；实现净利润7.42亿元。\n"
            "信贷投放精准发力。从贷款结构看，企业贷款、个人经营性贷款和个人消费及住房贷款余额分别为358.2亿元、"
            "263.9亿元和{}亿元。")
    parts = ["358.2亿元", "263.9亿元"]
    assert ("consistent", "826.8亿元", parts + ["204.7亿元"]) in totals_of(text.format("204.7"))
    assert ("inconsistent", "826.8亿元", parts + ["214.7亿元"]) in totals_of(text.format("214.7"))


def test_a_paragraph_opening_on_a_second_classification_classifies_the_same_total():
    text = ("全市累计完成水利建设投资48.6亿元，同比增长21.3%。\n"
            "从资金来源看，中央资金9.82亿元、省级资金6.35亿元、市县财政资金11.47亿元、地方政府专项债券13.6亿元、"
            "银行贷款及社会资本7.36亿元，专项债券占比28.0%。\n"
            "分工程类别看，防洪治涝工程完成投资17.25亿元；水资源配置工程14.9亿元；农村供水工程8.63亿元；"
            "水土保持和河湖生态修复4.92亿元；其他工程{}亿元。")
    parts = ["17.25亿元", "14.9亿元", "8.63亿元", "4.92亿元"]
    assert ("consistent", "48.6亿元", parts + ["2.9亿元"]) in totals_of(text.format("2.9"))
    assert ("inconsistent", "48.6亿元", parts + ["3.9亿元"]) in totals_of(text.format("3.9"))


def test_a_second_classification_of_another_total_keeps_its_own():
    # 从税种结构看 after 分园区看: the taxes, not the parks' output
    text = ("全市工业园区完成规模以上工业总产值1468.3亿元，同比增长8.9%；园区企业实现入库税收86.42亿元。\n"
            "分园区看，经济技术开发区完成产值612.5亿元；高新技术产业开发区完成产值398.7亿元；其他园区457.1亿元。\n"
            "从税种结构看，园区入库增值税41.26亿元、企业所得税23.58亿元、个人所得税5.12亿元，其他税种合计15.46亿元。")
    assert all(total != "1468.3亿元" or status != "inconsistent" for status, total, _ in totals_of(text))


def test_parts_named_by_whom_money_went_to_are_all_of_the_loans():
    # 向直属企业发放x、向委托收储企业发放y: the loans by whom they went to, sharing an act, no other kind
    text = "累计发放最低收购价小麦收购贷款20.57亿元，比上年的18.94亿元增长8.6%，其中向直属企业发放7.86亿元、向委托收储企业发放{}亿元。"
    assert totals_of(text.format("12.71")) == [("consistent", "20.57亿元", ["7.86亿元", "12.71亿元"])]
    assert totals_of(text.format("12.41")) == [("inconsistent", "20.57亿元", ["7.86亿元", "12.41亿元"])]


def test_a_scope_named_by_its_money_names_the_act_done():
    text = ("区财政今年预算安排助餐补贴资金3200万元，截至11月底已拨付2860万元，拨付进度89.4%。已拨付资金中，"
            "建设补贴1120万元、运营补贴1345万元、餐费补贴395万元。")
    assert totals_of(text) == [("consistent", "2860万元", ["1120万元", "1345万元", "395万元"])]


@pytest.mark.parametrize("text, inputs, rate", [
    ("消防局上半年执行各类场所消防安全检查12,835家次，查获不符规定1,027家次，不合格率{}。", ["1,027家次", "12,835家次"],
     ("8.0%", "9.0%")),
    ("登记求职者3,215人次，成功配对1,286人，配对成功率{}。", ["1,286人", "3,215人次"], ("40.0%", "44.0%")),
])
def test_rates_of_places_found_wanting_and_seekers_matched(text, inputs, rate):
    assert_rate(text, inputs, rate)


def test_the_period_before_is_a_base_of_points():
    text = "本地居民失業率為2.4%，較上一期（6月至8月）下降{}（上一期為2.5%）。"
    assert ("difference", "consistent", ["2.4%", "2.5%"], "0.1個百分點") in checks_of(text.format("0.1個百分點"))
    assert ("difference", "inconsistent", ["2.4%", "2.5%"], "0.3個百分點") in checks_of(text.format("0.3個百分點"))


def test_a_revised_estimate_for_the_month_a_year_before_is_the_previous_value():
    text = "8月零售業總銷貨價值的臨時估計為305.6億港元，較2024年同月的修訂估計292.8億港元上升{}。"
    assert ("growth", "consistent", ["305.6億港元", "292.8億港元"], "4.4%") in checks_of(text.format("4.4%"))
    assert ("growth", "inconsistent", ["305.6億港元", "292.8億港元"], "4.7%") in checks_of(text.format("4.7%"))


def test_a_headline_figure_is_no_total_read_by_agreement():
    text = ("县现代农业种苗繁育中心年育苗突破1.2亿株\n"
            "2024年中心共培育各类种苗1.26亿株，比上年的9850万株增长27.9%。分品类看，蔬菜种苗7430万株，"
            "烟草漂浮育苗{}万株，中药材种苗1580万株，果树嫁接苗730万株。")
    parts = ["7430万株"]
    assert ("consistent", "1.26亿株", parts + ["2860万株", "1580万株", "730万株"]) in totals_of(text.format(2860))
    assert ("inconsistent", "1.26亿株", parts + ["2680万株", "1580万株", "730万株"]) in totals_of(text.format(2680))


def test_parts_far_above_the_nearest_figure_are_of_the_plan_they_come_near():
    text = ("全市共安排污水处理提质增效项目32个，计划总投资28.6亿元。截至6月底，累计完成投资15.84亿元，"
            "占年度计划投资18亿元的88.0%。从资金来源看，争取中央预算内投资4.35亿元，发行地方政府专项债券11.2亿元，"
            "申请政策性贷款8.6亿元，其余4.25亿元由企业自筹。")
    assert all(total != "15.84亿元" for _, total, _ in totals_of(text))


def test_a_bound_inside_a_name_is_no_part_of_a_share():
    text = ("全市政府性融资担保在保余额1286.4亿元。小微企业在保余额1103.7亿元，占全部在保余额的85.8%；"
            "单户1000万元及以下业务户数占比达94.6%。")
    assert [c for c in checks_of(text) if c[3] == "94.6%"] == []


@pytest.mark.parametrize("text, current, base, points", [
    ("建造業失業率由6.5%升至{}，升幅0.6個百分點。", "7.1%", "6.5%", "0.6個百分點"),
    ("經季節性調整的失業率由2025年6月至8月的3.7%上升至7月至9月的{}，升幅為0.2個百分點。", "3.9%", "3.7%", "0.2個百分點"),
])
def test_a_rise_in_points_given_as_its_amplitude(text, current, base, points):
    assert ("difference", "consistent", [current, base], points) in checks_of(text.format(current))
    wrong = "7.4%" if current == "7.1%" else "4.2%"
    assert ("difference", "inconsistent", [wrong, base], points) in checks_of(text.format(wrong))


def test_a_change_then_or_and_its_rate():
    text = "未經季節性調整的失業人數由上期的144,500人增至152,300人，增加7,800人或{}。"
    assert ("growth", "consistent", ["152,300人", "144,500人"], "5.4%") in checks_of(text.format("5.4%"))
    assert ("growth", "inconsistent", ["152,300人", "144,500人"], "4.5%") in checks_of(text.format("4.5%"))


def test_a_fall_to_a_level_and_by_how_much():
    text = "同期總就業人數由3,693,800人下跌至3,681,200人，減少{}。"
    assert ("difference", "consistent", ["3,681,200人", "3,693,800人"], "12,600人") in checks_of(text.format("12,600人"))
    assert ("difference", "inconsistent", ["3,681,200人", "3,693,800人"], "12,800人") in checks_of(text.format("12,800人"))


def test_a_price_per_hour_set_anew_grows_by_its_rate():
    text = "路边停车费自今年1月起由每小时20元调整为30元，调幅{}。"
    assert ("growth", "consistent", ["30元", "20元"], "50%") in checks_of(text.format("50%"))
    assert ("growth", "inconsistent", ["30元", "20元"], "40%") in checks_of(text.format("40%"))


def test_a_change_from_the_year_before_past_what_the_count_is_of():
    # (read past the noun and its verb, it confirms only)
    text = "开展整村授信活动412场次，为5.83万户农户建立信用档案，比上年同期的5.41万户增加{}。"
    assert ("difference", "consistent", ["5.83万户", "5.41万户"], "0.42万户") in checks_of(text.format("0.42万户"))
    assert all(status != "inconsistent" for _, status, _, _ in checks_of(text.format("0.24万户")))


def test_a_change_from_the_year_before_past_a_completion_clause():
    text = "全县已有41.27万人完成缴费，完成市下达目标任务43.5万人的94.9%，比上年同期的40.52万人增加{}。"
    assert ("difference", "consistent", ["41.27万人", "40.52万人"], "0.75万人") in checks_of(text.format("0.75万人"))
    assert ("difference", "inconsistent", ["41.27万人", "40.52万人"], "0.57万人") in checks_of(text.format("0.57万人"))


def test_the_measures_named_again_before_their_bases_listed():
    text = "该关共检验监管出口茶叶1386批、货值4.86亿元，批次和货值较上年同期的1215批、4.18亿元分别增长14.1%和{}。"
    checks = checks_of(text.format("16.3%"))
    assert ("growth", "consistent", ["1386批", "1215批"], "14.1%") in checks
    assert ("growth", "consistent", ["4.86亿元", "4.18亿元"], "16.3%") in checks
    assert ("growth", "inconsistent", ["4.86亿元", "4.18亿元"], "13.6%") in checks_of(text.format("13.6%"))


@pytest.mark.parametrize("text, inputs, rate", [
    ("上半年全省代偿金额6.82亿元，解除担保责任金额355.2亿元，代偿率为{}。", ["6.82亿元", "355.2亿元"], ("1.92%", "2.19%")),
    ("交通處去年寄發催繳通知42.6萬件，應追繳金額1.64億元，實際追回1.37億元，追繳率為{}。", ["1.37億元", "1.64億元"],
     ("83.5%", "85.3%")),
])
def test_rates_of_guarantees_paid_out_and_arrears_recovered(text, inputs, rate):
    assert_rate(text, inputs, rate)


def test_a_share_whose_part_the_sentence_opens_on_before_a_verb_of_standing():
    text = ("前三季度，货值4.86亿元。分茶类看，绿茶、红茶、乌龙茶和白茶出口额分别为2.14亿元、1.37亿元、0.82亿元和0.53亿元。"
            "绿茶仍是出口主力军，占出口总额的{}；红茶出口同比增长31.5%。")
    assert ("consistent", ["2.14亿元", "4.86亿元"]) in shares_of(text.format("44.0%"))
    # (a whole read by agreement: it confirms, never refutes)
    assert all(status != "inconsistent" for status, _ in shares_of(text.format("40.4%")))


def test_a_share_named_by_the_aside_of_its_part():
    text = ("今年1-10月，全县农村地区快递业务量完成2368万件，同比增长31.6%。其中，进村快递（下行）1926万件，"
            "出村快递（上行）442万件；上行件占比为{}。")
    assert ("consistent", ["442万件", "2368万件"]) in shares_of(text.format("18.7%"))
