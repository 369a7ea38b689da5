"""Claims found in session 73, by the articles written blind in it."""
from claims import assert_rate, checks_of, totals_of


def test_a_change_after_a_bracketed_breakdown_is_of_the_total_before_it():
    text = "参与班列的外贸企业412家（其中本市企业268家、市外企业144家），比上年增加57家，增长{}；运行线路17条。"
    assert ("growth", "consistent", ["412家", "57家"], "16.1%") in checks_of(text.format("16.1%"))
    assert ("growth", "inconsistent", ["412家", "57家"], "61.1%") in checks_of(text.format("61.1%"))
    assert not [c for c in checks_of(text.format("61.1%")) if c[0] == "growth" and "144家" in c[2]]


def test_a_profit_in_the_next_item_is_no_part_of_the_turnover():
    text = ("澳門電力股份有限公司（以下簡稱「澳電」）昨日公佈2024年全年業績。期內營業額為62.48億澳門元，較2023年的58.71億元增長6.4%，其中售電收入60.91億元，佔營業額的97.5%；股東應佔純利6.95億元，按年增長8.4%"
            "（2023年：6.41億元）。董事會建議派發末期股息，派息總額4.17億元，佔全年純利的60.0%。")
    assert not totals_of(text)
    assert ("ratio", "consistent", ["60.91億元", "62.48億澳門元"], "97.5%") in checks_of(text)
    # (two incomes after 其中 are still parts of it)
    parts = "期內營業額為62.48億澳門元，其中售電收入60.91億元；其他收入{}億元。"
    assert ("consistent", "62.48億澳門元", ["60.91億元", "1.57億元"]) in totals_of(parts.format("1.57"))
    assert ("inconsistent", "62.48億澳門元", ["60.91億元", "7.51億元"]) in totals_of(parts.format("7.51"))


def test_contracts_signed_over_the_households_to_be_moved_or_all_growers():
    assert_rate("全年计划改造小区412个、涉及居民3.86万户。城中村改造项目涉及被征收户4,260户，已签约3,918户，签约率{}。",
                ["3,918户", "4,260户"], ("92.0%", "90.2%"))
    assert_rate("全县带动咖啡种植户2.36万户，其中订单种植户1.58万户，签约率{}。", ["1.58万户", "2.36万户"], ("66.9%", "69.6%"))


def test_a_gap_between_two_sides_named_before_it():
    text = "去程货值98.3亿元，同比增长14.2%；回程货值58.5亿元，去程比回程多{}亿元。"
    assert ("difference", "consistent", ["98.3亿元", "58.5亿元"], "39.8亿元") in checks_of(text.format("39.8"))
    assert ("difference", "inconsistent", ["98.3亿元", "58.5亿元"], "38.9亿元") in checks_of(text.format("38.9"))
    parts = "班列运输货值156.8亿元。从运输方向看，" + text
    assert ("difference", "consistent", ["98.3亿元", "58.5亿元"], "39.8亿元") in checks_of(parts.format("39.8"))
    less = "出口额98.3亿元，进口额58.5亿元，进口比出口少{}亿元。"
    assert ("difference", "consistent", ["98.3亿元", "58.5亿元"], "39.8亿元") in checks_of(less.format("39.8"))
    # (比上年多 is a change over a period, no gap between two sides)
    assert not [c for c in checks_of("出口额98.3亿元，进口额58.5亿元，出口比上年多9.8亿元。") if c[0] == "difference"]


def test_grants_counted_by_another_classifier_and_claims_confirmed_in_a_bankruptcy():
    assert_rate("收到申請1,126宗，較上年的1,018宗增長10.6%；批出資助項目486個，批出率為{}；資助金額合共4.2億元。",
                ["486個", "1,126宗"], ("43.2%", "34.2%"))
    assert_rate("重整期间共有412家债权人申报债权，申报金额合计58.36亿元。经管理人审查、法院裁定，确认债权47.92亿元，确认比例为{}。",
                ["47.92亿元", "58.36亿元"], ("82.1%", "28.1%"))


def test_a_share_of_the_started_projects_counted_by_the_act_alone():
    text = "全省新型储能项目共87个，已开工68个，开工率78.2%；已建成并网41个，占已开工项目的{}。"
    assert ("ratio", "consistent", ["41个", "68个"], "60.3%") in checks_of(text.format("60.3%"))
    # (read from the act alone, a wrong share is left unverified, never refuted by another whole)
    assert not [c for c in checks_of(text.format("63.0%")) if c[3] == "63.0%" and c[1] != "unverifiable"]


def test_a_loss_after_income_and_spending_set_against_each_other():
    text = "總收入為4.30億港元。全年營運開支達4.35億港元，收支相抵後錄得經營虧損{}萬港元。"
    assert ("difference", "consistent", ["4.35億港元", "4.30億港元"], "500萬港元") in checks_of(text.format("500"))
    assert ("difference", "inconsistent", ["4.35億港元", "4.30億港元"], "900萬港元") in checks_of(text.format("900"))


def test_a_trade_surplus_of_export_and_import_values():
    text = "2024年積體電路出口值1,651.8億美元；同期積體電路進口值723.5億美元，貿易順差達{}億美元。"
    assert ("difference", "consistent", ["1,651.8億美元", "723.5億美元"], "928.3億美元") in checks_of(text.format("928.3"))
    assert ("difference", "inconsistent", ["1,651.8億美元", "723.5億美元"], "982.3億美元") in checks_of(text.format("982.3"))


def test_the_same_part_of_the_year_before_in_the_next_item():
    text = "今年首三季會展活動累計1,012項，按年增長{}；去年首三季為925項。"
    assert ("growth", "consistent", ["1,012項", "925項"], "9.4%") in checks_of(text.format("9.4%"))
    assert ("growth", "inconsistent", ["1,012項", "925項"], "4.9%") in checks_of(text.format("4.9%"))
    # (another part of the year is no base)
    assert not checks_of("今年上半年會展活動累計1,012項，按年增長9.4%；去年首三季為925項。")


def test_a_whole_named_by_its_act_and_classifier_or_in_the_rates_aside():
    visits = "各基地共接待中小学生研学62.8万人次，同比增长21.5%。接待省外研学学生8.9万人次，占接待总人次的{}。"
    assert ("ratio", "consistent", ["8.9万人次", "62.8万人次"], "14.2%") in checks_of(visits.format("14.2%"))
    assert_rate("全市参与研学实践的中小学校683所，占全市中小学校总数的{}（全市共有中小学校749所），12所学校入选。",
                ["683所", "749所"], ("91.2%", "92.1%"))
