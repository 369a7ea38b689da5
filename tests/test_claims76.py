"""Claims found in session 76, by the articles written blind in it."""
from claims import checks_of


def test_the_funders_of_an_amount_listed_after_it():
    text = "改造工程总投资6,200万元，由省交通厅补助3,800万元、市财政配套1,500万元，县级自筹{}。"
    assert ("sum", "consistent", ["3,800万元", "1,500万元", "900万元"], None) in checks_of(text.format("900万元"))
    # (a list that runs past its total may end anywhere: as after 其中, it refutes nothing)
    assert not [c for c in checks_of(text.format("1,900万元")) if c[1] == "inconsistent"]


def test_a_growth_right_after_a_share_is_of_the_shares_part():
    text = ("今年前5月荔枝出口总值7.52亿元。从市场看，销往日本、韩国、新加坡分别为4.26亿元、1.88亿元、1.38亿元。"
            "日本仍是最大市场，占出口总值的56.6%，较去年同期的3.71亿元增长{}。")
    assert ("growth", "consistent", ["4.26亿元", "3.71亿元"], "14.8%") in checks_of(text.format("14.8%"))
    assert ("growth", "inconsistent", ["4.26亿元", "3.71亿元"], "18.4%") in checks_of(text.format("18.4%"))


def test_a_whole_named_without_the_size_counted_by():
    text = "1-6月，全县规模以上企业实现产值92.4亿元，同比增长8.1%。出口交货值18.3亿元，占全县产值的{}。"
    assert ("ratio", "consistent", ["18.3亿元", "92.4亿元"], "19.8%") in checks_of(text.format("19.8%"))
    # (found by its name in another sentence, it confirms only)
    assert ("ratio", "unverifiable", ["18.3亿元", "92.4亿元"], "18.9%") in checks_of(text.format("18.9%"))
    text = "项目完成投资3.20亿元，核定补助资金合计4,160万元，相当于项目投资额的{}。"
    assert ("ratio", "consistent", ["4,160万元", "3.20亿元"], "13.0%") in checks_of(text.format("13.0%"))
    assert ("ratio", "inconsistent", ["4,160万元", "3.20亿元"], "31.0%") in checks_of(text.format("31.0%"))


def test_a_count_of_all_named_by_its_classifier_is_no_kind_of_a_classification():
    text = ("全年发放借款2,650笔。分用途看，种植业借款1,420笔、养殖业借款830笔、商贸借款400笔。"
            "向低收入户发放借款1,060笔，占借款笔数的{}。")
    assert ("ratio", "consistent", ["1,060笔", "2,650笔"], "40.0%") in checks_of(text.format("40.0%"))
    assert ("ratio", "unverifiable", ["1,060笔", "2,650笔"], "47.0%") in checks_of(text.format("47.0%"))


def test_rates_known_by_name():
    cases = [
        ("全年到期借款6,420万元，按期收回6,375万元，到期回收率{}。", ["6,375万元", "6,420万元"], "99.3%", "93.9%"),
        ("縣政府今年編列新台幣2,500萬元補助漁民汰換設備，目前已核撥1,850萬元，執行率{}。", ["1,850萬元", "新台幣2,500萬元"],
         "74.0%", "47.0%"),
        ("衛生局上半年共進行現場巡查2,160次，發現違規個案54宗，違規率為{}。", ["54宗", "2,160次"], "2.5%", "5.2%"),
        ("集群规上企业实现产值186.4亿元，同比增长9.2%。集群研发经费投入5.22亿元，研发投入强度为{}。", ["5.22亿元", "186.4亿元"],
         "2.8%", "3.8%"),
    ]
    for text, inputs, right, wrong in cases:
        assert ("ratio", "consistent", inputs, right) in checks_of(text.format(right)), text
        assert ("ratio", "inconsistent", inputs, wrong) in checks_of(text.format(wrong)), text


def test_from_the_year_before_last_to_last_year():
    text = "全區設置的舊衣回收箱數目由前年的318個增至去年的402個，增加{}個，增幅{}。"
    checks = checks_of(text.format(84, "26.4%"))
    assert ("growth", "consistent", ["402個", "318個"], "26.4%") in checks
    assert ("difference", "consistent", ["402個", "318個"], "84個") in checks
    checks = checks_of(text.format(48, "24.6%"))
    assert ("growth", "inconsistent", ["402個", "318個"], "24.6%") in checks
    assert ("difference", "inconsistent", ["402個", "318個"], "48個") in checks


def test_a_share_whose_subject_names_one_item_of_a_list():
    # (its whole left unnamed, read from the context: it confirms only)
    text = ("上半年本澳葡萄酒進口總額為2.36億澳門元。按來源地劃分，來自法國9,820萬元，來自葡語國家5,640萬元，"
            "來自其他地區8,140萬元。葡語國家市場所佔比重為{}。")
    assert ("ratio", "consistent", ["5,640萬元", "2.36億澳門元"], "23.9%") in checks_of(text.format("23.9%"))
    text = ("本届拍卖会成交总额12.5亿元。分竞价方式看，现场竞价区成交7.25亿元，网络竞价区成交5.25亿元。"
            "网络竞价成交额所占比重为{}。")
    assert ("ratio", "consistent", ["5.25亿元", "12.5亿元"], "42.0%") in checks_of(text.format("42.0%"))


def test_the_rest_of_a_paired_list_counts_nothing():
    text = ("公司新签订单金额合计52.6亿元。分产品看，新签挖掘机1,200台，订单金额30.4亿元；新签装载机860台，"
            "订单金额14.7亿元；其他产品订单金额{}。")
    assert ("sum", "consistent", ["30.4亿元", "14.7亿元", "7.5亿元"], None) in checks_of(text.format("7.5亿元"))


def test_a_whole_named_again_is_the_one_named_first():
    text = ("基金累计批出拨款12.80亿元。其中，甲计划批出拨款9.60亿元，占总拨款的75.0%；乙计划批出拨款3.20亿元。\n"
            "以用途划分，设备购置项目获批4.48亿元，占总拨款的{}。")
    assert ("ratio", "consistent", ["4.48亿元", "12.80亿元"], "35.0%") in checks_of(text.format("35.0%"))
    assert ("ratio", "inconsistent", ["4.48亿元", "12.80亿元"], "53.0%") in checks_of(text.format("53.0%"))


def test_a_classifications_whole_is_what_was_done_not_the_target_beside_it():
    text = ("全市累计完成清洁取暖改造3.75万户，为年度目标任务4.2万户的89.3%。分类型看，燃气改造2.46万户，"
            "地源热泵改造0.98万户，其他改造0.31万户；热泵改造户数占比{}。")
    assert ("ratio", "consistent", ["0.98万户", "3.75万户"], "26.1%") in checks_of(text.format("26.1%"))
    assert ("ratio", "inconsistent", ["0.98万户", "3.75万户"], "21.6%") in checks_of(text.format("21.6%"))


def test_a_part_of_the_year_in_a_cause_clause_before_the_whole_year():
    text = "受上半年持续干旱影响，全年实现灌溉水费收入2,418.6万元，同比下降{}（上年为2,583.2万元）。"
    assert ("growth", "consistent", ["2,418.6万元", "2,583.2万元"], "6.4%") in checks_of(text.format("6.4%"))
    assert ("growth", "inconsistent", ["2,418.6万元", "2,583.2万元"], "4.6%") in checks_of(text.format("4.6%"))


def test_a_net_decrease_spelled_out():
    text = "年末全县定点屠宰企业由上年末的19家减少至15家，净减少{}家。"
    assert ("difference", "consistent", ["15家", "19家"], "4家") in checks_of(text.format(4))
    assert ("difference", "inconsistent", ["15家", "19家"], "5家") in checks_of(text.format(5))


def test_an_item_opening_on_a_completion_done_so_far():
    text = "1-9月，全县茶产业实现综合产值26.45亿元，同比增长9.4%，上年同期为24.18亿元；已完成年度目标30亿元的{}。"
    assert ("ratio", "consistent", ["26.45亿元", "30亿元"], "88.2%") in checks_of(text.format("88.2%"))
    assert ("ratio", "inconsistent", ["26.45亿元", "30亿元"], "82.8%") in checks_of(text.format("82.8%"))
