"""Claims found by the articles written blind in session 55."""
from claims import assert_rate, checks_of, totals_of


def test_a_list_its_own_gong_verb_opens_sums_to_the_gongji_after_it():
    text = "全县共设立县级路长12名、乡级路长86名、村级路长{}名，共计510名。"
    assert ("consistent", "510名", ["12名", "86名", "412名"]) in totals_of(text.format("412"))
    assert ("inconsistent", "510名", ["12名", "86名", "421名"]) in totals_of(text.format("421"))
    # (a bare 共有 after a list 共有 opened says another thing: no total of the list)
    other = "2019年，我校共有10个一级学科和7个专业学位类别，共有70多个二级学科面向全国招生。"
    assert not totals_of(other)


def test_what_was_added_then_the_stock_of_the_park_it_joined():
    text = "企业全年新增冷藏车310辆，园区冷藏车保有量达到1,280辆，比上年末增长{}。"
    assert ("growth", "consistent", ["1,280辆", "310辆"], "32.0%") in checks_of(text.format("32.0%"))
    # (what was added may not be all the stock's change, retirements aside: it confirms, never refutes)
    assert ("growth", "unverifiable", ["1,280辆", "310辆"], "23.0%") in checks_of(text.format("23.0%"))


def test_a_bare_profit_margin_after_ebitda_is_its_margin_over_revenue():
    text = ("財務方面，機管局期內收入為151.2億港元，較去年同期增加14.6億港元。"
            "未計利息、稅項、折舊及攤銷前盈利為82.4億港元，利潤率為{}；股東應佔溢利36.5億港元。")
    assert ("ratio", "consistent", ["82.4億港元", "151.2億港元"], "54.5%") in checks_of(text.format("54.5%"))
    assert ("ratio", "inconsistent", ["82.4億港元", "151.2億港元"], "45.5%") in checks_of(text.format("45.5%"))
    # (no other profit: an operating margin may be over a revenue the text does not state)
    other = "第三季度总营收为人民币216亿元，比去年同期增长25%。该季度实现营业利润44.3亿元，营业利润率15.7%。"
    assert not any(kind == "ratio" for kind, *_ in checks_of(other))


def test_a_share_of_the_park_in_the_parks_own_report():
    text = ("产业园实现营业收入52.38亿元。分领域看，数据安全企业营收18.72亿元，安全服务企业营收33.66亿元；"
            "数据安全企业营收占园区的{}。")
    assert ("ratio", "consistent", ["18.72亿元", "52.38亿元"], "35.7%") in checks_of(text.format("35.7%"))


def test_parts_by_sharing_ratio_break_the_total_down():
    text = ("全省征收矿业权出让收益128.64亿元，比上年增加18.39亿元，增长16.7%。"
            "按分成比例，省级分成38.59亿元，占30.0%；市县分成{}亿元。")
    assert ("consistent", "128.64亿元", ["38.59亿元", "90.05亿元"]) in totals_of(text.format("90.05"))
    assert ("inconsistent", "128.64亿元", ["38.59亿元", "90.50亿元"]) in totals_of(text.format("90.50"))


def test_a_price_per_kilowatt_hour_raised_from_one_to_another():
    text = "自10月1日起調整電價，平均電價由每度新台幣3.4518元調升至3.7015元，漲幅{}。"
    assert ("growth", "consistent", ["3.7015元", "新台幣3.4518元"], "7.2%") in checks_of(text.format("7.2%"))
    assert ("growth", "inconsistent", ["3.7015元", "新台幣3.4518元"], "2.7%") in checks_of(text.format("2.7%"))


def test_kinds_listed_under_a_scope_with_fenbie_far_short_of_it_are_some_of_it():
    text = ("从商品结构看，实物商品直播销售额1002.3亿元，服务类直播销售额84.1亿元。"
            "实物商品中，服装鞋帽、食品饮料、家居日用销售额分别为312.5亿元、226.8亿元和{}亿元。")
    assert ("unverifiable", "1002.3亿元", ["312.5亿元", "226.8亿元", "158.4亿元"]) in totals_of(text.format("158.4"))
    # (all of it, they add up)
    assert ("consistent", "1002.3亿元", ["312.5亿元", "226.8亿元", "463.0亿元"]) in totals_of(text.format("463.0"))


def test_a_bulletins_ratio_to_gdp_with_yu_zhi_bi():
    text = ("全年地区生产总值44,162亿元，增长5.2%。全年研究与试验发展（R&D）经费支出1086.4亿元，"
            "与地区生产总值之比为{}。")
    assert ("ratio", "consistent", ["1086.4亿元", "44,162亿元"], "2.46%") in checks_of(text.format("2.46%"))
    assert ("ratio", "inconsistent", ["1086.4亿元", "44,162亿元"], "2.64%") in checks_of(text.format("2.64%"))


def test_an_intensity_named_in_short_over_the_long_name_of_its_numerator():
    # (研发 in 研发经费投入强度 names the numerator, 研究与试验发展经费, not a kind of it)
    text = ("2025年全省研究与试验发展（R&D）经费1,086.4亿元，比上年增加109.6亿元，增长11.2%；"
            "研发经费投入强度（与地区生产总值44,162亿元之比）为{}，比上年提高0.12个百分点。")
    assert ("ratio", "consistent", ["1,086.4亿元", "44,162亿元"], "2.46%") in checks_of(text.format("2.46%"))
    assert ("ratio", "inconsistent", ["1,086.4亿元", "44,162亿元"], "2.64%") in checks_of(text.format("2.64%"))


def test_a_share_after_a_growth_and_its_base_is_of_the_growths_measure():
    text = ("全县村级集体经济总收入4.82亿元，增长12.4%。分来源看，经营性收入2.97亿元，投资收益1.85亿元。"
            "经营性收入同比增长17.9%，上年同期为2.52亿元，占总收入的比重为{}。")
    assert ("ratio", "consistent", ["2.97亿元", "4.82亿元"], "61.6%") in checks_of(text.format("61.6%"))
    assert ("ratio", "inconsistent", ["2.97亿元", "4.82亿元"], "16.6%") in checks_of(text.format("16.6%"))


def test_a_second_share_of_the_first_shares_part_and_a_share_of_the_group():
    text = ("医保结算总金额18.64亿元，其中统筹基金支付11.92亿元，个人账户支付2.35亿元，个人自付4.37亿元。"
            "统筹基金支付占结算总金额的63.9%，占年度医保总额预算指标23.5亿元的{}。"
            "分院区看，牵头医院岚州市第一人民医院结算11.26亿元，占集团的60.4%；"
            "岚山区人民医院、岚州市中西医结合医院分别结算4.95亿元和2.43亿元。")
    checks = checks_of(text.format("50.7%"))
    assert ("ratio", "consistent", ["11.92亿元", "23.5亿元"], "50.7%") in checks
    assert ("ratio", "consistent", ["11.26亿元", "18.64亿元"], "60.4%") in checks
    assert ("ratio", "inconsistent", ["11.92亿元", "23.5亿元"], "57.0%") in checks_of(text.format("57.0%"))


def test_a_kind_listed_alone_named_with_the_wholes_measure_in_its_share():
    text = ("全县农产品网络零售额18.64亿元，同比增长21.7%。分品类看，茶叶7.52亿元，食用菌3.18亿元，"
            "高山蔬菜及杂粮2.45亿元，山茶油等其他特产5.49亿元。茶叶网络零售额占农产品网络零售额的{}，"
            "相当于全县茶叶总产值23.5亿元的32.0%。")
    checks = checks_of(text.format("40.3%"))
    assert ("ratio", "consistent", ["7.52亿元", "18.64亿元"], "40.3%") in checks
    assert ("ratio", "consistent", ["7.52亿元", "23.5亿元"], "32.0%") in checks
    # (a mistyped share of the kind is refuted)
    assert ("ratio", "inconsistent", ["7.52亿元", "18.64亿元"], "43.0%") in checks_of(text.format("43.0%"))


def test_a_rate_of_another_span_of_the_year_is_no_growth_of_the_figures_before_it():
    text = ("2025年10月20日\n前三季度，全市实现社会消费品零售总额1286.47亿元，同比增长5.8%（上年同期为1216.03亿元），"
            "增速比上半年加快0.6个百分点，上半年增长5.2%。")
    checks = checks_of(text)
    assert ("growth", "consistent", ["1286.47亿元", "1216.03亿元"], "5.8%") in checks
    assert not any(kind == "growth" and rate == "5.2%" for kind, _, _, rate in checks)
    assert ("difference", "consistent", ["5.8%", "5.2%"], "0.6个百分点") in checks


def test_a_semicolon_item_of_a_span_of_the_year_ends_a_qizhong_list_of_a_stock():
    text = ("订单方面，截至6月末，公司在手订单215.1亿元，其中储能电池订单89.9亿元，占在手订单的41.8%；"
            "上半年新签订单136.5亿元，同比增长31.4%（上年同期为103.9亿元）。")
    assert not totals_of(text)


def test_what_was_added_then_the_stock_going_from_one_level_to_the_other():
    text = "全年新增家庭养老床位{}张，家庭养老床位总数由1,455张增加到2,315张。"
    assert ("difference", "consistent", ["2,315张", "1,455张"], "860张") in checks_of(text.format("860"))
    # (the base's time between 由 and it)
    dated = "全年新增家庭养老床位860张，家庭养老床位总数由上年末的1,455张增加到2,315张，增长59.1%。"
    assert ("difference", "consistent", ["2,315张", "1,455张"], "860张") in checks_of(dated)
    # (what was added may be gross, some beds closed: it confirms, never refutes)
    assert ("difference", "unverifiable", ["2,315张", "1,455张"], "680张") in checks_of(text.format("680"))


def test_a_kind_and_all_not_of_it_are_siblings_not_parts_of_the_first():
    text = ("全年提取额78.46亿元，占当年缴存额的62.1%。住房消费类提取61.81亿元，占提取额的78.8%，"
            "其中为4.1万名职工办理租赁住房提取9.63亿元；非住房消费类提取16.65亿元。")
    assert not totals_of(text)


def test_a_budget_stated_right_after_the_rate_that_completes_it():
    text = ("二、政府性基金预算。政府性基金预算收入4.18亿元，完成年度预算6.5亿元的64.3%。\n"
            "三、国有资本经营预算。收入1,260万元，为年初预算的{}，年初预算为1,200万元，来自4家企业上缴的利润。")
    assert ("ratio", "consistent", ["1,260万元", "1,200万元"], "105.0%") in checks_of(text.format("105.0%"))
    assert ("ratio", "inconsistent", ["1,260万元", "1,200万元"], "150.0%") in checks_of(text.format("150.0%"))


def test_credit_granted_by_banks_to_projects_counted_before_it():
    text = "中国工商银行鹭汀分行和九江银行鹭汀支行共为19个项目新增授信45.3亿元，已投放28.6亿元，投放率{}。"
    assert ("ratio", "consistent", ["28.6亿元", "45.3亿元"], "63.1%") in checks_of(text.format("63.1%"))
    assert ("ratio", "inconsistent", ["28.6亿元", "45.3亿元"], "36.1%") in checks_of(text.format("36.1%"))


def test_parts_named_by_a_measure_whose_name_holds_zonge():
    # (利润总额 names the profit: each trade's is a part, no total of its own)
    text = ("1-9月，28户省属企业实现利润总额286.35亿元，比上年同期增加31.2亿元，增长12.2%。\n"
            "分行业看，能源类企业实现利润总额132.4亿元，交通类企业78.15亿元，制造类企业51.3亿元，金融及服务类企业{}亿元。"
            "能源类企业利润占省属企业利润总额的比重为46.2%。")
    assert ("consistent", "286.35亿元", ["132.4亿元", "78.15亿元", "51.3亿元", "24.5亿元"]) in totals_of(text.format("24.5"))
    assert ("inconsistent", "286.35亿元", ["132.4亿元", "78.15亿元", "51.3亿元", "42.5亿元"]) in totals_of(text.format("42.5"))
    assert ("ratio", "consistent", ["132.4亿元", "286.35亿元"], "46.2%") in checks_of(text.format("24.5"))


def test_a_change_of_the_growth_rate_is_of_the_growth_not_of_a_share_or_completion_between():
    share = ("其中工业用电量19.59亿千瓦时，增长7.6%，占全社会用电量的68.4%，"
             "增速比上半年提高{}个百分点（上半年增长6.2%）。")
    assert ("difference", "consistent", ["7.6%", "6.2%"], "1.4个百分点") in checks_of(share.format("1.4"))
    assert ("difference", "inconsistent", ["7.6%", "6.2%"], "2.4个百分点") in checks_of(share.format("2.4"))
    done = ("规上工业总产值412.36亿元，同比增长9.8%，上年同期为375.56亿元，完成年度目标480亿元的85.9%{}"
            "增速比1-9月加快0.6个百分点（1-9月增长9.2%）。")
    for mark in ("，", "；"):
        assert ("difference", "consistent", ["9.8%", "9.2%"], "0.6个百分点") in checks_of(done.format(mark))


def test_months_listed_short_of_the_quarter_they_are_summed_to():
    text = "9月零售業總銷貨價值為318.6億港元。7月及8月的銷貨價值分別修訂為305.2億港元及312.9億港元，第三季合共{}億港元。"
    assert ("consistent", "936.7億港元", ["318.6億港元", "305.2億港元", "312.9億港元"]) in totals_of(text.format("936.7"))
    # (the month before read, not stated with the list: the two listed are some of the quarter)
    assert all(status == "unverifiable" for status, _, _ in totals_of(text.format("963.7")))


def test_funds_saved_against_the_budget_and_the_amount_spent():
    text = "全市政府采购预算金额186.42亿元，实际采购金额172.58亿元，节约财政资金{}亿元，资金节约率{}。"
    checks = checks_of(text.format("13.84", "7.4%"))
    assert ("difference", "consistent", ["186.42亿元", "172.58亿元"], "13.84亿元") in checks
    assert ("ratio", "consistent", ["13.84亿元", "186.42亿元"], "7.4%") in checks
    assert ("difference", "inconsistent", ["186.42亿元", "172.58亿元"], "13.48亿元") in checks_of(text.format("13.48", "7.2%"))


def test_a_brokers_risk_coverage_ratio():
    text = "截至年末母公司净资本312.6亿元，各项风险资本准备之和为126.66亿元，风险覆盖率{}，均符合监管标准。"
    assert ("ratio", "consistent", ["312.6亿元", "126.66亿元"], "246.8%") in checks_of(text.format("246.8%"))
    assert ("ratio", "inconsistent", ["312.6亿元", "126.66亿元"], "264.8%") in checks_of(text.format("264.8%"))


def test_bodies_listed_with_fenbie_each_counting_one_noun_add_up_to_a_total_read_before():
    text = "截至11月末，全市累计建成5G基站{}万个。移动、电信和联通分别建成5G基站1.24万个、7,860个和6,540个。"
    assert ("consistent", "2.68万个", ["1.24万个", "7,860个", "6,540个"]) in totals_of(text.format("2.68"))
    # (read from the sentence before, the total is confirmed, never refuted)
    assert not any(status == "inconsistent" for status, _, _ in totals_of(text.format("2.86")))


def test_revenue_covering_a_cost_named_before_fugai():
    text = "全年地铁运营成本31.20亿元，票款收入12.36亿元，票款收入覆盖运营成本的{}。"
    assert ("ratio", "consistent", ["12.36亿元", "31.20亿元"], "39.6%") in checks_of(text.format("39.6%"))
    assert ("ratio", "inconsistent", ["12.36亿元", "31.20亿元"], "36.9%") in checks_of(text.format("36.9%"))


def test_a_developers_collection_rate():
    text = ("本公司实现合同销售金额52.36亿元，同比增长8.3%（上年同期为48.35亿元）；共成交住宅3,126套。"
            "当月实现销售回款46.92亿元，回款率为{}。")
    assert ("ratio", "consistent", ["46.92亿元", "52.36亿元"], "89.6%") in checks_of(text.format("89.6%"))
    assert ("ratio", "inconsistent", ["46.92亿元", "52.36亿元"], "86.9%") in checks_of(text.format("86.9%"))


def test_a_growth_above_the_areas_rate_of_a_measure_named_after_the_area():
    text = ("全县脱贫人口人均纯收入15,860元，同比增长12.4%，上年为14,110元，"
            "增速高于全县农村居民人均可支配收入增速{}个百分点（全县增长9.3%）。")
    assert ("difference", "consistent", ["12.4%", "9.3%"], "3.1个百分点") in checks_of(text.format("3.1"))
    assert ("difference", "inconsistent", ["12.4%", "9.3%"], "1.3个百分点") in checks_of(text.format("1.3"))


def test_a_change_from_last_year_of_a_level_the_sentence_before_stated():
    text = ("全市政府采购预算金额186.42亿元，实际采购金额172.58亿元，节约财政资金13.84亿元。"
            "实际采购金额比上年增加13.62亿元，增长{}。")
    assert ("growth", "consistent", ["172.58亿元", "13.62亿元"], "8.6%") in checks_of(text.format("8.6%"))
    # (named so by the change's own clause, the level is tied: it refutes a mistyped rate)
    assert ("growth", "inconsistent", ["172.58亿元", "13.62亿元"], "6.8%") in checks_of(text.format("6.8%"))


def test_a_share_named_by_a_kind_listed_alone_and_the_wholes_measure():
    text = ("1—9月，全省医疗卫生机构总诊疗人次3.28亿人次，同比增长6.1%（上年同期为3.09亿人次）。分机构看，"
            "医院、基层医疗卫生机构和专业公共卫生机构分别为1.46亿人次、1.71亿人次和0.11亿人次，医院诊疗人次占总诊疗人次的{}。")
    assert ("ratio", "consistent", ["1.46亿人次", "3.28亿人次"], "44.5%") in checks_of(text.format("44.5%"))
    assert ("ratio", "inconsistent", ["1.46亿人次", "3.28亿人次"], "54.4%") in checks_of(text.format("54.4%"))


def test_a_share_named_by_the_measure_of_every_item_of_a_fenbie_run_is_of_none_of_them():
    text = ("全年共安排乡村振兴债券项目17个，分别为高标准农田建设项目6个、农产品冷链物流项目4个、农村供水保障项目5个、"
            "现代农业产业园基础设施项目2个；安排债券资金分别为1.86亿元、1.28亿元、1.53亿元和0.75亿元。"
            "上述项目总投资23.74亿元，债券资金占项目总投资的22.8%。")
    assert not any(rate == "22.8%" for _, _, _, rate in checks_of(text))


def test_a_rate_then_the_values_it_moved_between():
    text = "人民幣存款按月下跌{}，由9月底的人民幣9,507億元減少至人民幣9,326億元。"
    assert ("growth", "consistent", ["人民幣9,326億元", "人民幣9,507億元"], "1.9%") in checks_of(text.format("1.9%"))
    assert ("growth", "inconsistent", ["人民幣9,326億元", "人民幣9,507億元"], "2.9%") in checks_of(text.format("2.9%"))


def test_a_budgets_revenue_total_with_last_years_carry_over_among_its_items():
    text = ("决算显示，2025年全县一般公共预算收入15.82亿元，为调整预算15.2亿元的104.1%，比上年增长5.6%，上年为14.98亿元。"
            "其中，税收收入11.37亿元，占比71.9%；非税收入4.45亿元。加上级补助收入28.64亿元、债务转贷收入6.30亿元和"
            "上年结转1.27亿元，收入总计{}亿元。\n全县一般公共预算支出44.36亿元。加上解上级支出2.18亿元、债务还本支出4.35亿元"
            "和补充预算稳定调节基金0.60亿元，支出总计51.49亿元。收支相抵，结转下年{}亿元。")
    checks = checks_of(text.format("52.03", "0.54"))
    assert ("sum", "consistent", ["15.82亿元", "28.64亿元", "6.30亿元", "1.27亿元"], None) in checks
    assert ("difference", "consistent", ["52.03亿元", "51.49亿元"], "0.54亿元") in checks
    # (the two sides a paragraph apart are read: the balance is confirmed, never refuted)
    assert ("difference", "unverifiable", ["52.03亿元", "51.49亿元"], "0.45亿元") in checks_of(text.format("52.03", "0.45"))


def test_a_banks_loan_to_deposit_and_special_mention_ratios():
    text = ("贷款总额5,436.72亿元，其中公司贷款3,318.40亿元、个人贷款1,702.55亿元、票据贴现415.77亿元；"
            "存款总额6,728.90亿元，存贷比{}。关注类贷款87.45亿元，关注类贷款率{}。")
    checks = checks_of(text.format("80.8%", "1.61%"))
    assert ("ratio", "consistent", ["5,436.72亿元", "6,728.90亿元"], "80.8%") in checks
    assert ("ratio", "consistent", ["87.45亿元", "5,436.72亿元"], "1.61%") in checks
    assert ("ratio", "inconsistent", ["5,436.72亿元", "6,728.90亿元"], "88.0%") in checks_of(text.format("88.0%", "1.61%"))


def test_a_profit_margin_of_firms_named_gui_shang_over_revenue_of_guimo_yishang():
    text = ("全省1,286家规模以上文化及相关产业企业实现营业收入2,468.3亿元，比上年增长7.6%。"
            "规上文化企业实现利润总额186.2亿元，营业收入利润率为{}。")
    assert ("ratio", "consistent", ["186.2亿元", "2,468.3亿元"], "7.5%") in checks_of(text.format("7.5%"))
    assert ("ratio", "inconsistent", ["186.2亿元", "2,468.3亿元"], "5.7%") in checks_of(text.format("5.7%"))


def test_a_share_of_the_districts_taxes_is_of_its_tax_revenue_stated_paragraphs_back():
    text = ("一、总体情况。前三季度，全区实现全口径税收收入86.45亿元，同比增长7.8%，上年同期为80.19亿元。\n"
            "二、分街道情况。枫林街道实现税收15.82亿元，上年同期为14.43亿元，增长9.6%。\n"
            "三、楼宇经济。全区监测商务楼宇64幢，实现税收41.27亿元，占全区税收的{}。")
    assert ("ratio", "consistent", ["41.27亿元", "86.45亿元"], "47.7%") in checks_of(text.format("47.7%"))


def test_an_analysis_by_a_cut_may_name_its_largest_classes_only():
    text = ("115年度總預算案，歲出編列1,386.5億元。歲出按政事別分析，教育科學文化支出482.3億元，占歲出總額34.8%；"
            "社會福利支出268.9億元；經濟發展支出231.6億元。")
    assert ("unverifiable", "1,386.5億元", ["482.3億元", "268.9億元", "231.6億元"]) in totals_of(text)


def test_an_outflow_that_shrinks_as_its_negative_value_rises():
    text = "经营活动产生的现金流量净额为-12.37亿元，上年同期为-18.64亿元，净流出同比减少{}亿元。"
    assert ("difference", "consistent", ["-12.37亿元", "-18.64亿元"], "6.27亿元") in checks_of(text.format("6.27"))
    assert ("difference", "inconsistent", ["-12.37亿元", "-18.64亿元"], "7.27亿元") in checks_of(text.format("7.27"))


def test_vouchers_redeemed_by_their_count():
    text = "全省共发放消费券1,286万张，核销张数1,037万张，核销率{}。"
    assert ("ratio", "consistent", ["1,037万张", "1,286万张"], "80.6%") in checks_of(text.format("80.6%"))
    assert ("ratio", "inconsistent", ["1,037万张", "1,286万张"], "86.0%") in checks_of(text.format("86.0%"))


def test_a_completion_rate_ahead_of_the_time_schedule_in_brackets():
    text = "全市到位市外资金642.38亿元，完成年度目标820亿元的78.3%，{}序时进度（75%）3.3个百分点。"
    assert ("difference", "consistent", ["78.3%", "75%"], "3.3个百分点") in checks_of(text.format("超"))
    assert ("difference", "inconsistent", ["78.3%", "75%"], "3.3个百分点") in checks_of(text.format("落后"))


def test_a_natural_growth_rate_is_the_birth_rate_less_the_death_rate():
    text = "全县出生人口4,236人，出生率6.17‰；死亡人口5,108人，死亡率7.44‰；自然增长率为{}。"
    assert ("difference", "consistent", ["6.17‰", "7.44‰"], "-1.27‰") in checks_of(text.format("-1.27‰"))
    assert ("difference", "inconsistent", ["6.17‰", "7.44‰"], "-1.72‰") in checks_of(text.format("-1.72‰"))
    positive = "全年人口出生率为千分之12.3，死亡率为千分之6.5，自然增长率为千分之{}。"
    assert ("difference", "consistent", ["千分之12.3", "千分之6.5"], "千分之5.8") in checks_of(positive.format("5.8"))
    assert ("difference", "inconsistent", ["千分之12.3", "千分之6.5"], "千分之8.5") in checks_of(positive.format("8.5"))
