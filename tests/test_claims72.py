"""Claims found in session 72, by the articles written blind in it."""
from claims import assert_rate, checks_of, totals_of


def test_years_written_in_numerals_name_the_year_before():
    growth = "海事處今日公布二○二五年港口營運數字。去年港口總收入5.12億港元，按年增長{}（二○二四年為4.40億港元）。"
    assert ("growth", "consistent", ["5.12億港元", "4.40億港元"], "16.4%") in checks_of(growth.format("16.4%"))
    assert ("growth", "inconsistent", ["5.12億港元", "4.40億港元"], "14.6%") in checks_of(growth.format("14.6%"))
    points = "本地旅客佔旅客總數的55.3%，比例較二○二四年的51.8%上升{}個百分點。"
    assert ("difference", "consistent", ["55.3%", "51.8%"], "3.5個百分點") in checks_of(points.format("3.5"))
    assert ("difference", "inconsistent", ["55.3%", "51.8%"], "5.3個百分點") in checks_of(points.format("5.3"))
    change = "二〇二四年全港共發生火警3起，比上年減少{}起（二〇二三年為8起）。"
    assert ("difference", "consistent", ["3起", "8起"], "5起") in checks_of(change.format("5"))
    assert ("difference", "inconsistent", ["3起", "8起"], "4起") in checks_of(change.format("4"))


def test_a_target_set_by_a_body_named_in_full_and_a_budget_carried_out():
    assert_rate("全年接待旅客65.4萬人次，為海濱旅遊發展局所訂全年60萬人次目標的{}。", ["65.4萬人次", "60萬人次"],
                ("109.0%", "190.0%"))
    assert_rate("財政總開支為312.6億元，執行全年預算開支410.5億元的{}。", ["312.6億元", "410.5億元"], ("76.2%", "67.2%"))


def test_an_operating_gross_profit_is_revenue_less_cost():
    text = "公司全年營業收入86.4億元，營業成本71.9億元，營業毛利{}億元。"
    assert ("difference", "consistent", ["86.4億元", "71.9億元"], "14.5億元") in checks_of(text.format("14.5"))
    assert ("difference", "inconsistent", ["86.4億元", "71.9億元"], "15.4億元") in checks_of(text.format("15.4"))
    # (the revenue a sentence before is read by agreement: it confirms, never refutes)
    apart = "公司全年營業收入86.4億元。營業成本71.9億元，營業毛利{}億元。"
    assert ("difference", "consistent", ["86.4億元", "71.9億元"], "14.5億元") in checks_of(apart.format("14.5"))
    assert not checks_of(apart.format("15.4"))


def test_the_level_a_change_reached_totals_the_parts_of_the_next_paragraph():
    text = ("年內獲資助社會企業由上年度的58家增至73家。\n"
            "按計劃劃分，甲計劃資助社企{}家、撥款2,100萬港元；乙計劃資助25家、撥款3,400萬港元；丙計劃資助17家、撥款1,900萬港元。")
    assert ("consistent", "73家", ["31家", "25家", "17家"]) in totals_of(text.format("31"))
    assert ("inconsistent", "73家", ["13家", "25家", "17家"]) in totals_of(text.format("13"))


def test_a_body_total_named_with_its_total_word_over_the_headlines_restatement():
    text = ("本局去年存款餘額1,935億元 年增3.2%\n"
            "截至去年底，轄區存款總餘額達新台幣1,935億元，較前年底增長3.2%。\n"
            "就存款結構來看，活期存款餘額1,102億元，支票存款餘額{}億元，定期存款餘額781億元。")
    assert ("consistent", "新台幣1,935億元", ["1,102億元", "52億元", "781億元"]) in totals_of(text.format("52"))
    assert not [t for t in totals_of(text.format("52")) if t[1] == "1,935億元"]


def test_a_previous_value_in_a_clause_that_opens_on_the_year_before_the_one_reported():
    semicolon = ("2025年全区智能装备产业运行情况发布。全年智能装备产业实现产值64.8亿元，同比增长20.0%，"
                 "完成年度目标60亿元的108.0%；{}年该产业产值为54亿元。")
    assert ("growth", "consistent", ["64.8亿元", "54亿元"], "20.0%") in checks_of(semicolon.format("2024"))
    assert not [c for c in checks_of(semicolon.format("2021")) if c[0] == "growth"]
    pronoun = "2025年全市会展业收入达42.6亿元，同比增长20.0%。{}年，这一数字为35.5亿元。"
    assert ("growth", "consistent", ["42.6亿元", "35.5亿元"], "20.0%") in checks_of(pronoun.format("2024"))
    assert not [c for c in checks_of(pronoun.format("2022")) if c[0] == "growth"]


def test_rates_known_by_name_in_animal_health_fund_agreement_and_ticket_reports():
    assert_rate("全市犬只登记总量8.40万只；已免疫犬只7.56万只，免疫率为{}。", ["7.56万只", "8.40万只"], ("90.0%", "99.0%"))
    assert_rate("产业投资基金首期规模20亿元，已投资项目6个，投资金额13.5亿元，投资进度为{}。", ["13.5亿元", "20亿元"],
                ("67.5%", "76.5%"))
    assert_rate("全年应签订入廊协议52份，实际签订48份，签约率为{}。", ["48份", "52份"], ("92.3%", "93.2%"))
    assert_rate("音樂節共推出演出18場，可售門票24,000張，售出21,600張，入座率達{}。", ["21,600張", "24,000張"],
                ("90.0%", "99.0%"))


def test_a_share_of_what_a_named_firm_recorded():
    text = ("收入方面，碼頭營運商海灣碼頭管理有限公司去年錄得總收入2.50億港元。"
            "政府去年獲得租金收入4,000萬港元，相當於營運商總收入的{}。")
    assert ("ratio", "consistent", ["4,000萬港元", "2.50億港元"], "16%") in checks_of(text.format("16%"))
    # (a whole a sentence before, read by its name: a wrong rate cannot be told from another whole)
    assert ("ratio", "unverifiable", ["4,000萬港元", "2.50億港元"], "61%") in checks_of(text.format("61%"))


def test_a_count_named_by_its_classifier_in_a_list_of_the_year_befores_values():
    text = ("1-6月，全市二手住宅网签成交{}套，同比增长14.3%；成交金额298.64亿元，同比增长9.6%。"
            "上年同期，二手住宅成交套数和金额分别为19,113套和272.48亿元。")
    assert ("growth", "consistent", ["21,846套", "19,113套"], "14.3%") in checks_of(text.format("21,846"))


def test_a_previous_value_called_that_item():
    text = ("2024年全市管廊运营情况发布。运营方面，澜屿管廊运营有限公司全年收取管廊有偿使用费3.12亿元，同比增长20.0%；"
            "{}年该项收入为2.60亿元。")
    assert ("growth", "consistent", ["3.12亿元", "2.60亿元"], "20.0%") in checks_of(text.format("2023"))
    assert not [c for c in checks_of(text.format("2020")) if c[0] == "growth"]


def test_a_target_of_an_increase_named_after_its_value_is_met_by_the_change():
    assert_rate("截至年末，全省海外仓达212个，比上年末增加45个，增长26.9%，超额完成年初确定的新增40个海外仓的培育目标，完成率{}。",
                ["45个", "40个"], ("112.5%", "121.5%"))
