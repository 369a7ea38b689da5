"""Claims found by the sixteenth batch of articles written blind (hogs, an expressway group, city
gas, patents, a battery maker, a flood season, Hong Kong's retail sales, a rural bank): the rest
of a list totalled (其余…合计) as its last part, items that bear the name of the whole they break
down, the earlier rate after a colon in brackets, funds paid out 到位, projects handed over
against those planned, a base of the year before that lends its year to no later figure, and
clauses named alike that add up to the total named so before them."""
import pytest

from claims import checks_of
from extractor import extract


@pytest.mark.parametrize("first, status", [("112.6亿元", "consistent"), ("121.6亿元", "inconsistent")])
def test_the_rest_totalled_ends_a_list_of_items_named_like_the_whole(first, status):
    text = ("全年完成公路建设投资356.2亿元。其中，高速公路投资318.5亿元，普通国省道投资37.7亿元。\n"
            f"分项目看，枫溪高速公路完成投资{first}，岭湾高速公路完成投资95.4亿元，环城高速扩容工程完成投资60.3亿元，"
            "其余7个在建项目合计完成投资50.2亿元。")
    assert ("sum", status, [first, "95.4亿元", "60.3亿元", "50.2亿元"], None) in checks_of(text)


def test_the_rest_totalled_is_no_total_of_the_items_before_it():
    text = "分项目看，A项目完成投资12.4亿元，B项目完成投资8.9亿元，其余5个在建项目合计完成投资6.6亿元。"
    assert not any(c[0] == "sum" and c[1] == "inconsistent" for c in checks_of(text))


@pytest.mark.parametrize("points, status", [("1.26个百分点", "consistent"), ("1.62个百分点", "inconsistent")])
def test_the_earlier_rate_after_a_colon_in_brackets(points, status):
    text = f"公司综合毛利率为19.84%，较上年下降{points}（上年：21.10%）。"
    assert checks_of(text) == [("difference", status, ["19.84%", "21.10%"], points)]


@pytest.mark.parametrize("rate, status", [("88.9%", "consistent"), ("98.9%", "inconsistent")])
def test_projects_handed_over_against_those_planned(rate, status):
    text = f"年初计划交工项目9个，已交工项目8个，交工率{rate}。"
    assert checks_of(text) == [("ratio", status, ["8个", "9个"], rate)]


@pytest.mark.parametrize("rate, status", [("86.7%", "consistent"), ("87.6%", "inconsistent")])
def test_funds_paid_out_to_their_place(rate, status):
    text = f"市财政局累计下达救灾资金1.65亿元，截至9月30日已拨付到位1.43亿元，拨付率{rate}。"
    assert checks_of(text) == [("ratio", status, ["1.43亿元", "1.65亿元"], rate)]


def test_a_base_of_the_year_before_lends_its_year_to_no_later_figure():
    text = ("9月零售数据\n2025-10-31 16:30　来源：港湾财经\n"
            "2025年9月零售业总销货价值为298.6亿港元，较去年同月的287.9亿港元上升3.7%。首九个月零售业总销货价值为"
            "2,761.3亿港元。\n按销售渠道划分，网上销售由去年同月的25.05亿港元增加到28.4亿港元，占总销货价值的比重为9.5%。")
    article = extract(text)
    period = {f.text: f.period for f in article.figures}
    assert period["25.05亿港元"] == "2024" and period["28.4亿港元"] != "2024"
    assert period["2,761.3亿港元"] == "2025-01/2025-09"  # 首九个月, as Hong Kong writes 前九个月
    assert ("ratio", "consistent", ["28.4亿港元", "298.6亿港元"], "9.5%") in checks_of(text)


def test_clauses_named_alike_add_up_to_the_total_named_so_before():
    text = ("2024年全县生猪出栏58.46万头，比上年增长5.2%。\n"
            "规模养殖场出栏47.31万头，占全县出栏总量的80.9%；中小散养户出栏11.15万头。")
    assert ("sum", "consistent", ["47.31万头", "11.15万头"], None) in checks_of(text)
    # read from the context, they confirm and never refute
    wrong = text.replace("11.15万头", "11.51万头")
    assert not any(c[0] == "sum" and c[1] == "inconsistent" for c in checks_of(wrong))
