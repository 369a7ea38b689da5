"""Claims found by the articles written blind in session 54."""
from claims import assert_rate, checks_of, totals_of


def test_a_part_given_as_a_share_of_another_part_is_inside_it():
    # 农户贷款 is a part of 涉农贷款 (its share says so), no sibling: the two do not add up to the loans
    text = ("各项贷款余额121.56亿元，比年初增加9.84亿元，增长8.8%。其中，涉农贷款余额94.73亿元，占各项贷款余额的77.9%；"
            "农户贷款余额61.28亿元，占涉农贷款的64.7%。")
    checks = checks_of(text)
    assert ("ratio", "consistent", ["61.28亿元", "94.73亿元"], "64.7%") in checks
    assert not totals_of(text)
    # (parts that are siblings still add up: each a share of the total)
    siblings = ("各项贷款余额121.56亿元。其中，涉农贷款余额94.73亿元，占各项贷款余额的77.9%；"
                "其他贷款余额26.83亿元，占各项贷款余额的22.1%。")
    assert ("consistent", "121.56亿元", ["94.73亿元", "26.83亿元"]) in totals_of(siblings)


def test_two_classes_that_make_the_whole_one_rated_over_the_other_still_add_up():
    text = ("年末企业职工基本养老保险参保人数由上年末的238.6万人增加到246.9万人，增长3.5%，"
            "其中在职职工182.4万人，离退休人员{}万人，制度赡养率为35.4%。")
    assert ("consistent", "246.9万人", ["182.4万人", "64.5万人"]) in totals_of(text.format("64.5"))
    # (parts of a 其中 short of the total may be some of it only)
    assert ("unverifiable", "246.9万人", ["182.4万人", "46.5万人"]) in totals_of(text.format("46.5"))


def test_a_share_of_the_total_qizhong_opened_on_is_of_a_part_of_its_measure():
    # (普通高中 names school places a paragraph back, and the year's intake this one)
    text = ("全年新增公办学位26.8万个。分学段看，学前教育5.4万个，义务教育16.9万个，普通高中4.5万个。\n"
            "秋季学期，全省普通高中招生41.26万人，比上年增加1.85万人，增长4.7%；中等职业学校招生24.18万人；"
            "高中阶段学校招生合计65.44万人，其中普通高中占{}。")
    assert ("ratio", "consistent", ["41.26万人", "65.44万人"], "63.1%") in checks_of(text.format("63.1%"))
    # (read, the whole confirms the rate, never refutes it)
    assert not any(kind == "ratio" for kind, *_ in checks_of(text.format("61.3%")))


def test_a_total_after_items_read_past_a_change_of_one_of_them():
    text = "全省普通高中招生41.26万人，比上年增加1.85万人，增长4.7%；中等职业学校招生24.18万人；高中阶段学校招生合计{}万人。"
    assert ("consistent", "65.44万人", ["41.26万人", "24.18万人"]) in totals_of(text.format("65.44"))
    # (read from the context, the parts confirm a total, never refute it)
    assert all(status != "inconsistent" for status, _, _ in totals_of(text.format("64.54")))


def test_a_rate_of_the_quarter_named_by_the_quarter_alone_is_the_firms():
    # (季度毛利: the quarter's, no other owner than the firm's 第三季度…营业收入)
    text = "第三季度公司实现营业收入68.47亿元，同比增长12.6%。季度毛利9.45亿元，毛利率{}。"
    assert ("ratio", "consistent", ["9.45亿元", "68.47亿元"], "13.8%") in checks_of(text.format("13.8%"))
    assert ("ratio", "inconsistent", ["9.45亿元", "68.47亿元"], "18.3%") in checks_of(text.format("18.3%"))


def test_parts_after_fenbiewei_named_by_a_grade():
    text = "新投运35千伏及以上变电站27座，分别为500千伏变电站3座、220千伏变电站9座和110千伏变电站{}座。"
    assert ("consistent", "27座", ["3座", "9座", "15座"]) in totals_of(text.format("15"))
    assert ("inconsistent", "27座", ["3座", "9座", "13座"]) in totals_of(text.format("13"))


def test_a_balance_with_its_spending_in_its_sentence_and_its_income_a_paragraph_back():
    text = ("全市社会保险基金总收入586.74亿元，比上年增长7.2%。其中，企业职工基本养老保险基金收入402.15亿元。"
            "各级财政补贴收入48.6亿元，占基金总收入的8.3%。\n基金总支出531.08亿元，当期结余{}亿元。")
    assert ("difference", "consistent", ["586.74亿元", "531.08亿元"], "55.66亿元") in checks_of(text.format("55.66"))
    # (read so far back, the income only confirms the balance; nor is the subsidy nearer it its income)
    assert not any(kind == "difference" for kind, *_ in checks_of(text.format("56.65")))


def test_a_quarter_on_quarter_rate_with_the_quarter_before_after_it():
    text = "今年第三季幸運博彩毛收入為628.4億澳門元，按年上升6.6%（上年同期為589.7億澳門元），按季增長{}，第二季為600.8億澳門元。"
    assert ("growth", "consistent", ["628.4億澳門元", "600.8億澳門元"], "4.6%") in checks_of(text.format("4.6%"))
    assert ("growth", "inconsistent", ["628.4億澳門元", "600.8億澳門元"], "6.4%") in checks_of(text.format("6.4%"))


def test_a_growth_above_the_provinces_in_the_next_semicolon_item():
    text = "全市社会消费品零售总额682.45亿元，比上年增长6.8%，上年为639.02亿元；增速高于全省平均水平{}个百分点（全省增长5.5%）。"
    assert ("difference", "consistent", ["6.8%", "5.5%"], "1.3个百分点") in checks_of(text.format("1.3"))
    assert ("difference", "inconsistent", ["6.8%", "5.5%"], "3.1个百分点") in checks_of(text.format("3.1"))


def test_rates_of_a_fund_granted_out_and_spent():
    text = "今年縣內農業補助經費總計新台幣12.86億元，較去年的11.42億元增加12.6%。截至11月底已核撥11.74億元，執行率{}。"
    assert ("ratio", "consistent", ["11.74億元", "新台幣12.86億元"], "91.3%") in checks_of(text.format("91.3%"))
    assert ("ratio", "inconsistent", ["11.74億元", "新台幣12.86億元"], "93.1%") in checks_of(text.format("93.1%"))
    spent = ("全县补助资金总规模由上年的3.44亿元增加到3.86亿元，增长12.2%。\n"
             "截至12月31日，累计支出资金3.71亿元，支出进度{}。")
    assert ("ratio", "consistent", ["3.71亿元", "3.86亿元"], "96.1%") in checks_of(spent.format("96.1%"))


def test_the_items_a_list_counts_and_a_level_named_with_its_grade():
    text = "中央、省、市、县四级分别投入2.15亿元、9,600万元、3,400万元和4,100万元，县级投入占资金总量的{}。"
    lead = "全县补助资金总规模3.86亿元。"
    assert ("ratio", "consistent", ["4,100万元", "3.86亿元"], "10.6%") in checks_of(lead + text.format("10.6%"))
    # (资金总量 names no figure: the whole is read, and only confirms)
    assert not any(kind == "ratio" for kind, *_ in checks_of(lead + text.format("16.0%")))


def test_a_completion_whose_target_its_claim_words_as_the_plan_paragraphs_back():
    text = ("全区2025年计划改造老旧小区126个，涉及楼栋862栋、居民2.84万户，计划总投资9.86亿元。\n"
            "截至10月底，126个小区已全部开工，开工率100%；完工98个，完工率77.8%。\n"
            "项目累计完成投资7.42亿元，占计划总投资的{}。")
    assert ("ratio", "consistent", ["7.42亿元", "9.86亿元"], "75.3%") in checks_of(text.format("75.3%"))
    assert ("ratio", "inconsistent", ["7.42亿元", "9.86亿元"], "57.3%") in checks_of(text.format("57.3%"))


def test_sources_of_the_money_opened_by_fangmian():
    text = ("项目累计完成投资7.42亿元。资金来源方面，中央补助资金3.18亿元、省级补助资金1.06亿元、"
            "区级财政配套2.35亿元、引入社会资本{}万元。")
    assert ("consistent", "7.42亿元", ["3.18亿元", "1.06亿元", "2.35亿元", "8,300万元"]) in totals_of(text.format("8,300"))
    assert ("inconsistent", "7.42亿元", ["3.18亿元", "1.06亿元", "2.35亿元", "3,800万元"]) in totals_of(text.format("3,800"))


def test_a_housing_funds_net_income_and_what_was_set_aside_from_it():
    text = "全年实现增值收益13.26亿元，提取贷款风险准备金4.10亿元、管理费用6,800万元、城市廉租住房建设补充资金{}亿元。"
    assert ("consistent", "13.26亿元", ["4.10亿元", "6,800万元", "8.48亿元"]) in totals_of(text.format("8.48"))
    # (the text does not say the list is all of it: read, it confirms only)
    assert totals_of(text.format("8.38")) == []


def test_a_margin_over_the_net_revenue_a_qizhong_broke_down():
    text = ("期內淨收益為86.74億港元，按年上升11.2%（去年同期為78.00億港元），其中博彩收益72.35億港元，非博彩收益14.39億港元。"
            "經調整EBITDA為28.64億港元，經調整EBITDA利潤率為{}。")
    assert ("ratio", "consistent", ["28.64億港元", "86.74億港元"], "33.0%") in checks_of(text.format("33.0%"))
    assert ("ratio", "inconsistent", ["28.64億港元", "86.74億港元"], "39.6%") in checks_of(text.format("39.6%"))


def test_a_growth_of_a_stock_after_new_ones_built_by_bodies_named_at_length():
    text = ("国网澄溪供电公司、澄溪城市发展集团有限公司和澄溪星能充电科技有限公司新建集中式充电站42座，"
            "全市充电站总数达到218座，比上年末增长{}。")
    assert ("growth", "consistent", ["218座", "42座"], "23.9%") in checks_of(text.format("23.9%"))
    # (the stock a year back is read, not stated: it confirms the rate, never refutes it)
    assert ("growth", "unverifiable", ["218座", "42座"], "32.9%") in checks_of(text.format("32.9%"))


def test_the_measure_the_last_item_of_a_list_names_is_every_items():
    text = ("分板块看，高等教育、职业教育、国际及K12教育收入分别为15.72亿元、6.35亿元和2.79亿元；"
            "职业教育收入较上年的5.48亿元增长{}。")
    assert ("growth", "consistent", ["6.35亿元", "5.48亿元"], "15.9%") in checks_of(text.format("15.9%"))
    assert ("growth", "inconsistent", ["6.35亿元", "5.48亿元"], "19.5%") in checks_of(text.format("19.5%"))


def test_a_stock_named_with_latin_letters_after_new_ones_built():
    text = "全年新建5G基站3.47万个，全省5G基站总数达18.62万个，比上年末增长{}。"
    assert ("growth", "consistent", ["18.62万个", "3.47万个"], "22.9%") in checks_of(text.format("22.9%"))


def test_two_kinds_just_over_their_total_are_the_texts_error():
    text = "年末全市持证渔船3,412艘，其中海洋捕捞渔船2,865艘、内陆捕捞渔船{}艘。"
    assert ("consistent", "3,412艘", ["2,865艘", "547艘"]) in totals_of(text.format("547"))
    assert ("inconsistent", "3,412艘", ["2,865艘", "574艘"]) in totals_of(text.format("574"))
    # (far over, the kinds overlap: they confirm, never refute)
    assert all(status != "inconsistent" for status, *_ in totals_of(text.format("1,574")))


def test_named_rates_of_cases_registrations_races_and_profits():
    assert_rate("首三季新申請個案1,085宗，獲批個案948宗，批准率{}。", ["948宗", "1,085宗"], ("87.4%", "84.7%"))
    assert_rate("上半年全市新设经营主体5.62万户，同比增长8.3%。通过平台全程网上办理设立登记5.21万户，网办率{}。",
                ["5.21万户", "5.62万户"], ("92.7%", "97.2%"))
    assert_rate("岚江马拉松报名人数达11.2万人，最终参赛3万人，中签率为{}。", ["3万人", "11.2万人"], ("26.8%", "28.6%"))
    assert_rate("省属企业累计实现营业总收入6,248.7亿元，同比增长5.3%。实现利润总额312.46亿元，营业收入利润率为{}。",
                ["312.46亿元", "6,248.7亿元"], ("5.0%", "5.9%"))


def test_a_trade_deficit_with_the_exports_in_the_sentence_before():
    text = ("2025年9月商品整體出口貨值為4,382億港元，較去年同月的3,941億港元上升11.2%。"
            "同月商品進口貨值為4,615億港元，上升9.8%（去年同月為4,203億港元），錄得有形貿易逆差{}億港元。")
    assert ("difference", "consistent", ["4,615億港元", "4,382億港元"], "233億港元") in checks_of(text.format("233"))
    # (read across the sentences, the sides only confirm the balance)
    assert not any(kind == "difference" for kind, *_ in checks_of(text.format("323")))
    period = ("首九個月，整體出口貨值累計36,852億港元，按年上升13.4%；進口貨值累計38,906億港元，上升10.6%。"
              "期內有形貿易逆差為2,054億港元。")
    assert ("difference", "consistent", ["38,906億港元", "36,852億港元"], "2,054億港元") in checks_of(period)


def test_a_total_named_by_what_kinds_of_the_sentence_before_share():
    text = ("分行业看，海水养殖产值92.64亿元，淡水养殖产值{}亿元，海洋捕捞产值41.08亿元，水产苗种产值14.36亿元。"
            "养殖产值合计130.91亿元。")
    assert ("consistent", "130.91亿元", ["92.64亿元", "38.27亿元"]) in totals_of(text.format("38.27"))
    assert ("inconsistent", "130.91亿元", ["92.64亿元", "36.27亿元"]) in totals_of(text.format("36.27"))


def test_materials_cut_from_one_count_to_another():
    text = "全区将申请材料由3,672份精简至2,296份，减少{}份，精简率{}。"
    checks = checks_of(text.format("1,376", "37.5%"))
    assert ("difference", "consistent", ["2,296份", "3,672份"], "1,376份") in checks
    assert ("growth", "consistent", ["2,296份", "3,672份"], "37.5%") in checks
    checks = checks_of(text.format("1,367", "35.7%"))
    assert ("difference", "inconsistent", ["2,296份", "3,672份"], "1,367份") in checks
    assert ("growth", "inconsistent", ["2,296份", "3,672份"], "35.7%") in checks


def test_named_rates_of_fees_collected_homes_let_and_loans_over_deposits():
    assert_rate("全年应收水费1,498万元，实收1,386万元，收缴率{}。", ["1,386万元", "1,498万元"], ("92.5%", "95.2%"))
    assert_rate("全年筹集人才公寓4,860套。截至12月底，已配租3,920套，配租率{}。", ["3,920套", "4,860套"], ("80.7%", "87.0%"))
    assert_rate("放款餘額21,360億元，較去年同期成長8.4%，存款餘額28,740億元，存放比為{}。",
                ["21,360億元", "28,740億元"], ("74.3%", "73.4%"))


def test_a_rate_named_by_the_one_part_a_qizhong_opened_past_a_growth():
    assert_rate("全年加装电梯214部，比上年增加59部，增长38.1%，其中已投用电梯168部，投用率为{}。",
                ["168部", "214部"], ("78.5%", "87.5%"))
    assert_rate("今年驻岑高校应届毕业生2.34万人，其中留岑就业1.08万人，留岑率{}。",
                ["1.08万人", "2.34万人"], ("46.2%", "42.6%"))


def test_a_figure_reached_from_last_years_is_this_years_total():
    text = ("全市助餐点由上年末的412个增加到558个，增长35.4%。按服务形式分，社区长者食堂、嵌入式助餐点和助餐配送服务点"
            "分别为186个、241个和{}个。")
    assert ("consistent", "558个", ["186个", "241个", "131个"]) in totals_of(text.format("131"))
    assert ("inconsistent", "558个", ["186个", "241个", "137个"]) in totals_of(text.format("137"))


def test_a_month_on_month_rate_against_the_month_before_the_one_the_paragraph_opened_on():
    text = ("2025年11月，公司销售生猪186.42万头，环比增长7.3%，10月份为173.74万头。"
            "当月实现生猪销售收入26.37亿元，环比增长{}，10月份为24.05亿元。")
    assert ("growth", "consistent", ["26.37亿元", "24.05亿元"], "9.6%") in checks_of(text.format("9.6%"))
    assert ("growth", "inconsistent", ["26.37亿元", "24.05亿元"], "6.9%") in checks_of(text.format("6.9%"))


def test_named_rates_of_guarantees_paid_and_selling_expenses():
    assert_rate("全年解除担保776.6亿元，发生代偿9.63亿元，代偿率{}。", ["9.63亿元", "776.6亿元"], ("1.24%", "1.42%"))
    assert_rate("公司实现营业收入128.46亿元。销售费用18.27亿元，销售费用率{}。", ["18.27亿元", "128.46亿元"], ("14.2%", "12.4%"))


def test_a_growth_above_another_measures_stated_a_long_paragraph_back():
    text = ("1-10月，园区累计完成规上工业总产值812.45亿元，完成年度目标960亿元的84.6%，同比增长7.6%，增速比1-9月加快0.3个百分点。"
            "园区新增规上工业企业23家，总数达到412家；亩均产值达到486.3万元，实现税收收入41.26亿元，"
            "园区规上工业企业研发投入18.62亿元，占营业收入的比重为2.1%，有效发明专利达到1,862件。\n"
            "据国网岚溪县供电公司统计，10月份园区工业用电量3.86亿千瓦时，同比增长11.2%，环比增长2.7%。"
            "1-10月累计用电量35.42亿千瓦时，同比增长8.9%，高于产值增速{}个百分点。")
    assert ("difference", "consistent", ["8.9%", "7.6%"], "1.3个百分点") in checks_of(text.format("1.3"))
    # (read so far back, the rates confirm the claim, never refute it)
    assert not any(kind == "difference" and status == "inconsistent" for kind, status, *_ in checks_of(text.format("3.1")))


def test_the_ratio_of_two_measures_the_text_names():
    text = ("社会物流总费用1,042.6亿元，其中运输费用561.3亿元。社会物流总费用与地区生产总值（7,500.7亿元）的比率为{}，"
            "比上年下降0.4个百分点。")
    assert ("ratio", "consistent", ["1,042.6亿元", "7,500.7亿元"], "13.9%") in checks_of(text.format("13.9%"))
    assert ("ratio", "inconsistent", ["1,042.6亿元", "7,500.7亿元"], "19.3%") in checks_of(text.format("19.3%"))


def test_named_rates_of_a_banks_loans_in_total_and_a_line_of_credit_drawn():
    lead = "截至9月末，贷款总额6,842.5亿元，较年初增加412.8亿元，增长6.4%。"
    assert_rate(lead + "不良贷款余额80.74亿元，不良贷款率{}。", ["80.74亿元", "6,842.5亿元"], ("1.18%", "1.81%"))
    assert_rate(lead + "逾期贷款余额96.3亿元，逾期贷款率{}。", ["96.3亿元", "6,842.5亿元"], ("1.41%", "1.14%"))
    assert_rate("4家銀行提供聯合授信額度180億元，目前已動撥96.5億元，動撥率{}。", ["96.5億元", "180億元"], ("53.6%", "56.3%"))
    assert_rate("截至10月底累計完工5,834戶。入住方面，已完工社宅入住家戶5,302戶，入住率{}。",
                ["5,302戶", "5,834戶"], ("90.9%", "99.0%"))


def test_a_cost_per_unit_cut_from_one_value_to_another():
    text = "吨水泥综合成本由上年的232元下降至218元，每吨下降{}元，降幅6.0%。"
    assert ("difference", "consistent", ["218元", "232元"], "14元") in checks_of(text.format("14"))
    assert ("difference", "inconsistent", ["218元", "232元"], "41元") in checks_of(text.format("41"))


def test_a_growth_above_another_measures_after_a_previous_value_in_brackets():
    text = ("全市餐饮收入86.42亿元，同比增长11.6%（上年同期为77.44亿元），增速高于全市社会消费品零售总额{}个百分点"
            "（社会消费品零售总额增长7.3%）。")
    assert ("difference", "consistent", ["11.6%", "7.3%"], "4.3个百分点") in checks_of(text.format("4.3"))


def test_a_share_named_with_a_word_of_the_parts_name_left_out():
    text = ("全年筹集低保资金78.65亿元。其中，中央财政补助资金52.40亿元，省级财政资金14.18亿元，市县财政资金12.07亿元，"
            "中央补助资金占比{}。")
    assert ("ratio", "consistent", ["52.40亿元", "78.65亿元"], "66.6%") in checks_of(text.format("66.6%"))
    assert ("ratio", "inconsistent", ["52.40亿元", "78.65亿元"], "60.6%") in checks_of(text.format("60.6%"))


def test_what_is_left_of_a_whole_after_the_part_paid():
    text = ("今年应发补贴资金6,664.78万元。截至6月10日，已发放6,531.2万元，占应发资金的98.0%，剩余{}万元正在核实。")
    assert ("difference", "consistent", ["6,664.78万元", "6,531.2万元"], "133.58万元") in checks_of(text.format("133.58"))
    # (the whole is found by the sum: read so, it confirms only)
    assert not any(kind == "difference" for kind, *_ in checks_of(text.format("135.58")))


def test_a_part_given_as_a_share_is_broken_down_in_turn_by_baokuo():
    text = "入住各类人才1.26万人，其中硕士及以上学历人才3,100名，占入住人才的24.6%，包括博士386名、硕士{}名。"
    assert ("consistent", "3,100名", ["386名", "2,714名"]) in totals_of(text.format("2,714"))
    assert ("inconsistent", "3,100名", ["386名", "2,741名"]) in totals_of(text.format("2,741"))
    assert not any(total == "1.26万人" for _, total, _ in totals_of(text.format("2,714")))


def test_pairs_of_a_list_grouped_by_commas_are_one_list():
    text = ("截至2025年末，辖区共有境内上市公司138家，比上年末增加9家。其中，沪市主板41家、科创板19家，深市主板33家、"
            "创业板37家，北交所{}家。")
    assert ("consistent", "138家", ["41家", "19家", "33家", "37家", "8家"]) in totals_of(text.format("8"))
    assert ("inconsistent", "138家", ["41家", "19家", "33家", "37家", "9家"]) in totals_of(text.format("9"))
    # (a list closed by 和 before the comma is whole: the spending after it is another list)
    funds = ("全年基金总收入283.13亿元，总支出262.76亿元。分险种看，养老、失业、工伤保险基金收入分别为268.74亿元、9.86亿元和"
             "4.53亿元，支出分别为251.38亿元、7.42亿元和3.96亿元。")
    assert ("consistent", "283.13亿元", ["268.74亿元", "9.86亿元", "4.53亿元"]) in totals_of(funds)
