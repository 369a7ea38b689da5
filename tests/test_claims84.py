"""Claims found in session 84, by the articles written blind in it."""
from claims import assert_rate, checks_of, totals_of


def test_a_rate_of_the_whole_industry_over_its_revenue_not_a_class_bound_before_it():
    text = ("上半年全市规上箱包企业64家。64家企业中，营业收入10亿元以上的3家、1亿元至10亿元的22家，其余39家。\n"
            "上半年全行业实现营业收入82.7亿元，同比增长7.4%，其中拉杆箱收入31.06亿元，占全行业营业收入的37.6%；"
            "实现利润总额5.13亿元，营业收入利润率为{}。")
    assert_rate(text, ["5.13亿元", "82.7亿元"], ("6.2%", "2.6%"))


def test_firms_back_at_work_over_all_firms():
    assert_rate("截至2月12日，37家规上企业已复工33家，复工率{}，返岗员工6,420人。",
                ["33家", "37家"], ("89.2%", "98.2%"))


def test_a_subsidy_budgeted_and_the_part_granted_out():
    assert_rate("本年度縣預算編列灌溉設備補助4,250萬元，截至5月底已核撥3,187萬元，執行率{}。",
                ["3,187萬元", "4,250萬元"], ("75.0%", "70.5%"))


def test_prize_money_unclaimed_is_the_total_less_what_was_claimed():
    text = "上期總獎金18.64億元，截至領獎期限已領獎金17.23億元，未領獎金{}億元依法繳交國庫。"
    assert ("difference", "consistent", ["18.64億元", "17.23億元"], "1.41億元") in checks_of(text.format("1.41"))
    # (the whole is found by the sum, so a wrong remainder is tied to nothing)
    assert not any(c[3] == "1.14億元" for c in checks_of(text.format("1.14")))


def test_a_change_between_two_fiscal_years_named_before_their_values():
    text = "長者日間護理服務量由2023/24年度的412,860人次增至2024/25年度的446,270人次，增幅為{}。"
    assert ("growth", "consistent", ["446,270人次", "412,860人次"], "8.1%") in checks_of(text.format("8.1%"))
    assert ("growth", "inconsistent", ["446,270人次", "412,860人次"], "1.8%") in checks_of(text.format("1.8%"))
    added = "長者日間護理服務量由2023/24年度的412,860人次增至2024/25年度的446,270人次，增加{}人次。"
    assert ("difference", "consistent", ["446,270人次", "412,860人次"], "33,410人次") \
        in checks_of(added.format("33,410"))
    assert ("difference", "inconsistent", ["446,270人次", "412,860人次"], "34,310人次") \
        in checks_of(added.format("34,310"))


def test_a_share_named_by_the_part_its_clause_opens_on_after_a_share_of_a_named_whole():
    text = ("全縣蓮藕總產值達新台幣8.64億元，較去年成長6.2%。\n"
            "電商通路銷售額2.37億元，占總產值的27.4%；外銷日本、新加坡及馬來西亞1.19億元，外銷比重{}。")
    assert_rate(text, ["1.19億元", "新台幣8.64億元"], ("13.8%", "18.3%"))


def test_a_trade_surplus_over_imports_named_by_a_list_of_goods():
    text = ("全镇渔具出口额4,862万美元，同比增长9.3%。分市场看，对欧盟、美国和其他市场分别出口2,135万美元、"
            "1,904万美元和823万美元。全年进口碳素、尼龙线等原料1,377万美元，实现贸易顺差{}万美元。")
    assert ("difference", "consistent", ["4,862万美元", "1,377万美元"], "3,485万美元") in checks_of(text.format("3,485"))
    # (the exports read paragraphs back: the balance confirms, never refutes)
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("3,845")))


def test_places_a_count_lies_in_break_it_down_townships_too():
    text = "通過輸入檢疫登錄的茶園共{}處，分布於鳳林鄉103處、北埔鎮62處、石碇鄉29處。"
    assert totals_of(text.format("194")) == [("consistent", "194處", ["103處", "62處", "29處"])]
    assert totals_of(text.format("149")) == [("inconsistent", "149處", ["103處", "62處", "29處"])]


def test_a_classification_opened_by_yi_and_bie():
    text = ("本產季外銷金額8.73億元，年增14.2%。依市場別，日本3.05億元、香港2.21億元、新加坡1.64億元、"
            "其他市場{}億元。")
    assert ("consistent", "8.73億元", ["3.05億元", "2.21億元", "1.64億元", "1.83億元"]) in totals_of(text.format("1.83"))
    assert ("inconsistent", "8.73億元", ["3.05億元", "2.21億元", "1.64億元", "1.38億元"]) in totals_of(text.format("1.38"))


def test_the_insured_share_of_a_stock_stated_paragraphs_back():
    text = ("截至年底，全县连栋温室保有量达到3,860栋，塑料大棚6,120座。\n"
            "全年设施蔬菜产值12.37亿元，同比增长8.4%。冬春季外销蔬菜销售额5.16亿元。\n"
            "全县从事设施蔬菜生产的新型经营主体214家，带动农户8,600户。\n"
            "风险保障方面，保险公司承保连栋温室1,742栋，参保率{}，县财政承担保费补贴126万元。")
    assert ("ratio", "consistent", ["1,742栋", "3,860栋"], "45.1%") in checks_of(text.format("45.1%"))
    # (the stock is read by its name, so a wrong rate is not refuted)
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("54.1%")))


def test_a_completion_achieved_so_far_against_the_target_named_by_its_act():
    text = ("今年前三季自行車出口值達14.36億美元，較去年同期成長8.1%。\n"
            "以市場別觀察，美國出口值6.02億美元，占比41.9%；歐洲5.11億美元，其他市場合計3.23億美元。\n"
            "公會原訂全年出口目標為18億美元，前三季已達成{}。")
    assert ("ratio", "consistent", ["14.36億美元", "18億美元"], "79.8%") in checks_of(text.format("79.8%"))
    # (the actual is read by its name: a wrong rate is not refuted)
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("97.8%")))


def test_a_list_that_goes_on_with_a_number_no_figure_reads_is_not_summed():
    # (乡镇3,086个 counts no towns, but a count right after 乡镇 is read as one of places)
    text = "截至6月底，全市在册市政消火栓21,457个，分布在主城区12,614个、高新区5,203个、所辖县市及乡镇3,640个。"
    assert not any(status == "inconsistent" for status, _, _ in totals_of(text))


def test_the_latters_share_is_of_the_total_the_classification_broke_down():
    text = ("上半年全县规上毛纺企业实现工业总产值64.18亿元。分产品看，毛线类产值30.52亿元，毛毯类产值21.37亿元，"
            "围巾及配饰产值12.29亿元，后者所占比重达到{}。")
    assert ("ratio", "consistent", ["12.29亿元", "64.18亿元"], "19.1%") in checks_of(text.format("19.1%"))


def test_supermarkets_opening_a_clause_are_no_approximation():
    text = "全年实现肉鸽销售收入5.74亿元。分渠道看，商超2.36亿元，电商平台1.87亿元，批发市场{}亿元。"
    assert totals_of(text.format("1.51")) == [("consistent", "5.74亿元", ["2.36亿元", "1.87亿元", "1.51亿元"])]
    assert totals_of(text.format("1.15")) == [("inconsistent", "5.74亿元", ["2.36亿元", "1.87亿元", "1.15亿元"])]


def test_bases_broken_down_by_where_they_lie_and_goods_by_kind_counted():
    text = "目前內地共有{}個註冊供澳養殖基地，分別位於廣東省118個、廣西壯族自治區31個、其他省份17個。"
    assert totals_of(text.format("166")) == [("consistent", "166個", ["118個", "31個", "17個"])]
    assert totals_of(text.format("196")) == [("inconsistent", "196個", ["118個", "31個", "17個"])]
    kinds = "首季進口總值3.94億澳門元。\n按類別計，活豬進口值1.46億元；蔬菜1.12億元；冰鮮禽肉0.71億元；水產品{}億元。"
    assert ("consistent", "3.94億澳門元", ["1.46億元", "1.12億元", "0.71億元", "0.65億元"]) in totals_of(kinds.format("0.65"))
    assert ("inconsistent", "3.94億澳門元", ["1.46億元", "1.12億元", "0.71億元", "0.56億元"]) in totals_of(kinds.format("0.56"))


def test_months_of_the_period_the_report_named_a_paragraph_before():
    text = ("今年第一季經查驗進入本澳的鮮活食品供應平穩。\n"
            "期內共進口活牛9,863頭，較去年同期增加4.1%。1月、2月、3月分別為3,412頭、2,986頭及{}頭。")
    assert ("consistent", "9,863頭", ["3,412頭", "2,986頭", "3,465頭"]) in totals_of(text.format("3,465"))
    # (the total is read by the span it was stated over, as in its own paragraph: it confirms only)
    assert not any(status == "inconsistent" for status, _, _ in totals_of(text.format("3,645")))


def test_a_margin_with_its_profit_in_brackets_after_it_and_the_change_from_last_year():
    text = "公司实现营业收入64.37亿元，同比增长7.2%。报告期内综合毛利率为{}（毛利8.69亿元），上年为12.1%，提高{}个百分点。"
    assert_rate(text.replace("{}个", "1.4个"), ["8.69亿元", "64.37亿元"], ("13.5%", "15.3%"))
    assert ("difference", "consistent", ["13.5%", "12.1%"], "1.4个百分点") in checks_of(text.format("13.5%", "1.4"))
    assert ("difference", "inconsistent", ["13.5%", "12.1%"], "4.1个百分点") in checks_of(text.format("13.5%", "4.1"))


def test_a_growth_whose_clause_says_why_after_naming_what_grew():
    text = "分产品看，实木门21.3亿元，钢木门14.27亿元。钢木门受公共建筑项目拉动，同比增长{}（上年为11.86亿元）。"
    assert ("growth", "consistent", ["14.27亿元", "11.86亿元"], "20.3%") in checks_of(text.format("20.3%"))
    # (the sentence right before states it under that very name: the text ties them)
    assert ("growth", "inconsistent", ["14.27亿元", "11.86亿元"], "23.0%") in checks_of(text.format("23.0%"))


def test_a_total_named_by_its_parts_and_its_measure():
    text = ("分产品看，单体及中间体收入24.18亿元，硅橡胶收入15.37亿元，硅油及深加工产品收入9.64亿元。"
            "硅橡胶与硅油合计收入{}亿元，占营业总收入的比重为49.3%。")
    assert ("consistent", "25.01亿元", ["15.37亿元", "9.64亿元"]) in totals_of(text.format("25.01"))
    assert ("inconsistent", "25.10亿元", ["15.37亿元", "9.64亿元"]) in totals_of(text.format("25.10"))


def test_a_channels_share_named_by_its_head_and_the_word_channel():
    text = ("全年实现茶叶销售收入9.48亿元。分渠道看，商超及餐饮直供4.12亿元，电商平台3.05亿元，"
            "批发市场2.31亿元；电商渠道占比{}，比上年提高4.2个百分点。")
    assert ("ratio", "consistent", ["3.05亿元", "9.48亿元"], "32.2%") in checks_of(text.format("32.2%"))
    # (the whole is the total the classification broke down, read: a wrong rate is not refuted)
    assert not any(c[1] == "inconsistent" for c in checks_of(text.format("23.2%")))


def test_ports_by_port_after_jiu_and_a_share_of_all_taiwan():
    text = ("去年全臺各國際商港共迎來郵輪靠泊{}艘次，較前一年成長28.4%。\n"
            "就各港口觀察，基隆港靠泊247艘次，占全臺的{}，仍居首位；高雄港91艘次，臺中港53艘次，花蓮港38艘次。")
    assert ("consistent", "429艘次", ["247艘次", "91艘次", "53艘次", "38艘次"]) in totals_of(text.format("429", "57.6%"))
    # (a total a paragraph back is read: it confirms the parts, never refutes them)
    assert not any(status == "inconsistent" for status, _, _ in totals_of(text.format("492", "57.6%")))
    assert ("ratio", "consistent", ["247艘次", "429艘次"], "57.6%") in checks_of(text.format("429", "57.6%"))


def test_an_amount_named_by_what_it_is_opens_its_breakdown():
    text = ("農業部編列新台幣3.6億元經費穩定產地價格。\n"
            "農糧署說明，3.6億元經費中，收購加工1.7億元、外銷拓展8,500萬元、契作轉作補助{}萬元。")
    assert totals_of(text.format("10,500")) == [("consistent", "3.6億元", ["1.7億元", "8,500萬元", "10,500萬元"])]
    assert totals_of(text.format("5,500")) == [("inconsistent", "3.6億元", ["1.7億元", "8,500萬元", "5,500萬元"])]
