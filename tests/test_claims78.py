"""Claims found in session 78, by the articles written blind in it."""
from claims import checks_of


def test_stalls_let_over_stalls_in_hong_kong_words():
    text = "三個街市合共提供攤檔480個。截至九月底，已出租攤檔432個，整體出租率為{}。"
    assert ("ratio", "consistent", ["432個", "480個"], "90.0%") in checks_of(text.format("90.0%"))
    assert ("ratio", "inconsistent", ["432個", "480個"], "99.0%") in checks_of(text.format("99.0%"))
    text = "其中南灣街市的150個攤檔已租出141個，出租率達{}。"
    assert ("ratio", "consistent", ["141個", "150個"], "94.0%") in checks_of(text.format("94.0%"))
    assert ("ratio", "inconsistent", ["141個", "150個"], "49.0%") in checks_of(text.format("49.0%"))


def test_the_overnight_rate_is_over_all_visitors():
    text = "节庆期间共接待游客250万人次，同比增长12.0%。过夜游客80万人次，过夜率为{}，比上届提高2.1个百分点。"
    assert ("ratio", "consistent", ["80万人次", "250万人次"], "32.0%") in checks_of(text.format("32.0%"))
    assert ("ratio", "inconsistent", ["80万人次", "250万人次"], "23.0%") in checks_of(text.format("23.0%"))


def test_the_same_period_of_the_last_festival_after_the_rate():
    text = "冰雪节期间接待游客132万人次，完成目标120万人次的110.0%，同比增长{}（上届同期为110万人次）。"
    assert ("growth", "consistent", ["132万人次", "110万人次"], "20.0%") in checks_of(text.format("20.0%"))
    assert ("growth", "inconsistent", ["132万人次", "110万人次"], "2.0%") in checks_of(text.format("2.0%"))


def test_those_certified_named_at_length_after_the_count():
    text = "累计培训学员800人次。经考核，共有320名学员取得竹编工艺职业技能等级证书，取证率为{}。"
    assert ("ratio", "consistent", ["320名", "800人次"], "40.0%") in checks_of(text.format("40.0%"))
    assert ("ratio", "inconsistent", ["320名", "800人次"], "44.0%") in checks_of(text.format("44.0%"))


def test_last_year_opening_a_list_of_sources_names_the_year_reported_on():
    text = "協會去年爭取農業部補助600萬元、縣政府配合款250萬元，會員自籌150萬元，合計{}萬元。"
    parts = ["600萬元", "250萬元", "150萬元"]
    assert ("sum", "consistent", parts, None) in checks_of(text.format("1,000"))
    assert ("sum", "inconsistent", parts, None) in checks_of(text.format("1,100"))
    # (but a year before against this year ends the run: 去年9月 is no part of this year's quarter)
    text = "去年9月營收為44.17億元，今年8月營收為48.77億元、7月為46.05億元，第三季合併營收合計147.20億元。"
    assert [c[:2] for c in checks_of(text)] == [("sum", "unverifiable")]


def test_a_side_of_trade_named_by_its_goods():
    text = "1-9月全镇钟表出口额8.40亿元，进口机芯等零部件0.95亿元，实现贸易顺差{}亿元。"
    assert ("difference", "consistent", ["8.40亿元", "0.95亿元"], "7.45亿元") in checks_of(text.format("7.45"))
    assert ("difference", "inconsistent", ["8.40亿元", "0.95亿元"], "7.54亿元") in checks_of(text.format("7.54"))


def test_more_allocated_than_the_year_before_is_a_change():
    text = "全年新配乡镇消防车辆660辆，比上年多配160辆，增长{}。"
    assert ("growth", "consistent", ["660辆", "160辆"], "32.0%") in checks_of(text.format("32.0%"))
    assert ("growth", "inconsistent", ["660辆", "160辆"], "23.0%") in checks_of(text.format("23.0%"))


def test_money_paid_over_the_price_of_a_crop_bought_on_contract():
    text = "全县累计收购金额4.00亿元，同比增长8.0%。资金兑付方面，截至目前已兑付3.90亿元，兑付率{}。"
    assert ("ratio", "consistent", ["3.90亿元", "4.00亿元"], "97.5%") in checks_of(text.format("97.5%"))
    assert ("ratio", "inconsistent", ["3.90亿元", "4.00亿元"], "79.5%") in checks_of(text.format("79.5%"))
