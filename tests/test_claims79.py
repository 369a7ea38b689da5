"""Claims found in session 79, by the articles written blind in it."""
from claims import checks_of


def test_a_part_named_again_before_its_share():
    text = "园区企业从业人员共5000人，其中本地员工3600人，本地员工比例为{}。"
    assert ("ratio", "consistent", ["3600人", "5000人"], "72.0%") in checks_of(text.format("72.0%"))
    assert ("ratio", "inconsistent", ["3600人", "5000人"], "27.0%") in checks_of(text.format("27.0%"))
    # (a rate known by its own name stays that rate's: what the fund paid over the bills)
    text = "住院总费用20.00亿元，基金支付13.00亿元，实际报销比例为65.0%。"
    assert ("ratio", "consistent", ["13.00亿元", "20.00亿元"], "65.0%") in checks_of(text)


def test_the_last_editions_value_in_the_paragraph_after():
    text = ("　　本届灯会共接待游客60万人次，实现旅游收入3.00亿元，比上届增长{}。\n"
            "　　上届灯会旅游收入为2.50亿元。")
    assert ("growth", "consistent", ["3.00亿元", "2.50亿元"], "20.0%") in checks_of(text.format("20.0%"))
    # (read from the context, it only confirms: a rate it does not give is tied to no value there)
    assert not any(c[0] == "growth" and c[2] == ["3.00亿元", "2.50亿元"] for c in checks_of(text.format("12.0%")))


def test_a_share_the_year_before_in_a_sentence_that_opens_on_it():
    text = ("2025年，全市入库房产税8.00亿元，占全市税收收入100.0亿元的比重为8.0%，比上年提高{}个百分点。"
            "2024年，该税种入库7.20亿元，占税收收入的比重为7.5%。")
    assert ("difference", "consistent", ["8.0%", "7.5%"], "0.5个百分点") in checks_of(text.format("0.5"))
    assert not any(c[0] == "difference" for c in checks_of(text.format("1.5")))


def test_where_the_money_came_from_opens_a_breakdown():
    text = "全年完成堤防加固投资3.00亿元。资金来源中，中央补助1.20亿元，省级补助0.80亿元，县级配套{}亿元。"
    assert ("sum", "consistent", ["1.20亿元", "0.80亿元", "1.00亿元"], None) in checks_of(text.format("1.00"))
    assert ("sum", "inconsistent", ["1.20亿元", "0.80亿元", "0.10亿元"], None) in checks_of(text.format("0.10"))


def test_a_rate_qualified_by_the_kind_its_whole_is_named_at_length():
    text = "一季度全镇新签约竹木加工项目8个，已开工6个，签约项目开工率{}。"
    assert ("ratio", "consistent", ["6个", "8个"], "75.0%") in checks_of(text.format("75.0%"))
    assert ("ratio", "inconsistent", ["6个", "8个"], "57.0%") in checks_of(text.format("57.0%"))


def test_sales_output_over_the_output_before_it():
    text = "全县纸品企业完成工业总产值40.00亿元，同比增长5.0%。全年实现销售产值38.00亿元，产销率{}。"
    assert ("ratio", "consistent", ["38.00亿元", "40.00亿元"], "95.0%") in checks_of(text.format("95.0%"))
    assert ("ratio", "inconsistent", ["38.00亿元", "40.00亿元"], "59.0%") in checks_of(text.format("59.0%"))


def test_stamps_sold_over_those_printed():
    text = "新春纪念邮票共印制80万枚，截至月底已售出60万枚，售出率为{}。"
    assert ("ratio", "consistent", ["60万枚", "80万枚"], "75.0%") in checks_of(text.format("75.0%"))
    assert ("ratio", "inconsistent", ["60万枚", "80万枚"], "57.0%") in checks_of(text.format("57.0%"))


def test_workers_from_here_and_from_elsewhere_are_all_of_them():
    text = "全县纺织行业从业人员2.00万人，其中本地劳动力14,000人，外来务工人员{}人。"
    assert ("sum", "consistent", ["14,000人", "6,000人"], None) in checks_of(text.format("6,000"))
    assert ("sum", "inconsistent", ["14,000人", "5,000人"], None) in checks_of(text.format("5,000"))


def test_what_an_item_holds_in_brackets_inside_a_list():
    text = "公司实现营业收入10.00亿元。分渠道看，经销渠道、直销（含团购）渠道和电商渠道分别实现收入6.00亿元、2.50亿元和{}亿元。"
    parts = ["6.00亿元", "2.50亿元"]
    assert ("sum", "consistent", parts + ["1.50亿元"], None) in checks_of(text.format("1.50"))
    assert ("sum", "inconsistent", parts + ["1.05亿元"], None) in checks_of(text.format("1.05"))


def test_grown_to_in_taiwans_word():
    text = "外銷方面，公司去年外銷營收由前一年的2.00億元成長至2.50億元，增幅{}。"
    assert ("growth", "consistent", ["2.50億元", "2.00億元"], "25.0%") in checks_of(text.format("25.0%"))
    assert ("growth", "inconsistent", ["2.50億元", "2.00億元"], "52.0%") in checks_of(text.format("52.0%"))


def test_a_list_that_ends_on_the_rest_is_all_of_it():
    text = "全年共發行郵品20套，當中包括紀念郵票9套、特別郵票7套，以及郵資封等其他郵品{}套。"
    assert ("sum", "consistent", ["9套", "7套", "4套"], None) in checks_of(text.format("4"))
    assert ("sum", "inconsistent", ["9套", "7套", "5套"], None) in checks_of(text.format("5"))
    # (without the rest, the parts 包括 names are some of the whole only)
    text = "全年共發行郵品20套，當中包括紀念郵票9套、特別郵票7套。"
    assert [c[:2] for c in checks_of(text) if c[0] == "sum"] == [("sum", "unverifiable")]


def test_previous_values_listed_in_brackets_after_the_second_rate():
    text = "全县接待游客50万人次，同比增长25.0%；实现旅游收入3.00亿元，同比增长{}（上年同期分别为40万人次和2.50亿元）。"
    assert ("growth", "consistent", ["50万人次", "40万人次"], "25.0%") in checks_of(text.format("20.0%"))
    assert ("growth", "consistent", ["3.00亿元", "2.50亿元"], "20.0%") in checks_of(text.format("20.0%"))
    assert ("growth", "inconsistent", ["3.00亿元", "2.50亿元"], "2.0%") in checks_of(text.format("2.0%"))


def test_the_last_editions_values_listed_after_a_run_of_rates():
    text = "灯会期间，全县接待游客60万人次、实现旅游收入3.30亿元，同比分别增长20.0%和{}。上届灯会，游客人数和旅游收入分别为50万人次和3.00亿元。"
    assert ("growth", "consistent", ["3.30亿元", "3.00亿元"], "10.0%") in checks_of(text.format("10.0%"))
    assert ("growth", "inconsistent", ["3.30亿元", "3.00亿元"], "1.0%") in checks_of(text.format("1.0%"))


def test_last_years_values_after_a_run_of_rates_in_taiwans_words():
    text = "上半年辦理匯款5.50萬筆、金額44.0億元，較去年同期分別成長10.0%及{}；去年同期為5.00萬筆、40.0億元。"
    assert ("growth", "consistent", ["5.50萬筆", "5.00萬筆"], "10.0%") in checks_of(text.format("10.0%"))
    assert ("growth", "inconsistent", ["44.0億元", "40.0億元"], "1.0%") in checks_of(text.format("1.0%"))


def test_rates_of_contracts_posts_bids_and_costs():
    text = "全镇企业共签订出口合同2,000万美元，已履约交货1,500万美元，履约率{}。"
    assert ("ratio", "consistent", ["1,500万美元", "2,000万美元"], "75.0%") in checks_of(text.format("75.0%"))
    assert ("ratio", "inconsistent", ["1,500万美元", "2,000万美元"], "57.0%") in checks_of(text.format("57.0%"))
    text = "救生員職位編制1,000個，在職880名，空缺120個，空缺率{}。"
    assert ("ratio", "consistent", ["120個", "1,000個"], "12.0%") in checks_of(text.format("12.0%"))
    assert ("ratio", "inconsistent", ["120個", "1,000個"], "21.0%") in checks_of(text.format("21.0%"))
    text = "中标价合计9,500万元，较招标控制价10,000万元节约资金500万元，下浮率为{}。"
    assert ("ratio", "consistent", ["500万元", "10,000万元"], "5.0%") in checks_of(text.format("5.0%"))
    assert ("ratio", "inconsistent", ["500万元", "10,000万元"], "0.5%") in checks_of(text.format("0.5%"))
    text = "全年場館門票收入共1.50億港元。同期營運開支為10.00億港元，成本收回率為{}。"
    assert ("ratio", "consistent", ["1.50億港元", "10.00億港元"], "15.0%") in checks_of(text.format("15.0%"))
    assert ("ratio", "inconsistent", ["1.50億港元", "10.00億港元"], "51.0%") in checks_of(text.format("51.0%"))


def test_the_share_of_an_item_named_again_after_its_classification():
    text = ("　　全镇实现旅游综合收入2.00亿元，同比增长10.0%。\n"
            "　　从收入构成看，门票及采摘收入8,000万元，餐饮收入7,000万元，住宿收入5,000万元。门票及采摘收入所占比重为{}。")
    assert ("ratio", "consistent", ["8,000万元", "2.00亿元"], "40.0%") in checks_of(text.format("40.0%"))
    assert ("ratio", "inconsistent", ["8,000万元", "2.00亿元"], "4.0%") in checks_of(text.format("4.0%"))


def test_by_district_in_hong_kongs_words_opens_a_breakdown():
    text = "全年泳池總入場人次為1,000.0萬人次。分區而言，港島區250.0萬人次、九龍區300.0萬人次、新界區{}萬人次。"
    assert ("sum", "consistent", ["250.0萬人次", "300.0萬人次", "450.0萬人次"], None) in checks_of(text.format("450.0"))
    assert ("sum", "inconsistent", ["250.0萬人次", "300.0萬人次", "540.0萬人次"], None) in checks_of(text.format("540.0"))
