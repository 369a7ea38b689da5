"""Claims found by the articles written blind on Taiwan's inbound tourism, a county's flood
reconstruction funds, Macau's labour force and a Hong Kong group's interim results: a total
after its parts past a change between them, a part named by two long names joined, rates
known by name in Hong Kong's and Macau's words, and a rate qualified as some group's."""
import pytest

from claims import checks_of, totals_of


@pytest.mark.parametrize("half, status", [("1,942.1億元", "consistent"), ("1,924.1億元", "inconsistent")])
def test_a_total_after_its_parts_past_a_change_between_them(half, status):
    text = (f"觀光署推估今年第一季觀光外匯收入為新臺幣921.7億元，第二季為1,020.4億元，較第一季增加98.7億元，"
            f"上半年合計{half}，折合約64.1億美元。")
    assert totals_of(text) == [(status, half, ["新臺幣921.7億元", "1,020.4億元"])]


@pytest.mark.parametrize("last, status", [("1.37亿元", "consistent"), ("1.73亿元", "inconsistent")])
def test_a_part_named_by_two_long_names_joined(last, status):
    # (named, the parts are apart from each other, and the text ties them to the total)
    text = (f"全县累计筹集灾后重建资金19.8亿元，其中中央预算内投资和中央财政灾后恢复重建补助资金8.92亿元，"
            f"省级资金3.65亿元，增发国债资金5.86亿元，市县配套及社会捐赠资金{last}。")
    assert totals_of(text) == [(status, "19.8亿元", ["8.92亿元", "3.65亿元", "5.86亿元", last])]


@pytest.mark.parametrize("rate, status", [("27.1%", "consistent"), ("21.7%", "inconsistent")])
def test_gross_margin_over_hong_kongs_revenue(rate, status):
    text = f"期內，集團收益為126.48億港元，較去年同期的118.02億港元增加7.2%；毛利34.27億港元，毛利率為{rate}。"
    assert ("ratio", status, ["34.27億港元", "126.48億港元"], rate) in checks_of(text)


@pytest.mark.parametrize("rate, status", [("2.0%", "consistent"), ("2.9%", "inconsistent")])
def test_the_jobless_and_the_underemployed_over_macaus_labour_force(rate, status):
    text = (f"統計局公布，勞動人口為38.15萬人。勞動人口中，就業人口37.39萬人，失業人口7,600人；"
            f"總體失業率為{rate}，本地居民失業率為2.6%。就業不足人口4,300人，就業不足率為1.1%。")
    checks = checks_of(text)
    assert ("ratio", status, ["7,600人", "38.15萬人"], rate) in checks
    assert ("ratio", "consistent", ["4,300人", "38.15萬人"], "1.1%") in checks
    # (the residents' rate is of no figure stated for them)
    assert not [c for c in checks if c[3] == "2.6%"]
