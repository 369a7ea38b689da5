"""Org rules added in session 89's second round, one section per weakness fixed (its comment says which), each a test
that failed before the fix and guards that held before and must still hold.
Invented sentences; each asserts the orgs' names, types and the spans of all their mentions."""
from __future__ import annotations

import pytest

from extractor.api import extract


def _orgs(text: str) -> dict[str, tuple[str, list[str]]]:
    """name -> (type, the text of each mention, with its offset: '积金寶@9')."""
    return {o.name: (o.type, [f"{text[s:e]}@{s}" for s, e in o.mentions]) for o in extract(text).orgs}


def _at(text: str, word: str, nth: int = 1) -> str:
    """``word`` and the offset of its ``nth`` occurrence in ``text``, as _orgs writes a mention."""
    k = -1
    for _ in range(nth):
        k = text.index(word, k + 1)
    return f"{word}@{k}"


# -- a company's store by its place after the legal form (…有限公司|城东店), as a branch (…|上海分公司); a numeral
# word jieba reads in a brand (惠|万家) after the clause's verb no longer ends the name

STORES = "质量指标不达标2批次，涉及栖梧惠万家超市有限公司城东店、溪口县德顺食品有限公司、栖梧市老码头食品商行。"


def test_store_of_a_company():
    assert _orgs(STORES) == {
        "栖梧惠万家超市有限公司城东店": ("company", [_at(STORES, "栖梧惠万家超市有限公司城东店")]),
        "溪口县德顺食品有限公司": ("company", [_at(STORES, "溪口县德顺食品有限公司")]),
        # (a trading firm's 商行 names none alone; here the list of two firms found makes it a third)
        "栖梧市老码头食品商行": ("company", [_at(STORES, "栖梧市老码头食品商行")]),
    }


@pytest.mark.parametrize("text, expected", [
    ("澄川百货有限公司人民路店和五一广场店同日开业",
     {"澄川百货有限公司人民路店": ("company", ["澄川百货有限公司人民路店@0"])}),
    ("涉及澄屿万家福超市有限公司", {"澄屿万家福超市有限公司": ("company", ["澄屿万家福超市有限公司@2"])}),
])
def test_store_by_a_street_and_a_numeral_brand_after_a_verb(text, expected):
    assert _orgs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # (guards: a kind of store, common words naming no place, or a word of the dictionary holding 店, is none)
    ("澄川百货有限公司旗舰店和实体店销售增长", {"澄川百货有限公司": ("company", ["澄川百货有限公司@0"])}),
    ("澄川百货有限公司员工到店服务，澄川百货有限公司酒店", {"澄川百货有限公司": (
        "company", ["澄川百货有限公司@0", "澄川百货有限公司@15"])}),
    ("澄川百货有限公司旗下门店超过50家", {"澄川百货有限公司": ("company", ["澄川百货有限公司@0"])}),
    ("栖梧市老码头食品商行被罚款", {}),
    ("华润万家有限公司在全国开店", {"华润万家有限公司": ("company", ["华润万家有限公司@0"])}),
])
def test_store_guards(text, expected):
    assert _orgs(text) == expected
