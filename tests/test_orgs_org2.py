"""Org rules added for the org2 articles: cases the yaml examples cannot state
(a name must not hold a word, a score over articles)."""
from __future__ import annotations

from extractor.normalize import normalize
from extractor.org_rules import cached_org_rules
from extractor.orgs import build_orgs


def names(text: str) -> set[str]:
    return {o.name for o in build_orgs(normalize(text), cached_org_rules())}


def test_a_title_in_one_word_ends_a_name():
    # jieba reads 党委书记 as one word: it is no part of the next university's name
    found = names("中国地质大学（北京）党委书记葛世荣任中国矿业大学（北京）校长")
    assert not any("党委书记" in n for n in found)
