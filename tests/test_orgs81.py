"""Org rules added for the s81 articles: public units named by a bare level (市棋院, 省血液中心),
a registry's provincial branch, known bodies, outlets and ranks that name no body, and a
government's press release service on the header line.  Invented sentences; each asserts the
orgs' texts and types."""
from __future__ import annotations

import pytest

from extractor.api import extract


@pytest.mark.parametrize("text, expected", [
    # public units a bare level names (a go academy, a blood centre, a rescue station, a service station)
    ("比赛在市棋院举行，省血液中心派车采血", {"市棋院": "institution", "省血液中心": "institution"}),
    ("市野生动物救护站接收猫头鹰一只，县农机服务站检修农机", {"市野生动物救护站": "institution",
                                               "县农机服务站": "institution"}),
    # a registry's provincial branch; known bodies (Hong Kong's departments, a national centre)
    ("中华骨髓库澄州省分库发布年报", {"中华骨髓库澄州省分库": "institution"}),
    ("土木工程拓展署與非物質文化遺產辦事處（下稱「非遺辦」）合作。非遺辦表示歡迎",
     {"土木工程拓展署": "government", "非物质文化遗产办事处": "government", "非遗办": "government"}),
    ("环志数据已上报全国鸟类环志中心", {"全国鸟类环志中心": "institution"}),
])
def test_orgs81(text, expected):
    found = extract(text).orgs
    for o in found:
        assert text[o.start:o.end] == o.text
    assert {o.name: o.type for o in found} == expected


@pytest.mark.parametrize("text", [
    # outlets named by what they serve are kinds
    "商家在镇电商服务站直播，村里建起金融服务站",
])
def test_kinds_are_no_orgs(text):
    assert {o.name for o in extract(text).orgs} == set()


def test_press_release_service_on_the_header_line_is_the_outlet():
    text = "2025年1月2日（星期四）　香港特別行政區政府新聞公報\n　　地政總署今日公布數字。"
    assert {o.name for o in extract(text).orgs} == {"地政总署"}
