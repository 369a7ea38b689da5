"""Claims found in session 80, by the articles written blind in it."""
from claims import checks_of


def test_a_level_the_base_and_the_change_add_up_to_a_paragraph_back():
    text = ("　　截至6月底，全县已登记个体工商户9,200户，占摸底数的96.0%。\n"
            "　　从行业看，批发零售业5,100户，住宿餐饮业2,300户。与上次普查时的7,500户相比，个体工商户增加1,700户，增长{}。")
    # (the nearest count of the base's measure, 住宿餐饮业2,300户, is no level the change brings the base to)
    assert ("growth", "consistent", ["9,200户", "7,500户"], "22.7%") in checks_of(text.format("22.7%"))
    # (read so, the level confirms the rate, never refutes it)
    assert ("growth", "unverifiable", ["9,200户", "7,500户"], "27.2%") in checks_of(text.format("27.2%"))
    assert ("difference", "consistent", ["9,200户", "7,500户"], "1,700户") in checks_of(text.format("22.7%"))
    assert not any(c[0] == "growth" and "2,300户" in c[2] for c in checks_of(text.format("22.7%")))


def test_a_level_named_again_two_paragraphs_before_its_change():
    text = ("　　本期核定修缮补助金额合计1.50亿元。\n"
            "　　分类别看，屋顶修缮补助0.90亿元，外墙修缮补助0.60亿元。\n"
            "　　本期核定修缮补助金额较上期的1.20亿元增加3,000万元，增长{}。")
    assert ("growth", "consistent", ["1.50亿元", "1.20亿元"], "25.0%") in checks_of(text.format("25.0%"))
    assert ("difference", "consistent", ["1.50亿元", "1.20亿元"], "3,000万元") in checks_of(text.format("25.0%"))
    # (a name the claim does not give reaches no further than its paragraph)
    unnamed = text.replace("本期核定修缮补助金额较上期的", "较上期的")
    assert not any(c[0] == "growth" for c in checks_of(unnamed.format("25.0%")))


def test_the_base_in_brackets_then_the_change_named_again():
    text = "全年赴外地巡演90场（上年为72场），巡演场次增加{}场。"
    assert ("difference", "consistent", ["90场", "72场"], "18场") in checks_of(text.format("18"))
    assert ("difference", "inconsistent", ["90场", "72场"], "12场") in checks_of(text.format("12"))


def test_a_share_of_a_kind_whose_name_leaves_out_the_act():
    text = ("全年实现营业收入2,000万元。分项看，演出收入1,000万元，木偶、头饰等文创产品销售收入600万元，培训收入400万元。"
            "文创产品收入占营业收入的比重为{}。")
    assert ("ratio", "consistent", ["600万元", "2,000万元"], "30.0%") in checks_of(text.format("30.0%"))
    assert ("ratio", "inconsistent", ["600万元", "2,000万元"], "36.0%") in checks_of(text.format("36.0%"))


def test_a_budget_execution_rate_over_the_funds_set_aside():
    text = "区财政安排地名普查专项经费800万元，全年实际支出720万元，预算执行率为{}。"
    assert ("ratio", "consistent", ["720万元", "800万元"], "90.0%") in checks_of(text.format("90.0%"))
    assert ("ratio", "inconsistent", ["720万元", "800万元"], "99.0%") in checks_of(text.format("99.0%"))


def test_faults_mended_over_those_found():
    text = "巡检共发现故障设备400台，截至月底已修复360台，修复率{}。"
    assert ("ratio", "consistent", ["360台", "400台"], "90.0%") in checks_of(text.format("90.0%"))
    assert ("ratio", "inconsistent", ["360台", "400台"], "60.0%") in checks_of(text.format("60.0%"))


def test_runners_drawn_over_applications_and_finishers_over_starters():
    text = "本届赛事共收到报名申请50,000份，最终参赛跑手20,000人，中签率为{}。"
    assert ("ratio", "consistent", ["20,000人", "50,000份"], "40.0%") in checks_of(text.format("40.0%"))
    assert ("ratio", "inconsistent", ["20,000人", "50,000份"], "4.0%") in checks_of(text.format("4.0%"))
    text = "半程马拉松组参赛跑手8,000人。半程马拉松组完赛跑手7,600人，完赛率达{}。"
    assert ("ratio", "consistent", ["7,600人", "8,000人"], "95.0%") in checks_of(text.format("95.0%"))


def test_contracts_fulfilled_by_the_year_end():
    text = "全年共签订出口订单120笔，合同金额2,000万美元，截至年底已履约1,800万美元，履约率{}。"
    assert ("ratio", "consistent", ["1,800万美元", "2,000万美元"], "90.0%") in checks_of(text.format("90.0%"))
    assert ("ratio", "inconsistent", ["1,800万美元", "2,000万美元"], "80.0%") in checks_of(text.format("80.0%"))


def test_a_list_of_lenders_after_a_topic_ending_in_shang():
    text = "金融支持上，甲银行、乙信用社和丙银行共向基地种植大户和合作社发放“葡萄贷”1.00亿元，分别为0.50亿元、0.30亿元和{}亿元。"
    assert ("sum", "consistent", ["0.50亿元", "0.30亿元", "0.20亿元"], None) in checks_of(text.format("0.20"))
    assert ("sum", "inconsistent", ["0.50亿元", "0.30亿元", "0.10亿元"], None) in checks_of(text.format("0.10"))


def test_a_rate_in_the_title_names_no_whole():
    text = ("花灯展闭幕 参观人次按年升10.0%\n\n"
            "　　花灯展共吸引参观者110万人次，按年增长10.0%（上届为100万人次）。"
            "其中旅客77万人次，本地居民33万人次，旅客占参观人次的{}。")
    assert ("ratio", "consistent", ["77万人次", "110万人次"], "70.0%") in checks_of(text.format("70.0%"))
    # (the total 其中 opened on, read so, confirms the rate, never refutes it)
    assert not any(c[0] == "ratio" for c in checks_of(text.format("77.0%")))


def test_a_seasons_target_done_so_far():
    text = "全镇粽子销售额达4,000万元，同比增长8.0%。镇里年初确定的节前销售目标为5,000万元，目前已完成{}。"
    assert ("ratio", "consistent", ["4,000万元", "5,000万元"], "80.0%") in checks_of(text.format("80.0%"))


def test_parts_named_by_a_measure_add_up_to_no_other_measure():
    # (the two firms' revenue happen to make the gross profit: its whole is the revenue, and they are some of it)
    text = ("会员企业全年实现营业收入10.00亿元，实现毛利4.00亿元，毛利率40.0%。"
            "其中，甲陶艺有限公司营业收入2.50亿元，乙窑业有限公司营业收入1.50亿元。")
    assert not any(c[0] == "sum" and c[1] in ("consistent", "inconsistent") for c in checks_of(text))


def test_a_lead_firm_then_two_in_a_list_then_their_total():
    text = "龙头企业甲香料有限公司实现产值2.00亿元，乙油脂有限公司、丙植物科技有限公司分别实现产值1.20亿元和{}亿元，合计4.00亿元。"
    assert ("sum", "consistent", ["2.00亿元", "1.20亿元", "0.80亿元"], None) in checks_of(text.format("0.80"))
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("0.80")))


def test_a_change_is_no_level_of_a_later_comparison():
    text = "全年隧道费收入合共30.00亿港元，按年增加2.00亿港元，增幅为7.1%，较年初估算的28亿港元高出{}亿港元。"
    assert ("difference", "consistent", ["30.00亿港元", "28亿港元"], "2.00亿港元") in checks_of(text.format("2.00"))
    assert not any(c[0] == "difference" and c[1] == "inconsistent" for c in checks_of(text.format("2.00")))


def test_a_growth_of_an_amount_named_by_its_act():
    text = "全年实现销售收入5000万元，其中线上销售2000万元、线下销售3000万元。线上销售额同比增长{}，上年同期为1600万元。"
    assert ("growth", "consistent", ["2000万元", "1600万元"], "25.0%") in checks_of(text.format("25.0%"))
    assert ("growth", "inconsistent", ["2000万元", "1600万元"], "52.0%") in checks_of(text.format("52.0%"))
