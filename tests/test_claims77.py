"""Claims found in session 77, by the articles written blind in it."""
from claims import checks_of


def test_a_segments_margin_is_over_its_own_revenue_though_that_is_a_share_of_all():
    text = ("报告期内公司实现光伏玻璃业务收入36.40亿元，占营业总收入52.00亿元的70.0%；"
            "光伏玻璃业务毛利8.19亿元，毛利率为{}。")
    assert ("ratio", "consistent", ["8.19亿元", "36.40亿元"], "22.5%") in checks_of(text.format("22.5%"))
    assert ("ratio", "inconsistent", ["8.19亿元", "36.40亿元"], "25.2%") in checks_of(text.format("25.2%"))


def test_capacity_utilisation_is_output_over_capacity():
    text = "电机年产能由上年末的12,000台增加到15,000台。全年生产电机12,450台，产能利用率为{}。"
    assert ("ratio", "consistent", ["12,450台", "15,000台"], "83.0%") in checks_of(text.format("83.0%"))
    assert ("ratio", "inconsistent", ["12,450台", "15,000台"], "38.0%") in checks_of(text.format("38.0%"))


def test_relief_applications_paid_over_those_received():
    text = "縣政府累計受理補助申請2,400件，已核撥1,980件、金額2.16億元，核撥進度達{}。"
    assert ("ratio", "consistent", ["1,980件", "2,400件"], "82.5%") in checks_of(text.format("82.5%"))
    assert ("ratio", "inconsistent", ["1,980件", "2,400件"], "85.2%") in checks_of(text.format("85.2%"))


def test_a_bare_ratio_or_completion_ratio_after_a_part_of_the_figure_before():
    text = "全市315座公有停车场已有252座完成充电桩改造，比率达80.0%。"
    assert ("ratio", "consistent", ["252座", "315座"], "80.0%") in checks_of(text)
    text = "改造涉及电梯3,200部；其中已完成加装工程的有2,720部，完成比率达85.0%。"
    assert ("ratio", "consistent", ["2,720部", "3,200部"], "85.0%") in checks_of(text)


def test_a_seasons_plan_named_before_what_it_plans():
    text = "全市已销售春耕农资52.8亿元，为春耕计划销售额80亿元的{}。"
    assert ("ratio", "consistent", ["52.8亿元", "80亿元"], "66.0%") in checks_of(text.format("66.0%"))
    assert ("ratio", "inconsistent", ["52.8亿元", "80亿元"], "60.6%") in checks_of(text.format("60.6%"))


def test_a_price_risen_from_before_the_storm():
    text = "台风过后，石斑鱼产地价由灾前每台斤320元上涨至400元，涨幅{}。"
    assert ("growth", "consistent", ["400元", "320元"], "25.0%") in checks_of(text.format("25.0%"))
    assert ("growth", "inconsistent", ["400元", "320元"], "52.0%") in checks_of(text.format("52.0%"))


def test_people_counted_by_ming_and_ren_alike_in_a_growth():
    text = "2024年全市共为2,940名残疾人适配辅助器具，比上年增长{}（上年为2,800人）。"
    assert ("growth", "consistent", ["2,940名", "2,800人"], "5.0%") in checks_of(text.format("5.0%"))
    assert ("growth", "inconsistent", ["2,940名", "2,800人"], "15.0%") in checks_of(text.format("15.0%"))


def test_a_change_named_by_the_acts_amount_past_an_average():
    text = "上半年共为1,620户商户减免租金486.0万元，户均减免约3000元；减免金额比上年同期增加81.0万元，增长{}。"
    assert ("growth", "consistent", ["486.0万元", "81.0万元"], "20.0%") in checks_of(text.format("20.0%"))
    assert ("growth", "inconsistent", ["486.0万元", "81.0万元"], "25.0%") in checks_of(text.format("25.0%"))


def test_a_share_whole_is_no_level_of_the_year_before():
    text = ("2024年全县茶叶综合产值24.50亿元。上年全县茶叶综合产值为21.30亿元。"
            "分环节看，种植环节产值8.82亿元；加工环节产值12.25亿元，占综合产值的50.0%；服务环节产值3.43亿元。")
    checks = checks_of(text)
    assert ("ratio", "consistent", ["12.25亿元", "24.50亿元"], "50.0%") in checks
    assert not [c for c in checks if c[1] == "inconsistent"]
    text = ("2月10日，县农业农村局发布2024年全县茶产业发展情况。去年全县茶叶加工环节产值15.60亿元。"
            "2023年全县茶叶加工产值为13.90亿元。龙头企业加工产值3.90亿元，占全县加工产值的25.0%。")
    assert ("ratio", "consistent", ["3.90亿元", "15.60亿元"], "25.0%") in checks_of(text)


def test_a_share_named_by_a_kind_then_its_measure():
    text = ("1-9月，全县纺织产业实现出口交货值25.00亿元。分产品看，家纺制品出口11.50亿元，占全产业出口的46.0%。"
            "龙头企业完成出口3.20亿元。据海关统计，1-9月全县外贸出口总额62.50亿元，纺织产业出口占全县外贸出口总额的比重为{}。")
    checks = checks_of(text.format("40.0%"))
    assert ("ratio", "consistent", ["11.50亿元", "25.00亿元"], "46.0%") in checks
    assert ("ratio", "consistent", ["25.00亿元", "62.50亿元"], "40.0%") in checks
    assert ("ratio", "inconsistent", ["25.00亿元", "62.50亿元"], "44.0%") in checks_of(text.format("44.0%"))


def test_a_change_of_one_item_of_a_list_by_the_name_its_sentence_gives():
    text = ("分产品看，机械锁具产值52.60亿元，智能锁产值40.00亿元，五金工具产值31.50亿元，门控配件产值12.80亿元。"
            "智能锁是增长最快的品类，产值比上年增加8.00亿元，增长{}。")
    assert ("growth", "consistent", ["40.00亿元", "8.00亿元"], "25.0%") in checks_of(text.format("25.0%"))
    assert ("growth", "inconsistent", ["40.00亿元", "8.00亿元"], "52.0%") in checks_of(text.format("52.0%"))


def test_the_rest_summed_far_from_its_opener_is_one_more_part():
    text = ("今年度計畫編列經費新台幣6.20億元。依工程別區分，北港漁港疏浚工程2.40億元，南港漁港防波堤加高工程{}，"
            "其餘9處漁港環境改善及冷凍設施更新工程合計1.70億元。")
    assert ("sum", "consistent", ["2.40億元", "2.10億元", "1.70億元"], None) in checks_of(text.format("2.10億元"))
    assert ("sum", "inconsistent", ["2.40億元", "2.01億元", "1.70億元"], None) in checks_of(text.format("2.01億元"))


def test_where_a_counts_members_are_each_counted_in_brackets():
    text = "全港現有持牌排檔31個，較十年前的34個減少3個，分別位於油尖旺區（16個）、深水埗區（9個）、灣仔區（4個）及東區（{}）。"
    assert ("sum", "consistent", ["16個", "9個", "4個", "2個"], None) in checks_of(text.format("2個"))
    # (nothing says the places are all of them: parts that do not add up refute nothing)
    assert not [c for c in checks_of(text.format("3個")) if c[0] == "sum"]


def test_rooms_flats_and_contracts_over_what_was_on_offer():
    cases = [("全县共筹集公租房3250套，已分配入住3120套，分配率{}。", ["3,120套", "3250套"], "96.0%", "69.0%"),
             ("1月旅館客房供給量為84,000間，實際售出63,000間；平均住用率{}。", ["63,000間", "84,000間"], "75.0%", "57.0%"),
             ("展会上达成意向订单3.2亿元，其中已签订正式合同2.4亿元，转化率{}。", ["2.4亿元", "3.2亿元"], "75.0%", "57.0%"),
             ("工程规划新建排涝泵站40座。截至目前，已建成投用26座，完工率{}。", ["26座", "40座"], "65.0%", "56.0%")]
    for text, inputs, right, wrong in cases:
        inputs = [t.replace("3,120套", "3120套") for t in inputs]
        assert ("ratio", "consistent", inputs, right) in checks_of(text.format(right)), text
        assert ("ratio", "inconsistent", inputs, wrong) in checks_of(text.format(wrong)), text


def test_a_long_name_past_the_bodies_it_counts():
    text = ("轄內北嶺溫泉區42家合法溫泉旅館1月合計營收達新台幣6.40億元，較去年同期成長12.0%。"
            "營收結構方面，客房收入4.16億元，占總營收的{}。")
    assert ("ratio", "consistent", ["4.16億元", "新台幣6.40億元"], "65.0%") in checks_of(text.format("65.0%"))
    # (a whole named otherwise in another sentence, 合計營收 for 總營收, is read: it confirms only)
    assert not [c for c in checks_of(text.format("56.0%")) if c[1] == "inconsistent"]
