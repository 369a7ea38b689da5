"""Claims found in session 87, by the articles written blind in it.  Invented sentences."""
from claims import assert_rate, checks_of


def test_points_against_last_years_rate_named_with_a_quoted_word():
    text = "上年全市“两品一标”农产品认证比重为63.4%，今年这一比重达到66.1%，比上年提高{}个百分点。"
    assert ("difference", "consistent", ["66.1%", "63.4%"], "2.7个百分点") in checks_of(text.format("2.7"))
    assert ("difference", "inconsistent", ["66.1%", "63.4%"], "3.7个百分点") in checks_of(text.format("3.7"))


def test_points_against_last_years_rate_in_the_sentence_before_named_by_a_pronoun():
    text = "上年全区“菜篮子”基地机播比重为52.5%。今年这一比重达到55.0%，比上年提高{}个百分点。"
    assert ("difference", "consistent", ["55.0%", "52.5%"], "2.5个百分点") in checks_of(text.format("2.5"))
    # (read across the sentence, it only confirms)
    assert not any(c[0] == "difference" and c[1] == "inconsistent" for c in checks_of(text.format("4.5")))
    # (a rate of another name is not the one the pronoun stands for)
    other = "上年全区蔬菜基地机收率为52.5%。今年这一比重达到55.0%，比上年提高2.5个百分点。"
    assert not any(c[0] == "difference" and c[1] == "consistent" for c in checks_of(other))


def test_growth_against_last_years_event_named_in_quotes():
    text = "暴雨造成農業損失新台幣6.30億元，較去年「海燕」颱風的5.00億元增加{}。"
    assert ("growth", "consistent", ["新台幣6.30億元", "5.00億元"], "26.0%") in checks_of(text.format("26.0%"))
    assert ("growth", "inconsistent", ["新台幣6.30億元", "5.00億元"], "62.0%") in checks_of(text.format("62.0%"))


def test_growth_of_a_loss_stated_the_sentence_before_its_amount_is_compared():
    text = ("豪雨造成農產品損失估計新台幣6.30億元，受害面積3,120公頃。"
            "損失金額較去年「海燕」颱風的5.00億元增加{}。")
    assert ("growth", "consistent", ["新台幣6.30億元", "5.00億元"], "26.0%") in checks_of(text.format("26.0%"))
    assert ("growth", "inconsistent", ["新台幣6.30億元", "5.00億元"], "62.0%") in checks_of(text.format("62.0%"))


def test_completion_against_what_the_claim_names_as_its_figure_is_named():
    text = "全区首年协议采购总量为1.6万支，实际采购中选药品1.84万支，完成协议采购总量的{}。"
    assert_rate(text, ["1.84万支", "1.6万支"], ("115.00%", "105.00%"))


def test_growth_against_last_years_value_stated_paragraphs_back():
    text = ("梅岭县2024年农村电子商务发展情况报告\n"
            "2023年，全县实现农产品电商销售额12.50亿元，电商已成为农民增收的新渠道。\n"
            "一、总体情况\n"
            "全年实现农产品电商销售额15.00亿元，同比增长{}，完成年度目标14亿元的107.1%。")
    assert ("growth", "consistent", ["15.00亿元", "12.50亿元"], "20.0%") in checks_of(text.format("20.0%"))
    # (read paragraphs apart, it only confirms)
    assert not any(c[0] == "growth" and c[1] == "inconsistent" for c in checks_of(text.format("25.0%")))
    # (a value of two years before is no base)
    other = text.replace("2023年，", "2022年，")
    assert not any(c[0] == "growth" and c[1] == "consistent" for c in checks_of(other.format("20.0%")))


def test_points_of_last_years_quarter_past_the_date_a_survey_was_done():
    text = ("2024年第二季零售業銷售額按年上升5.0%。是次調查於2025年1月進行，共訪問860間商號。\n"
            "第二季網上銷售佔零售業總銷售額的9.6%，較上年同季增加{}個百分點（2023年第二季：8.1%）。")
    assert ("difference", "consistent", ["9.6%", "8.1%"], "1.5個百分點") in checks_of(text.format("1.5"))
    assert ("difference", "inconsistent", ["9.6%", "8.1%"], "2.5個百分點") in checks_of(text.format("2.5"))


def test_a_rate_of_one_kind_of_the_act_is_no_share_of_another_kind():
    text = ("2024届毕业生6.40万人，其中升学3.10万人、直接就业2.90万人、暂未就业4000人。直接就业毕业生中，"
            "在市内就业2.20万人，占直接就业人数的75.9%；对口就业率为70.2%。")
    assert not any(c[3] == "70.2%" and c[1] == "inconsistent" for c in checks_of(text))
    # (the kind stated, the rate is of it)
    kind = "直接就业毕业生2.90万人，其中对口就业2.04万人，对口就业率为{}。"
    share = ("ratio", "consistent", ["2.04万人", "2.90万人"], "70.3%")
    assert share in checks_of(kind.format("70.3%"))


def test_trade_by_origin_names_the_largest_origins_only():
    text = ("本月貨物進口總值為96.40億澳門元。按原產地統計，源自中國內地的貨值33.20億澳門元，佔34.4%；"
            "源自歐盟的貨值25.10億澳門元，按年減少3.1%。")
    assert not any(c[0] == "sum" and c[1] == "inconsistent" for c in checks_of(text))


def test_a_groups_subtotal_after_a_list_of_counts_is_its_last_part():
    text = ("3月總旅運量達980.5萬人次。分路線來看，甲線612.3萬人次、乙線201.7萬人次、丙線80.2萬人次，"
            "丁、戊等支線合計{}萬人次。")
    total = [c for c in checks_of(text.format("86.3")) if c[0] == "sum"]
    assert total == [("sum", "consistent", ["612.3萬人次", "201.7萬人次", "80.2萬人次", "86.3萬人次"], None)]


def test_racks_in_use_over_the_racks_built():
    text = "全市标准机架由上年末的4.20万架增加到5.00万架，增长19.0%；已上架机架3.60万架，上架率{}。"
    assert_rate(text, ["3.60万架", "5.00万架"], ("72.0%", "27.0%"))


def test_a_semicolon_items_base_labelled_by_the_month_a_year_before():
    text = ("2025年6月份貨物出口總值為8.40億澳門元，按年上升5.0%（2024年6月：8.00億澳門元）；"
            "貨物進口總值為99.00億澳門元，按年下跌{}（2024年6月：110.00億澳門元）。")
    assert ("growth", "consistent", ["99.00億澳門元", "110.00億澳門元"], "10.0%") in checks_of(text.format("10.0%"))
    assert ("growth", "inconsistent", ["99.00億澳門元", "110.00億澳門元"], "1.0%") in checks_of(text.format("1.0%"))


def test_the_period_labelling_a_base_in_an_aside_holds_inside_it_alone():
    from extractor import extract
    text = ("2025年6月份貨物出口總值為8.40億澳門元，按年上升5.0%（2024年6月：8.00億澳門元）；"
            "貨物進口總值為99.00億澳門元。")
    periods = {f.text: f.period for f in extract(text).figures}
    assert periods["8.00億澳門元"] == "2024-06"
    assert periods["99.00億澳門元"] == "2025-06"
