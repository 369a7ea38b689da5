"""Org rules added for the s82 second batch and the regression set's recurring misses: a trade named
by a verb and 业 before an association's suffix (回收|业|商会), Hong Kong's departments named 处, 司 or
公署 (土力工程处, 渠务处), performing-arts centres and a city's own museums (国家表演艺术中心,
台北市立|美术馆), a county's short offices after a level (市口岸办, 镇商务办), a unit under a body's
jurisdiction (辖下), and a place whose first character jieba read apart (临渠县 -> 渠县…).
Invented sentences; each asserts the orgs' names and types."""
from __future__ import annotations

import pytest

from extractor.api import extract


@pytest.mark.parametrize("text, expected", [
    # a verb of trade and 业 name the trade an association is of
    ("會上，澳門維修回收業商會代表發言", {"澳门维修回收业商会": "association"}),
    ("岚港回收业协会今年新增会员", {"岚港回收业协会": "association"}),
    ("公司将回收业务出售给买家", {}),
    # Hong Kong's departments named by a field no suffix ends
    ("斜坡由土力工程處負責巡查，渠務處則負責排水", {"土力工程处": "government", "渠务处": "government"}),
    ("案件已交廉政公署跟进", {"廉政公署": "government"}),
    # a performing-arts centre opened by its place or by the nation; not a bare one
    ("國家表演藝術中心推出新節目", {"国家表演艺术中心": "institution"}),
    ("澄江东方艺术中心举办演出", {"澄江东方艺术中心": "institution"}),
    ("他们在表演艺术中心演出", {}),
    ("青少年艺术中心开放报名", {}),
    # a city's own museum, the city and 市立 one word to jieba
    ("台北市立美術館今年辦展十二檔", {"台北市立美术馆": "institution"}),
    # a county's or a town's short offices after a level
    ("市口岸办表示，今年通关量增长", {"市口岸办": "government"}),
    ("镇商务办和县爱卫办联合检查", {"镇商务办": "government", "县爱卫办": "government"}),
    ("各地商务办要加强协调", {}),
    # a unit under a body's jurisdiction opens after 辖下
    ("文化局辖下博物馆参观人次增长", {"文化局": "government"}),
    # a place the article opens its clauses with, whose first character jieba read apart: the name is whole
    ("临渠县灾后重建进展\n来源：临渠县人民政府\n项目由临渠县城乡建设投资集团有限公司承建。",
     {"临渠县城乡建设投资集团有限公司": "group"}),  # (the 来源 line's outlet is no mention)
    ("栖凤县村级集体经济增长。2024年，栖凤县强村联合发展有限公司分红。",
     {"栖凤县强村联合发展有限公司": "company"}),
])
def test_orgs82b(text, expected):
    found = extract(text).orgs
    for o in found:
        assert text[o.start:o.end] == o.text
    assert {o.name: o.type for o in found} == expected
