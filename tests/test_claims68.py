"""Claims found in session 68, by the articles written blind in it."""
from claims import checks_of, totals_of


def test_how_many_the_act_took_in_is_the_count_of_that_act():
    text = "今年计划招生3,500人，实际录取新生3,872人，完成招生计划的110.6%，录取人数较上年的3,605人增长{}。"
    assert ("growth", "consistent", ["3,872人", "3,605人"], "7.4%") in checks_of(text.format("7.4%"))
    assert ("growth", "inconsistent", ["3,872人", "3,605人"], "4.7%") in checks_of(text.format("4.7%"))


def test_a_level_named_by_its_act_under_the_topic_of_its_sentence():
    text = "本季水费应收6.84亿元，实收6.52亿元，收缴率95.3%。实收水费较上季的6.03亿元增长{}。"
    assert ("growth", "consistent", ["6.52亿元", "6.03亿元"], "8.1%") in checks_of(text.format("8.1%"))
    assert ("growth", "inconsistent", ["6.52亿元", "6.03亿元"], "1.8%") in checks_of(text.format("1.8%"))


def test_a_count_of_the_act_named_again_with_its_rate_and_its_share():
    text = ("全年全省商标注册52,400件。其中，集体商标注册8,130件，证明商标注册2,460件。"
            "集体商标注册量较上年的7,210件增长12.8%，占商标注册总量的{}。")
    checks = checks_of(text.format("15.5%"))
    assert ("growth", "consistent", ["8,130件", "7,210件"], "12.8%") in checks
    assert ("ratio", "consistent", ["8,130件", "52,400件"], "15.5%") in checks
    assert ("ratio", "inconsistent", ["8,130件", "52,400件"], "13.8%") in checks_of(text.format("13.8%"))


def test_the_base_of_a_comparison_is_never_the_part_of_a_share():
    # (the level of 集体商标数 is not stated: no share may be read over last year's value)
    text = "全年全省商标注册52,400件。其中，证明商标注册2,460件。集体商标数较上年的7,210件增长12.8%，占商标注册总量的15.5%。"
    assert not any(kind == "ratio" and "7,210件" in inputs for kind, _, inputs, _ in checks_of(text))


def test_rates_listed_by_position_against_bases_listed_by_position_in_taiwan():
    text = ("公股銀行及民營銀行稅後盈餘分別為812.4億元、1,536.2億元，"
            "分別較去年同期的760.3億元、1,402.6億元成長{}、9.5%。")
    checks = checks_of(text.format("6.9%"))
    assert ("growth", "consistent", ["812.4億元", "760.3億元"], "6.9%") in checks
    assert ("growth", "consistent", ["1,536.2億元", "1,402.6億元"], "9.5%") in checks
    assert ("growth", "inconsistent", ["812.4億元", "760.3億元"], "9.6%") in checks_of(text.format("9.6%"))


def test_classes_numbered_in_order_go_on_past_the_comma_with_one_summed_pair():
    text = ("第三季全港急症室共錄得求診42.50萬人次。\n"
            "按分流類別劃分，第一類個案0.36萬人次、第二類1.52萬人次、第三類15.08萬人次，"
            "第四類及第五類（次緊急及非緊急）個案合共{}萬人次。")
    assert ("consistent", "42.50萬人次", ["0.36萬人次", "1.52萬人次", "15.08萬人次", "25.54萬人次"]) \
        in totals_of(text.format("25.54"))
    assert ("inconsistent", "42.50萬人次", ["0.36萬人次", "1.52萬人次", "15.08萬人次", "26.54萬人次"]) \
        in totals_of(text.format("26.54"))
