"""Claims of the genre found in blind batch 29 and after (see tests/claims.py for what is compared)."""
import pytest

from claims import checks_of
from extractor import extract


@pytest.mark.parametrize("rate, status", [("0.61%", "consistent"), ("0.16%", "inconsistent")])
def test_a_failure_rate_of_samples(rate, status):
    """不合格率 is no 合格率: the samples that failed over those checked."""
    text = f"期內抽檢食品樣本2,935個，其中不合格樣本18個，不合格率為{rate}，主要涉及微生物超標。"
    assert checks_of(text) == [("ratio", status, ["18個", "2,935個"], rate)]


def test_the_failed_samples_are_counted_with_their_negation():
    article = extract("期內抽檢食品樣本2,935個，其中不合格樣本18個。")
    assert [f.of for f in article.figures] == ["食品样本", "不合格样本"]
