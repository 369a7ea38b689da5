"""Claims found by the articles written blind on budgets, grain, green credit, veterans, cross-border
e-commerce, Macau's gaming, new-energy vehicles, live-streamed farm produce, land sales, rental housing,
railways, chips, garbage sorting, Taiwan's farm exports, disaster relief and guidance funds."""
from claims import assert_rate, checks_of, totals_of


def test_a_scopes_part_and_the_rest_in_the_next_item_add_up_to_it():
    # (the rest opens the next ；-item: the scope's list still holds it)
    text = ("截至目前，全县87所学校中已有83所实现学校食堂供餐，食堂供餐率95.4%，比上年提高3.4个百分点；"
            "其余{}所学校采取企业供餐模式。")
    assert ("consistent", "87所", ["83所", "4所"]) in totals_of(text.format(4))
    assert ("inconsistent", "87所", ["83所", "5所"]) in totals_of(text.format(5))


def test_a_target_named_like_an_actual_stated_before_a_larger_figure_is_completed_by_it():
    # (the nearer 总产值 does not agree; the 产值 of the cluster the target names does, read)
    text = ("今年上半年，经开区汽车零部件产业集群实现规上工业产值312.6亿元，占全区规上工业总产值718.6亿元的43.5%；"
            "集群全年产值目标为650亿元，上半年完成{}。")
    assert ("ratio", "consistent", ["312.6亿元", "650亿元"], "48.1%") in checks_of(text.format("48.1%"))
    # (read, it only confirms)
    assert all(c[1] != "inconsistent" for c in checks_of(text.format("41.8%")))


def test_spending_progress_is_over_the_money_the_figure_before_names_after_it():
    # (首批下达的3.5亿元|资金: the money named after the figure, not the year's 各级救灾资金)
    text = ("今年全省已累计下达各级救灾资金12.73亿元，比上年同期的9.86亿元增长29.1%。"
            "首批下达的3.5亿元资金已支出3.06亿元，支出进度为{}。")
    assert ("ratio", "consistent", ["3.06亿元", "3.5亿元"], "87.4%") in checks_of(text.format("87.4%"))
    assert ("ratio", "inconsistent", ["3.06亿元", "3.5亿元"], "78.4%") in checks_of(text.format("78.4%"))


def test_a_turn_to_another_base_compares_the_same_value_with_it():
    text = "單計6月，博彩毛收入176.3億元，較上年同月的173.5億元微升1.6%，較5月的204.9億元則下跌{}。"
    assert ("growth", "consistent", ["176.3億元", "204.9億元"], "14%") in checks_of(text.format("14%"))
    assert ("growth", "inconsistent", ["176.3億元", "204.9億元"], "24%") in checks_of(text.format("24%"))


def test_taiwans_quarter_and_year_rates_take_the_bases_listed_after_them():
    text = "第三季合併營收新台幣186.42億元，季增{}、年增21.3%，第二季及去年同期分別為171.5億元、153.69億元。"
    checks = checks_of(text.format("8.7%"))
    assert ("growth", "consistent", ["新台幣186.42億元", "171.5億元"], "8.7%") in checks
    assert ("growth", "consistent", ["新台幣186.42億元", "153.69億元"], "21.3%") in checks
    assert ("growth", "inconsistent", ["新台幣186.42億元", "171.5億元"], "7.8%") in checks_of(text.format("7.8%"))


def test_a_classification_opening_a_paragraph_breaks_down_the_total_the_one_before_opened_on():
    # (the items carry customs codes in brackets, which the 分别 list reads past)
    text = ("今年上半年，综合试验区实现跨境电商进出口额214.6亿元，同比增长23.5%，完成年度目标380亿元的56.5%。"
            "其中，出口153.2亿元，增长27.1%；进口61.4亿元，增长15.3%。\n"
            "分模式看，跨境电商B2B直接出口（9710）、出口海外仓（9810）和零售进出口（9610、1210）"
            "分别实现89.5亿元、{}亿元和77.8亿元。")
    assert ("consistent", "214.6亿元", ["89.5亿元", "47.3亿元", "77.8亿元"]) in totals_of(text.format("47.3"))
    assert ("inconsistent", "214.6亿元", ["89.5亿元", "43.7亿元", "77.8亿元"]) in totals_of(text.format("43.7"))


def test_a_count_opening_its_sentence_totals_the_items_named_after_where_each_went():
    text = "36名安排工作退役士兵全部完成安置，分别安置到行政机关、事业单位和国有企业4名、19名、{}名。"
    assert ("consistent", "36名", ["4名", "19名", "13名"]) in totals_of(text.format(13))
    assert ("inconsistent", "36名", ["4名", "19名", "15名"]) in totals_of(text.format(15))
    # (some of them may have gone elsewhere: short of the total, the items settle nothing)
    assert ("unverifiable", "36名", ["4名", "19名", "10名"]) in totals_of(text.format(10))


def test_a_pass_rate_counts_the_firms_certified_over_those_applying_before_them():
    # (587家|企业|申报: the count, the noun it counts, then the act that names it the denominator)
    text = "全年共有587家企业申报高新技术企业认定，经专家评审和公示，新认定高新技术企业412家，通过率为{}。"
    assert ("ratio", "consistent", ["412家", "587家"], "70.2%") in checks_of(text.format("70.2%"))
    assert ("ratio", "inconsistent", ["412家", "587家"], "72.0%") in checks_of(text.format("72.0%"))


def test_a_quotas_money_in_is_over_the_quota():
    text = ("今年以来，我县共争取新增地方政府专项债券额度12.86亿元，完成年度争取目标15亿元的85.7%。"
            "截至8月末，已发行到位资金11.42亿元，到位率{}。")
    assert ("ratio", "consistent", ["11.42亿元", "12.86亿元"], "88.8%") in checks_of(text.format("88.8%"))
    assert ("ratio", "inconsistent", ["11.42亿元", "12.86亿元"], "88.0%") in checks_of(text.format("88.0%"))


def test_a_classified_list_gone_on_past_a_comma_is_totalled_by_its_own_sum():
    # (the 合计 after the fourth item ties the list, not the headline's equal figure)
    text = ("今年1至9月全县农产品外销值达新台币52.8亿元，较去年同期的46.89亿元成长12.6%。\n"
            "以品项来看，凤梨外销18.36亿元、毛豆11.75亿元、莲雾9.42亿元，石斑鱼等水产品13.27亿元，四大品项合计52.8亿元。")
    totals = totals_of(text)
    assert ("consistent", "52.8亿元", ["18.36亿元", "11.75亿元", "9.42亿元", "13.27亿元"]) in totals
    assert all(total != "新台币52.8亿元" for _, total, _ in totals)


def test_a_share_moved_to_is_of_the_whole_named_as_a_total_and_the_one_moved_from_of_the_year_before():
    text = ("1-11月，机场累计完成旅客吞吐量1536.8万人次，同比增长12.4%（上年同期为1367.2万人次）。\n"
            "分航线看，国内航线旅客1398.5万人次；国际及地区航线旅客138.3万人次，同比增长64.3%（上年同期为94.5万人次），"
            "占旅客吞吐总量的比重由上年同期的{}提高到{}，提高2.1个百分点。")
    checks = checks_of(text.format("6.9%", "9.0%"))
    assert ("ratio", "consistent", ["138.3万人次", "1536.8万人次"], "9.0%") in checks
    assert ("ratio", "consistent", ["94.5万人次", "1367.2万人次"], "6.9%") in checks
    # (the rate moved to is the text's: it refutes; the one moved from is read, and only confirms)
    assert ("ratio", "inconsistent", ["138.3万人次", "1536.8万人次"], "9.9%") in checks_of(text.format("7.8%", "9.9%"))
    assert all(c[1] != "inconsistent" for c in checks_of(text.format("7.8%", "9.0%")) if c[3] == "7.8%")


def test_a_total_named_as_all_of_a_measure_is_no_narrower_kind_of_it():
    # (专利授权总量 is all the 专利授权量, not the 发明专利授权量 before it)
    text = ("上半年，全市专利授权量9,846件，同比增长12.3%。发明专利、实用新型和外观设计授权量分别为2,618件、6,102件和1,126件，"
            "其中发明专利授权量比上年同期的2,155件增长21.5%，占专利授权总量的26.6%。")
    assert all(c[1] != "inconsistent" for c in checks_of(text))
    assert not any(c[2] == ["2,155件", "2,618件"] for c in checks_of(text))


def test_a_share_is_of_the_figure_before_its_aside_not_of_the_last_in_it():
    text = ("全年提取额43.26亿元。其中，住房消费类提取35.48亿元（购建翻修自住住房14.92亿元，偿还购房贷款本息17.65亿元，"
            "租赁住房2.91亿元），占提取总额的{}。")
    assert ("ratio", "consistent", ["35.48亿元", "43.26亿元"], "82.0%") in checks_of(text.format("82.0%"))
    assert ("ratio", "inconsistent", ["35.48亿元", "43.26亿元"], "28.0%") in checks_of(text.format("28.0%"))


def test_bodies_named_after_a_其中_are_some_of_those_that_did_it():
    text = ("今年计划筹集保障性租赁住房6000套，截至8月底已筹集5620套，完成率93.7%，"
            "其中岚溪城投集团有限公司、岚溪安居建设发展有限公司分别筹集2150套、1380套。")
    assert ("unverifiable", "5620套", ["2150套", "1380套"]) in totals_of(text)


def test_classes_well_above_a_total_tied_by_one_share_overlap():
    # (小微企业 and 制造业企业 are cut by size and by trade: they may overlap)
    text = ("今年1-9月，全区累计新增减税降费及退税缓费9.36亿元，比上年同期的8.12亿元增长15.3%。\n"
            "从政策类型看，新增减税降费4.21亿元，办理增值税留抵退税3.58亿元，缓缴税费1.57亿元。\n"
            "从受益主体看，小微企业和个体工商户享受减免及退税5.62亿元，占总额的60.0%；制造业企业享受政策红利3.05亿元，"
            "同比增长21.5%，区税务局还为286家制造业中小微企业办理缓缴，涉及税费{}亿元。")
    assert ("unverifiable", "9.36亿元", ["5.62亿元", "3.05亿元", "1.12亿元"]) in totals_of(text.format("1.12"))
    # (a part mistyped a little above still refutes: 0.72 for 0.69)
    assert ("inconsistent", "9.36亿元", ["5.62亿元", "3.05亿元", "0.72亿元"]) in totals_of(text.format("0.72"))


def test_rates_of_projects_started_households_signed_and_provisions():
    assert_rate("我市纳入国家城中村改造计划的项目共38个，涉及居民1.92万户。截至９月底，已启动项目31个，开工率{}。",
                ["31个", "38个"], ("81.6%", "86.1%"))
    assert_rate("已启动项目涉及居民9,558户，已完成征收签约8,640户，签约率达{}。",
                ["8,640户", "9,558户"], ("90.4%", "94.0%"))
    # (not over the bad loans written off in the year)
    assert_rate("年末不良贷款余额11.6亿元，不良贷款率1.42%。全年核销和处置不良贷款4.15亿元；贷款损失准备余额25.35亿元，"
                "拨备覆盖率{}。", ["25.35亿元", "11.6亿元"], ("218.5%", "281.5%"))


def test_a_budget_first_set_is_the_target_of_what_was_paid_out():
    assert_rate("三個月來累計核撥補助款新台幣1.26億元，達原編列預算1.5億元的{}。",
                ["新台幣1.26億元", "1.5億元"], ("84.0%", "48.0%"))


def test_points_against_a_quarter_named_with_its_months_and_against_ordinary_days():
    text = "總體失業率為1.9%，較上一季（1至3月）的2.0%下降{}個百分點。"
    assert ("difference", "consistent", ["1.9%", "2.0%"], "0.1個百分點") in checks_of(text.format("0.1"))
    assert ("difference", "inconsistent", ["1.9%", "2.0%"], "0.4個百分點") in checks_of(text.format("0.4"))
    text = "赛事期间全市星级酒店平均入住率91.4%（平日为67.8%），提高{}个百分点。"
    assert ("difference", "consistent", ["91.4%", "67.8%"], "23.6个百分点") in checks_of(text.format("23.6"))
    assert ("difference", "inconsistent", ["91.4%", "67.8%"], "32.6个百分点") in checks_of(text.format("32.6"))


def test_a_rate_names_no_act_of_the_count_before_it_by_its_own_name():
    # (旗下3家酒店…平均入住率: the 入住 is the rate's name, not what the 3 hotels did)
    text = "8月底全澳共有酒店及公寓142家。濠庭酒店管理有限公司表示，旗下3家酒店8月平均入住率達96.5%。"
    assert checks_of(text) == []


def test_a_classification_of_an_act_breaks_down_the_figure_that_acts_rate_follows():
    # (the vouchers redeemed, 2889, not the money put in, 3000, that the redemption rate is over)
    text = ("本轮活动共投入财政资金3000万元，其中餐饮券800万元、零售券1200万元、家电券600万元、文旅券400万元。"
            "截至活动结束，累计核销消费券2889万元，核销率96.3%。\n"
            "从券种看，餐饮券、零售券、家电券、文旅券分别核销768万元、1162万元、{}万元、388万元，其中餐饮券核销率达96.0%。")
    assert ("consistent", "2889万元", ["768万元", "1162万元", "571万元", "388万元"]) in totals_of(text.format(571))
    assert ("inconsistent", "2889万元", ["768万元", "1162万元", "517万元", "388万元"]) in totals_of(text.format(517))
    checks = checks_of(text.format(571))
    assert ("ratio", "consistent", ["2889万元", "3000万元"], "96.3%") in checks
    # (a part's rate known by name is over what its rule names, not the breakdown's total)
    assert not any(c[3] == "96.0%" and c[1] == "inconsistent" for c in checks)


def test_points_against_a_rate_in_brackets_after_what_it_is_of():
    text = "发行规模5亿元，期限7年，票面利率2.65%，较该集团去年发行的同期限债券（3.18%）下降{}个百分点。"
    assert ("difference", "consistent", ["2.65%", "3.18%"], "0.53个百分点") in checks_of(text.format("0.53"))
    assert ("difference", "inconsistent", ["2.65%", "3.18%"], "0.35个百分点") in checks_of(text.format("0.35"))


def test_an_amount_before_a_colon_totals_the_items_after_it_past_their_growths():
    text = ("全市已累计筹集改造资金14.56亿元：争取中央预算内投资和中央财政补助资金7.82亿元，比上年的6.95亿元增长12.5%；"
            "发行地方政府专项债券3.4亿元；市、区两级财政配套2.15亿元；水电气等专营单位出资0.73亿元；居民出资{}亿元。")
    assert ("consistent", "14.56亿元", ["7.82亿元", "3.4亿元", "2.15亿元", "0.73亿元", "0.46亿元"]) \
        in totals_of(text.format("0.46"))
    # (read, the total only confirms)
    assert all(status != "inconsistent" for status, _, _ in totals_of(text.format("0.64")))


def test_the_year_before_of_a_part_is_no_part_of_its_breakdown():
    text = ("非利息收入29.43億港元，佔營業收入的30.4%，當中財富管理手續費收入12.85億港元，去年同期為10.57億港元，"
            "按年大增21.6%。")
    assert not any("10.57億港元" in parts for _, _, parts in totals_of(text))


def test_why_a_part_moved_says_nothing_of_the_list():
    text = ("期內營業收入96.85億港元，按年增長5.2%。其中淨利息收入67.42億港元，按年下跌2.1%，主要受香港銀行同業拆息回落影響；"
            "非利息收入{}億港元，佔營業收入的30.4%。")
    assert ("consistent", "96.85億港元", ["67.42億港元", "29.43億港元"]) in totals_of(text.format("29.43"))
    assert ("inconsistent", "96.85億港元", ["67.42億港元", "29.53億港元"]) in totals_of(text.format("29.53"))


def test_a_verb_that_says_how_much_is_still_a_growths():
    text = "財富管理手續費收入12.85億港元，去年同期為10.57億港元，按年大增{}。"
    assert ("growth", "consistent", ["12.85億港元", "10.57億港元"], "21.6%") in checks_of(text.format("21.6%"))
    assert ("growth", "inconsistent", ["12.85億港元", "10.57億港元"], "12.6%") in checks_of(text.format("12.6%"))


def test_members_counted_each_given_an_amount_then_summed_are_one_part():
    text = ("全年区政府兑现上市扶持资金3,560万元，其中对4家新上市企业每家奖励500万元，合计{}万元，"
            "对辅导备案和完成股改企业分别兑现奖励840万元、720万元。")
    assert ("consistent", "3,560万元", ["2,000万元", "840万元", "720万元"]) in totals_of(text.format("2,000"))
    # (not the two amounts of the 分别 list alone, which fall short: a false alarm)
    assert all(parts != ["840万元", "720万元"] for _, _, parts in totals_of(text.format("2,000")))


def test_a_months_figure_far_below_a_part_is_no_whole_of_its_share():
    # (the year's 公路建设投资 is; 9月当月's 103.7亿元 is a fifth of the part)
    text = ("1-9月，全省完成交通固定资产投资956.4亿元，其中公路建设投资812.6亿元，占全部交通投资的85.0%。"
            "9月当月完成公路投资103.7亿元，环比增长6.5%（8月为97.4亿元）。\n"
            "分项目类型看，高速公路完成投资498.3亿元，同比增长11.6%，占公路投资的{}；普通国省干线完成投资156.8亿元；"
            "农村公路完成投资118.2亿元；公路养护工程及其他完成投资39.3亿元。")
    assert ("ratio", "consistent", ["498.3亿元", "812.6亿元"], "61.3%") in checks_of(text.format("61.3%"))
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("61.3%")))


def test_an_amount_restated_in_another_currency_leaves_the_growth_to_the_amount():
    text = ("今年前三季度，全省跨境人民币结算量达4826.5亿元，折合约672亿美元，同比增长{}（上年同期为4066.2亿元），"
            "占全省本外币跨境收支总额12569.0亿元的38.4%。")
    assert ("growth", "consistent", ["4826.5亿元", "4066.2亿元"], "18.7%") in checks_of(text.format("18.7%"))
    assert ("growth", "inconsistent", ["4826.5亿元", "4066.2亿元"], "17.8%") in checks_of(text.format("17.8%"))
    assert ("ratio", "consistent", ["4826.5亿元", "12569.0亿元"], "38.4%") in checks_of(text.format("18.7%"))


def test_a_forecast_for_the_year_is_a_target():
    assert_rate("今年首9個月累計訪港旅客3,650.8萬人次，已達旅發局全年4,900萬人次預測的{}。",
                ["3,650.8萬人次", "4,900萬人次"], ("74.5%", "75.4%"))


def test_a_target_of_the_increase_is_met_by_the_change():
    text = ("9月末该行普惠型小微企业贷款余额356.8亿元，较年初增加56.2亿元，增长18.7%，"
            "已完成全年增量目标60亿元的{}。")
    assert ("ratio", "consistent", ["56.2亿元", "60亿元"], "93.7%") in checks_of(text.format("93.7%"))
    assert ("ratio", "inconsistent", ["56.2亿元", "60亿元"], "97.3%") in checks_of(text.format("97.3%"))


def test_loans_drawn_over_the_credit_granted():
    assert_rate("14家金融机构为96个重点项目新增授信415亿元，已投放贷款173.6亿元，投放率{}。",
                ["173.6亿元", "415亿元"], ("41.8%", "48.1%"))


def test_a_part_rated_over_the_part_before_is_some_of_it():
    # (those certified are some of the teachers: no list of the staff)
    text = "全县幼儿园共有教职工2,318人，其中专任教师1264人，持有教师资格证的1229人，持证率97.2%。"
    assert totals_of(text) == []
    # (but the unemployed over the two together is the labour force's rate: a list)
    text = "第二季勞動人口為39.62萬人，其中就業人口38.87萬人，失業人口0.75萬人，失業率為1.9%。"
    assert ("consistent", "39.62萬人", ["38.87萬人", "0.75萬人"]) in totals_of(text)


def test_an_item_opening_on_a_share_is_of_the_figure_the_item_before_leads_with():
    # (past the rate and the points of that item; 外贸总值 is all the 外贸进出口总值)
    text = ("今年前三季度，全市外贸进出口总值1,268.4亿元，同比增长7.2%（上年同期为1,183.2亿元）。"
            "其中，对共建“一带一路”国家进出口612.7亿元，比上年同期的550.5亿元增长11.3%，高于全市外贸增速4.1个百分点；"
            "占全市外贸总值的{}，比重较上年同期的46.5%提升1.8个百分点。")
    assert ("ratio", "consistent", ["612.7亿元", "1,268.4亿元"], "48.3%") in checks_of(text.format("48.3%"))
    assert ("ratio", "inconsistent", ["612.7亿元", "1,268.4亿元"], "43.8%") in checks_of(text.format("43.8%"))


def test_a_sum_after_the_parts_and_their_rates_totals_them():
    text = ("全年高新技术产业产值1087.4亿元，同比增长15.3%。\n"
            "分产业看，电子信息、新材料、装备制造三大主导产业产值分别为612.5亿元、401.3亿元和318.7亿元，"
            "分别增长18.6%、9.2%和7.5%，三者合计{}亿元，占园区规上工业总产值的87.3%。")
    assert ("consistent", "1332.5亿元", ["612.5亿元", "401.3亿元", "318.7亿元"]) in totals_of(text.format("1332.5"))
    assert all(total != "1087.4亿元" for _, total, _ in totals_of(text.format("1332.5")))


def test_a_count_of_what_was_checked_is_named_by_the_act_opening_its_clause():
    # (全区抽查…等产品|365批次: the act opens the clause, the count closes it; not the 抽检 of a paragraph before)
    text = ("全区共抽检食品4120批次，合格率98.2%。\n"
            "工业产品方面，全区抽查电线电缆、儿童用品、电动自行车等产品365批次，不合格23批次，不合格发现率{}。")
    assert ("ratio", "consistent", ["23批次", "365批次"], "6.3%") in checks_of(text.format("6.3%"))
    assert ("ratio", "inconsistent", ["23批次", "365批次"], "3.6%") in checks_of(text.format("3.6%"))


def test_taiwans_payout_ratio_is_the_cash_dividend_over_earnings_per_share():
    assert_rate("每股配發現金股利4.2元，配息總額新台幣18.36億元。以2024年每股稅後純益（EPS）7.14元計算，配息率為{}。",
                ["4.2元", "7.14元"], ("58.8%", "55.8%"))


def test_points_against_the_same_quarter_a_year_before():
    text = "全澳酒店平均入住率為91.2%，按年上升{}個百分點（上年同季為89.3%）。"
    assert ("difference", "consistent", ["91.2%", "89.3%"], "1.9個百分點") in checks_of(text.format("1.9"))
    assert ("difference", "inconsistent", ["91.2%", "89.3%"], "2.9個百分點") in checks_of(text.format("2.9"))


def test_points_against_a_rate_in_brackets_after_what_it_is_compared_with():
    for text, inputs, pp, wrong in [
            ("年末民营企业贷款余额2.86万亿元，同比增长10.4%，比各项贷款增速（8.1%）高{}个百分点。",
             ["10.4%", "8.1%"], "2.3", "3.2"),
            ("全省民营经济实现增加值3.12万亿元，同比增长6.1%，增速高于全省GDP（增长5.2%）{}个百分点。",
             ["6.1%", "5.2%"], "0.9", "0.5"),
            ("增长6.1%，增速低于全省GDP（增长7.2%）{}个百分点。", ["6.1%", "7.2%"], "1.1", "1.5")]:
        assert ("difference", "consistent", inputs, pp + "个百分点") in checks_of(text.format(pp))
        assert ("difference", "inconsistent", inputs, wrong + "个百分点") in checks_of(text.format(wrong))


def test_a_completion_names_the_part_its_clause_opens_on():
    text = ("地铁集团全年实现运营收入38.72亿元，其中票务收入21.35亿元、非票务收入17.37亿元，"
            "票务收入完成年度目标20.5亿元的{}。")
    assert_rate(text, ["21.35亿元", "20.5亿元"], ("104.1%", "101.4%"))


def test_the_whole_of_a_share_completes_no_target():
    text = ("１—９月，全区五大产业园区累计实现税收收入61.38亿元，同比增长9.2%，上年同期为56.21亿元；"
            "园区税收占全区税收总收入82.27亿元的74.6%，比上年同期提高1.8个百分点（上年同期为72.8%），"
            "完成年度目标80亿元的76.7%。")
    assert not any(c[2][:1] == ["82.27亿元"] for c in checks_of(text))


def test_rates_listed_after_pairs_raised_from_and_to_are_each_pairs_growth():
    text = ("全省城市低保最低指导标准由每人每月780元提高到820元，农村低保最低指导标准由每人每年6960元提高到7440元，"
            "分别增长5.1%和{}。")
    checks = checks_of(text.format("6.9%"))
    assert ("growth", "consistent", ["820元", "780元"], "5.1%") in checks
    assert ("growth", "consistent", ["7440元", "6960元"], "6.9%") in checks
    assert ("growth", "inconsistent", ["7440元", "6960元"], "9.6%") in checks_of(text.format("9.6%"))


def test_projects_completed_and_put_into_production_are_completed():
    assert_rate("全县在建亿元以上技改项目58个，其中新开工项目23个、续建项目35个；已竣工投产19个，竣工率为{}。",
                ["19个", "58个"], ("32.8%", "23.8%"))


def test_a_bound_inside_the_name_of_what_is_summed_is_no_part():
    # (final held-out batch 232: 投资10亿元以上项目 are projects, not 10亿元 added to the total)
    text = "全年医疗器械领域签约项目46个，总投资312.5亿元，其中投资10亿元以上项目9个、合计投资168亿元，占签约总投资的53.8%。"
    assert totals_of(text) == []
    assert ("ratio", "consistent", ["168亿元", "312.5亿元"], "53.8%") in checks_of(text)


def test_a_rates_base_in_brackets_is_no_actual_of_a_completion():
    text = ("上半年，全县常住人口签约21.46万人，签约率46.3%（常住人口46.35万人），比上年同期的43.1%提高3.2个百分点，"
            "完成市下达年度目标22万人的{}。")
    assert_rate(text, ["21.46万人", "22万人"], ("97.5%", "95.7%"))


def test_general_and_earmarked_transfers_are_all_the_transfers():
    text = "全年争取上级转移支付补助16.28亿元，其中一般性转移支付11.46亿元、专项转移支付{}亿元。"
    assert ("consistent", "16.28亿元", ["11.46亿元", "4.82亿元"]) in totals_of(text.format("4.82"))
    assert ("inconsistent", "16.28亿元", ["11.46亿元", "4.28亿元"]) in totals_of(text.format("4.28"))


def test_a_measure_owned_by_items_of_a_list_names_each_item_without_its_的():
    # (流动业务及固网宽频业务的服务收益: each item's 服务收益, which a later sentence names again)
    text = ("按業務劃分，流動業務及固網寬頻業務的服務收益分別為98.46億港元和57.26億港元。"
            "流動業務服務收益按年上升4.9%（去年同期：93.85億港元）。")
    assert ("growth", "consistent", ["98.46億港元", "93.85億港元"], "4.9%") in checks_of(text)


def test_an_item_comparing_again_with_a_quarter_named_by_its_number():
    text = "第三季旅客總消費為212.6億澳門元，按年上升8.3%，上年同季為196.3億澳門元；較第二季的205.4億元上升{}。"
    assert ("growth", "consistent", ["212.6億澳門元", "205.4億元"], "3.5%") in checks_of(text.format("3.5%"))
    assert ("growth", "inconsistent", ["212.6億澳門元", "205.4億元"], "5.3%") in checks_of(text.format("5.3%"))


def test_far_short_parts_a_其中_lists_with_分别_are_some_of_the_total():
    text = ("分产业看，第一、二、三产业分别实现税收0.62亿元、118.37亿元和193.47亿元。制造业税收96.84亿元，比上年的88.71亿元增长9.2%；"
            "第三产业税收占比61.9%，较上年的60.7%提高1.2个百分点，其中金融业、批发和零售业分别入库27.35亿元、31.08亿元。")
    assert all(status != "inconsistent" for status, _, _ in totals_of(text))


def test_a_base_in_brackets_is_never_the_current_rate_of_points():
    # (增速比1—9月（8.8%）提高…: 8.8% is the base; with the growth a ；-item before, no claim is read)
    text = ("1—10月，全县固定资产投资完成168.42亿元，同比增长9.6%，上年同期为153.67亿元；增速比1—9月（8.8%）提高0.8个百分点，"
            "高于全市平均水平3.1个百分点（全市增长6.5%）。")
    assert not any(c[2] == ["8.8%", "6.5%"] for c in checks_of(text))
    text = "全县投资同比增长9.6%，增速比1—9月（8.8%）提高0.8个百分点，高于全市平均水平{}个百分点（全市增长6.5%）。"
    assert ("difference", "consistent", ["9.6%", "6.5%"], "3.1个百分点") in checks_of(text.format("3.1"))
    assert ("difference", "inconsistent", ["9.6%", "6.5%"], "1.3个百分点") in checks_of(text.format("1.3"))


def test_all_investment_is_no_class_of_a_classification():
    text = ("分产业看，第一产业投资4.36亿元，下降12.4%；第二产业投资71.85亿元，增长18.7%，其中工业投资70.92亿元，"
            "增长19.3%，占全部投资的比重为42.1%；第三产业投资92.21亿元，增长4.2%。")
    assert not any(c[2] == ["70.92亿元", "71.85亿元"] for c in checks_of(text))


def test_points_against_the_batch_before():
    text = "本批债券加权平均中标利率2.09%，比上一批次的2.24%下降{}个百分点。"
    assert ("difference", "consistent", ["2.09%", "2.24%"], "0.15个百分点") in checks_of(text.format("0.15"))
    assert ("difference", "inconsistent", ["2.09%", "2.24%"], "0.51个百分点") in checks_of(text.format("0.51"))
