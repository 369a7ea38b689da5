"""Claims found in session 64, by the articles written blind in it."""
from claims import checks_of, totals_of


def test_a_later_base_of_a_compared_list_is_no_actual_of_a_completion_rate():
    text = ("全年发放创业担保贷款2,400笔、6.3亿元，分别比上年的2,000笔、5.6亿元增长20.0%和12.5%，"
            "贷款发放额为年度计划6亿元的{}，平均每笔26.3万元。")
    checks = checks_of(text.format("105.0%"))
    assert ("ratio", "consistent", ["6.3亿元", "6亿元"], "105.0%") in checks
    assert ("growth", "consistent", ["2,400笔", "2,000笔"], "20.0%") in checks
    assert ("growth", "consistent", ["6.3亿元", "5.6亿元"], "12.5%") in checks
    # (the base 5.6亿元 would make 93.3% agree: it is never the actual)
    assert ("ratio", "inconsistent", ["6.3亿元", "6亿元"], "93.3%") in checks_of(text.format("93.3%"))


def test_the_months_of_a_quarter_listed_with_fenbie_are_all_of_its_total():
    text = "2025年一季度，公司合并营收为新台币31.26亿元。1月、2月及3月营收分别为10.08亿元、{}亿元及11.87亿元。"
    assert ("consistent", "新台币31.26亿元", ["10.08亿元", "9.31亿元", "11.87亿元"]) in totals_of(text.format("9.31"))
    # (read, so a month that does not add up refutes nothing: it may have been revised since)
    assert not any(status == "inconsistent" for status, _, _ in totals_of(text.format("9.13")))
    # (months of another span are no parts of it)
    other = "2025年上半年，公司合并营收为新台币31.26亿元。1月、2月及3月营收分别为10.08亿元、9.31亿元及11.87亿元。"
    assert not any(total == "新台币31.26亿元" for _, total, _ in totals_of(other))


def test_the_quarters_of_a_half_listed_with_fenbie_are_all_of_its_total():
    text = "上半年全区规上工业增加值128.4亿元，一季度、二季度分别为60.7亿元、67.7亿元。"
    assert ("consistent", "128.4亿元", ["60.7亿元", "67.7亿元"]) in totals_of(text)


def test_a_quoted_product_may_stand_between_gong_and_the_total_of_a_fenbie_list():
    text = "产业发展稳步推进。县农商银行和县邮储银行全年共发放“茶农贷”2.46亿元，分别为1.58亿元和{}亿元。"
    assert ("consistent", "2.46亿元", ["1.58亿元", "0.88亿元"]) in totals_of(text.format("0.88"))


def test_a_previous_value_named_by_the_same_half_of_the_year_before():
    text = "截至2024年6月30日止六个月，集团实现合约销售金额人民币318.2亿元，同比增长{}（2023年上半年：287.4亿元）。"
    assert ("growth", "consistent", ["人民币318.2亿元", "287.4亿元"], "10.7%") in checks_of(text.format("10.7%"))
    assert ("growth", "inconsistent", ["人民币318.2亿元", "287.4亿元"], "17.0%") in checks_of(text.format("17.0%"))
    # (another part of the year is no previous value of the same period)
    other = "2024年前三季度，集团实现合约销售金额人民币318.2亿元，同比增长10.7%（2023年上半年：287.4亿元）。"
    assert not any(kind == "growth" and status != "unverifiable" for kind, status, _, _ in checks_of(other))


def test_a_share_of_a_place_named_in_short_after_a_fenbie_list_of_what_places_did():
    text = ("期内集团实现合约销售金额人民币318.2亿元。按区域划分，成渝双城经济圈、长江中游及关中平原区域"
            "分别贡献152.6亿元、101.3亿元及64.3亿元，其中双城经济圈占比{}。")
    assert ("ratio", "consistent", ["152.6亿元", "人民币318.2亿元"], "48.0%") in checks_of(text.format("48.0%"))


def test_a_whole_named_with_zong_before_its_income_is_the_income_of_the_period():
    text = ("期内集团收入为人民币152.8亿元，较去年同期的140.1亿元增长9.1%；毛利为人民币27.5亿元，毛利率18.0%。\n"
            "集团期内实现合约销售金额人民币318.2亿元，同比增长6.2%。按区域划分，甲区、乙区及丙区分别贡献170.2亿元、"
            "91.3亿元及56.7亿元。\n总借贷为402.5亿元，其中一年内到期借贷76.1亿元，占总借贷的18.9%；集团现金及银行结余"
            "为人民币96.3亿元。\n物业管理附属公司期内收入9.74亿元，占集团总收入的{}。")
    assert ("ratio", "consistent", ["9.74亿元", "人民币152.8亿元"], "6.4%") in checks_of(text.format("6.4%"))


def test_a_rate_of_care_home_beds_in_use():
    text = "全区养老机构床位总数2,150张，其中护理型床位1,204张。年末在院老人1,376人，床位使用率为{}。"
    assert ("ratio", "consistent", ["1,376人", "2,150张"], "64.0%") in checks_of(text.format("64.0%"))
    assert ("ratio", "inconsistent", ["1,376人", "2,150张"], "46.0%") in checks_of(text.format("46.0%"))


def test_gross_profit_is_revenue_less_the_cost_of_sales():
    text = "报告期内，公司实现营业收入96.40亿元，营业成本81.25亿元，实现毛利{}亿元，综合毛利率15.7%。"
    assert ("difference", "consistent", ["96.40亿元", "81.25亿元"], "15.15亿元") in checks_of(text.format("15.15"))
    assert ("difference", "inconsistent", ["96.40亿元", "81.25亿元"], "15.51亿元") in checks_of(text.format("15.51"))


def test_gross_profit_reads_the_revenue_back_past_a_subsidiary_s():
    text = ("报告期内，公司实现营业收入96.40亿元，同比增长8.2%。\n全资子公司华运冷链有限公司实现营业收入7.36亿元。\n"
            "公司全年营业成本81.25亿元，实现毛利{}亿元。")
    assert ("difference", "consistent", ["96.40亿元", "81.25亿元"], "15.15亿元") in checks_of(text.format("15.15"))
    # (read paragraphs back, so it confirms only)
    assert not any(kind == "difference" and status == "inconsistent"
                   for kind, status, _, _ in checks_of(text.format("15.51")))


def test_an_operating_surplus_is_the_total_income_less_the_total_spending():
    text = ("財務方面，房委會年度總收入為231.6億港元，其中租金收入142.3億港元，佔總收入的61.4%；總開支為219.8億港元，"
            "錄得營運盈餘{}億港元。")
    checks = checks_of(text.format("11.8"))
    assert ("difference", "consistent", ["231.6億港元", "219.8億港元"], "11.8億港元") in checks
    # (the spending and the surplus are no parts of the income)
    assert not any(kind == "sum" for kind, _, _, _ in checks)
    assert ("difference", "inconsistent", ["231.6億港元", "219.8億港元"], "18.1億港元") in checks_of(text.format("18.1"))


def test_a_scope_names_a_total_by_the_act_its_clause_says():
    text = "年內共有12,640個公營房屋單位落成。落成單位中，公屋8,915個，資助出售單位{}個。"
    assert ("consistent", "12,640個", ["8,915個", "3,725個"]) in totals_of(text.format("3,725"))


def test_the_number_of_an_item_s_projects_over_all_its_classification_counts():
    text = ("全市纳入年度计划的水利项目118个，已开工109个，开工率92.4%。分类型看，防洪治理项目35个，完成投资14.6亿元；"
            "城乡供水项目33个，完成投资15.2亿元；农村水利项目50个，完成投资9.8亿元，项目数占总数的{}。")
    assert ("ratio", "consistent", ["50个", "118个"], "42.4%") in checks_of(text.format("42.4%"))


def test_owners_equity_is_assets_less_liabilities():
    text = "年末集团资产总额392.6亿元，较年初增长9.8%；负债总额218.4亿元，所有者权益{}亿元；资产负债率为55.6%。"
    assert ("difference", "consistent", ["392.6亿元", "218.4亿元"], "174.2亿元") in checks_of(text.format("174.2"))
    assert ("difference", "inconsistent", ["392.6亿元", "218.4亿元"], "147.2亿元") in checks_of(text.format("147.2"))


def test_an_adjusted_budget_in_brackets_after_the_rate_is_its_target():
    text = ("全市一般公共预算收入64.18亿元，为调整预算62.50亿元的102.7%。税收收入47.05亿元，占比73.3%。"
            "一般公共预算支出95.27亿元，完成调整预算的{}（调整预算为101.35亿元），财政自给率67.4%。")
    assert ("ratio", "consistent", ["95.27亿元", "101.35亿元"], "94.0%") in checks_of(text.format("94.0%"))
    assert ("ratio", "inconsistent", ["95.27亿元", "101.35亿元"], "90.4%") in checks_of(text.format("90.4%"))


def test_a_classification_whose_parts_share_no_ending_totals_what_the_first_part_names():
    text = ("月底全市共有酒店场所136间，提供客房38,415间。按类别划分，五星级酒店38间、四星级酒店27间、三星级酒店"
            "{}间，另有公寓52间。")
    assert ("consistent", "136间", ["38间", "27间", "19间", "52间"]) in totals_of(text.format("19"))
    # (the rooms are never the total, whether the parts add up or not)
    assert not any(total == "38,415间" for n in ("19", "91") for _, total, _ in totals_of(text.format(n)))
