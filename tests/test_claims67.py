"""Claims found in session 67, by the articles written blind in it."""
from claims import checks_of, totals_of


def test_the_plans_investment_is_the_whole_investment_of_the_projects_it_takes_in():
    text = ("全区纳入年度改造计划的项目共28个，总投资3.60亿元，计划改造供水管网95公里。\n"
            "截至10月底，已开工26个。累计完成投资2.88亿元，为年度计划投资的{}。")
    assert ("ratio", "consistent", ["2.88亿元", "3.60亿元"], "80.0%") in checks_of(text.format("80.0%"))
    assert ("ratio", "inconsistent", ["2.88亿元", "3.60亿元"], "88.0%") in checks_of(text.format("88.0%"))
    # (a project's whole investment is no plan's unless a plan takes the projects in)
    loose = "全区共有项目28个，总投资3.60亿元。\n累计完成投资2.88亿元，为年度计划投资的88.0%。"
    assert not any(status == "inconsistent" for _, status, _, _ in checks_of(loose))


def test_previous_values_listed_in_the_next_sentence_or_by_the_year_before():
    text = "全年实现营业收入12.5亿元、利润总额1.8亿元，分别增长{}和12.5%。上年同期，上述指标分别为11.5亿元和1.6亿元。"
    assert ("growth", "consistent", ["12.5亿元", "11.5亿元"], "8.7%") in checks_of(text.format("8.7%"))
    assert ("growth", "inconsistent", ["12.5亿元", "11.5亿元"], "6.8%") in checks_of(text.format("6.8%"))
    named = "2024年第三季度出口額為120億元、進口額為80億元，分別增長9.1%和{}；{}年同季分別為110億元和75億元。"
    assert ("growth", "inconsistent", ["80億元", "75億元"], "9.6%") in checks_of(named.format("9.6%", 2023))
    # (a year two years back is no base of a rate of the year before)
    assert not any(kind == "growth" and status != "unverifiable"
                   for kind, status, _, _ in checks_of(named.format("9.6%", 2022)))


def test_changes_in_points_of_rates_named_one_by_one_against_bases_listed_after():
    text = ("9月底普通股權益比率為12.84%，第一類資本比率14.26%，資本適足率16.35%，較6月底分別提升0.21個百分點、"
            "{}個百分點及0.15個百分點（6月底依序為12.63%、14.08%及16.20%）。")
    checks = checks_of(text.format("0.18"))
    assert ("difference", "consistent", ["12.84%", "12.63%"], "0.21個百分點") in checks
    assert ("difference", "consistent", ["14.26%", "14.08%"], "0.18個百分點") in checks
    assert ("difference", "consistent", ["16.35%", "16.20%"], "0.15個百分點") in checks
    assert ("difference", "inconsistent", ["14.26%", "14.08%"], "0.81個百分點") in checks_of(text.format("0.81"))


def test_loans_overdue_are_no_numerator_of_the_loan_to_deposit_ratio_but_of_their_own():
    text = "截至9月底放款總額17,940億元；逾期放款28.70億元，逾放比{}。存款總額22,415億元，存放比為{}。"
    checks = checks_of(text.format("0.16%", "80.0%"))
    assert ("ratio", "consistent", ["17,940億元", "22,415億元"], "80.0%") in checks
    assert ("ratio", "consistent", ["28.70億元", "17,940億元"], "0.16%") in checks
    assert ("ratio", "inconsistent", ["28.70億元", "17,940億元"], "0.61%") in checks_of(text.format("0.61%", "80.0%"))


def test_a_part_named_again_by_the_act_and_unit_of_its_total_is_the_level_of_its_rates():
    text = ("八月抵港船隻共5,274艘次，其中遠洋輪船1,862艘次，內河船3,412艘次。遠洋輪船抵港艘次按年減少4.1%"
            "（去年同月為1,942艘次）；內河船抵港艘次較去年同月增加205艘次，升幅為{}。")
    checks = checks_of(text.format("6.4%"))
    assert ("growth", "consistent", ["1,862艘次", "1,942艘次"], "4.1%") in checks
    assert ("growth", "consistent", ["3,412艘次", "205艘次"], "6.4%") in checks
    assert ("growth", "inconsistent", ["3,412艘次", "205艘次"], "4.6%") in checks_of(text.format("4.6%"))


def test_runners_counted_over_those_who_entered_give_the_ballot_rate():
    text = "共有3.2万名跑者参赛，而报名人数达14.6万人，中签率仅为{}。"
    assert ("ratio", "consistent", ["3.2万名", "14.6万人"], "21.9%") in checks_of(text.format("21.9%"))
    assert ("ratio", "inconsistent", ["3.2万名", "14.6万人"], "29.1%") in checks_of(text.format("29.1%"))


def test_a_cooperatives_surplus_paid_back_over_the_surplus_to_share_out():
    text = "全年可分配盈余1,280万元，其中按交易量返还成员1,036万元，返还比例为{}，高于章程规定的60%。"
    assert ("ratio", "consistent", ["1,036万元", "1,280万元"], "80.9%") in checks_of(text.format("80.9%"))
    assert ("ratio", "inconsistent", ["1,036万元", "1,280万元"], "89.0%") in checks_of(text.format("89.0%"))


def test_a_part_that_totals_a_breakdown_of_its_own_still_has_its_rate():
    text = ("提取安全费用9.84亿元，使用8.97亿元，使用率{}。从使用方向看，重大灾害治理3.26亿元，智能化建设2.85亿元，"
            "装备更新改造1.94亿元，安全培训及其他0.92亿元。")
    checks = checks_of(text.format("91.2%"))
    assert ("ratio", "consistent", ["8.97亿元", "9.84亿元"], "91.2%") in checks
    assert ("consistent", "8.97亿元", ["3.26亿元", "2.85亿元", "1.94亿元", "0.92亿元"]) in totals_of(text.format("91.2%"))
    assert ("ratio", "inconsistent", ["8.97亿元", "9.84亿元"], "92.1%") in checks_of(text.format("92.1%"))


def test_a_change_over_the_last_edition_of_a_level_in_the_item_before():
    text = "本届博览会共洽谈项目62个，签约项目46个，签约率74.2%；签约项目比上届增加8个，增长{}。"
    assert ("growth", "consistent", ["46个", "8个"], "21.1%") in checks_of(text.format("21.1%"))
    assert ("growth", "inconsistent", ["46个", "8个"], "12.1%") in checks_of(text.format("12.1%"))


def test_an_amount_named_again_past_a_clause_of_another_measure_changes_by_the_difference():
    text = "本期作共核發給付金額新臺幣31.62億元，受益農民8.46萬戶，給付金額較去年同期的28.77億元增加{}億元，增幅9.9%。"
    assert ("difference", "consistent", ["新臺幣31.62億元", "28.77億元"], "2.85億元") in checks_of(text.format("2.85"))
    # (read by its difference, the level confirms only)
    assert not any(kind == "difference" for kind, _, _, _ in checks_of(text.format("2.58")))


def test_a_qizhong_list_goes_on_past_a_share_and_a_semicolon_when_it_adds_up():
    text = ("本期共核发给付金额31.62亿元。其中，稻作基本给付18.35亿元，转作作物奖励9.84亿元，占给付总额的31.1%；"
            "契作集团产区加给{}亿元。")
    assert ("consistent", "31.62亿元", ["18.35亿元", "9.84亿元", "3.43亿元"]) in totals_of(text.format("3.43"))
    assert not any(status == "inconsistent" for status, _, _ in totals_of(text.format("3.34")))


def test_the_share_named_again_by_suo_zhan_bizhong_changes_in_points():
    text = ("实现跨境电商进出口216.48亿元，占全市外贸进出口总值1482.70亿元的14.6%，"
            "所占比重较上年同期的12.5%提高{}个百分点。")
    assert ("difference", "consistent", ["14.6%", "12.5%"], "2.1个百分点") in checks_of(text.format("2.1"))
    assert ("difference", "inconsistent", ["14.6%", "12.5%"], "1.2个百分点") in checks_of(text.format("1.2"))


def test_income_less_spending_set_against_each_other_gives_the_surplus():
    text = ("赛事运营收入合计7,460万元，其中赞助收入5,820万元，报名费收入1,240万元，转播及其他收入400万元；"
            "运营支出6,930万元，收支相抵盈余{}万元。")
    assert ("difference", "consistent", ["7,460万元", "6,930万元"], "530万元") in checks_of(text.format(530))
    assert ("difference", "inconsistent", ["7,460万元", "6,930万元"], "350万元") in checks_of(text.format(350))


def test_a_list_joined_by_dun_goes_on_with_comma_items_when_they_add_up():
    text = ("全区累计到位改造资金7.88亿元，其中争取中央补助资金3.26亿元、省级补助资金1.12亿元，区级财政配套2.47亿元，"
            "引入社会资本及居民出资{}亿元。")
    assert ("consistent", "7.88亿元", ["3.26亿元", "1.12亿元", "2.47亿元", "1.03亿元"]) in totals_of(text.format("1.03"))
    assert not any(status == "inconsistent" for status, _, _ in totals_of(text.format("1.30")))


def test_a_rate_of_those_taken_from_a_scope_is_over_the_scope_named_before():
    text = "一季度园区新签约项目14个、签约总额42.6亿元；新签约项目中已开工9个，开工率{}。"
    assert ("ratio", "consistent", ["9个", "14个"], "64.3%") in checks_of(text.format("64.3%"))
    assert ("ratio", "inconsistent", ["9个", "14个"], "46.3%") in checks_of(text.format("46.3%"))


def test_items_named_inside_a_fenbie_run_are_parts_of_the_total_before():
    text = "今年首八个月本港新增国际班轮航线6条，分别为往来东南亚3条、中东2条及非洲{}条。"
    assert ("consistent", "6条", ["3条", "2条", "1条"]) in totals_of(text.format(1))
    assert ("inconsistent", "6条", ["3条", "2条", "2条"]) in totals_of(text.format(2))


def test_a_count_by_source_an_laiyuan_tongji_is_a_classification():
    text = ("截至6月底，外地僱員共181,246人，較去年同期增加6,318人。按來源地統計，來自中國內地的有123,517人，"
            "佔外地僱員總數的68.1%；菲律賓30,842人，越南15,236人，其他國家和地區{}人。")
    assert ("consistent", "181,246人", ["123,517人", "30,842人", "15,236人", "11,651人"]) in totals_of(text.format("11,651"))
    assert ("inconsistent", "181,246人", ["123,517人", "30,842人", "15,236人", "11,615人"]) in totals_of(text.format("11,615"))
    # (a basis of counting is no classification)
    basis = "全年实现营业收入58.6亿元。按可比价统计，主营业务收入41.2亿元，其他业务收入9.3亿元。"
    assert not any(status == "inconsistent" for status, _, _ in totals_of(basis))


def test_the_members_at_the_years_end_are_the_level_the_count_rose_to():
    text = ("协会会员单位由年初的186家增加到213家，净增27家，增长14.5%。"
            "年末会员中，种植企业98家，专业合作社64家，家庭农场及个体种植户{}家。")
    assert ("consistent", "213家", ["98家", "64家", "51家"]) in totals_of(text.format(51))
    assert ("inconsistent", "213家", ["98家", "64家", "15家"]) in totals_of(text.format(15))


def test_a_share_of_a_whole_joined_by_zhi_as_taiwan_writes_it():
    text = ("8月外銷訂單金額為523.6億美元。資訊通信產品接單183.5億美元；電子產品接單158.2億美元，"
            "兩者合計341.7億美元，占外銷訂單總額之{}。")
    assert ("ratio", "consistent", ["341.7億美元", "523.6億美元"], "65.3%") in checks_of(text.format("65.3%"))


def test_a_base_set_beside_the_level_then_the_change_down():
    text = ("8月外銷訂單金額為523.6億美元，較上年同月增加57.8億美元，年增12.4%；"
            "與7月的542.5億美元相比則減少{}億美元，月減3.5%。")
    assert ("difference", "consistent", ["523.6億美元", "542.5億美元"], "18.9億美元") in checks_of(text.format("18.9"))
    # (read by its difference, the level confirms only)
    assert not any(kind == "difference" for kind, _, _, _ in checks_of(text.format("19.8")))


def test_a_change_down_read_from_around_is_checked_as_a_decline():
    # (a change whose level is read, not tied, keeps its direction: 减少 is previous less current)
    text = "本期共核發給付金額31.62億元，受益農民8.46萬戶，給付金額較去年同期的33.47億元減少1.85億元。"
    assert ("difference", "consistent", ["31.62億元", "33.47億元"], "1.85億元") in checks_of(text)


def test_a_qizhong_inside_the_first_item_of_a_classification_holds_that_item_only():
    text = ("累计筹集资金12.48亿元。分用途看，湿地生态效益补偿5.26亿元，占资金总额的42.1%，其中发放到户补偿资金3.18亿元，"
            "占生态效益补偿资金的60.5%；湿地保护修复工程4.83亿元；退耕还湿1.57亿元；监测监管能力建设0.82亿元。")
    totals = totals_of(text)
    assert ("consistent", "12.48亿元", ["5.26亿元", "4.83亿元", "1.57亿元", "0.82亿元"]) in totals
    assert not any(total == "5.26亿元" and status != "unverifiable" for status, total, _ in totals)


def test_profit_over_sales_and_funds_allocated_over_funds_raised():
    sales = "社有控股企业实现加工销售收入14.35亿元，利润总额0.86亿元，销售利润率为{}。"
    assert ("ratio", "consistent", ["0.86亿元", "14.35亿元"], "6.0%") in checks_of(sales.format("6.0%"))
    assert ("ratio", "inconsistent", ["0.86亿元", "14.35亿元"], "6.6%") in checks_of(sales.format("6.6%"))
    allocated = "筹集重建资金9.86亿元。资金分配方面，已分配下达资金8.74亿元，分配率{}。"
    assert ("ratio", "consistent", ["8.74亿元", "9.86亿元"], "88.6%") in checks_of(allocated.format("88.6%"))
    assert ("ratio", "inconsistent", ["8.74亿元", "9.86亿元"], "86.8%") in checks_of(allocated.format("86.8%"))


def test_a_previous_value_dated_to_the_same_month_a_year_before():
    text = "2025年3月入境旅客共312.46萬人次，按年上升{}（{}年{}月為272.18萬人次）。"
    assert ("growth", "consistent", ["312.46萬人次", "272.18萬人次"], "14.8%") in checks_of(text.format("14.8%", 2024, 3))
    assert ("growth", "inconsistent", ["312.46萬人次", "272.18萬人次"], "18.4%") in checks_of(text.format("18.4%", 2024, 3))
    # (two years back, or another month, is no base of a rate over the year)
    assert not checks_of(text.format("14.8%", 2023, 3))
    assert not checks_of(text.format("14.8%", 2024, 2))


def test_two_banks_summed_past_the_first_ones_change_and_plan():
    text = ("农发行分行累计发放棉花收购贷款18.5亿元，比上年增加2.3亿元，增长14.2%，完成年度信贷计划22亿元的84.1%；"
            "农村商业银行发放3.2亿元，两家银行合计投放{}亿元。")
    assert ("consistent", "21.7亿元", ["18.5亿元", "3.2亿元"]) in totals_of(text.format("21.7"))
    assert ("inconsistent", "27.1亿元", ["18.5亿元", "3.2亿元"]) in totals_of(text.format("27.1"))
