"""Claims found by the articles written blind on budgets, grain, green credit, veterans, cross-border
e-commerce, Macau's gaming, new-energy vehicles, live-streamed farm produce, land sales, rental housing,
railways, chips, garbage sorting, Taiwan's farm exports, disaster relief and guidance funds."""
from claims import checks_of, totals_of


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
