"""Org rules added for the second s84 round: a facility a verb of building makes, named by its field only
(共建|…检测实验室), a kind, no name; a brand's 之 inside a firm's name after its place (澄川花|之|语…), a
member's role before a firm jieba cut apart (会长单位|琮|溪雅织…), a country whose 国 jieba glued to the
firm's first character (韩|国美|琇…), and a short name in parentheses that opens with the second character
of the place (臺東… (東農)).
Invented sentences; each asserts the orgs' names and types."""
from __future__ import annotations

import pytest

from extractor.api import extract


@pytest.mark.parametrize("text, expected", [
    # 之 inside a brand, its place glued to the brand's first character by jieba
    ("。澄川花之语文化传播有限公司（以下简称“花之语”）成立于2010年",
     {"澄川花之语文化传播有限公司": "company", "花之语": "company"}),
    ("。岚溪茶之韵生态农业有限公司出口茶叶300吨", {"岚溪茶之韵生态农业有限公司": "company"}),
    ("作为全省三大产区之一，澄川茶业有限公司扩产", {"澄川茶业有限公司": "company"}),  # (a guard: passed before)
    # a member's role (会长单位, 理事单位) before a name jieba cut after its first character
    ("会长单位琮溪雅织服饰有限公司发言", {"琮溪雅织服饰有限公司": "company"}),
    ("理事单位琮溪雅织服饰有限公司发言", {"琮溪雅织服饰有限公司": "company"}),
    # a country's 国 glued by jieba to a firm's first character (国美, a retailer's name)
    ("公司与韩国美琇株式会社签订协议", {"韩国美琇株式会社": "company"}),
    ("并与法国美珺集团签约", {"法国美珺集团": "group"}),
    ("中国美术学院与公司合作", {"中国美术学院": "institution"}),  # (a guard: passed before)
    # a short name in parentheses opening with the second character of a Taiwan city (臺東 -> 東)
    ("臺東農產運銷股份有限公司（東農）公布行情", {"台东农产运销股份有限公司": "company", "东农": "company"}),
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
