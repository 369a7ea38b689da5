"""Claims found in session 56, by the articles written blind in it and in earlier sessions."""
from claims import assert_rate, checks_of, totals_of


def test_a_net_of_two_opposite_acts_in_its_sentence():
    text = "前三季度，全市新设立经营主体4.87万户，上年同期为4.50万户；同期注销1.41万户，净增{}万户。"
    assert ("difference", "consistent", ["4.87万户", "1.41万户"], "3.46万户") in checks_of(text.format("3.46"))
    assert ("difference", "inconsistent", ["4.87万户", "1.41万户"], "3.64万户") in checks_of(text.format("3.64"))
    # (a net outflow is what went out less what came in)
    moved = "全年迁入人口8,652人，迁出人口12,930人，净迁出{}人。"
    assert ("difference", "consistent", ["12,930人", "8,652人"], "4,278人") in checks_of(moved.format("4,278"))
    assert ("difference", "inconsistent", ["12,930人", "8,652人"], "4,287人") in checks_of(moved.format("4,287"))


def test_a_net_without_its_two_acts_is_left_alone():
    # (a net change against a base is a change of its own; a net with one act only has nothing to check)
    assert not any(c[0] == "difference" and "46家" in c[3] for c in checks_of(
        "全市规模以上工业企业达到1,012家，新登记企业120家，比上年末净增46家。"))
    assert not checks_of("全年注销企业1.2万户，净增4.4万户。")


def test_a_share_named_anew_as_a_market_share_changes_in_points():
    text = "10月全国快递业务量为174.3亿件，公司业务量占全国的10.7%，市场份额较上年同期的{}提升0.4个百分点。"
    assert ("difference", "consistent", ["10.7%", "10.3%"], "0.4个百分点") in checks_of(text.format("10.3%"))
    assert ("difference", "inconsistent", ["10.7%", "10.5%"], "0.4个百分点") in checks_of(text.format("10.5%"))
    # (a growth rate before it is not the market share)
    assert not checks_of("公司营收增长12.0%，市场份额较上年同期的10.3%提升0.4个百分点。")


def test_a_trailing_total_over_parts_that_go_on_across_a_semicolon():
    text = "全县有茶叶企业312家，其中规模以上茶企28家；茶叶专业合作社146家，家庭农场87家，各类茶叶经营主体共计{}家。"
    assert ("consistent", "545家", ["312家", "146家", "87家"]) in totals_of(text.format("545"))
    # (where the list starts is then unknown: a total that neither run adds up to is no claim refuted)
    assert not any(status == "inconsistent" for status, *_ in totals_of(text.format("554")))
    # (parts in their own ；-item still refute a total that does not add up)
    own = "出口增长12.5%；其中机电产品出口86亿元，农产品出口21亿元，合计{}亿元。"
    assert ("inconsistent", "170亿元", ["86亿元", "21亿元"]) in totals_of(own.format("170"))


def test_a_share_of_the_parts_own_kind_named_by_a_pronoun():
    text = ("分模式看，跨境电商B2B直接出口、出口海外仓和零售出口分别完成62.38亿元、51.06亿元和35.31亿元。"
            "某供应链管理有限公司完成B2B直接出口12.6亿元，占全区该模式出口的{}。")
    assert ("ratio", "consistent", ["12.6亿元", "62.38亿元"], "20.2%") in checks_of(text.format("20.2%"))
    assert ("ratio", "inconsistent", ["12.6亿元", "62.38亿元"], "22.0%") in checks_of(text.format("22.0%"))
    # (never the wider measure the kind is of)
    assert not any("148.75亿元" in c[2] for c in checks_of("全区出口148.75亿元。" + text.format("20.2%")))


def test_a_named_rate_over_the_plan_in_brackets_after_it():
    text = "全市在建水利项目146个，其中新开工项目38个，新开工率为{}（年度计划为42个）；已完工项目27个。"
    assert ("ratio", "consistent", ["38个", "42个"], "90.5%") in checks_of(text.format("90.5%"))
    assert ("ratio", "inconsistent", ["38个", "42个"], "95.0%") in checks_of(text.format("95.0%"))
    # (the plan is no part of the projects under way)
    assert not any(c[0] == "sum" and "42个" in c[2] for c in checks_of(text.format("90.5%")))


def test_a_part_mistyped_above_the_total_qizhong_hangs_on_is_flagged():
    text = "全年新增燃气用户9.42万户，其中居民用户{}万户、工商业用户0.27万户；年末累计用户达218.6万户。"
    assert ("consistent", "9.42万户", ["9.15万户", "0.27万户"]) in totals_of(text.format("9.15"))
    assert ("inconsistent", "9.42万户", ["9.51万户", "0.27万户"]) in totals_of(text.format("9.51"))
    # (parts far above the figure before 其中 are of something else: no claim)
    assert not totals_of("全年新增贷款50亿元，其中个人贷款余额300亿元、企业贷款余额420亿元。")


def test_a_classification_of_the_headline_past_a_smaller_figure_of_its_name():
    text = ("全市共发生各类生产安全事故126起、死亡98人，同比分别下降14.3%和10.9%。全年未发生重大事故，发生较大事故2起、"
            "死亡7人。\n分领域看，工矿商贸领域发生事故38起、死亡35人；道路运输领域发生事故79起、死亡56人；"
            "农业机械及其他领域发生事故9起、死亡{}人。")
    assert ("consistent", "98人", ["35人", "56人", "7人"]) in totals_of(text.format("7"))
    assert ("inconsistent", "98人", ["35人", "56人", "5人"]) in totals_of(text.format("5"))


def test_a_points_change_passes_over_the_bar_its_rate_clears():
    text = "全县安排产业发展资金2.71亿元，占衔接资金总额的63.5%，高于省定60%的最低比例，比上年提高3.7个百分点（上年为{}）。"
    assert ("difference", "consistent", ["63.5%", "59.8%"], "3.7个百分点") in checks_of(text.format("59.8%"))
    assert ("difference", "inconsistent", ["63.5%", "58.9%"], "3.7个百分点") in checks_of(text.format("58.9%"))


def test_rates_known_by_name_of_insurance_services_and_firms():
    assert_rate("稷川市分公司承保制种保险，收取保费3,160万元，支付赔款1,284万元，赔付率{}。",
                ["1,284万元", "3,160万元"], ("40.6%", "46.0%"))
    assert_rate("全省农业保险实现保费收入61.38亿元，同比增长8.2%。全年支付赔款42.16亿元，简单赔付率为{}。",
                ["42.16亿元", "61.38亿元"], ("68.7%", "67.8%"))
    assert_rate("走访企业1,300余家，收集问题217个，已解决209个，解决率{}。", ["209个", "217个"], ("96.3%", "93.6%"))
    assert_rate("纳入“一网通办”的政务服务事项1,048项，其中可全程网办事项968项，全程网办率{}。",
                ["968项", "1,048项"], ("92.4%", "94.2%"))
    assert_rate("市汽车流通协会监测的186家经销商中，10月实现盈利的有109家，盈利面为{}。", ["109家", "186家"], ("58.6%", "56.8%"))


def test_a_classifications_list_goes_on_after_a_comma():
    text = ("全市累计完成改造投资18.74亿元。从资金来源看，争取中央补助资金6.85亿元、省级补助资金2.12亿元，"
            "市县两级财政配套{}亿元，引入社会资本5.41亿元。")
    assert ("consistent", "18.74亿元", ["6.85亿元", "2.12亿元", "4.36亿元", "5.41亿元"]) in totals_of(text.format("4.36"))
    assert ("inconsistent", "18.74亿元", ["6.85亿元", "2.12亿元", "4.63亿元", "5.41亿元"]) in totals_of(text.format("4.63"))


def test_a_rate_of_the_base_period_of_a_points_change_is_no_growth_of_the_current_value():
    text = "全县纺织服装产业集群实现出口86.37亿元，同比增长9.6%（上年同期为78.80亿元），增速比上半年加快1.3个百分点，上半年增长8.3%。"
    checks = checks_of(text)
    assert ("growth", "consistent", ["86.37亿元", "78.80亿元"], "9.6%") in checks
    assert not any(c[3] == "8.3%" for c in checks if c[0] == "growth")
    # (nor with the span the current value is of named, and no year known)
    assert not any(c[3] == "8.3%" for c in checks_of("今年前三季度，" + text) if c[0] == "growth")


def test_a_comma_item_naming_its_kinds_completes_a_list_that_adds_up():
    text = ("全县蚕桑综合产值12.85亿元，完成年度目标12亿元的107.1%，其中蚕茧销售收入3.46亿元、茧丝绸加工产值8.74亿元，"
            "桑枝食用菌、桑葚饮品等综合利用产值6,500万元。")
    assert ("consistent", "12.85亿元", ["3.46亿元", "8.74亿元", "6,500万元"]) in totals_of(text)


def test_what_is_left_to_reach_the_target():
    text = "实际到位内资136.75亿元，完成年度目标180亿元的76.0%，距全年目标尚差{}亿元。"
    assert ("difference", "consistent", ["180亿元", "136.75亿元"], "43.25亿元") in checks_of(text.format("43.25"))
    assert ("difference", "inconsistent", ["180亿元", "136.75亿元"], "34.25亿元") in checks_of(text.format("34.25"))


def test_a_surveys_return_rate_over_the_questionnaires_sent():
    assert_rate("本次调查共发放问卷260份，回收有效问卷234份，有效回收率{}。", ["234份", "260份"], ("90.0%", "9.0%"))


def test_the_three_industries_shares_of_gdp_by_their_names():
    text = ("全县实现地区生产总值248.36亿元，比上年增长5.6%。其中，第一产业增加值27.45亿元，增长3.5%；"
            "第二产业增加值103.82亿元，增长6.1%；第三产业增加值117.09亿元，增长6.0%。"
            "三次产业增加值占地区生产总值的比重分别为11.1%、{}和47.1%。")
    checks = checks_of(text.format("41.8%"))
    assert ("ratio", "consistent", ["27.45亿元", "248.36亿元"], "11.1%") in checks
    assert ("ratio", "consistent", ["103.82亿元", "248.36亿元"], "41.8%") in checks
    assert ("ratio", "consistent", ["117.09亿元", "248.36亿元"], "47.1%") in checks
    assert ("ratio", "inconsistent", ["103.82亿元", "248.36亿元"], "48.1%") in checks_of(text.format("48.1%"))


def test_a_whole_qualified_as_another_markets_figure_never_is():
    text = ("11月份全市新建商品房网签成交6,842套；成交金额96.58亿元。\n二手房市场延续活跃。当月全市二手住宅成交4,215套；"
            "成交金额41.8亿元。\n三家房企当月销售额分别为7.86亿元、6.42亿元和5.97亿元，三家合计20.25亿元，"
            "占全市新建商品房成交金额的{}。")
    assert ("ratio", "consistent", ["20.25亿元", "96.58亿元"], "21.0%") in checks_of(text.format("21.0%"))
    assert not any("41.8亿元" in c[2] for c in checks_of(text.format("21.0%")))


def test_a_completion_of_a_target_set_from_above_past_the_previous_values():
    text = ("全市共发生各类生产安全事故126起、死亡98人，同比分别下降14.3%和10.9%，上年分别为147起、110人，"
            "事故起数为省下达控制指标160起的{}。")
    checks = checks_of(text.format("78.8%"))
    assert ("ratio", "consistent", ["126起", "160起"], "78.8%") in checks
    assert ("growth", "consistent", ["126起", "147起"], "14.3%") in checks
    assert ("ratio", "inconsistent", ["126起", "160起"], "87.8%") in checks_of(text.format("87.8%"))
    assert_rate("实际使用外资4,120万美元，为市定目标3,800万美元的{}。", ["4,120万美元", "3,800万美元"], ("108.4%", "104.8%"))


def test_an_age_groups_rate_is_of_no_figure_stated_for_all():
    text = ("勞動力1,203.6萬人，就業者1,163.4萬人，失業者40.2萬人；失業者中因工作場所歇業而失業者12.6萬人。"
            "15至24歲青年失業率為11.87%，仍明顯高於整體水準。")
    assert not any(c[3] == "11.87%" for c in checks_of(text))


def test_a_classification_breaks_down_the_figure_of_the_act_its_first_part_names():
    text = ("全市两级法院全年共受理各类案件96,548件，同比增长4.7%（上年为92,214件）；审结、执结91,387件，结案率为94.7%。\n"
            "分类型看，审结刑事案件4,126件，民商事案件51,893件，行政案件{}件，执行案件33,886件。")
    assert ("consistent", "91,387件", ["4,126件", "51,893件", "1,482件", "33,886件"]) in totals_of(text.format("1,482"))
    assert ("inconsistent", "91,387件", ["4,126件", "51,893件", "1,842件", "33,886件"]) in totals_of(text.format("1,842"))
    assert not any(c[1] == "96,548件" for c in totals_of(text.format("1,842")))


def test_two_acts_set_against_each_other_with_the_span_and_the_noun_between():
    text = "全年新登记市场主体9,286户；注销市场主体4,969户，其中简易注销2,873户。新登记与注销相抵，全年净增市场主体{}户。"
    assert ("difference", "consistent", ["9,286户", "4,969户"], "4,317户") in checks_of(text.format("4,317"))
    assert ("difference", "inconsistent", ["9,286户", "4,969户"], "4,371户") in checks_of(text.format("4,371"))
    assert_rate("全县2025届高校毕业生4.86万人，其中本科生2.83万人，专科生2.03万人。截至8月31日，已落实去向毕业生4.45万人，"
                "去向落实率为{}。", ["4.45万人", "4.86万人"], ("91.6%", "96.1%"))


def test_people_counted_by_another_classifier_inside_a_list_of_parts():
    text = "公司员工总数8,640人，其中生产人员6,120人、技术人员{}名、销售人员540人、管理及其他人员600人。"
    assert ("consistent", "8,640人", ["6,120人", "1,380名", "540人", "600人"]) in totals_of(text.format("1,380"))
    assert ("inconsistent", "8,640人", ["6,120人", "1,830名", "540人", "600人"]) in totals_of(text.format("1,830"))


def test_an_act_inside_a_name_names_no_other_measure():
    text = "全县纺织服装产业集群实现出口86.37亿元，同比增长9.6%。集群出口占全县外贸出口总额138.41亿元的比重为{}。"
    assert_rate(text, ["86.37亿元", "138.41亿元"], ("62.4%", "64.2%"))


def test_the_three_kinds_of_patent_are_all_of_the_patents_granted():
    text = "全年全省专利授权总量15.82万件，其中发明专利3.64万件，实用新型专利{}万件，外观设计专利2.43万件。"
    assert ("consistent", "15.82万件", ["3.64万件", "9.75万件", "2.43万件"]) in totals_of(text.format("9.75"))
    assert ("inconsistent", "15.82万件", ["3.64万件", "9.57万件", "2.43万件"]) in totals_of(text.format("9.57"))


def test_a_distributed_growth_with_its_base_before_the_verb():
    text = "全年全市银行卡跨行交易14.86亿笔、金额3.27万亿元，分别同比增长8.3%和{}，上年分别为13.72亿笔和3.11万亿元。"
    checks = checks_of(text.format("5.1%"))
    assert ("growth", "consistent", ["14.86亿笔", "13.72亿笔"], "8.3%") in checks
    assert ("growth", "consistent", ["3.27万亿元", "3.11万亿元"], "5.1%") in checks
    assert ("growth", "inconsistent", ["3.27万亿元", "3.11万亿元"], "5.8%") in checks_of(text.format("5.8%"))


def test_a_completion_of_the_amount_of_the_act_its_sentence_states():
    text = ("今年前三季度，全省住房公积金累计发放个人住房贷款9.28万笔、512.36亿元，同比分别增长6.4%和8.9%，"
            "上年同期分别为8.72万笔和470.5亿元；发放额完成年度计划680亿元的{}。")
    assert ("ratio", "consistent", ["512.36亿元", "680亿元"], "75.3%") in checks_of(text.format("75.3%"))
    # (read by the act's name, it confirms only: a rate it does not give is no claim refuted)
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("73.5%")))


def test_funds_paid_out_over_the_funds_budgeted():
    assert_rate("縣府編列經費1.2億元，實際撥付1.13億元，執行率{}，共發出泡湯券18.6萬張。",
                ["1.13億元", "1.2億元"], ("94.2%", "84.2%"))  # (1.2億元 may be 1.15 to 1.25: a wrong rate well off)
