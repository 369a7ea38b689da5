"""Claims found by the batches of articles written blind in session 41 (a county's half year, a
rural revitalization fund, an earnings forecast and buyback, a Hong Kong interim report, a city's
work report, car output, a signing ceremony, inclusive lending, a customs district, a holiday,
an association's annual meeting, a Taiwan company's monthly revenue, a township's investment
promotion, employment, science and technology, housing)."""
import pytest

from claims import checks_of, totals_of


@pytest.mark.parametrize("total, status", [("236間", "consistent"), ("263間", "inconsistent")])
def test_the_base_of_a_comparison_is_no_total_of_the_parts_after_it(total, status):
    text = f"截至6月底，集團共經營餐廳{total}，較去年底的222間淨增14間，其中香港112間、內地103間、澳門及海外21間。"
    assert (status, total, ["112間", "103間", "21間"]) in totals_of(text)
    assert not any(t == "222間" for _, t, _ in totals_of(text))


@pytest.mark.parametrize("low, status", [("0.74%", "consistent"), ("0.47%", "inconsistent")])
def test_the_whole_stated_inside_a_distributed_share_cue(low, status):
    text = ("预计回购股份数量下限为156.25万股、上限为312.50万股，"
            f"分别占公司目前总股本21,150万股的{low}和1.48%。")
    checks = checks_of(text)
    assert ("ratio", status, ["156.25万股", "21,150万股"], low) in checks
    assert ("ratio", "consistent", ["312.50万股", "21,150万股"], "1.48%") in checks


def test_imports_are_no_part_of_the_exports_they_follow():
    text = ("前三季度，全市出口712.35亿元，增长11.6%；进口374.12亿元，增长2.4%。"
            "从商品看，出口机电产品438.9亿元，占出口总值的61.6%；进口集成电路52.8亿元，增长9.7%。")
    assert not any(t == "712.35亿元" for _, t, _ in totals_of(text))
    assert ("ratio", "consistent", ["438.9亿元", "712.35亿元"], "61.6%") in checks_of(text)
