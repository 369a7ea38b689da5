"""Claims found by the articles written blind in session 52, and by the misses session 51 left."""
from claims import assert_rate, checks_of, totals_of
from extractor import extract


def test_a_bound_in_an_aside_inside_a_name_defines_the_class_and_is_no_part():
    text = ("2024年，公司实现营业收入72.4亿元，同比增长8.1%。其中，高端酒（出厂价600元以上）收入{}亿元，"
            "占营业收入的53.3%；中端酒收入25.1亿元；其他产品收入8.7亿元。")
    assert ("consistent", "72.4亿元", ["38.6亿元", "25.1亿元", "8.7亿元"]) in totals_of(text.format("38.6"))
    assert ("inconsistent", "72.4亿元", ["36.8亿元", "25.1亿元", "8.7亿元"]) in totals_of(text.format("36.8"))
    # (the share is of the class the whole name says, the aside left out of it)
    article = extract(text.format("38.6"))
    share = next(f for f in article.figures if f.text == "53.3%")
    assert share.indicator == "高端酒收入"
