"""Claims found in session 62, by the articles written blind in it."""
from claims import checks_of, totals_of


def test_a_rate_of_the_level_the_sentence_before_names_is_tied_to_it():
    text = ("今年上半年，市场累计成交额86.4亿元。其中，现货交易额58.7亿元，电商交易额21.3亿元，仓单交易额6.4亿元。"
            "电商交易额同比增长{}（上年同期为16.3亿元），占成交额的比重为24.7%。")
    assert ("growth", "consistent", ["21.3亿元", "16.3亿元"], "30.7%") in checks_of(text.format("30.7%"))
    assert ("growth", "inconsistent", ["21.3亿元", "16.3亿元"], "23.5%") in checks_of(text.format("23.5%"))
    # (a level named paragraphs back, or in a sentence the rate's does not open on, is only read)
    far = text.replace("。电商交易额同比", "。市场交易活跃。电商交易额同比")
    assert ("growth", "unverifiable", ["21.3亿元", "16.3亿元"], "23.5%") in checks_of(far.format("23.5%"))


def test_a_classification_goes_on_through_all_its_items_to_the_total_that_closes_it():
    text = ("截至11月底，全县灌区改造累计完成投资2.81亿元，完成年度计划2.5亿元的112.4%。\n"
            "　　从资金来源看，争取中央预算内投资1.26亿元，占比44.8%；省级水利发展资金8,450万元，县级配套资金4,320万元；"
            "中国农业发展银行清漳县支行发放政策性贷款2,730万元，各类资金合计2.81亿元。")
    totals = totals_of(text)
    assert ("consistent", "2.81亿元", ["1.26亿元", "8,450万元", "4,320万元", "2,730万元"]) in totals
    assert not any(status == "inconsistent" for status, _, _ in totals)


def test_subsidies_named_by_the_fares_they_pay_add_up():
    text = ("市府今年編列公車補貼經費新台幣31.8億元，較去年的27.9億元增加14.0%；其中「雙十公車」票價補貼{}億元、"
            "偏遠及虧損路線營運補貼7.35億元、電動公車購置補助4.83億元。")
    assert ("consistent", "新台幣31.8億元", ["19.62億元", "7.35億元", "4.83億元"]) in totals_of(text.format("19.62"))
    assert ("inconsistent", "新台幣31.8億元", ["19.26億元", "7.35億元", "4.83億元"]) in totals_of(text.format("19.26"))


def test_a_whole_the_part_that_reached_a_stage_and_the_rest():
    text = "中国中车株洲电力机车有限公司承制的首批磁浮车辆16辆，已完成组装9辆，其余{}辆计划明年3月前交付。"
    assert ("consistent", "16辆", ["9辆", "7辆"]) in totals_of(text.format("7"))
    assert ("inconsistent", "16辆", ["9辆", "6辆"]) in totals_of(text.format("6"))
    text = "全年实施粮库改造项目38个，截至12月中旬已完工31个，完工率81.6%，其余{}个明年完工。"
    assert ("consistent", "38个", ["31个", "7个"]) in totals_of(text.format("7"))
    # (a plan's whole stays a plan)
    assert ("consistent", "16个", ["9个", "7个"]) in totals_of("全县计划改造项目16个，已完工9个，其余7个正在建设。")
    # (the rest of another sentence, or with no stage reached, is no such claim)
    assert not totals_of("首批车辆16辆。已完成组装9辆，其余6辆计划明年交付。")
    assert not totals_of("首批车辆16辆，组装9辆，其余6辆计划明年交付。")


def test_a_target_set_at_first_in_brackets_after_the_rate_and_no_target_in_the_headline():
    text = ("長者牙科資助計劃首年受惠長者逾3.2萬人次\n2025年11月18日　來源：香江日報\n"
            "　　文件顯示，計劃首年獲撥款4.8億港元，實際開支4.15億港元，撥款使用率為86.5%；受惠長者共32,640人次，"
            "完成目標的{}（原定目標為3萬人次）。")
    assert ("ratio", "consistent", ["32,640人次", "3萬人次"], "108.8%") in checks_of(text.format("108.8%"))
    assert ("ratio", "inconsistent", ["32,640人次", "3萬人次"], "118.8%") in checks_of(text.format("118.8%"))
    # (the money spent over the money granted)
    assert ("ratio", "consistent", ["4.15億港元", "4.8億港元"], "86.5%") in checks_of(text.format("108.8%"))
    assert ("ratio", "inconsistent", ["4.15億港元", "4.8億港元"], "68.5%") in checks_of(
        text.format("108.8%").replace("86.5%", "68.5%"))


def test_a_budget_is_what_public_finance_arranged_and_a_budget_used_up():
    text = "2025年市级财政安排屋顶光伏补贴资金1.25亿元，实际兑付1.18亿元，为预算的{}，比上年增加0.27亿元。"
    assert ("ratio", "consistent", ["1.18亿元", "1.25亿元"], "94.4%") in checks_of(text.format("94.4%"))
    assert ("ratio", "inconsistent", ["1.18亿元", "1.25亿元"], "49.4%") in checks_of(text.format("49.4%"))
    # (a budget's revenue is no budget it meets: read, it confirms only)
    text = ("全年一般公共预算支出44.61亿元。\n　　收入方面，全年一般公共预算收入完成23.68亿元，为预算的103.2%，"
            "同比增长3.9%。")
    assert not any(status == "inconsistent" for _, status, _, _ in checks_of(text))
    text = "補貼使用金額共1.86億澳門元，已用去計劃總預算3億元的{}。"
    assert ("ratio", "consistent", ["1.86億澳門元", "3億元"], "62.0%") in checks_of(text.format("62.0%"))
    assert ("ratio", "inconsistent", ["1.86億澳門元", "3億元"], "26.0%") in checks_of(text.format("26.0%"))


def test_a_rate_of_works_finished_over_the_works_however_the_time_is_said():
    text = "全年实施粮库改造项目38个；截至12月中旬已完工31个，完工率{}。"
    assert ("ratio", "consistent", ["31个", "38个"], "81.6%") in checks_of(text.format("81.6%"))
    assert ("ratio", "inconsistent", ["31个", "38个"], "18.6%") in checks_of(text.format("18.6%"))
    # (the bridges finished over the bridges repaired, not a class of bridges inspected before)
    text = ("全年完成桥梁定期检测1286座。按技术状况评定，一类、二类桥梁1053座；三类桥梁184座；四类、五类桥梁49座。\n"
            "　　全年实施危旧桥梁加固改造62座，完成投资4.37亿元。截至12月底，已完工桥梁54座，完工率{}；其余8座跨年续建。")
    assert ("ratio", "consistent", ["54座", "62座"], "87.1%") in checks_of(text.format("87.1%"))
    assert ("ratio", "inconsistent", ["54座", "62座"], "78.1%") in checks_of(text.format("78.1%"))


def test_the_first_item_of_one_classification_totals_no_other_and_exports_are_no_trade_both_ways():
    text = ("榕川综试区前三季度跨境电商进出口486.3亿元\n日期：2025/10/21　来源：榕川商报\n"
            "今年前三季度，综合试验区实现跨境电商进出口额486.3亿元。其中，出口352.8亿元，进口133.5亿元。\n"
            "从贸易方式看，跨境电商B2B出口241.6亿元，占出口额的{}。从市场分布看，对美国、欧盟和东盟出口分别为98.4亿元、"
            "86.2亿元和57.9亿元。")
    assert ("ratio", "consistent", ["241.6亿元", "352.8亿元"], "68.5%") in checks_of(text.format("68.5%"))
    assert ("ratio", "inconsistent", ["241.6亿元", "352.8亿元"], "86.5%") in checks_of(text.format("86.5%"))
    assert not any(total == "241.6亿元" for _, total, _ in totals_of(text.format("68.5%")))


def test_three_kinds_or_more_by_commas_within_a_fiftieth_of_the_total_are_all_of_it():
    text = "截至11月底，全市已建成老年助餐服务点612个。其中，社区老年食堂186个，助餐点{}个，农村幸福食堂72个。"
    assert ("consistent", "612个", ["186个", "354个", "72个"]) in totals_of(text.format("354"))
    assert ("inconsistent", "612个", ["186个", "345个", "72个"]) in totals_of(text.format("345"))
    # (farther short, a few kinds of many: some of the total)
    assert ("unverifiable", "612个", ["186个", "245个", "72个"]) in totals_of(text.format("245"))
    text = ("实物配租公租房2,184套，比上年增加296套。其中，面向城镇中等偏下收入住房困难家庭配租1,126套，"
            "面向新市民、青年人配租{}套，面向环卫、公交等公共服务行业一线职工配租315套。")
    assert ("consistent", "2,184套", ["1,126套", "743套", "315套"]) in totals_of(text.format("743"))
    assert ("inconsistent", "2,184套", ["1,126套", "734套", "315套"]) in totals_of(text.format("734"))


def test_amounts_per_member_add_to_no_total_and_a_mode_named_through_a_firm():
    text = ("按牌照類別劃分，獲批個案中固定攤位小販牌照1,058個、流動小販牌照228個。固定攤位牌照持有人每人可獲特惠金"
            "33萬港元，流動小販牌照持有人則為12萬港元，計劃合共發放特惠金3.765億港元。")
    assert not any(total == "3.765億港元" for _, total, _ in totals_of(text))
    text = ("全市林业碳汇成交额1.52亿元。分交易方式看，通过海岚环境能源交易所股份有限公司挂牌成交{}万元，"
            "协议转让成交5,340万元。")
    assert ("consistent", "1.52亿元", ["9,860万元", "5,340万元"]) in totals_of(text.format("9,860"))
    assert ("inconsistent", "1.52亿元", ["9,680万元", "5,340万元"]) in totals_of(text.format("9,680"))


def test_rent_collected_over_rent_due():
    text = "全年收缴租金5,225万元，应收租金5,326万元，租金收缴率{}。"
    assert ("ratio", "consistent", ["5,225万元", "5,326万元"], "98.1%") in checks_of(text.format("98.1%"))
    assert ("ratio", "inconsistent", ["5,225万元", "5,326万元"], "89.1%") in checks_of(text.format("89.1%"))
