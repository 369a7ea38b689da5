"""Claims found in session 66, by the articles written blind in it."""
from claims import checks_of


def test_a_share_named_by_kind_and_measure_is_of_its_items_figure_and_the_classified_total():
    text = ("上半年全市成交国有建设用地出让金96.40亿元，同比下降8.2%。\n"
            "分用途看，商品住宅用地成交14宗、出让金61.70亿元；商业用地成交6宗、出让金12.30亿元；"
            "工业用地成交25宗、出让金22.40亿元。商品住宅用地出让金占比为{}，仍居首位。")
    assert ("ratio", "consistent", ["61.70亿元", "96.40亿元"], "64.0%") in checks_of(text.format("64.0%"))
    assert ("ratio", "inconsistent", ["61.70亿元", "96.40亿元"], "46.0%") in checks_of(text.format("46.0%"))
