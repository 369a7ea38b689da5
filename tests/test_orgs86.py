"""Org rules added for the s86 articles: a short name cut from a full one never ends with an
industry or a road (油茶产业 of 油茶产业发展基金, 沛龙高速公路 of 沛龙高速公路有限责任公司): such a
word names the industry or the road, not the body.  Invented sentences; each asserts the orgs'
names and types."""
from __future__ import annotations

import pytest

from extractor.api import extract


@pytest.mark.parametrize("text, expected", [
    # an industry, the name of a fund set up for it
    ("县里设立竹木产业发展基金。全县竹木产业产值增长12%，竹木产业带动就业3000人。",
     {"竹木产业发展基金": "company"}),
    # a road, the name of the firm that runs it
    ("岭川高速公路通行费收入1.2亿元；岭川高速公路由岭川高速公路有限责任公司运营。",
     {"岭川高速公路有限责任公司": "company"}),
    # (a guard: a short name of the firm's own, passed before)
    ("岭东县禾盛米业有限公司扩产，禾盛米业全年营收2亿元",
     {"岭东县禾盛米业有限公司": "company", "禾盛米业": "company"}),
])
def test_orgs86(text, expected):
    found = extract(text).orgs
    for o in found:
        assert text[o.start:o.end] == o.text
    assert {o.name: o.type for o in found} == expected
