"""Claims found by the articles written blind on rural roads, a financing guarantee fund, a film
market, Hong Kong's wages, waste sorting, a hotpot chain, a county's bulletin, Taiwan's export
orders, student aid, a logistics park, consumer credit, a township's report, a fishing port, a
media group, a county court and Macau's visitors."""
import pytest

from claims import checks_of, totals_of


@pytest.mark.parametrize("rate, status", [("99.0%", "consistent"), ("90.9%", "inconsistent")])
def test_what_came_back_over_what_was_due(rate, status):
    text = f"本学年到期应还本金3,260万元，实际回收3,228万元，回收率{rate}；违约率0.98%。"
    assert ("ratio", status, ["3,228万元", "3,260万元"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("104.7%", "consistent"), ("107.4%", "inconsistent")])
def test_a_completion_is_of_the_level_not_of_the_base_it_is_compared_with(rate, status):
    text = (f"年末再担保在保余额1046.8亿元，较年初的893.5亿元增加153.3亿元，增长17.2%，"
            f"完成省财政厅下达的年度目标1000亿元的{rate}。")
    assert ("ratio", status, ["1046.8亿元", "1000亿元"], rate) in checks_of(text)


_SOURCES = ("全年累计投入资金3.86亿元。从资金来源看，中央车购税补助资金1.24亿元、省级补助资金0.98亿元、"
            "市级配套资金3500万元、县级财政投入1.02亿元，另通过地方政府专项债券筹措{}。")


def test_one_more_part_after_another_source():
    assert totals_of(_SOURCES.format("2700万元")) == [
        ("consistent", "3.86亿元", ["1.24亿元", "0.98亿元", "3500万元", "1.02亿元", "2700万元"])]


def test_one_more_part_that_does_not_add_up_leaves_the_list_as_it_was():
    # (the part after 另 joins only where it adds up: the list before it still falls short)
    assert totals_of(_SOURCES.format("2070万元")) == [
        ("inconsistent", "3.86亿元", ["1.24亿元", "0.98亿元", "3500万元", "1.02亿元"])]


@pytest.mark.parametrize("rate, status", [("29.8%", "consistent"), ("32.4%", "unverifiable")])
def test_a_total_named_so_is_no_narrower_part_of_an_earlier_list(rate, status):
    text = ("2024年全县农村公路建设养护累计投入资金3.86亿元，完成年度计划3.5亿元的110.3%。\n"
            "从资金来源看，中央车购税补助资金1.24亿元、省级补助资金0.98亿元、市级配套资金3500万元、县级财政投入1.02亿元，"
            "另通过地方政府专项债券筹措2700万元。\n"
            f"分用途看，新改建工程完成投资2.71亿元，养护工程投入1.15亿元，养护投入占资金总额的{rate}。")
    # (read by the name of what it totals, the whole confirms the rate, never refutes it)
    assert [c[:3] for c in checks_of(text) if c[3] == rate] == [("ratio", status, ["1.15亿元", "3.86亿元"])]
