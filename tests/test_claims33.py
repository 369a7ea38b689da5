"""Claims found by the articles written blind on Taiwan's inbound tourism and a county's
flood reconstruction funds: a total after its parts past a change between them, and a part
named by two long names joined."""
import pytest

from claims import totals_of


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
