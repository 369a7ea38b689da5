"""Org rules added for the s81 articles: a rare verb or a field jieba reads as a verb inside a
name, a preposition or a clause's verb before one, a place opened by a rare character, public
units named by a bare level (市棋院, 省血液中心), outlets and ranks that name no body, and a
government's press release service on the header line.  Invented sentences; each asserts the
orgs' texts and types."""
from __future__ import annotations

import pytest

from extractor.api import extract


@pytest.mark.parametrize("text, expected", [
    # a rare verb to jieba right before the suffix, after a place (醒狮, 知行)
    ("今年的舞狮大赛由岭东县醒狮协会承办", {"岭东县醒狮协会": "association"}),
    ("學會與澳門知行大學簽署協議", {"澳门知行大学": "institution"}),
    # fields and trades jieba tags as verbs (围棋, 发酵, 互助, 联运)
    ("湄岚市围棋协会换届，新会长到任", {"湄岚市围棋协会": "association"}),
    ("厂方并与省食品发酵工业研究院签约", {"省食品发酵工业研究院": "institution"}),
    ("去年。青石镇边民互助合作社成立", {"青石镇边民互助合作社": "company"}),
    ("工程由聯運貨倉（香港）有限公司承辦", {"联运货仓（香港）有限公司": "company"}),
    # a lone preposition, or a verb opening the clause, before a registered name is no part of it
    ("禾丰镇以梧川县竹编工艺有限公司为龙头", {"梧川县竹编工艺有限公司": "company"}),
    ("网点增加；利用泉州农村商业银行股份有限公司的柜台办理", {"泉州农村商业银行股份有限公司": "company"}),
    # a rare character opening a place before a known body
    ("1月3日，泷澧省红十字会召开理事会", {"泷澧省红十字会": "association"}),
    # public units a bare level names (a go academy, a blood centre, a rescue station, a service station)
    ("比赛在市棋院举行，省血液中心派车采血", {"市棋院": "institution", "省血液中心": "institution"}),
    ("市野生动物救护站接收猫头鹰一只，县农机服务站检修农机", {"市野生动物救护站": "institution",
                                               "县农机服务站": "institution"}),
    # a registry's provincial branch; known bodies (Hong Kong's departments, a national centre)
    ("中华骨髓库澄州省分库发布年报", {"中华骨髓库澄州省分库": "institution"}),
    ("土木工程拓展署與非物質文化遺產辦事處（下稱「非遺辦」）合作。非遺辦表示歡迎",
     {"土木工程拓展署": "government", "非物质文化遗产办事处": "government", "非遗办": "government"}),
    ("环志数据已上报全国鸟类环志中心", {"全国鸟类环志中心": "institution"}),
    # a body funding another: the verb, which jieba reads as a noun, ends the first name
    ("民政局资助岭东县老年协会开展活动", {"民政局": "government", "岭东县老年协会": "association"}),
    # Hong Kong's vocational training council and the Development Bureau's tree section (、 and 及 in its name)
    ("職業訓練局今年增開課程，發展局綠化、園境及樹木管理組派員授課",
     {"职业训练局": "institution", "发展局绿化、园境及树木管理组": "government"}),
    # a numbered surveying institute and an emergency centre named by a bare level
    ("省第一测绘院承担外业，市急救中心派出救护车", {"省第一测绘院": "institution", "市急救中心": "institution"}),
    # the Red Cross's rescue centre, an institution of an association; a council for a cause
    ("鹭州市红十字会紧急救援中心参与演练", {"鹭州市红十字会紧急救援中心": "institution"}),
    ("云溪县少年福利协进会举办义卖", {"云溪县少年福利协进会": "association"}),
    # a county government's department, named alone once named in full; not where it is a piece of other
    # words (社会|处于)
    ("嘉岭縣政府社會處昨日表示，社會處將與醫院合作", {"嘉岭县政府社会处": "government", "社会处": "government"}),
    ("梧桥县政府社会处指出，当前社会处于转型期", {"梧桥县政府社会处": "government"}),
])
def test_orgs81(text, expected):
    found = extract(text).orgs
    for o in found:
        assert text[o.start:o.end] == o.text
    assert {o.name: o.type for o in found} == expected


@pytest.mark.parametrize("text", [
    # outlets named by what they serve, and bodies of a rank, are kinds
    "商家在镇电商服务站直播，村里建起金融服务站",
    "指导全县村级互助资金协会规范运行",
    # a centre or an institute of no place
    "路人拨打急救中心电话，当地测绘院派员到场",
])
def test_kinds_are_no_orgs(text):
    assert {o.name for o in extract(text).orgs} == set()


def test_press_release_service_on_the_header_line_is_the_outlet():
    text = "2025年1月2日（星期四）　香港特別行政區政府新聞公報\n　　地政總署今日公布數字。"
    assert {o.name for o in extract(text).orgs} == {"地政总署"}


def test_outlet_alone_on_its_header_line_with_the_date_is_no_org():
    # a government's information bureau issuing the release, its line at the head holding only the date
    text = "旅遊局：上月旅客增加\n澳門特別行政區政府新聞局　2025年3月4日\n　　旅遊局今日公布數字。"
    assert {o.name for o in extract(text).orgs} == {"旅游局"}
    # a communiqué's issuer under its title signs its own document: an org
    text = "梧桥县2025年国民经济和社会发展统计公报\n梧桥县统计局　2026年3月2日\n　　全年地区生产总值增长5%。"
    assert {o.name for o in extract(text).orgs} == {"梧桥县统计局"}
    # the same bureau in the body stays an org
    assert {o.name for o in extract("澳門特別行政區政府新聞局　今日發布消息").orgs} == {"澳门特别行政区政府新闻局"}


def test_unit_of_a_press_contact_in_the_footer_is_no_org():
    # the department named in full in the body, then alone on the footer's contact line
    text = "嘉岭縣政府社會處今日公布補助數字。\n新聞聯絡人：社會處　王小明"
    assert {o.name for o in extract(text).orgs} == {"嘉岭县政府社会处"}
