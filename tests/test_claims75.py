"""Claims found in session 75, by the articles written blind in it."""
from claims import checks_of


def test_a_completion_of_people_counted_by_ming_and_ren_alike():
    text = "全市共组织6,284名青年参加就业见习，完成省人社厅下达目标任务5,800人的{}。"
    assert ("ratio", "consistent", ["6,284名", "5,800人"], "108.3%") in checks_of(text.format("108.3%"))
    assert ("ratio", "inconsistent", ["6,284名", "5,800人"], "103.8%") in checks_of(text.format("103.8%"))
    # (the target before the rate, 下达目标任务5,800人，完成率R: the actual is read, so it confirms only)
    text = "全市共组织6,284名青年参加就业见习，省人社厅下达目标任务5,800人，完成率{}。"
    assert ("ratio", "consistent", ["6,284名", "5,800人"], "108.3%") in checks_of(text.format("108.3%"))
    assert ("ratio", "unverifiable", ["5,800人"], "103.8%") in checks_of(text.format("103.8%"))


def test_a_sales_target_set_for_the_season_is_met_by_the_sales_takings():
    text = "本产季全县实现销售收入36.84亿元，同比增长12.6%。年初县人民政府提出的产季销售目标为35亿元，完成率{}。"
    assert ("ratio", "consistent", ["36.84亿元", "35亿元"], "105.3%") in checks_of(text.format("105.3%"))
    # (the actual found by its name in the sentence before: read, so it confirms only)
    assert not [c for c in checks_of(text.format("103.5%")) if c[0] == "ratio" and c[1] != "unverifiable"]


def test_a_size_named_again_is_the_amount_stated_before():
    text = ("全年全市政府采购预算金额91.47亿元，实际采购金额86.35亿元，节约资金5.12亿元。"
            "采购规模比上年增长{}，上年为79.44亿元。")
    assert ("growth", "consistent", ["86.35亿元", "79.44亿元"], "8.7%") in checks_of(text.format("8.7%"))
    # (read by its name, it confirms only)
    assert ("growth", "unverifiable", ["86.35亿元", "79.44亿元"], "6.7%") in checks_of(text.format("6.7%"))


def test_a_share_taken_by_a_part_named_like_a_service_office():
    text = ("去年長照實際支出新台幣826.4億元，占全年預算872.5億元的94.7%。其中照顧及專業服務412.6億元、交通接送服務68.3億元、"
            "輔具服務71.9億元、喘息服務35.8億元，其餘237.8億元用於長照機構補助；照顧及專業服務所占比重為{}。")
    assert ("ratio", "consistent", ["412.6億元", "新台幣826.4億元"], "49.9%") in checks_of(text.format("49.9%"))
    assert ("ratio", "inconsistent", ["412.6億元", "新台幣826.4億元"], "59.9%") in checks_of(text.format("59.9%"))


def test_more_done_than_the_year_before_is_a_change_not_the_level():
    text = "全年完成清洁取暖改造4.68万户，为年度目标任务5.2万户的90.0%，较上年同期多完成0.53万户（上年同期4.15万户），增长{}。"
    assert ("growth", "consistent", ["4.68万户", "4.15万户"], "12.8%") in checks_of(text.format("12.8%"))
    assert ("growth", "inconsistent", ["4.68万户", "4.15万户"], "18.2%") in checks_of(text.format("18.2%"))


def test_a_quarter_on_quarter_rate_against_the_quarter_a_list_names_before():
    text = "分季度看，一、二季度分别实现营收27.74亿元、30.88亿元，第三季度实现33.85亿元，环比增长{}，同比增长9.8%。"
    assert ("growth", "consistent", ["33.85亿元", "30.88亿元"], "9.6%") in checks_of(text.format("9.6%"))
    assert ("growth", "inconsistent", ["33.85亿元", "30.88亿元"], "6.9%") in checks_of(text.format("6.9%"))
