"""Org rules added for the second s84 round: a facility a verb of building makes, named by its field only
(共建|…检测实验室), a kind, no name.
Invented sentences; each asserts the orgs' names and types."""
from __future__ import annotations

import pytest

from extractor.api import extract


@pytest.mark.parametrize("text, expected", [
    # what a verb of building makes, named by its field only, is a kind of facility (王浆, royal jelly, a
    # common noun jieba lacks); a place or a word of its own names one
    ("县农业农村局与企业共建蔬菜品质检测实验室", {"县农业农村局": "government"}),
    ("他们与企业共建王浆品质检测实验室", {}),
    ("与高校共建澄川新材料研究院", {"澄川新材料研究院": "institution"}),  # (a guard: passed before)
])
def test_orgs84b(text, expected):
    found = extract(text).orgs
    for o in found:
        assert text[o.start:o.end] == o.text
    assert {o.name: o.type for o in found} == expected
