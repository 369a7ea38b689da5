"""Org rules added for the s86 blind articles (second pass): a short name keeps no place's
level before words of the dictionary alone (鹭川市职业教育 of 鹭川市职业教育集团 names the city's
field); a trader right before an association's suffix is the name's (香港空运代理商联合会);
a list closed by 在内的 without 等 has its cue (包括A、B在内的12家会员企业);
a member of a list cued by two kinds (等企业和科研机构) with a head of the second (中心) is of that kind.
The state's joint procurement offices are known organs (government.tsv).  Invented sentences; each asserts the orgs' names and types."""
from __future__ import annotations

import pytest

from extractor.api import extract


@pytest.mark.parametrize("text, expected", [
    # a city and its field, in a headline, is no short name of the city's group
    ("澄河市职业教育质量稳步提升。澄河市职业教育集团现有成员单位80家。",
     {"澄河市职业教育集团": "group"}),
    # (a guard: a short name with a word of its own keeps its place)
    ("岭东县禾盛米业有限公司扩产，岭东县禾盛米业全年营收2亿元",
     {"岭东县禾盛米业有限公司": "company", "岭东县禾盛米业": "company"}),
    # a trader's association: the traders are its members, in its name
    ("澄川市建材供应商协会昨日发布报告，称建材价格企稳。",
     {"澄川市建材供应商协会": "association"}),
    ("香港空运代理商联合会指出，上月出口货量回升。",
     {"香港空运代理商联合会": "association"}),
    # (a guard: a trader before a firm's name is its role, no part of the name)
    ("据供应商岚达科技有限公司介绍，新产线已投产。",
     {"岚达科技有限公司": "company"}),
    # (a guard: a bare trader's association names none)
    ("据经销商协会统计，上月销量增长5%。", {}),
    # a list closed by 在内的 (these included) and a cue, no 等: its members are the cue's kind
    ("包括澄江集团、岚峰光电在内的12家会员企业将参展。",
     {"澄江集团": "group", "岚峰光电": "company"}),
    # (guards: no cue of a body, or a cue of projects)
    ("包括钢铁、建材在内的12个行业用电量回升。", {}),
    ("包括澄江集团、岚峰光电在内的重点项目", {"澄江集团": "group"}),
    # a list with two kinds for its cue (企业和科研机构): a centre is the second kind's
    ("调研组走访了澄江竹木股份有限公司、国家林草装备创新中心等企业和科研机构。",
     {"澄江竹木股份有限公司": "company", "国家林草装备创新中心": "institution"}),
    # (guards: a centre named by its own suffix, as before; a cue of one kind; a member with no head of
    # the second kind)
    ("调研组走访了澄江竹木股份有限公司、岭南竹材研究中心等企业和科研机构。",
     {"澄江竹木股份有限公司": "company", "岭南竹材研究中心": "institution"}),
    ("调研组走访了澄江竹木股份有限公司、国家林草装备创新中心等企业。",
     {"澄江竹木股份有限公司": "company", "国家林草装备创新中心": "company"}),
    ("调研组走访了岚峰光电、澄湖新材等企业和科研机构。", {"岚峰光电": "company", "澄湖新材": "company"}),
    # a known organ whose name holds verbs (组织, 联合, 采购): whole, not its last words
    ("据国家组织药品联合采购办公室消息，第十批集采结果已公布。",
     {"国家组织药品联合采购办公室": "government"}),
])
def test_orgs86b(text, expected):
    found = extract(text).orgs
    for o in found:
        assert text[o.start:o.end] == o.text
    assert {o.name: o.type for o in found} == expected
