"""Org rules added for the s86 blind articles (second pass): a short name keeps no place's
level before words of the dictionary alone (鹭川市职业教育 of 鹭川市职业教育集团 names the city's
field).
Invented sentences; each asserts the orgs' names and types."""
from __future__ import annotations

import pytest

from extractor.api import extract


@pytest.mark.parametrize("text, expected", [
    # a city and its field, in a headline, is no short name of the city's group
    ("澄河市职业教育质量稳步提升。澄河市职业教育集团现有成员单位80家。",
     {"澄河市职业教育集团": "group"}),
    # (a guard: a short name with a word of its own keeps its place)
    ("岭东县禾盛米业有限公司扩产，岭东县禾盛米业全年营收2亿元",
     {"岭东县禾盛米业有限公司": "company", "岭东县禾盛米业": "company"}),
])
def test_orgs86b(text, expected):
    found = extract(text).orgs
    for o in found:
        assert text[o.start:o.end] == o.text
    assert {o.name: o.type for o in found} == expected
