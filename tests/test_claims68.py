"""Claims found in session 68, by the articles written blind in it."""
from claims import checks_of, totals_of


def test_how_many_the_act_took_in_is_the_count_of_that_act():
    text = "今年计划招生3,500人，实际录取新生3,872人，完成招生计划的110.6%，录取人数较上年的3,605人增长{}。"
    assert ("growth", "consistent", ["3,872人", "3,605人"], "7.4%") in checks_of(text.format("7.4%"))
    assert ("growth", "inconsistent", ["3,872人", "3,605人"], "4.7%") in checks_of(text.format("4.7%"))


def test_a_level_named_by_its_act_under_the_topic_of_its_sentence():
    text = "本季水费应收6.84亿元，实收6.52亿元，收缴率95.3%。实收水费较上季的6.03亿元增长{}。"
    assert ("growth", "consistent", ["6.52亿元", "6.03亿元"], "8.1%") in checks_of(text.format("8.1%"))
    assert ("growth", "inconsistent", ["6.52亿元", "6.03亿元"], "1.8%") in checks_of(text.format("1.8%"))


def test_a_count_of_the_act_named_again_with_its_rate_and_its_share():
    text = ("全年全省商标注册52,400件。其中，集体商标注册8,130件，证明商标注册2,460件。"
            "集体商标注册量较上年的7,210件增长12.8%，占商标注册总量的{}。")
    checks = checks_of(text.format("15.5%"))
    assert ("growth", "consistent", ["8,130件", "7,210件"], "12.8%") in checks
    assert ("ratio", "consistent", ["8,130件", "52,400件"], "15.5%") in checks
    assert ("ratio", "inconsistent", ["8,130件", "52,400件"], "13.8%") in checks_of(text.format("13.8%"))


def test_the_base_of_a_comparison_is_never_the_part_of_a_share():
    # (the level of 集体商标数 is not stated: no share may be read over last year's value)
    text = "全年全省商标注册52,400件。其中，证明商标注册2,460件。集体商标数较上年的7,210件增长12.8%，占商标注册总量的15.5%。"
    assert not any(kind == "ratio" and "7,210件" in inputs for kind, _, inputs, _ in checks_of(text))


def test_rates_listed_by_position_against_bases_listed_by_position_in_taiwan():
    text = ("公股銀行及民營銀行稅後盈餘分別為812.4億元、1,536.2億元，"
            "分別較去年同期的760.3億元、1,402.6億元成長{}、9.5%。")
    checks = checks_of(text.format("6.9%"))
    assert ("growth", "consistent", ["812.4億元", "760.3億元"], "6.9%") in checks
    assert ("growth", "consistent", ["1,536.2億元", "1,402.6億元"], "9.5%") in checks
    assert ("growth", "inconsistent", ["812.4億元", "760.3億元"], "9.6%") in checks_of(text.format("9.6%"))


def test_classes_numbered_in_order_go_on_past_the_comma_with_one_summed_pair():
    text = ("第三季全港急症室共錄得求診42.50萬人次。\n"
            "按分流類別劃分，第一類個案0.36萬人次、第二類1.52萬人次、第三類15.08萬人次，"
            "第四類及第五類（次緊急及非緊急）個案合共{}萬人次。")
    assert ("consistent", "42.50萬人次", ["0.36萬人次", "1.52萬人次", "15.08萬人次", "25.54萬人次"]) \
        in totals_of(text.format("25.54"))
    assert ("inconsistent", "42.50萬人次", ["0.36萬人次", "1.52萬人次", "15.08萬人次", "26.54萬人次"]) \
        in totals_of(text.format("26.54"))


def test_rates_known_by_name_of_schools_housing_funds_fleets_and_pre_examinations():
    cases = [
        ("实际录取新生2,840人。截至10月底，新生报到2,716人，报到率{}。", ["2,716人", "2,840人"], "95.6%", "96.5%"),
        ("全年缴存额96.40亿元，同比增长7.2%。年末缴存余额318.75亿元。\n全年提取额61.22亿元，提取率{}。",
         ["61.22亿元", "96.40亿元"], "63.51%", "36.51%"),
        ("全县现有海洋捕捞渔船980艘。\n全县参保渔船912艘，参保率{}。", ["912艘", "980艘"], "93.1%", "91.3%"),
        ("中心全年受理专利预审案件2,150件，预审合格1,903件，合格率{}。", ["1,903件", "2,150件"], "88.5%", "85.8%"),
    ]
    for text, inputs, right, wrong in cases:
        assert ("ratio", "consistent", inputs, right) in checks_of(text.format(right))
        assert ("ratio", "inconsistent", inputs, wrong) in checks_of(text.format(wrong))


def test_a_gross_margin_is_over_the_sales_of_its_own_owner_in_a_list():
    text = ("合作社全年实现经营收入6,120.5万元，其中蚕茧销售收入5,806.2万元，蚕种销售收入192.4万元，"
            "技术服务收入121.9万元。蚕茧销售毛利371.6万元，毛利率{}。")
    assert ("ratio", "consistent", ["371.6万元", "5,806.2万元"], "6.4%") in checks_of(text.format("6.4%"))
    assert ("ratio", "inconsistent", ["371.6万元", "5,806.2万元"], "4.6%") in checks_of(text.format("4.6%"))


def test_points_against_a_graduating_class_named_by_its_year():
    text = "学院2024届毕业生去向落实率为94.7%，较2023届的92.9%提高{}个百分点。"
    assert ("difference", "consistent", ["94.7%", "92.9%"], "1.8个百分点") in checks_of(text.format("1.8"))
    assert ("difference", "inconsistent", ["94.7%", "92.9%"], "8.1个百分点") in checks_of(text.format("8.1"))


def test_differences_of_a_level_stated_before_its_comparison():
    # (a ；-item opening on the comparison; a measure named again with its base after the change; read by
    # their difference, they confirm only)
    item = "第三季共徵收港口費用3,614.2萬澳門元，按年上升6.1%；較第二季的3,402.5萬元增加{}萬元。"
    assert ("difference", "consistent", ["3,614.2萬澳門元", "3,402.5萬元"], "211.7萬元") in checks_of(item.format("211.7"))
    named = "为3,180户家庭减免热费763.2万元，户均减免2,400元，减免金额比上季增加{}万元（上季为701.6万元）。"
    assert ("difference", "consistent", ["763.2万元", "701.6万元"], "61.6万元") in checks_of(named.format("61.6"))
    assert not any(kind == "difference" and status == "inconsistent"
                   for kind, status, _, _ in checks_of(named.format("16.6")))


def test_a_target_named_after_its_value_and_an_actual_past_the_change_beside_it():
    text = "本届博览会签约总额132.6亿元，比上届增加18.4亿元，增长16.1%，完成年初确定的120亿元签约目标，完成率{}。"
    assert ("ratio", "consistent", ["132.6亿元", "120亿元"], "110.5%") in checks_of(text.format("110.5%"))
    assert ("ratio", "inconsistent", ["132.6亿元", "120亿元"], "101.5%") in checks_of(text.format("101.5%"))


def test_a_share_of_the_number_of_people_named_by_its_classifier():
    text = ("学院共有毕业生3,950人。从去向类型看，签订劳动合同2,610人，灵活就业498人，专升本571人，应征入伍64人。"
            "专升本人数占毕业生总数的{}。")
    assert ("ratio", "consistent", ["571人", "3,950人"], "14.5%") in checks_of(text.format("14.5%"))


def test_a_share_named_by_the_act_of_an_amount_and_a_share_of_the_total_a_classification_breaks_down():
    amount = ("今年全镇实现春茶销售收入4.25亿元，同比增长9.8%。今年春茶线上销售额1.36亿元，比上年增加0.28亿元，"
              "增长25.9%；线上销售占全镇春茶销售收入的比重为{}。")
    assert ("ratio", "consistent", ["1.36亿元", "4.25亿元"], "32.0%") in checks_of(amount.format("32.0%"))
    latter = ("全市公证机构共办理公证事项5.80万件，同比增长6.2%。"
              "按类别分，国内民事公证3.52万件，经济合同类公证1.14万件，涉外公证1.14万件，后者占全部办证量的{}。")
    assert ("ratio", "consistent", ["1.14万件", "5.80万件"], "19.7%") in checks_of(latter.format("19.7%"))


def test_parts_in_brackets_right_after_their_total_confirm_it_when_they_add_up():
    text = "集团现有营运船舶112艘，其中新能源船舶47艘（纯电动渡船29艘、LNG动力船舶{}艘），占比42.0%。"
    assert ("consistent", "47艘", ["29艘", "18艘"]) in totals_of(text.format("18"))
    # (nothing says the brackets hold all of it: a list that does not add up refutes nothing)
    assert not any(total == "47艘" for _, total, _ in totals_of(text.format("16")))
    # (nor are a base and a conversion parts)
    assert totals_of("完成投资5.2亿元（上年4.1亿元、前年1.1亿元）。") == []


def test_an_item_of_the_parts_own_list_is_no_whole_named_as_a_total():
    text = ("全年全市无偿献血9.84万人次。\n"
            "分献血方式看，街头献血屋献血6.21万人次，团体献血2.95万人次，机采成分献血0.68万人次，"
            "团体献血占献血总人次的30.0%。")
    assert not any(kind == "ratio" and "6.21万人次" in inputs for kind, _, inputs, _ in checks_of(text))


def test_previous_values_named_by_the_year_before_in_the_republics_calendar():
    text = "南瀛港埠今日公布113年營運成果。稅後淨利41.25億元，年增{}（{}年為38.60億元）。"
    assert ("growth", "consistent", ["41.25億元", "38.60億元"], "6.9%") in checks_of(text.format("6.9%", 112))
    assert ("growth", "inconsistent", ["41.25億元", "38.60億元"], "9.6%") in checks_of(text.format("9.6%", 112))
    # (a year two back is no base of the year's rate)
    assert not any(kind == "growth" and status != "unverifiable"
                   for kind, status, _, _ in checks_of(text.format("9.6%", 111)))


def test_a_clause_opening_on_a_comparison_after_an_aside_is_about_the_level_before():
    text = "2024年10月訪港旅客共386.4萬人次，按年上升12.2%（去年同期為344.4萬人次），較9月的351.7萬人次增加{}萬人次。"
    assert ("difference", "consistent", ["386.4萬人次", "351.7萬人次"], "34.7萬人次") in checks_of(text.format("34.7"))
