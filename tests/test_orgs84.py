"""Org rules added for the s84 articles: Taiwan's Executive Yuan before a ministry, and a ministry's
bureaus and centres (财政部|北区国税局, 财政部|财政资讯中心); a centre of research and development named
by its field; Macau's social security fund named alone in a Macau article, and its best-known hospital;
the cooperatives within a county (县内|…专业合作社) and a trade's college a school builds with firms
(…产业学院), kinds, no names.
Invented sentences; each asserts the orgs' names and types."""
from __future__ import annotations

import pytest

from extractor.api import extract


@pytest.mark.parametrize("text, expected", [
    # the Executive Yuan before a ministry, and the ministry's administration after it
    ("將持續與行政院經濟部、交通部合作", {"行政院经济部": "government", "交通部": "government"}),
    ("行政院農業部公布收購價格", {"行政院农业部": "government"}),
    ("行政院農業部農糧署公布收購價格", {"行政院农业部农粮署": "government"}),  # (a guard: passed before)
    # a ministry's bureau and its centre
    ("財政部中區國稅局提醒民眾如期申報", {"财政部中区国税局": "government"}),
    ("申報系統由財政部財政資訊中心維護", {"财政部财政资讯中心": "government"}),
    # a centre of research and development named by its field
    ("精密機械研究發展中心協助業者導入自動化", {"精密机械研究发展中心": "institution"}),
    # Macau's social security fund, named alone where the article is Macau's (its patacas)
    ("社會保障基金本年度向5萬名長者發放敬老金，合共約4億澳門元。", {"社会保障基金": "government"}),
    ("今年社会保障基金收入增长5%，支出增长4%", {}),  # (a guard: the fund's money, no body)
    # Macau's best-known hospital, named by its place
    ("市民可前往鏡湖醫院接受免費檢查", {"镜湖医院": "institution"}),
    # the cooperatives within a county, of a crop jieba reads as a person's name: a kind
    ("县内木耳专业合作社带动农户900户，其中澄溪县岭香木耳专业合作社带动120户",
     {"澄溪县岭香木耳专业合作社": "company"}),
    ("镇内蔬菜专业合作社带动农户500户", {}),
    # a trade's college that a school builds with firms: a kind, no name; one of a place is a name
    ("澄州职业技术学院联合企业成立新能源汽车产业学院", {"澄州职业技术学院": "institution"}),
    ("澄州智能制造产业学院今年招生300人", {"澄州智能制造产业学院": "institution"}),  # (a guard)
])
def test_orgs84(text, expected):
    found = extract(text).orgs
    for o in found:
        assert text[o.start:o.end] == o.text
    assert {o.name: o.type for o in found} == expected
