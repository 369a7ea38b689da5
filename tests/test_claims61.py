"""Claims found in session 61, by the articles written blind in it."""
from claims import checks_of, totals_of


def test_a_change_from_the_value_before_however_the_time_before_is_named():
    text = "扩建后，中心血液透析机由原来的42台增加到78台，增长{}。"
    assert ("growth", "consistent", ["78台", "42台"], "85.7%") in checks_of(text.format("85.7%"))
    assert ("growth", "inconsistent", ["78台", "42台"], "58.7%") in checks_of(text.format("58.7%"))
    text = "輪候入託幼兒由2023年高峰期的2,860名減少至412名，減幅{}。"
    assert ("growth", "consistent", ["412名", "2,860名"], "85.6%") in checks_of(text.format("85.6%"))
    assert ("growth", "inconsistent", ["412名", "2,860名"], "58.6%") in checks_of(text.format("58.6%"))


def test_a_share_of_funds_named_by_their_owner_is_of_the_owners_part():
    text = "全年项目总投入386.4万元，其中县财政安排240万元，省级补助资金98万元，社会捐赠48.4万元，县财政资金占总投入的{}。"
    assert ("ratio", "consistent", ["240万元", "386.4万元"], "62.1%") in checks_of(text.format("62.1%"))
    assert ("ratio", "inconsistent", ["240万元", "386.4万元"], "26.1%") in checks_of(text.format("26.1%"))


def test_kinds_whose_counts_add_up_to_the_total_count_are_all_of_the_total_amount():
    text = ("全县人参产业共签约项目16个，签约总额31.65亿元，同比增长42.6%，上年同期为22.19亿元；完成年度招商目标"
            "28亿元的113.0%。其中，种植基地项目9个、投资12.40亿元，精深加工项目5个、投资{}亿元，康养文旅项目2个、"
            "投资4.40亿元。")
    assert ("consistent", "31.65亿元", ["12.40亿元", "14.85亿元", "4.40亿元"]) in totals_of(text.format("14.85"))
    assert ("inconsistent", "31.65亿元", ["12.40亿元", "14.58亿元", "4.40亿元"]) in totals_of(text.format("14.58"))
    # (counts that fall short of the total leave the amounts some of it)
    short = text.replace("康养文旅项目2个", "康养文旅项目1个")
    assert ("unverifiable", "31.65亿元", ["12.40亿元", "14.58亿元", "4.40亿元"]) in totals_of(short.format("14.58"))


def test_a_scope_of_a_new_paragraph_measured_otherwise_is_no_part_of_the_last_figure():
    text = ("全县签约总额31.65亿元，已到位资金12.74亿元，占签约总额的40.3%。\n"
            "　　重点项目中，白岭参源集团有限公司投资8.6亿元建设种植基地；北京同德堂药业有限公司投资3.8亿元建设生产线，"
            "另一家企业总投资5.2亿元。")
    assert not any(total == "12.74亿元" and status == "inconsistent" for status, total, _ in totals_of(text))


def test_a_completion_of_the_plan_the_claim_names_as_the_target_names_it():
    text = "工程总投资概算4.86亿元，截至11月底累计完成投资4.12亿元，完成概算的{}。"
    assert ("ratio", "consistent", ["4.12亿元", "4.86亿元"], "84.8%") in checks_of(text.format("84.8%"))
    assert ("ratio", "inconsistent", ["4.12亿元", "4.86亿元"], "48.8%") in checks_of(text.format("48.8%"))
    text = "批复总投资3.65亿元，实际完成投资3.58亿元，完成批复投资的98.1%。"
    assert ("ratio", "consistent", ["3.58亿元", "3.65亿元"], "98.1%") in checks_of(text)
    text = "承批公司承諾投資總額1,192億元。截至2024年底，承批公司已完成投資218.6億元，完成承諾總額的18.3%。"
    assert ("ratio", "consistent", ["218.6億元", "1,192億元"], "18.3%") in checks_of(text)


def test_what_was_not_spent_or_paid_out_is_the_whole_less_what_was():
    text = ("市本级留成公益金1.24亿元，加上省体育局、省财政厅下达的补助资金6,200万元，共计可使用公益金1.86亿元。"
            "全年共安排支出1.74亿元，占可使用资金的93.5%，结余1,200万元结转下年度使用。")
    checks = checks_of(text)
    assert ("difference", "consistent", ["1.86亿元", "1.74亿元"], "1,200万元") in checks
    # (the part added is named at length, and the funds the share names are of a kind)
    assert ("consistent", "1.86亿元", ["1.24亿元", "6,200万元"]) in totals_of(text)
    assert ("ratio", "consistent", ["1.74亿元", "1.86亿元"], "93.5%") in checks
    text = "补偿资金总额8,640万元。已兑付补偿资金7,215万元，占补偿资金总额的83.5%，尚未兑付的1,425万元将于10月底前兑付。"
    assert ("difference", "consistent", ["8,640万元", "7,215万元"], "1,425万元") in checks_of(text)


def test_a_part_added_at_length_is_summed_and_a_mistyped_total_refuted():
    text = "市本级留成公益金1.24亿元，加上省体育局、省财政厅下达的补助资金6,200万元，共计可使用公益金1.68亿元。"
    assert ("inconsistent", "1.68亿元", ["1.24亿元", "6,200万元"]) in totals_of(text)


def test_a_wider_whole_inside_another_share_is_no_whole_of_a_share_naming_no_region():
    text = ("全年陶瓷产品出口额5.12亿美元，同比增长14.3%，占全县陶瓷出口总额7.47亿美元的68.5%。\n"
            "　　分市场看，对东盟出口1.86亿美元，占出口总额的{}；对欧盟出口1.25亿美元。")
    assert ("ratio", "consistent", ["1.86亿美元", "5.12亿美元"], "36.3%") in checks_of(text.format("36.3%"))
    # (the whole is read by a name it holds, 出口总额 of 出口额: a wrong rate is not confirmed, nor put on the wider whole)
    wrong = [c for c in checks_of(text.format("63.3%")) if c[3] == "63.3%"]
    assert wrong and all(c[1] != "consistent" and c[2] == ["1.86亿美元", "5.12亿美元"] for c in wrong)
    # (a share naming the wider whole is of it)
    text = text.format("36.3%").replace("占出口总额的36.3%", "占全县陶瓷出口总额的24.9%")
    assert ("ratio", "consistent", ["1.86亿美元", "7.47亿美元"], "24.9%") in checks_of(text)


def test_a_change_from_the_quarter_before_and_what_was_left_after_a_semicolon():
    text = "社屋輪候家團由上季末的2,694個減至2,316個，減幅{}。"
    assert ("growth", "consistent", ["2,316個", "2,694個"], "14.0%") in checks_of(text.format("14.0%"))
    assert ("growth", "inconsistent", ["2,316個", "2,694個"], "41.0%") in checks_of(text.format("41.0%"))
    text = "筹集专项资金3.86亿元。截至12月31日，县财政局累计拨付专项资金3.47亿元，拨付率为89.9%；剩余3,900万元为工程质保金。"
    checks = checks_of(text)
    assert ("difference", "consistent", ["3.86亿元", "3.47亿元"], "3,900万元") in checks
    assert ("ratio", "consistent", ["3.47亿元", "3.86亿元"], "89.9%") in checks
    text = "年度公屋應收租金183.4億港元，實收182.96億港元，收租率為99.76%，未收租金4,400萬港元。"
    checks = checks_of(text)
    assert ("difference", "consistent", ["183.4億港元", "182.96億港元"], "4,400萬港元") in checks
    assert ("ratio", "consistent", ["182.96億港元", "183.4億港元"], "99.76%") in checks


def test_the_sources_of_a_total_named_after_it_are_all_of_it():
    text = "工程总投资2.14亿元，资金来源为：中央预算内投资6,420万元，市级财政资金8,560万元，水务集团自筹{}万元。"
    assert ("consistent", "2.14亿元", ["6,420万元", "8,560万元", "6,420万元"]) in totals_of(text.format("6,420"))
    assert ("inconsistent", "2.14亿元", ["6,420万元", "8,560万元", "6,240万元"]) in totals_of(text.format("6,240"))


def test_workers_placed_over_those_concerned_is_a_placement_rate():
    text = ("安置方面，关停窑厂涉及从业人员2,386人，累计安置2,214人，安置率为{}。已安置人员中，转岗就业1,126人，"
            "自主创业173人，公益性岗位安置248人，技能培训后就业667人。")
    assert ("ratio", "consistent", ["2,214人", "2,386人"], "92.8%") in checks_of(text.format("92.8%"))
    assert ("ratio", "inconsistent", ["2,214人", "2,386人"], "82.9%") in checks_of(text.format("82.9%"))
    # (a rate qualified by a kind takes the part of that kind, not the nearest one)
    text = "全年实际完成搬迁1,302户、4,415人。其中，集中安置978户，分散安置324户，集中安置率为{}。"
    assert ("ratio", "consistent", ["978户", "1,302户"], "75.1%") in checks_of(text.format("75.1%"))
    assert ("ratio", "inconsistent", ["978户", "1,302户"], "57.1%") in checks_of(text.format("57.1%"))


def test_a_share_of_a_regions_whole_is_no_share_of_one_kind_of_a_classification():
    text = ("支付赔款2,346.8万元，同比增长41.3%。分灾因看，台风赔款1,528.6万元，低温寒害赔款693.5万元，病虫害及其他赔款"
            "124.7万元。分机构看，人保财险岚浦支公司赔付1,412.3万元，占全县赔款的60.2%；中华联合岚浦支公司赔付934.5万元。")
    checks = [c for c in checks_of(text) if c[3] == "60.2%"]
    assert checks == [("ratio", "consistent", ["1,412.3万元", "2,346.8万元"], "60.2%")]


def test_a_named_rate_takes_no_numerator_an_earlier_rate_of_that_name_took():
    text = ("集团全年自检产品3,640批次，合格3,628批次，合格率99.67%。全年接受监督抽检共146批次，其中省级抽检58批次、"
            "市级抽检47批次、县级抽检41批次，合格率100%。")
    assert not any(c[3] == "100%" and c[0] == "ratio" for c in checks_of(text))
    assert ("ratio", "consistent", ["3,628批次", "3,640批次"], "99.67%") in checks_of(text)


def test_a_part_named_after_who_runs_it():
    text = ("第三季度，公司所属三座特许经营桥梁共实现通行费收入4.862亿元。其中，浔江大桥1.935亿元；"
            "由全资子公司浔州沙洲大桥投资有限公司经营的沙洲大桥{}亿元；白鹭洲跨江大桥1.319亿元。")
    assert ("consistent", "4.862亿元", ["1.935亿元", "1.608亿元", "1.319亿元"]) in totals_of(text.format("1.608"))
    assert ("inconsistent", "4.862亿元", ["1.935亿元", "1.680亿元", "1.319亿元"]) in totals_of(text.format("1.680"))


def test_a_base_of_a_multiple_is_no_part_and_a_rate_after_a_named_list_is_of_its_total():
    text = ("保费总额2,184万元。截至8月底，累计支付赔款3,026.5万元，其中人保财险梅岭支公司赔付1,986.3万元，"
            "中华联合财险梅岭支公司赔付1,040.2万元，简单赔付率达{}，赔款为上年全年704.8万元的4.3倍。")
    checks = checks_of(text.format("138.6%"))
    assert ("consistent", "3,026.5万元", ["1,986.3万元", "1,040.2万元"]) in totals_of(text.format("138.6%"))
    assert ("ratio", "consistent", ["3,026.5万元", "2,184万元"], "138.6%") in checks
    assert ("ratio", "inconsistent", ["3,026.5万元", "2,184万元"], "183.6%") in checks_of(text.format("183.6%"))


def test_a_target_first_set_and_a_fund_raising_target():
    text = ("活動期間共吸引香客及遊客138.2萬人次，為原訂目標120萬人次的{}；其中境外旅客3.46萬人次，占2.5%。"
            "建廟及文物修復專案捐款4,535萬元，達專案募款目標5,000萬元的90.7%。")
    checks = checks_of(text.format("115.2%"))
    assert ("ratio", "consistent", ["138.2萬人次", "120萬人次"], "115.2%") in checks
    assert ("ratio", "consistent", ["3.46萬人次", "138.2萬人次"], "2.5%") in checks
    assert ("ratio", "consistent", ["4,535萬元", "5,000萬元"], "90.7%") in checks
    assert ("ratio", "inconsistent", ["138.2萬人次", "120萬人次"], "151.2%") in checks_of(text.format("151.2%"))


def test_sources_of_funds_opened_by_zhong_and_diseases_are_an_open_set():
    text = ("下达我县小型水库除险加固任务35座，计划总投资1.86亿元，资金来源中，中央财政补助8,400万元，省级补助5,200万元，"
            "县级配套{}万元。")
    assert ("consistent", "1.86亿元", ["8,400万元", "5,200万元", "5,000万元"]) in totals_of(text.format("5,000"))
    assert ("inconsistent", "1.86亿元", ["8,400万元", "5,200万元", "5,500万元"]) in totals_of(text.format("5,500"))
    # (the main diseases of many add up to some of the patients: they refute nothing)
    text = ("救治转运伤病员12,970人次，比上年同期增加1,106人次，增长9.3%。分病种看，创伤3,826人次，占29.5%；心脑血管疾病"
            "2,954人次，占22.8%；危重孕产妇及新生儿418人次。")
    assert not any(status == "inconsistent" for status, total, _ in totals_of(text) if total == "12,970人次")


def test_a_rate_qualified_by_a_kind_is_over_that_kinds_whole_too():
    text = ("本轮活动共投入财政资金3000万元，其中餐饮券800万元、零售券1200万元、家电券600万元、文旅券400万元。"
            "截至活动结束，累计核销消费券2889万元，核销率96.3%。\n"
            "从券种看，餐饮券、零售券、家电券、文旅券分别核销768万元、1162万元、571万元、388万元，其中餐饮券核销率达{}。")
    assert ("ratio", "consistent", ["768万元", "800万元"], "96.0%") in checks_of(text.format("96.0%"))
    assert ("ratio", "inconsistent", ["768万元", "800万元"], "69.0%") in checks_of(text.format("69.0%"))
