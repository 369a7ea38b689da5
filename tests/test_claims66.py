"""Claims found in session 66, by the articles written blind in it."""
from claims import checks_of, totals_of


def test_a_share_named_by_kind_and_measure_is_of_its_items_figure_and_the_classified_total():
    text = ("上半年全市成交国有建设用地出让金96.40亿元，同比下降8.2%。\n"
            "分用途看，商品住宅用地成交14宗、出让金61.70亿元；商业用地成交6宗、出让金12.30亿元；"
            "工业用地成交25宗、出让金22.40亿元。商品住宅用地出让金占比为{}，仍居首位。")
    assert ("ratio", "consistent", ["61.70亿元", "96.40亿元"], "64.0%") in checks_of(text.format("64.0%"))
    assert ("ratio", "inconsistent", ["61.70亿元", "96.40亿元"], "46.0%") in checks_of(text.format("46.0%"))


def test_a_stage_after_a_semicolon_is_no_kind_of_the_projects_signed():
    text = "全年新签约茶产业项目16个，签约总投资28.4亿元，其中亿元以上项目7个；已开工12个，开工率{}。"
    checks = checks_of(text.format("75.0%"))
    assert ("ratio", "consistent", ["12个", "16个"], "75.0%") in checks
    assert not any(kind == "sum" and status != "unverifiable" for kind, status, _, _ in checks)
    # (a breakdown by stage is still one)
    staged = totals_of("全县在建项目14个，其中已竣工5个；开工6个；前期3个。")
    assert ("consistent", "14个", ["5个", "6个", "3个"]) in staged


def test_a_clause_on_all_of_another_thing_ends_no_list_of_places():
    text = "全年实施农村公路项目{}个，其中提档升级项目24个、通村公路项目15个、危桥改造项目8个，共改造危桥19座。"
    assert ("consistent", "47个", ["24个", "15个", "8个"]) in totals_of(text.format(47))
    assert ("inconsistent", "45个", ["24个", "15个", "8个"]) in totals_of(text.format(45))


def test_facilities_counted_by_chu_are_places_with_their_kinds():
    text = "全区共有养老服务设施{}处，其中养老机构21家、街道综合养老服务中心7个、社区日间照料中心96个。"
    assert ("consistent", "124处", ["21家", "7个", "96个"]) in totals_of(text.format(124))


def test_gross_profit_by_its_longer_name_gives_the_gross_margin():
    text = "龙头企业实现营业收入5.36亿元、毛利润1.42亿元，毛利率{}；"
    assert ("ratio", "consistent", ["1.42亿元", "5.36亿元"], "26.5%") in checks_of(text.format("26.5%"))
    assert ("ratio", "inconsistent", ["1.42亿元", "5.36亿元"], "25.6%") in checks_of(text.format("25.6%"))


def test_a_gross_margin_with_no_owner_is_over_the_revenue_with_none():
    text = ("本季营收为人民币52.40亿元，同比增长21.6%。快递服务营收为人民币31.80亿元，同比增长18.2%。"
            "仓储服务营收为人民币6.10亿元，同比增长9.5%。毛利润为人民币4.72亿元，同比增长40.1%。毛利率为{}，同比提高1.2个百分点。")
    assert ("ratio", "consistent", ["人民币4.72亿元", "人民币52.40亿元"], "9.0%") in checks_of(text.format("9.0%"))
    assert ("ratio", "inconsistent", ["人民币4.72亿元", "人民币52.40亿元"], "7.7%") in checks_of(text.format("7.7%"))


def test_taiwans_loans_over_deposits_named_with_lu():
    text = "信用部存款總額為新台幣142.60億元；放款總額96.30億元，存放比率為{}，仍低於上限。"
    assert ("ratio", "consistent", ["96.30億元", "新台幣142.60億元"], "67.53%") in checks_of(text.format("67.53%"))
    assert ("ratio", "inconsistent", ["96.30億元", "新台幣142.60億元"], "76.53%") in checks_of(text.format("76.53%"))


def test_a_tenders_winners_and_the_kinds_bought_give_their_rates():
    text = "本批集采共纳入36个品种，其中31个品种采购成功，采购成功率为{}。共有212家企业参与投标，127家企业获得中选资格，中选率{}。"
    checks = checks_of(text.format("86.1%", "59.9%"))
    assert ("ratio", "consistent", ["31个", "36个"], "86.1%") in checks
    assert ("ratio", "consistent", ["127家", "212家"], "59.9%") in checks
    checks = checks_of(text.format("81.6%", "95.9%"))
    assert ("ratio", "inconsistent", ["31个", "36个"], "81.6%") in checks
    assert ("ratio", "inconsistent", ["127家", "212家"], "95.9%") in checks


def test_a_change_of_a_measure_named_again_is_of_the_level_it_is_the_difference_of():
    text = "“青年創業援助計劃”共收到申請864宗，批核703宗，批核率為81.4%；批核宗數較上年的655宗增加{}宗。"
    assert ("difference", "consistent", ["703宗", "655宗"], "48宗") in checks_of(text.format(48))
    # (read so, it confirms only)
    assert not any(kind == "difference" and status == "inconsistent" for kind, status, _, _ in checks_of(text.format(46)))
    text = "共为辖区386户出口企业办理出口退税8.12亿元，同比增长9.3%。办理户数比上年同期的341户增加{}户。"
    assert ("difference", "consistent", ["386户", "341户"], "45户") in checks_of(text.format(45))


def test_a_change_after_what_the_count_did_at_length():
    text = "全年共有1,248家外贸企业通过中欧班列发运货物，较上年的1,067家增加{}家。"
    assert ("difference", "consistent", ["1,248家", "1,067家"], "181家") in checks_of(text.format(181))


def test_a_base_in_brackets_then_the_change_from_it():
    text = "全市备案博物馆31座（上年为26座），比上年增加{}座。"
    assert ("difference", "consistent", ["31座", "26座"], "5座") in checks_of(text.format(5))
    assert ("difference", "inconsistent", ["31座", "26座"], "6座") in checks_of(text.format(6))


def test_a_net_inflow_after_receipts_and_payments_is_no_part_of_their_total():
    text = ("全年全市跨境人民币结算量{}亿元，同比增长18.6%。\n"
            "从收付方向看，实收574.2亿元，实付468.9亿元，净流入105.3亿元。")
    totals = totals_of(text.format("1,043.1"))
    assert ("consistent", "1,043.1亿元", ["574.2亿元", "468.9亿元"]) in totals
    assert not any(status == "inconsistent" for status, _, _ in totals)
    assert ("inconsistent", "1,034.1亿元", ["574.2亿元", "468.9亿元"]) in totals_of(text.format("1,034.1"))


def test_a_balance_of_the_two_totals_set_against_each_other_paragraph_wide():
    text = ("全省三项基本养老保险基金总收入2168.40亿元，同比增长6.9%。分险种看，企业职工基本养老保险基金收入1624.10亿元，"
            "机关事业单位基本养老保险基金收入412.60亿元，城乡居民基本养老保险基金收入131.70亿元。企业职工基本养老保险基金收入中，"
            "征缴收入1236.50亿元，占该险种基金收入的76.1%。三项基金总支出2021.75亿元，同比增长8.8%。收支相抵，当期结余{}亿元。")
    assert ("difference", "consistent", ["2168.40亿元", "2021.75亿元"], "146.65亿元") in checks_of(text.format("146.65"))
    assert not any(kind == "difference" and status == "inconsistent"
                   for kind, status, _, _ in checks_of(text.format("146.65")))


def test_the_year_of_a_base_in_brackets_is_not_the_year_reported_on():
    text = ("以全年計，2024年電子支付交易金額合計398.20億元，按年增長13.1%（2023年為352.08億元）。"
            "電子支付佔本地零售消費的比重為39.6%，較上年提高{}個百分點（2023年為36.4%）。")
    assert ("difference", "consistent", ["39.6%", "36.4%"], "3.2個百分點") in checks_of(text.format("3.2"))
    assert ("difference", "inconsistent", ["39.6%", "36.4%"], "2.3個百分點") in checks_of(text.format("2.3"))


def test_a_year_before_is_the_same_period_last_year():
    text = "資助宿位佔全港安老院舍宿位總數的比例升至44.7%，較一年前上升{}個百分點（去年同期為42.9%）。"
    assert ("difference", "consistent", ["44.7%", "42.9%"], "1.8個百分點") in checks_of(text.format("1.8"))
    assert ("difference", "inconsistent", ["44.7%", "42.9%"], "1.6個百分點") in checks_of(text.format("1.6"))
