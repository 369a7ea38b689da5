"""When a decline verb governs a figure (``negative``): across a stray space, over a list
it governs, over the risk or cost it cuts; never twice over a written minus, and not for
the level a decline reached."""
import pytest

from extractor import extract


def _flags(text):
    return [(f.text, f.negative) for f in extract(text).figures]


@pytest.mark.parametrize("text, expected", [
    ("净利润同比减少 12.05%，扣非后", [("12.05%", True)]),
    ("出货量同比下降了 4%。", [("4%", True)]),
    ("营业利润和净利润分别下降31%和17%。", [("31%", True), ("17%", True)]),
    ("经常运动能降低心血管病风险26%，", [("26%", True)]),
    ("公司宣布全员降薪15%。", [("15%", True)]),
    ("降幅达到了8.2%，", [("8.2%", True)]),
    ("上半年亏损达到3.6亿美元", [("3.6亿美元", True)]),
    ("每股亏损将达0.38美元，", [("0.38美元", True)]),
    ("出生人口比上年减少52万人，", [("52万人", True)]),      # a count declines too
    ("三地投资分别减少420亿美元、210亿美元和90亿美元。",
     [("420亿美元", True), ("210亿美元", True), ("90亿美元", True)]),
    ("运营亏损扩大为31.5亿元（", [("31.5亿元", True)]),
    ("净亏损高达2.6亿美元。", [("2.6亿美元", True)]),
    ("股价跌幅已超过75%。", [("超过75%", True)]),   # 已 between the decline noun and the figure
    ("全年亏损已经达5亿元", [("5亿元", True)]),
    ("分别比上年末减少9家、4家和2家。", [("9家", True), ("4家", True), ("2家", True)]),  # a list of counts
])
def test_declines_that_govern_the_figure(text, expected):
    assert _flags(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a written minus is in the value: the loss is not negative twice
    ("三年亏损分别为-1.35亿元、-2.4亿元", [("-1.35亿元", False), ("-2.4亿元", False)]),
    # the level after a decline, not the decline
    ("收入有6.1%的下滑，达到52.8亿元。", [("6.1%", True), ("52.8亿元", False)]),
    ("营收下滑后回升9%", [("9%", False)]),
    ("营收下降，利润增长20%和30%", [("20%", False), ("30%", False)]),
    # fell to a level (为, 至, 到), not by it; 空降 is no decline
    ("项目从12个减少为9个，", [("12个", False), ("9个", False)]),
    ("占比下降为5%", [("5%", False)]),
    ("集团空降三名高管", [("三名", False)]),
])
def test_no_decline_where_none_governs(text, expected):
    assert _flags(text) == expected


def test_a_range_dash_after_a_unit_is_no_minus_sign():
    figures = extract("收购价为42元/公斤-55元/公斤，比去年高").figures
    assert [(f.text, str(f.value), str(f.value_max), f.negative) for f in figures] == [
        ("42元/公斤-55元", "42", "55", False)]
    text = "乙型为3元-5元。"
    assert [(f.text, str(f.value), str(f.value_max)) for f in extract(text).figures] == [("3元-5元", "3", "5")]
