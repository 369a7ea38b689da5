"""Org rules added for the s83 articles: agarwood (沉香) a trade inside names, a college named by its
place alone (黄山学院), training centres, a shipowner's country and standing before its name
(希腊船东|…, 龙头企业|…), a cooperative's crop no short name of it, a verb of overseeing before a
name (督导|台铁公司), a state firm's owner opening its name (国营|…), a customs office in a town, a
preposition glued to a firm's first character after an adverb (最终|以|…), Hong Kong's trade guilds
and marketing organizations, and a copyright holder's own line.
Invented sentences; each asserts the orgs' names and types."""
from __future__ import annotations

import pytest

from extractor.api import extract


@pytest.mark.parametrize("text, expected", [
    # agarwood, a verb to jieba, inside a firm's and an association's name
    ("。东方沉香科技股份有限公司增资扩产", {"东方沉香科技股份有限公司": "company"}),
    ("。县沉香产业协会组织会员参展", {"县沉香产业协会": "association"}),
    # a college named by its place alone; no college of a bare level
    ("市农业农村局联合黄山学院举办培训班", {"市农业农村局": "government", "黄山学院": "institution"}),
    # a training centre opened by its place; no centre of a firm
    ("澄州海事培训中心全年培训船员3000人次", {"澄州海事培训中心": "institution"}),
    ("公司培训中心全年培训员工3000人次", {}),  # (a guard: passed before)
    # a shipowner's country and the word for it are no part of the firm's name
    ("并与挪威船东峡湾航运有限公司签订用工协议", {"峡湾航运有限公司": "company"}),
    # a firm's standing before a registered name jieba cuts apart (远洋船|员)
    ("龙头企业澄川远洋船员管理有限公司外派船员1200人次", {"澄川远洋船员管理有限公司": "company"}),
    # a cooperative's place and crop name no body of their own
    ("澄溪县雪茄烟叶种植专业合作社统一育苗。澄溪县雪茄烟叶收购结束，雪茄烟叶种植面积扩大",
     {"澄溪县雪茄烟叶种植专业合作社": "company"}),
    # a verb of overseeing before a short name the dictionary does not know
    ("交通部表示，將持續督導台鐵公司改善服務", {"交通部": "government", "台铁公司": "company"}),
    # who owns a state firm opens its registered name
    ("國營臺灣鐵路股份有限公司昨日公布營收", {"国营台湾铁路股份有限公司": "company"}),
    # a customs office in a town, no 驻 before the town
    ("经澄南海关石桥办事处监管出口", {"澄南海关石桥办事处": "government"}),
    # an adverb, then a preposition glued to the firm's first character
    ("结果最终以岳衡会计师事务所出具的审计报告为准", {"岳衡会计师事务所": "company"}),
    # Hong Kong's trade guilds and its marketing organizations
    ("香港菜行總會與蔬菜統營處合作推廣本地菜", {"香港菜行总会": "association", "蔬菜统营处": "government"}),
    ("中国银行总会计师出席", {"中国银行": "company"}),  # (a guard: passed before)
    # a copyright holder on a line of its own is no mention
    ("旅客人次同比增长12%。\n（澳門特別行政區政府新聞局版權所有）", {}),
])
def test_orgs83(text, expected):
    found = extract(text).orgs
    for o in found:
        assert text[o.start:o.end] == o.text
    assert {o.name: o.type for o in found} == expected
