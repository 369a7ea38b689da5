"""Claims found in session 65, by the articles written blind in it."""
from claims import checks_of, totals_of


def test_the_latter_before_a_share_is_the_figure_right_before():
    text = "本季度会员供款总额为96.5亿港元。其中，雇主供款58.1亿港元，雇员供款38.4亿港元，后者占供款总额的{}。"
    assert ("ratio", "consistent", ["38.4亿港元", "96.5亿港元"], "39.8%") in checks_of(text.format("39.8%"))
    assert ("ratio", "inconsistent", ["38.4亿港元", "96.5亿港元"], "38.9%") in checks_of(text.format("38.9%"))


def test_lude_is_a_verb_not_part_of_what_is_measured():
    text = "本港机场10月份客运量录得452万人次。\n\n过境旅客为121万人次，占总客运量的{}。"
    assert ("ratio", "consistent", ["121万人次", "452万人次"], "26.8%") in checks_of(text.format("26.8%"))
    # (a whole found by its name in another paragraph is read: it confirms only)
    assert not any(reported == "28.6%" and status != "unverifiable"
                   for _, status, _, reported in checks_of(text.format("28.6%")))


def test_a_kinds_redemption_rate_is_over_that_kind_issued_paragraphs_back():
    text = ("本期共发放消费券面值合计2000万元。其中，家电券900万元，餐饮券700万元，文旅券400万元。\n"
            "分券种看，家电券核销810万元，核销率{}；餐饮券核销602万元，核销率86.0%。")
    checks = checks_of(text.format("90.0%"))
    assert ("ratio", "consistent", ["810万元", "900万元"], "90.0%") in checks
    assert ("ratio", "consistent", ["602万元", "700万元"], "86.0%") in checks
    assert ("ratio", "inconsistent", ["810万元", "900万元"], "92.0%") in checks_of(text.format("92.0%"))


def test_a_redemption_rate_by_amount_is_over_the_face_value():
    text = "累计发放消费券12万张，面值合计1500万元，核销金额1290万元，按金额计核销率为{}。"
    assert ("ratio", "consistent", ["1290万元", "1500万元"], "86.0%") in checks_of(text.format("86.0%"))
    assert ("ratio", "inconsistent", ["1290万元", "1500万元"], "88.0%") in checks_of(text.format("88.0%"))


def test_a_penetration_rate_is_the_qualified_kinds_sales_over_all():
    text = ("前三季度全市新能源汽车销量3.36万辆。同期全市汽车销量共计7.02万辆，新能源汽车渗透率达{}，"
            "较上年同期提高6.1个百分点。")
    assert ("ratio", "consistent", ["3.36万辆", "7.02万辆"], "47.9%") in checks_of(text.format("47.9%"))
    assert ("ratio", "inconsistent", ["3.36万辆", "7.02万辆"], "49.7%") in checks_of(text.format("49.7%"))


def test_a_rate_in_service_is_those_running_over_those_installed():
    text = "全年新增加装电梯238部，已投入运行205部，投运率{}。"
    assert ("ratio", "consistent", ["205部", "238部"], "86.1%") in checks_of(text.format("86.1%"))
    assert ("ratio", "inconsistent", ["205部", "238部"], "81.6%") in checks_of(text.format("81.6%"))


def test_a_completion_rate_may_be_over_the_works_begun_and_then_confirms_only():
    text = "全年计划改造老旧小区150个，实际开工改造小区162个，为年度计划的108.0%；完工141个，完工率{}。"
    # (141 of the 162 begun: 87.0%; of the 150 planned it would be 94.0%)
    assert ("ratio", "consistent", ["141个", "162个"], "87.0%") in checks_of(text.format("87.0%"))
    assert ("ratio", "consistent", ["141个", "150个"], "94.0%") in checks_of(text.format("94.0%"))
    # (a rate neither whole gives is refuted over the plan, the whole the rule names first)
    assert ("ratio", "inconsistent", ["141个", "150个"], "78.0%") in checks_of(text.format("78.0%"))


def test_an_execution_rate_of_a_grant_paid_out():
    text = "县政府编列春耕补贴奖励金1500万元，截至6月底已拨付1230万元，执行率{}。"
    assert ("ratio", "consistent", ["1230万元", "1500万元"], "82.0%") in checks_of(text.format("82.0%"))
    assert ("ratio", "inconsistent", ["1230万元", "1500万元"], "80.2%") in checks_of(text.format("80.2%"))


def test_a_price_raised_from_one_level_to_another_by_an_amount():
    text = "小麦最低收购价每斤由1.18元调高至1.25元，增加{}元，调幅5.9%。"
    checks = checks_of(text.format("0.07"))
    assert ("difference", "consistent", ["1.25元", "1.18元"], "0.07元") in checks
    assert ("growth", "consistent", ["1.25元", "1.18元"], "5.9%") in checks
    assert ("difference", "inconsistent", ["1.25元", "1.18元"], "0.17元") in checks_of(text.format("0.17"))


def test_a_scope_named_xiangxia_opens_the_parts_of_its_trade():
    text = ("上半年，一般贸易进出口值388.6亿元，同比增长4.1%。\n"
            "一般贸易项下，出口231.5亿元，增长6.2%；进口{}亿元，增长1.1%。")
    assert ("consistent", "388.6亿元", ["231.5亿元", "157.1亿元"]) in totals_of(text.format("157.1"))
    assert ("inconsistent", "388.6亿元", ["231.5亿元", "175.1亿元"]) in totals_of(text.format("175.1"))


def test_the_total_of_the_same_period_is_read_from_the_context():
    text = ("前九个月零售业总销货价值为1,840.2亿元，同比增长3.2%。\n"
            "网络零售方面，9月网络零售额为25.3亿元。前九个月网络零售额合计201.5亿元，占同期总额的{}。")
    assert ("ratio", "consistent", ["201.5亿元", "1,840.2亿元"], "10.9%") in checks_of(text.format("10.9%"))
    # (read, it confirms only: a rate no earlier total gives is tied to none)
    assert not any(reported == "19.0%" and status != "unverifiable"
                   for _, status, _, reported in checks_of(text.format("19.0%")))


def test_blank_lines_between_paragraphs_do_not_shorten_the_reach_of_a_whole_read_from_the_context():
    text = ("全市实现专利质押融资额36.40亿元，同比增长20.5%。\n\n"
            "分类型看，纯专利质押21.30亿元，商标质押15.10亿元。\n\n"
            "全市惠及企业412家。\n\n"
            "三家银行放款额分别为8.20亿元、6.10亿元和4.72亿元，合计19.02亿元，占全市的{}。")
    assert ("ratio", "consistent", ["19.02亿元", "36.40亿元"], "52.3%") in checks_of(text.format("52.3%"))


def test_ti_sheng_is_a_rise_between_two_values():
    text = "区域公用品牌价值评估为18.6亿元，较上年提升{}亿元（上年为15.9亿元）。"
    assert ("difference", "consistent", ["18.6亿元", "15.9亿元"], "2.7亿元") in checks_of(text.format("2.7"))
    assert ("difference", "inconsistent", ["18.6亿元", "15.9亿元"], "3.7亿元") in checks_of(text.format("3.7"))


def test_what_was_added_and_the_total_named_only_as_such():
    text = "全市新增省级“隐形冠军”企业{}家，总数由上年的26家增加到33家。"
    assert ("difference", "consistent", ["33家", "26家"], "7家") in checks_of(text.format("7"))


def test_a_base_in_brackets_after_a_clause_on_how_the_level_stands():
    text = "2024年全年接待游客412.5万人次，比上年增长{}，连续五年位居全省第一（2023年为376.8万人次）。"
    assert ("growth", "consistent", ["412.5万人次", "376.8万人次"], "9.5%") in checks_of(text.format("9.5%"))
    assert ("growth", "inconsistent", ["412.5万人次", "376.8万人次"], "5.9%") in checks_of(text.format("5.9%"))
    # (not after a clause that names a part: its base is the part's)
    part = "2024年全年接待游客412.5万人次，比上年增长9.5%，其中省外游客（2023年为176.8万人次）。"
    assert not any(kind == "growth" and status != "unverifiable" and "176.8万人次" in inputs
                   for kind, status, inputs, _ in checks_of(part))


def test_fenbie_yongyu_may_open_on_a_quoted_name():
    text = "市财政兑现奖补资金共计4,520万元，分别用于“隐形冠军”认定奖励1,200万元、技改补助{}万元和研发后补助1,080万元。"
    assert ("consistent", "4,520万元", ["1,200万元", "2,240万元", "1,080万元"]) in totals_of(text.format("2,240"))
    assert ("inconsistent", "4,520万元", ["1,200万元", "2,420万元", "1,080万元"]) in totals_of(text.format("2,420"))


def test_last_years_values_of_the_two_measures_just_named():
    text = ("全年实现营业收入62.18亿元，同比增长{}；实现净利润15.06亿元，同比增长8.2%。"
            "上年同期，上述两项指标分别为57.36亿元和13.92亿元。")
    checks = checks_of(text.format("8.4%"))
    assert ("growth", "consistent", ["62.18亿元", "57.36亿元"], "8.4%") in checks
    assert ("growth", "consistent", ["15.06亿元", "13.92亿元"], "8.2%") in checks
    # (the sentence opens on as many as the rates, each stated right after its value: in their order, they refute too)
    assert ("growth", "inconsistent", ["62.18亿元", "57.36亿元"], "4.8%") in checks_of(text.format("4.8%"))


def test_a_list_of_last_years_values_may_hold_thousands_separators():
    text = ("第三季电子支付交易宗数为9,640万宗，按年增加18.2%；交易金额为96.45亿澳门元，按年上升{}。"
            "去年同期，上述两项数字分别为8,156万宗及84.20亿澳门元。")
    assert ("growth", "consistent", ["96.45亿澳门元", "84.20亿澳门元"], "14.5%") in checks_of(text.format("14.5%"))


def test_a_whole_named_by_what_it_counts_and_ren_ci():
    text = ("全市18家工业旅游示范点全年接待游客236.4万人次。依行业分，食品类8家、纺织类6家、装备类4家，"
            "其中食品类接待游客128.7万人次，占总游客人次的{}。")
    assert ("ratio", "consistent", ["128.7万人次", "236.4万人次"], "54.4%") in checks_of(text.format("54.4%"))


def test_a_share_named_by_its_count_and_the_noun_another_count_counts():
    text = ("上半年共配租保障性住房单位8,450个。\n在已配租的单位中，新市民获配租5,070个，青年人获配租2,180个，"
            "其余1,200个配租予其他类别。新市民获配租单位占总数的{}。")
    assert ("ratio", "consistent", ["5,070个", "8,450个"], "60.0%") in checks_of(text.format("60.0%"))


def test_last_years_value_in_brackets_may_go_without_a_verb():
    text = "上半年共成交工业用地48宗，比上年同期增加{}宗（上年同期39宗）。"
    assert ("difference", "consistent", ["48宗", "39宗"], "9宗") in checks_of(text.format("9"))
    assert ("difference", "inconsistent", ["48宗", "39宗"], "8宗") in checks_of(text.format("8"))


def test_the_whole_of_a_ratio_just_stated_is_no_part_of_the_next_share():
    text = "年末全县生猪存栏28.40万头。能繁母猪存栏2.56万头，为正常保有量2.50万头的102.4%，占生猪存栏的比重为{}。"
    assert ("ratio", "consistent", ["2.56万头", "28.40万头"], "9.0%") in checks_of(text.format("9.0%"))
    assert not any(inputs[:1] == ["2.50万头"] for kind, _, inputs, reported in checks_of(text.format("8.8%"))
                   if reported == "8.8%")


def test_a_scale_rate_is_the_large_farms_output_over_all():
    text = "全年生猪出栏36.20万头。规模养殖场出栏生猪28.60万头，规模化率{}。"
    assert ("ratio", "consistent", ["28.60万头", "36.20万头"], "79.0%") in checks_of(text.format("79.0%"))
    assert ("ratio", "inconsistent", ["28.60万头", "36.20万头"], "77.0%") in checks_of(text.format("77.0%"))


def test_points_above_a_floor_that_a_rule_sets():
    text = "劳务报酬占比为46.2%，比国家规定的30%下限高出{}个百分点。"
    assert ("difference", "consistent", ["46.2%", "30%"], "16.2个百分点") in checks_of(text.format("16.2"))
    assert ("difference", "inconsistent", ["46.2%", "30%"], "12.6个百分点") in checks_of(text.format("12.6"))
