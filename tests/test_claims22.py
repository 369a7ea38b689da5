"""Claims of the genre found in blind batch 25 and after (see tests/claims.py for what is compared)."""
import pytest

from claims import totals_of


@pytest.mark.parametrize("join", ["，加上", "、"])
def test_a_total_named_as_one_after_its_parts(join):
    text = f"省财政下达补助资金1200万元{join}县级配套资金800万元，项目总经费达2000万元。"
    assert totals_of(text) == [("consistent", "2000万元", ["1200万元", "800万元"])]


def test_a_total_named_as_one_that_the_parts_miss_is_no_claim():
    """总经费 may be a larger whole the listed funds are some of: it confirms, never refutes."""
    text = "省财政下达补助资金1200万元、县级配套资金800万元，项目总经费达2100万元。"
    assert totals_of(text) == []
