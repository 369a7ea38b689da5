"""Claims found in session 62, by the articles written blind in it."""
from claims import checks_of, totals_of


def test_a_rate_of_the_level_the_sentence_before_names_is_tied_to_it():
    text = ("今年上半年，市场累计成交额86.4亿元。其中，现货交易额58.7亿元，电商交易额21.3亿元，仓单交易额6.4亿元。"
            "电商交易额同比增长{}（上年同期为16.3亿元），占成交额的比重为24.7%。")
    assert ("growth", "consistent", ["21.3亿元", "16.3亿元"], "30.7%") in checks_of(text.format("30.7%"))
    assert ("growth", "inconsistent", ["21.3亿元", "16.3亿元"], "23.5%") in checks_of(text.format("23.5%"))
    # (a level named paragraphs back, or in a sentence the rate's does not open on, is only read)
    far = text.replace("。电商交易额同比", "。市场交易活跃。电商交易额同比")
    assert ("growth", "unverifiable", ["21.3亿元", "16.3亿元"], "23.5%") in checks_of(far.format("23.5%"))
