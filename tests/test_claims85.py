"""Claims found in session 85, by the articles written blind in it."""
from claims import assert_rate, checks_of, totals_of


def test_school_places_taken_by_the_pupils_enrolled():
    text = "全区中小学共提供学位52,300个，其中小学学位31,200个。开学后在读学生48,916人，学位使用率为{}。"
    assert_rate(text, ["48,916人", "52,300个"], ("93.5%", "95.3%"))


def test_facilities_linked_to_a_platform_over_all_of_them():
    text = "全市户外电子显示屏设施1,260处，其中接入城市照明监管平台的1,184处，接入率{}。"
    assert_rate(text, ["1,184处", "1,260处"], ("94.0%", "90.4%"))


def test_shops_standing_empty_over_those_surveyed():
    assert_rate("抽查全区地铺1,860间，其中空置铺位205间，空置率{}。", ["205间", "1,860间"], ("11.0%", "10.1%"))


def test_a_share_named_by_a_country_and_the_kind_of_goods():
    text = ("今年一季度本港茶葉進口貨值為12.50億港元。按來源地劃分，中國內地茶葉進口貨值8.25億港元，斯里蘭卡1.60億港元，"
            "其他地區合共2.65億港元。內地茶佔比為{}，較去年同期有所回落。")
    assert ("ratio", "consistent", ["8.25億港元", "12.50億港元"], "66.0%") in checks_of(text.format("66.0%"))
    # (the whole read for a share that names none, it confirms only)
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("60.6%")))


def test_points_of_a_share_named_by_what_it_is_of():
    text = ("全年直营门店实现营业收入48.2亿元。线上销售额14.46亿元，占营业收入的30.0%，"
            "线上占比比上年提高{}个百分点（上年为26.2%）。")
    assert ("difference", "consistent", ["30.0%", "26.2%"], "3.8个百分点") in checks_of(text.format("3.8"))
    assert ("difference", "inconsistent", ["30.0%", "26.2%"], "8.3个百分点") in checks_of(text.format("8.3"))


def test_a_quarters_margin_over_the_quarters_revenue_not_the_year_so_far():
    text = ("第二季度，公司实现营业收入6.40亿元。上半年累计实现营业收入11.85亿元。\n"
            "本季度实现毛利1.92亿元，毛利率{}，较上年同期有所提高。")
    assert_rate(text, ["1.92亿元", "6.40亿元"], ("30.0%", "16.2%"))


def test_a_grant_split_into_common_parts_and_an_allowance_is_all_of_it():
    text = "本輪獲批資助總額為5.62億港元。當中公用部分維修資助4.87億港元，長者業主津貼{}億港元。"
    assert ("consistent", "5.62億港元", ["4.87億港元", "0.75億港元"]) in totals_of(text.format("0.75"))
    assert ("inconsistent", "5.62億港元", ["4.87億港元", "0.95億港元"]) in totals_of(text.format("0.95"))


def test_a_balance_changed_since_the_start_of_the_year_stated_in_brackets():
    text = "9月末，全县政府债务余额4,860万元，比年初减少{}万元（年初为5,390万元）。"
    assert ("difference", "consistent", ["4,860万元", "5,390万元"], "530万元") in checks_of(text.format("530"))
    assert ("difference", "inconsistent", ["4,860万元", "5,390万元"], "350万元") in checks_of(text.format("350"))


def test_points_against_the_first_month_of_a_scheme():
    text = "新登記的電動貨車有512輛，佔比36.8%，較計劃推行首月的29.5%上升{}個百分點。"
    assert ("difference", "consistent", ["36.8%", "29.5%"], "7.3個百分點") in checks_of(text.format("7.3"))
    assert ("difference", "inconsistent", ["36.8%", "29.5%"], "3.7個百分點") in checks_of(text.format("3.7"))


def test_a_firms_share_of_the_total_of_firms_named_before():
    text = ("豐和海運股份有限公司（以下簡稱豐和）9月營收88.4億元；累計前9月營收702.6億元。"
            "長榕航運股份有限公司前9月營收415.2億元。兩家航商合計營收1,117.8億元，豐和占{}。")
    assert ("ratio", "consistent", ["702.6億元", "1,117.8億元"], "62.9%") in checks_of(text.format("62.9%"))
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("26.9%")))


def test_the_previous_value_of_a_product_named_by_a_pronoun_in_the_next_clause():
    text = "冻干草莓出口额2,346万美元，同比增长{}；上年该产品出口2,018万美元。"
    assert ("growth", "consistent", ["2,346万美元", "2,018万美元"], "16.3%") in checks_of(text.format("16.3%"))
    # (read from the clause after, it confirms only)
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("13.6%")))


def test_a_channel_named_by_its_head_grows():
    text = ("分渠道看，商超销售2.86亿元，社区团购销售0.94亿元，直播电商销售1.35亿元。"
            "直播渠道比上年增加0.41亿元，增长{}。")
    assert ("growth", "consistent", ["1.35亿元", "0.41亿元"], "43.6%") in checks_of(text.format("43.6%"))
    assert ("growth", "inconsistent", ["1.35亿元", "0.41亿元"], "34.6%") in checks_of(text.format("34.6%"))
    stated = ("分渠道看，商超销售2.86亿元，社区团购销售0.94亿元，直播电商销售1.35亿元。"
              "直播渠道同比增长{}（上年同期为0.94亿元）。")
    assert ("growth", "consistent", ["1.35亿元", "0.94亿元"], "43.6%") in checks_of(stated.format("43.6%"))


def test_a_month_named_as_the_time_of_a_cause_is_no_period_of_the_figure():
    text = "晚稻受9月连续阴雨影响，销售收入2.36亿元，下降{}（上年为2.51亿元）。"
    assert ("growth", "consistent", ["2.36亿元", "2.51亿元"], "6.0%") in checks_of(text.format("6.0%"))
    assert ("growth", "inconsistent", ["2.36亿元", "2.51亿元"], "0.6%") in checks_of(text.format("0.6%"))


def test_a_change_to_a_level_reached_on_a_day_named_before_it():
    text = "全市托育机构由2023年底的286家增至2024年9月底的341家，净增{}家。"
    assert ("difference", "consistent", ["341家", "286家"], "55家") in checks_of(text.format("55"))
    assert ("difference", "inconsistent", ["341家", "286家"], "65家") in checks_of(text.format("65"))


def test_a_class_counted_by_its_name_and_a_number_word():
    text = ("本年度共核定补助社区书店120家。依补助类别区分，“空间改善”类38家，“营运活动”类55家，"
            "“偏乡书店”类27家；偏乡书店获补助家数占总数的{}。")
    assert ("ratio", "consistent", ["27家", "120家"], "22.5%") in checks_of(text.format("22.5%"))
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("25.2%")))


def test_the_money_paid_in_broken_down_by_who_paid():
    text = "母基金认缴规模30亿元，截至年末实缴到位18.4亿元。实缴资金中，区财政出资12亿元，合作银行出资{}亿元。"
    assert ("consistent", "18.4亿元", ["12亿元", "6.4亿元"]) in totals_of(text.format("6.4"))
    assert ("inconsistent", "18.4亿元", ["12亿元", "7.4亿元"]) in totals_of(text.format("7.4"))


def test_a_second_classification_closed_by_the_rest_of_the_units_is_all_of_the_total():
    text = ("全市累计发放家电补贴1.52亿元，共补贴家电12.6万台。\n"
            "分品类看，冰箱补贴0.61亿元，空调补贴0.91亿元。\n"
            "分地区看，东城区发放补贴5260万元，西城区4180万元，其余三县（市）合计{}万元。")
    assert ("consistent", "1.52亿元", ["5260万元", "4180万元", "5760万元"]) in totals_of(text.format("5760"))
    assert ("inconsistent", "1.52亿元", ["5260万元", "4180万元", "5670万元"]) in totals_of(text.format("5670"))


def test_a_net_after_a_deduction_that_opens_its_own_sentence():
    text = ("去年公營街市租金收入為3.26億港元，其中攤位租金2.84億港元。"
            "扣除管理及維修開支1.18億港元後，政府所得淨收入為{}億港元。")
    assert ("difference", "consistent", ["3.26億港元", "1.18億港元"], "2.08億港元") in checks_of(text.format("2.08"))
    # (the gross read from the sentence before, it confirms only)
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("2.80")))


def test_a_change_from_an_earlier_round_of_the_level_named_by_another_word():
    text = "本輪共批出健康院舍資助856宗，批核率為91.2%。與第一輪的702宗相比，獲批個案增加{}宗。"
    assert ("difference", "consistent", ["856宗", "702宗"], "154宗") in checks_of(text.format("154"))
    # (the level read by the difference, it confirms only)
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("145")))
