"""Org rules added for the second s83 batch: an adverb to jieba opening a firm's name of a
legal form (永新|光电有限公司), the civil air defence office by its short name (市人防办), frozen
food a trade inside names (冷冻, a verb to jieba), a kind of body's last character glued by jieba to
the conjunction and the place after it (带头|社与岚州…), textiles for industrial use (产业用), and a
short form of a firm's name before a brand's word (“峡川榨菜”品牌), the brand.
Invented sentences; each asserts the orgs' names and types."""
from __future__ import annotations

import pytest

from extractor.api import extract


@pytest.mark.parametrize("text, expected", [
    # an adverb jieba hardly saw (永新, d) opens a firm's name of a legal form after a clause's mark
    ("上年同期为5.2亿元；永新精密有限公司营收增长9%", {"永新精密有限公司": "company"}),
    ("全市共有永兴光学有限公司、永新光电有限公司等企业", {"永兴光学有限公司": "company", "永新光电有限公司": "company"}),
    # the civil air defence office by its short name, a level opening it
    ("县人防办会同县财政局开展专项检查", {"县人防办": "government", "县财政局": "government"}),
    # frozen food (冷冻, a verb to jieba) inside a firm's and an association's name
    ("；华丰冷冻食品股份有限公司出口额增长", {"华丰冷冻食品股份有限公司": "company"}),
    ("市冷冻食品行业协会发布报告", {"市冷冻食品行业协会": "association"}),
    # a cooperative's short kind (示范社), then 与 and a college, glued by jieba's HMM (社与岚州)
    ("十余家示范社与岚州农业职业技术学院签订协议", {"岚州农业职业技术学院": "institution"}),
    ("三家龙头社与泺塘职业技术学院签订协议", {"泺塘职业技术学院": "institution"}),
    ("三家龙头社与溪州市职业技术学院签订协议", {"溪州市职业技术学院": "institution"}),  # (社与溪|州市)
    # textiles for industrial use, a qualifier of the association's trade
    ("据岚州市产业用纺织品行业协会统计，全市产量增长", {"岚州市产业用纺织品行业协会": "association"}),
    # a short form of a firm's name before a brand's word names the brand
    ("澄川陈醋集团有限公司营收3亿元。县里开展“澄川陈醋”品牌推广活动",
     {"澄川陈醋集团有限公司": "group"}),
    ("澄川陈醋集团有限公司营收3亿元。澄川陈醋区域公用品牌价值提升", {"澄川陈醋集团有限公司": "group"}),
    ("澄川陈醋集团有限公司营收3亿元。澄川陈醋销量增长",  # (a guard: passed before; the short form stays)
     {"澄川陈醋集团有限公司": "group", "澄川陈醋": "company"}),
])
def test_orgs83b(text, expected):
    found = extract(text).orgs
    for o in found:
        for a, b in o.mentions:
            assert a < b
    assert {o.name: o.type for o in found} == expected
