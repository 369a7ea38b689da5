"""Org rules added for the s80 articles: archives, Hong Kong's departments, a university's
department, units under a bureau or a customs office, and names whose left edge jieba
cut wrong.  Invented sentences; each asserts the org's text, type and offsets."""
from __future__ import annotations

import pytest

from extractor.api import extract


@pytest.mark.parametrize("text, expected", [
    # an archives bureau after a place, or a bare level
    ("澜川市档案馆公布了馆藏目录，市档案馆与省档案馆共同举办展览", {"澜川市档案馆": "institution", "市档案馆": "institution",
                                             "省档案馆": "institution"}),
    # a Taiwan county's department by its bare level; a university's department
    ("縣工務處表示，國立岑峰大學園藝學系與縣農業處合作", {"县工务处": "government", "国立岑峰大学园艺学系": "institution",
                                        "县农业处": "government"}),
    ("芷岭大学观光餐旅系主任表示，要处理好大学师生关系", {"芷岭大学观光餐旅系": "institution"}),
    # a registered name written again with a bare 公司 for its legal form (装卸, a verb to jieba, inside it)
    ("渚湾港集装箱装卸公司营收增长。渚湾港集装箱装卸有限公司召开会议",
     {"渚湾港集装箱装卸公司": "company", "渚湾港集装箱装卸有限公司": "company"}),
    # a brand whose first character jieba reads as a month, a bay's 湾 jieba cuts off, an old state
    # (a time word to jieba), a place's first character left alone (上|海鲜|迈)
    ("占比26.1%；月满轩食品股份有限公司实现营收", {"月满轩食品股份有限公司": "company"}),
    ("投资4亿元；烟雨湾海洋科技股份有限公司与研究所合作", {"烟雨湾海洋科技股份有限公司": "company"}),
    ("剧团与东晋理工大学机械学院合作", {"东晋理工大学机械学院": "institution"}),
    ("与澄湖物流集团有限公司、上海鲜迈物流有限公司签约", {"澄湖物流集团有限公司": "group", "上海鲜迈物流有限公司": "company"}),
    # an office of a customs house in a town; a regulator's station in a town
    ("漓州海关驻岭口办事处签发证书", {"漓州海关驻岭口办事处": "government"}),
    ("桐岭县市场监督管理局北坪市场监管所开展检查", {"桐岭县市场监督管理局北坪市场监管所": "government"}),
    # Hong Kong's departments and a sports federation
    ("民航處與康樂及文化事務署合作，香港業餘游泳總會主辦", {"民航处": "government", "康乐及文化事务署": "government",
                                          "香港业余游泳总会": "association"}),
])
def test_orgs80(text, expected):
    found = extract(text).orgs
    got = {o.text: o.type for o in found}
    for o in found:
        assert text[o.start:o.end] == o.text
    exp = {}
    for name, typ in expected.items():
        # names are given simplified; the article may be traditional
        raw = next((o.text for o in found if o.name == name), name)
        exp[raw] = typ
    assert got == exp


def test_observatory_alone_after_its_full_name():
    # 天文台 alone is Hong Kong's observatory in an article that names it in full
    text = "香港天文台今日公布年報。天文台表示，今年雨量偏多。"
    found = extract(text).orgs
    assert all(text[o.start:o.end] == o.text for o in found)
    assert sorted((s, e) for o in found for s, e in o.mentions) == [(0, 5), (12, 15)]
    got = {o.name: o.type for o in found}
    assert got == {"香港天文台": "government", "天文台": "government"}


def test_observatory_alone_is_no_name_elsewhere():
    assert {o.text for o in extract("县里建了一座天文台，供学生观测星空").orgs} == set()


def test_a_fire_station_of_no_place_is_no_name():
    assert {o.text for o in extract("自来水厂会同各消防救援站开展测压，消防救援大队指战员到场").orgs} == set()
